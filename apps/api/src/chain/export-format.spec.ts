import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import {
  AUDIT_COLUMNS,
  CSV_COLUMNS,
  csvEncoder,
  detectExportFormat,
  escapeCsvCell,
  ExportFormatError,
  jsonArrayEncoder,
  ndjsonEncoder,
  readCsvEvents,
  readExportEvents,
  readJsonArrayEvents,
  readNdjsonEvents,
  unescapeCsvCell,
  exportEncoder,
  EXPORT_FORMATS,
} from './export-format.js';
import { splitJsonArray } from './json-array-reader.js';
import { verifyChain } from './ledger-hash.js';
import { sampleChain } from './testing/sample-chain.js';
import { chunked, collect, encodeEvents as encode } from './testing/streams.js';

async function failure(items: AsyncIterable<unknown>): Promise<ExportFormatError> {
  try {
    await collect(items);
  } catch (error) {
    if (error instanceof ExportFormatError) return error;
    throw error;
  }
  throw new Error('expected an ExportFormatError');
}

const FORMULA_STARTS = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const events = sampleChain();

describe('NDJSON export', () => {
  it('writes one event per line with its prevHash and hash, and nothing else', async () => {
    const withExtras = events.map((event) => ({ ...event, documentId: 'd1', canonical: 'x' }));
    const text = await encode(ndjsonEncoder(), withExtras);
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(events.length);
    const first = JSON.parse(lines[0]);
    expect(Object.keys(first)).toEqual([
      'seq',
      'at',
      'workspaceId',
      'actor',
      'action',
      'subject',
      'data',
      'prevHash',
      'hash',
    ]);
    expect(lines.map((line) => JSON.parse(line))).toEqual(events);
  });

  it('reads back into the same, verifiable chain', async () => {
    const text = await encode(ndjsonEncoder(), events);
    const read = await collect(readNdjsonEvents(chunked(text)));
    expect(read).toEqual(events);
    expect(verifyChain(read)).toEqual({
      ok: true,
      count: events.length,
      head: events.at(-1)?.hash,
    });
  });

  it('names the line that is not an event', async () => {
    const text = await encode(ndjsonEncoder(), events.slice(0, 3));
    const [one, two] = text.split('\n');
    expect((await failure(readNdjsonEvents([`${one}\n{not json\n`]))).message).toMatch(
      /^line 2: not JSON/,
    );
    const noSeq = JSON.stringify({ ...JSON.parse(two), seq: 'two' });
    expect((await failure(readNdjsonEvents([`${one}\r\n${noSeq}\r\n`]))).message).toBe(
      'line 2: seq must be a positive integer',
    );
    const noActor = JSON.stringify({ ...JSON.parse(two), actor: undefined });
    expect((await failure(readNdjsonEvents([noActor]))).message).toBe(
      'line 1: actor must be a JSON object',
    );
  });

  it('refuses bytes that are not UTF-8', async () => {
    const error = await failure(readNdjsonEvents([Buffer.from([0x7b, 0xff, 0xfe, 0x7d])]));
    expect(error.message).toBe('not valid UTF-8');
  });
});

describe('JSON array export', () => {
  it('writes "[", the events joined by ",", and "]"', async () => {
    const text = await encode(jsonArrayEncoder(), events);
    expect(text.startsWith('[\n{"seq":1,')).toBe(true);
    expect(text.endsWith('}\n]\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(events);
    expect(await encode(jsonArrayEncoder(), [])).toBe('[]\n');
  });

  it('reads back, in chunks of any size, into the same chain', async () => {
    const text = await encode(jsonArrayEncoder(), events);
    for (const size of [1, 3, 64, 100_000]) {
      expect(await collect(readJsonArrayEvents(chunked(text, size)))).toEqual(events);
    }
    const pretty = JSON.stringify(events, null, 2);
    expect(await collect(readJsonArrayEvents(chunked(pretty, 7)))).toEqual(events);
    expect(await collect(readJsonArrayEvents(['  [ ] \n']))).toEqual([]);
  });

  it('refuses what is not one whole JSON array of events', async () => {
    const text = await encode(jsonArrayEncoder(), events.slice(0, 2));
    expect((await failure(readJsonArrayEvents([text.slice(0, -10)]))).message).toBe(
      'the JSON array is not closed (truncated file?)',
    );
    expect((await failure(readJsonArrayEvents([`${text}[]`]))).message).toBe(
      'text after the end of the JSON array',
    );
    expect((await failure(splitJsonArray(['[1,,2]']))).message).toBe('array item 2 is empty');
    expect((await failure(splitJsonArray(['[1,]']))).message).toBe('array item 2 is empty');
    expect((await failure(splitJsonArray(['[1,"ab', 'cdef', 'gh"]'], 4))).message).toBe(
      'array item 2 is longer than 4 characters',
    );
    expect((await failure(readJsonArrayEvents(['[1]']))).message).toBe(
      'array item 1: an event must be a JSON object',
    );
    expect((await failure(readJsonArrayEvents(['{"seq":1}']))).message).toBe('not a JSON array');
    expect((await failure(readJsonArrayEvents(['[{"a":1}}]']))).message).toBe(
      'array item 1: unbalanced }',
    );
  });
});

describe('CSV export', () => {
  it('writes the header first, even without events, and ends every line with CRLF (RFC 4180)', async () => {
    const header = [...CSV_COLUMNS, ...AUDIT_COLUMNS].join(',');
    expect(await encode(csvEncoder(), [])).toBe(`${header}\r\n`);
    const text = await encode(csvEncoder(), events);
    expect(text.split('\r\n', 1)[0]).toBe(header);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  it('starts with a UTF-8 byte order mark when asked (for Excel), and reads back with it', async () => {
    const text = await encode(csvEncoder({ bom: true }), events);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.indexOf('\uFEFF', 1)).toBe(-1);
    expect(detectExportFormat(text.slice(0, 500))).toBe('csv');
    expect(await collect(readCsvEvents(chunked(text, 7)))).toEqual(events);
    expect((await encode(csvEncoder(), events)).startsWith('\uFEFF')).toBe(false);
  });

  it("gives an auditor's filters their own columns, escaped like every cell", async () => {
    const event = (action: string, data: Record<string, unknown>, claimText?: string) => ({
      ...events[0],
      action,
      data,
      claimText,
    });
    const rows: string[][] = parseCsv(
      await encode(csvEncoder(), [
        event(
          'claim.set-verdict',
          { from: 'in_review', to: 'disputed', reason: 'source-error', note: '=SUM(A1)' },
          '35 MOUs',
        ),
        event('claim.corrected', { after: { value: '36' }, status: { after: 'in_review' } }),
        event('claim.extracted', { exact: '11 MOUs', value: '11', status: 'unreviewed' }),
        event('comment.added', { commentId: 'c1', body: '+1 agreed' }, '22 MOUs'),
      ]),
    );
    const audit = rows.slice(1).map((row) => row.slice(CSV_COLUMNS.length));
    expect(rows[0].slice(CSV_COLUMNS.length)).toEqual([...AUDIT_COLUMNS]);
    expect(audit).toEqual([
      ['35 MOUs', '', 'disputed', 'source-error', "'=SUM(A1)", ''],
      ['', '36', 'in_review', '', '', ''],
      ['11 MOUs', '11', 'unreviewed', '', '', ''],
      ['22 MOUs', '', '', '', '', "'+1 agreed"],
    ]);
  });

  it('leaves the audit columns empty for an event whose data is null or not an object', async () => {
    const rows: string[][] = parseCsv(
      await encode(csvEncoder(), [
        { ...events[0], data: null },
        { ...events[0], data: ['a list'] },
        { ...events[0], data: 'text' },
      ]),
    );
    expect(rows.slice(1).map((row) => row.slice(CSV_COLUMNS.length))).toEqual(
      Array.from({ length: 3 }, () => ['', '', '', '', '', '']),
    );
  });

  it('reads an export of the chain columns alone (before the audit columns)', async () => {
    const text = await encode(csvEncoder(), events);
    const chainOnly = parseCsv(text)
      .map((row: string[]) =>
        row
          .slice(0, CSV_COLUMNS.length)
          .map((cell) => `"${cell.replace(/"/g, '""')}"`)
          .join(','),
      )
      .join('\n');
    expect(await collect(readCsvEvents([chainOnly]))).toEqual(events);
  });

  it('keeps data as canonical JSON in one column, and prevHash and hash', async () => {
    const rows = parseCsv(await encode(csvEncoder(), events));
    const column = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
    expect(rows[1][column('data')]).toBe('{"after":{"unit":"MOU","value":"35"}}');
    expect(rows[1][column('prevHash')]).toBe('0'.repeat(64));
    expect(rows.slice(1).map((row) => row[column('hash')])).toEqual(events.map((e) => e.hash));
  });

  it('escapes every cell that a spreadsheet would run as a formula', async () => {
    const rows = parseCsv(await encode(csvEncoder(), events));
    const cells = rows.slice(1).flat();
    expect(cells.filter((cell) => FORMULA_STARTS.test(cell))).toEqual([]);
    expect(cells).toContain("'=cmd|calc");
    expect(cells).toContain("'-42.5");
    expect(cells).toContain("'-claim-2");
    expect(cells).toContain("''5");
  });

  it('tells a system actor (null id) from an empty string', async () => {
    const rows = parseCsv(await encode(csvEncoder(), events.slice(0, 3)));
    expect(rows[1][CSV_COLUMNS.indexOf('actorId')]).toBe('');
    expect(rows[3][CSV_COLUMNS.indexOf('subjectId')]).toBe("'");
  });

  it('reads back, in small chunks, into the same chain', async () => {
    const text = await encode(csvEncoder(), events);
    const read = await collect(readCsvEvents(chunked(text, 4)));
    expect(read).toEqual(events);
    expect(verifyChain(read).ok).toBe(true);
  });

  it('refuses a CSV that is not an export, naming the row', async () => {
    const text = await encode(csvEncoder(), events.slice(0, 2));
    const [header, row] = text.split('\r\n');
    expect((await failure(readCsvEvents(['"a","b"\n1,2\n']))).message).toBe(
      'the CSV header is not the export header',
    );
    expect((await failure(readCsvEvents([`${header}\n${row},"extra"\n`]))).message).toMatch(
      /^CSV: Invalid Record Length/,
    );
    const badData = row.replace('{""after""', 'oops{""after""');
    expect((await failure(readCsvEvents([`${header}\n${badData}\n`]))).message).toMatch(
      /^CSV row 1 \(line 2\): data: not JSON/,
    );
    const noData = row.replace(/,"\{.*\}",/, ',,');
    expect((await failure(readCsvEvents([`${header}\n${noData}\n`]))).message).toBe(
      'CSV row 1 (line 2): data is missing',
    );
    expect((await failure(readCsvEvents(['']))).message).toBe('empty input, not a CSV export');
    expect(await collect(readCsvEvents([`${header}\n`]))).toEqual([]);
  });
});

describe('CSV cell escaping', () => {
  it.each(['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '＝1', "'quoted", ''])(
    'escapes %j',
    (cell) => {
      expect(escapeCsvCell(cell)).toBe(`'${cell}`);
      expect(unescapeCsvCell(escapeCsvCell(cell))).toBe(cell);
    },
  );

  it('leaves other cells alone, and writes null as an empty cell', () => {
    for (const cell of ['claim', '35 MOUs', '{"a":1}', ' =not first']) {
      expect(escapeCsvCell(cell)).toBe(cell);
    }
    expect(escapeCsvCell(null)).toBe('');
    expect(unescapeCsvCell('')).toBeNull();
  });

  it('is exactly reversible and never leaves a formula start', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ unit: 'grapheme-composite' })), (value) => {
        const escaped = escapeCsvCell(value);
        expect(FORMULA_STARTS.test(escaped)).toBe(false);
        expect(unescapeCsvCell(escaped)).toBe(value);
      }),
    );
  });
});

describe('every format', () => {
  it.each(EXPORT_FORMATS)('%s: detected from its first bytes and read back', async (format) => {
    const text = await encode(exportEncoder(format), events);
    expect(detectExportFormat(text.slice(0, 200))).toBe(format);
    expect(detectExportFormat(`\uFEFF${text.slice(0, 200)}`)).toBe(format);
    expect(await collect(readExportEvents(format, chunked(text, 9)))).toEqual(events);
  });

  it.each(EXPORT_FORMATS)('%s: passes on an error of the source', async (format) => {
    const text = await encode(exportEncoder(format), events);
    async function* failingSource() {
      yield Buffer.from(text.slice(0, 300));
      await Promise.resolve();
      throw new Error('disk gone');
    }
    await expect(collect(readExportEvents(format, failingSource()))).rejects.toThrow('disk gone');
  });

  it.each(EXPORT_FORMATS)('%s: stops reading when the consumer stops', async (format) => {
    const text = await encode(exportEncoder(format), sampleChain(200));
    const source = Readable.from(chunked(text, 256));
    for await (const event of readExportEvents(format, source)) {
      expect(event.seq).toBe(1);
      break;
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(source.destroyed).toBe(true);
  });

  it('detects nothing in what is not an export', () => {
    for (const head of ['', 'hello world', 'seq,at\n1,2', '\u0000\u0001binary']) {
      expect(detectExportFormat(head)).toBeNull();
    }
  });

  it.each(EXPORT_FORMATS)('%s: pushes back when the reader is slow', (format) => {
    const encoder = exportEncoder(format);
    const many = sampleChain(400);
    let accepted = 0;
    while (accepted < many.length && encoder.write(many[accepted])) accepted++;
    expect(accepted).toBeLessThan(many.length);
    encoder.destroy();
  });
});
