// What the checks did, in the browser: an article with no flag says what ran, a
// flag highlights every span it names (words that are no claim too), and the new
// relations (a change, shares of one group) read in plain words.
import type { Page } from 'playwright-core';
import { CLEAN_RESULTS, FLAGGED_RESULTS, type Span } from './support/check-articles.js';
import {
  screenshot,
  seriousAxeViolations,
  signIn,
  type Browser,
  type DemoServer,
  describeInBrowser,
  startBrowserSession,
  type BrowserSession,
} from './support/browser.js';

interface DocumentBody {
  id: string;
  flags: Array<{ id: string; rule: string; message: string; spans: Span[] }>;
}

describeInBrowser('web UI: what the checks read, flag spans and relations', () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let session: BrowserSession;

  const article = () => page.locator('.article-text');
  const flags = () => page.getByRole('region', { name: /^Flags/ });
  const relationsOf = (exact: string) =>
    page
      .getByRole('region', { name: `Number “${exact}”` })
      .getByRole('region', { name: 'Relations' })
      .locator('li .relation');

  async function submit(title: string, text: string): Promise<DocumentBody> {
    const res = await server.api('reporter', 'POST', '/documents', { body: { title, text } });
    expect(res.status).toBe(201);
    return (await res.json()) as DocumentBody;
  }
  async function open(document: DocumentBody): Promise<void> {
    await page.goto(`${server.url}/#/documents/${document.id}`);
    await flags().waitFor();
  }
  async function openClaim(exact: string): Promise<void> {
    await article()
      .getByRole('link', { name: new RegExp(`^${exact} \\(number`) })
      .first()
      .click();
    await relationsOf(exact).first().waitFor();
  }

  beforeAll(async () => {
    session = await startBrowserSession();
    ({ server, browser } = session);
    page = await browser.newPage(1280);
    await signIn(page, server.url, server.keys.editor);
  });
  afterAll(() => session?.close());

  it('says what the checks ran over when an article has no flag, never just "nothing found"', async () => {
    await open(await submit('Clean results', CLEAN_RESULTS));
    await flags()
      .getByText('9 checks ran over 2 relations and 6 numbers; nothing flagged')
      .waitFor();
    expect(await flags().getByText('The checks found nothing to flag.').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'article-no-flags');

    await openClaim('£110m');
    expect(await relationsOf('£110m').allTextContents()).toEqual([
      'Change: from “£100m” to “£110m” (this claim), a rise of “10%”',
    ]);
    await openClaim('61%');
    expect(await relationsOf('61%').allTextContents()).toEqual([
      'Shares of one group: “61%” (this claim), “24%”, “9%”',
    ]);
  });

  it('highlights every span of the selected flag, and tells a halving in words', async () => {
    const document = await submit('Results', FLAGGED_RESULTS);
    await open(document);
    const overflow = document.flags.find((flag) => flag.rule === 'share-overflow');
    expect(overflow).toBeDefined();
    await flags().getByRole('link', { name: overflow?.message }).click();
    await article().locator('.flag-focus').first().waitFor();
    expect(await article().locator('.flag-focus').allTextContents()).toEqual(
      overflow?.spans.map((span) => span.exact),
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'article-share-overflow');

    await openClaim('34 cents');
    expect(await relationsOf('34 cents').allTextContents()).toEqual([
      'Change: from “34 cents” (this claim) to “17 cents” (halved)',
    ]);
  });

  it("highlights a name-variant's spellings, which are no claims, from the flag's spans", async () => {
    const list = (await (await server.api('editor', 'GET', '/flags?rule=name-variant')).json()) as {
      items: Array<{ id: string; documentId: string; message: string; spans: Span[] }>;
    };
    const variant = list.items[0];
    expect(variant.spans.length).toBeGreaterThanOrEqual(2);
    await page.goto(`${server.url}/#/documents/${variant.documentId}?flag=${variant.id}`);
    await article().locator('mark.flag-focus').first().waitFor();
    expect(await article().locator('.flag-focus').allTextContents()).toEqual(
      variant.spans.map((span) => span.exact),
    );
    expect(new Set(variant.spans.map((span) => span.exact))).toEqual(
      new Set(['Yoon Suk-yeol', 'Yoon Seok-yeol']),
    );
  });
});
