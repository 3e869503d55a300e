import {
  describeChainProblem,
  GENESIS_HASH,
  verifyChain,
  type HashedEvent,
} from '../apps/api/src/chain/ledger-hash.js';
import { bearer, createNewsroom, type Newsroom } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('the ledger', () => {
  let t: TestApp;
  let room: Newsroom;

  beforeAll(async () => {
    t = await startTestApp();
    room = await createNewsroom(t.app);
  });
  afterAll(() => t.close());

  async function allEvents(key = room.keys.auditor, limit = 7): Promise<HashedEvent[]> {
    const events: HashedEvent[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: HashedEvent[]; nextCursor: string | null } } = await t
        .http()
        .get('/v1/ledger/events')
        .query({ limit, ...(cursor ? { cursor } : {}) })
        .set(bearer(key))
        .expect(200);
      events.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    return events;
  }

  async function head() {
    return (await t.http().get('/v1/ledger/head').set(bearer(room.keys.auditor)).expect(200))
      .body as { seq: number; hash: string };
  }

  it('appends exactly one event per write, naming actor, action and subject', async () => {
    const start = await head();
    const doc = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({ title: 'Ledger', text: 'Some 500 tons were shipped.' })
      .expect(201);
    const afterIngest = await head();
    // The document, then each extracted claim and relation
    expect(doc.body.claims).toHaveLength(1);
    expect(afterIngest.seq).toBe(
      start.seq + 1 + doc.body.claims.length + doc.body.relations.length,
    );

    const claim = await t
      .http()
      .post(`/v1/documents/${doc.body.id}/claims`)
      .set(bearer(room.keys.reporter))
      .send({ kind: 'numeric', start: 5, end: 13, exact: '500 tons', value: 500, unit: 't' })
      .expect(201);
    const afterClaim = await head();
    expect(afterClaim.seq).toBe(afterIngest.seq + 1);

    await t
      .http()
      .patch(`/v1/claims/${claim.body.id}`)
      .set(bearer(room.keys.editor))
      .set('If-Match', '"v1"')
      .send({ approximate: true })
      .expect(200);
    const afterCorrection = await head();
    expect(afterCorrection.seq).toBe(afterClaim.seq + 1);

    const events = await allEvents();
    const last = events.slice(-4);
    expect(last.map((e) => [e.action, e.subject.type, e.actor.role])).toEqual([
      ['document.ingested', 'document', 'reporter'],
      ['claim.extracted', 'claim', 'reporter'],
      ['claim.created', 'claim', 'reporter'],
      ['claim.corrected', 'claim', 'editor'],
    ]);
    expect(last[3]).toMatchObject({
      actor: { id: room.userIds.editor },
      subject: { id: claim.body.id },
      data: { before: { approximate: false }, after: { approximate: true } },
    });
    expect(last[3].hash).toBe(afterCorrection.hash);
  });

  it('forms one chain from 64 zeros that verifies, with seq 1, 2, 3... and no gaps', async () => {
    const events = await allEvents();
    expect(events[0].prevHash).toBe(GENESIS_HASH);
    expect(events.map((e) => e.seq)).toEqual(events.map((_e, i) => i + 1));
    const check = verifyChain(events);
    expect(check).toEqual({ ok: true, count: events.length, head: (await head()).hash });
  });

  it('appends the thousands of events of one big ingest in order, as one chain that verifies', async () => {
    const big = await createNewsroom(t.app);
    const text = Array.from(
      { length: 700 },
      (_, i) => `On day ${i + 1}, ${(i % 40) + 3} trucks left the yard with ${2 * i + 101} crates.`,
    ).join('\n');
    const doc = await t
      .http()
      .post('/v1/documents')
      .set(bearer(big.keys.reporter))
      .send({ title: 'Convoys', text })
      .expect(201);
    const claims = doc.body.checks.numericClaims + doc.body.checks.quotes;
    expect(claims).toBeGreaterThan(1000);

    const events = await allEvents(big.keys.auditor, 200);
    // What the newsroom's setup wrote comes first.
    const ingest = events.slice(events.findIndex((e) => e.action === 'document.ingested'));
    expect(ingest.map((e) => e.action)).toEqual([
      'document.ingested',
      ...Array<string>(claims).fill('claim.extracted'),
      ...Array<string>(doc.body.relations.length).fill('relation.created'),
      ...Array<string>(doc.body.flags.length).fill('flag.raised'),
    ]);
    expect(verifyChain(events)).toMatchObject({ ok: true, count: events.length });
  });

  it('keeps each workspace its own chain', async () => {
    const other = await createNewsroom(t.app);
    const events = await allEvents(other.keys.auditor);
    expect(events[0]).toMatchObject({
      seq: 1,
      prevHash: GENESIS_HASH,
      action: 'workspace.created',
    });
    expect(events.every((e) => e.workspaceId === other.workspaceId)).toBe(true);
  });

  it('never forks under parallel writes', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_v, i) =>
        t
          .http()
          .post('/v1/documents')
          .set(bearer(room.keys.reporter))
          .send({ title: `P${i}`, text: `Parallel write number ${i}.` })
          .expect(201),
      ),
    );
    const check = verifyChain(await allEvents());
    expect(check.ok).toBe(true);
  });

  it.each([
    ['UPDATE', `UPDATE ledger_events SET action = 'forged' WHERE seq = 1`],
    ['DELETE', 'DELETE FROM ledger_events WHERE seq = 1'],
    ['TRUNCATE', 'TRUNCATE ledger_events'],
  ])('refuses %s in the database itself', async (_op, statement) => {
    await expect(t.sql.query(statement)).rejects.toThrow(/append-only/);
  });

  it("names the event that was altered behind the trigger's back", async () => {
    const client = await t.sql.connect();
    try {
      await client.query(
        'ALTER TABLE ledger_events DISABLE TRIGGER ledger_events_no_update_delete',
      );
      await client.query(
        `UPDATE ledger_events SET canonical = replace(canonical, '"title":"Ledger"', '"title":"Forged"')
         WHERE workspace_id = $1 AND action = 'document.ingested' AND canonical LIKE '%"title":"Ledger"%'`,
        [room.workspaceId],
      );
      await client.query('ALTER TABLE ledger_events ENABLE TRIGGER ledger_events_no_update_delete');
    } finally {
      client.release();
    }
    const events = await allEvents();
    const forged = events.find((e) => (e.data as { title?: string }).title === 'Forged');
    expect(forged).toBeDefined();
    const check = verifyChain(events);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problem).toMatchObject({ kind: 'hash', seq: forged?.seq });
    expect(describeChainProblem(check.problem)).toContain(`event seq ${forged?.seq}`);
  });
});
