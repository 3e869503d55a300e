import { loadPrivateKey, signCheckpoint, type CheckpointReference } from '../checkpoint.js';
import { GENESIS_HASH, sealEvent, type HashedEvent, type LedgerEventBody } from '../ledger-hash.js';

/**
 * A valid chain for tests of exports and verification. Its data is made to break
 * naive writers: formula-like cells, quotes, newlines, CR, tabs, non-ASCII text,
 * a system actor (null id), an empty string, and a cell starting with a quote.
 */
const AWKWARD_DATA: readonly unknown[] = [
  { after: { value: '35', unit: 'MOU' } },
  { note: '=HYPERLINK("http://evil.example","click")' },
  -42.5,
  { text: 'line one\nline two\r\nline three', quote: 'he said "33", not \'35\'' },
  '+1 then -1',
  { tab: '\tindented', cr: '\rcarriage', at: '@mention', emoji: 'Yoon Suk-yeol 👍 é' },
  "'already quoted",
  { empty: '', nothing: null, list: [1, 2.5, -3, 'x'] },
];

/** An empty id and one starting with the CSV escape character; the others start with '-'. */
const subjectIds: Record<number, string> = { 3: '', 5: "'5" };

export function sampleChain(length = AWKWARD_DATA.length, workspaceId = 'ws-1'): HashedEvent[] {
  const events: HashedEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const body: LedgerEventBody = {
      workspaceId,
      seq,
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(),
      actor: seq === 1 ? { id: null, role: 'system' } : { id: `user-${seq % 3}`, role: 'editor' },
      action: seq % 2 === 0 ? 'claim.status-changed' : '=cmd|calc',
      subject: { type: 'claim', id: subjectIds[seq] ?? `-claim-${seq}` },
      data: AWKWARD_DATA[(seq - 1) % AWKWARD_DATA.length],
      prevHash,
    };
    const { canonical: _canonical, ...event } = sealEvent(body);
    events.push(event);
    prevHash = event.hash;
  }
  return events;
}

/** Re-seals events from index `from` on, as a forger who re-computes the hashes would. */
export function resealFrom(events: readonly HashedEvent[], from: number): HashedEvent[] {
  const resealed = events.slice(0, from);
  let prevHash = from === 0 ? GENESIS_HASH : events[from - 1].hash;
  for (const { hash: _hash, ...body } of events.slice(from)) {
    const { canonical: _canonical, ...event } = sealEvent({ ...body, prevHash });
    resealed.push(event);
    prevHash = event.hash;
  }
  return resealed;
}

/**
 * The checkpoint the server signs at `seq` of the chain, as GET /v1/ledger/head
 * gives it, less its workspaceId (the chain's events name it).
 */
export function signedCheckpointAt(
  events: readonly HashedEvent[],
  seq: number,
  privateKeyPem: string,
): CheckpointReference {
  const event = events[seq - 1];
  const { workspaceId: _workspaceId, ...checkpoint } = signCheckpoint(
    { workspaceId: event.workspaceId, seq, hash: event.hash, at: event.at },
    loadPrivateKey(privateKeyPem),
  );
  return checkpoint;
}
