import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { PROJECT_ROOT } from '../apps/api/src/config/app-config.js';
import { createTestDatabase } from './support/test-app.js';

/**
 * CI fails when prisma/schema.prisma changes without a migration: the database
 * the migrations build must have exactly the tables, columns, types, nullability,
 * enums and indexes the schema describes. (`prisma migrate diff` would do this,
 * but it needs Prisma's native schema engine, which cannot be downloaded here.)
 */
interface DmmfField {
  name: string;
  kind: 'scalar' | 'enum' | 'object';
  type: string;
  dbName?: string | null;
  isRequired: boolean;
  isList: boolean;
  nativeType?: [string, string[]] | null;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: Array<{
      name: string;
      dbName: string | null;
      values: Array<{ name: string; dbName: string | null }>;
    }>;
    indexes: Array<{
      model: string;
      type: 'id' | 'unique' | 'normal' | 'fulltext';
      fields: Array<{ name: string }>;
    }>;
  };
}

const require = createRequire(import.meta.url);
const schemaWasm = require('@prisma/prisma-schema-wasm') as { get_dmmf(params: string): string };
const schema = readFileSync(path.join(PROJECT_ROOT, 'prisma/schema.prisma'), 'utf8');
const dmmf = JSON.parse(
  schemaWasm.get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schema]] })),
) as Dmmf;

const column = (field: DmmfField) => field.dbName ?? field.name;
const table = (model: DmmfModel) => model.dbName ?? model.name;

function expectedType(field: DmmfField): string {
  if (field.kind === 'enum') {
    const enumType = dmmf.datamodel.enums.find((e) => e.name === field.type);
    return enumType?.dbName ?? field.type;
  }
  const native = field.nativeType?.[0];
  switch (field.type) {
    case 'String':
      return native === 'Uuid' ? 'uuid' : 'text';
    case 'Int':
      return 'int4';
    case 'BigInt':
      return 'int8';
    case 'Boolean':
      return 'bool';
    case 'DateTime':
      return native === 'Timestamptz' ? 'timestamptz' : 'timestamp';
    case 'Decimal':
      return 'numeric';
    case 'Json':
      return 'jsonb';
    default:
      throw new Error(`no mapping for ${field.type}`);
  }
}

describe('prisma/schema.prisma against the migrations', () => {
  let database: { url: string; drop(): Promise<void> };
  let sql: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await database.drop();
  });

  it('has the same tables', async () => {
    const { rows } = await sql.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    expect(rows.map((r) => r.table_name).sort()).toEqual(dmmf.datamodel.models.map(table).sort());
  });

  it.each(dmmf.datamodel.models.map((model) => [model.name, model] as const))(
    '%s has the same columns, types and nullability',
    async (_name, model) => {
      const { rows } = await sql.query<{
        column_name: string;
        udt_name: string;
        is_nullable: string;
      }>(
        `SELECT column_name, udt_name, is_nullable FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name = $1`,
        [table(model)],
      );
      const actual = Object.fromEntries(
        rows.map((r) => [r.column_name, `${r.udt_name}${r.is_nullable === 'YES' ? '?' : ''}`]),
      );
      const expected = Object.fromEntries(
        model.fields
          .filter((field) => field.kind !== 'object')
          .map((field) => [
            column(field),
            `${field.isList ? '_' : ''}${expectedType(field)}${field.isRequired ? '' : '?'}`,
          ]),
      );
      expect(actual).toEqual(expected);
    },
  );

  it('has the same enums and values', async () => {
    const { rows } = await sql.query<{ typname: string; labels: string[] }>(
      `SELECT t.typname::text AS typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    const actual = Object.fromEntries(rows.map((r) => [r.typname, r.labels]));
    const expected = Object.fromEntries(
      dmmf.datamodel.enums.map((e) => [
        e.dbName ?? e.name,
        e.values.map((v) => v.dbName ?? v.name),
      ]),
    );
    expect(actual).toEqual(expected);
  });

  it('has the same primary keys, unique constraints and indexes', async () => {
    const { rows } = await sql.query<{ table_name: string; columns: string[]; is_unique: boolean }>(
      `SELECT c.relname::text AS table_name, i.indisunique AS is_unique,
              array_agg(a.attname::text ORDER BY k.ord) AS columns
       FROM pg_index i
       JOIN pg_class c ON c.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
       WHERE c.relname <> '_prisma_migrations'
       GROUP BY c.relname, i.indexrelid, i.indisunique`,
    );
    const actual = rows
      .map((r) => `${r.table_name}(${r.columns.join(',')})${r.is_unique ? ' unique' : ''}`)
      .sort();
    const expected = dmmf.datamodel.indexes
      .map((index) => {
        const model = dmmf.datamodel.models.find((m) => m.name === index.model) as DmmfModel;
        const columns = index.fields.map((f) =>
          column(model.fields.find((field) => field.name === f.name) as DmmfField),
        );
        return `${table(model)}(${columns.join(',')})${index.type === 'normal' ? '' : ' unique'}`;
      })
      .sort();
    expect(actual).toEqual(expected);
  });
});
