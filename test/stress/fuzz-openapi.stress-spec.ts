import fc from 'fast-check';
import pg from 'pg';
import { envWithout, runCli, startServer, type RunningServer } from '../support/cli.js';
import { createTestDatabase } from '../support/test-app.js';

/**
 * Requests built from the OpenAPI document, valid and hostile (wrong types,
 * missing and unknown fields, NUL, lone surrogates, deep nesting, huge values,
 * forged ids and cursors, other media types, no key or a bad one), sent to a
 * real server on a real database. Not one may answer 5xx; every refusal is
 * problem JSON and changes nothing.
 */
const RUNS = Number(process.env.STRESS_FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.STRESS_FUZZ_SEED ?? 20261207);

interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  oneOf?: Schema[];
  allOf?: Schema[];
  nullable?: boolean;
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

interface Target {
  method: string;
  path: string;
  operation: Operation;
}

interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

const NASTY_STRINGS = [
  '',
  ' ',
  'x'.repeat(20_000),
  'a\u0000b',
  '\u0000',
  'a\ud800b',
  '\udc00',
  '😀',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '../../etc/passwd',
  '%00',
  'null',
  '-1',
  '1e309',
  'NaN',
  '00000000-0000-0000-0000-000000000000',
  '2026-13-45T99:99:99Z',
];
const DEEP = (() => {
  let value: unknown = 'leaf';
  for (let i = 0; i < 1_000; i++) value = [value];
  return value;
})();

describe('fuzzing every route of the OpenAPI document', () => {
  let database: { url: string; drop(): Promise<void> };
  let server: RunningServer;
  let sql: pg.Pool;
  let base: string;
  let openApi: OpenApi;
  const keys: string[] = [];
  const ids: Record<'document' | 'claim' | 'flag' | 'relation' | 'other', string[]> = {
    document: [],
    claim: [],
    flag: [],
    relation: [],
    other: [],
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const port = 33_000 + Math.floor(Math.random() * 1000);
    const env = {
      ...envWithout('DATABASE_URL'),
      DATABASE_URL: database.url,
      PORT: String(port),
      LEDGER_DEMO: 'true',
      RATE_LIMIT_PER_MINUTE: '100000000',
      AUTH_FAILURES_PER_MINUTE: '100000000',
    };
    server = await startServer(env, 90_000);
    keys.push(...[...server.output().matchAll(/(clk_\S+)$/gm)].map((match) => match[1]));
    await runCli(['admin', 'create-workspace', 'rival'], env);
    const rival = await runCli(
      ['admin', 'create-user', '--workspace', 'rival', '--name', 'Rival', '--role', 'admin'],
      env,
    );
    base = `http://127.0.0.1:${port}`;
    openApi = (await (await fetch(`${base}/docs-json`)).json()) as OpenApi;
    sql = new pg.Pool({ connectionString: database.url, max: 2 });
    const rows = async (query: string) =>
      (await sql.query<{ id: string }>(query)).rows.map((row) => row.id);
    ids.document = await rows('SELECT id FROM documents');
    ids.claim = await rows('SELECT id FROM claims LIMIT 40');
    ids.flag = await rows('SELECT id FROM flags');
    ids.relation = await rows('SELECT id FROM claim_relations LIMIT 20');
    // Another workspace's document: never to be reached with these keys.
    const foreign = await fetch(`${base}/v1/documents`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${rival.stdout.trim()}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ title: 'Rival', text: 'The rival said 12 MOUs were signed.' }),
    });
    ids.other.push(((await foreign.json()) as { id: string }).id);
  }, 120_000);

  afterAll(async () => {
    await sql?.end();
    server?.child.kill('SIGTERM');
    await server?.exited;
    await database?.drop();
  });

  const state = async () =>
    (
      await sql.query(
        `SELECT (SELECT count(*) FROM ledger_events) AS events,
                (SELECT count(*) FROM documents) AS documents,
                (SELECT count(*) FROM claims) AS claims,
                (SELECT coalesce(sum(version), 0) FROM claims) AS claim_versions,
                (SELECT count(*) FROM flags) AS flags,
                (SELECT coalesce(sum(version), 0) FROM flags) AS flag_versions,
                (SELECT count(*) FROM comments) AS comments,
                (SELECT count(*) FROM evidence) AS evidence,
                (SELECT count(*) FROM claim_relations) AS relations,
                (SELECT count(*) FROM api_keys WHERE revoked_at IS NULL) AS keys`,
      )
    ).rows[0] as Record<string, string>;

  it(`answers ${RUNS} generated requests without one 5xx, refusals as problem JSON that change nothing`, async () => {
    const targets: Target[] = Object.entries(openApi.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ method, path, operation })),
    );
    const resolve = (schema: Schema): Schema =>
      schema.$ref ? resolve(openApi.components.schemas[schema.$ref.split('/').pop()!]) : schema;

    const nasty = fc.constantFrom<unknown>(...NASTY_STRINGS);
    const valueFor = (schema: Schema | undefined, depth: number): fc.Arbitrary<unknown> => {
      const wild = fc.oneof(
        nasty,
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.constant(DEEP),
        fc.constant({ __proto__: { admin: true } }),
        fc.array(fc.string(), { maxLength: 3 }),
      );
      if (!schema || depth > 4) return wild;
      const s = resolve(schema);
      const own: fc.Arbitrary<unknown> = s.enum
        ? fc.constantFrom(...s.enum)
        : s.type === 'string'
          ? fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...ids.claim, ...ids.document))
          : s.type === 'number' || s.type === 'integer'
            ? fc.oneof(fc.integer({ min: -5, max: 500 }), fc.double(), fc.constant(1e308))
            : s.type === 'boolean'
              ? fc.boolean()
              : s.type === 'array'
                ? fc.array(valueFor(s.items, depth + 1), { maxLength: 4 })
                : s.properties
                  ? objectFor(s, depth)
                  : wild;
      return fc.oneof({ weight: 4, arbitrary: own }, { weight: 1, arbitrary: wild });
    };
    const objectFor = (schema: Schema, depth: number): fc.Arbitrary<unknown> =>
      fc.record(
        Object.fromEntries(
          Object.entries(schema.properties ?? {}).map(([name, property]) => [
            name,
            valueFor(property, depth + 1),
          ]),
        ),
        { requiredKeys: [] },
      );
    const idFor = (path: string, name: string) => {
      const kind =
        name === 'relationId'
          ? 'relation'
          : /\/flags\//.test(path)
            ? 'flag'
            : /\/claims\//.test(path)
              ? 'claim'
              : 'document';
      return fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...ids[kind]) },
        { weight: 1, arbitrary: fc.constantFrom(...ids.other) },
        { weight: 1, arbitrary: fc.uuid() },
        { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS.filter((s) => s.length < 100)) },
      );
    };
    const requestFor = (target: Target): fc.Arbitrary<FuzzRequest> => {
      const parameters = target.operation.parameters ?? [];
      const pathParams = parameters.filter((p) => p.in === 'path');
      const queryParams = parameters.filter((p) => p.in === 'query');
      const bodySchema = target.operation.requestBody?.content['application/json']?.schema;
      return fc
        .record({
          path: fc.tuple(...pathParams.map((p) => idFor(target.path, p.name))),
          query: fc
            .subarray(queryParams)
            .chain((chosen) =>
              fc.tuple(
                ...chosen.map((p) => valueFor(p.schema, 3).map((v) => [p.name, v] as const)),
              ),
            ),
          body: bodySchema
            ? fc.oneof(
                { weight: 8, arbitrary: valueFor(bodySchema, 0).map((v) => JSON.stringify(v)) },
                {
                  weight: 1,
                  arbitrary: fc.constantFrom('{"unterminated', 'not json', '[]', 'null'),
                },
              )
            : fc.constant(undefined),
          key: fc.oneof(
            { weight: 8, arbitrary: fc.constantFrom(...keys).map((k) => `Bearer ${k}`) },
            {
              weight: 1,
              arbitrary: fc.constantFrom('', 'Bearer clk_nothing', 'Basic abc', 'Bearer x y'),
            },
          ),
          ifMatch: fc.option(fc.constantFrom('"v1"', '"v2"', '*', 'garbage', '"v999999999999"')),
          contentType: fc.oneof(
            { weight: 9, arbitrary: fc.constant('application/json') },
            {
              weight: 1,
              arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded'),
            },
          ),
        })
        .map(({ path, query, body, key, ifMatch, contentType }) => {
          let url = target.path;
          pathParams.forEach((p, i) => {
            url = url.replace(
              `{${p.name}}`,
              encodeURIComponent(Buffer.from(String(path[i])).toString()),
            );
          });
          const search = new URLSearchParams();
          for (const [name, value] of query)
            search.append(name, typeof value === 'string' ? value : JSON.stringify(value));
          const headers: Record<string, string> = {};
          if (key) headers.authorization = key;
          if (ifMatch) headers['if-match'] = ifMatch;
          if (body !== undefined) headers['content-type'] = contentType;
          const qs = search.toString();
          return {
            method: target.method.toUpperCase(),
            url: qs ? `${url}?${qs}` : url,
            headers,
            body,
          };
        });
    };
    const requests = fc.constantFrom(...targets).chain(requestFor);

    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(requests, async (request) => {
        const write = request.method !== 'GET';
        const before = write ? await state() : null;
        const res = await fetch(`${base}${request.url}`, {
          method: request.method,
          headers: request.headers,
          body: request.body,
        });
        const text = await res.text();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const label = `${request.method} ${request.url.slice(0, 300)} → ${res.status} ${text.slice(0, 300)}`;
        if (res.status >= 500) throw new Error(`server error: ${label}`);
        if (res.status >= 400) {
          if (!/^application\/problem\+json/.test(res.headers.get('content-type') ?? ''))
            throw new Error(`not problem JSON: ${label}`);
          if (write) expect({ label, state: await state() }).toEqual({ label, state: before });
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    console.log(
      `fuzz: ${RUNS} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
    expect([...statuses.keys()].every((status) => status < 500)).toBe(true);
  }, 1_800_000);
});
