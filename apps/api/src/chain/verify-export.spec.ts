import { generateCheckpointKeyPair, type CheckpointReference } from './checkpoint.js';
import { EXPORT_FORMATS, type ExportFormat } from './export-format.js';
import { GENESIS_HASH, sealEvent, type HashedEvent } from './ledger-hash.js';
import { resealFrom, sampleChain, signedCheckpointAt } from './testing/sample-chain.js';
import { readBackAs } from './testing/streams.js';
import {
  describeVerification,
  verifyExport,
  type ExportVerification,
  type ExportVerificationOptions,
} from './verify-export.js';

const original = sampleChain(8);
const originalHead = original[7].hash;
const keys = generateCheckpointKeyPair();

/** The server's signed checkpoint at `seq` of the original chain, as GET /v1/ledger/head gives it. */
function checkpointAt(seq: number, privateKeyPem = keys.privateKeyPem): CheckpointReference {
  return signedCheckpointAt(original, seq, privateKeyPem);
}

function withData(event: HashedEvent, data: unknown): HashedEvent {
  return { ...event, data };
}

/** A forged event that chains correctly after `previous`. */
function forgedAfter(previous: HashedEvent): HashedEvent {
  const { canonical: _canonical, ...event } = sealEvent({
    ...previous,
    seq: previous.seq + 1,
    action: 'claim.status-changed',
    data: { after: 'verified' },
    prevHash: previous.hash,
  });
  return event;
}

function swap(events: readonly HashedEvent[], a: number, b: number): HashedEvent[] {
  const swapped = [...events];
  [swapped[a], swapped[b]] = [swapped[b], swapped[a]];
  return swapped;
}

interface Tampering {
  name: string;
  events: HashedEvent[];
  options?: ExportVerificationOptions;
  seq: number | null;
  message: RegExp;
}

const removedAndRenumbered = resealFrom(
  [
    ...original.slice(0, 3),
    ...original.slice(4).map((event) => ({ ...event, seq: event.seq - 1 })),
  ],
  3,
);

const TAMPERINGS: Tampering[] = [
  {
    name: 'an altered event',
    events: original.map((event, i) => (i === 2 ? withData(event, { after: '36' }) : event)),
    seq: 3,
    message: /^event seq 3: content does not match its hash/,
  },
  {
    name: 'an altered actor',
    events: original.map((e, i) => (i === 5 ? { ...e, actor: { id: 'x', role: 'admin' } } : e)),
    seq: 6,
    message: /^event seq 6: content does not match its hash/,
  },
  {
    name: 'a removed event',
    events: original.filter((_event, i) => i !== 3),
    seq: 5,
    message: /^event seq 5: expected seq 4 \(an event was removed, inserted or reordered\)$/,
  },
  {
    name: 'a removed event, renumbered and re-hashed, against the head',
    events: removedAndRenumbered,
    options: { expectedHead: originalHead },
    seq: 7,
    message: /^event seq 7 \(the last\): head [0-9a-f]{64} does not match the expected head/,
  },
  {
    name: 'the last event removed, against the head',
    events: original.slice(0, 7),
    options: { expectedHead: originalHead },
    seq: 7,
    message: /events at the end were removed or added/,
  },
  {
    name: 'two events reordered',
    events: swap(original, 3, 4),
    seq: 5,
    message: /^event seq 5: expected seq 4/,
  },
  {
    name: 'the contents of two events swapped',
    events: original.map((event, i) =>
      i === 3
        ? withData(event, original[4].data)
        : i === 4
          ? withData(event, original[3].data)
          : event,
    ),
    seq: 4,
    message: /^event seq 4: content does not match its hash/,
  },
  {
    name: 'an inserted event that chains correctly',
    events: [...original.slice(0, 4), forgedAfter(original[3]), ...original.slice(4)],
    seq: 5,
    message: /^event seq 5: expected seq 6/,
  },
  {
    name: 'an inserted event with a made-up prevHash',
    events: [...original.slice(0, 2), { ...original[2], prevHash: 'f'.repeat(64) }],
    seq: 3,
    message: /^event seq 3: prevHash f{64} does not match the previous event's hash/,
  },
  {
    name: 'a re-hashed history against the head',
    events: resealFrom(
      original.map((event, i) => (i === 1 ? withData(event, { note: 'softened' }) : event)),
      1,
    ),
    options: { expectedHead: originalHead },
    seq: 8,
    message: /does not match the expected head/,
  },
  {
    name: 'a re-hashed history against a checkpoint',
    events: resealFrom(
      original.map((event, i) => (i === 1 ? withData(event, { note: 'softened' }) : event)),
      1,
    ),
    options: { checkpoint: checkpointAt(5) },
    seq: 5,
    message: /^event seq 5: hash [0-9a-f]{64} does not match the checkpoint's hash/,
  },
  {
    name: 'a checkpoint signed with another key',
    events: original,
    options: {
      checkpoint: checkpointAt(5, generateCheckpointKeyPair().privateKeyPem),
      publicKeyPem: keys.publicKeyPem,
    },
    seq: null,
    message: /^checkpoint seq 5: the signature is not valid for the given public key$/,
  },
  {
    name: 'a checkpoint whose time was changed',
    events: original,
    options: {
      checkpoint: { ...checkpointAt(5), at: '2030-01-01T00:00:00.000Z' },
      publicKeyPem: keys.publicKeyPem,
    },
    seq: null,
    message: /the signature is not valid/,
  },
  {
    name: 'a checkpoint past the end of the export',
    events: original.slice(0, 4),
    options: { checkpoint: checkpointAt(6) },
    seq: null,
    message: /^checkpoint seq 6: the export ends at seq 4, before the checkpoint$/,
  },
];

async function verifyAs(
  format: ExportFormat,
  events: readonly HashedEvent[],
  options?: ExportVerificationOptions,
): Promise<ExportVerification> {
  return verifyExport(await readBackAs(format, events), options);
}

describe.each(EXPORT_FORMATS)('verifying a %s export', (format) => {
  it('passes an intact chain and gives its head', async () => {
    const verification = await verifyAs(format, original, {
      expectedHead: originalHead.toUpperCase(),
      checkpoint: checkpointAt(8),
      publicKeyPem: keys.publicKeyPem,
    });
    expect(verification).toEqual({ ok: true, count: 8, head: originalHead, unproven: null });
    expect(describeVerification(verification)).toBe(`OK 8 events, head ${originalHead}`);
  });

  it('passes with a checkpoint in the middle of the chain', async () => {
    const options = { checkpoint: checkpointAt(3), publicKeyPem: keys.publicKeyPem };
    expect(await verifyAs(format, original, options)).toMatchObject({ ok: true, count: 8 });
  });

  it.each(TAMPERINGS)('names $name', async ({ events, options, seq, message }) => {
    const verification = await verifyAs(format, events, options);
    expect(verification).toMatchObject({ ok: false, seq });
    if (verification.ok) return;
    expect(verification.message).toMatch(message);
    expect(describeVerification(verification)).toBe(`FAILED ${verification.message}`);
  });

  it('passes a re-hashed history when nothing pins the head: why auditors keep one', async () => {
    const forged = resealFrom(
      original.map((event, i) => (i === 1 ? withData(event, { note: 'softened' }) : event)),
      1,
    );
    expect(await verifyAs(format, forged)).toMatchObject({ ok: true, count: 8 });
  });
});

describe('verifyExport edge cases', () => {
  it('verifies an empty chain against the genesis hash', async () => {
    expect(await verifyExport([], { expectedHead: GENESIS_HASH })).toEqual({
      ok: true,
      count: 0,
      head: GENESIS_HASH,
      unproven: null,
    });
    expect(await verifyExport([], { expectedHead: originalHead })).toMatchObject({
      ok: false,
      seq: null,
      message: expect.stringMatching(/^no events: head 0{64} does not match/),
    });
  });

  it('refuses a checkpoint of another workspace', async () => {
    const checkpoint = { ...checkpointAt(2), workspaceId: 'ws-other' };
    expect(await verifyExport(original, { checkpoint })).toMatchObject({
      ok: false,
      message: 'checkpoint seq 2: signed for workspace ws-other, the export is of ws-1',
    });
  });

  it('cannot check the signature of a checkpoint that has none', async () => {
    const { signature: _signature, ...unsigned } = checkpointAt(2);
    expect(await verifyExport(original, { checkpoint: unsigned })).toMatchObject({ ok: true });
    expect(
      await verifyExport(original, { checkpoint: unsigned, publicKeyPem: keys.publicKeyPem }),
    ).toMatchObject({
      ok: false,
      message: 'checkpoint seq 2: no signature, so its signature cannot be checked',
    });
  });
});
