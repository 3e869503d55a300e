import { verifyChain, type HashedEvent } from '../apps/api/src/chain/ledger-hash.js';
import { bearer, createNewsroom, submitSeedArticle, type Newsroom } from './support/factories.js';
import { expectProblem } from './support/problem.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Claim {
  id: string;
  exact: string;
  kind: string;
  status: string;
  version: number;
  assigneeId: string | null;
}
interface Flag {
  id: string;
  rule: string;
  status: string;
  version: number;
  claims: string[];
}

describe('review workflow', () => {
  let t: TestApp;
  let room: Newsroom;
  let documentId: string;
  let claims: Claim[];

  beforeAll(async () => {
    t = await startTestApp();
    room = await createNewsroom(t.app);
    const seed = await submitSeedArticle<Claim>(t, room);
    documentId = seed.id;
    claims = seed.claims;
  });
  afterAll(() => t.close());

  const claimAt = (exact: string) =>
    claims.find((c) => c.exact === exact && c.kind === 'numeric') as Claim;
  const get = async (path: string, key = room.keys.editor) =>
    (await t.http().get(path).set(bearer(key)).expect(200)).body;
  const etag = async (path: string) =>
    (await t.http().get(path).set(bearer(room.keys.editor)).expect(200)).headers.etag;
  const transition = async (id: string, body: Record<string, unknown>, key = room.keys.editor) =>
    t
      .http()
      .post(`/v1/claims/${id}/transitions`)
      .set(bearer(key))
      .set('If-Match', await etag(`/v1/claims/${id}`))
      .send(body);
  const sumFlag = async () =>
    ((await get(`/v1/flags?documentId=${documentId}&rule=sum-mismatch`)).items as Flag[])[0];

  it('takes the 35-versus-33 flag through resolution, and only then lets the parts be verified', async () => {
    const eleven = claimAt('11');
    expect((await transition(eleven.id, { to: 'in_review' }, room.keys.reporter)).status).toBe(200);

    const blocked = await transition(eleven.id, { to: 'verified' });
    expectProblem(blocked, 409);
    expect(blocked.body.detail).toMatch(/sum-mismatch/);

    const flag = await sumFlag();
    const byReporter = await t
      .http()
      .post(`/v1/flags/${flag.id}/resolve`)
      .set(bearer(room.keys.reporter))
      .set('If-Match', `"v${flag.version}"`)
      .send({});
    expectProblem(byReporter, 403);
    const comment = await t
      .http()
      .post(`/v1/flags/${flag.id}/comments`)
      .set(bearer(room.keys.reporter))
      .send({ body: 'Two MOUs were signed the day before.' });
    expect(comment.status).toBe(201);

    const noIfMatch = await t
      .http()
      .post(`/v1/flags/${flag.id}/resolve`)
      .set(bearer(room.keys.editor))
      .send({ reason: 'source-error', note: 'x' });
    expectProblem(noIfMatch, 428);
    // An error flag is not closed without saying why, even as resolved.
    const unexplained = await t
      .http()
      .post(`/v1/flags/${flag.id}/resolve`)
      .set(bearer(room.keys.editor))
      .set('If-Match', `"v${flag.version}"`)
      .send({ note: 'fixed' });
    expectProblem(unexplained, 409);
    expect(unexplained.body.detail).toMatch(/^resolving an error flag needs a reason code/);
    expect(unexplained.body.field).toBe('reason');
    const resolved = await t
      .http()
      .post(`/v1/flags/${flag.id}/resolve`)
      .set(bearer(room.keys.editor))
      .set('If-Match', `"v${flag.version}"`)
      .send({ reason: 'source-error', note: 'The office counted two MOUs signed the day before.' })
      .expect(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', reason: 'source-error' });
    expect(resolved.headers.etag).toBe(`"v${flag.version + 1}"`);
    const stale = await t
      .http()
      .post(`/v1/flags/${flag.id}/dismiss`)
      .set(bearer(room.keys.editor))
      .set('If-Match', `"v${flag.version}"`)
      .send({ reason: 'other', note: 'n' });
    expectProblem(stale, 412);

    const verified = await transition(eleven.id, { to: 'verified' });
    expect(verified.status).toBe(200);
    expect(verified.body.status).toBe('verified');
  });

  it('needs a reason code and a note for a verdict other than verified, and a reason to reopen', async () => {
    const total = claimAt('35 memorandums of understanding (MOUs)');
    await transition(total.id, { to: 'in_review' }, room.keys.reporter);
    expectProblem(await transition(total.id, { to: 'disputed' }), 409);
    expectProblem(await transition(total.id, { to: 'disputed', reason: 'other' }), 409);
    const badReason = await transition(total.id, { to: 'disputed', reason: 'because', note: 'x' });
    expectProblem(badReason, 400);
    expect(badReason.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    const disputed = await transition(total.id, {
      to: 'disputed',
      reason: 'different-scope',
      note: 'The total counts two earlier MOUs.',
    });
    expect(disputed.body).toMatchObject({ status: 'disputed', statusReason: 'different-scope' });
    expectProblem(await transition(total.id, { to: 'verified' }), 409);
    expectProblem(await transition(total.id, { to: 'in_review' }), 409);
    expectProblem(
      await transition(total.id, { to: 'in_review', reason: 'other' }, room.keys.reporter),
      403,
    );
    expect(
      (await transition(total.id, { to: 'in_review', reason: 'other', note: 'New source.' }))
        .status,
    ).toBe(200);
  });

  it('keeps four eyes: whoever corrected a claim cannot set its verdict', async () => {
    const lithium = claimAt('100,000 tons');
    const corrected = await t
      .http()
      .patch(`/v1/claims/${lithium.id}`)
      .set(bearer(room.keys.editor))
      .set('If-Match', await etag(`/v1/claims/${lithium.id}`))
      .send({ subject: 'lithium reserves of Kazakhstan' })
      .expect(200);
    expect(corrected.body.correctedBy).toBe(room.userIds.editor);
    await transition(lithium.id, { to: 'in_review' });
    const own = await transition(lithium.id, { to: 'verified' });
    expectProblem(own, 409);
    expect(own.body.detail).toMatch(/four eyes|corrected/i);
    expect((await transition(lithium.id, { to: 'verified' }, room.keys.admin)).status).toBe(200);
  });

  it('sends a verified claim back to review when it is corrected', async () => {
    const lithium = claimAt('100,000 tons');
    const res = await t
      .http()
      .patch(`/v1/claims/${lithium.id}`)
      .set(bearer(room.keys.reporter))
      .set('If-Match', await etag(`/v1/claims/${lithium.id}`))
      .send({ value: 110000 })
      .expect(200);
    expect(res.body.status).toBe('in_review');
  });

  it('refuses an auditor every review write (403) and answers 404 across workspaces', async () => {
    const claim = claimAt('22 MOUs');
    expectProblem(await transition(claim.id, { to: 'in_review' }, room.keys.auditor), 403);
    const rival = await createNewsroom(t.app);
    expectProblem(
      await t
        .http()
        .post(`/v1/claims/${claim.id}/transitions`)
        .set(bearer(rival.keys.editor))
        .set('If-Match', '"v1"')
        .send({ to: 'in_review' }),
      404,
    );
    expectProblem(
      await t
        .http()
        .post(`/v1/claims/${claim.id}/comments`)
        .set(bearer(rival.keys.editor))
        .send({ body: 'hi' }),
      404,
    );
  });

  it('dismisses with a reason code and a note, and a dismissed flag stays dismissed when the checks run again', async () => {
    const flag = (
      (await get(`/v1/flags?documentId=${documentId}&rule=name-variant`)).items as Flag[]
    )[0];
    const noNote = await t
      .http()
      .post(`/v1/flags/${flag.id}/dismiss`)
      .set(bearer(room.keys.editor))
      .set('If-Match', `"v${flag.version}"`)
      .send({ reason: 'other' });
    expectProblem(noNote, 409);
    await t
      .http()
      .post(`/v1/flags/${flag.id}/dismiss`)
      .set(bearer(room.keys.editor))
      .set('If-Match', `"v${flag.version}"`)
      .send({ reason: 'other', note: 'Both spellings are used by Yonhap.' })
      .expect(200);
    await t
      .http()
      .post(`/v1/documents/${documentId}/checks`)
      .set(bearer(room.keys.reporter))
      .expect(200);
    expect((await get(`/v1/flags/${flag.id}`)).status).toBe('dismissed');
  });

  it('assigns claims and gives each member their queue', async () => {
    const claim = claimAt('72,000 units');
    const assigned = await t
      .http()
      .put(`/v1/claims/${claim.id}/assignee`)
      .set(bearer(room.keys.editor))
      .set('If-Match', await etag(`/v1/claims/${claim.id}`))
      .send({ assigneeId: room.userIds.reporter })
      .expect(200);
    expect(assigned.body.assigneeId).toBe(room.userIds.reporter);
    const byReporter = await t
      .http()
      .put(`/v1/claims/${claim.id}/assignee`)
      .set(bearer(room.keys.reporter))
      .set('If-Match', `"v${assigned.body.version}"`)
      .send({ assigneeId: null });
    expectProblem(byReporter, 403);
    const stranger = await t
      .http()
      .put(`/v1/claims/${claim.id}/assignee`)
      .set(bearer(room.keys.editor))
      .set('If-Match', `"v${assigned.body.version}"`)
      .send({ assigneeId: '00000000-0000-4000-8000-000000000000' });
    expectProblem(stranger, 400);
    await transition(claim.id, { to: 'in_review' }, room.keys.reporter);
    const queue = await get('/v1/claims?assignee=me&status=in_review', room.keys.reporter);
    expect(queue.items.map((c: Claim) => c.id)).toEqual([claim.id]);
    expect((await get('/v1/claims?assignee=me', room.keys.editor)).items).toEqual([]);
    // Triage: the claims no one has taken yet.
    const unassigned = (await get(`/v1/claims?documentId=${documentId}&assignee=none&limit=200`))
      .items as Claim[];
    expect(unassigned.length).toBeGreaterThan(0);
    expect(unassigned.map((c) => c.id)).not.toContain(claim.id);
    expect(
      unassigned.every((c) => (c as Claim & { assigneeId: unknown }).assigneeId === null),
    ).toBe(true);
  });

  it('keeps evidence and comments on a claim', async () => {
    const claim = claimAt('36.3%');
    await t
      .http()
      .post(`/v1/claims/${claim.id}/evidence`)
      .set(bearer(room.keys.reporter))
      .send({
        url: 'https://example.org/kazakhstan-car-sales-2023',
        note: 'Association figures: 36.3%.',
        stance: 'supports',
      })
      .expect(201);
    const bad = await t
      .http()
      .post(`/v1/claims/${claim.id}/evidence`)
      .set(bearer(room.keys.reporter))
      .send({ note: 'x', stance: 'maybe', url: 'nope' });
    expectProblem(bad, 400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'stance',
      'url',
    ]);
    await t
      .http()
      .post(`/v1/claims/${claim.id}/comments`)
      .set(bearer(room.keys.editor))
      .send({ body: 'Check the association report.' })
      .expect(201);
    expect(await get(`/v1/claims/${claim.id}/evidence`, room.keys.auditor)).toEqual({
      items: [expect.objectContaining({ stance: 'supports' })],
      nextCursor: null,
    });
    expect(await get(`/v1/claims/${claim.id}/comments`, room.keys.auditor)).toEqual({
      items: [expect.objectContaining({ body: 'Check the association report.' })],
      nextCursor: null,
    });
  });

  it('pages comments, evidence and history like every list', async () => {
    const claim = claimAt('22 MOUs');
    for (let i = 0; i < 5; i++)
      await t
        .http()
        .post(`/v1/claims/${claim.id}/comments`)
        .set(bearer(room.keys.editor))
        .send({ body: `Comment ${i}` })
        .expect(201);
    const bodies: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ body: string }>; nextCursor: string | null } = await get(
        `/v1/claims/${claim.id}/comments?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.items.length).toBeLessThanOrEqual(2);
      bodies.push(...page.items.map((comment) => comment.body));
      cursor = page.nextCursor;
    } while (cursor);
    expect(bodies).toEqual(['Comment 0', 'Comment 1', 'Comment 2', 'Comment 3', 'Comment 4']);
    const first = await get(`/v1/claims/${claim.id}/history?limit=1`);
    const second = await get(`/v1/claims/${claim.id}/history?limit=1&cursor=${first.nextCursor}`);
    expect(second.items[0].seq).toBeGreaterThan(first.items[0].seq);
    expect((await get(`/v1/claims/${claim.id}/evidence?limit=1`)).items).toEqual([]);
  });

  it('removes and adds relations, and the checks follow', async () => {
    const eleven = claimAt('11');
    const doc = await get(`/v1/documents/${documentId}`);
    const relation = doc.relations.find(
      (r: { type: string; parts?: string[] }) =>
        r.type === 'parts-of-total' && r.parts?.includes(eleven.id),
    );
    const before = await sumFlag();
    await t
      .http()
      .delete(`/v1/claims/${eleven.id}/relations/${relation.id}`)
      .set(bearer(room.keys.reporter))
      .expect(204);
    // The flag was resolved by the editor earlier; without the relation there is no finding, and it stays closed.
    expect((await get(`/v1/flags/${before.id}`)).status).toBe('resolved');
    const added = await t
      .http()
      .post(`/v1/claims/${eleven.id}/relations`)
      .set(bearer(room.keys.reporter))
      .send({ type: 'parts-of-total', total: relation.total, parts: relation.parts })
      .expect(201);
    expect(added.body).toMatchObject({
      type: 'parts-of-total',
      origin: 'manual',
      total: relation.total,
      parts: relation.parts,
      complete: true,
    });
    const missingPart = await t
      .http()
      .post(`/v1/claims/${eleven.id}/relations`)
      .set(bearer(room.keys.reporter))
      .send({ type: 'parts-of-total', parts: [eleven.id] });
    expectProblem(missingPart, 400);
    expect(missingPart.body.errors).toEqual([expect.objectContaining({ field: 'total' })]);
  });

  it("tells a claim's history in order, readably", async () => {
    const { items: history } = await get(
      `/v1/claims/${claimAt('11').id}/history`,
      room.keys.auditor,
    );
    const actions = history.map((e: { action: string }) => e.action);
    expect(actions[0]).toBe('claim.extracted');
    expect(actions).toEqual(expect.arrayContaining(['claim.start-review', 'claim.set-verdict']));
    const verdict = history.find((e: { action: string }) => e.action === 'claim.set-verdict');
    expect(verdict.summary).toBe(`editor of ${room.slug} (editor) set the verdict verified`);
    expect(history.map((e: { seq: number }) => e.seq)).toEqual(
      [...history.map((e: { seq: number }) => e.seq)].sort((a, b) => a - b),
    );
  });

  it('marks a false extraction as not a claim: out of the checks and the lists, in the ledger, and restorable', async () => {
    // An article of its own: its flags change here.
    const own = await createNewsroom(t.app);
    const seed = await submitSeedArticle<Claim>(t, own);
    const eleven = seed.claims.find((c) => c.exact === '11' && c.kind === 'numeric') as Claim;
    const editor = (path: string) => t.http().get(path).set(bearer(own.keys.editor));
    const move = async (body: Record<string, unknown>, key = own.keys.editor) =>
      t
        .http()
        .post(`/v1/claims/${eleven.id}/transitions`)
        .set(bearer(key))
        .set('If-Match', (await editor(`/v1/claims/${eleven.id}`)).headers.etag)
        .send(body);
    const sum = async () =>
      ((await editor(`/v1/flags?documentId=${seed.id}&rule=sum-mismatch`)).body.items as Flag[])[0];
    expect((await sum()).status).toBe('open');

    expectProblem(
      await move({ to: 'not_a_claim', reason: 'extraction-error', note: 'n' }, own.keys.reporter),
      403,
    );
    const unexplained = await move({ to: 'not_a_claim', reason: 'extraction-error' });
    expectProblem(unexplained, 409);
    expect(unexplained.body.field).toBe('note');
    const rejected = await move({
      to: 'not_a_claim',
      reason: 'extraction-error',
      note: 'A list number, not a count of MOUs.',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({
      status: 'not_a_claim',
      statusReason: 'extraction-error',
    });

    // Out of the checks: the sum that named it no longer holds.
    expect(await sum()).toMatchObject({ status: 'resolved', reason: 'no-longer-holds' });
    // Out of the default lists, there when asked for.
    const listed = (await editor(`/v1/claims?documentId=${seed.id}&limit=200`)).body
      .items as Claim[];
    expect(listed.map((c) => c.id)).not.toContain(eleven.id);
    const marked = (await editor(`/v1/claims?documentId=${seed.id}&status=not_a_claim`)).body
      .items as Claim[];
    expect(marked.map((c) => c.id)).toEqual([eleven.id]);
    const history = (await editor(`/v1/claims/${eleven.id}/history`)).body.items as Array<{
      action: string;
      summary: string;
    }>;
    expect(history.find((event) => event.action === 'claim.reject')).toMatchObject({
      summary: expect.stringContaining(
        'marked it as not a claim (reason: extraction-error, "A list number, not a count of MOUs.")',
      ),
    });

    expectProblem(await move({ to: 'in_review' }), 409);
    const restored = await move({ to: 'unreviewed', reason: 'other' });
    expect(restored.status).toBe(200);
    expect(restored.body.status).toBe('unreviewed');
    expect((await sum()).status).toBe('open');
  });

  describe('concurrency and atomicity', () => {
    async function allEvents(): Promise<HashedEvent[]> {
      const { rows } = await t.sql.query<{ canonical: string; hash: string }>(
        'SELECT canonical, hash FROM ledger_events WHERE workspace_id = $1 ORDER BY seq',
        [room.workspaceId],
      );
      return rows.map((row) => ({ ...JSON.parse(row.canonical), hash: row.hash }));
    }

    it('lets exactly one of 20 parallel transitions with the same ETag through', async () => {
      const claim = claimAt('70,000 units');
      const tag = await etag(`/v1/claims/${claim.id}`);
      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          t
            .http()
            .post(`/v1/claims/${claim.id}/transitions`)
            .set(bearer(room.keys.reporter))
            .set('If-Match', tag)
            .send({ to: 'in_review' }),
        ),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 412)).toHaveLength(19);
      const { items: history } = await get(`/v1/claims/${claim.id}/history`);
      expect(
        history.filter((e: { action: string }) => e.action === 'claim.start-review'),
      ).toHaveLength(1);
      expect(verifyChain(await allEvents()).ok).toBe(true);
    });

    it('keeps one chain without gaps or forks under 100 parallel writes across 10 claims', async () => {
      const targets = claims.slice(0, 10);
      const results = await Promise.all(
        Array.from({ length: 100 }, (_v, i) =>
          t
            .http()
            .post(`/v1/claims/${targets[i % 10].id}/comments`)
            .set(bearer(room.keys.reporter))
            .send({ body: `note ${i}` }),
        ),
      );
      expect(results.every((r) => r.status === 201)).toBe(true);
      const events = await allEvents();
      expect(events.map((e) => e.seq)).toEqual(events.map((_e, i) => i + 1));
      expect(verifyChain(events).ok).toBe(true);
      expect(
        events.filter(
          (e) =>
            e.action === 'comment.added' &&
            String((e.data as { body: string }).body).startsWith('note '),
        ),
      ).toHaveLength(100);
    });

    it('keeps neither the change nor its event when the commit fails after the change', async () => {
      const claim = claimAt('22 MOUs');
      const client = await t.sql.connect();
      try {
        // Fails the transaction when its event is written, after the comment row went in.
        await client.query(`CREATE FUNCTION refuse_event() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN RAISE EXCEPTION 'forced failure before commit'; END $$`);
        await client.query(`CREATE TRIGGER refuse_comment_events BEFORE INSERT ON ledger_events
          FOR EACH ROW WHEN (NEW.action = 'comment.added') EXECUTE FUNCTION refuse_event()`);
        const head = await get('/v1/ledger/head');
        const res = await t
          .http()
          .post(`/v1/claims/${claim.id}/comments`)
          .set(bearer(room.keys.reporter))
          .send({ body: 'lost on purpose' });
        expect(res.status).toBe(500);
        const comments = await t.sql.query(`SELECT 1 FROM comments WHERE body = 'lost on purpose'`);
        expect(comments.rowCount).toBe(0);
        expect((await get('/v1/ledger/head')).seq).toBe(head.seq);
      } finally {
        await client.query('DROP TRIGGER IF EXISTS refuse_comment_events ON ledger_events');
        await client.query('DROP FUNCTION IF EXISTS refuse_event()');
        client.release();
      }
    });
  });
});
