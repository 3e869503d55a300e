import { Prisma } from '../generated/prisma/client.js';
import { classifyDatabaseError } from './database-errors.js';

const known = (code: string, cause?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError('failed', {
    code,
    clientVersion: '7',
    meta: cause ? { driverAdapterError: { name: 'DriverAdapterError', cause } } : undefined,
  });

describe('classifyDatabaseError', () => {
  it.each([
    ['a unique violation', known('P2002'), 'conflict'],
    ['a missing row', known('P2025'), 'not-found'],
    [
      'an unreachable server (model query)',
      known('P1001', { kind: 'DatabaseNotReachable' }),
      'unavailable',
    ],
    [
      'an unreachable server (raw query)',
      known('P2010', { kind: 'DatabaseNotReachable' }),
      'unavailable',
    ],
    [
      'a malformed UUID',
      known('P2010', { kind: 'InvalidInputValue', originalCode: '22P02' }),
      'invalid-input',
    ],
    [
      'a serialization failure',
      known('P2010', { kind: 'postgres', originalCode: '40001' }),
      'busy',
    ],
    ['a deadlock', known('P2010', { kind: 'postgres', code: '40P01' }), 'busy'],
    ['a lock timeout', known('P2010', { kind: 'postgres', originalCode: '55P03' }), 'busy'],
    [
      'a server shutting down',
      known('P2010', { kind: 'postgres', originalCode: '57P01' }),
      'unavailable',
    ],
    ['a write conflict', known('P2034'), 'busy'],
    [
      'a refused socket (pg)',
      Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
      'unavailable',
    ],
    ['an ended connection (pg)', new Error('Connection terminated unexpectedly'), 'unavailable'],
    ['a data exception (pg)', Object.assign(new Error('bad'), { code: '22021' }), 'invalid-input'],
  ])('%s', (_what, error, meaning) => {
    expect(classifyDatabaseError(error)).toBe(meaning);
  });

  it("leaves errors that are not the database's to the generic 500", () => {
    expect(classifyDatabaseError(new TypeError('x is undefined'))).toBeNull();
    expect(
      classifyDatabaseError(known('P2010', { kind: 'postgres', originalCode: '42P01' })),
    ).toBeNull();
    expect(classifyDatabaseError('a string')).toBeNull();
  });
});
