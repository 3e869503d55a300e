// The web UI shows each role only what it may do: an auditor reads and exports but
// sees no write action; a reporter moves a claim to review but sets no verdict.
import type { Page } from 'playwright-core';
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

describeInBrowser('web UI: what each role sees', () => {
  let server: DemoServer;
  let browser: Browser;

  let session: BrowserSession;

  beforeAll(async () => {
    session = await startBrowserSession();
    ({ server, browser } = session);
  });
  afterAll(() => session?.close());

  /** Opens the seed article with the sum-mismatch flag selected and the flagged 35 open. */
  async function openSeedClaim(page: Page) {
    await page.getByRole('link', { name: '35 MOUs Signed During Korea-Kazakhstan Visit' }).click();
    await page.getByRole('link', { name: /^11 \+ 22 = 33/ }).click();
    await page
      .locator('.article-text')
      .getByRole('link', { name: /^35 MOUs \(number, unreviewed, flagged\)/ })
      .click();
    const panel = page.getByRole('region', { name: 'Number “35 MOUs”' });
    await panel
      .getByRole('region', { name: /^History/ })
      .getByRole('listitem')
      .first()
      .waitFor();
    return panel;
  }

  it('refuses a wrong key and keeps a good one for the tab only (sessionStorage)', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByLabel('API key').fill('clk_not-a-key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // In words for a person, not the HTTP header a program sends.
    await page
      .getByRole('alert')
      .getByText('This API key is not accepted: it is unknown, or it was revoked.')
      .waitFor();
    expect(await page.getByRole('alert').textContent()).not.toMatch(/Authorization|Bearer/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in');

    await signIn(page, server.url, server.keys.auditor);
    expect(await page.evaluate('Object.keys(localStorage).length')).toBe(0);
    expect(await page.evaluate('Object.values(sessionStorage)')).toEqual([server.keys.auditor]);
    await page.reload();
    await page.getByRole('heading', { name: 'Documents', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').waitFor();
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    await page.close();
  });

  it('shows an auditor no write action: no ingest, no review, no flag decision, no comment', async () => {
    const page = await browser.newPage();
    await signIn(page, server.url, server.keys.auditor);
    await page
      .getByRole('link', { name: '35 MOUs Signed During Korea-Kazakhstan Visit' })
      .waitFor();
    expect(await page.getByText('Ingest an article').count()).toBe(0);
    expect(await page.locator('main textarea, main button[type=submit]').count()).toBe(1); // the search

    const panel = await openSeedClaim(page);
    await panel.getByText('Value', { exact: true }).waitFor();
    // The claim list's filters read, and the claim closes; nothing else takes input.
    expect(await page.locator('main button:not(.claim-list *, .close)').count()).toBe(0);
    expect(
      await page.locator('main :is(input, select, textarea, form):not(.claim-list *)').count(),
    ).toBe(0);
    expect(
      await page.getByText(/Correct the extraction|Add evidence|Add a comment|Decision/).count(),
    ).toBe(0);
    await screenshot(page, 'auditor-claim-panel');

    await page.keyboard.press('r');
    await page
      .getByRole('status')
      .getByText('Your role (auditor) cannot change a claim’s status.')
      .waitFor();
    const claim = (await (
      await server.api('auditor', 'GET', `/claims/${claimId(page)}`)
    ).json()) as { status: string };
    expect(claim.status).toBe('unreviewed');

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.getByText('Next claim in the article').waitFor();
    expect(await dialog.getByText(/Verdict|in review/).count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Audit', exact: true }).click();
    await page.getByRole('button', { name: 'Export CSV' }).waitFor();
    await page.close();
  });

  it('lets a reporter start a review, correct a value and comment, but not set a verdict or decide a flag', async () => {
    const page = await browser.newPage();
    await signIn(page, server.url, server.keys.reporter);
    await page.getByRole('heading', { name: 'Ingest an article' }).waitFor();
    const panel = await openSeedClaim(page);
    const flags = page.getByRole('region', { name: /^Flags/ });
    await flags.getByLabel('Add a comment').waitFor();
    expect(await flags.getByText('Decision').count()).toBe(0);
    expect(await panel.getByLabel('Assign to').count()).toBe(0);

    await panel.getByRole('button', { name: /Start review/ }).click();
    await panel.getByText('In review', { exact: true }).waitFor();
    await panel.getByText('An editor sets the verdict.').waitFor();
    expect(await panel.getByRole('button', { name: /Verified|Disputed/ }).count()).toBe(0);
    await page.keyboard.press('v');
    await page
      .getByRole('status')
      .getByText('Your role (reporter) cannot set or reopen a verdict.')
      .waitFor();

    await panel.getByText('Correct the extraction').click();
    await panel.getByLabel('Value').fill('33');
    await panel.getByRole('button', { name: 'Save correction' }).click();
    await panel
      .getByRole('region', { name: /^History/ })
      .getByText(/corrected value 35 → 33/)
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'reporter-claim-panel');

    await page.getByRole('link', { name: 'Audit', exact: true }).click();
    await page
      .getByText('Exports of the review history are open to editors, auditors and admins.')
      .waitFor();
    expect(await page.getByRole('button', { name: /Export/ }).count()).toBe(0);
    await page.close();
  });

  it('keeps what was typed when the key is revoked, asks to sign in again, and shows it afterwards', async () => {
    const created = await server.admin(
      'create-user',
      '--workspace',
      'demo',
      '--name',
      'Kim Keyholder',
      '--role',
      'editor',
    );
    expect(created.code).toBe(0);
    const key = created.stdout.trim();
    const documents = (await (await server.api('editor', 'GET', '/documents')).json()) as {
      items: { id: string }[];
    };
    const documentId = documents.items[0].id;
    const claims = (await (
      await server.api(
        'editor',
        'GET',
        `/claims?documentId=${documentId}&kind=numeric&status=unreviewed`,
      )
    ).json()) as { items: { id: string; value: number }[] };
    const target = claims.items[0];
    const openFlags = (await (
      await server.api(
        'editor',
        'GET',
        `/flags?documentId=${documentId}&status=open&rule=name-variant`,
      )
    ).json()) as { items: { id: string }[] };
    const flagId = openFlags.items[0].id;
    const comments = async () =>
      (
        (await (await server.api('editor', 'GET', `/claims/${target.id}/comments`)).json()) as {
          items: { body: string }[];
        }
      ).items.map((comment) => comment.body);

    const page = await browser.newPage();
    await signIn(page, server.url, key);
    await page.goto(`${server.url}/#/documents/${documentId}?claim=${target.id}&flag=${flagId}`);
    const panel = page.getByRole('region', { name: /^Number “/ });
    const flags = page.getByRole('region', { name: /^Flags \(/ });
    await panel.getByText('Correct the extraction').click();
    await panel.getByLabel('Value').fill('99');
    await flags.getByLabel('Dismiss: not a problem').check();
    await flags.getByLabel('Reason').selectOption('other');
    await flags.getByLabel('Note').fill('Both spellings are in use.');
    await panel.getByLabel('Add a comment').fill('Checking with the desk.');

    const revoked = await server.admin('revoke-key', key.slice(0, 12));
    expect(revoked.code).toBe(0);
    await panel.getByRole('button', { name: 'Comment', exact: true }).click();
    await page
      .getByRole('alert')
      .getByText('Your key was revoked or has expired. Sign in again; your draft is kept.')
      .waitFor();
    expect(await page.evaluate('sessionStorage.getItem("claims-ledger.api-key")')).toBeNull();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in-again');

    await page.getByLabel('API key').fill(server.keys.editor);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await panel.getByLabel('Add a comment').waitFor();
    expect(await panel.getByLabel('Add a comment').inputValue()).toBe('Checking with the desk.');
    expect(await panel.getByLabel('Value').inputValue()).toBe('99');
    expect(await flags.getByLabel('Dismiss: not a problem').isChecked()).toBe(true);
    expect(await flags.getByLabel('Note').inputValue()).toBe('Both spellings are in use.');
    // Shown, never sent by itself.
    expect(await comments()).toEqual([]);
    const claim = (await (await server.api('editor', 'GET', `/claims/${target.id}`)).json()) as {
      value: number;
    };
    expect(claim.value).toBe(target.value);

    await panel.getByRole('button', { name: 'Comment', exact: true }).click();
    await panel.getByText('Checking with the desk.', { exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Save correction' }).click();
    await panel
      .getByRole('region', { name: /^History/ })
      .getByText(/corrected value \S+ → 99/)
      .waitFor();
    await flags.getByRole('button', { name: 'Dismiss flag' }).click();
    await page.getByRole('status').getByText('Flag dismissed.').waitFor();
    expect(await comments()).toEqual(['Checking with the desk.']);
    // Written, the drafts are gone; signing out drops any other.
    expect(
      await page.evaluate('Object.keys(sessionStorage).filter((key) => key.includes("draft"))'),
    ).toEqual([]);
    await panel.getByLabel('Add a comment').fill('Not sent.');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').waitFor();
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    await page.close();
  });
});

function claimId(page: Page): string | null {
  return new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('claim');
}
