import { existsSync } from 'node:fs';
import path from 'node:path';
import { LOG_FORMATS, type LogFormat } from '../logging/log-stream.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Everything the service reads from its environment, parsed once at start. */
export interface AppConfig {
  /** PostgreSQL connection string; when unset at start, an embedded server is used. */
  databaseUrl: string;
  port: number;
  host: string;
  /** Largest accepted request body in bytes. */
  bodyLimitBytes: number;
  /** Longest time a client may take to send a whole request (headers and body); slower is cut. */
  requestTimeoutMs: number;
  /** Most claims one document may hold: a larger extraction is refused (422) before any write. */
  maxClaimsPerDocument: number;
  /** Largest page a list endpoint returns. */
  maxPageSize: number;
  /** Requests per minute per client before 429. */
  rateLimitPerMinute: number;
  /** Longest time a write waits for its workspace (other writes of it before) before 503. */
  writeWaitMs: number;
  /** Failed authentications per minute per client address before 429, checked before any key lookup. */
  authFailuresPerMinute: number;
  logLevel: string;
  /** JSON lines, or lines for a person (the default in a terminal). */
  logFormat: LogFormat;
  /** Longest time a stopping server waits for requests under way before it exits. */
  shutdownTimeoutMs: number;
  /** Serve the OpenAPI document and its UI at /docs. */
  apiDocs: boolean;
  /** Serve the reviewers' web UI (dist/web, built by `npm run build`) at /. */
  webUi: boolean;
  /** Origins of browser apps elsewhere that may call the API (CORS); none by default. */
  corsOrigins: string[];
  /** Base URL the service is reached at (ClaimReview links). */
  publicUrl: string;
  /** The newsroom's public site, named with its workspace as the author of ClaimReview. */
  organizationUrl: string;
  /** Ed25519 private key (PEM) that signs ledger checkpoints; when unset, `signingKeyFile`. */
  signingKeyPem: string | null;
  /** Where the signing key is kept; generated there on first start when absent. */
  signingKeyFile: string;
  /** File descriptor logs go to: 1 for the server, 2 for CLI commands that print results. */
  logFd: 1 | 2;
}

/** The folder holding package.json, from the sources (tests) and from dist/ alike. */
export const PROJECT_ROOT = findProjectRoot(import.meta.dirname);

function findProjectRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Omit<AppConfig, 'databaseUrl'> {
  const port = readInt(env, 'PORT', 3000);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    bodyLimitBytes: readInt(env, 'BODY_LIMIT_BYTES', 2 * 1024 * 1024),
    requestTimeoutMs: readInt(env, 'REQUEST_TIMEOUT_MS', 60_000),
    maxPageSize: readInt(env, 'MAX_PAGE_SIZE', 200),
    maxClaimsPerDocument: readInt(env, 'MAX_CLAIMS_PER_DOCUMENT', 5_000),
    rateLimitPerMinute: readInt(env, 'RATE_LIMIT_PER_MINUTE', 1200),
    authFailuresPerMinute: readInt(env, 'AUTH_FAILURES_PER_MINUTE', 30),
    writeWaitMs: readInt(env, 'WRITE_WAIT_MS', 10_000),
    logLevel: readChoice(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    logFormat: readChoice(env, 'LOG_FORMAT', LOG_FORMATS, process.stdout.isTTY ? 'pretty' : 'json'),
    shutdownTimeoutMs: readInt(env, 'SHUTDOWN_TIMEOUT_MS', 10_000),
    logFd: 1,
    apiDocs: env.API_DOCS !== 'false',
    webUi: env.WEB_UI !== 'false',
    corsOrigins: readOrigins(env.CORS_ORIGINS),
    publicUrl: readUrl(env, 'PUBLIC_URL', `http://localhost:${port}`),
    organizationUrl: readUrl(
      env,
      'ORGANIZATION_URL',
      readUrl(env, 'PUBLIC_URL', `http://localhost:${port}`),
    ),
    signingKeyPem: env.LEDGER_SIGNING_KEY || null,
    signingKeyFile:
      env.LEDGER_SIGNING_KEY_FILE ??
      path.join(env.DATA_DIR ?? path.join(PROJECT_ROOT, '.data'), 'ledger-signing-key.pem'),
  };
}

export function readInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  }
  return value;
}

/** One of the values listed. */
function readChoice<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!(choices as readonly string[]).includes(raw))
    throw new Error(`${name} must be one of ${choices.join(', ')}, got "${raw}"`);
  return raw as T;
}

/** An absolute http(s) URL, without a trailing slash. */
function readUrl(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name]?.trim() || fallback;
  if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol))
    throw new Error(`${name} must be an absolute http(s) URL, got "${raw}"`);
  return raw.replace(/\/+$/, '');
}

/** A comma-separated list of origins ("https://desk.example.org"), each checked to be one. */
function readOrigins(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((entry) => {
    const origin = entry.trim();
    if (!URL.canParse(origin) || new URL(origin).origin !== origin)
      throw new Error(
        `CORS_ORIGINS must list origins such as https://desk.example.org, got "${origin}"`,
      );
    return origin;
  });
}
