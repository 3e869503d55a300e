import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCheckpointKeyPair } from '../../../api/src/chain/checkpoint.js';
import {
  EXPORT_FORMATS,
  exportEncoder,
  type ExportFormat,
} from '../../../api/src/chain/export-format.js';
import type { HashedEvent } from '../../../api/src/chain/ledger-hash.js';
import { sampleChain, signedCheckpointAt } from '../../../api/src/chain/testing/sample-chain.js';
import { encodeEvents } from '../../../api/src/chain/testing/streams.js';
import { runVerify, type VerifyOptions } from './run-verify.js';
import { verifyCommand } from './verify.js';

const events = sampleChain(6);
const head = events[5].hash;
const keys = generateCheckpointKeyPair();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ledger-verify-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function exportFile(format: ExportFormat, chain: readonly HashedEvent[]): Promise<string> {
  const file = path.join(
    dir,
    `export-${chain.length}-${Math.random().toString(36).slice(2)}.${format}`,
  );
  await writeFile(file, await encodeEvents(exportEncoder(format), chain));
  return file;
}

async function fileWith(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}

async function verify(file: string, options: VerifyOptions = {}) {
  let stdout = '';
  let stderr = '';
  const output = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  };
  const code = await runVerify(file, options, output);
  return { code, stdout, stderr };
}

async function checkpointFile(seq: number): Promise<string> {
  const checkpoint = signedCheckpointAt(events, seq, keys.privateKeyPem);
  return fileWith(`checkpoint-${seq}.json`, JSON.stringify(checkpoint));
}

describe.each(EXPORT_FORMATS)('ledger verify with a %s export', (format) => {
  it('prints OK with the count and head, and what it could not prove without an anchor', async () => {
    const file = await exportFile(format, events);
    expect(await verify(file)).toEqual({
      code: 0,
      stdout:
        `OK 6 events, head ${head}; not proven: that no events were removed from the end ` +
        '(give --head or --checkpoint)\n',
      stderr: '',
    });
    expect(await verify(file, { head })).toEqual({
      code: 0,
      stdout: `OK 6 events, head ${head}\n`,
      stderr: '',
    });
  });

  it('exits 3 with --strict when the end of the chain is not anchored', async () => {
    const file = await exportFile(format, events);
    expect(await verify(file, { strict: true })).toMatchObject({ code: 3 });
    expect(await verify(file, { strict: true, head })).toMatchObject({ code: 0 });
    const checkpoint = await checkpointFile(4);
    const partly = await verify(file, { strict: true, checkpoint });
    expect(partly.code).toBe(3);
    expect(partly.stdout).toMatch(/not proven: that no events after seq 4 were removed/);
  });

  it('names the first altered event and exits 1', async () => {
    const altered = events.map((event) => (event.seq === 4 ? { ...event, action: 'x' } : event));
    const result = await verify(await exportFile(format, altered));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAILED event seq 4: content does not match its hash .*\n$/);
  });

  it('exits 1 when the head differs from --head', async () => {
    const result = await verify(await exportFile(format, events.slice(0, 5)), { head });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAILED event seq 5 \(the last\): head/);
  });

  it('checks a signed checkpoint with --public-key', async () => {
    const file = await exportFile(format, events);
    const checkpoint = await checkpointFile(3);
    const publicKey = await fileWith('public.pem', keys.publicKeyPem);
    expect(await verify(file, { checkpoint, publicKey })).toMatchObject({ code: 0 });
    const otherKey = await fileWith('other.pem', generateCheckpointKeyPair().publicKeyPem);
    const result = await verify(file, { checkpoint, publicKey: otherKey });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'FAILED checkpoint seq 3: the signature is not valid for the given public key\n',
    );
  });
});

describe('ledger verify with a filtered export', () => {
  it('says what it proves, exits 0, and 3 with --strict', async () => {
    const file = await exportFile('ndjson', [events[1], events[3], events[4], events[5]]);
    const checkpoint = await checkpointFile(6);
    const publicKey = await fileWith('public.pem', keys.publicKeyPem);
    const verified = await verify(file, { checkpoint, publicKey });
    expect(verified).toEqual({
      code: 0,
      stdout:
        "OK 4 events of a filtered export (seq 2, 4-6): each event's hash matches its content; " +
        'consecutive events link; seq 4-6 chain up to the signed checkpoint; not proven: that ' +
        'the other event is in the ledger, nor that the file holds every event its filter ' +
        'selects (verify a full export to prove these)\n',
      stderr: '',
    });
    expect(await verify(file, { checkpoint, publicKey, strict: true })).toMatchObject({ code: 3 });
    const altered = await exportFile('ndjson', [{ ...events[1], action: 'x' }, events[3]]);
    expect(await verify(altered, { checkpoint, publicKey })).toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/^FAILED event seq 2: content does not match its hash/),
    });
  });
});

describe('ledger verify with a CSV export', () => {
  it('reads trailing blank lines as nothing, never as an altered chain', async () => {
    const file = await exportFile('csv', events);
    const csv = await readFile(file, 'utf8');
    const padded = await fileWith('padded.csv', `${csv}\r\n\r\n\n`);
    expect(await verify(padded, { head })).toMatchObject({ code: 0 });
    // Saved again with Unix line ends, and by Excel with a byte order mark.
    const unix = await fileWith('unix.csv', `${csv.replace(/\r\n/g, '\n')}\n\n`);
    expect(await verify(unix, { head })).toMatchObject({ code: 0 });
    const withBom = await fileWith('bom.csv', `\uFEFF${csv}`);
    expect(await verify(withBom, { head })).toMatchObject({ code: 0 });
  });
});

describe('ledger verify with unusable input (exit 2)', () => {
  it.each([
    ['an empty file', ''],
    ['plain text', 'Dear editor, the ledger is fine.\n'],
    ['a CSV of something else', 'name,amount\nrent,1200\n'],
  ])('refuses %s', async (_name, text) => {
    const file = await fileWith('not-an-export.txt', text);
    expect(await verify(file)).toEqual({
      code: 2,
      stdout: '',
      stderr: `ledger verify: ${file}: not a ledger export (expected NDJSON, a JSON array, or CSV with the export header)\n`,
    });
  });

  it('names the line of an export that is not an event', async () => {
    const file = await fileWith('broken.ndjson', '{"seq":1}\n');
    expect(await verify(file)).toMatchObject({
      code: 2,
      stderr: `ledger verify: ${file}: line 1: actor must be a JSON object\n`,
    });
  });

  it('refuses a missing file, a bad --head, a bad checkpoint or key', async () => {
    const file = await exportFile('ndjson', events);
    const missing = path.join(dir, 'missing.ndjson');
    expect((await verify(missing)).stderr).toBe(`ledger verify: ${missing}: no such file\n`);
    expect((await verify(dir)).stderr).toBe(`ledger verify: ${dir}: is a directory\n`);
    expect((await verify(file, { head: 'abc' })).stderr).toMatch(/--head must be a hash of 64/);
    const checkpoint = await fileWith('bad-checkpoint.json', '{"seq":1}');
    expect(await verify(file, { checkpoint })).toMatchObject({
      code: 2,
      stderr: `ledger verify: ${checkpoint}: checkpoint hash must be 64 hexadecimal digits\n`,
    });
    const notJson = await fileWith('checkpoint.txt', 'seq 1');
    expect((await verify(file, { checkpoint: notJson })).stderr).toMatch(
      /a checkpoint must be JSON/,
    );
    const goodCheckpoint = await checkpointFile(2);
    const notKey = await fileWith('not-a-key.pem', 'hello');
    expect(await verify(file, { checkpoint: goodCheckpoint, publicKey: notKey })).toMatchObject({
      code: 2,
      stderr: `ledger verify: ${notKey}: not a PEM public key\n`,
    });
    expect((await verify(file, { publicKey: notKey })).stderr).toMatch(
      /give --checkpoint FILE too/,
    );
  });
});

describe('verifyCommand', () => {
  it('parses the options and sets the exit code', async () => {
    const file = await exportFile('json', events.slice(0, 2));
    const write = process.stdout.write.bind(process.stdout);
    let printed = '';
    process.stdout.write = (text: string) => {
      printed += text;
      return true;
    };
    try {
      await verifyCommand().parseAsync([file, '--head', events[1].hash], { from: 'user' });
      expect(process.exitCode).toBe(0);
      await verifyCommand().parseAsync([file, '--head', head], { from: 'user' });
      expect(process.exitCode).toBe(1);
    } finally {
      process.stdout.write = write;
      process.exitCode = undefined;
    }
    expect(printed).toMatch(/^OK 2 events, head [0-9a-f]{64}\nFAILED event seq 2 \(the last\)/);
  });
});
