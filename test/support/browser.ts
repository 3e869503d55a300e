// Browser tests drive the real UI, served by a real `ledger serve`, in Debian's
// Chromium through playwright-core (no browser is downloaded).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../apps/api/src/config/app-config.js';
import { runCli, startServer, type CliResult, type RunningServer } from './cli.js';
import { createTestDatabase } from './test-app.js';

export type Role = 'reporter' | 'editor' | 'auditor' | 'admin';

/** Debian's Chromium, or the browser CHROMIUM_PATH names. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * `describe` for browser tests. Without a Chromium they are skipped, loudly, on a
 * developer's machine (`npm test` needs nothing but Node.js), and fail in CI,
 * where .ci/run installs it.
 */
export const describeInBrowser: jest.Describe = (() => {
  if (existsSync(CHROMIUM_PATH) || process.env.CI) return describe;
  console.warn(
    `Browser tests skipped: no Chromium at ${CHROMIUM_PATH}. Install Debian's chromium package or set CHROMIUM_PATH.`,
  );
  return describe.skip;
})();

export interface DemoServer {
  url: string;
  keys: Record<Role, string>;
  /** Calls the API directly, as another member would (to provoke a 412, say). */
  api: (
    role: Role,
    method: string,
    route: string,
    init?: { body?: unknown; ifMatch?: string },
  ) => Promise<Response>;
  /** Runs `ledger admin …` on the server's database: members and keys are managed there, not over HTTP. */
  admin: (...args: string[]) => Promise<CliResult>;
  stop(): Promise<void>;
}

/** `ledger serve` with the demo workspace on a fresh database, on a free port. */
export async function startDemoServer(): Promise<DemoServer> {
  const database = await createTestDatabase();
  const port = await freePort();
  let server: RunningServer;
  try {
    server = await startServer({
      ...process.env,
      DATABASE_URL: database.url,
      LEDGER_DEMO: 'true',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const keys = {} as Record<Role, string>;
  for (const match of server
    .output()
    .matchAll(/^\s+(reporter|editor|auditor|admin)\s+.+?\s+(clk_[A-Za-z0-9_-]+)\s*$/gm)) {
    keys[match[1] as Role] = match[2];
  }
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    keys,
    api: (role, method, route, init = {}) =>
      fetch(`${url}/v1${route}`, {
        method,
        headers: {
          Authorization: `Bearer ${keys[role]}`,
          ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(init.ifMatch ? { 'If-Match': init.ifMatch } : {}),
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      }),
    admin: (...args) => runCli(['admin', ...args], { ...process.env, DATABASE_URL: database.url }),
    stop: async () => {
      server.child.kill('SIGINT');
      await server.exited;
      await database.drop();
    },
  };
}

/** A random port in 33000-34999 that nothing listens on. */
async function freePort(): Promise<number> {
  for (;;) {
    const port = 33_000 + Math.floor(Math.random() * 2000);
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .listen(port, '0.0.0.0', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

export interface Browser {
  context: BrowserContext;
  /** A new tab (its own sessionStorage) at the given viewport width (and height). */
  newPage(width?: number, height?: number): Promise<Page>;
  /** What the pages' Content Security Policy refused so far (console messages). */
  cspViolations: string[];
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with a fresh profile and no background networking. */
export async function launchBrowser(): Promise<Browser> {
  const profile = await mkdtemp(path.join(tmpdir(), 'ledger-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    acceptDownloads: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.setDefaultTimeout(10_000);
  const cspViolations: string[] = [];
  return {
    context,
    cspViolations,
    newPage: async (width = 1280, height = width < 600 ? 844 : 900) => {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
      });
      await page.setViewportSize({ width, height });
      return page;
    },
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function signIn(page: Page, url: string, key: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Documents', level: 1 }).waitFor();
}

export const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-output/screenshots');

/** Saves a screenshot of the whole viewport to test-output/screenshots/<name>.png. */
/** Waits until `read` gives `expected` (focus moves in a later frame on a loaded machine), then asserts it. */
export async function eventually<T>(read: () => Promise<T>, expected: T, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until && (await read()) !== expected)
    await new Promise((resolve) => setTimeout(resolve, 50));
  expect(await read()).toEqual(expected);
}

/** Selects, as a reader would, the first words of plain text (no claim's span) matching `pattern`. */
export function selectWordsInArticle(page: Page, pattern: string): Promise<string | null> {
  return page.evaluate<string | null>(`(() => {
    const container = document.querySelector('.article-text');
    for (const node of Array.from(container.childNodes)) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const found = new RegExp(${JSON.stringify(pattern)}).exec(node.textContent);
      if (!found) continue;
      const range = document.createRange();
      range.setStart(node, found.index);
      range.setEnd(node, found.index + found[0].length);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      return found[0];
    }
    return null;
  })()`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

let axeSource: string | undefined;

/** Runs axe-core in the page; answers the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= await readFile(path.join(PROJECT_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol: the page's CSP refuses inline script tags.
  await page.evaluate(axeSource);
  const violations = await page.evaluate<
    AxeViolation[]
  >(`axe.run(document).then((result) => result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((node) => node.target.join(' ')),
  })))`);
  return violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
}

/** The viewports every screen is checked at: a laptop's and a phone's. */
export const LAPTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

/**
 * The serious and critical axe violations at a phone's size, then at a laptop's, where
 * the page is left: `{ phone: [], laptop: [] }` when there are none.
 */
export async function seriousAxeViolationsOnPhoneAndLaptop(
  page: Page,
): Promise<{ phone: AxeViolation[]; laptop: AxeViolation[] }> {
  await page.setViewportSize(PHONE);
  const phone = await seriousAxeViolations(page);
  await page.setViewportSize(LAPTOP);
  return { phone, laptop: await seriousAxeViolations(page) };
}

export interface BrowserSession {
  server: DemoServer;
  browser: Browser;
  close(): Promise<void>;
}

/** A demo server and a browser for one test file; the screenshot folder is printed. */
export async function startBrowserSession(): Promise<BrowserSession> {
  console.log(`Screenshots: ${SCREENSHOTS}`);
  const server = await startDemoServer();
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}
