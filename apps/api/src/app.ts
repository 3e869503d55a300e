import 'reflect-metadata';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, type AppConfig } from './config/app-config.js';
import { answerClientError, answerFrameworkError } from './common/problem-details.filter.js';
import { StorableInputPipe } from './common/storable-input.pipe.js';
import { createValidationPipe } from './errors/validation.js';
import { registerHttpConventions, requestIdOf } from './common/http-conventions.js';
import { buildOpenApiDocument } from './openapi/openapi-document.js';

/**
 * The HTTP application, configured but not listening (tests use it as it is).
 * `beforeInit` may add hooks to it while it can still take them (tests check every answer this way).
 */
export async function createApp(
  config: AppConfig,
  beforeInit?: (app: NestFastifyApplication) => void | Promise<void>,
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config),
    new FastifyAdapter({
      bodyLimit: config.bodyLimitBytes,
      frameworkErrors: answerFrameworkError,
      genReqId: requestIdOf,
      requestIdHeader: false,
      clientErrorHandler: answerClientError,
      ...connectionLimits(config.requestTimeoutMs),
    }),
    // Fastify's own JSON parser only: Nest's would add a form-encoded one, and the API reads JSON alone.
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(app.get(Logger));
  await app.register(helmet, { contentSecurityPolicy: { directives: CONTENT_SECURITY_POLICY } });
  // Other origins' pages may call the API only when listed (CORS_ORIGINS); none by default.
  await app.register(cors, {
    origin: config.corsOrigins,
    allowedHeaders: ['authorization', 'content-type', 'if-match', 'if-none-match'],
    exposedHeaders: ['etag', 'location', 'retry-after', 'x-request-id'],
  });
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
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeContentTypeParser('text/plain');
  registerHttpConventions(fastify);
  app.useGlobalPipes(new StorableInputPipe(), createValidationPipe());

  if (config.apiDocs) serveApiDocs(app, config);
  if (config.webUi) await serveWebUi(app);
  await beforeInit?.(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/**
 * The UI's own scripts only; inline styles for the API docs page (Swagger UI);
 * never framed. No upgrade to HTTPS: the service is often reached over plain
 * HTTP on a newsroom's network, behind a proxy that terminates TLS.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/**
 * Slow clients cannot hold connections: the whole request within
 * `requestTimeoutMs`, its headers within 20 s at most, an idle keep-alive
 * connection 5 s; Node checks the limits every second.
 */
function connectionLimits(requestTimeoutMs: number) {
  return {
    requestTimeout: requestTimeoutMs,
    connectionTimeout: requestTimeoutMs,
    keepAliveTimeout: 5_000,
    http: {
      headersTimeout: Math.min(requestTimeoutMs, 20_000),
      connectionsCheckingInterval: 1_000,
    },
  };
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

function serveApiDocs(app: NestFastifyApplication, config: AppConfig): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app, config));
}
