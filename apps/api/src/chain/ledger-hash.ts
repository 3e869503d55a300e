import { hash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

export const GENESIS_HASH = '0'.repeat(64);

/** One event of a workspace's review history, as it is hashed. */
export interface LedgerEventBody {
  workspaceId: string;
  seq: number;
  at: string;
  actor: { id: string | null; role: string };
  action: string;
  subject: { type: string; id: string };
  data: unknown;
  prevHash: string;
}

export interface HashedEvent extends LedgerEventBody {
  hash: string;
}

/** RFC 8785 (JCS) canonical JSON of an event without its hash. */
export function canonicalEvent(body: LedgerEventBody): string {
  // Keys in sorted order, as canonical JSON lists them.
  const fields = {
    action: body.action,
    actor: { id: body.actor.id, role: body.actor.role },
    at: body.at,
    data: body.data,
    prevHash: body.prevHash,
    seq: body.seq,
    subject: { id: body.subject.id, type: body.subject.type },
    workspaceId: body.workspaceId,
  };
  const canonical = canonicalJson(fields);
  if (canonical === undefined) throw new Error('event cannot be canonicalised');
  return canonical;
}

/** hash = sha256_hex(prevHash + "\n" + canonical_json(event without hash)) */
export function hashEvent(prevHash: string, canonical: string): string {
  return hash('sha256', `${prevHash}\n${canonical}`, 'hex');
}

export function sealEvent(body: LedgerEventBody): HashedEvent & { canonical: string } {
  const canonical = canonicalEvent(body);
  return { ...body, hash: hashEvent(body.prevHash, canonical), canonical };
}

export type ChainProblem =
  | { kind: 'seq-gap'; seq: number; expectedSeq: number }
  | { kind: 'prev-hash'; seq: number; expected: string; found: string }
  | { kind: 'hash'; seq: number; expected: string; found: string };

export type ChainCheck =
  { ok: true; count: number; head: string } | { ok: false; count: number; problem: ChainProblem };

/**
 * Re-computes a chain from its first event. Events must be given in seq order,
 * starting at seq 1; the first event that does not match is named.
 */
export function verifyChain(events: Iterable<HashedEvent>): ChainCheck {
  const verifier = new ChainVerifier();
  for (const event of events) {
    const problem = verifier.push(event);
    if (problem) return { ok: false, count: verifier.count, problem };
  }
  return { ok: true, count: verifier.count, head: verifier.head };
}

/** Incremental form of verifyChain, for streams too long to hold in memory. */
export class ChainVerifier {
  count = 0;
  head = GENESIS_HASH;

  push(event: HashedEvent): ChainProblem | null {
    const expectedSeq = this.count + 1;
    if (event.seq !== expectedSeq) return { kind: 'seq-gap', seq: event.seq, expectedSeq };
    if (event.prevHash !== this.head) {
      return { kind: 'prev-hash', seq: event.seq, expected: this.head, found: event.prevHash };
    }
    const expected = hashEvent(event.prevHash, canonicalEvent(event));
    if (event.hash !== expected)
      return { kind: 'hash', seq: event.seq, expected, found: event.hash };
    this.count++;
    this.head = event.hash;
    return null;
  }
}

export function describeChainProblem(problem: ChainProblem): string {
  switch (problem.kind) {
    case 'seq-gap':
      return `event seq ${problem.seq}: expected seq ${problem.expectedSeq} (an event was removed, inserted or reordered)`;
    case 'prev-hash':
      return `event seq ${problem.seq}: prevHash ${problem.found} does not match the previous event's hash ${problem.expected}`;
    case 'hash':
      return `event seq ${problem.seq}: content does not match its hash (expected ${problem.expected}, found ${problem.found})`;
  }
}
