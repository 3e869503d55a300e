// An editor reviews the seed article in the browser: the flag's spans, a dismissal
// with a reason, verdicts from the keyboard, the history, a stale write (412).
import type { Locator, Page } from 'playwright-core';
import {
  screenshot,
  seriousAxeViolations,
  signIn,
  type Browser,
  type DemoServer,
  describeInBrowser,
  startBrowserSession,
  type BrowserSession,
  eventually,
  selectWordsInArticle,
} from './support/browser.js';

describeInBrowser('web UI: an editor reviews the seed article', () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;

  const article = () => page.locator('.article-text');
  const flags = () => page.getByRole('region', { name: /^Flags/ });
  const claimPanel = () => page.getByRole('region', { name: /^(Number|Quote) “/ });
  const historyItems = (panel: Locator) =>
    panel.getByRole('region', { name: /^History/ }).getByRole('listitem');
  const claimIdInUrl = () =>
    new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('claim');

  let session: BrowserSession;

  /** The id of the demo's seed article, the one these tests review. */
  async function seedArticleId(): Promise<string> {
    const documents = (await (await server.api('editor', 'GET', '/documents')).json()) as {
      items: { id: string }[];
    };
    return documents.items[0].id;
  }

  beforeAll(async () => {
    session = await startBrowserSession();
    ({ server, browser } = session);
    page = await browser.newPage(1280);
    await signIn(page, server.url, server.keys.editor);
  });
  afterAll(() => session?.close());

  it('opens the seed article with every claim highlighted and its flags beside the text', async () => {
    await page.getByRole('link', { name: '35 MOUs Signed During Korea-Kazakhstan Visit' }).click();
    await flags().waitFor();
    expect(await article().getByRole('link').count()).toBeGreaterThanOrEqual(39);
    expect(
      await flags()
        .getByText('11 + 22 = 33, but the stated total is 35 (2 unaccounted for)')
        .isVisible(),
    ).toBe(true);
    expect(
      await flags()
        .getByText(/spelled two ways/)
        .isVisible(),
    ).toBe(true);
    expect(await article().locator('.flagged').allTextContents()).toEqual([
      '35 MOUs',
      '11',
      '22 MOUs',
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('highlights the 35, the 11 and the 22 together when the sum-mismatch flag is clicked', async () => {
    await flags()
      .getByRole('link', { name: /^11 \+ 22 = 33/ })
      .click();
    await article().locator('.flag-focus').first().waitFor();
    expect(await article().locator('.flag-focus').allTextContents()).toEqual([
      '35 MOUs',
      '11',
      '22 MOUs',
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'article-flag-highlight');

    // A flag about words that are not claims highlights those words.
    await flags()
      .getByRole('link', { name: /^One person's name is spelled two ways/ })
      .click();
    await page.locator('mark.flag-focus').first().waitFor();
    expect(await article().locator('.flag-focus').allTextContents()).toEqual([
      'Yoon Suk-yeol',
      'Yoon Suk-yeol',
      'Yoon Seok-yeol',
      'Yoon Suk-yeol',
    ]);
  });

  it('dismisses the flag with a reason code and a note', async () => {
    // From a claim's panel, its flag opens in the list, where the decision is taken.
    await article()
      .getByRole('link', { name: /^11 \(number/ })
      .click();
    await claimPanel()
      .getByRole('region', { name: 'Flags' })
      .getByRole('link', { name: /^11 \+ 22 = 33/ })
      .click();
    await page.waitForFunction('document.activeElement?.classList.contains("flag-message")');
    const list = flags();
    // Nothing is decided beforehand, and an error flag asks for a reason and a note either way.
    expect(await list.getByLabel('Resolve: the problem is fixed').isChecked()).toBe(false);
    expect(await list.getByLabel('Dismiss: not a problem').isChecked()).toBe(false);
    expect(await list.getByRole('button', { name: 'Resolve flag' }).isDisabled()).toBe(true);
    await list.getByLabel('Resolve: the problem is fixed').check();
    expect(await list.getByLabel('Reason').getAttribute('required')).not.toBeNull();
    expect(await list.getByLabel('Note').getAttribute('required')).not.toBeNull();
    await list.getByLabel('Dismiss: not a problem').check();
    await list.getByLabel('Reason').selectOption('different-scope');
    await list.getByLabel('Note').fill('The total counts two MOUs signed the day before.');
    await list.getByRole('button', { name: 'Dismiss flag' }).click();
    await page.getByRole('status').getByText('Flag dismissed.').waitFor();
    await list
      .getByText('Dismissed (Different scope): The total counts two MOUs signed the day before.')
      .waitFor();
    await list.getByRole('heading', { name: /1 open of 2/ }).waitFor();
    expect(await article().locator('.flagged').count()).toBe(0);
    await screenshot(page, 'flag-dismissed');
  });

  it('opens a claim by clicking its span and sets its verdict from the keyboard; the history grows', async () => {
    await article()
      .getByRole('link', { name: /^35 MOUs \(number/ })
      .nth(1)
      .click();
    const panel = claimPanel();
    await panel.getByRole('heading', { name: 'Number “35 MOUs”' }).waitFor();
    for (const text of ['Value', '35', 'Unit', 'MOU', 'Qualifier', 'exact', 'Subject', 'MOUs']) {
      await panel.getByText(text, { exact: true }).first().waitFor();
    }
    await panel.getByText(/Parts of a total/).waitFor();
    await historyItems(panel).first().waitFor();
    await panel.getByRole('button', { name: /Start review/ }).waitFor();
    const before = await historyItems(panel).count();

    await page.keyboard.press('v');
    await panel
      .getByRole('alert')
      .getByText(/move it to in_review before setting verified/)
      .waitFor();

    await page.keyboard.press('r');
    await panel.getByText('In review', { exact: true }).first().waitFor();
    await expectCount(historyItems(panel), before + 1);

    // A verdict from one key waits a few seconds, undoable: a stray key writes nothing.
    await page.keyboard.press('v');
    await panel.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').getByText('Not verified: nothing was written.').waitFor();
    await new Promise((resolve) => setTimeout(resolve, 4500));
    expect(await historyItems(panel).count()).toBe(before + 1);
    await panel.getByText('In review', { exact: true }).first().waitFor();

    await page.keyboard.press('v');
    await panel.getByRole('button', { name: 'Set it now' }).click();
    await panel.getByText('Verified', { exact: true }).first().waitFor();
    await expectCount(historyItems(panel), before + 2);
    await historyItems(panel)
      .last()
      .getByText('Eddie Editor (editor) set the verdict verified')
      .waitFor();
    await article().locator('.status-verified', { hasText: '35 MOUs' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'claim-panel');
  });

  it("shows, copies and downloads a verified claim's ClaimReview", async () => {
    const panel = claimPanel();
    await panel.getByRole('button', { name: 'Show the ClaimReview' }).click();
    const json = panel.getByLabel('ClaimReview JSON-LD');
    await json.waitFor();
    const shown = JSON.parse((await json.textContent()) ?? '') as Record<string, unknown>;
    expect(shown).toMatchObject({
      '@type': 'ClaimReview',
      reviewRating: expect.objectContaining({ alternateName: 'Accurate' }),
    });
    expect(shown.url).toBe(page.url().replace(/&flag=[^&]*/, ''));
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe(`claimreview-${claimIdInUrl()}.jsonld`);
    await panel.getByRole('button', { name: 'Copy' }).click();
    await page
      .getByRole('status')
      .getByText(/ClaimReview copied|select the text/)
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('asks for a reason and a note before disputing (d)', async () => {
    await page.keyboard.press('j');
    const panel = claimPanel();
    await panel.getByRole('heading', { name: 'Number “11”' }).waitFor();
    expect(await page.evaluate('document.activeElement.textContent')).toBe('11');
    await panel.getByRole('button', { name: /Start review/ }).waitFor();
    await page.keyboard.press('r');
    await panel.getByText('In review', { exact: true }).first().waitFor();

    await page.keyboard.press('d');
    const reason = panel.getByLabel('Reason');
    await reason.waitFor();
    await panel.getByText('Why disputed?').waitFor();
    expect(await page.evaluate('document.activeElement.id')).toBe('status-reason');
    await reason.selectOption('source-error');
    await panel
      .getByLabel('Note')
      .fill('The presidential office lists 13 MOUs signed before the heads of state.');
    await screenshot(page, 'claim-dispute-form');
    await panel.getByRole('button', { name: 'Set disputed' }).click();
    await panel.getByText('Disputed', { exact: true }).first().waitFor();
    await panel.getByText('Error in the source', { exact: true }).waitFor();
    await historyItems(panel)
      .last()
      .getByText(/set the verdict disputed \(reason: source-error/)
      .waitFor();
  });

  it('moves between claims with j and k, and shows the shortcuts with ?', async () => {
    await page.keyboard.press('k');
    await claimPanel().getByRole('heading', { name: 'Number “35 MOUs”' }).waitFor();
    await page.keyboard.press('n');
    await claimPanel().getByRole('heading', { name: 'Number “11”' }).waitFor();
    await page.keyboard.press('p');
    await claimPanel().getByRole('heading', { name: 'Number “35 MOUs”' }).waitFor();

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    for (const line of [
      'Next claim in the article',
      'Verdict: verified',
      'Verdict: disputed (opens the reason form)',
    ]) {
      await dialog.getByText(line).waitFor();
    }
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'shortcuts-help');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('closes a form with Esc, writing nothing, and gives the focus back to what opened it', async () => {
    const active = () => page.evaluate<string>('document.activeElement.textContent');
    await article()
      .getByRole('link', { name: /^22 MOUs \(number/ })
      .click();
    const panel = claimPanel();
    await panel.getByRole('heading', { name: 'Number “22 MOUs”' }).waitFor();
    await historyItems(panel).first().waitFor();
    const claimId = claimIdInUrl();
    const before = await historyItems(panel).count();

    // The reason form: Esc keeps what was typed, Cancel drops it.
    await panel.getByRole('button', { name: 'Not a claim…' }).click();
    await panel.getByLabel('Note').fill('A list number?');
    await page.keyboard.press('Escape');
    await panel.getByText('Why is it not a claim?').waitFor({ state: 'detached' });
    await eventually(active, 'Not a claim…');
    await page.keyboard.press('Enter');
    expect(await panel.getByLabel('Note').inputValue()).toBe('A list number?');
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await eventually(active, 'Not a claim…');
    await page.keyboard.press('Enter');
    expect(await panel.getByLabel('Note').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await eventually(active, 'Not a claim…');

    // The correction and the evidence close on Esc, back to their summaries.
    await panel.getByText('Correct the extraction').click();
    await panel.getByLabel('Value').fill('23');
    await page.keyboard.press('Escape');
    await panel.getByLabel('Value').waitFor({ state: 'hidden' });
    await eventually(active, 'Correct the extraction');
    await page.keyboard.press('Enter');
    expect(await panel.getByLabel('Value').inputValue()).toBe('23');
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await eventually(active, 'Correct the extraction');
    await panel.getByText('Add evidence', { exact: true }).click();
    await panel.getByLabel('What the source says').fill('The forum programme');
    await page.keyboard.press('Escape');
    await panel.getByLabel('What the source says').waitFor({ state: 'hidden' });
    await eventually(active, 'Add evidence');
    await page.keyboard.press('Enter');
    await panel.getByRole('button', { name: 'Cancel' }).click();

    // Esc in a form that stays open (a comment) closes the claim; focus goes back to its span.
    await panel.getByLabel('Add a comment').fill('Asking the organisers?');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await page.evaluate('document.activeElement.dataset.claim')).toBe(claimId);
    await page.keyboard.press('Enter');
    expect(await claimPanel().getByLabel('Add a comment').inputValue()).toBe(
      'Asking the organisers?',
    );
    await claimPanel().getByLabel('Add a comment').fill('');

    // Nothing was written, and no draft is left.
    await expectCount(historyItems(claimPanel()), before);
    const claim = (await (await server.api('editor', 'GET', `/claims/${claimId}`)).json()) as {
      status: string;
      value: number;
    };
    expect(claim).toMatchObject({ status: 'unreviewed', value: 22 });
    expect(
      await page.evaluate('Object.keys(sessionStorage).filter((key) => key.includes("draft"))'),
    ).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('moves the focus to the flag with f; Esc closes the flag, back on its link', async () => {
    const flagInUrl = () => new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('flag');
    const focusedFlag = () =>
      page.evaluate<string | null>('document.activeElement.dataset.flag ?? null');
    await claimPanel().getByRole('heading').first().focus();
    // f: to the selected flag (the dismissed sum-mismatch, still highlighted).
    const selected = flagInUrl();
    await page.keyboard.press('f');
    await eventually(focusedFlag, selected);
    // f again: to the next open flag, the name variant, selected.
    await page.keyboard.press('f');
    await page.waitForFunction(
      `document.activeElement?.dataset.flag !== ${JSON.stringify(selected)}`,
    );
    const flagId = flagInUrl();
    expect(flagId).not.toBe(selected);
    await eventually(focusedFlag, flagId);
    expect(await page.evaluate('document.activeElement.textContent')).toMatch(
      /^One person's name is spelled two ways/,
    );

    // Esc in its decision form: the flag closes, nothing written, focus back on its link.
    await flags().getByLabel('Dismiss: not a problem').check();
    await flags().getByLabel('Note').fill('Both spellings are in use.');
    await page.keyboard.press('Escape');
    await flags().getByLabel('Note').waitFor({ state: 'detached' });
    expect(flagInUrl()).toBeNull();
    await eventually(focusedFlag, flagId);

    // f selects it again; focus moved away, f brings it back, with what was typed.
    await page.keyboard.press('f');
    await flags().getByLabel('Note').waitFor();
    expect(flagInUrl()).toBe(flagId);
    await claimPanel().getByRole('heading').first().focus();
    await page.keyboard.press('f');
    await eventually(focusedFlag, flagId);
    expect(await flags().getByLabel('Note').inputValue()).toBe('Both spellings are in use.');
    await flags().getByRole('button', { name: 'Cancel' }).click();
    await flags().getByLabel('Note').waitFor({ state: 'detached' });
    await eventually(focusedFlag, flagId);
    const flag = (await (await server.api('editor', 'GET', `/flags/${flagId}`)).json()) as {
      status: string;
    };
    expect(flag.status).toBe('open');

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.getByText('Focus the selected flag and its decision form').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('tells the user when someone else changed the claim (412) and shows its new state', async () => {
    await article()
      .getByRole('link', { name: /^22 MOUs \(number/ })
      .click();
    const panel = claimPanel();
    await panel.getByRole('heading', { name: 'Number “22 MOUs”' }).waitFor();
    await historyItems(panel).first().waitFor();

    // Another editor assigns the claim to Ada Admin meanwhile.
    const claimId = claimIdInUrl();
    const read = await server.api('admin', 'GET', `/claims/${claimId}`);
    const members = (await (await server.api('admin', 'GET', '/members')).json()) as {
      userId: string;
      name: string;
    }[];
    const ada = members.find((member) => member.name === 'Ada Admin');
    const changed = await server.api('admin', 'PUT', `/claims/${claimId}/assignee`, {
      ifMatch: read.headers.get('etag') ?? '',
      body: { assigneeId: ada?.userId },
    });
    expect(changed.status).toBe(200);

    await panel.getByRole('button', { name: /Start review/ }).click();
    await panel
      .getByRole('alert')
      .getByText(/Someone else changed this/)
      .waitFor();
    await panel.getByText('Ada Admin', { exact: true }).waitFor();
    await panel.getByText('Unreviewed', { exact: true }).first().waitFor();
    await screenshot(page, 'claim-stale-write');

    // Read again, the same action goes through.
    await panel.getByRole('button', { name: /Start review/ }).click();
    await panel.getByText('In review', { exact: true }).first().waitFor();
    expect(await panel.getByRole('alert').count()).toBe(0);
  });

  it('assigns a claim, adds evidence and a comment; each lands in the history', async () => {
    const panel = claimPanel();
    const before = await historyItems(panel).count();
    await panel.getByLabel('Assign to').selectOption({ label: 'Eddie Editor (editor)' });
    await panel.getByRole('button', { name: 'Assign' }).click();
    await expectCount(historyItems(panel), before + 1);

    await panel.getByText('Add evidence', { exact: true }).click();
    await panel.getByLabel('Stance').selectOption('contradicts');
    await panel.getByLabel('What the source says').fill('The forum programme lists 24 MOUs.');
    await panel.getByLabel('Source URL (optional)').fill('https://example.org/forum');
    await panel.getByRole('button', { name: 'Save evidence' }).click();
    await panel.getByText('The forum programme lists 24 MOUs.').waitFor();

    await panel.getByLabel('Add a comment').fill('Asking the organisers.');
    await panel.getByRole('button', { name: 'Comment', exact: true }).click();
    await panel.getByText('Asking the organisers.', { exact: true }).waitFor();
    await expectCount(historyItems(panel), before + 3);
  });

  it('adds a claim the extractor missed from words selected in the article', async () => {
    const id = await seedArticleId();
    await page.goto(`${server.url}/#/documents`);
    await page.goto(`${server.url}/#/documents/${id}`);
    await article().waitFor();
    // Select a word of plain text (no claim's span) as a reader would.
    const word = await selectWordsInArticle(page, String.raw`\b[A-Z][a-z]{5,}\b`);
    expect(word).not.toBeNull();
    const form = page.getByRole('region', { name: `Add “${word}” as a claim` });
    await form.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await form.getByLabel('A quote').check();
    await form.getByLabel('Speaker (optional)').fill('Kim Tae-hyo');
    await form.getByRole('button', { name: 'Add the claim' }).click();
    await claimPanel()
      .getByRole('heading', { name: `Quote “${word}”` })
      .waitFor();
    await page.getByRole('status').getByText(`Added the claim “${word}”.`).waitFor();

    // Stored at the selected words, in code points of the stored text.
    const created = (await (
      await server.api('editor', 'GET', `/claims/${claimIdInUrl()}`)
    ).json()) as {
      start: number;
      end: number;
      exact: string;
      origin: string;
    };
    const text = (
      (await (await server.api('editor', 'GET', `/documents/${id}`)).json()) as {
        text: string;
      }
    ).text;
    expect(created).toMatchObject({ exact: word, origin: 'manual' });
    expect(Array.from(text).slice(created.start, created.end).join('')).toBe(word);
    await article().locator(`[data-claim="${claimIdInUrl()}"]`).first().waitFor();
  });

  it('links a new number as the total of two others, sees the checks flag it, and unlinks it', async () => {
    const id = await seedArticleId();
    await page.goto(`${server.url}/#/documents`);
    await page.goto(`${server.url}/#/documents/${id}`);
    await article().waitFor();
    const word = await selectWordsInArticle(page, String.raw`\b[a-z]{7,}\b`);
    const form = page.getByRole('region', { name: `Add “${word}” as a claim` });
    await form.getByLabel('Value').fill('100');
    await form.getByLabel('Unit (optional)').fill('MOU');
    await form.getByRole('button', { name: 'Add the claim' }).click();
    const panel = claimPanel();
    await panel.getByRole('heading', { name: `Number “${word}”` }).waitFor();

    await panel.getByRole('button', { name: 'Link to other claims…' }).click();
    await panel.getByLabel('This claim is').selectOption('parts-of-total');
    await panel
      .getByLabel('Claims (choose one or more)')
      .selectOption([{ label: '11' }, { label: '22 MOUs' }]);
    await panel.getByRole('button', { name: 'Link', exact: true }).click();
    await page.getByRole('status').getByText('Relation added: the checks ran again.').waitFor();
    await panel.getByText(/^Parts of a total:/).waitFor();
    await flags()
      .getByRole('link', { name: /stated total is 100/ })
      .first()
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await panel.getByRole('button', { name: 'Unlink' }).click();
    await panel.getByText('Not linked to other claims.').waitFor();
  });

  it('marks a false extraction as not a claim, hides it, and restores it', async () => {
    const id = await seedArticleId();
    const unreviewed = (await (
      await server.api('editor', 'GET', `/claims?documentId=${id}&status=unreviewed&kind=numeric`)
    ).json()) as { items: { id: string; exact: string }[] };
    const target = unreviewed.items[0];
    await page.goto(`${server.url}/#/documents`);
    await page.goto(`${server.url}/#/documents/${id}?claim=${target.id}`);
    const panel = claimPanel();
    await panel.getByRole('button', { name: 'Not a claim…' }).click();
    await panel.getByLabel('Reason').selectOption('extraction-error');
    await panel.getByLabel('Note').fill('A list number, not a quantity.');
    await panel.getByRole('button', { name: 'Mark as not a claim' }).click();
    await panel.getByText(/^Marked as not a claim: A list number, not a quantity\./).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Once closed, it is hidden from the text until asked for.
    await page.keyboard.press('Escape');
    const spans = () => article().locator(`[data-claim="${target.id}"]`);
    await expectCount(spans(), 0);
    await page.getByRole('button', { name: 'Show 1 marked as not a claim' }).click();
    expect(await spans().count()).toBeGreaterThan(0);

    await page.goto(`${server.url}/#/documents/${id}?claim=${target.id}`);
    await panel.getByRole('button', { name: 'Restore as a claim…' }).click();
    await panel.getByLabel('Reason').selectOption('other');
    await panel.getByRole('button', { name: 'Restore as a claim', exact: true }).click();
    await panel.getByRole('button', { name: 'Not a claim…' }).waitFor();
  });

  it('says when a flag resolved by hand still fails its check', async () => {
    const id = await seedArticleId();
    const open = (await (
      await server.api('editor', 'GET', `/flags?documentId=${id}&status=open`)
    ).json()) as { items: { id: string; rule: string; version: number }[] };
    const flag = open.items.find((item) => item.rule === 'name-variant')!;
    const resolved = await server.api('editor', 'POST', `/flags/${flag.id}/resolve`, {
      body: {},
      ifMatch: `"v${flag.version}"`,
    });
    expect(resolved.status).toBe(200);
    await page.goto(`${server.url}/#/documents`);
    await page.goto(`${server.url}/#/documents/${id}?flag=${flag.id}`);
    await flags()
      .getByText(/^The check still fails/)
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('shows Verified disabled while an open error flag blocks it, saying which and linking to it', async () => {
    // The sum-mismatch flag was dismissed; a correction of one of its numbers reopens it.
    const id = await seedArticleId();
    const numbers = (await (
      await server.api('editor', 'GET', `/claims?documentId=${id}&kind=numeric&limit=200`)
    ).json()) as { items: { id: string; exact: string; status: string }[] };
    const eleven = numbers.items.find((claim) => claim.exact === '11')!;
    const twentyTwo = numbers.items.find((claim) => claim.exact === '22 MOUs')!;
    const read = await server.api('reporter', 'GET', `/claims/${eleven.id}`);
    const corrected = await server.api('reporter', 'PATCH', `/claims/${eleven.id}`, {
      ifMatch: read.headers.get('etag') ?? '',
      body: { value: 12 },
    });
    expect(corrected.status).toBe(200);
    expect(twentyTwo.status).toBe('in_review');

    await page.goto(`${server.url}/#/documents`);
    await page.goto(`${server.url}/#/documents/${id}?claim=${twentyTwo.id}`);
    const panel = claimPanel();
    const verified = panel.getByRole('button', { name: /^Verified/ });
    await verified.waitFor();
    expect(await verified.isDisabled()).toBe(true);
    await panel.getByText('Resolve or dismiss the open sum-mismatch flag first.').waitFor();
    expect(await panel.getByRole('link', { name: 'Open the sum-mismatch flag' }).count()).toBe(1);
    await page.keyboard.press('v');
    await page
      .getByRole('status')
      .getByText('Resolve or dismiss the open sum-mismatch flag first.')
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('keeps a correction typed while someone else changed the claim, says what they did, and sends it again', async () => {
    const id = await seedArticleId();
    const detail = (await (await server.api('editor', 'GET', `/documents/${id}`)).json()) as {
      relations: Record<string, unknown>[];
    };
    const related = JSON.stringify(detail.relations);
    const numbers = (await (
      await server.api('editor', 'GET', `/claims?documentId=${id}&kind=numeric&limit=200`)
    ).json()) as {
      items: { id: string; flags: unknown[]; status: string; low: number | null }[];
    };
    // A single number (no range: the correction sets a value) no relation or flag names:
    // correcting it changes nothing else.
    const target = numbers.items.find(
      (claim) =>
        claim.flags.length === 0 &&
        claim.status === 'unreviewed' &&
        claim.low === null &&
        !related.includes(claim.id),
    )!;
    const claimId = target.id;
    await page.goto(`${server.url}/#/documents`);
    await page.goto(`${server.url}/#/documents/${id}?claim=${claimId}`);
    const panel = claimPanel();
    await historyItems(panel).first().waitFor();
    await panel.getByText('Correct the extraction').click();
    await panel.getByLabel('Value').fill('23');
    const again = await server.api('admin', 'GET', `/claims/${claimId}`);
    expect(
      (
        await server.api('admin', 'PUT', `/claims/${claimId}/assignee`, {
          ifMatch: again.headers.get('etag') ?? '',
          body: { assigneeId: null },
        })
      ).status,
    ).toBe(200);
    await panel.getByRole('button', { name: 'Save correction' }).click();
    const alert = panel.getByRole('alert');
    await alert.getByText(/^Last change: Ada Admin \(admin\) unassigned it/).waitFor();
    expect(await panel.getByLabel('Value').inputValue()).toBe('23');
    await panel.getByRole('button', { name: 'Save correction' }).click();
    // The correction is in the history (the checks it re-ran may add events after it).
    await historyItems(panel)
      .getByText(/corrected value \S+ → 23/)
      .waitFor();
    expect(await panel.getByRole('alert').count()).toBe(0);
  });

  it('lists the article’s claims beside the text, filtered by status and open flags', async () => {
    const id = await seedArticleId();
    await page.goto(`${server.url}/#/documents`);
    await page.goto(`${server.url}/#/documents/${id}`);
    const list = page.getByRole('region', { name: /^Claims \(/ });
    const all = Number(
      /of (\d+)\)/.exec((await list.getByRole('heading').textContent()) ?? '')?.[1],
    );
    expect(all).toBeGreaterThan(30);
    await list.getByLabel('Status').selectOption({ label: 'Verified' });
    const verified = list.getByRole('listitem');
    await verified.first().waitFor();
    for (const text of await verified.allTextContents()) expect(text).toMatch(/Verified/);
    await list.getByLabel('Status').selectOption({ label: 'Any status' });
    await list.getByLabel('With an open flag').check();
    for (const text of await list.getByRole('listitem').allTextContents())
      expect(text).toContain('⚑');
    await list.getByLabel('With an open flag').uncheck();
    expect(await list.getByRole('listitem').count()).toBe(Math.min(all, 50));
    const first = list.getByRole('link').first();
    const exact = ((await first.textContent()) ?? '').replace(/[“”]/g, '');
    await first.click();
    await claimPanel()
      .getByRole('heading', { name: `Number “${exact}”` })
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('opens the claim a published ClaimReview links to', async () => {
    const documents = (await (await server.api('auditor', 'GET', '/documents')).json()) as {
      items: { id: string }[];
    };
    const reviews = (await (
      await server.api('auditor', 'GET', `/documents/${documents.items[0].id}/claimreview`)
    ).json()) as { url: string; claimReviewed: string }[];
    expect(reviews.length).toBeGreaterThan(0);
    const [review] = reviews;
    expect(review.url.startsWith(`${server.url}/#/documents/`)).toBe(true);
    await page.goto(`${server.url}/#/documents`);
    await page.goto(review.url);
    await claimPanel().waitFor();
    expect(claimIdInUrl()).toBe(new URLSearchParams(review.url.split('?')[1]).get('claim'));
  });
});

/** Waits until the locator matches exactly `count` elements. */
async function expectCount(locator: Locator, count: number): Promise<void> {
  for (let waited = 0; waited < 5000; waited += 100) {
    if ((await locator.count()) === count) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(await locator.count()).toBe(count);
}
