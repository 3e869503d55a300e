import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { verifyCheckpoint } from '../apps/api/src/chain/checkpoint.js';
import { bearer, createNewsroom, type Newsroom } from './support/factories.js';
import { runCli } from './support/cli.js';
import { expectProblem } from './support/problem.js';
import type { ClaimReviewJsonLd } from '../apps/api/src/claimreview/claim-review.js';
import { parse as parseCsv } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { createAjv } from './support/ajv.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('audit: export, verify, checkpoints, ClaimReview', () => {
  let t: TestApp;
  let room: Newsroom;
  let dir: string;
  let documentId: string;
  let claimId: string;

  beforeAll(async () => {
    t = await startTestApp();
    room = await createNewsroom(t.app);
    dir = await mkdtemp(path.join(tmpdir(), 'ledger-audit-'));
    const doc = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({
        title: 'Budget',
        text: 'Budget vote\nThe council approved a budget of £3.2m for 14 new libraries.',
        sourceUrl: 'https://example.org/budget',
        publisher: 'The Gazette',
        publishedAt: '2024-06-12T08:00:00Z',
      })
      .expect(201);
    documentId = doc.body.id;
    claimId = doc.body.claims.find((c: { exact: string }) => c.exact === '14 new libraries').id;
    await t
      .http()
      .post(`/v1/claims/${claimId}/comments`)
      .set(bearer(room.keys.reporter))
      .send({ body: '=HYPERLINK("http://evil")' })
      .expect(201);
    for (const to of ['in_review', 'verified']) {
      const tag = (await t.http().get(`/v1/claims/${claimId}`).set(bearer(room.keys.editor)))
        .headers.etag;
      await t
        .http()
        .post(`/v1/claims/${claimId}/transitions`)
        .set(bearer(room.keys.editor))
        .set('If-Match', tag)
        .send({ to })
        .expect(200);
    }
  });
  afterAll(() => t.close());

  async function exportFile(format: string, query: Record<string, string> = {}) {
    const res = await t
      .http()
      .get('/v1/ledger/export')
      .query({ format, ...query })
      .set(bearer(room.keys.auditor))
      .buffer(true)
      .parse((response, done) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => done(null, text));
      })
      .expect(200);
    const file = path.join(
      dir,
      `export-${format}-${Object.keys(query).join('-') || 'all'}.${format}`,
    );
    await writeFile(file, res.body as string);
    return { res, file, text: res.body as string };
  }

  it.each([
    ['ndjson', /^application\/x-ndjson/],
    ['csv', /^text\/csv/],
    ['json', /^application\/json/],
  ])('exports %s that `ledger verify` accepts offline', async (format, contentType) => {
    const { res, file } = await exportFile(format);
    expect(res.headers['content-type']).toMatch(contentType);
    const head = (await t.http().get('/v1/ledger/head').set(bearer(room.keys.auditor)).expect(200))
      .body;
    const verified = await runCli(['verify', file, '--head', head.hash], process.env);
    expect(verified.stdout.trim()).toBe(`OK ${head.seq} events, head ${head.hash}`);
    expect(verified.code).toBe(0);
  });

  it("writes CSV for spreadsheets: CRLF, the auditor's columns, formulas escaped, a BOM on request", async () => {
    const { text } = await exportFile('csv');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'seq,at,workspaceId,actorId,actorRole,action,subjectType,subjectId,data,prevHash,hash,' +
        'claimText,value,status,reason,note,commentBody',
    );
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    const rows = parseCsv<Record<string, string>>(text, { columns: true });
    const verdict = rows.find((row) => row.action === 'claim.set-verdict');
    expect(verdict).toMatchObject({ claimText: '14 new libraries', status: 'verified' });
    const comment = rows.find((row) => row.action === 'comment.added');
    expect(comment).toMatchObject({
      claimText: '14 new libraries',
      commentBody: `'=HYPERLINK("http://evil")`,
    });
    expect(text.startsWith('\uFEFF')).toBe(false);
    const { text: forExcel, file } = await exportFile('csv', { bom: 'true' });
    expect(forExcel.startsWith('\uFEFFseq,at,')).toBe(true);
    const verified = await runCli(['verify', file], process.env);
    expect(verified.code).toBe(0);
  });

  it('names the first event that does not match in a tampered export', async () => {
    const { text } = await exportFile('ndjson');
    const lines = text.trim().split('\n');
    expect(lines[3]).toContain('"role":"editor"');
    lines[3] = lines[3].replace('"role":"editor"', '"role":"admin"');
    const tampered = path.join(dir, 'tampered.ndjson');
    await writeFile(tampered, `${lines.join('\n')}\n`);
    const res = await runCli(['verify', tampered], process.env);
    expect(res.code).toBe(1);
    expect(res.stdout + res.stderr).toMatch(/seq 4/);
  });

  it('filters by documentId, actorId and action, and every event keeps prevHash and hash', async () => {
    const { text } = await exportFile('ndjson', {
      action: 'claim.set-verdict',
      actorId: room.userIds.editor,
    });
    const events = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'claim.set-verdict',
      prevHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const ofDocument = (await exportFile('ndjson', { documentId })).text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(ofDocument.length).toBeGreaterThan(3);
    const bad = await t
      .http()
      .get('/v1/ledger/export')
      .query({ format: 'xml', from: 'yesterday' })
      .set(bearer(room.keys.auditor));
    expectProblem(bad, 400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'format',
      'from',
    ]);
  });

  it('names each export file after what it holds, and refuses a window that ends before it starts', async () => {
    const head = (await t.http().get('/v1/ledger/head').set(bearer(room.keys.auditor)).expect(200))
      .body as { seq: number };
    const all = await exportFile('ndjson');
    expect(all.res.headers['content-disposition']).toBe(
      `attachment; filename="ledger-${room.slug}-seq-${head.seq}.ndjson"`,
    );
    const some = await exportFile('csv', {
      from: '2024-01-01T00:00:00.000Z',
      documentId,
      action: 'claim.set-verdict',
    });
    expect(some.res.headers['content-disposition']).toBe(
      `attachment; filename="ledger-${room.slug}-seq-${head.seq}-from-20240101T000000Z-` +
        `document-${documentId.slice(0, 8)}-action-claim.set-verdict.csv"`,
    );
    const backwards = await t
      .http()
      .get('/v1/ledger/export')
      .query({ from: '2025-01-02T00:00:00Z', to: '2025-01-01T00:00:00Z' })
      .set(bearer(room.keys.auditor));
    expectProblem(backwards, 400);
    expect(backwards.body.errors).toEqual([{ field: 'to', message: 'to must be later than from' }]);
  });

  it('lists the events with the same filters as the export, each naming its document', async () => {
    const list = async (query: Record<string, string>) =>
      t.http().get('/v1/ledger/events').query(query).set(bearer(room.keys.auditor));
    const verdicts = await list({ action: 'claim.set-verdict', actorId: room.userIds.editor });
    expect(verdicts.status).toBe(200);
    const items = verdicts.body.items as Array<{
      action: string;
      actor: { id: string };
      subject: { id: string };
      documentId: string | null;
    }>;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      action: 'claim.set-verdict',
      actor: { id: room.userIds.editor },
      subject: { id: claimId },
      documentId,
    });
    const ofDocument = (await list({ documentId, limit: '200' })).body.items as typeof items;
    expect(ofDocument.length).toBeGreaterThan(3);
    expect(ofDocument.every((event) => event.documentId === documentId)).toBe(true);
    expectProblem(await list({ from: '2025-01-02T00:00:00Z', to: '2025-01-01T00:00:00Z' }), 400);
    expectProblem(await list({ document: documentId }), 400);
  });

  it('filters by documentId and actorId, as the other lists do, and refuses the old names', async () => {
    const old = await t
      .http()
      .get('/v1/ledger/export')
      .query({ document: documentId, actor: room.userIds.editor })
      .set(bearer(room.keys.auditor));
    expectProblem(old, 400);
    expect(old.body.errors).toEqual([
      { field: 'document', message: 'is now called documentId, as on claims and flags' },
      { field: 'actor', message: 'is now called actorId' },
    ]);
    const byEditor = (await exportFile('ndjson', { actorId: room.userIds.editor })).text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { actor: { id: string } });
    expect(byEditor.length).toBeGreaterThan(0);
    expect(byEditor.every((event) => event.actor.id === room.userIds.editor)).toBe(true);
  });

  it('lets editors, auditors and admins export, not reporters', async () => {
    expectProblem(await t.http().get('/v1/ledger/export').set(bearer(room.keys.reporter)), 403);
    await t.http().get('/v1/ledger/export').set(bearer(room.keys.editor)).expect(200);
    await t.http().get('/v1/ledger/export').set(bearer(room.keys.admin)).expect(200);
  });

  it('signs the head with the key served at /v1/ledger/public-key', async () => {
    const head = (await t.http().get('/v1/ledger/head').set(bearer(room.keys.auditor)).expect(200))
      .body;
    const { publicKey } = (
      await t.http().get('/v1/ledger/public-key').set(bearer(room.keys.auditor)).expect(200)
    ).body;
    expect(head).toMatchObject({
      workspaceId: room.workspaceId,
      seq: expect.any(Number),
      hash: expect.any(String),
      signature: expect.any(String),
    });
    expect(verifyCheckpoint(head, publicKey)).toBe(true);
    expect(verifyCheckpoint({ ...head, seq: head.seq - 1 }, publicKey)).toBe(false);

    const checkpoint = path.join(dir, 'checkpoint.json');
    const key = path.join(dir, 'public.pem');
    await writeFile(checkpoint, JSON.stringify(head));
    await writeFile(key, publicKey);
    const { file } = await exportFile('ndjson');
    const res = await runCli(
      ['verify', file, '--checkpoint', checkpoint, '--public-key', key],
      process.env,
    );
    expect(res.code).toBe(0);
  });

  it('publishes ClaimReview JSON-LD with the fields Google requires and recommends', async () => {
    const res = await t
      .http()
      .get(`/v1/documents/${documentId}/claimreview`)
      .set(bearer(room.keys.auditor))
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
    const reviews = JSON.parse(res.text) as ClaimReviewJsonLd[];
    expect(reviews).toHaveLength(1);
    const validate = createAjv();
    for (const review of reviews)
      expect(validate.validate(GOOGLE_CLAIM_REVIEW, review) ? [] : validate.errors).toEqual([]);
    const [review] = reviews;
    expect(review).toMatchObject({
      claimReviewed: 'The council approved a budget of £3.2m for 14 new libraries.',
      reviewRating: { alternateName: 'Accurate', ratingValue: 4, bestRating: 4, worstRating: 1 },
      author: { '@type': 'Organization', name: expect.any(String), url: 'http://localhost:3000' },
      itemReviewed: {
        author: { '@type': 'Organization', name: 'The Gazette' },
        datePublished: '2024-06-12T08:00:00.000Z',
        firstAppearance: { url: 'https://example.org/budget', headline: 'Budget' },
      },
    });
    // Well-formed JSON-LD: it expands into schema.org terms. (There is no network here: the
    // loader gives schema.org's context its essence, the schema.org vocabulary.)
    const documentLoader = (url: string) => {
      if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`offline: ${url}`);
      return Promise.resolve({
        documentUrl: url,
        document: { '@context': { '@vocab': 'https://schema.org/' } },
      });
    };
    const [expanded] = (await jsonld.expand(review, {
      documentLoader,
    })) as Array<Record<string, unknown>>;
    expect(expanded['@type']).toEqual(['https://schema.org/ClaimReview']);
    expect(expanded['https://schema.org/claimReviewed']).toEqual([
      { '@value': review.claimReviewed },
    ]);
    expect(Object.keys(expanded).sort()).toEqual(
      ['author', 'claimReviewed', 'datePublished', 'itemReviewed', 'reviewRating', 'url']
        .map((term) => `https://schema.org/${term}`)
        .concat('@type')
        .sort(),
    );
    // The claim in the reviewers' web UI (its hash route; the browser tests open such a link).
    expect(review.url).toBe(`http://localhost:3000/#/documents/${documentId}?claim=${claimId}`);
  });

  it('verifies an export filtered by document against the signed head, and names a tampered line', async () => {
    // An event of another document, then one of this document: a gap, then the head.
    await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({ title: 'Other', text: 'Some 40 buses run at night.' })
      .expect(201);
    await t
      .http()
      .post(`/v1/claims/${claimId}/comments`)
      .set(bearer(room.keys.editor))
      .send({ body: 'Checked against the council minutes.' })
      .expect(201);
    const head = (await t.http().get('/v1/ledger/head').set(bearer(room.keys.auditor)).expect(200))
      .body as { seq: number };
    const { publicKey } = (
      await t.http().get('/v1/ledger/public-key').set(bearer(room.keys.auditor)).expect(200)
    ).body as { publicKey: string };
    const checkpoint = path.join(dir, 'checkpoint-of-document.json');
    const key = path.join(dir, 'public-of-document.pem');
    await writeFile(checkpoint, JSON.stringify(head));
    await writeFile(key, publicKey);
    const { file, text } = await exportFile('ndjson', { documentId });
    const lines = text.trim().split('\n');
    const seqs = lines.map((line) => (JSON.parse(line) as { seq: number }).seq);
    expect(seqs.at(-1)).toBe(head.seq);
    const before = seqs.filter((seq) => seq < head.seq - 1);
    expect(before).toEqual(seqs.slice(0, -1));

    const verify = ['verify', file, '--checkpoint', checkpoint, '--public-key', key];
    const verified = await runCli(verify, process.env);
    expect(verified.stdout).toBe(
      `OK ${seqs.length} events of a filtered export (seq ${seqs[0]}-${seqs.at(-2)}, ${head.seq}): ` +
        "each event's hash matches its content; consecutive events link; " +
        `seq ${head.seq} matches the signed checkpoint; not proven: that the other ` +
        `${seqs.length - 1} events are in the ledger, nor that the file holds every event its ` +
        'filter selects (verify a full export to prove these)\n',
    );
    expect(verified.code).toBe(0);
    expect(await runCli([...verify, '--strict'], process.env)).toMatchObject({ code: 3 });

    const tamperedSeq = seqs[1];
    lines[1] = lines[1].replace('"action":"', '"action":"edited.');
    expect(lines[1]).toContain('"action":"edited.');
    const tampered = path.join(dir, 'tampered-of-document.ndjson');
    await writeFile(tampered, `${lines.join('\n')}\n`);
    const res = await runCli(['verify', tampered, '--checkpoint', checkpoint], process.env);
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(
      new RegExp(`^FAILED event seq ${tamperedSeq}: content does not match its hash`),
    );
  });
});

/** Google's fact-check markup: its required fields, and those it recommends, as a JSON schema. */
const GOOGLE_CLAIM_REVIEW = {
  type: 'object',
  required: [
    '@context',
    '@type',
    'url',
    'claimReviewed',
    'reviewRating',
    'author',
    'datePublished',
    'itemReviewed',
  ],
  properties: {
    '@context': { const: 'https://schema.org' },
    '@type': { const: 'ClaimReview' },
    url: { type: 'string', format: 'uri' },
    claimReviewed: { type: 'string', minLength: 1, maxLength: 74 },
    datePublished: { type: 'string', format: 'date-time' },
    author: {
      type: 'object',
      required: ['@type', 'name', 'url'],
      properties: { '@type': { enum: ['Organization', 'Person'] }, url: { format: 'uri' } },
    },
    reviewRating: {
      type: 'object',
      required: ['@type', 'alternateName', 'ratingValue', 'bestRating', 'worstRating'],
      properties: {
        '@type': { const: 'Rating' },
        alternateName: { type: 'string', minLength: 1 },
        ratingValue: { type: 'number' },
        bestRating: { type: 'number' },
        worstRating: { type: 'number' },
      },
    },
    itemReviewed: {
      type: 'object',
      required: ['@type', 'author', 'datePublished'],
      anyOf: [{ required: ['firstAppearance'] }, { required: ['appearance'] }],
      properties: {
        '@type': { const: 'Claim' },
        author: { type: 'object', required: ['@type', 'name'] },
        datePublished: { type: 'string', format: 'date-time' },
        firstAppearance: {
          type: 'object',
          required: ['@type', 'url'],
          properties: { url: { type: 'string', format: 'uri', pattern: '^https?://(?!.*/v1/)' } },
        },
      },
    },
  },
};
