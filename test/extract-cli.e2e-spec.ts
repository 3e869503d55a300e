import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { envWithout, runCli, runCliWithClosedStdout } from './support/cli.js';

const seed = path.join(import.meta.dirname, 'fixtures/kazakhstan-mous.txt');
// No database: DATABASE_URL points nowhere, and extract must not care.
const env = { ...envWithout('DATABASE_URL'), DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' };

describe('ledger extract', () => {
  it('prints the extraction contract of one file, without a database', async () => {
    const res = await runCli(['extract', seed, '--json'], env);
    expect(res.code).toBe(0);
    const result = JSON.parse(res.stdout);
    expect(result.document).toEqual({
      sha256: 'a2076efe05e9a8c5a4e0e7ecbb98eeddee6d186150dbcec6136f94d71383bfdd',
      length: 8125,
    });
    expect(result.claims[0]).toMatchObject({
      id: 'n1',
      kind: 'numeric',
      start: 0,
      end: 7,
      exact: '35 MOUs',
      value: 35,
      unit: 'MOU',
    });
    expect(result.relations).toContainEqual({
      type: 'parts-of-total',
      total: expect.any(String),
      parts: expect.any(Array),
      complete: true,
    });
    const serious = result.flags.filter((f: { severity: string }) => f.severity !== 'info');
    expect(serious.map((f: { rule: string }) => f.rule).sort()).toEqual([
      'name-variant',
      'sum-mismatch',
    ]);
    const sum = serious.find((f: { rule: string }) => f.rule === 'sum-mismatch');
    expect(sum.message).toBe('11 + 22 = 33, but the stated total is 35 (2 unaccounted for)');
    const exactOf = (id: string) => result.claims.find((c: { id: string }) => c.id === id).exact;
    expect(sum.claims.map(exactOf)).toEqual(['35 MOUs', '11', '22 MOUs']);
  });

  it('writes DIR/<name>.json for each file, reports a bad file on one line and exits 2', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ledger-extract-'));
    const out = path.join(dir, 'out');
    const other = path.join(dir, 'budget.txt');
    const binary = path.join(dir, 'photo.jpg');
    const latin1 = path.join(dir, 'latin1.txt');
    await writeFile(other, 'The council will spend £30,000 on 12 new benches.\r\n');
    await writeFile(binary, Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]));
    await writeFile(latin1, Buffer.from('co\xfbt: 5 euros', 'latin1'));
    const res = await runCli(
      [
        'extract',
        binary,
        seed,
        path.join(dir, 'missing.txt'),
        latin1,
        other,
        '--json',
        '--out',
        out,
      ],
      env,
    );
    expect(res.code).toBe(2);
    const errors = res.stderr.trim().split('\n');
    expect(errors).toEqual([
      expect.stringMatching(/photo\.jpg: is binary/),
      expect.stringMatching(/missing\.txt: no such file/),
      expect.stringMatching(/latin1\.txt: is not valid UTF-8/),
    ]);
    expect((await readdir(out)).sort()).toEqual(['budget.json', 'kazakhstan-mous.json']);
    const budget = JSON.parse(await readFile(path.join(out, 'budget.json'), 'utf8'));
    expect(budget.claims.map((c: { exact: string }) => c.exact)).toEqual([
      '£30,000',
      '12 new benches',
    ]);
    expect(budget.document.length).toBe(
      Array.from('The council will spend £30,000 on 12 new benches.\n').length,
    );
  });

  it('stops quietly when its standard output is closed early (`ledger extract ... | head -1`)', async () => {
    const res = await runCliWithClosedStdout(['extract', seed, seed, '--json'], env);
    expect(res.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(res.code).toBe(0);
  });
});
