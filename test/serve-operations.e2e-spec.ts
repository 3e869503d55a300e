// `ledger serve` as operators run it: settings checked first, an access log with
// request ids, and a stop that drains requests within a time limit.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { envWithout, runCli, startServer, type RunningServer } from './support/cli.js';
import { createTestDatabase } from './support/test-app.js';

describe('ledger serve, operated', () => {
  let database: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  const serverEnv = (port: number, more: NodeJS.ProcessEnv = {}) => ({
    ...envWithout('DATABASE_URL', 'LEDGER_DEMO'),
    DATABASE_URL: database.url,
    PORT: String(port),
    ...more,
  });
  const freePort = () => 35_000 + Math.floor(Math.random() * 1000);

  it.each([
    [
      'LOG_LEVEL',
      'loud',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    ],
    ['LOG_FORMAT', 'xml', 'LOG_FORMAT must be one of json, pretty'],
    ['PUBLIC_URL', 'not-a-url', 'PUBLIC_URL must be an absolute http(s) URL'],
    ['SHUTDOWN_TIMEOUT_MS', 'soon', 'SHUTDOWN_TIMEOUT_MS must be a positive integer'],
  ])('refuses %s=%s naming it, before anything starts', async (name, value, message) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ledger-config-'));
    try {
      const result = await runCli(['serve'], {
        ...envWithout('DATABASE_URL'),
        DATA_DIR: dataDir,
        [name]: value,
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`ledger: ${message}, got "${value}"`);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      // No embedded database was started for a run that cannot go on.
      expect(await readdir(dataDir)).toEqual([]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('logs every request as a JSON line with its id, answered in X-Request-Id and in problems', async () => {
    const port = freePort();
    const server = await startServer(serverEnv(port, { LOG_LEVEL: 'info', LOG_FORMAT: 'json' }));
    try {
      const res = await fetch(`http://127.0.0.1:${port}/v1/me`, {
        headers: { 'x-request-id': 'trace-42' },
      });
      expect(res.status).toBe(401);
      expect(res.headers.get('x-request-id')).toBe('trace-42');
      expect(((await res.json()) as { requestId: string }).requestId).toBe('trace-42');
      const unsafe = await fetch(`http://127.0.0.1:${port}/health/live`, {
        headers: { 'x-request-id': 'a b\u00e9' },
      });
      expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

      const line = await waitFor(server, (entry) => entry.req?.id === 'trace-42');
      expect(line).toMatchObject({
        req: { id: 'trace-42', method: 'GET', url: '/v1/me' },
        res: { statusCode: 401 },
        responseTime: expect.any(Number),
      });
      expect(JSON.stringify(line)).not.toContain('authorization');
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });

  it('stops on SIGTERM at once when idle, and gives up on a request still under way after SHUTDOWN_TIMEOUT_MS', async () => {
    const idle = await startServer(serverEnv(freePort()));
    idle.child.kill('SIGTERM');
    expect(await idle.exited).toBe(0);

    const port = freePort();
    const busy = await startServer(serverEnv(port, { SHUTDOWN_TIMEOUT_MS: '1500' }));
    // A request whose body never finishes arriving: the server cannot answer it.
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      'POST /v1/documents HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{',
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stoppedAt = Date.now();
    busy.child.kill('SIGTERM');
    expect(await busy.exited).toBe(1);
    expect(Date.now() - stoppedAt).toBeGreaterThanOrEqual(1400);
    expect(busy.output()).toContain('requests still under way after 1500 ms');
    socket.destroy();
  });
});

interface LogLine {
  req?: { id?: string; method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
}

/** The first JSON log line of the server that matches, waiting for it to be written. */
async function waitFor(server: RunningServer, match: (line: LogLine) => boolean): Promise<LogLine> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    for (const text of server.output().split('\n')) {
      if (!text.startsWith('{')) continue;
      const line = JSON.parse(text) as LogLine;
      if (match(line)) return line;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no matching log line in:\n${server.output()}`);
}
