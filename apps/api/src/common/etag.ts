import { DomainError, ErrorCode } from '../errors/domain-error.js';

/** Strong ETag of a versioned resource. */
export function etagOf(version: number): string {
  return `"v${version}"`;
}

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
