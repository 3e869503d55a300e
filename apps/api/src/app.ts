import 'reflect-metadata';
import rateLimit from '@fastify/rate-limit';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, type AppConfig } from './config/app-config.js';
import { answerFrameworkError } from './errors/problem-details.filter.js';
import { StorableInputPipe } from './errors/storable-input.pipe.js';
import { createValidationPipe } from './errors/validation.js';

/** The HTTP application, configured but not listening (tests use it as it is). */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config),
    new FastifyAdapter({ bodyLimit: config.bodyLimitBytes, frameworkErrors: answerFrameworkError }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  await app.register(rateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => request.headers.authorization ?? request.ip,
    errorResponseBuilder: (_request, context) =>
      Object.assign(
        new Error(`More than ${context.max} requests a minute: retry in ${context.after}`),
        {
          statusCode: 429,
          code: 'RATE_LIMITED',
        },
      ),
  });
  // The API speaks JSON only: without a parser for text/plain, Fastify answers 415.
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  app.useGlobalPipes(new StorableInputPipe(), createValidationPipe());

  if (config.apiDocs) serveApiDocs(app);
  if (config.webUi) await serveWebUi(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** The reviewers' desk: a single-page app that uses only the /v1 API. */
async function serveWebUi(app: NestFastifyApplication): Promise<void> {
  const root = path.join(PROJECT_ROOT, 'dist/web');
  if (!existsSync(path.join(root, 'index.html'))) {
    app.get(Logger).warn(`no web UI at ${root}: run npm run build`);
    return;
  }
  const { default: fastifyStatic } = await import('@fastify/static');
  await app.register(fastifyStatic, { root, prefix: '/', index: ['index.html'], wildcard: false });
}

function serveApiDocs(app: NestFastifyApplication): void {
  const openApi = new DocumentBuilder()
    .setTitle('Claims Ledger API')
    .setDescription(
      'Claims of news articles with their exact spans, automatic checks, review and a verifiable history. ' +
        'Errors are RFC 9457 problem details.',
    )
    .setVersion('1')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      description: 'An API key from `ledger admin create-user`',
    })
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi));
}
