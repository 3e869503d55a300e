import pg from 'pg';

/** Must match test/support/global-setup.mjs, which creates it. */
export const TEMPLATE_DATABASE = 'ledger_test_template';
/** Must match test/support/global-setup.mjs: the role apps under test connect as (password = name). */
export const TEST_APP_ROLE = 'ledger_test_app';

/** The same database as the service sees it: as a member of ledger_writer, not as its owner. */
export function asAppRole(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.username = TEST_APP_ROLE;
  url.password = TEST_APP_ROLE;
  return url.toString();
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(
  serverUrl: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
