import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { allowedMethods } from './http-conventions.js';
import { classifyDatabaseError } from '../errors/database-errors.js';
import { DomainError } from '../errors/domain-error.js';
import {
  PROBLEM_CONTENT_TYPE,
  problemFromDomainError,
  problemFromStatus,
  type ProblemDetails,
} from '../errors/problem-details.js';

/** How long a client should wait before retrying when the database is busy, or down. */
const RETRY_BUSY_SECONDS = 1;
const RETRY_UNAVAILABLE_SECONDS = 5;

interface Answer {
  problem: ProblemDetails;
  retryAfterSeconds?: number;
}

/**
 * The one place where errors become HTTP answers: domain errors by their code,
 * database errors by their meaning (invalid input 400, conflict 409, gone 404,
 * busy or down 503 with Retry-After), Fastify's own errors (bad URL, URL too
 * long, body too large, bad media type, bad JSON), Nest's HTTP exceptions;
 * anything else is a logged 500.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const allowed = isUnroutedRequest(exception, request)
      ? allowedMethods(request.server, request.url)
      : [];
    if (allowed.length > 0) {
      void reply.header('allow', allowed.join(', '));
      const detail = `${request.method} is not allowed here: use ${allowed.join(', ')}`;
      sendProblem(
        reply,
        { problem: problemFromStatus(405, detail, 'method-not-allowed') },
        request.url,
      );
      return;
    }
    const answer = answerOf(exception);
    if (answer.problem.status >= 500) this.logger.error(exception);
    sendProblem(reply, answer, request.url);
  }
}

/** The router found no route for the request's method and path. */
function isUnroutedRequest(exception: unknown, request: FastifyRequest): boolean {
  return exception instanceof NotFoundException && request.routeOptions.url === undefined;
}

/**
 * Fastify's errors before routing (a malformed URL, a URL parameter too long):
 * the same problem documents, without the URL the client sent.
 */
export function answerFrameworkError(
  error: unknown,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  sendProblem(reply, answerOf(error));
}

/**
 * Errors Node's HTTP parser meets before there is a request (headers too large,
 * a request sent too slowly, malformed HTTP): answered on the socket as problem
 * JSON, then the connection is closed.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'The request was not sent in time']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'The URL and headers are larger than the server accepts']
        : [400, 'The request is not valid HTTP'];
  const body = JSON.stringify(problemFromStatus(status, detail));
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  socket.destroy();
}

function sendProblem(reply: FastifyReply, answer: Answer, instance?: string): void {
  const problem = {
    ...answer.problem,
    ...(instance === undefined ? {} : { instance }),
    requestId: reply.request.id,
  };
  if (problem.status === 401) void reply.header('www-authenticate', 'Bearer');
  if (answer.retryAfterSeconds !== undefined)
    void reply.header('retry-after', String(answer.retryAfterSeconds));
  void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
}

function answerOf(exception: unknown): Answer {
  if (exception instanceof DomainError)
    return {
      problem: problemFromDomainError(exception),
      retryAfterSeconds: exception.retryAfterSeconds,
    };
  if (exception instanceof HttpException) {
    const response = exception.getResponse();
    const detail =
      typeof response === 'object' && response !== null && 'message' in response
        ? String(response.message)
        : exception.message;
    const status = exception.getStatus();
    return {
      problem: problemFromStatus(
        status,
        status === 415 ? ACCEPTED_MEDIA_TYPE : detail,
        HTTP_STATUS_CODES[status],
      ),
    };
  }
  switch (classifyDatabaseError(exception)) {
    case 'conflict':
      return { problem: problemFromStatus(409, 'The resource already exists', 'conflict') };
    case 'not-found':
      return { problem: problemFromStatus(404, 'The resource was not found', 'not-found') };
    case 'invalid-input':
      return {
        problem: problemFromStatus(400, 'A value cannot be stored or compared', 'invalid-input'),
      };
    case 'busy':
      return {
        problem: problemFromStatus(503, 'The database is busy: retry the request', 'busy'),
        retryAfterSeconds: RETRY_BUSY_SECONDS,
      };
    case 'unavailable':
      return {
        problem: problemFromStatus(
          503,
          'The database is not reachable: retry later',
          'unavailable',
        ),
        retryAfterSeconds: RETRY_UNAVAILABLE_SECONDS,
      };
    case null:
      break;
  }
  const fastifyStatus = clientErrorStatus(exception);
  if (fastifyStatus !== null) {
    const code = fastifyCode(exception);
    return { problem: problemFromStatus(fastifyStatus, fastifyDetail(exception, code), code) };
  }
  return { problem: problemFromStatus(500, 'An unexpected error occurred') };
}

/** What a 415 says: the one type of body the API reads. */
const ACCEPTED_MEDIA_TYPE = 'Send the body as application/json';

const HTTP_STATUS_CODES: Record<number, string> = {
  400: 'invalid-input',
  404: 'not-found',
  413: 'body-too-large',
  415: 'unsupported-media-type',
};

/** Fastify's own errors (body too large, bad media type, bad JSON, bad URL) carry a 4xx statusCode. */
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
    case 'FST_ERR_BAD_URL':
      return 'bad-url';
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return 'url-too-long';
    case 'RATE_LIMITED':
      return 'rate-limited';
    default:
      return undefined;
  }
}

/** Fastify's messages of URL errors quote the URL: say what is wrong instead. */
function fastifyDetail(exception: unknown, code: string | undefined): string {
  if (code === 'bad-url') return 'The URL is not valid percent-encoded UTF-8';
  if (code === 'url-too-long') return 'A part of the URL is longer than the server accepts';
  if (code === 'unsupported-media-type') return ACCEPTED_MEDIA_TYPE;
  return (exception as Error).message;
}
