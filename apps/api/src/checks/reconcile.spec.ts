import type { Finding } from './finding.js';
import { NO_LONGER_HOLDS, reconcileFlags, type StoredFlagState } from './reconcile.js';

function finding(fingerprint: string, inputHash = `h-${fingerprint}`): Finding {
  return {
    rule: 'sum-mismatch',
    ruleVersion: 1,
    severity: 'error',
    claims: ['a', 'b'],
    spans: [],
    message: 'm',
    data: {},
    fingerprint,
    inputHash,
  };
}

function flag(
  fingerprint: string,
  status: StoredFlagState['status'],
  inputHash = `h-${fingerprint}`,
  reason: string | null = status === 'open' ? null : 'other',
  findingHolds = true,
): StoredFlagState {
  return {
    id: `flag-${fingerprint}`,
    fingerprint,
    inputHash,
    status,
    reason,
    findingHolds,
    spans: [],
  };
}

describe('reconcileFlags', () => {
  it('raises a new finding once, even if it is found twice', () => {
    expect(reconcileFlags([], [finding('x'), finding('x')], { resolveMissing: true })).toEqual([
      { kind: 'raise', finding: finding('x') },
    ]);
  });

  it('changes nothing when the same finding holds with the same inputs, whatever the status', () => {
    for (const status of ['open', 'resolved', 'dismissed'] as const) {
      expect(reconcileFlags([flag('x', status)], [finding('x')], { resolveMissing: true })).toEqual(
        [],
      );
    }
  });

  it('updates a flag whose inputs changed, reopening a dismissed one', () => {
    const dismissed = flag('x', 'dismissed');
    expect(reconcileFlags([dismissed], [finding('x', 'new')], { resolveMissing: true })).toEqual([
      { kind: 'update', flag: dismissed, finding: finding('x', 'new'), reopen: true },
    ]);
    const open = flag('y', 'open');
    expect(reconcileFlags([open], [finding('y', 'new')], { resolveMissing: true })).toEqual([
      { kind: 'update', flag: open, finding: finding('y', 'new'), reopen: false },
    ]);
  });

  it('resolves an open flag whose finding no longer holds, and notes of closed ones that it is gone', () => {
    const open = flag('gone', 'open');
    const dismissed = flag('old', 'dismissed');
    const noted = flag('older', 'resolved', undefined, 'source-error', false);
    expect(reconcileFlags([open, dismissed, noted], [], { resolveMissing: true })).toEqual([
      { kind: 'resolve', flag: open },
      { kind: 'holds', flag: dismissed, holds: false },
    ]);
  });

  it('notes that the finding of a flag resolved by hand holds again, without reopening it', () => {
    const resolved = flag('x', 'resolved', undefined, 'source-error', false);
    expect(reconcileFlags([resolved], [finding('x')], { resolveMissing: true })).toEqual([
      { kind: 'holds', flag: resolved, holds: true },
    ]);
    expect(reconcileFlags([resolved], [finding('x')], { resolveMissing: false })).toEqual([
      { kind: 'holds', flag: resolved, holds: true },
    ]);
  });

  it('reopens a flag it resolved itself when the finding comes back with the same inputs', () => {
    const resolved = flag('x', 'resolved', 'h-x', NO_LONGER_HOLDS);
    expect(reconcileFlags([resolved], [finding('x')], { resolveMissing: true })).toEqual([
      { kind: 'update', flag: resolved, finding: finding('x'), reopen: true },
    ]);
  });

  it('gives a flag with the same inputs the spans of its finding, without reopening it', () => {
    const spans = [
      { start: 0, end: 2, exact: '35' },
      { start: 10, end: 12, exact: '11' },
    ];
    const withSpans = { ...finding('x'), spans };
    const dismissed = flag('x', 'dismissed');
    expect(reconcileFlags([dismissed], [withSpans], { resolveMissing: true })).toEqual([
      { kind: 'update', flag: dismissed, finding: withSpans, reopen: false },
    ]);
    // The same spans in another order are no change.
    const stored = { ...dismissed, spans: [...spans].reverse() };
    expect(reconcileFlags([stored], [withSpans], { resolveMissing: true })).toEqual([]);
  });

  it('resolves nothing in a partial run', () => {
    expect(reconcileFlags([flag('gone', 'open')], [], { resolveMissing: false })).toEqual([]);
  });

  it('only raises what is missing when told not to update existing flags (a partial run)', () => {
    const open = flag('x', 'open');
    const dismissed = { ...flag('y', 'dismissed') };
    const changes = reconcileFlags(
      [open, dismissed],
      [finding('x', 'changed'), finding('y', 'changed'), finding('z')],
      { resolveMissing: false, updateExisting: false },
    );
    expect(changes).toEqual([{ kind: 'raise', finding: finding('z') }]);
  });
});
