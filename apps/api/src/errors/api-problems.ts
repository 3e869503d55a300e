import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from './problem-details.js';
import { ProblemResponse } from './problem.response.js';

export type ProblemStatus =
  400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 422 | 428 | 429 | 500 | 503;

const DESCRIPTIONS: Record<ProblemStatus, string> = {
  400: 'Invalid input: the problem names the fields (`errors`)',
  401: 'No API key, or one that is unknown or revoked',
  403: 'The role of the caller does not allow this',
  404: 'Not found in the workspace of the caller',
  409: 'Refused by the review rules (state graph, four eyes, reasons), or a conflicting write',
  412: 'If-Match is not the current ETag: GET again and re-apply the change',
  413: 'The body is larger than the server accepts',
  415: 'The body is not JSON',
  422: 'Well-formed but refused: a span that does not match the text, more claims than a document may hold',
  428: 'If-Match is missing',
  429: 'Too many requests a minute: retry after `Retry-After` seconds',
  500: 'An error of the server, logged with the request id',
  503: 'The database is unavailable or the workspace busy: retry after `Retry-After` seconds',
};

/** Documents RFC 9457 problem responses (`application/problem+json`) for the statuses given. */
export function ApiProblems(...statuses: ProblemStatus[]): ClassDecorator & MethodDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemResponse),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status],
        content: {
          [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemResponse) } },
        },
      }),
    ),
  );
}

/** The problems every /v1 route may answer: authentication, role, rate limit, the server or its database. */
export const ApiCommonProblems = (): ClassDecorator & MethodDecorator =>
  ApiProblems(401, 403, 429, 500, 503);

/** The problems of a route with a JSON body: invalid input, too large, not JSON. */
export const ApiBodyProblems = (): ClassDecorator & MethodDecorator => ApiProblems(400, 413, 415);

/** The problems of a versioned write: If-Match missing or stale. */
export const ApiIfMatchProblems = (): ClassDecorator & MethodDecorator => ApiProblems(412, 428);
