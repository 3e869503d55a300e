import { envWithout, runCli, startServer, type RunningServer } from './support/cli.js';
import { createTestDatabase } from './support/test-app.js';

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}
interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

describe('the OpenAPI document', () => {
  let database: { url: string; drop(): Promise<void> };
  let server: RunningServer;
  let openApi: OpenApi;
  let base: string;
  let key: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const port = 32_000 + Math.floor(Math.random() * 1000);
    const env = { ...envWithout('DATABASE_URL'), DATABASE_URL: database.url, PORT: String(port) };
    await runCli(['admin', 'create-workspace', 'gazette'], env);
    const user = await runCli(
      ['admin', 'create-user', '--workspace', 'gazette', '--name', 'Eve', '--role', 'editor'],
      env,
    );
    key = user.stdout.trim();
    server = await startServer(env);
    base = `http://127.0.0.1:${port}`;
    const res = await fetch(`${base}/docs-json`);
    expect(res.status).toBe(200);
    openApi = (await res.json()) as OpenApi;
  });
  afterAll(async () => {
    server?.child.kill('SIGINT');
    await server?.exited;
    await database?.drop();
  });

  const resolve = (schema: Schema): Schema =>
    schema.$ref
      ? openApi.components.schemas[schema.$ref.replace('#/components/schemas/', '')]
      : schema;

  const operations = (): [string, Operation][] =>
    Object.entries(openApi.paths)
      .filter(([path]) => path.startsWith('/v1/'))
      .flatMap(([path, item]) =>
        METHODS.filter((method) => item[method]).map((method): [string, Operation] => [
          `${method.toUpperCase()} ${path}`,
          item[method],
        ]),
      );

  it('documents a success response with a schema for every /v1 operation', () => {
    expect(operations().length).toBeGreaterThan(25);
    const undocumented = operations()
      .filter(([, operation]) => {
        const success = Object.entries(operation.responses).filter(([status]) =>
          /^2\d\d$/.test(status),
        );
        return !success.some(
          ([status, response]) =>
            status === '204' ||
            Object.entries(response.content ?? {}).some(
              ([type, media]) =>
                media.schema !== undefined &&
                (type.includes('json') || media.schema.format === 'binary'),
            ),
        );
      })
      .map(([name]) => name);
    expect(undocumented).toEqual([]);
  });

  it('documents problem details for the errors of every /v1 operation', () => {
    const problem = openApi.components.schemas.ProblemResponse;
    expect(Object.keys(problem.properties ?? {})).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail']),
    );
    for (const [name, operation] of operations()) {
      const answer = operation.responses['401']?.content?.['application/problem+json'];
      expect({ name, ref: answer?.schema?.$ref }).toEqual({
        name,
        ref: '#/components/schemas/ProblemResponse',
      });
    }
  });

  it('describes a claim with its span, value, status and version', () => {
    const response = openApi.paths['/v1/claims/{id}'].get.responses['200'];
    const claim = resolve(response.content!['application/json'].schema!);
    expect(Object.keys(claim.properties ?? {})).toEqual(
      expect.arrayContaining(['id', 'start', 'end', 'exact', 'value', 'status', 'version']),
    );
    const page = resolve(
      openApi.paths['/v1/claims'].get.responses['200'].content!['application/json'].schema!,
    );
    expect(Object.keys(page.properties ?? {}).sort()).toEqual(['items', 'nextCursor']);
    expect(resolve(page.properties!.items.items!)).toBe(claim);
  });

  it("documents a flag's spans, a document's checks and the fields of every relation type", () => {
    const schemas = openApi.components.schemas;
    // A $ref with a description of its own comes as allOf: [{ $ref }].
    const deref = (schema: Schema) => resolve(schema.allOf?.[0] ?? schema);
    const keys = (schema: Schema) => Object.keys(deref(schema).properties ?? {}).sort();
    const flag = schemas.FlagResponse;
    expect(flag.properties?.spans.type).toBe('array');
    expect(keys(flag.properties!.spans.items!)).toEqual(['end', 'exact', 'start']);
    const checks = schemas.DocumentResponse.properties!.checks;
    expect(keys(checks)).toEqual(
      ['numericClaims', 'quotes', 'relations', 'relationsByType', 'rules'].sort(),
    );
    expect(keys(deref(checks).properties!.relationsByType)).toEqual(
      ['change', 'parts-of-total', 'same-quantity', 'share-of', 'shares-of-one-group'].sort(),
    );
    const relationFields = [
      'complete',
      'from',
      'to',
      'change',
      'by',
      'direction',
      'factor',
      'shares',
    ];
    expect(keys(schemas.RelationResponse)).toEqual(expect.arrayContaining(relationFields));
    expect(keys(schemas.RelationDto)).toEqual(expect.arrayContaining(relationFields));
  });

  it('documents the fields a document and its claims are answered with', async () => {
    const res = await fetch(`${base}/v1/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Budget',
        text: 'The council spent 35 million euros: 11 million on roads and 22 million on schools.',
      }),
    });
    expect(res.status).toBe(201);
    const document = (await res.json()) as Record<string, unknown> & {
      claims: Record<string, unknown>[];
    };
    const schema = resolve(
      openApi.paths['/v1/documents'].post.responses['201'].content!['application/json'].schema!,
    );
    const documented = (s: Schema) => Object.keys(s.properties ?? {}).sort();
    expect(Object.keys(document).sort()).toEqual(documented(schema));
    expect(document.claims.length).toBeGreaterThan(0);
    const claim = resolve(schema.properties!.claims.items!);
    expect(Object.keys(document.claims[0]).sort()).toEqual(documented(claim));
  });
});
