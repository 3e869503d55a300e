import {
  applyDecorators,
  Injectable,
  SetMetadata,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { tap } from 'rxjs';
import { DomainError, ErrorCode } from '../errors/domain-error.js';

/** The ETag header of a versioned resource's answer, for the OpenAPI document. */
export const ETAG_HEADER = {
  ETag: {
    description: 'Strong ETag `"v<version>"`: send it as If-Match to write',
    schema: { type: 'string' },
  },
};

/** A GET with an ETag answers 304 to If-None-Match with the current one (common/http-conventions.ts). */
export const ApiConditionalGet = () =>
  applyDecorators(
    ApiHeader({
      name: 'If-None-Match',
      required: false,
      description: 'The ETag of the copy you hold: 304 without a body while it is current',
    }),
    ApiResponse({
      status: 304,
      description: 'Not modified: the copy whose ETag was sent is current',
      headers: ETAG_HEADER,
    }),
  );

/** Strong ETag of a versioned resource. */
export function etagOf(version: number): string {
  return `"v${version}"`;
}

type VersionOf = (body: unknown) => number;
const VERSION_OF = 'etag-version-of';

@Injectable()
export class ETagInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler) {
    const versionOf = this.reflector.get<VersionOf>(VERSION_OF, context.getHandler());
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next
      .handle()
      .pipe(tap((body: unknown) => void reply.header('etag', etagOf(versionOf(body)))));
  }
}

/**
 * The answer carries the strong ETag of the resource it returns: its
 * `version`, or the number `versionOf` reads from it.
 */
export const SendsETag = <T>(
  versionOf: (body: T) => number = (body) => (body as { version: number }).version,
) =>
  applyDecorators(
    SetMetadata(VERSION_OF, versionOf as VersionOf),
    UseInterceptors(ETagInterceptor),
  );

/**
 * The version a write was read at, from its If-Match header. Without one the
 * write could overwrite someone else's change unseen, so it is refused (428).
 */
export function versionFromIfMatch(header: string | undefined): number {
  if (header === undefined || header.trim() === '' || header.trim() === '*') {
    throw new DomainError(
      ErrorCode.PreconditionRequired,
      "Send If-Match with the ETag from your last GET, so that no one else's change is overwritten",
    );
  }
  const match = /^"v(\d{1,9})"$/.exec(header.trim());
  if (!match) {
    throw new DomainError(ErrorCode.PreconditionFailed, `If-Match ${header} is not a current ETag`);
  }
  return Number(match[1]);
}

/** The answer to a write whose If-Match no longer matches: nothing was changed. */
export function staleVersion(what: string, id: string, version: number): DomainError {
  return new DomainError(
    ErrorCode.PreconditionFailed,
    `${what} ${id} changed since version ${version}: GET it again and re-apply your change`,
  );
}

/** Refuses early (412) a write read at an older version, before judging what it asks. */
export function assertCurrentVersion(
  what: string,
  id: string,
  readAt: number,
  current: number,
): void {
  if (readAt !== current) throw staleVersion(what, id, readAt);
}
