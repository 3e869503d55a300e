// `ledger extract --stdin --jsonl`, the batch mode pipelines use, run as the built command.
import { runCli, runCliWithClosedStdout } from './support/cli.js';

interface ExtractionLine {
  id?: unknown;
  line?: number;
  error?: string;
  claims?: Array<{ exact: string }>;
  flags?: Array<{ rule: string }>;
}

const parse = (stdout: string): ExtractionLine[] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ExtractionLine);

describe('ledger extract --stdin --jsonl', () => {
  it('answers every input line with its extraction, in order, and an unreadable line with an error', async () => {
    const input = [
      JSON.stringify({ id: 7, text: 'Of the 35 MOUs, 11 were signed and 22 later.' }),
      'not json',
      JSON.stringify('Sales rose 5% to £4.2bn.'),
    ].join('\n');
    const result = await runCli(['extract', '--stdin', '--jsonl'], process.env, input);
    const lines = parse(result.stdout);
    expect(result.code).toBe(2);
    expect(lines).toHaveLength(3);
    expect(lines[0].id).toBe(7);
    expect(lines[0].flags?.map((flag) => flag.rule)).toEqual(['sum-mismatch']);
    expect(lines[1]).toEqual({
      line: 2,
      error: 'not JSON: give a JSON string or {"text": "…"}',
    });
    expect(lines[2].claims?.map((claim) => claim.exact)).toEqual(['5%', '£4.2bn']);
  });

  it('exits 0 when every line was read', async () => {
    const result = await runCli(
      ['extract', '--stdin', '--jsonl'],
      process.env,
      JSON.stringify('12 jobs went.'),
    );
    expect(result.code).toBe(0);
    expect(parse(result.stdout)).toHaveLength(1);
  });

  it('refuses --stdin without --jsonl, and no files at all, with a usage message', async () => {
    const stdinOnly = await runCli(['extract', '--stdin'], process.env);
    expect(stdinOnly.code).toBe(2);
    expect(stdinOnly.stderr).toContain('use --stdin --jsonl');
    const nothing = await runCli(['extract'], process.env);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('give one or more files, or --stdin --jsonl');
  });

  it('stops quietly, with exit code 0, when its standard output is closed early', async () => {
    const input = ['12 jobs went.', 'Sales rose 5%.', '35 MOUs'].map((text) =>
      JSON.stringify(text),
    );
    const result = await runCliWithClosedStdout(
      ['extract', '--stdin', '--jsonl'],
      process.env,
      input.join('\n'),
    );
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(result.code).toBe(0);
  });
});
