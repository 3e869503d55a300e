/**
 * What a database error means for the client, whether it comes from Prisma
 * (with the pg driver adapter) or from node-postgres directly (exports): the
 * client's mistake, a conflict, a database that is down or busy, or a bug.
 */
import { Prisma } from '../generated/prisma/client.js';

export type DatabaseFailure =
  /** The value cannot be stored or compared (a malformed UUID, a string too long). */
  | 'invalid-input'
  /** A unique constraint: the resource exists. */
  | 'conflict'
  /** The row to change is gone. */
  | 'not-found'
  /** Unreachable, restarting, out of connections: retry later. */
  | 'unavailable'
  /** Serialization failure, deadlock, lock or statement timeout: retry soon. */
  | 'busy';

/** Prisma's own codes, by what they mean. */
const PRISMA_CODES: Record<string, DatabaseFailure> = {
  P2002: 'conflict',
  P2025: 'not-found',
  P2000: 'invalid-input',
  P2006: 'invalid-input',
  P2007: 'invalid-input',
  P2019: 'invalid-input',
  P2020: 'invalid-input',
  P2023: 'invalid-input',
  P1001: 'unavailable',
  P1002: 'unavailable',
  P1008: 'unavailable',
  P1017: 'unavailable',
  P2024: 'unavailable',
  P2028: 'busy',
  P2034: 'busy',
};

/** The driver adapter's kinds of error, by what they mean. */
const ADAPTER_KINDS: Record<string, DatabaseFailure> = {
  InvalidInputValue: 'invalid-input',
  LengthMismatch: 'invalid-input',
  ValueOutOfRange: 'invalid-input',
  UniqueConstraintViolation: 'conflict',
  DatabaseNotReachable: 'unavailable',
  DatabaseDoesNotExist: 'unavailable',
  ConnectionClosed: 'unavailable',
  TooManyConnections: 'unavailable',
  SocketTimeout: 'unavailable',
  TransactionWriteConflict: 'busy',
  TransactionAlreadyClosed: 'busy',
};

/** Node's socket errors when the server is gone. */
const SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND']);
/** pg's own messages for a connection that ended (they carry no code). */
const CONNECTION_ENDED =
  /Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect/i;

/** The meaning of a database error, or null when it is not one (or a bug). */
export function classifyDatabaseError(error: unknown): DatabaseFailure | null {
  if (error instanceof Prisma.PrismaClientValidationError) return 'invalid-input';
  if (error instanceof Prisma.PrismaClientInitializationError) return 'unavailable';
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const cause = driverCause(error.meta);
    const kind = typeof cause?.kind === 'string' ? ADAPTER_KINDS[cause.kind] : undefined;
    const state = sqlStateFailure(cause?.originalCode ?? cause?.code);
    return kind ?? state ?? PRISMA_CODES[error.code] ?? null;
  }
  if (typeof error !== 'object' || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && SOCKET_ERRORS.has(code)) return 'unavailable';
  const state = sqlStateFailure(code);
  if (state !== null) return state;
  return typeof message === 'string' && CONNECTION_ENDED.test(message) ? 'unavailable' : null;
}

function driverCause(meta: Record<string, unknown> | undefined): Record<string, unknown> | null {
  const adapterError = meta?.driverAdapterError as { cause?: unknown } | undefined;
  const cause = adapterError?.cause;
  return typeof cause === 'object' && cause !== null ? (cause as Record<string, unknown>) : null;
}

/** PostgreSQL's SQLSTATE codes (Appendix A of its manual), by what they mean. */
function sqlStateFailure(code: unknown): DatabaseFailure | null {
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  if (code === '23505') return 'conflict';
  if (code === '40001' || code === '40P01' || code === '55P03' || code === '57014') return 'busy';
  if (code.startsWith('08') || code === '53300' || code.startsWith('57P')) return 'unavailable';
  if (code.startsWith('22')) return 'invalid-input';
  return null;
}
