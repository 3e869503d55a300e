import { Readable, Writable } from 'node:stream';
import { extractJsonLines } from './run-extract.js';

async function run(lines: string[]): Promise<{ ok: boolean; out: Array<Record<string, unknown>> }> {
  const chunks: string[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const ok = await extractJsonLines(Readable.from([lines.join('\n')]), output);
  const out = chunks
    .join('')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { ok, out };
}

describe('ledger extract --stdin --jsonl', () => {
  it('answers each JSON line with its extraction, in order, keeping the id', async () => {
    const { ok, out } = await run([
      JSON.stringify('Sales rose 5% to £4.2bn.'),
      '',
      JSON.stringify({ id: 'b', text: 'Of the 35 MOUs, 11 were signed and 22 later.' }),
    ]);
    expect(ok).toBe(true);
    expect(out).toHaveLength(2);
    expect((out[0].claims as Array<{ exact: string }>).map((c) => c.exact)).toEqual([
      '5%',
      '£4.2bn',
    ]);
    expect(out[1].id).toBe('b');
    expect((out[1].flags as Array<{ rule: string }>).map((f) => f.rule)).toEqual(['sum-mismatch']);
  });

  it('answers a line it cannot read with an error in its place and goes on', async () => {
    const { ok, out } = await run([
      'not json',
      JSON.stringify({ text: 'a\u0000b' }),
      JSON.stringify({ nope: 1 }),
      JSON.stringify('12 jobs'),
    ]);
    expect(ok).toBe(false);
    expect(out.map((line) => line.error ?? 'ok')).toEqual([
      'not JSON: give a JSON string or {"text": "…"}',
      'text contains a NUL character at offset 1',
      'no text: give a JSON string or {"text": "…"}',
      'ok',
    ]);
    expect(out.slice(0, 3).map((line) => line.line)).toEqual([1, 2, 3]);
  });
});
