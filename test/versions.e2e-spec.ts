// Revisions over HTTP: a corrected article becomes a new version, its claims re-anchor
// (kept, moved, changed value, needing an anchor, new), the checks re-run, verdicts that
// rested on a changed figure go stale, and every decision is in the ledger.
import { bearer, createNewsroom, SEED_TEXT, type Newsroom } from './support/factories.js';
import { expectProblem } from './support/problem.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Claim {
  id: string;
  exact: string;
  kind: string;
  start: number;
  end: number;
  value: number | null;
  status: string;
  documentVersionId: string;
  statusReason: string | null;
}
interface Flag {
  id: string;
  rule: string;
  status: string;
}
interface DocumentBody {
  id: string;
  text: string;
  version: { id: string; number: number };
  claims: Claim[];
  flags: Flag[];
}

const CORRECTED = SEED_TEXT.replace('a total of 35', 'a total of 33').replace(
  'Of the 35 MOUs',
  'Of the 33 MOUs',
);

describe('document versions', () => {
  let t: TestApp;
  let room: Newsroom;
  let document: DocumentBody;

  const get = async <T>(path: string, key = room.keys.editor) =>
    (await t.http().get(path).set(bearer(key)).expect(200)).body as T;
  const etagOf = async (path: string) =>
    (await t.http().get(path).set(bearer(room.keys.editor)).expect(200)).headers.etag;
  const postVersion = async (text: string, ifMatch?: string, key = room.keys.reporter) => {
    const request = t.http().post(`/v1/documents/${document.id}/versions`).set(bearer(key));
    if (ifMatch !== undefined) void request.set('If-Match', ifMatch);
    return request.send({ text });
  };
  const claimOf = (body: DocumentBody, exact: string) =>
    body.claims.find((c) => c.exact === exact && c.kind === 'numeric') as Claim;
  const transition = async (id: string, body: Record<string, unknown>) =>
    t
      .http()
      .post(`/v1/claims/${id}/transitions`)
      .set(bearer(room.keys.editor))
      .set('If-Match', await etagOf(`/v1/claims/${id}`))
      .send(body)
      .expect(200);

  beforeAll(async () => {
    t = await startTestApp();
    room = await createNewsroom(t.app);
    document = (
      await t
        .http()
        .post('/v1/documents')
        .set(bearer(room.keys.reporter))
        .send({ title: 'Seed', text: SEED_TEXT })
        .expect(201)
    ).body as DocumentBody;
  });
  afterAll(() => t.close());

  it("names the document's current version in its ETag", async () => {
    expect(await etagOf(`/v1/documents/${document.id}`)).toBe('"v1"');
    const versions = await get<{ items: Array<{ number: number; revision: unknown }> }>(
      `/v1/documents/${document.id}/versions`,
    );
    expect(versions.items).toEqual([expect.objectContaining({ number: 1 })]);
    expect(versions.items[0].revision).toBeUndefined();
  });

  it('refuses a new version without If-Match, with a stale one, from an auditor, or of white space', async () => {
    expectProblem(await postVersion(CORRECTED), 428);
    expectProblem(await postVersion(CORRECTED, '"v7"'), 412);
    expectProblem(await postVersion(CORRECTED, '"v1"', room.keys.auditor), 403);
    const blank = await postVersion('  \n ', '"v1"');
    expectProblem(blank, 400);
    expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'text' })]);
    expect(await etagOf(`/v1/documents/${document.id}`)).toBe('"v1"');
  });

  it('corrects "a total of 35" to 33: the sum-mismatch flag closes, the verdict goes stale, the diff says so', async () => {
    const total = claimOf(document, '35 memorandums of understanding (MOUs)');
    const sum = document.flags.find((f) => f.rule === 'sum-mismatch');
    expect(sum).toMatchObject({ status: 'open' });
    await transition(total.id, { to: 'in_review' });
    await transition(total.id, {
      to: 'disputed',
      reason: 'source-error',
      note: 'The parts add up to 33.',
    });

    const reviewed = async () =>
      (await get<Array<{ url: string }>>(`/v1/documents/${document.id}/claimreview`)).map(
        (review) => review.url,
      );
    expect(await reviewed()).toEqual([expect.stringContaining(`claim=${total.id}`)]);

    const created = await postVersion(CORRECTED, '"v1"');
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('"v2"');
    // Its verdict went stale: its ClaimReview is withdrawn until it is reviewed again.
    expect(await reviewed()).toEqual([]);
    expect(created.headers.location).toBe(`/v1/documents/${document.id}/versions/2`);
    expect(created.body).toMatchObject({
      number: 2,
      revision: {
        fromVersion: 1,
        counts: expect.objectContaining({ 'changed-value': 2 }),
        flagsClosed: 1,
        staleVerdicts: 1,
      },
    });

    const after = await get<DocumentBody>(`/v1/documents/${document.id}`);
    expect(after.version.number).toBe(2);
    const corrected = after.claims.find((c) => c.id === total.id) as Claim;
    expect(corrected).toMatchObject({
      exact: '33 memorandums of understanding (MOUs)',
      value: 33,
      status: 'in_review',
      documentVersionId: after.version.id,
    });
    expect(after.text.slice(corrected.start, corrected.end)).toBe(corrected.exact);
    expect(after.flags.find((f) => f.id === sum?.id)).toMatchObject({ status: 'resolved' });
    // Every claim still anchored points into the new text.
    for (const claim of after.claims.filter((c) => c.status !== 'needs_anchor'))
      expect(after.text.slice(claim.start, claim.end)).toBe(claim.exact);

    const diff = await get<{
      edits: Array<{ removed: string; inserted: string }>;
      claims: Array<{ claimId: string; outcome: string; before: unknown; after: unknown }>;
      flagsClosed: Array<{ flagId: string; rule: string }>;
      staleVerdicts: Array<{ claimId: string; verdict: string }>;
    }>(`/v1/documents/${document.id}/versions/1/diff/2`);
    expect(diff.edits.map((e) => `${e.removed}→${e.inserted}`)).toEqual(['5→3', '5→3']);
    expect(diff.claims).toContainEqual(
      expect.objectContaining({
        claimId: total.id,
        outcome: 'changed-value',
        before: expect.objectContaining({ value: '35' }),
        after: expect.objectContaining({ value: '33' }),
      }),
    );
    expect(diff.flagsClosed).toEqual([expect.objectContaining({ flagId: sum?.id })]);
    expect(diff.staleVerdicts).toEqual([{ claimId: total.id, verdict: 'disputed' }]);

    const { items: events } = await get<{
      items: Array<{ action: string; subject: { id: string }; data: Record<string, unknown> }>;
    }>(`/v1/ledger/events?documentId=${document.id}&limit=500`, room.keys.auditor);
    const actions = events.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'document.version-created',
        'claim.reanchored',
        'claim.verdict-stale',
        'flag.resolved',
      ]),
    );
    expect(events.find((e) => e.action === 'claim.verdict-stale')).toMatchObject({
      subject: { id: total.id },
      data: expect.objectContaining({ verdict: 'disputed', because: 'changed-value' }),
    });
  });

  it('keeps the sum-mismatch open when only "a total of 35" becomes 33: "Of the 35 MOUs" still says 35', async () => {
    const other = await createNewsroom(t.app);
    const seed = (
      await t
        .http()
        .post('/v1/documents')
        .set(bearer(other.keys.reporter))
        .send({ title: 'Seed', text: SEED_TEXT })
        .expect(201)
    ).body as DocumentBody;
    const sum = seed.flags.find((f) => f.rule === 'sum-mismatch') as Flag;
    const created = await t
      .http()
      .post(`/v1/documents/${seed.id}/versions`)
      .set(bearer(other.keys.editor))
      .set('If-Match', '"v1"')
      .send({ text: SEED_TEXT.replace('a total of 35', 'a total of 33') })
      .expect(201);
    expect(created.body.revision).toMatchObject({ flagsClosed: 0, flagsOpened: 1 });
    const diff = (
      await t
        .http()
        .get(`/v1/documents/${seed.id}/versions/1/diff/2`)
        .set(bearer(other.keys.auditor))
        .expect(200)
    ).body as { flagsOpened: Array<{ rule: string; message: string }> };
    expect(diff.flagsOpened).toEqual([
      expect.objectContaining({ rule: 'value-conflict', message: expect.stringMatching(/33/) }),
    ]);
    const after = (
      await t.http().get(`/v1/documents/${seed.id}`).set(bearer(other.keys.editor)).expect(200)
    ).body as DocumentBody;
    expect(after.flags.find((f) => f.id === sum.id)).toMatchObject({ status: 'open' });
  });

  it('answers 200 with the current version when the same text is sent again', async () => {
    const again = await postVersion(CORRECTED, '"v1"');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ number: 2 });
    expect(
      (await get<{ items: unknown[] }>(`/v1/documents/${document.id}/versions`)).items,
    ).toHaveLength(2);
  });

  it('leaves a claim whose words went waiting for an anchor, and lets a person give it one', async () => {
    const before = await get<DocumentBody>(`/v1/documents/${document.id}`);
    const eleven = before.claims.find((c) => c.exact === '11') as Claim;
    const cut = before.text.replace(', 11 were signed in the presence of the heads of state', '');
    expect(cut).not.toBe(before.text);
    const created = await postVersion(cut, '"v2"');
    expect(created.status).toBe(201);
    expect(created.body.revision.counts.lost).toBeGreaterThanOrEqual(1);

    const lost = await get<Claim>(`/v1/claims/${eleven.id}`);
    expect(lost).toMatchObject({ status: 'needs_anchor', statusReason: 'lost' });
    const defaultList = await get<{ items: Claim[] }>(
      `/v1/claims?documentId=${document.id}&status=needs_anchor`,
    );
    expect(defaultList.items.map((c) => c.id)).toContain(eleven.id);

    // A verdict is refused until it has an anchor.
    const refused = await t
      .http()
      .post(`/v1/claims/${eleven.id}/transitions`)
      .set(bearer(room.keys.editor))
      .set('If-Match', await etagOf(`/v1/claims/${eleven.id}`))
      .send({ to: 'in_review' });
    expectProblem(refused, 409);

    const current = await get<DocumentBody>(`/v1/documents/${document.id}`);
    const at = current.text.indexOf('22 MOUs');
    const wrong = await t
      .http()
      .post(`/v1/claims/${eleven.id}/anchor`)
      .set(bearer(room.keys.reporter))
      .set('If-Match', await etagOf(`/v1/claims/${eleven.id}`))
      .send({ start: at, end: at + 2, exact: '11' });
    expectProblem(wrong, 422);
    const gone = await t
      .http()
      .post(`/v1/claims/${eleven.id}/anchor`)
      .set(bearer(room.keys.reporter))
      .set('If-Match', await etagOf(`/v1/claims/${eleven.id}`))
      .send({ noLongerInText: true, note: 'The correction removed the breakdown.' })
      .expect(200);
    expect(gone.body).toMatchObject({ status: 'not_a_claim', statusReason: 'no-longer-in-text' });
    const again = await t
      .http()
      .post(`/v1/claims/${eleven.id}/anchor`)
      .set(bearer(room.keys.reporter))
      .set('If-Match', gone.headers.etag)
      .send({ noLongerInText: true, note: 'Again.' });
    expectProblem(again, 409);

    // Restored, a claim whose offsets are an older version's needs an anchor again.
    const restored = await t
      .http()
      .post(`/v1/claims/${eleven.id}/transitions`)
      .set(bearer(room.keys.editor))
      .set('If-Match', gone.headers.etag)
      .send({ to: 'unreviewed', reason: 'other' })
      .expect(200);
    expect(restored.body.status).toBe('needs_anchor');

    const twentyTwo = current.text.indexOf('22 MOUs');
    const anchored = await t
      .http()
      .post(`/v1/claims/${eleven.id}/anchor`)
      .set(bearer(room.keys.reporter))
      .set('If-Match', restored.headers.etag)
      .send({ start: twentyTwo, end: twentyTwo + 2, exact: '22' })
      .expect(200);
    expect(anchored.body).toMatchObject({
      status: 'in_review',
      start: twentyTwo,
      exact: '22',
      documentVersionId: current.version.id,
    });
  });

  it('refuses a diff backwards or of a version that does not exist', async () => {
    expectProblem(
      await t
        .http()
        .get(`/v1/documents/${document.id}/versions/2/diff/1`)
        .set(bearer(room.keys.editor)),
      400,
    );
    expectProblem(
      await t
        .http()
        .get(`/v1/documents/${document.id}/versions/1/diff/9`)
        .set(bearer(room.keys.editor)),
      404,
    );
    expectProblem(
      await t
        .http()
        .get(`/v1/documents/${document.id}/versions/zero`)
        .set(bearer(room.keys.editor)),
      400,
    );
    const combined = await get<{ fromVersion: number; toVersion: number }>(
      `/v1/documents/${document.id}/versions/1/diff/3`,
    );
    expect(combined).toMatchObject({ fromVersion: 1, toVersion: 3 });
  });
});
