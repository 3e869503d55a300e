import { invalidFilter } from './run-export.js';

const UUID = '0b6f7a3e-4d1c-4e8a-9f2b-6c5d4e3f2a1b';

describe('ledger export: the filters, checked as the API checks them', () => {
  it('takes ISO 8601 times, UUIDs and an action, or no filter at all', () => {
    expect(invalidFilter({})).toBeNull();
    expect(
      invalidFilter({
        from: '2026-01-01',
        to: '2026-02-01T12:30:00Z',
        documentId: UUID,
        actorId: UUID,
        action: 'claim.set-verdict',
      }),
    ).toBeNull();
  });

  it.each([
    [{ from: 'yesterday' }, '--from "yesterday": from must be a valid ISO 8601 date string'],
    [{ to: '2026-13-01' }, '--to "2026-13-01": to must be a valid ISO 8601 date string'],
    [{ from: '' }, '--from "": from must be a valid ISO 8601 date string'],
    [{ documentId: '42' }, '--document "42": document must be a UUID'],
    [{ actorId: 'eve' }, '--actor "eve": actor must be a UUID'],
    [
      { from: '2025-01-02T00:00:00Z', to: '2025-01-01T00:00:00Z' },
      '--to "2025-01-01T00:00:00Z": to must be later than from',
    ],
  ])('refuses %j, naming the option', (filter, message) => {
    expect(invalidFilter(filter)).toBe(message);
  });

  it('refuses an action longer than the API takes', () => {
    expect(invalidFilter({ action: 'a'.repeat(101) })).toMatch(/^--action "a+": action must be/);
  });
});
