/**
 * read: requests/s and p99 latency of GET /v1/claims?documentId=…&limit=50 at
 * 64 connections (autocannon), against a bare Fastify route running the same
 * SQL through `pg` (baseline-server.ts), over the documents of one workspace.
 */
import type { BenchContext, DocumentsWorkspace } from './bench-context.js';
import { atLeast, atMost, resultOf, type BenchResult } from './bench-result.js';
import { readLoad, type ReadRun } from './http-load.js';

/** The claims pages of up to 500 of the workspace's documents, asked for in turn. */
export function claimPagePaths(documents: DocumentsWorkspace): string[] {
  return documents.documentIds.slice(0, 500).map((id) => `/v1/claims?documentId=${id}&limit=50`);
}

export async function readClaims(
  url: string,
  documents: DocumentsWorkspace,
  connections: number,
  seconds: number,
): Promise<ReadRun> {
  return readLoad({
    url,
    apiKey: documents.workspace.apiKey,
    paths: claimPagePaths(documents),
    connections,
    seconds,
  });
}

function assertAnswered(run: ReadRun, what: string): void {
  if (run.errors > 0 || run.non2xx > 0)
    throw new Error(`${what}: ${run.errors} errors and ${run.non2xx} answers other than 2xx`);
}

/** Several shorter runs of the two servers in turn: load from elsewhere on the machine falls on both. */
const ROUNDS = 3;

function combined(runs: ReadRun[]): ReadRun {
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  return {
    seconds,
    requestsPerSecond: requests / seconds,
    // The worst round's percentiles: a bound, not an average of tails.
    p50Ms: Math.max(...runs.map((run) => run.p50Ms)),
    p99Ms: Math.max(...runs.map((run) => run.p99Ms)),
    requests,
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
  };
}

export async function readBench(context: BenchContext): Promise<BenchResult> {
  const { readConnections, readSeconds } = context.sizes;
  const { api } = await context.services();
  const baselineServer = await context.baselineServer();
  const documents = await context.documentsWorkspace();
  const warmUpSeconds = Math.min(3, readSeconds);
  await readClaims(api.url, documents, readConnections, warmUpSeconds);
  await readClaims(baselineServer.url, documents, readConnections, warmUpSeconds);
  const serviceRuns: ReadRun[] = [];
  const baselineRuns: ReadRun[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const seconds = Math.max(1, Math.round(readSeconds / ROUNDS));
    serviceRuns.push(await readClaims(api.url, documents, readConnections, seconds));
    baselineRuns.push(await readClaims(baselineServer.url, documents, readConnections, seconds));
  }
  const service = combined(serviceRuns);
  const baseline = combined(baselineRuns);
  assertAnswered(service, 'read');
  assertAnswered(baseline, 'read baseline');
  context.log(
    `read: ${service.requestsPerSecond.toFixed(0)} req/s, p99 ${service.p99Ms} ms; ` +
      `bare Fastify + pg: ${baseline.requestsPerSecond.toFixed(0)} req/s, p99 ${baseline.p99Ms} ms`,
  );
  return resultOf(
    {
      name: 'read',
      value: service.requestsPerSecond,
      unit: 'req/s',
      baseline: baseline.requestsPerSecond,
    },
    [
      atLeast('ratio', service.requestsPerSecond / baseline.requestsPerSecond, 0.6),
      atMost('p99 ms', service.p99Ms, 50),
    ],
    {
      connections: readConnections,
      seconds: readSeconds,
      documents: documents.documentIds.length,
      p99Ms: service.p99Ms,
      p50Ms: service.p50Ms,
      baselineP99Ms: baseline.p99Ms,
      baselineP50Ms: baseline.p50Ms,
    },
  );
}
