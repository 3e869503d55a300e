import path from 'node:path';
import type { LogFormat } from '../logging/log-stream.js';
import { readEnvironment, type LogLevel } from './environment-variables.js';

export { PROJECT_ROOT } from './project-root.js';

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
  /**
   * How many of the latest statements of one quantity in other documents the
   * cross-document check compares a figure with (a document's statements of it all or none).
   */
  conflictCheckStatements: number;
  /** Largest page a list endpoint returns. */
  maxPageSize: number;
  /** Requests per minute per client before 429. */
  rateLimitPerMinute: number;
  /** Longest time a write waits for its workspace (other writes of it before) before 503. */
  writeWaitMs: number;
  /** Failed authentications per minute per client address before 429, checked before any key lookup. */
  authFailuresPerMinute: number;
  logLevel: LogLevel;
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

/** How to reach the database, or where to start the embedded one (openDatabase). */
export interface DatabaseSettings {
  /** DATABASE_URL; null: start the embedded PostgreSQL. */
  url: string | null;
  /** The role the migrations run as: MIGRATION_DATABASE_URL, else `url`. */
  migrationUrl: string | null;
  /** Where the embedded PostgreSQL keeps its data, inside DATA_DIR. */
  embeddedDataDir: string;
  embeddedPort: number;
}

/** The configuration a process starts with: the app's, with what comes before the app. */
export interface StartConfig extends Omit<AppConfig, 'databaseUrl'> {
  database: DatabaseSettings;
  /** DATA_DIR, resolved: the embedded PostgreSQL, the demo keys, the signing key. */
  dataDir: string;
  /** Seed the demo workspace into a DATABASE_URL database too (LEDGER_DEMO). */
  seedDemo: boolean;
}

/** The configuration from the environment, every variable checked (environment-variables.ts). */
export function readConfig(env: NodeJS.ProcessEnv = process.env): StartConfig {
  const variables = readEnvironment(env);
  const dataDir = path.resolve(variables.DATA_DIR);
  const publicUrl = variables.PUBLIC_URL ?? `http://localhost:${variables.PORT}`;
  return {
    port: variables.PORT,
    host: variables.HOST,
    bodyLimitBytes: variables.BODY_LIMIT_BYTES,
    requestTimeoutMs: variables.REQUEST_TIMEOUT_MS,
    maxPageSize: variables.MAX_PAGE_SIZE,
    maxClaimsPerDocument: variables.MAX_CLAIMS_PER_DOCUMENT,
    conflictCheckStatements: variables.CONFLICT_CHECK_STATEMENTS,
    rateLimitPerMinute: variables.RATE_LIMIT_PER_MINUTE,
    authFailuresPerMinute: variables.AUTH_FAILURES_PER_MINUTE,
    writeWaitMs: variables.WRITE_WAIT_MS,
    logLevel: variables.LOG_LEVEL,
    logFormat: variables.LOG_FORMAT,
    shutdownTimeoutMs: variables.SHUTDOWN_TIMEOUT_MS,
    logFd: 1,
    apiDocs: variables.API_DOCS,
    webUi: variables.WEB_UI,
    corsOrigins: variables.CORS_ORIGINS,
    publicUrl,
    organizationUrl: variables.ORGANIZATION_URL ?? publicUrl,
    signingKeyPem: variables.LEDGER_SIGNING_KEY,
    signingKeyFile: path.resolve(
      variables.LEDGER_SIGNING_KEY_FILE ?? path.join(dataDir, 'ledger-signing-key.pem'),
    ),
    database: {
      url: variables.DATABASE_URL,
      migrationUrl: variables.MIGRATION_DATABASE_URL ?? variables.DATABASE_URL,
      embeddedDataDir: path.join(dataDir, 'postgres'),
      embeddedPort: variables.EMBEDDED_PG_PORT,
    },
    dataDir,
    seedDemo: variables.LEDGER_DEMO,
  };
}
