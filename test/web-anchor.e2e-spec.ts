// An editor's corrected text leaves claims without a place: they are never marked in the
// text, the Queue lists them, and the editor gives one its words again (selected in the
// article) and says of another that it is no longer in the text.
import type { Page } from 'playwright-core';
import {
  LAPTOP,
  screenshot,
  seriousAxeViolationsOnPhoneAndLaptop,
  signIn,
  type Browser,
  describeInBrowser,
  startBrowserSession,
  type BrowserSession,
  selectWordsInArticle,
} from './support/browser.js';

const TITLE = '35 MOUs Signed During Korea-Kazakhstan Visit';
const NO_VIOLATIONS = { phone: [], laptop: [] };
// The sentence with the lithium reserves goes; the 11 MOUs become "the rest".
const REMOVED = /Secretary Park said, "Kazakhstan's lithium reserves[^\n]*\n/;
const REWORDED = [
  'Of the 35 MOUs, 11 were signed in the presence of the heads of state, and 22 MOUs were signed at the Korea-Kazakhstan Business Forum.',
  'Of the 35 MOUs, 22 MOUs were signed at the Korea-Kazakhstan Business Forum, and the rest in the presence of the heads of state.',
];

describeInBrowser('web UI: claims that need an anchor after a correction', () => {
  let browser: Browser;
  let page: Page;
  let session: BrowserSession;

  const article = () => page.locator('.article-text');
  const needsAnchor = () => page.getByRole('region', { name: 'Claims that need an anchor' });
  const claimPanel = () => page.getByRole('region', { name: /^(Number|Quote) “/ });
  const claimIdInUrl = () =>
    new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('claim');

  async function openQueue() {
    await page.getByRole('link', { name: 'Queue', exact: true }).click();
    await needsAnchor().getByRole('list').or(needsAnchor().getByText('No claim')).first().waitFor();
  }

  beforeAll(async () => {
    session = await startBrowserSession();
    ({ browser } = session);
    page = await browser.newPage(LAPTOP.width, LAPTOP.height);
    await signIn(page, session.server.url, session.server.keys.editor);
  });
  afterAll(() => session?.close());

  it('an editor removes a sentence: its claims need an anchor, listed but never marked in the text', async () => {
    await page.getByRole('link', { name: TITLE }).click();
    const eleven = article().getByRole('link', { name: /^11 \(number/ });
    await eleven.waitFor();
    await page.getByRole('button', { name: 'Submit a corrected version' }).click();
    const text = page.getByLabel('Corrected text');
    const original = await text.inputValue();
    const corrected = original.replace(REMOVED, '').replace(REWORDED[0], REWORDED[1]);
    expect(corrected.length).toBeLessThan(original.length - 100);
    expect(corrected).toContain('and the rest in the presence');
    await text.fill(corrected);
    await page.getByRole('button', { name: 'Submit the corrected version' }).click();
    const result = page.getByRole('region', { name: 'Version 2 submitted' });
    await result.getByText(/^Lost: \d+$/).waitFor();

    // The claims that lost their words are listed with their old words, never marked.
    const list = page.getByRole('region', { name: /^Claims \(/ });
    for (const words of ['“11”', '“100,000 tons”']) {
      const item = list.getByRole('listitem').filter({ hasText: words });
      await item.getByText('Needs an anchor').waitFor();
      await item.getByText('(its words in an earlier version)').waitFor();
      const href = (await item.getByRole('link').getAttribute('href')) ?? '';
      const id = new URLSearchParams(href.split('?')[1]).get('claim');
      expect(await page.locator(`.article-text [data-claim="${id}"]`).count()).toBe(0);
    }
    expect(await eleven.count()).toBe(0);
    expect(await article().textContent()).not.toContain('lithium reserves');
    expect(await seriousAxeViolationsOnPhoneAndLaptop(page)).toEqual(NO_VIOLATIONS);
  });

  it('lists them in the Queue, with their article, old sentence and why', async () => {
    await openQueue();
    const item = needsAnchor().getByRole('listitem').filter({ hasText: '“100,000 tons”' });
    await item.getByText('Its words are no longer in the text').waitFor();
    await item.getByText(/estimated at about 100,000 tons, and if developed/).waitFor();
    await item.getByText(new RegExp(`^${TITLE} · `)).waitFor();
    await needsAnchor().getByRole('link', { name: '“11”' }).waitFor();
    expect(await seriousAxeViolationsOnPhoneAndLaptop(page)).toEqual(NO_VIOLATIONS);
    await screenshot(page, 'queue-needs-anchor');
  });

  it('marks one as no longer in the text, with a note: it leaves the list', async () => {
    await needsAnchor().getByRole('link', { name: '“100,000 tons”' }).click();
    const panel = claimPanel();
    const anchor = panel.getByRole('region', { name: 'Needs an anchor' });
    await anchor.getByText('100,000 tons', { exact: true }).waitFor();
    expect(await anchor.getByRole('button', { name: 'Anchor here' }).isDisabled()).toBe(true);
    await anchor.getByText('No longer in the text', { exact: true }).click();
    await anchor
      .getByLabel('Why is it no longer in the text?')
      .fill('The correction removed the lithium estimate.');
    expect(await seriousAxeViolationsOnPhoneAndLaptop(page)).toEqual(NO_VIOLATIONS);
    await anchor.getByRole('button', { name: 'Mark as no longer in the text' }).click();
    await page
      .getByRole('status')
      .getByText(/^Marked as no longer in the text/)
      .waitFor();
    await panel.getByText('Not a claim', { exact: true }).first().waitFor();
    await panel.getByText('The correction removed the lithium estimate.').first().waitFor();
    expect(await anchor.count()).toBe(0);

    await openQueue();
    await needsAnchor().getByRole('link', { name: '“11”' }).waitFor();
    // (The list shown at once is the one kept from before; it is read again.)
    await needsAnchor()
      .getByRole('link', { name: '“100,000 tons”' })
      .waitFor({ state: 'detached' });
  });

  it('anchors another to words selected in the current text: it is marked there, and leaves the list', async () => {
    await needsAnchor().getByRole('link', { name: '“11”' }).click();
    const id = claimIdInUrl();
    const anchor = claimPanel().getByRole('region', { name: 'Needs an anchor' });
    await anchor.getByText('Select its words in the article, then anchor it there.').waitFor();
    expect(await selectWordsInArticle(page, 'the rest')).toBe('the rest');
    await anchor.getByText('Selected: the rest').waitFor();
    // Words selected for a claim that needs an anchor are its anchor, not a claim to add.
    expect(await page.getByRole('region', { name: /^Add “/ }).count()).toBe(0);
    expect(await seriousAxeViolationsOnPhoneAndLaptop(page)).toEqual(NO_VIOLATIONS);
    await screenshot(page, 'anchor-claim');
    await anchor.getByRole('button', { name: 'Anchor here' }).click();
    await page
      .getByRole('status')
      .getByText('Anchored to “the rest”: the claim is back in review.')
      .waitFor();
    await claimPanel().getByText('In review', { exact: true }).first().waitFor();
    await article().locator(`[data-claim="${id}"]`, { hasText: 'the rest' }).waitFor();

    await openQueue();
    await needsAnchor().getByRole('link', { name: '“11”' }).waitFor({ state: 'detached' });
  });

  it("broke no rule of the server's Content Security Policy on any of these screens", () => {
    expect(browser.cspViolations).toEqual([]);
  });
});
