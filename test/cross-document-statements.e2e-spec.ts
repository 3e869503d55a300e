import { createApp } from '../apps/api/src/app.js';
import { StatementsBackfill } from '../apps/api/src/check-runs/statements-backfill.js';
import { readConfig } from '../apps/api/src/config/app-config.js';
import { bearer, createNewsroom, type Newsroom } from './support/factories.js';
import { whileWorkspaceLocked } from './support/locks.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Flag {
  rule: string;
  claims: string[];
  data: { otherDocumentIds?: string[] };
}
interface Claim {
  id: string;
  exact: string;
  kind: string;
}

const forum = (count: number) =>
  `Forum report\nOfficials said ${count} MOUs were signed at the Korea-Kazakhstan Business Forum.`;

/**
 * The cross-document check compares the statements stored with other documents'
 * claims (quantity key and sentence years), never their texts: these are the
 * ways those statements change.
 */
describe('statements of stored documents', () => {
  let t: TestApp;
  let room: Newsroom;
  let ingested = 0;

  beforeAll(async () => {
    t = await startTestApp({ writeWaitMs: 1_000, conflictCheckStatements: 2 });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    room = await createNewsroom(t.app);
  });

  const ingest = async (text: string) =>
    (
      await t
        .http()
        .post('/v1/documents')
        .set(bearer(room.keys.reporter))
        .send({ title: `${text.split('\n')[0]} ${++ingested}`, text })
        .expect(201)
    ).body as { id: string; claims: Claim[]; flags: Flag[] };
  const conflicts = (document: { flags: Flag[] }) =>
    document.flags.filter((flag) => flag.rule === 'cross-document-conflict');
  const etag = async (path: string) =>
    (await t.http().get(path).set(bearer(room.keys.editor)).expect(200)).headers.etag;

  it('stores the quantity key and the years of each claim that names one quantity', async () => {
    const document = await ingest(
      'Forum deals\nIn 2024, officials said 22 MOUs were signed at the Korea-Kazakhstan Business Forum. About 300 people came.',
    );
    const { rows } = await t.sql.query<{
      exact: string;
      quantity_key: string | null;
      sentence_years: string[];
    }>(
      'SELECT exact, quantity_key, sentence_years FROM claims WHERE document_id = $1 ORDER BY start',
      [document.id],
    );
    expect(rows).toContainEqual({
      exact: '22 MOUs',
      quantity_key: 'MOU\nsigned korea-kazakhstan business forum',
      sentence_years: ['2024'],
    });
    expect(rows.filter((row) => row.quantity_key !== null)).toHaveLength(1);
  });

  it('leaves a claim marked as no claim out of other documents’ checks', async () => {
    const first = await ingest(forum(22));
    const claim = first.claims.find((c) => c.exact === '22 MOUs')!;
    await t
      .http()
      .post(`/v1/claims/${claim.id}/transitions`)
      .set(bearer(room.keys.editor))
      .set('If-Match', await etag(`/v1/claims/${claim.id}`))
      .send({ to: 'not_a_claim', reason: 'extraction-error', note: 'A heading, not a count' })
      .expect(200);
    expect(conflicts(await ingest(forum(24)))).toEqual([]);
  });

  it('compares a corrected article by its new text', async () => {
    const first = await ingest(forum(22));
    await t
      .http()
      .post(`/v1/documents/${first.id}/versions`)
      .set(bearer(room.keys.reporter))
      .set('If-Match', await etag(`/v1/documents/${first.id}`))
      .send({ text: forum(22).replace('said 22 MOUs', 'said 24 MOUs') })
      .expect(201);
    const report = (count: number) =>
      `Forum report\nIn all, ${count} MOUs were signed at the Korea-Kazakhstan Business Forum.`;
    expect(conflicts(await ingest(report(24)))).toEqual([]);
    expect(conflicts(await ingest(report(25)))).toHaveLength(1);
  });

  it('gives documents stored before statements were kept theirs when the backfill runs', async () => {
    const first = await ingest(forum(22));
    await forgetStatements(first.id);
    expect(conflicts(await ingest(forum(24)))).toEqual([]);

    expect(await t.app.get(StatementsBackfill).run()).toEqual({ stored: 1, failed: 0 });
    const flagged = conflicts(await ingest(forum(25)));
    expect(flagged).toHaveLength(1);
    expect(flagged[0].data.otherDocumentIds).toContain(first.id);
    expect(await t.app.get(StatementsBackfill).run()).toEqual({ stored: 0, failed: 0 });
  });

  it('goes on past a document whose workspace another process keeps locked, and stores it at the next start', async () => {
    const first = await ingest(forum(22));
    const busyRoom = room;
    room = await createNewsroom(t.app);
    const second = await ingest(forum(23));
    await forgetStatements(first.id);
    await forgetStatements(second.id);
    expect(
      await whileWorkspaceLocked(t.sql, busyRoom.workspaceId, () =>
        t.app.get(StatementsBackfill).run(),
      ),
    ).toEqual({ stored: 1, failed: 1 });
    expect(await t.app.get(StatementsBackfill).run()).toEqual({ stored: 1, failed: 0 });
  });

  it('leaves the backfill to `ledger serve`: an app opened for anything else starts none', async () => {
    const first = await ingest(forum(22));
    await forgetStatements(first.id);
    const other = await createApp({
      ...readConfig({}),
      databaseUrl: t.databaseUrl,
      logLevel: 'silent',
      apiDocs: false,
      webUi: false,
    });
    await other.init();
    await other.close(); // would wait for a backfill under way
    const { rows } = await t.sql.query<{ version: number }>(
      'SELECT quantity_keys_version AS version FROM documents WHERE id = $1',
      [first.id],
    );
    expect(rows).toEqual([{ version: 0 }]);
  });

  /**
   * A quantity an archive states many times is compared with its latest
   * statements (CONFLICT_CHECK_STATEMENTS, 2 here), so that an ingest costs the
   * same in a workspace of a thousand documents as of ten.
   */
  describe('compared with the latest statements of a quantity', () => {
    const conflictingDocuments = (document: { flags: Flag[] }) =>
      conflicts(document).map((flag) => flag.data.otherDocumentIds);

    it('are the latest of its quantity in other documents', async () => {
      await ingest(forum(22));
      const second = await ingest(forum(23));
      const third = await ingest(forum(24));
      expect(conflictingDocuments(await ingest(forum(25)))).toEqual([[second.id, third.id]]);
    });

    it('hold all of a document’s statements of the quantity or none', async () => {
      const statements = await ingest(
        [
          'Forum report',
          'Officials said 22 MOUs were signed at the Korea-Kazakhstan Business Forum.',
          'The embassy said 23 MOUs were signed at the Korea-Kazakhstan Business Forum.',
          'A later count said 25 MOUs were signed at the Korea-Kazakhstan Business Forum.',
        ].join('\n'),
      );
      const { rows } = await t.sql.query<{ keyed: number }>(
        'SELECT count(*)::int AS keyed FROM claims WHERE document_id = $1 AND quantity_key IS NOT NULL',
        [statements.id],
      );
      expect(rows).toEqual([{ keyed: 3 }]);
      // Two of them, read alone, would conflict with 25; the document also says 25.
      expect(conflictingDocuments(await ingest(forum(25)))).toEqual([]);
    });
  });

  /** As a database migrated from before statements were kept leaves a document. */
  async function forgetStatements(documentId: string): Promise<void> {
    await t.sql.query(
      `UPDATE claims SET quantity_key = NULL, sentence_years = '{}' WHERE document_id = $1`,
      [documentId],
    );
    await t.sql.query('UPDATE documents SET quantity_keys_version = 0 WHERE id = $1', [documentId]);
  }
});
