import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  EXPORT_FORMATS,
  exportEncoder,
  storedEventsEncoder,
  type StoredExportEvent,
} from './export-format.js';
import type { ExportedEvent } from './export-record.js';
import { GENESIS_HASH, sealEvent, type HashedEvent } from './ledger-hash.js';
import { sampleChain } from './testing/sample-chain.js';

/** The sample chain with integer keys and a claim's words added, as objects and as stored. */
function chain(length: number): { events: ExportedEvent[]; stored: StoredExportEvent[] } {
  const events: ExportedEvent[] = [];
  const stored: StoredExportEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (const [index, event] of sampleChain(length).entries()) {
    const data = index % 5 === 4 ? JSON.parse('{"10":"a","9":{"2":1}}') : event.data;
    const { canonical, hash } = sealEvent({ ...event, data, prevHash });
    const claimText = index % 3 === 0 ? null : `"${index}" = 5%`;
    // As LedgerExportService.events reads them from the database.
    events.push({ ...(JSON.parse(canonical) as HashedEvent), hash, claimText });
    stored.push({ canonical, hash, claimText });
    prevHash = hash;
  }
  return { events, stored };
}

async function chunks(encoder: NodeJS.ReadWriteStream, items: readonly object[]) {
  const written: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written.push(chunk.toString('utf8'));
      done();
    },
  });
  await pipeline(Readable.from(items), encoder, sink);
  return written;
}

describe('storedEventsEncoder', () => {
  it.each(EXPORT_FORMATS)(
    '%s: writes what exportEncoder writes for the same events',
    async (format) => {
      for (const length of [0, 1, 2, 40]) {
        const { events, stored } = chain(length);
        for (const bom of [false, true]) {
          const expected = (await chunks(exportEncoder(format, { bom }), events)).join('');
          const text = (await chunks(storedEventsEncoder(format, { bom }), stored)).join('');
          expect(text).toBe(expected);
        }
      }
    },
  );

  it.each(EXPORT_FORMATS)('%s: passes text on in pieces of many events', async (format) => {
    const { stored } = chain(2000);
    const written = await chunks(storedEventsEncoder(format), stored);
    expect(written.length).toBeGreaterThan(1);
    expect(written.length).toBeLessThan(stored.length / 50);
  });

  it.each(EXPORT_FORMATS)('%s: pushes back when the reader is slow', (format) => {
    const encoder = storedEventsEncoder(format);
    const { stored } = chain(2000);
    let accepted = 0;
    while (accepted < stored.length && encoder.write(stored[accepted])) accepted++;
    expect(accepted).toBeLessThan(stored.length);
    encoder.destroy();
  });
});
