import { ExportFormatError } from './export-record.js';

/** An item larger than this is refused rather than buffered: no event is that big. */
export const MAX_JSON_ITEM_LENGTH = 64 * 1024 * 1024;

/**
 * Splits a top-level JSON array, read in chunks, into the JSON text of its items.
 * Only the item being read is held in memory, so a multi-gigabyte export streams
 * through. It tracks strings and nesting to find the commas between items; the
 * items themselves are left for JSON.parse to check.
 */
export async function* splitJsonArray(
  chunks: AsyncIterable<string> | Iterable<string>,
  maxItemLength = MAX_JSON_ITEM_LENGTH,
): AsyncGenerator<string> {
  let state: 'before-array' | 'in-array' | 'after-array' = 'before-array';
  let pending = ''; // text of the current item from earlier chunks
  let depth = 0; // nesting of objects and arrays inside the current item
  let inString = false;
  let escaped = false;
  let items = 0;

  for await (const chunk of chunks) {
    let itemStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const char = chunk[i];
      if (state === 'before-array' || state === 'after-array') {
        if (isJsonWhitespace(char)) continue;
        if (state === 'after-array')
          throw new ExportFormatError('text after the end of the JSON array');
        if (char !== '[') throw new ExportFormatError('not a JSON array');
        state = 'in-array';
        itemStart = i + 1;
      } else if (inString) {
        if (escaped) escaped = false;
        else if (char === '\\') escaped = true;
        else if (char === '"') inString = false;
      } else if (char === '"') {
        inString = true;
      } else if (char === '{' || char === '[') {
        depth++;
      } else if (depth > 0) {
        if (char === '}' || char === ']') depth--;
      } else if (char === ',' || char === ']') {
        const item = (pending + chunk.slice(itemStart, i)).trim();
        pending = '';
        itemStart = i + 1;
        if (char === ']' && item === '' && items === 0) {
          state = 'after-array';
          continue;
        }
        if (item === '') throw new ExportFormatError(`array item ${items + 1} is empty`);
        items++;
        yield item;
        if (char === ']') state = 'after-array';
      } else if (char === '}') {
        throw new ExportFormatError(`array item ${items + 1}: unbalanced }`);
      }
    }
    if (state === 'in-array') {
      pending += chunk.slice(itemStart);
      if (pending.length > maxItemLength) {
        throw new ExportFormatError(
          `array item ${items + 1} is longer than ${maxItemLength} characters`,
        );
      }
    }
  }
  if (state === 'before-array') throw new ExportFormatError('empty input, not a JSON array');
  if (state === 'in-array')
    throw new ExportFormatError('the JSON array is not closed (truncated file?)');
}

function isJsonWhitespace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\r' || char === '\t';
}
