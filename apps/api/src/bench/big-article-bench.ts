/**
 * big article: seconds to ingest one article of about 200 KB with about 5,000
 * claims (each run a different one, in a workspace of its own), against
 * writing the same rows with plain `pg` in one transaction.
 */
import { bigArticle, corpusParagraphs } from './articles.js';
import type { BenchContext } from './bench-context.js';
import { atLeast, atMost, resultOf, type BenchResult } from './bench-result.js';
import { median, postArticles } from './http-load.js';
import { readServiceRows, writeSameRows } from './same-rows-baseline.js';

export async function bigArticleBench(context: BenchContext): Promise<BenchResult> {
  const { bigArticleKb, bigArticleClaims, bigArticleRuns } = context.sizes;
  const services = await context.services();
  const runs: Array<{
    seconds: number;
    baselineSeconds: number;
    bytes: number;
    claims: number;
    rows: number;
    baselineMsByTable: Record<string, number>;
  }> = [];
  const paragraphs = corpusParagraphs();
  for (let run = 1; run <= bigArticleRuns; run++) {
    const article = bigArticle(paragraphs, bigArticleKb * 1024, bigArticleClaims, run);
    const workspace = await context.newWorkspace('big-article');
    const posted = await postArticles(services.api.url, workspace.apiKey, [article], 1);
    if (posted.created !== 1)
      throw new Error(`the big article was refused: ${JSON.stringify(posted.failures)}`);
    const rows = await readServiceRows(services, workspace.id);
    const floor = await writeSameRows(services, rows, 1);
    runs.push({
      seconds: posted.seconds,
      baselineSeconds: floor.seconds,
      bytes: Buffer.byteLength(article.text),
      claims: floor.claims,
      rows: floor.rows,
      baselineMsByTable: floor.msByTable,
    });
    context.log(
      `big article: ${(Buffer.byteLength(article.text) / 1024).toFixed(0)} KB, ${floor.claims} claims, ` +
        `${posted.seconds.toFixed(2)} s (the same rows with plain pg: ${floor.seconds.toFixed(2)} s)`,
    );
  }
  const seconds = median(runs.map((r) => r.seconds));
  const baseline = median(runs.map((r) => r.baselineSeconds));
  return resultOf(
    { name: 'big-article', value: seconds, unit: 's', baseline, ratio: baseline / seconds },
    [atMost('seconds', seconds, 2), atLeast('ratio (baseline s / s)', baseline / seconds, 0.3)],
    { runs },
  );
}
