/**
 * export: events/s of GET /v1/ledger/export (NDJSON) over a workspace of N
 * chained events, and the growth of the server's resident memory while it
 * streams, against `COPY (SELECT …) TO STDOUT` of the same rows (pg-copy-streams).
 * The export is kept in a file for the verify benchmark.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { sealEvent } from '../chain/ledger-hash.js';
import type { BenchContext } from './bench-context.js';
import { startApi } from './bench-services.js';
import { atLeast, atMost, resultOf, type BenchResult } from './bench-result.js';
import type { BenchWorkspace } from './bench-workspaces.js';
import { insertRows } from './workspace-rows.js';

const SEED_BATCH = 5_000;
const EVENT_COLUMNS = [
  'workspace_id',
  'seq',
  'at',
  'actor_id',
  'actor_role',
  'action',
  'subject_type',
  'subject_id',
  'data',
  'prev_hash',
  'hash',
  'canonical',
];

/** `count` comment events appended to the workspace's chain, hashed as the service hashes them. */
async function seedEvents(url: string, workspace: BenchWorkspace, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ seq: string; hash: string }>(
      'SELECT seq, hash FROM ledger_events WHERE workspace_id = $1 ORDER BY seq DESC LIMIT 1',
      [workspace.id],
    );
    let seq = Number(rows[0].seq);
    let prevHash = rows[0].hash;
    const last = seq + count;
    while (seq < last) {
      const batch: string[][] = [];
      for (let i = 0; i < SEED_BATCH && seq < last; i++) {
        seq++;
        const event = sealEvent({
          workspaceId: workspace.id,
          seq,
          at: new Date(Date.UTC(2026, 0, 1) + seq * 1000).toISOString(),
          actor: { id: workspace.userId, role: 'editor' },
          action: 'comment.added',
          subject: { type: 'claim', id: randomUUID() },
          data: {
            body: `Bench comment number ${seq}, long enough to look like a real note from an editor.`,
          },
          prevHash,
        });
        prevHash = event.hash;
        batch.push([
          workspace.id,
          String(seq),
          event.at,
          workspace.userId,
          'editor',
          event.action,
          'claim',
          event.subject.id,
          JSON.stringify(event.data),
          event.prevHash,
          event.hash,
          event.canonical,
        ]);
      }
      await insertRows(client, 'ledger_events', EVENT_COLUMNS, batch);
    }
    // As autovacuum leaves a long history: otherwise the first reader of the new rows,
    // the export, would pay for setting their hint bits and COPY after it would not.
    await client.query('VACUUM ANALYZE ledger_events');
  } finally {
    await client.end();
  }
}

/** Counts the bytes and lines that pass. */
function counter(): Transform & { bytes: number; lines: number } {
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      stream.bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) stream.lines++;
      done(null, chunk);
    },
  }) as Transform & { bytes: number; lines: number };
  stream.bytes = 0;
  stream.lines = 0;
  return stream;
}

async function copyBaseline(
  url: string,
  workspaceId: string,
): Promise<{ seconds: number; lines: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    const count = counter();
    const copy = client.query(
      copyTo(
        `COPY (SELECT canonical, hash FROM ledger_events WHERE workspace_id = ${client.escapeLiteral(workspaceId)} ORDER BY seq) TO STDOUT`,
      ),
    );
    await pipeline(copy, count, async (source: AsyncIterable<Buffer>) => {
      for await (const _chunk of source); // read to the end
    });
    return { seconds: (performance.now() - started) / 1000, lines: count.lines };
  } finally {
    await client.end();
  }
}

export async function exportBench(context: BenchContext): Promise<BenchResult> {
  const { exportEvents } = context.sizes;
  const services = await context.services();
  const workspace = await context.newWorkspace('export');
  const seeding = performance.now();
  await seedEvents(services.databases.ownerUrl, workspace, exportEvents);
  context.log(
    `export: seeded ${exportEvents} events in ${((performance.now() - seeding) / 1000).toFixed(0)} s`,
  );

  // A server of its own: its memory is the export's, not what earlier benchmarks left.
  const api = await startApi(services.databases, services.scratchDir, context.cleanup);
  const file = path.join(services.scratchDir, 'export.ndjson');
  // One small request first: the server's first request (its key check, Prisma warming
  // up) costs time and memory that belong to no export.
  const warmUp = await fetch(`${api.url}/v1/ledger/head`, {
    headers: { authorization: `Bearer ${workspace.apiKey}` },
  });
  if (!warmUp.ok) throw new Error(`the ledger head answered ${warmUp.status}`);
  await warmUp.arrayBuffer();
  const idleMb = api.rssMb();
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(api.rssMb()), 100);
  const started = performance.now();
  const response = await fetch(`${api.url}/v1/ledger/export?format=ndjson`, {
    headers: { authorization: `Bearer ${workspace.apiKey}` },
  });
  if (!response.ok || !response.body) throw new Error(`export answered ${response.status}`);
  const count = counter();
  await pipeline(
    response.body as unknown as AsyncIterable<Uint8Array>,
    count,
    createWriteStream(file),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await api.stop();
  const peakMb = Math.max(idleMb, ...samples);
  const rate = count.lines / seconds;
  context.exportFile = { path: file, events: count.lines, bytes: count.bytes };

  const copy = await copyBaseline(services.databases.ownerUrl, workspace.id);
  const baseline = copy.lines / copy.seconds;
  const growthMb = peakMb - idleMb;
  context.log(
    `export: ${count.lines} events in ${seconds.toFixed(1)} s (${rate.toFixed(0)}/s), RSS ` +
      `${idleMb.toFixed(0)} → peak ${peakMb.toFixed(0)} MB; COPY ${baseline.toFixed(0)} events/s`,
  );
  return resultOf(
    { name: 'export', value: rate, unit: 'events/s', baseline },
    [atLeast('ratio', rate / baseline, 0.5), atMost('RSS growth MB', Math.round(growthMb), 100)],
    {
      events: count.lines,
      bytes: count.bytes,
      seconds,
      baselineSeconds: copy.seconds,
      rssIdleMb: idleMb,
      rssPeakMb: peakMb,
      rssGrowthMb: growthMb,
      rssQuartilesMb: [0.25, 0.5, 0.75, 1].map(
        (q) => samples[Math.floor((samples.length - 1) * q)],
      ),
    },
  );
}
