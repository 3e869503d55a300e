import { createHash } from 'node:crypto';
import fc from 'fast-check';
import {
  canonicalEvent,
  describeChainProblem,
  GENESIS_HASH,
  sealEvent,
  verifyChain,
  type HashedEvent,
  type LedgerEventBody,
} from './ledger-hash.js';

function chain(length: number): HashedEvent[] {
  const events: HashedEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const { canonical: _canonical, ...event } = sealEvent({
      workspaceId: 'ws',
      seq,
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(),
      actor: { id: 'u1', role: 'editor' },
      action: 'claim.corrected',
      subject: { type: 'claim', id: `c${seq}` },
      data: { after: { value: String(seq) } },
      prevHash,
    });
    events.push(event);
    prevHash = event.hash;
  }
  return events;
}

describe('ledger hashing', () => {
  it('hashes prevHash, a newline and the RFC 8785 canonical JSON', () => {
    const body: LedgerEventBody = {
      workspaceId: 'ws',
      seq: 1,
      at: '2026-01-01T00:00:00.000Z',
      actor: { id: null, role: 'system' },
      action: 'workspace.created',
      subject: { type: 'workspace', id: 'ws' },
      data: { z: 1, a: [1.5, 'é'], m: null },
      prevHash: GENESIS_HASH,
    };
    const canonical = canonicalEvent(body);
    expect(canonical).toBe(
      '{"action":"workspace.created","actor":{"id":null,"role":"system"},"at":"2026-01-01T00:00:00.000Z",' +
        '"data":{"a":[1.5,"é"],"m":null,"z":1},"prevHash":"' +
        GENESIS_HASH +
        '","seq":1,"subject":{"id":"ws","type":"workspace"},"workspaceId":"ws"}',
    );
    expect(sealEvent(body).hash).toBe(
      createHash('sha256').update(`${GENESIS_HASH}\n${canonical}`).digest('hex'),
    );
  });

  it('ignores key order and extra properties of the input', () => {
    const [event] = chain(1);
    const reordered = {
      extra: 'ignored',
      ...Object.fromEntries(Object.entries(event).reverse()),
    } as unknown as HashedEvent;
    expect(verifyChain([reordered]).ok).toBe(true);
  });

  it('verifies an intact chain and gives its head', () => {
    const events = chain(5);
    expect(verifyChain(events)).toEqual({ ok: true, count: 5, head: events[4].hash });
    expect(verifyChain([])).toEqual({ ok: true, count: 0, head: GENESIS_HASH });
  });

  it('names an altered event', () => {
    const events = chain(5);
    events[2] = { ...events[2], data: { after: { value: '99' } } };
    const check = verifyChain(events);
    expect(check).toMatchObject({ ok: false, problem: { kind: 'hash', seq: 3 } });
  });

  it('names a removed, a reordered and an inserted event', () => {
    const removed = chain(5);
    removed.splice(1, 1);
    expect(verifyChain(removed)).toMatchObject({
      ok: false,
      problem: { kind: 'seq-gap', seq: 3, expectedSeq: 2 },
    });

    const reordered = chain(5);
    [reordered[1], reordered[2]] = [reordered[2], reordered[1]];
    expect(verifyChain(reordered)).toMatchObject({
      ok: false,
      problem: { kind: 'seq-gap', seq: 3 },
    });

    const inserted = chain(3);
    const forged = chain(3)[1];
    inserted.splice(2, 0, { ...forged, prevHash: inserted[1].hash, seq: 3 });
    expect(verifyChain(inserted)).toMatchObject({ ok: false, problem: { seq: 3 } });
  });

  it('names a re-hashed event whose prevHash no longer links', () => {
    const events = chain(4);
    const { canonical: _c, ...rewritten } = sealEvent({ ...events[2], prevHash: 'f'.repeat(64) });
    events[2] = rewritten;
    const check = verifyChain(events);
    expect(check).toMatchObject({ ok: false, problem: { kind: 'prev-hash', seq: 3 } });
    if (!check.ok) expect(describeChainProblem(check.problem)).toMatch(/^event seq 3: prevHash/);
  });

  it('detects any single changed value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.string(), (position, value) => {
        const events = chain(6);
        fc.pre(value !== String(position + 1));
        events[position] = { ...events[position], data: { after: { value } } };
        const check = verifyChain(events);
        expect(check).toMatchObject({ ok: false, problem: { seq: position + 1 } });
      }),
    );
  });
});
