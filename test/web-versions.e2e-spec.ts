// A reporter corrects the seed article in the browser: the corrected text becomes
// version 2 (the counts of what it did to the claims, the flag it closed), version 1
// stays readable, read-only, and the diff marks 35 → 33; a version submitted by someone
// else meanwhile (412) keeps what was typed.
import type { Page } from 'playwright-core';
import {
  LAPTOP,
  PHONE,
  screenshot,
  seriousAxeViolationsOnPhoneAndLaptop,
  signIn,
  type Browser,
  type DemoServer,
  describeInBrowser,
  startBrowserSession,
  type BrowserSession,
} from './support/browser.js';

const TITLE = '35 MOUs Signed During Korea-Kazakhstan Visit';
const NO_VIOLATIONS = { phone: [], laptop: [] };

describeInBrowser('web UI: a corrected article, its versions and the diff', () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let session: BrowserSession;

  const article = () => page.locator('.article-text');
  const versionText = () => page.getByLabel('Corrected text');

  /** Opens the list of versions, unless it is open. */
  async function openVersions() {
    const switcher = page.locator('details.versions');
    if ((await switcher.getAttribute('open')) === null) await switcher.locator('summary').click();
  }

  beforeAll(async () => {
    session = await startBrowserSession();
    ({ server, browser } = session);
    page = await browser.newPage(LAPTOP.width, LAPTOP.height);
    await signIn(page, server.url, server.keys.reporter);
  });
  afterAll(() => session?.close());

  it('a reporter submits a corrected text (35 → 33 twice), sees what it did, and the article is at version 2', async () => {
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByText('Version 1 of 1', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Submit a corrected version' }).click();
    const original = await versionText().inputValue();
    expect(original).toContain('a total of 35 memorandums');
    await versionText().fill(
      original
        .replace('a total of 35', 'a total of 33')
        .replace('Of the 35 MOUs', 'Of the 33 MOUs'),
    );
    expect(await seriousAxeViolationsOnPhoneAndLaptop(page)).toEqual(NO_VIOLATIONS);
    await page.getByRole('button', { name: 'Submit the corrected version' }).click();

    const result = page.getByRole('region', { name: 'Version 2 submitted' });
    await result.waitFor();
    expect(await result.getByRole('list', { name: 'What it did to the claims' }).innerText()).toBe(
      'Changed value: 2\nKept: 37',
    );
    // The sum-mismatch closes; the headline's 35 now conflicts with the body's 33.
    await result.getByText('1 flag opened, 1 closed; 0 verdicts went stale.').waitFor();
    await page
      .getByRole('status')
      .getByText(/^Version 2 submitted: claims: 2 changed value/)
      .waitFor();
    expect(await page.evaluate('document.activeElement.id')).toBe('revision-result-title');

    // The article shows the new version, its corrected claim marked on the new words.
    await page.getByText('Version 2 of 2', { exact: true }).waitFor();
    await article()
      .getByRole('link', { name: /^33 memorandums of understanding \(MOUs\) \(number/ })
      .waitFor();
    expect(await article().textContent()).toContain('Of the 33 MOUs');
    expect(await seriousAxeViolationsOnPhoneAndLaptop(page)).toEqual(NO_VIOLATIONS);
    await screenshot(page, 'version-submitted');
  });

  it("lists the versions, and shows version 1's text read-only, without claims", async () => {
    await openVersions();
    const versions = page.getByRole('list', { name: 'Versions' });
    await versions.getByRole('listitem').nth(1).waitFor();
    expect(await versions.getByRole('listitem').count()).toBe(2);
    const second = versions.getByRole('listitem').last();
    await second.getByText(/Rita Reporter/).waitFor();
    await second
      .getByText('claims: 2 changed value, 37 kept; 1 flag opened; 1 flag closed')
      .waitFor();
    await versions.getByRole('link', { name: 'Version 1' }).click();

    await page.getByText('You are looking at version 1 of 2').waitFor();
    expect(new URL(page.url()).hash).toMatch(/\?version=1$/);
    const text = page.getByRole('region', { name: 'Article text, version 1' });
    await text.getByText(/a total of 35 memorandums/).waitFor();
    expect(await text.getByRole('link').count()).toBe(0);
    expect(await text.locator('.claim-span, mark').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Submit a corrected version' }).count()).toBe(0);
    expect(await seriousAxeViolationsOnPhoneAndLaptop(page)).toEqual(NO_VIOLATIONS);
    await screenshot(page, 'version-1-read-only');

    await page.getByRole('link', { name: 'Back to the current version' }).click();
    await page.getByText('Version 2 of 2', { exact: true }).waitFor();
    expect(await article().textContent()).toContain('a total of 33 memorandums');
  });

  it('marks 35 → 33 in the diff, with the claim as changed value and the flag closed', async () => {
    await openVersions();
    await page.getByRole('link', { name: 'What changed in version 2' }).click();
    await page.getByRole('heading', { name: `Changes to “${TITLE}”`, level: 1 }).waitFor();
    const text = page.getByRole('region', { name: 'The text, from version 1 to 2' });
    await text.locator('del').first().waitFor();
    expect(await text.locator('del').allTextContents()).toEqual(['deleted: 35', 'deleted: 35']);
    expect(await text.locator('ins').allTextContents()).toEqual(['inserted: 33', 'inserted: 33']);

    const changed = page.getByRole('region', { name: 'Changed value (2)' });
    const corrected = changed
      .getByRole('listitem')
      .filter({ hasText: '33 memorandums of understanding (MOUs)' });
    await corrected.getByText('35 → 33').waitFor();
    // The kept claims are folded away.
    const kept = page.locator('details.outcome-kept');
    expect(await kept.locator('summary').textContent()).toBe('Kept (37)');
    expect(await kept.getAttribute('open')).toBeNull();
    const closed = page.getByRole('region', { name: 'Closed (1)' });
    await closed.getByText('sum-mismatch').waitFor();
    await closed
      .getByRole('link', { name: /^11 \+ 22 = 33, but the stated total is 35/ })
      .waitFor();
    const opened = page.getByRole('region', { name: 'Opened (1)' });
    await opened.getByText('value-conflict').waitFor();
    expect(await seriousAxeViolationsOnPhoneAndLaptop(page)).toEqual(NO_VIOLATIONS);
    // The picture of the diff without the message of the submission over it.
    await page.getByRole('status').getByRole('paragraph').waitFor({ state: 'detached' });
    await screenshot(page, 'version-diff');
    await page.setViewportSize(PHONE);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      PHONE.width,
    );
    await screenshot(page, 'phone-version-diff');
    await page.setViewportSize(LAPTOP);

    // Each claim links to it in the article.
    await corrected.getByRole('link').click();
    await page
      .getByRole('region', { name: 'Number “33 memorandums of understanding (MOUs)”' })
      .waitFor();
  });

  it('keeps the typed text when someone else submitted a version meanwhile (412), and sends it again', async () => {
    await page.getByRole('button', { name: 'Submit a corrected version' }).click();
    const typed = (await versionText().inputValue()).replace(
      'about 100,000 tons',
      'about 90,000 tons',
    );
    await versionText().fill(typed);

    // Someone else's version 3 lands while the form is open.
    const documents = (await (await server.api('editor', 'GET', '/documents')).json()) as {
      items: { id: string }[];
    };
    const id = documents.items[0].id;
    const current = (await (await server.api('editor', 'GET', `/documents/${id}`)).json()) as {
      text: string;
    };
    const theirs = await server.api('editor', 'POST', `/documents/${id}/versions`, {
      body: { text: current.text.replace('2 to 3 times a week', '3 times a week') },
      ifMatch: '"v2"',
    });
    expect(theirs.status).toBe(201);

    await page.getByRole('button', { name: 'Submit the corrected version' }).click();
    await page
      .getByRole('alert')
      .getByText(/^Someone else submitted version 3 while you were editing version 2\./)
      .waitFor();
    expect(await versionText().inputValue()).toBe(typed);
    expect(await seriousAxeViolationsOnPhoneAndLaptop(page)).toEqual(NO_VIOLATIONS);

    // Sent again, it is the next version, on top of theirs.
    await page.getByRole('button', { name: 'Submit the corrected version' }).click();
    await page.getByRole('region', { name: 'Version 4 submitted' }).waitFor();
    await page.getByText('Version 4 of 4', { exact: true }).waitFor();
    expect(await article().textContent()).toContain('about 90,000 tons');
  });

  it("broke no rule of the server's Content Security Policy on any of these screens", () => {
    expect(browser.cspViolations).toEqual([]);
  });
});
