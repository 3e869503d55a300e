import { readFile } from 'node:fs/promises';

export class UnreadableFileError extends Error {}

/** A UTF-8 text file; binary content or invalid UTF-8 is refused with a one-line reason. */
export async function readTextFile(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnreadableFileError(
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : `cannot be read (${code ?? 'unknown error'})`,
    );
  }
  if (bytes.includes(0)) throw new UnreadableFileError('is binary, not text');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UnreadableFileError('is not valid UTF-8');
  }
}
