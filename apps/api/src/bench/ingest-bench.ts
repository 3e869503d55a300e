/**
 * ingest: articles/s through POST /v1/documents (extraction, checks and events
 * included) from concurrent clients, against writing the same rows with plain
 * `pg` (same-rows-baseline.ts). Its workspace is then read by the read benchmarks.
 */
import { documentIdsOf, type BenchContext } from './bench-context.js';
import { atLeast, resultOf, type BenchResult } from './bench-result.js';
import { percentile, postArticles } from './http-load.js';
import { readServiceRows, writeSameRows } from './same-rows-baseline.js';

/** A few articles first, elsewhere: the API's code is compiled and its pools are open when the clock starts. */
export async function warmUp(context: BenchContext, articles = 32): Promise<void> {
  const { api } = await context.services();
  const workspace = await context.newWorkspace('warm-up');
  await postArticles(
    api.url,
    workspace.apiKey,
    context.articles(articles),
    context.sizes.ingestClients,
  );
}

export async function ingestBench(context: BenchContext): Promise<BenchResult> {
  const { ingestArticles, ingestClients, ingestMaxSeconds } = context.sizes;
  const services = await context.services();
  await warmUp(context);
  const workspace = await context.newWorkspace('ingest');
  const articles = context.articles(ingestArticles);
  const bytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0);
  context.log(`ingest: ${articles.length} articles from ${ingestClients} clients`);
  const started = performance.now();
  const run = await postArticles(
    services.api.url,
    workspace.apiKey,
    articles,
    ingestClients,
    () => performance.now() - started > ingestMaxSeconds * 1000,
  );
  const rate = run.created / run.seconds;
  context.log(
    `ingest: ${run.created} articles in ${run.seconds.toFixed(1)} s: ${rate.toFixed(1)} articles/s`,
  );

  const rows = await readServiceRows(services, workspace.id);
  const floor = await writeSameRows(services, rows, ingestClients);
  const baseline = floor.ingests / floor.seconds;
  context.log(`ingest: the same rows with plain pg: ${baseline.toFixed(1)} articles/s`);
  context.documents = {
    workspace,
    documentIds: await documentIdsOf(services.api.url, workspace.apiKey),
  };
  return resultOf(
    { name: 'ingest', value: rate, unit: 'articles/s', baseline },
    [atLeast('ratio', rate / baseline, 0.3)],
    {
      articles: run.created,
      articlesAsked: ingestArticles,
      stoppedAtMaxSeconds: run.created < ingestArticles,
      failures: run.failures,
      clients: ingestClients,
      averageArticleBytes: Math.round(bytes / articles.length),
      claimsPerArticle: floor.claims / floor.ingests,
      rowsPerArticle: floor.rows / floor.ingests,
      seconds: run.seconds,
      baselineSeconds: floor.seconds,
      busyRetries: run.busyRetries,
      latencyP50Ms: percentile(run.latenciesMs, 0.5),
      latencyP99Ms: percentile(run.latenciesMs, 0.99),
      // Later articles against earlier ones: the rate of the last tenth shows a slowdown.
      lastTenthLatencyP50Ms: percentile(
        run.latenciesMs.slice(-Math.ceil(run.latenciesMs.length / 10)),
        0.5,
      ),
    },
  );
}
