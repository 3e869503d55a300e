import { generateCheckpointKeyPair, type CheckpointReference } from './checkpoint.js';
import { EXPORT_FORMATS } from './export-format.js';
import { sealEvent, type HashedEvent } from './ledger-hash.js';
import { resealFrom, sampleChain, signedCheckpointAt } from './testing/sample-chain.js';
import { readBackAs } from './testing/streams.js';
import {
  describeVerification,
  leavesUnproven,
  verifyExport,
  type ExportVerificationOptions,
} from './verify-export.js';

const chain = sampleChain(30);
const keys = generateCheckpointKeyPair();
const signed = (seq: number) => signedCheckpointAt(chain, seq, keys.privateKeyPem);
const withKey = (checkpoint: CheckpointReference): ExportVerificationOptions => ({
  checkpoint,
  publicKeyPem: keys.publicKeyPem,
});

/** The events of these seqs, in this order, e.g. of([3, 4], 9, [17, 25]): an export filtered by document. */
function of(...picks: Array<number | [number, number]>): HashedEvent[] {
  const wanted = picks.flatMap((pick) =>
    typeof pick === 'number'
      ? [pick]
      : Array.from({ length: pick[1] - pick[0] + 1 }, (_v, i) => pick[0] + i),
  );
  return wanted.map((seq) => chain[seq - 1]);
}

function replaced(events: HashedEvent[], seq: number, change: Partial<HashedEvent>) {
  return events.map((event) => (event.seq === seq ? { ...event, ...change } : event));
}

/** An event re-sealed after a change: its hash matches its content again. */
function forged(event: HashedEvent, change: Partial<HashedEvent>): HashedEvent {
  const { hash: _hash, ...body } = { ...event, ...change };
  const { canonical: _canonical, ...sealed } = sealEvent(body);
  return sealed;
}

const byDocument = of([3, 4], 9, [17, 25]);
const NOT_COMPLETE = 'that the file holds every event its filter selects';

async function lineFor(events: HashedEvent[], options?: ExportVerificationOptions) {
  return describeVerification(await verifyExport(events, options));
}

describe.each(EXPORT_FORMATS)('verifying a filtered %s export', (format) => {
  it('says what it proves and what not, with the checkpoint in the file', async () => {
    const verification = await verifyExport(
      await readBackAs(format, byDocument),
      withKey(signed(25)),
    );
    expect(verification).toEqual({
      ok: true,
      filtered: true,
      count: 12,
      runs: [
        { first: 3, last: 4 },
        { first: 9, last: 9 },
        { first: 17, last: 25 },
      ],
      runCount: 3,
      checkpoint: { seq: 25, signatureChecked: true, chainedRun: { first: 17, last: 25 } },
      expectedHead: null,
    });
    expect(describeVerification(verification)).toBe(
      "OK 12 events of a filtered export (seq 3-4, 9, 17-25): each event's hash matches its " +
        'content; consecutive events link; seq 17-25 chain up to the signed checkpoint; ' +
        `not proven: that the other 3 events are in the ledger, nor ${NOT_COMPLETE} ` +
        '(verify a full export to prove these)',
    );
  });

  it('names a tampered event', async () => {
    const tampered = replaced(byDocument, 9, { data: { after: 'verified' } });
    expect(await verifyExport(await readBackAs(format, tampered))).toMatchObject({
      ok: false,
      seq: 9,
      message: expect.stringMatching(/^event seq 9: content does not match its hash/),
    });
  });
});

interface Tampering {
  name: string;
  events: HashedEvent[];
  options?: ExportVerificationOptions;
  seq: number | null;
  message: RegExp;
}

const TAMPERINGS: Tampering[] = [
  {
    name: 'the content of an event between runs',
    events: replaced(byDocument, 9, { action: 'claim.set-verdict' }),
    seq: 9,
    message: /^event seq 9: content does not match its hash \(expected [0-9a-f]{64}, found/,
  },
  {
    name: 'the content of an event in a run',
    events: replaced(byDocument, 20, { actor: { id: 'user-0', role: 'admin' } }),
    seq: 20,
    message: /^event seq 20: content does not match its hash/,
  },
  {
    name: 'the prevHash of an event between runs',
    events: replaced(byDocument, 9, { prevHash: 'f'.repeat(64) }),
    seq: 9,
    message: /^event seq 9: content does not match its hash/,
  },
  {
    name: 'the prevHash of an event in a run',
    events: replaced(byDocument, 18, { prevHash: 'f'.repeat(64) }),
    seq: 18,
    message: /^event seq 18: prevHash f{64} does not match the previous event's hash [0-9a-f]{64}$/,
  },
  {
    name: 'the hash of an event',
    events: replaced(byDocument, 4, { hash: 'a'.repeat(64) }),
    seq: 4,
    message:
      /^event seq 4: content does not match its hash \(expected [0-9a-f]{64}, found a{64}\)$/,
  },
  {
    name: 'an event re-sealed in a run, which its successor does not follow',
    events: byDocument.map((e) => (e.seq === 20 ? forged(e, { data: { note: 'softened' } }) : e)),
    seq: 21,
    message: /^event seq 21: prevHash [0-9a-f]{64} does not match the previous event's hash/,
  },
  {
    name: 'a run re-sealed up to the signed checkpoint',
    events: resealFrom(replaced(byDocument, 20, { data: { note: 'softened' } }), 6),
    options: withKey(signed(25)),
    seq: 25,
    message: /^event seq 25: hash [0-9a-f]{64} does not match the checkpoint's hash [0-9a-f]{64}$/,
  },
  {
    name: 'an event that does not follow the checkpoint before it',
    events: byDocument.map((e) => (e.seq === 17 ? forged(e, { prevHash: 'f'.repeat(64) }) : e)),
    options: withKey(signed(16)),
    seq: 17,
    message:
      /^event seq 17: prevHash f{64} does not match the hash [0-9a-f]{64} of the checkpoint at seq 16$/,
  },
  {
    name: 'an event of another workspace',
    events: byDocument.map((e) => (e.seq === 9 ? forged(e, { workspaceId: 'ws-2' }) : e)),
    seq: 9,
    message: /^event seq 9: of workspace ws-2, the export is of ws-1$/,
  },
  {
    name: 'two events reordered',
    events: of(3, 9, 4, [17, 25]),
    seq: 4,
    message: /^event seq 4: comes after seq 9 \(an event was inserted or reordered\)$/,
  },
  {
    name: 'an event given twice',
    events: of([3, 4], 9, 9, [17, 25]),
    seq: 9,
    message: /^event seq 9: comes after seq 9/,
  },
  {
    name: 'a checkpoint signed with another key',
    events: byDocument,
    options: {
      checkpoint: signedCheckpointAt(chain, 25, generateCheckpointKeyPair().privateKeyPem),
      publicKeyPem: keys.publicKeyPem,
    },
    seq: null,
    message: /^checkpoint seq 25: the signature is not valid for the given public key$/,
  },
  {
    name: 'a checkpoint beyond the export, with a changed time',
    events: byDocument,
    options: withKey({ ...signed(30), at: '2030-01-01T00:00:00.000Z' }),
    seq: null,
    message: /^checkpoint seq 30: the signature is not valid for the given public key$/,
  },
  {
    name: 'a checkpoint of another workspace',
    events: byDocument,
    options: { checkpoint: { ...signed(25), workspaceId: 'ws-other' } },
    seq: null,
    message: /^checkpoint seq 25: signed for workspace ws-other, the export is of ws-1$/,
  },
];

describe('a tampered filtered export', () => {
  it.each(TAMPERINGS)('names $name', async ({ events, options, seq, message }) => {
    const verification = await verifyExport(events, options);
    expect(verification).toMatchObject({ ok: false, seq });
    if (verification.ok) return;
    expect(verification.message).toMatch(message);
  });

  it('passes a forged event that no run ties to the checkpoint, and says so', async () => {
    const forgery = byDocument.map((e) => (e.seq === 9 ? forged(e, { data: { x: 1 } }) : e));
    const line = await lineFor(forgery, withKey(signed(25)));
    expect(line).toMatch(/^OK 12 events .*; not proven: that the other 3 events are in the ledger/);
  });
});

describe('what a filtered export proves', () => {
  it('ties nothing to a checkpoint beyond its last event, without failing', async () => {
    expect(await lineFor(byDocument, withKey(signed(30)))).toBe(
      "OK 12 events of a filtered export (seq 3-4, 9, 17-25): each event's hash matches its " +
        'content; consecutive events link; not proven: that these events are in the ledger ' +
        `(the file does not hold the checkpoint's seq 30), nor ${NOT_COMPLETE} ` +
        '(verify a full export to prove these)',
    );
  });

  it('ties a run only up to the checkpoint, and a lone event to it', async () => {
    expect(await lineFor(byDocument, withKey(signed(20)))).toMatch(
      /; seq 17-20 chain up to the signed checkpoint; not proven: that the other 8 events are/,
    );
    expect(await lineFor(byDocument, withKey(signed(9)))).toMatch(
      /; seq 9 matches the signed checkpoint; not proven: that the other 11 events are/,
    );
  });

  it('calls the checkpoint signed only when its signature was checked', async () => {
    expect(await lineFor(byDocument, { checkpoint: signed(25) })).toMatch(
      /; seq 17-25 chain up to the checkpoint; not proven/,
    );
  });

  it('ties the last run to the given head, or leaves it unproven', async () => {
    const head = chain[24].hash;
    expect(await lineFor(byDocument, { expectedHead: head.toUpperCase() })).toMatch(
      /; seq 17-25 chain up to the given head; not proven: that the other 3 events are/,
    );
    const both = await lineFor(byDocument, { ...withKey(signed(20)), expectedHead: head });
    expect(both).toMatch(
      /; seq 17-20 chain up to the signed checkpoint; seq 17-25 chain up to the given head; not proven: that the other 3 events are/,
    );
    expect(await verifyExport(byDocument, { expectedHead: chain[29].hash })).toMatchObject({
      ok: true,
      expectedHead: { chainedRun: null },
    });
    expect(await lineFor(byDocument, { expectedHead: chain[29].hash })).toMatch(
      /not proven: that these events are in the ledger \(the file's last event is not the given head\)/,
    );
  });

  it('asks for a checkpoint when nothing anchors the events', async () => {
    expect(await lineFor(of(9))).toBe(
      "OK 1 event of a filtered export (seq 9): each event's hash matches its content; " +
        `not proven: that this event is in the ledger (give --checkpoint), nor ${NOT_COMPLETE} ` +
        '(verify a full export to prove these)',
    );
  });

  it('proves all events of a single run that ends at the checkpoint, but not that none is missing', async () => {
    expect(await lineFor(of([17, 25]), withKey(signed(25)))).toBe(
      "OK 9 events of a filtered export (seq 17-25): each event's hash matches its content; " +
        'consecutive events link; seq 17-25 chain up to the signed checkpoint; ' +
        `not proven: ${NOT_COMPLETE} (verify a full export to prove it)`,
    );
  });

  it('lists the first runs and the last in constant memory', async () => {
    const everyOther = chain.filter((event) => event.seq % 2 === 0);
    const verification = await verifyExport(everyOther);
    expect(verification).toMatchObject({ ok: true, count: 15, runCount: 15 });
    expect(verification.ok && 'filtered' in verification && verification.runs).toHaveLength(6);
    expect(describeVerification(verification)).toMatch(
      /^OK 15 events of a filtered export \(seq 2, 4, 6, 8, 10, …, 30 in 15 runs\): each event's hash matches its content; not proven/,
    );
  });

  it('always leaves something unproven, which --strict refuses', async () => {
    expect(leavesUnproven(await verifyExport(of([17, 25]), withKey(signed(25))))).toBe(true);
    const fullToHead = await verifyExport(chain, { expectedHead: chain[29].hash });
    expect(leavesUnproven(fullToHead)).toBe(false);
    expect(leavesUnproven(await verifyExport(chain))).toBe(true);
  });

  it('still refuses a gap in an export that holds seq 1: no filter selects seq 1 with a gap', async () => {
    expect(await verifyExport(of([1, 4], [6, 30]))).toMatchObject({
      ok: false,
      seq: 6,
      message: 'event seq 6: expected seq 5 (an event was removed, inserted or reordered)',
    });
  });
});
