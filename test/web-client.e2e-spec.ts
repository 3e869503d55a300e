// How the web UI loads: a read that fails for a passing reason (a 503) is tried again
// and the screen loads; a refusal (4xx) and a write are never tried again; and what was
// read is not read again needlessly.
import type { Page, Route } from 'playwright-core';
import {
  describeInBrowser,
  seriousAxeViolations,
  signIn,
  startBrowserSession,
  type Browser,
  type BrowserSession,
  type DemoServer,
} from './support/browser.js';

const SEED_TITLE = '35 MOUs Signed During Korea-Kazakhstan Visit';

/** A problem document as the API answers a 503 while its database is away. */
const UNAVAILABLE = {
  status: 503,
  contentType: 'application/problem+json',
  headers: { 'Retry-After': '1' },
  body: JSON.stringify({
    type: 'urn:claims-ledger:problem:service-unavailable',
    title: 'Service Unavailable',
    status: 503,
    detail: 'The database is unavailable: retry in a moment.',
  }),
};

/** Answers the first `failures` requests that `matches` with a 503, lets the others through. */
async function failFirst(
  page: Page,
  matches: (url: URL, method: string) => boolean,
  failures = 1,
): Promise<{ requests: number }> {
  const seen = { requests: 0 };
  await page.route(
    () => true,
    async (route: Route) => {
      const request = route.request();
      if (!matches(new URL(request.url()), request.method())) return route.fallback();
      seen.requests += 1;
      if (seen.requests <= failures) return route.fulfill(UNAVAILABLE);
      return route.fallback();
    },
  );
  return seen;
}

/** The API requests the page makes, as `METHOD /path`. */
function recordRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/v1/')) requests.push(`${request.method()} ${url.pathname}`);
  });
  return requests;
}

const count = (requests: string[], request: string) =>
  requests.filter((made) => made === request).length;

/** The claim open in the article, from the page's URL. */
const claimOf = (url: string) => new URLSearchParams(new URL(url).hash.split('?')[1]).get('claim');

describeInBrowser('web UI: loading, retries and the cache', () => {
  let server: DemoServer;
  let browser: Browser;
  let session: BrowserSession;

  beforeAll(async () => {
    session = await startBrowserSession();
    ({ server, browser } = session);
  });
  afterAll(() => session?.close());

  it('tries a read answered 503 again, and the screen loads', async () => {
    const page = await browser.newPage();
    const documents = await failFirst(
      page,
      (url, method) => method === 'GET' && url.pathname === '/v1/documents',
      2,
    );
    await signIn(page, server.url, server.keys.editor);
    await page.getByRole('link', { name: SEED_TITLE }).waitFor();
    expect(documents.requests).toBe(3);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The article too: the text and its claims appear after a 503.
    const id = await seedArticleId();
    const article = await failFirst(
      page,
      (url, method) => method === 'GET' && url.pathname === `/v1/documents/${id}`,
    );
    await page.getByRole('link', { name: SEED_TITLE }).click();
    await page.locator('.article-text .claim-span').first().waitFor();
    expect(article.requests).toBe(2);
    await page.close();
  });

  it('never tries a refusal (404) or a write (even one answered 503) again', async () => {
    const page = await browser.newPage();
    const requests = recordRequests(page);
    await signIn(page, server.url, server.keys.editor);
    const missing = '00000000-0000-4000-8000-000000000000';
    await page.goto(`${server.url}/#/documents/${missing}`);
    await page.getByRole('alert').waitFor();
    // Longer than the first retry would wait.
    await page.waitForTimeout(1500);
    expect(count(requests, `GET /v1/documents/${missing}`)).toBe(1);

    const id = await seedArticleId();
    const claims = (await (
      await server.api('editor', 'GET', `/claims?documentId=${id}&kind=numeric`)
    ).json()) as { items: { id: string }[] };
    const claimId = claims.items[0].id;
    const comments = await failFirst(
      page,
      (url, method) => method === 'POST' && url.pathname === `/v1/claims/${claimId}/comments`,
    );
    await page.goto(`${server.url}/#/documents/${id}?claim=${claimId}`);
    const panel = page.getByRole('region', { name: /^Number “/ });
    await panel.getByLabel('Add a comment').fill('Sent once.');
    await panel.getByRole('button', { name: 'Comment', exact: true }).click();
    await panel
      .getByRole('alert')
      .getByText('The database is unavailable: retry in a moment.')
      .waitFor();
    await page.waitForTimeout(1500);
    expect(comments.requests).toBe(1);
    // What was typed is still there, to send again.
    expect(await panel.getByLabel('Add a comment').inputValue()).toBe('Sent once.');
    await page.close();
  });

  it('reads an article and a claim’s history once; a claim opened again is read again for its ETag', async () => {
    const page = await browser.newPage();
    const requests = recordRequests(page);
    await signIn(page, server.url, server.keys.editor);
    const id = await seedArticleId();
    await page.getByRole('link', { name: SEED_TITLE }).click();
    const article = page.locator('.article-text');
    await article
      .getByRole('link', { name: /^35 MOUs \(number/ })
      .first()
      .click();
    const panel = page.getByRole('region', { name: /^(Number|Quote) “/ });
    const history = panel.getByRole('region', { name: /^History/ }).getByRole('listitem');
    await history.first().waitFor();
    const claimId = claimOf(page.url());

    // To the next claim and back: the claim is read again, its history is not.
    await page.keyboard.press('j');
    await page.waitForURL((url) => claimOf(url.href) !== claimId);
    // The next claim shown, and focus on its words in the text, before going back.
    await panel.getByRole('heading', { name: 'Review', exact: true }).waitFor();
    await page.waitForFunction(
      `document.activeElement?.closest('.article-text, [role="region"]') != null`,
    );
    await page.keyboard.press('k');
    await page.waitForURL((url) => claimOf(url.href) === claimId);
    // The review actions show once the claim was read again (they write with its ETag).
    await panel.getByRole('heading', { name: 'Review', exact: true }).waitFor();
    expect(count(requests, `GET /v1/claims/${claimId}`)).toBe(2);
    expect(count(requests, `GET /v1/claims/${claimId}/history`)).toBe(1);

    // To the queue and back to the article: the article is not read again.
    await page.getByRole('link', { name: 'Queue', exact: true }).click();
    await page.getByRole('heading', { name: 'Queue', level: 1 }).waitFor();
    await page.goBack();
    await article.waitFor();
    await panel.waitFor();
    expect(count(requests, `GET /v1/documents/${id}`)).toBe(1);
    expect(count(requests, 'GET /v1/members')).toBe(1);
    expect(count(requests, 'GET /v1/me')).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  /** The id of the demo's seed article. */
  async function seedArticleId(): Promise<string> {
    const documents = (await (await server.api('editor', 'GET', '/documents')).json()) as {
      items: { id: string; title: string }[];
    };
    return documents.items.find((document) => document.title === SEED_TITLE)!.id;
  }
});
