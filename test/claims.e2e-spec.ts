import { bearer, createNewsroom, type Newsroom } from './support/factories.js';
import { expectProblem } from './support/problem.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// An emoji (two UTF-16 units, one code point) and a combining accent before the
// claim: code-point offsets and UTF-16 indices differ from here on.
const TEXT = '🚀 Launch day\nThe re\u0301sume\u0301 says 35 memorandums were signed, then 11 more.';
const cp = (s: string) => Array.from(s).length;

describe('claims', () => {
  let t: TestApp;
  let room: Newsroom;
  let documentId: string;
  let normalized: string;

  beforeAll(async () => {
    t = await startTestApp();
    room = await createNewsroom(t.app);
    const doc = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({ title: 'Spans', text: TEXT })
      .expect(201);
    documentId = doc.body.id;
    normalized = doc.body.text;
  });
  afterAll(() => t.close());

  function spanOf(exact: string) {
    const utf16 = normalized.indexOf(exact);
    const start = cp(normalized.slice(0, utf16));
    return { start, end: start + cp(exact), exact };
  }

  function createClaim(body: Record<string, unknown>, key = room.keys.reporter) {
    return t.http().post(`/v1/documents/${documentId}/claims`).set(bearer(key)).send(body);
  }

  it('stores a manual claim at code-point offsets after an emoji and a combining mark', async () => {
    const span = spanOf('35 memorandums');
    expect(span.start).not.toBe(normalized.indexOf('35 memorandums'));
    const res = await createClaim({
      kind: 'numeric',
      ...span,
      value: 35,
      unit: 'MOU',
      subject: 'memorandums signed',
    }).expect(201);
    expect(res.body).toMatchObject({
      kind: 'numeric',
      origin: 'manual',
      status: 'unreviewed',
      start: span.start,
      end: span.end,
      exact: '35 memorandums',
      value: 35,
      unit: 'MOU',
      version: 1,
    });
    expect(Array.from(normalized).slice(res.body.start, res.body.end).join('')).toBe(
      '35 memorandums',
    );
    expect(res.body.prefix).toBe(
      Array.from(normalized)
        .slice(Math.max(0, span.start - 32), span.start)
        .join(''),
    );
    expect(res.body.suffix).toBe(
      Array.from(normalized)
        .slice(span.end, span.end + 32)
        .join(''),
    );
    expect(res.headers.etag).toBe('"v1"');
  });

  it('gives every claim its span as W3C Web Annotation selectors, in code points of the stored text', async () => {
    const { body } = await t
      .http()
      .get(`/v1/claims?documentId=${documentId}`)
      .set(bearer(room.keys.reporter))
      .expect(200);
    const codePoints = Array.from(normalized);
    expect(body.items.length).toBeGreaterThan(0);
    for (const claim of body.items) {
      const [position, quote] = claim.target.selector;
      expect(position).toEqual({
        type: 'TextPositionSelector',
        start: claim.start,
        end: claim.end,
      });
      expect(quote).toEqual({
        type: 'TextQuoteSelector',
        exact: claim.exact,
        prefix: claim.prefix,
        suffix: claim.suffix,
      });
      expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact);
      expect(codePoints.slice(0, position.start).join('').endsWith(quote.prefix)).toBe(true);
      expect(codePoints.slice(position.end).join('').startsWith(quote.suffix)).toBe(true);
    }
  });

  it('refuses a span whose text differs (422, expected and found) and stores nothing', async () => {
    const span = spanOf('35 memorandums');
    const res = await createClaim({
      kind: 'numeric',
      start: span.start + 1,
      end: span.end + 1,
      exact: '35 memorandums',
      value: 35,
    }).expect(422);
    expectProblem(res, 422);
    expect(res.body).toMatchObject({ expected: '35 memorandums', found: '5 memorandums ' });
    const count = await t.sql.query('SELECT count(*)::int AS n FROM claims WHERE start = $1', [
      span.start + 1,
    ]);
    expect(count.rows[0].n).toBe(0);
  });

  it.each([
    ['outside the text', { start: 0, end: 10_000 }],
    ['empty', { start: 5, end: 5 }],
  ])('refuses a span %s with 422', async (_name, offsets) => {
    const res = await createClaim({ kind: 'numeric', ...offsets, exact: 'x', value: 1 }).expect(
      422,
    );
    expectProblem(res, 422);
  });

  it('refuses inconsistent fields with 400 naming them', async () => {
    const span = spanOf('11');
    const noValue = await createClaim({ kind: 'numeric', ...span }).expect(400);
    expect(noValue.body.errors).toEqual([expect.objectContaining({ field: 'value' })]);
    const quoteWithUnit = await createClaim({ kind: 'quote', ...span, unit: '%' }).expect(400);
    expect(quoteWithUnit.body.errors).toEqual([expect.objectContaining({ field: 'unit' })]);
    const badKind = await createClaim({ kind: 'rumour', ...span }).expect(400);
    expect(badKind.body.errors).toEqual([expect.objectContaining({ field: 'kind' })]);
  });

  it('answers 404 for a claim on an unknown document', async () => {
    const res = await t
      .http()
      .post('/v1/documents/00000000-0000-4000-8000-000000000000/claims')
      .set(bearer(room.keys.reporter))
      .send({ kind: 'numeric', start: 0, end: 1, exact: 'x', value: 1 })
      .expect(404);
    expectProblem(res, 404);
  });

  describe('correction with optimistic concurrency', () => {
    let claimId: string;

    beforeAll(async () => {
      const res = await createClaim({
        kind: 'numeric',
        ...spanOf('11'),
        value: 11,
        unit: 'MOU',
      }).expect(201);
      claimId = res.body.id;
    });

    it('gives a strong ETag on GET', async () => {
      const res = await t
        .http()
        .get(`/v1/claims/${claimId}`)
        .set(bearer(room.keys.auditor))
        .expect(200);
      expect(res.headers.etag).toBe(`"v${res.body.version}"`);
    });

    it('refuses a PATCH without If-Match (428) and changes nothing', async () => {
      const res = await t
        .http()
        .patch(`/v1/claims/${claimId}`)
        .set(bearer(room.keys.editor))
        .send({ value: 12 })
        .expect(428);
      expectProblem(res, 428);
      const after = await t
        .http()
        .get(`/v1/claims/${claimId}`)
        .set(bearer(room.keys.editor))
        .expect(200);
      expect(after.body.value).toBe(11);
    });

    it('applies a PATCH at the current version, records who corrected it, and bumps the ETag', async () => {
      const res = await t
        .http()
        .patch(`/v1/claims/${claimId}`)
        .set(bearer(room.keys.editor))
        .set('If-Match', '"v1"')
        .send({ value: 11.5, subject: 'MOUs signed later' })
        .expect(200);
      expect(res.body).toMatchObject({
        value: 11.5,
        subject: 'MOUs signed later',
        version: 2,
        correctedBy: room.userIds.editor,
      });
      expect(res.headers.etag).toBe('"v2"');
    });

    it('refuses a PATCH with a stale ETag (412) and changes nothing', async () => {
      const res = await t
        .http()
        .patch(`/v1/claims/${claimId}`)
        .set(bearer(room.keys.reporter))
        .set('If-Match', '"v1"')
        .send({ value: 99 })
        .expect(412);
      expectProblem(res, 412);
      const after = await t
        .http()
        .get(`/v1/claims/${claimId}`)
        .set(bearer(room.keys.reporter))
        .expect(200);
      expect(after.body).toMatchObject({ value: 11.5, version: 2 });
    });

    it('moves the span only when the new text matches (422 otherwise)', async () => {
      const bad = await t
        .http()
        .patch(`/v1/claims/${claimId}`)
        .set(bearer(room.keys.reporter))
        .set('If-Match', '"v2"')
        .send({ ...spanOf('11 more'), exact: '12 more' })
        .expect(422);
      expectProblem(bad, 422);
      const good = await t
        .http()
        .patch(`/v1/claims/${claimId}`)
        .set(bearer(room.keys.reporter))
        .set('If-Match', '"v2"')
        .send(spanOf('11 more'))
        .expect(200);
      expect(good.body).toMatchObject({ exact: '11 more', version: 3 });
    });

    it('refuses a PATCH that changes nothing (400)', async () => {
      const res = await t
        .http()
        .patch(`/v1/claims/${claimId}`)
        .set(bearer(room.keys.reporter))
        .set('If-Match', '"v3"')
        .send({})
        .expect(400);
      expectProblem(res, 400);
    });
  });

  it('lists claims filtered by document, status and kind', async () => {
    const other = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({ title: 'Other', text: 'He said "nothing at all" to 4 people.' })
      .expect(201);
    await t
      .http()
      .post(`/v1/documents/${other.body.id}/claims`)
      .set(bearer(room.keys.reporter))
      .send({ kind: 'quote', start: 9, end: 23, exact: 'nothing at all', speaker: 'He' })
      .expect(201);
    const quotes = await t
      .http()
      .get('/v1/claims')
      .query({ kind: 'quote' })
      .set(bearer(room.keys.auditor))
      .expect(200);
    // The words he said are found as a quote with no speaker; the reporter's own claim is the second.
    expect(
      quotes.body.items.map((c: { exact: string; origin: string; speaker: string | null }) => [
        c.exact,
        c.origin,
        c.speaker,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['nothing at all', 'extracted', null],
        ['nothing at all', 'manual', 'He'],
      ]),
    );
    expect(quotes.body.items).toHaveLength(2);
    const ofDocument = await t
      .http()
      .get('/v1/claims')
      .query({ documentId })
      .set(bearer(room.keys.auditor))
      .expect(200);
    expect(ofDocument.body.items.length).toBeGreaterThanOrEqual(2);
    expect(
      ofDocument.body.items.every((c: { documentId: string }) => c.documentId === documentId),
    ).toBe(true);
    const unreviewed = await t
      .http()
      .get('/v1/claims')
      .query({ status: 'unreviewed', limit: 1 })
      .set(bearer(room.keys.auditor))
      .expect(200);
    expect(unreviewed.body.items).toHaveLength(1);
    expect(unreviewed.body.nextCursor).toEqual(expect.any(String));
    const badStatus = await t
      .http()
      .get('/v1/claims')
      .query({ status: 'maybe' })
      .set(bearer(room.keys.auditor))
      .expect(400);
    expect(badStatus.body.errors).toEqual([expect.objectContaining({ field: 'status' })]);
  });
});
