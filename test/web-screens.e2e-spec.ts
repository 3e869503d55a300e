// The other screens of the web UI: documents (search, ingest), queue, audit, and
// the article and the audit screen on a 390 px phone screen.
import type { Page } from 'playwright-core';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../apps/api/src/config/app-config.js';
import { runCli } from './support/cli.js';
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

describeInBrowser('web UI: documents, queue, audit and a phone screen', () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;

  let session: BrowserSession;

  beforeAll(async () => {
    session = await startBrowserSession();
    ({ server, browser } = session);
    page = await browser.newPage(1280);
    await signIn(page, server.url, server.keys.editor);
  });
  afterAll(() => session?.close());

  it('lists the articles with their claims by status and open flags by severity', async () => {
    const item = page
      .getByRole('listitem')
      .filter({ hasText: '35 MOUs Signed During Korea-Kazakhstan Visit' });
    await item.waitFor();
    await item.getByText('The Asia Business Daily').waitFor();
    await item.getByText('39 unreviewed').waitFor();
    await item.getByText('1 error').waitFor();
    await item.getByText('1 warning').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'documents');
  });

  it('searches the titles', async () => {
    await page.getByLabel('Search titles').fill('kazakhstan');
    await page.getByRole('button', { name: 'Search' }).click();
    await page
      .getByRole('link', { name: '35 MOUs Signed During Korea-Kazakhstan Visit' })
      .waitFor();
    await page.getByLabel('Search titles').fill('wardens');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('No article’s title contains “wardens”.').waitFor();
  });

  it('ingests a pasted article; spans after emoji land on the right words', async () => {
    await page.getByLabel('Title', { exact: true }).fill('Wardens 🎉');
    await page.getByLabel('Publisher (optional)').fill('The Gazette');
    await page
      .getByLabel('Text', { exact: true })
      .fill(
        '🎉🎉 The council hired 12 wardens in March. 😀 Of the 30 staff, 12 are wardens and 15 are clerks.',
      );
    await page.getByRole('button', { name: 'Ingest' }).click();
    await page.getByRole('heading', { name: 'Wardens 🎉', level: 1 }).waitFor();
    await page
      .getByRole('status')
      .getByText(/Ingested “Wardens 🎉”: 4 claims, 1 flag\./)
      .waitFor();
    const spans = page.locator('.article-text .claim-span');
    expect(await spans.allTextContents()).toEqual(['12 wardens', '30 staff', '12', '15']);
    await page.getByRole('link', { name: /^12 \+ 15 = 27, but the stated total is 30/ }).click();
    await page.locator('.article-text .flag-focus').first().waitFor();
    expect(await page.locator('.article-text .flag-focus').allTextContents()).toEqual([
      '30 staff',
      '12',
      '15',
    ]);

    // The same text again: the existing article, no duplicate.
    await page.getByRole('link', { name: 'Documents', exact: true }).click();
    await page.getByLabel('Title', { exact: true }).fill('Wardens again');
    await page
      .getByLabel('Text', { exact: true })
      .fill(
        '🎉🎉 The council hired 12 wardens in March. 😀 Of the 30 staff, 12 are wardens and 15 are clerks.',
      );
    await page.getByRole('button', { name: 'Ingest' }).click();
    await page
      .getByRole('status')
      .getByText('This text is already in the ledger as “Wardens 🎉”.')
      .waitFor();
  });

  it('triages: claims by assignee, status and article with their sentence and article, open flags by severity', async () => {
    await page
      .locator('.article-text')
      .getByRole('link', { name: /^30 staff/ })
      .click();
    const panel = page.getByRole('region', { name: 'Number “30 staff”' });
    await panel.getByLabel('Assign to').selectOption({ label: 'Eddie Editor (editor)' });
    await panel.getByRole('button', { name: 'Assign', exact: true }).click();
    await panel.getByText('Eddie Editor', { exact: true }).waitFor();

    await page.getByRole('link', { name: 'Queue', exact: true }).click();
    const assigned = page.getByRole('region', { name: 'Claims to review' });
    await assigned.getByLabel('Status').selectOption({ label: 'Any status' });
    await assigned.getByRole('link', { name: '“30 staff”' }).waitFor();
    const row = assigned.getByRole('listitem').filter({ hasText: '30 staff' });
    expect(await row.locator('.sentence').textContent()).toContain('30 staff');
    expect(await row.locator('.article-line').textContent()).toMatch(/\S+ · /);
    await assigned.getByLabel('Status').selectOption({ label: 'In review' });
    await assigned.getByText('No claims match these filters.').waitFor();
    await assigned.getByLabel('Status').selectOption({ label: 'Unreviewed' });
    await assigned.getByRole('link', { name: '“30 staff”' }).waitFor();
    // No one's claims: the one just assigned is not among them.
    await assigned.getByLabel('Assigned to').selectOption({ label: 'No one' });
    await assigned.getByRole('listitem').first().waitFor();
    expect(await assigned.getByRole('link', { name: '“30 staff”' }).count()).toBe(0);
    // Bulk: two of no one's claims of the wardens article into review, and to Rita.
    await assigned.getByLabel('Article').selectOption({ label: 'Wardens 🎉' });
    await assigned.getByRole('listitem').first().waitFor();
    const boxes = assigned.getByRole('checkbox');
    const firstTwo = [
      (await boxes.nth(0).getAttribute('aria-label')) ?? '',
      (await boxes.nth(1).getAttribute('aria-label')) ?? '',
    ];
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const bulk = assigned.getByRole('group', { name: 'With the chosen claims' });
    await bulk.getByText('2 chosen:').waitFor();
    await bulk.getByLabel('Assign to').selectOption({ label: 'Rita Reporter (reporter)' });
    await bulk.getByRole('button', { name: 'Assign' }).click();
    await page.getByRole('status').getByText('Assigned 2 claims.').waitFor();
    for (const label of firstTwo)
      await assigned.getByRole('checkbox', { name: label }).waitFor({ state: 'detached' });
    await boxes.first().check();
    await bulk.getByRole('button', { name: 'Start review' }).click();
    await page.getByRole('status').getByText('Moved 1 claim to review.').waitFor();
    await assigned.getByLabel('Article').selectOption({ label: 'All articles' });
    await assigned.getByLabel('Assigned to').selectOption({ label: 'Me' });

    const flags = page.getByRole('region', { name: 'Open flags of the workspace' });
    await flags.getByRole('heading', { name: 'Errors (2)' }).waitFor();
    await flags.getByRole('heading', { name: 'Warnings (1)' }).waitFor();
    await flags.getByRole('link', { name: /spelled two ways/ }).waitFor();
    await flags.getByLabel('Severity').selectOption({ label: 'Warning' });
    await flags.getByRole('heading', { name: 'Errors (2)' }).waitFor({ state: 'detached' });
    await flags.getByRole('heading', { name: 'Warnings (1)' }).waitFor();
    await flags.getByLabel('Severity').selectOption({ label: 'Any severity' });
    await flags.getByLabel('Rule').selectOption('sum-mismatch');
    await flags.getByRole('heading', { name: 'Warnings (1)' }).waitFor({ state: 'detached' });
    await flags.getByLabel('Rule').selectOption({ label: 'Any rule' });
    await flags.getByRole('heading', { name: 'Errors (2)' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'queue');

    await flags.getByRole('link', { name: /^11 \+ 22 = 33/ }).click();
    await page.locator('.article-text .flag-focus').first().waitFor();
    expect(await page.locator('.article-text .flag-focus').allTextContents()).toEqual([
      '35 MOUs',
      '11',
      '22 MOUs',
    ]);
  });

  it('shows the ledger head and exports the history as CSV and NDJSON, filtered', async () => {
    await page.getByRole('link', { name: 'Audit', exact: true }).click();
    const head = (await (await server.api('auditor', 'GET', '/ledger/head')).json()) as {
      seq: number;
      hash: string;
    };
    await page.getByText(head.hash).waitFor();
    await page.getByText(String(head.seq), { exact: true }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'audit');

    const csv = await download(page, () =>
      page.getByRole('button', { name: 'Export CSV' }).click(),
    );
    expect(csv.name).toMatch(/\.csv$/);
    // For spreadsheets: a byte order mark (Excel reads the encoding from it), CRLF, the auditor's columns.
    expect(csv.text.split('\r\n')[0]).toBe(
      '\uFEFFseq,at,workspaceId,actorId,actorRole,action,subjectType,subjectId,data,prevHash,hash,' +
        'claimText,value,status,reason,note,commentBody',
    );

    await page.getByLabel('Action').selectOption('claim.assigned');
    await page.getByLabel('Member').selectOption({ label: 'Eddie Editor (editor)' });
    const ndjson = await download(page, () =>
      page.getByRole('button', { name: 'Export NDJSON' }).click(),
    );
    expect(ndjson.name).toMatch(/\.ndjson$/);
    const events = ndjson.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { action: string });
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((event) => event.action))).toEqual(new Set(['claim.assigned']));

    // The same filters list the events in the page, each opening what it is about.
    await page.getByRole('button', { name: 'Show the events' }).click();
    const eventList = page.getByRole('region', { name: 'Events' });
    await eventList.getByText('claim.assigned').first().waitFor();
    expect(await eventList.getByRole('listitem').count()).toBe(events.length);
    for (const text of await eventList.getByRole('listitem').allTextContents())
      expect(text).toMatch(/Eddie Editor · claim\.assigned/);

    // No file for filters that match nothing.
    await page.getByLabel('Action').selectOption('key.revoked');
    await page.getByRole('button', { name: 'Export NDJSON' }).click();
    await page.getByText('Nothing matches these filters: no file was saved.').waitFor();

    // Times to the second with their zone; ISO 8601 on hover.
    const at = page.locator('.details time').first();
    expect(await at.getAttribute('title')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    expect(await at.textContent()).toMatch(/\d:\d\d:\d\d.*(UTC|GMT|[+-]\d)/);

    // The checkpoint and the key download, and the command given checks the CSV export with them.
    const checkpoint = await download(page, () =>
      page.getByRole('button', { name: 'Download the checkpoint' }).click(),
    );
    expect(checkpoint.name).toBe(`checkpoint-seq-${head.seq}.json`);
    expect(JSON.parse(checkpoint.text)).toMatchObject({ seq: head.seq, hash: head.hash });
    const key = await download(page, () =>
      page.getByRole('button', { name: 'Download the public key' }).click(),
    );
    expect(key.name).toBe('ledger-public-key.pem');
    const command = await page.locator('pre.command').textContent();
    expect(command?.replace(/\s+/g, ' ').trim()).toBe(
      `npm run -s ledger -- verify EXPORT-FILE --checkpoint ${checkpoint.name} --public-key ${key.name}`,
    );
    const folder = await mkdtemp(path.join(tmpdir(), 'ledger-audit-ui-'));
    try {
      for (const file of [csv, checkpoint, key])
        await writeFile(path.join(folder, file.name), file.text);
      const verified = await runCli(
        [
          'verify',
          path.join(folder, csv.name),
          '--checkpoint',
          path.join(folder, checkpoint.name),
          '--public-key',
          path.join(folder, key.name),
        ],
        process.env,
      );
      expect(verified.stdout).toContain(`OK ${head.seq} events`);
      expect(verified.code).toBe(0);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    await eventList.getByRole('link', { name: 'the claim' }).first().click();
    await page.getByRole('region', { name: /^(Number|Quote) “/ }).waitFor();
  });

  it('opens a claim on a 390 px phone as a sheet over the text, next to the span tapped (beside it at 1366 px)', async () => {
    const phone = await browser.newPage(390);
    await signIn(phone, server.url, server.keys.editor);
    await screenshot(phone, 'phone-documents');
    await phone.getByRole('link', { name: '35 MOUs Signed During Korea-Kazakhstan Visit' }).click();
    const span = phone.locator('.article-text').getByRole('link', { name: /^22 MOUs/ });
    await span.click();
    const sheet = phone.getByRole('dialog', { name: 'Number “22 MOUs”' });
    await sheet.getByRole('button', { name: /Start review/ }).waitFor();
    // The words tapped stay in view, right above the sheet; the sheet holds the focus.
    const [tapped, over] = await Promise.all([span.boundingBox(), sheet.boundingBox()]);
    expect(tapped!.y).toBeGreaterThanOrEqual(0);
    // (Up to a pixel of rounding: the span's bottom is lined up with the sheet's top.)
    expect(over!.y - (tapped!.y + tapped!.height)).toBeGreaterThanOrEqual(-1);
    expect(over!.y - (tapped!.y + tapped!.height)).toBeLessThan(40);
    expect(over!.y + over!.height).toBeLessThanOrEqual(844);
    expect(await phone.evaluate('document.activeElement.closest("[role=dialog]") !== null')).toBe(
      true,
    );
    expect(await sheet.getByRole('button', { name: 'Close the claim' }).isVisible()).toBe(true);
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await seriousAxeViolations(phone)).toEqual([]);
    await screenshot(phone, 'phone-claim-sheet');

    // Its flag opens in the sheet: the decision form is on screen, not under the whole article.
    await sheet.getByRole('link', { name: /^11 \+ 22 = 33/ }).click();
    const decision = sheet.locator('.decision-form');
    await decision.waitFor();
    await phone.locator('.article-text .flag-focus').first().waitFor();
    await phone.waitForFunction('document.activeElement?.classList.contains("claim-flag")');
    const form = await decision.boundingBox();
    expect(form!.y).toBeGreaterThanOrEqual(0);
    expect(form!.y + form!.height).toBeLessThanOrEqual(844);
    expect(await seriousAxeViolations(phone)).toEqual([]);
    await screenshot(phone, 'phone-flag-decision');

    // Esc closes the flag, nothing written, what was typed kept; focus goes back to its link.
    await sheet.getByLabel('Dismiss: not a problem').check();
    await sheet.getByLabel('Reason').selectOption('different-scope');
    await sheet.getByLabel('Note').fill('The total counts two MOUs signed the day before.');
    await phone.keyboard.press('Escape');
    await decision.waitFor({ state: 'detached' });
    expect(await phone.evaluate('document.activeElement.className')).toBe('claim-flag');
    await sheet.getByRole('link', { name: /^11 \+ 22 = 33/ }).click();
    expect(await sheet.getByLabel('Note').inputValue()).toBe(
      'The total counts two MOUs signed the day before.',
    );
    await sheet.getByRole('button', { name: 'Dismiss flag' }).click();
    await phone.getByRole('status').getByText('Flag dismissed.').waitFor();
    await sheet.getByText(/^Dismissed \(Different scope\)/).waitFor();
    expect(await phone.evaluate('document.activeElement.className')).toBe('claim-flag');

    // Esc, then ✕, close the sheet; focus goes back to the span tapped.
    await phone.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    expect(await phone.evaluate('document.activeElement.textContent')).toBe('22 MOUs');
    await span.click();
    await sheet.getByRole('button', { name: 'Close the claim' }).click();
    await sheet.waitFor({ state: 'detached' });
    expect(await phone.evaluate('document.activeElement.textContent')).toBe('22 MOUs');
    expect(await seriousAxeViolations(phone)).toEqual([]);

    // At 1366×768 the claim is the side panel beside the text, as before.
    await phone.setViewportSize({ width: 1366, height: 768 });
    await span.click();
    const panel = phone.getByRole('region', { name: 'Number “22 MOUs”' });
    await panel.getByRole('button', { name: /Start review/ }).waitFor();
    const [text, side] = await Promise.all([
      phone.locator('.article').boundingBox(),
      panel.boundingBox(),
    ]);
    expect(side!.x).toBeGreaterThanOrEqual(text!.x + text!.width);
    expect(await phone.getByRole('dialog').count()).toBe(0);
    expect(await seriousAxeViolations(phone)).toEqual([]);
    await phone.close();
  });

  it('fits the audit screen on a 390 px phone: every filter visible and usable', async () => {
    const phone = await browser.newPage(390);
    await signIn(phone, server.url, server.keys.auditor);
    await phone.getByRole('link', { name: 'Audit', exact: true }).click();
    const exportForm = phone.getByRole('region', { name: 'Export the review history' });
    await exportForm
      .locator('#export-document option', { hasText: '35 MOUs Signed' })
      .waitFor({ state: 'attached' });
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    for (const control of await exportForm.locator('input, select, button').all()) {
      const box = await control.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    }
    await exportForm
      .getByLabel('Document')
      .selectOption({ label: '35 MOUs Signed During Korea-Kazakhstan Visit' });
    await exportForm.getByLabel('Action').selectOption('claim.extracted');
    await exportForm.getByRole('button', { name: 'Show the events' }).click();
    await exportForm
      .getByRole('region', { name: 'Events' })
      .getByText('claim.extracted')
      .first()
      .waitFor();
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await seriousAxeViolations(phone)).toEqual([]);
    await screenshot(phone, 'phone-audit');
    await phone.close();
  });

  it('shows its progress while a 200 KB article is ingested, and opens it', async () => {
    await page.getByRole('link', { name: 'Documents', exact: true }).click();
    const paragraph = (
      await readFile(path.join(PROJECT_ROOT, 'test/fixtures/kazakhstan-mous.txt'), 'utf8')
    )
      .split('\n')
      .slice(1)
      .join('\n');
    let text = 'A long roundup\n';
    for (let copy = 1; Buffer.byteLength(text) < 200 * 1024; copy++)
      text += `\nPart ${copy}.\n${paragraph}`;
    await page.getByLabel('Title', { exact: true }).fill('A long roundup');
    await page.getByLabel('Text', { exact: true }).fill(text);
    await page.getByRole('button', { name: 'Ingest' }).click();
    await page.getByRole('progressbar', { name: 'Ingesting the article' }).waitFor();
    await page
      .getByText(/^Sending 2\d\d KB, extracting its claims and running the checks/)
      .waitFor();
    await page
      .getByRole('heading', { name: 'A long roundup', level: 1 })
      .waitFor({ timeout: 60_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("broke no rule of the server's Content Security Policy on any of these screens", () => {
    expect(browser.cspViolations).toEqual([]);
  });
});

async function download(
  page: Page,
  start: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), start()]);
  const filePath = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(filePath, 'utf8') };
}
