// Relations of every type over HTTP: what the extractor links at ingest (a change,
// a change stated in a word, shares of one group), what the checks raise from them,
// what a person links and unlinks by hand, and what the document says the checks read.
import { CLEAN_RESULTS, FLAGGED_RESULTS, type Span } from './support/check-articles.js';
import { bearer, createNewsroom, type Newsroom } from './support/factories.js';
import { expectProblem } from './support/problem.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Claim {
  id: string;
  exact: string;
  kind: string;
  start: number;
  end: number;
}
interface Flag {
  id: string;
  rule: string;
  claims: string[];
  spans: Span[];
  message: string;
}
interface Relation {
  id: string;
  type: string;
  origin: string;
  [field: string]: unknown;
}
interface DocumentBody {
  id: string;
  text: string;
  claims: Claim[];
  relations: Relation[];
  flags: Flag[];
  checks: {
    rules: string[];
    relations: number;
    relationsByType: Record<string, number>;
    numericClaims: number;
    quotes: number;
  };
}

const RULES = [
  'sum-mismatch',
  'share-mismatch',
  'share-overflow',
  'change-mismatch',
  'value-conflict',
  'cross-document-conflict',
  'name-variant',
  'unattributed-quote',
  'hedged-attribution',
];

describe('relations of every type', () => {
  let t: TestApp;
  let room: Newsroom;
  let article: DocumentBody;
  let clean: DocumentBody;

  const submit = async (title: string, text: string) =>
    (
      await t
        .http()
        .post('/v1/documents')
        .set(bearer(room.keys.reporter))
        .send({ title, text })
        .expect(201)
    ).body as DocumentBody;
  const getDocument = async (id: string) =>
    (await t.http().get(`/v1/documents/${id}`).set(bearer(room.keys.auditor)).expect(200))
      .body as DocumentBody;
  const idOf = (document: DocumentBody, exact: string, nth = 0) => {
    const found = document.claims.filter((c) => c.exact === exact && c.kind === 'numeric');
    expect(found.length).toBeGreaterThan(nth);
    return found[nth].id;
  };
  const link = (claimId: string, body: Record<string, unknown>) =>
    t.http().post(`/v1/claims/${claimId}/relations`).set(bearer(room.keys.reporter)).send(body);

  beforeAll(async () => {
    t = await startTestApp();
    room = await createNewsroom(t.app);
    article = await submit('Results', FLAGGED_RESULTS);
    clean = await submit('Clean results', CLEAN_RESULTS);
  });
  afterAll(() => t.close());

  it('stores and answers the change and shares-of-one-group relations the extractor finds', async () => {
    const [thirty, from, to] = ['30%', '£200m', '£120m'].map((exact) => idOf(article, exact));
    const [cents17, cents34] = ['17 cents', '34 cents'].map((exact) => idOf(article, exact));
    const shares = [idOf(article, '48%'), idOf(article, '27%'), idOf(article, '30%', 1)];
    for (const document of [article, await getDocument(article.id)]) {
      expect(document.relations).toEqual(
        expect.arrayContaining([
          {
            id: expect.any(String),
            documentId: article.id,
            origin: 'extracted',
            type: 'change',
            from,
            to,
            change: thirty,
            by: null,
            direction: 'fall',
            factor: null,
          },
          expect.objectContaining({
            type: 'change',
            from: cents34,
            to: cents17,
            change: null,
            direction: 'fall',
            factor: '0.5',
          }),
          {
            id: expect.any(String),
            documentId: article.id,
            origin: 'extracted',
            type: 'shares-of-one-group',
            shares,
          },
        ]),
      );
    }
    // Each relation's event carries its fields.
    const events = await t.sql.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM ledger_events WHERE action = 'relation.created' AND document_id = $1`,
      [article.id],
    );
    expect(events.rows.map((row) => row.data)).toEqual(
      expect.arrayContaining([
        {
          type: 'change',
          from: cents34,
          to: cents17,
          change: null,
          by: null,
          direction: 'fall',
          factor: '0.5',
          origin: 'extracted',
        },
        { type: 'shares-of-one-group', shares, origin: 'extracted' },
      ]),
    );
  });

  it('raises change-mismatch and share-overflow from them, with the spans of their claims', async () => {
    const byRule = new Map(article.flags.map((flag) => [flag.rule, flag]));
    const change = byRule.get('change-mismatch') as Flag;
    expect(change.message).toMatch(/40% fall, but the stated change is a 30% fall/);
    const overflow = byRule.get('share-overflow') as Flag;
    expect(overflow.message).toMatch(/= 105%, more than the whole/);
    for (const flag of [change, overflow]) {
      // Its claims' spans (the claims themselves come in no particular order).
      const claims = flag.claims.map((id) => article.claims.find((c) => c.id === id) as Claim);
      expect(flag.spans).toHaveLength(claims.length);
      expect(flag.spans).toEqual(
        expect.arrayContaining(claims.map(({ start, end, exact }) => ({ start, end, exact }))),
      );
      for (const span of flag.spans)
        expect(Array.from(article.text).slice(span.start, span.end).join('')).toBe(span.exact);
      const fetched = await t
        .http()
        .get(`/v1/flags/${flag.id}`)
        .set(bearer(room.keys.auditor))
        .expect(200);
      expect(fetched.body.spans).toEqual(flag.spans);
    }
    expect(overflow.spans.map((span) => span.exact)).toEqual(['48%', '27%', '30%']);
  });

  it('says what the checks read: the rules, the relations by type, the numbers and quotes', async () => {
    const expected = {
      rules: RULES,
      relations: 3,
      relationsByType: {
        'parts-of-total': 0,
        'share-of': 0,
        change: 2,
        'shares-of-one-group': 1,
        'same-quantity': 0,
      },
      numericClaims: article.claims.filter((c) => c.kind === 'numeric').length,
      quotes: 0,
    };
    expect(article.checks).toEqual(expected);
    expect((await getDocument(article.id)).checks).toEqual(expected);
    expect(clean.flags).toEqual([]);
    expect(clean.checks).toMatchObject({
      relations: 2,
      relationsByType: { change: 1, 'shares-of-one-group': 1 },
      numericClaims: 6,
    });
  });

  it('links a change by hand, with a factor that the checks read, and unlinks it', async () => {
    const [ten, after, before] = ['10%', '£110m', '£100m'].map((exact) => idOf(clean, exact));
    const stated = await link(ten, {
      type: 'change',
      from: before,
      to: after,
      change: ten,
      direction: 'rise',
    }).expect(201);
    expect(stated.body).toEqual({
      id: expect.any(String),
      documentId: clean.id,
      origin: 'manual',
      type: 'change',
      from: before,
      to: after,
      change: ten,
      by: null,
      direction: 'rise',
      factor: null,
    });
    expect((await getDocument(clean.id)).flags).toEqual([]);

    // "doubled": £100m × 2 is not £110m, and the checks say so.
    const doubled = await link(after, {
      type: 'change',
      from: before,
      to: after,
      factor: '2',
    }).expect(201);
    expect(doubled.body).toMatchObject({ change: null, direction: null, factor: '2' });
    const flagged = await getDocument(clean.id);
    const mismatch = flagged.flags.find((flag) => flag.rule === 'change-mismatch') as Flag;
    expect(mismatch.claims.sort()).toEqual([before, after].sort());
    expect(mismatch.spans.map((span) => span.exact).sort()).toEqual(['£100m', '£110m']);
    expect(flagged.checks.relationsByType.change).toBe(3);
    const event = await t.sql.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM ledger_events WHERE action = 'relation.created' AND subject_id = $1`,
      [doubled.body.id],
    );
    expect(event.rows[0].data).toEqual({
      type: 'change',
      from: before,
      to: after,
      change: null,
      by: null,
      direction: null,
      factor: '2',
      origin: 'manual',
    });

    await t
      .http()
      .delete(`/v1/claims/${after}/relations/${doubled.body.id}`)
      .set(bearer(room.keys.reporter))
      .expect(204);
    const unlinked = await getDocument(clean.id);
    expect(unlinked.flags.find((flag) => flag.id === mismatch.id)).toMatchObject({
      status: 'resolved',
    });
    const removed = await t.sql.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM ledger_events WHERE action = 'relation.removed' AND subject_id = $1`,
      [doubled.body.id],
    );
    expect(removed.rows[0].data).toMatchObject({ type: 'change', factor: '2' });
  });

  it('links shares of one group and parts of a total, complete by default with two parts', async () => {
    const [yes, no, undecided] = ['61%', '24%', '9%'].map((exact) => idOf(clean, exact));
    const group = await link(yes, { type: 'shares-of-one-group', shares: [yes, no] }).expect(201);
    expect(group.body).toMatchObject({ type: 'shares-of-one-group', shares: [yes, no] });

    const [total, part1, part2] = ['£110m', '£100m', '10%'].map((exact) => idOf(clean, exact));
    const complete = await link(total, {
      type: 'parts-of-total',
      total,
      parts: [part1, undecided],
    }).expect(201);
    expect(complete.body).toMatchObject({ type: 'parts-of-total', complete: true });
    const one = await link(total, { type: 'parts-of-total', total, parts: [part1] }).expect(201);
    expect(one.body).toMatchObject({ parts: [part1], complete: false });
    const subset = await link(total, {
      type: 'parts-of-total',
      total,
      parts: [part1, part2],
      complete: false,
    }).expect(201);
    expect(subset.body).toMatchObject({ complete: false });
    const stored = (await getDocument(clean.id)).relations;
    expect(stored.find((r) => r.id === subset.body.id)).toMatchObject({ complete: false });
    expect(stored.find((r) => r.id === complete.body.id)).toMatchObject({ complete: true });
  });

  it('refuses a bad relation with 400 naming the field, and stores nothing', async () => {
    const [ten, after, before] = ['10%', '£110m', '£100m'].map((exact) => idOf(clean, exact));
    const yes = idOf(clean, '61%');
    const count = async () =>
      (
        await t.sql.query('SELECT count(*)::int AS n FROM claim_relations WHERE document_id = $1', [
          clean.id,
        ])
      ).rows[0].n as number;
    const before_ = await count();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ type: 'change', to: after }, 'from'],
      [{ type: 'change', from: before }, 'to'],
      [{ type: 'change', from: before, to: after, factor: 'half' }, 'factor'],
      [{ type: 'change', from: before, to: after, factor: 2 }, 'factor'],
      [{ type: 'change', from: before, to: after, factor: '1' }, 'factor'],
      [{ type: 'change', from: before, to: after, factor: '0.5', direction: 'rise' }, 'direction'],
      [{ type: 'change', from: before, to: after, change: ten, factor: '2' }, 'factor'],
      [{ type: 'change', from: before, to: after, direction: 'up' }, 'direction'],
      [{ type: 'change', from: before, to: after, parts: [ten] }, 'parts'],
      [{ type: 'shares-of-one-group', shares: [yes] }, 'shares'],
      [{ type: 'shares-of-one-group', shares: [yes, 'not-a-uuid'] }, 'shares'],
      [{ type: 'parts-of-total', total: after, parts: [before], complete: true }, 'complete'],
      [{ type: 'parts-of-total', total: after, parts: [before, ten], complete: 'yes' }, 'complete'],
      [{ type: 'stated-change', from: before, to: after }, 'type'],
      [{ type: 'change', from: before, to: before }, 'to'],
      [{ type: 'shares-of-one-group', shares: [yes, after] }, 'shares'],
      [{ type: 'share-of', part: before, share: after, total: after }, 'total'],
    ];
    for (const [body, field] of cases) {
      const claimId = (body.to ?? body.from ?? body.total ?? yes) as string;
      const res = await link(claimId, body);
      expectProblem(res, 400);
      expect({ body, fields: res.body.errors.map((e: { field: string }) => e.field) }).toEqual({
        body,
        fields: [field],
      });
    }
    expect(await count()).toBe(before_);
  });

  it('refuses to link a quote, which no check reads as a number', async () => {
    const quoted = await submit(
      'Beds',
      'The mayor said: "We have counted 40 beds in the shelter." The council counted 40 beds.',
    );
    const quote = quoted.claims.find((claim) => claim.kind === 'quote') as Claim;
    const beds = idOf(quoted, '40 beds', 1);
    const res = await link(beds, { type: 'same-quantity', claims: [beds, quote.id] });
    expectProblem(res, 400);
    expect(res.body.errors).toEqual([
      { field: 'claims', message: `claim ${quote.id} is a quote; relations link numbers` },
    ]);
  });
});
