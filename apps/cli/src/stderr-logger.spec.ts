import { jest } from '@jest/globals';
import { StderrLogger } from './stderr-logger.js';

describe('the logger of CLI commands', () => {
  afterEach(() => jest.restoreAllMocks());

  it('writes warnings and errors to stderr, nothing to stdout', () => {
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const logger = new StderrLogger({ logLevels: ['error', 'warn'], colors: false });
    logger.warn('a warning', 'Context');
    logger.error('an error', 'Context');
    logger.log('not shown', 'Context');
    const written = stderr.mock.calls.map(([text]) => String(text)).join('');
    expect(written).toContain('WARN [Context] a warning');
    expect(written).toContain('ERROR [Context] an error');
    expect(written).not.toContain('not shown');
    expect(stdout).not.toHaveBeenCalled();
  });
});
