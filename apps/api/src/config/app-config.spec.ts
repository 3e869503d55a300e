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
});
