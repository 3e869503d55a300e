/**
 * isolation: p99 latency of reads in workspace B while workspace A takes
 * articles from concurrent writers, against the same reads with A idle.
 */
import type { BenchContext } from './bench-context.js';
import { atMost, resultOf, type BenchResult } from './bench-result.js';
import { postArticles } from './http-load.js';
import { readClaims } from './read-bench.js';

export async function isolationBench(context: BenchContext): Promise<BenchResult> {
  const { isolationWriters, isolationConnections, isolationSeconds } = context.sizes;
  const { api } = await context.services();
  const readers = await context.documentsWorkspace();
  const writers = await context.newWorkspace('isolation-writers');
  await readClaims(api.url, readers, isolationConnections, Math.min(2, isolationSeconds));

  const idle = await readClaims(api.url, readers, isolationConnections, isolationSeconds);
  let reading = true;
  const writing = postArticles(
    api.url,
    writers.apiKey,
    context.articles(Math.ceil(isolationSeconds * 80)),
    isolationWriters,
    () => !reading,
  );
  const busy = await readClaims(api.url, readers, isolationConnections, isolationSeconds);
  reading = false;
  const written = await writing;
  const ratio = busy.p99Ms / idle.p99Ms;
  context.log(
    `isolation: p99 ${idle.p99Ms} ms with A idle, ${busy.p99Ms} ms while A took ` +
      `${written.created} articles (${(written.created / written.seconds).toFixed(1)}/s)`,
  );
  return resultOf(
    { name: 'isolation', value: busy.p99Ms, unit: 'ms p99', baseline: idle.p99Ms, ratio },
    [atMost('p99 busy / p99 idle', ratio, 2)],
    {
      readConnections: isolationConnections,
      writers: isolationWriters,
      seconds: isolationSeconds,
      idleRequestsPerSecond: idle.requestsPerSecond,
      busyRequestsPerSecond: busy.requestsPerSecond,
      idleP50Ms: idle.p50Ms,
      busyP50Ms: busy.p50Ms,
      articlesWrittenMeanwhile: written.created,
      writerBusyRetries: written.busyRetries,
      readErrors: busy.errors + busy.non2xx,
    },
  );
}
