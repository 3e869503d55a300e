import { statSync } from 'node:fs';
import path from 'node:path';
import { loadPrivateKey } from '../chain/checkpoint.js';
import { plainToInstance, Transform } from 'class-transformer';
import {
  isFQDN,
  isIP,
  IsOptional,
  ValidateBy,
  validateSync,
  type ValidationError,
} from 'class-validator';
import { LOG_FORMATS, type LogFormat } from '../logging/log-stream.js';
import { PROJECT_ROOT } from './project-root.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Every environment variable the service and the CLI read (the README's
 * "Configuration"), with what it accepts and its default. A default that depends
 * on another variable is null here and worked out by readConfig.
 */
export class EnvironmentVariables {
  @IsOptional()
  @Accepts('a postgresql:// connection string', isPostgresUrl)
  DATABASE_URL: string | null = null;

  /** Default: DATABASE_URL. */
  @IsOptional()
  @Accepts('a postgresql:// connection string', isPostgresUrl)
  MIGRATION_DATABASE_URL: string | null = null;

  @PortNumber()
  PORT = 3000;

  @Accepts('an IP address or a host name', isHost)
  HOST = '0.0.0.0';

  @PositiveInteger()
  BODY_LIMIT_BYTES = 2 * 1024 * 1024;

  @PositiveInteger()
  REQUEST_TIMEOUT_MS = 60_000;

  @PositiveInteger()
  MAX_CLAIMS_PER_DOCUMENT = 5_000;

  @PositiveInteger()
  CONFLICT_CHECK_STATEMENTS = 20;

  @PositiveInteger()
  MAX_PAGE_SIZE = 200;

  @PositiveInteger()
  RATE_LIMIT_PER_MINUTE = 1200;

  @PositiveInteger()
  WRITE_WAIT_MS = 10_000;

  @PositiveInteger()
  AUTH_FAILURES_PER_MINUTE = 30;

  @OneOf(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  @OneOf(LOG_FORMATS)
  LOG_FORMAT: LogFormat = process.stdout.isTTY ? 'pretty' : 'json';

  @PositiveInteger()
  SHUTDOWN_TIMEOUT_MS = 10_000;

  @TrueOrFalse()
  API_DOCS = true;

  @TrueOrFalse()
  WEB_UI = true;

  @Transform(({ value }: { value: string }) => value.split(',').map((entry) => entry.trim()))
  @Accepts(
    'a comma-separated list of origins such as https://desk.example.org',
    (origins) => Array.isArray(origins) && origins.every(isOrigin),
  )
  CORS_ORIGINS: string[] = [];

  /** Default: http://localhost:$PORT. */
  @IsOptional()
  @HttpUrl()
  PUBLIC_URL: string | null = null;

  /** Default: PUBLIC_URL. */
  @IsOptional()
  @HttpUrl()
  ORGANIZATION_URL: string | null = null;

  @IsOptional()
  @Accepts('an Ed25519 private key in PEM', isEd25519PrivateKey)
  LEDGER_SIGNING_KEY: string | null = null;

  /** Default: $DATA_DIR/ledger-signing-key.pem. */
  @IsOptional()
  @Accepts('the path of a file (made on first start when absent)', (file) =>
    isAbsentOr(file, 'file'),
  )
  LEDGER_SIGNING_KEY_FILE: string | null = null;

  @Accepts('the path of a folder (made on first start when absent)', (dir) =>
    isAbsentOr(dir, 'dir'),
  )
  DATA_DIR = path.join(PROJECT_ROOT, '.data');

  @PortNumber()
  EMBEDDED_PG_PORT = 54329;

  @TrueOrFalse()
  LEDGER_DEMO = false;
}

/** Values that must not be repeated in a message, since logs keep them. */
const SECRET_VARIABLES = new Set(['DATABASE_URL', 'MIGRATION_DATABASE_URL', 'LEDGER_SIGNING_KEY']);

/**
 * The schema's variables read from `env`, checked all at once: one error names
 * every bad variable with what it accepts and the value it got (secrets left out).
 */
export function readEnvironment(env: NodeJS.ProcessEnv): EnvironmentVariables {
  const given = givenVariables(env);
  const variables = plainToInstance(EnvironmentVariables, given);
  const errors = validateSync(variables);
  if (errors.length > 0)
    throw new Error(errors.map((error) => describe(error, given[error.property])).join('; '));
  return variables;
}

/** The schema's variables that are set, trimmed; empty (a shell's `NAME=`) counts as unset. */
function givenVariables(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.keys(new EnvironmentVariables()).flatMap((name) => {
      const value = env[name]?.trim();
      return value ? [[name, value]] : [];
    }),
  );
}

function describe(error: ValidationError, raw: string): string {
  const [message] = Object.values(error.constraints ?? {});
  return SECRET_VARIABLES.has(error.property) ? message : `${message}, got "${raw}"`;
}

/** A variable that `isValid` accepts, else "<NAME> must be <what>". */
function Accepts(what: string, isValid: (value: unknown) => boolean): PropertyDecorator {
  return ValidateBy(
    { name: 'accepts', validator: { validate: isValid } },
    { message: `$property must be ${what}` },
  );
}

function PositiveInteger(): PropertyDecorator {
  return (target, key) => {
    Transform(({ value }: { value: string }) => digitsAsNumber(value))(target, key);
    Accepts('a positive integer', (value) => Number.isSafeInteger(value) && Number(value) >= 1)(
      target,
      key,
    );
  };
}

function PortNumber(): PropertyDecorator {
  return (target, key) => {
    Transform(({ value }: { value: string }) => digitsAsNumber(value))(target, key);
    Accepts(
      'an integer from 1 to 65535',
      (value) => Number.isInteger(value) && Number(value) >= 1 && Number(value) <= 65535,
    )(target, key);
  };
}

function OneOf(choices: readonly string[]): PropertyDecorator {
  return Accepts(`one of ${choices.join(', ')}`, (value) => choices.includes(value as string));
}

function TrueOrFalse(): PropertyDecorator {
  return (target, key) => {
    Transform(({ value }: { value: string }) =>
      value === 'true' ? true : value === 'false' ? false : value,
    )(target, key);
    Accepts('true or false', (value) => typeof value === 'boolean')(target, key);
  };
}

/** An absolute http(s) URL, kept without a trailing slash. */
function HttpUrl(): PropertyDecorator {
  return (target, key) => {
    Transform(({ value }: { value: string }) => value.replace(/\/+$/, ''))(target, key);
    Accepts(
      'an absolute http(s) URL',
      (value) =>
        URL.canParse(value as string) && /^https?:$/.test(new URL(value as string).protocol),
    )(target, key);
  };
}

/** The number written in decimal digits, or the text unchanged (which then fails its check). */
function digitsAsNumber(value: string): number | string {
  return /^\d+$/.test(value) ? Number(value) : value;
}

function isPostgresUrl(value: unknown): boolean {
  return (
    URL.canParse(value as string) &&
    ['postgres:', 'postgresql:'].includes(new URL(value as string).protocol)
  );
}

function isHost(value: unknown): boolean {
  const host = value as string;
  return isIP(host) || isFQDN(host, { require_tld: false, allow_underscores: true });
}

function isOrigin(value: string): boolean {
  return URL.canParse(value) && new URL(value).origin === value;
}

/** Whether the signer will load it (chain/checkpoint.ts). */
function isEd25519PrivateKey(value: unknown): boolean {
  try {
    loadPrivateKey(value as string);
    return true;
  } catch {
    return false;
  }
}

/** Nothing at `file` yet, or a file (`kind` 'file') or a folder (`kind` 'dir') there. */
function isAbsentOr(value: unknown, kind: 'file' | 'dir'): boolean {
  const stats = statSync(value as string, { throwIfNoEntry: false });
  if (stats === undefined) return true;
  return kind === 'file' ? stats.isFile() : stats.isDirectory();
}
