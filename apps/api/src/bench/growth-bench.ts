/**
 * growth: the ingest and read rates of one workspace as it holds more documents
 * (1k, 10k, 50k), which should stay flat within 25%, and whether the plan of each
 * hot query (read-queries.ts) uses an index at every size. The workspace is
 * filled with copies of the rows the service wrote (growth-seed.ts).
 */
import pg from 'pg';
import type { BenchContext } from './bench-context.js';
import { atLeast, flatness, resultOf, type BenchResult, type TargetCheck } from './bench-result.js';
import type { BenchWorkspace } from './bench-workspaces.js';
import { seedCopies } from './growth-seed.js';
import { postArticles } from './http-load.js';
import { HOT_QUERIES } from './read-queries.js';
import { readClaims } from './read-bench.js';
import { readServiceRows } from './same-rows-baseline.js';

const TABLES_THAT_GROW = new Set([
  'documents',
  'document_versions',
  'claims',
  'claim_relations',
  'flags',
  'flag_claims',
  'ledger_events',
]);

export interface GrowthLevel {
  documents: number;
  ingestPerSecond: number;
  ingestFailures: Record<string, number>;
  readPerSecond: number;
  readP99Ms: number;
  seedSeconds: number;
  plans: Array<{ query: string; scans: string[]; usesIndex: boolean; replaced: boolean }>;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** Writers of the ingest sample: enough to keep the workspace's writes busy, few to wait in its queue. */
const SAMPLE_WRITERS = 4;

/** Every scan of a plan: "Index Scan claims_workspace_id_document_id_start_idx", "Seq Scan claims". */
function scansOf(node: PlanNode): string[] {
  const own = node['Node Type'].includes('Scan')
    ? [`${node['Node Type']} ${node['Index Name'] ?? node['Relation Name'] ?? ''}`.trim()]
    : [];
  return own.concat((node.Plans ?? []).flatMap(scansOf));
}

async function explainHotQueries(url: string, workspaceId: string): Promise<GrowthLevel['plans']> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const sample = await client.query<{ document_id: string; sha256: string }>(
      `SELECT document_id, sha256 FROM document_versions WHERE workspace_id = $1 ORDER BY random() LIMIT 1`,
      [workspaceId],
    );
    const { document_id: documentId, sha256 } = sample.rows[0];
    const claims = await client.query<{ id: string; quantity_key: string | null }>(
      'SELECT id, quantity_key FROM claims WHERE workspace_id = $1 AND document_id = $2',
      [workspaceId, documentId],
    );
    const at = {
      workspaceId,
      documentId,
      sha256,
      quantityKeys: [
        ...new Set(claims.rows.flatMap((c) => (c.quantity_key ? [c.quantity_key] : []))),
      ],
      claimIds: claims.rows.slice(0, 50).map((c) => c.id),
    };
    const plans: GrowthLevel['plans'] = [];
    for (const query of HOT_QUERIES) {
      const { rows } = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
        `EXPLAIN (FORMAT JSON) ${query.sql}`,
        query.values(at),
      );
      const scans = scansOf(rows[0]['QUERY PLAN'][0].Plan);
      const usesIndex = !scans.some(
        (scan) => scan.startsWith('Seq Scan') && TABLES_THAT_GROW.has(scan.slice(9)),
      );
      plans.push({ query: query.name, scans, usesIndex, replaced: query.replaced === true });
    }
    return plans;
  } finally {
    await client.end();
  }
}

async function documentsOf(url: string, workspaceId: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      'SELECT id FROM documents WHERE workspace_id = $1 ORDER BY random() LIMIT 500',
      [workspaceId],
    );
    return rows.map((row) => row.id);
  } finally {
    await client.end();
  }
}

async function documentCount(url: string, workspaceId: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM documents WHERE workspace_id = $1',
      [workspaceId],
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}

async function measureLevel(
  context: BenchContext,
  workspace: BenchWorkspace,
  documents: number,
  seedSeconds: number,
): Promise<GrowthLevel> {
  const { api, databases } = await context.services();
  const plans = await explainHotQueries(databases.ownerUrl, workspace.id);
  // Reads first, after a short warm-up: the ingest sample leaves the database vacuuming.
  const documentIds = await documentsOf(databases.ownerUrl, workspace.id);
  await readClaims(api.url, { workspace, documentIds }, context.sizes.readConnections, 1);
  const read = await readClaims(
    api.url,
    { workspace, documentIds },
    context.sizes.readConnections,
    context.sizes.growthReadSeconds,
  );
  const started = performance.now();
  const ingest = await postArticles(
    api.url,
    workspace.apiKey,
    context.articles(context.sizes.growthSampleArticles),
    SAMPLE_WRITERS,
    () => performance.now() - started > context.sizes.growthSampleSeconds * 1000,
  );
  const level = {
    documents,
    ingestPerSecond: ingest.created / ingest.seconds,
    ingestFailures: ingest.failures,
    readPerSecond: read.requestsPerSecond,
    readP99Ms: read.p99Ms,
    seedSeconds,
    plans,
  };
  context.log(
    `growth: ${documents} documents: ingest ${level.ingestPerSecond.toFixed(1)} articles/s, ` +
      `read ${level.readPerSecond.toFixed(0)} req/s (p99 ${level.readP99Ms} ms); ` +
      `without an index: ${
        plans
          .filter((p) => !p.usesIndex)
          .map((p) => p.query)
          .join(', ') || 'none'
      }`,
  );
  return level;
}

export async function growthBench(context: BenchContext): Promise<BenchResult> {
  const services = await context.services();
  const source = await readServiceRows(services, (await context.documentsWorkspace()).workspace.id);
  const workspace = await context.newWorkspace('growth');
  const levels: GrowthLevel[] = [];
  for (const target of context.sizes.growthLevels) {
    const present = await documentCount(services.databases.ownerUrl, workspace.id);
    const started = performance.now();
    if (target > present)
      await seedCopies(services.databases.ownerUrl, source, workspace, target - present);
    const seedSeconds = (performance.now() - started) / 1000;
    levels.push(await measureLevel(context, workspace, Math.max(target, present), seedSeconds));
  }
  const ingestFlatness = flatness(levels.map((l) => l.ingestPerSecond));
  const readFlatness = flatness(levels.map((l) => l.readPerSecond));
  const unindexed = [
    ...new Set(
      levels.flatMap((l) => l.plans.filter((p) => !p.usesIndex && !p.replaced).map((p) => p.query)),
    ),
  ];
  const checks: TargetCheck[] = [
    atLeast('ingest slowest / fastest', ingestFlatness, 0.75),
    atLeast('read slowest / fastest', readFlatness, 0.75),
    { label: 'every hot query uses an index', met: unindexed.length === 0 },
  ];
  return resultOf(
    {
      name: 'growth',
      value: Math.min(ingestFlatness, readFlatness),
      unit: 'slowest/fastest',
      baseline: null,
    },
    checks,
    { levels, ingestFlatness, readFlatness, queriesWithoutIndex: unindexed },
  );
}
