import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCheckpointKeyPair } from '../chain/checkpoint.js';
import { readConfig } from './app-config.js';
import { EnvironmentVariables, readEnvironment } from './environment-variables.js';
import { PROJECT_ROOT } from './project-root.js';

const { privateKeyPem } = generateCheckpointKeyPair();
const A_FILE = path.join(PROJECT_ROOT, 'package.json');
const NOT_THERE = path.join(tmpdir(), 'claims-ledger-config-spec-absent', 'inner');

describe('readEnvironment', () => {
  // [variable, a good value, what it reads as, a bad value, the message for it]
  it.each<[string, string, unknown, string, string]>([
    [
      'DATABASE_URL',
      'postgresql://u:p@db/ledger',
      'postgresql://u:p@db/ledger',
      'mysql://u:p@db',
      'DATABASE_URL must be a postgresql:// connection string',
    ],
    [
      'MIGRATION_DATABASE_URL',
      'postgres://o@db/ledger',
      'postgres://o@db/ledger',
      'db/ledger',
      'MIGRATION_DATABASE_URL must be a postgresql:// connection string',
    ],
    ['PORT', '8080', 8080, '70000', 'PORT must be an integer from 1 to 65535, got "70000"'],
    [
      'HOST',
      '127.0.0.1',
      '127.0.0.1',
      'no such host',
      'HOST must be an IP address or a host name, got "no such host"',
    ],
    [
      'BODY_LIMIT_BYTES',
      '1024',
      1024,
      '2MB',
      'BODY_LIMIT_BYTES must be a positive integer, got "2MB"',
    ],
    [
      'REQUEST_TIMEOUT_MS',
      '5000',
      5000,
      '0',
      'REQUEST_TIMEOUT_MS must be a positive integer, got "0"',
    ],
    [
      'MAX_CLAIMS_PER_DOCUMENT',
      '10',
      10,
      '1.5',
      'MAX_CLAIMS_PER_DOCUMENT must be a positive integer, got "1.5"',
    ],
    [
      'CONFLICT_CHECK_STATEMENTS',
      '50',
      50,
      '0',
      'CONFLICT_CHECK_STATEMENTS must be a positive integer, got "0"',
    ],
    ['MAX_PAGE_SIZE', '50', 50, 'many', 'MAX_PAGE_SIZE must be a positive integer, got "many"'],
    [
      'RATE_LIMIT_PER_MINUTE',
      '60',
      60,
      '-1',
      'RATE_LIMIT_PER_MINUTE must be a positive integer, got "-1"',
    ],
    ['WRITE_WAIT_MS', '250', 250, '-5', 'WRITE_WAIT_MS must be a positive integer, got "-5"'],
    [
      'AUTH_FAILURES_PER_MINUTE',
      '5',
      5,
      '1e3',
      'AUTH_FAILURES_PER_MINUTE must be a positive integer, got "1e3"',
    ],
    [
      'LOG_LEVEL',
      'debug',
      'debug',
      'loud',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"',
    ],
    ['LOG_FORMAT', 'json', 'json', 'xml', 'LOG_FORMAT must be one of json, pretty, got "xml"'],
    [
      'SHUTDOWN_TIMEOUT_MS',
      '100',
      100,
      'soon',
      'SHUTDOWN_TIMEOUT_MS must be a positive integer, got "soon"',
    ],
    ['API_DOCS', 'false', false, 'no', 'API_DOCS must be true or false, got "no"'],
    ['WEB_UI', 'false', false, '0', 'WEB_UI must be true or false, got "0"'],
    [
      'CORS_ORIGINS',
      'https://a.example, http://localhost:5173',
      ['https://a.example', 'http://localhost:5173'],
      '*',
      'CORS_ORIGINS must be a comma-separated list of origins such as https://desk.example.org, got "*"',
    ],
    [
      'PUBLIC_URL',
      'https://ledger.example/',
      'https://ledger.example',
      'ledger.example',
      'PUBLIC_URL must be an absolute http(s) URL, got "ledger.example"',
    ],
    [
      'ORGANIZATION_URL',
      'https://gazette.example',
      'https://gazette.example',
      'ftp://gazette.example',
      'ORGANIZATION_URL must be an absolute http(s) URL, got "ftp://gazette.example"',
    ],
    [
      'LEDGER_SIGNING_KEY',
      privateKeyPem,
      privateKeyPem.trim(),
      'secret',
      'LEDGER_SIGNING_KEY must be an Ed25519 private key in PEM',
    ],
    [
      'LEDGER_SIGNING_KEY_FILE',
      NOT_THERE,
      NOT_THERE,
      tmpdir(),
      `LEDGER_SIGNING_KEY_FILE must be the path of a file (made on first start when absent), got "${tmpdir()}"`,
    ],
    [
      'DATA_DIR',
      tmpdir(),
      tmpdir(),
      A_FILE,
      `DATA_DIR must be the path of a folder (made on first start when absent), got "${A_FILE}"`,
    ],
    [
      'EMBEDDED_PG_PORT',
      '54400',
      54400,
      '0',
      'EMBEDDED_PG_PORT must be an integer from 1 to 65535, got "0"',
    ],
    ['LEDGER_DEMO', 'true', true, 'yes', 'LEDGER_DEMO must be true or false, got "yes"'],
  ])('%s: reads %j, refuses %j', (name, good, read, bad, message) => {
    expect(readEnvironment({ [name]: good })[name as keyof EnvironmentVariables]).toEqual(read);
    expect(() => readEnvironment({ [name]: bad })).toThrow(new Error(message));
  });

  it('has a default for every variable, an empty value counting as unset', () => {
    const defaults = {
      DATABASE_URL: null,
      MIGRATION_DATABASE_URL: null,
      PORT: 3000,
      HOST: '0.0.0.0',
      BODY_LIMIT_BYTES: 2_097_152,
      REQUEST_TIMEOUT_MS: 60_000,
      MAX_CLAIMS_PER_DOCUMENT: 5000,
      CONFLICT_CHECK_STATEMENTS: 20,
      MAX_PAGE_SIZE: 200,
      RATE_LIMIT_PER_MINUTE: 1200,
      WRITE_WAIT_MS: 10_000,
      AUTH_FAILURES_PER_MINUTE: 30,
      LOG_LEVEL: 'info',
      LOG_FORMAT: process.stdout.isTTY ? 'pretty' : 'json',
      SHUTDOWN_TIMEOUT_MS: 10_000,
      API_DOCS: true,
      WEB_UI: true,
      CORS_ORIGINS: [],
      PUBLIC_URL: null,
      ORGANIZATION_URL: null,
      LEDGER_SIGNING_KEY: null,
      LEDGER_SIGNING_KEY_FILE: null,
      DATA_DIR: path.join(PROJECT_ROOT, '.data'),
      EMBEDDED_PG_PORT: 54329,
      LEDGER_DEMO: false,
    };
    expect({ ...readEnvironment({}) }).toEqual(defaults);
    const empty = Object.fromEntries(Object.keys(defaults).map((name) => [name, ' ']));
    expect({ ...readEnvironment(empty) }).toEqual(defaults);
  });

  it('names every bad variable in one message', () => {
    expect(() => readEnvironment({ PORT: '0', LOG_LEVEL: 'loud', API_DOCS: 'yes' })).toThrow(
      new Error(
        'PORT must be an integer from 1 to 65535, got "0"; ' +
          'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"; ' +
          'API_DOCS must be true or false, got "yes"',
      ),
    );
  });

  it("holds every variable of the README's Configuration table, and no other", () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const section = readme.split('\n## Configuration\n')[1].split('\n## ')[0];
    const documented = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual(Object.keys(new EnvironmentVariables()).sort());
  });
});

describe('readConfig', () => {
  it('works out the defaults that depend on other variables', () => {
    const config = readConfig({ PORT: '4000', DATA_DIR: 'ledger-data' });
    const dataDir = path.resolve('ledger-data');
    expect(config).toMatchObject({
      publicUrl: 'http://localhost:4000',
      organizationUrl: 'http://localhost:4000',
      signingKeyPem: null,
      signingKeyFile: path.join(dataDir, 'ledger-signing-key.pem'),
      dataDir,
      database: {
        url: null,
        migrationUrl: null,
        embeddedDataDir: path.join(dataDir, 'postgres'),
        embeddedPort: 54329,
      },
      seedDemo: false,
    });
    expect(readConfig({ DATABASE_URL: 'postgresql://app@db/ledger' }).database).toMatchObject({
      url: 'postgresql://app@db/ledger',
      migrationUrl: 'postgresql://app@db/ledger',
    });
  });
});
