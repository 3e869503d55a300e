import { Prisma } from '../../../api/src/generated/prisma/client.js';
import { DomainError } from '../../../api/src/errors/domain-error.js';
import { reasonOf } from './run-ingest.js';

describe('ledger ingest: the reason a file failed', () => {
  it('gives a domain refusal as it is', () => {
    expect(reasonOf(DomainError.invalidInput([{ field: 'text', message: 'is blank' }]))).toBe(
      'text: is blank',
    );
  });

  it('says when to try again for a database that is down or busy', () => {
    const down = new Prisma.PrismaClientKnownRequestError(
      "Invalid `prisma.x()` invocation:\n\nCan't reach",
      {
        code: 'P1001',
        clientVersion: '7',
      },
    );
    expect(reasonOf(down)).toMatch(/not reachable: run the command again/);
  });

  it('keeps the last line of an unexpected error, never its stack', () => {
    const conflict = new Prisma.PrismaClientKnownRequestError(
      'Invalid `prisma.flag.create()` invocation:\n\n\nUnique constraint failed on the fields: (`fingerprint`)',
      { code: 'P2002', clientVersion: '7' },
    );
    expect(reasonOf(conflict)).toBe(
      'not stored: Unique constraint failed on the fields: (`fingerprint`)',
    );
    expect(reasonOf(new TypeError('x is undefined'))).toBe('not stored: x is undefined');
  });
});
