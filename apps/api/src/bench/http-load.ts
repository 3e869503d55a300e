/** The load the benchmarks put on a server: writers that POST articles, readers through autocannon. */
import autocannon from 'autocannon';
import type { BenchArticle } from './articles.js';

export interface PostRun {
  seconds: number;
  created: number;
  /** Answers 503 (the workspace was busy past WRITE_WAIT_MS): sent again after Retry-After. */
  busyRetries: number;
  /** Other answers than 201, by status: the article is not sent again. */
  failures: Record<string, number>;
  /** Milliseconds each article took, its retries included, in the order they finished. */
  latenciesMs: number[];
}

/**
 * `clients` writers, each POSTing the next article of the list as soon as its
 * last one is answered, until the list is done or `until()` says stop (articles
 * under way are still answered).
 */
export async function postArticles(
  apiUrl: string,
  apiKey: string,
  articles: BenchArticle[],
  clients: number,
  until: () => boolean = () => false,
): Promise<PostRun> {
  let next = 0;
  const run: PostRun = { seconds: 0, created: 0, busyRetries: 0, failures: {}, latenciesMs: [] };
  const started = performance.now();
  const writer = async () => {
    while (next < articles.length && !until()) {
      const article = articles[next++];
      const sent = performance.now();
      for (;;) {
        const response = await fetch(`${apiUrl}/v1/documents`, {
          method: 'POST',
          headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
          body: JSON.stringify(article),
        });
        await response.arrayBuffer();
        if (response.status === 503 && !until()) {
          run.busyRetries++;
          const wait = Number(response.headers.get('retry-after') ?? 1);
          await new Promise((resolve) => setTimeout(resolve, wait * 1000));
          continue;
        }
        if (response.status === 201) {
          run.created++;
          run.latenciesMs.push(performance.now() - sent);
        } else {
          run.failures[response.status] = (run.failures[response.status] ?? 0) + 1;
        }
        break;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, writer));
  run.seconds = (performance.now() - started) / 1000;
  return run;
}

export interface ReadRun {
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
}

/** GET requests over `paths` in turn, from `connections` connections for `seconds`. */
export async function readLoad(options: {
  url: string;
  apiKey?: string;
  paths: string[];
  connections: number;
  seconds: number;
}): Promise<ReadRun> {
  let turn = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {},
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({
          ...request,
          path: options.paths[turn++ % options.paths.length],
        }),
      },
    ],
  });
  return {
    seconds: result.duration,
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

export function percentile(values: number[], share: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}

export function median(values: number[]): number {
  return percentile(values, 0.5);
}
