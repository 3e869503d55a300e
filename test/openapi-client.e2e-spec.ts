/**
 * The OpenAPI document as an integrator's tools read it: swagger-parser and
 * Redocly lint accept it, openapi-typescript generates types from it that a
 * client calling every route type-checks against, and that client works
 * against a live server (every answer also checked by the app's response
 * contract, see support/response-contract.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import SwaggerParser from '@apidevtools/swagger-parser';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import type { OpenAPIObject } from '@nestjs/swagger';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';
import { createNewsroom } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CLIENT = path.resolve(import.meta.dirname, 'openapi-client/client.ts');

/** The client's entry point; imported by path, since its types exist only once generated. */
type CallEveryRoute = (
  baseUrl: string,
  keys: { reporter: string; editor: string; auditor: string },
  article: { title: string; text: string; figure: string },
) => Promise<Set<string>>;
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

/** A story with a total its parts do not make and a rise its figures do not make: two open flags. */
const ARTICLE = {
  title: 'Council signs 35 contracts',
  text: [
    'Council signs 35 contracts',
    '',
    'The council signed a total of 35 contracts on Monday: 11 for schools and 22 for roads.',
    '',
    '"This is the biggest programme in a generation."',
    '',
    'Work starts in the spring. Spending rose from £10m last year to £12m, a rise of 50%.',
  ].join('\n'),
  figure: 'in the spring',
};

function operationsOf(document: OpenAPIObject): string[] {
  return Object.entries(document.paths).flatMap(([route, item]) =>
    METHODS.filter((method) => item[method] !== undefined).map(
      (method) => `${method.toUpperCase()} ${route}`,
    ),
  );
}

describe('a client generated from the OpenAPI document', () => {
  let t: TestApp;
  let document: OpenAPIObject;

  beforeAll(async () => {
    t = await startTestApp();
    document = t.contract.document;
  });
  afterAll(() => t?.close());

  it('fails a test file whose app answers what the document does not describe', () => {
    const before = t.contract.violations.length;
    t.contract.check('GET', '/v1/me', 200, 'application/json', JSON.stringify({ role: 7 }));
    t.contract.check('GET', '/v1/me', 418, 'application/problem+json', '{}');
    t.contract.check('GET', '/v1/me', 200, 'text/plain', 'hello');
    expect(t.contract.violations.splice(before)).toEqual([
      expect.stringMatching(/^GET \/v1\/me → 200: the body does not match the schema: .*role/),
      'GET /v1/me → 418: a status the document does not list',
      'GET /v1/me → 200: answered text/plain, the document lists application/json',
    ]);
  });

  it('passes swagger-parser validation', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it("passes Redocly's recommended rules with no error", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({
      source: JSON.stringify(document),
      absoluteRef: 'openapi.json',
      config,
    });
    const errors = problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`);
    expect(errors).toEqual([]);
  });

  it('types a client that calls every route, with no type error', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'ledger-client-'));
    try {
      const schema = path.join(folder, 'schema.d.ts');
      writeFileSync(schema, astToString(await openapiTS(document as unknown as OpenAPI3)));
      const program = ts.createProgram([CLIENT], {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        target: ts.ScriptTarget.ES2023,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        types: ['node'],
        paths: { 'generated-openapi-schema': [schema] },
      });
      const diagnostics = ts
        .getPreEmitDiagnostics(program)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(diagnostics).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('calls every operation of the document against a live server', async () => {
    await t.app.listen(0, '127.0.0.1');
    const room = await createNewsroom(t.app);
    const { callEveryRoute } = (await import(pathToFileURL(CLIENT).href)) as {
      callEveryRoute: CallEveryRoute;
    };
    const called = await callEveryRoute(await t.app.getUrl(), room.keys, ARTICLE);
    expect([...called].sort()).toEqual(operationsOf(document).sort());
  });
});
