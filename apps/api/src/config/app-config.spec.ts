import { readConfig } from './app-config.js';

describe('readConfig', () => {
  it('reads CORS_ORIGINS as a list of origins, none when unset', () => {
    expect(readConfig({}).corsOrigins).toEqual([]);
    expect(
      readConfig({ CORS_ORIGINS: 'https://desk.example.org, http://localhost:5173' }).corsOrigins,
    ).toEqual(['https://desk.example.org', 'http://localhost:5173']);
  });

  it('refuses at start an entry of CORS_ORIGINS that is no origin, naming it', () => {
    expect(() => readConfig({ CORS_ORIGINS: 'https://desk.example.org/path' })).toThrow(
      /CORS_ORIGINS .* got "https:\/\/desk.example.org\/path"/,
    );
    expect(() => readConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
  });

  it('refuses a limit that is not a positive integer, naming the variable', () => {
    expect(() => readConfig({ WRITE_WAIT_MS: '-5' })).toThrow(
      /WRITE_WAIT_MS must be a positive integer/,
    );
  });

  it('refuses a log level or format it does not know, naming the variable and the choices', () => {
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"',
    );
    expect(() => readConfig({ LOG_FORMAT: 'xml' })).toThrow(
      'LOG_FORMAT must be one of json, pretty',
    );
    expect(readConfig({ LOG_LEVEL: 'debug', LOG_FORMAT: 'json' })).toMatchObject({
      logLevel: 'debug',
      logFormat: 'json',
    });
  });

  it('reads PUBLIC_URL and ORGANIZATION_URL as absolute http(s) URLs, the second defaulting to the first', () => {
    expect(() => readConfig({ PUBLIC_URL: 'not-a-url' })).toThrow(
      'PUBLIC_URL must be an absolute http(s) URL, got "not-a-url"',
    );
    expect(() => readConfig({ ORGANIZATION_URL: 'ftp://example.org' })).toThrow(/ORGANIZATION_URL/);
    expect(readConfig({ PUBLIC_URL: 'https://ledger.example.org/' })).toMatchObject({
      publicUrl: 'https://ledger.example.org',
      organizationUrl: 'https://ledger.example.org',
    });
    expect(readConfig({ PORT: '4000', ORGANIZATION_URL: 'https://gazette.example' })).toMatchObject(
      { publicUrl: 'http://localhost:4000', organizationUrl: 'https://gazette.example' },
    );
  });
});
