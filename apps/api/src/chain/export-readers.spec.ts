import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { LineSplitter, readNdjsonEvents } from './export-readers.js';
import { sampleChain } from './testing/sample-chain.js';
import { chunked, collect, encodeEvents } from './testing/streams.js';
import { ndjsonEncoder } from './export-format.js';

function splitInChunks(chunks: string[]): string[] {
  const splitter = new LineSplitter();
  return [...chunks.flatMap((chunk) => splitter.push(chunk)), ...splitter.end()];
}

async function readlineLines(text: string): Promise<string[]> {
  const lines = createInterface({ input: Readable.from([text]), crlfDelay: Infinity });
  return collect(lines);
}

/** The text cut at the given offsets. */
function cut(text: string, offsets: number[]): string[] {
  const ends = [...new Set(offsets.map((offset) => offset % (text.length + 1)))].sort(
    (a, b) => a - b,
  );
  const chunks: string[] = [];
  let start = 0;
  for (const end of [...ends, text.length]) {
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

describe('LineSplitter', () => {
  it('ends lines at LF, CRLF and a lone CR, as readline does', () => {
    expect(splitInChunks(['a\nb\r\nc\rd'])).toEqual(['a', 'b', 'c', 'd']);
    expect(splitInChunks(['a\n', '\n', 'b\n'])).toEqual(['a', '', 'b']);
    expect(splitInChunks(['', 'a'])).toEqual(['a']);
    expect(splitInChunks([])).toEqual([]);
  });

  it('keeps a CRLF cut between two chunks one line end', () => {
    expect(splitInChunks(['a\r', '\nb'])).toEqual(['a', 'b']);
    expect(splitInChunks(['a\r', 'b'])).toEqual(['a', 'b']);
    expect(splitInChunks(['a\r', '\r', '\nb\r'])).toEqual(['a', '', 'b']);
    expect(splitInChunks(['a\r'])).toEqual(['a']);
  });

  it('gives the lines readline gives, however the text is cut', async () => {
    const text = fc.stringMatching(/^[ab\r\n]{0,30}$/);
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat()), async (value, offsets) => {
        expect(splitInChunks(cut(value, offsets))).toEqual(await readlineLines(value));
      }),
    );
  });
});

describe('readNdjsonEvents', () => {
  it('reads lines ended by CRLF, split anywhere, and names lines by number', async () => {
    const events = sampleChain();
    const text = (await encodeEvents(ndjsonEncoder(), events)).replace(/\n/g, '\r\n');
    expect(await collect(readNdjsonEvents(chunked(`\r\n${text}`, 7)))).toEqual(events);
    await expect(collect(readNdjsonEvents(chunked(`${text}\r\n{"seq":1}`, 7)))).rejects.toThrow(
      `line ${events.length + 2}: actor must be a JSON object`,
    );
  });
});
