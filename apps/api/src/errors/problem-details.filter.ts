import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Prisma } from '../generated/prisma/client.js';
import { DomainError } from './domain-error.js';
import {
  PROBLEM_CONTENT_TYPE,
  problemFromDomainError,
  problemFromStatus,
  type ProblemDetails,
} from './problem-details.js';

/**
 * The one place where errors become HTTP answers: domain errors by their code,
 * Prisma's unique and not-found errors, Fastify's body errors (413, 415, bad
 * JSON), Nest's HTTP exceptions; anything else is a logged 500.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = { ...this.toProblem(exception), instance: request.url };
    if (problem.status >= 500) this.logger.error(exception);
    if (problem.status === 401) void reply.header('www-authenticate', 'Bearer');
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof DomainError) return problemFromDomainError(exception);
    if (exception instanceof HttpException) {
      const response = exception.getResponse();
      const detail =
        typeof response === 'object' && response !== null && 'message' in response
          ? String(response.message)
          : exception.message;
      return problemFromStatus(
        exception.getStatus(),
        detail,
        HTTP_STATUS_CODES[exception.getStatus()],
      );
    }
    if (exception instanceof Prisma.PrismaClientKnownRequestError) {
      if (exception.code === 'P2002')
        return problemFromStatus(409, 'The resource already exists', 'conflict');
      if (exception.code === 'P2025')
        return problemFromStatus(404, 'The resource was not found', 'not-found');
    }
    const fastifyStatus = clientErrorStatus(exception);
    if (fastifyStatus !== null) {
      return problemFromStatus(fastifyStatus, (exception as Error).message, fastifyCode(exception));
    }
    return problemFromStatus(500, 'An unexpected error occurred');
  }
}

const HTTP_STATUS_CODES: Record<number, string> = {
  400: 'invalid-input',
  404: 'not-found',
  413: 'body-too-large',
  415: 'unsupported-media-type',
};

/** Fastify's own errors (body too large, bad media type, bad JSON) carry a 4xx statusCode. */
function clientErrorStatus(exception: unknown): number | null {
  if (typeof exception !== 'object' || exception === null) return null;
  const status = (exception as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

function fastifyCode(exception: unknown): string | undefined {
  const code = (exception as { code?: unknown }).code;
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'body-too-large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'unsupported-media-type';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'invalid-json';
    case 'RATE_LIMITED':
      return 'rate-limited';
    default:
      return undefined;
  }
}
