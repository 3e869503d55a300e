import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Security headers on every answer; slow clients are cut off rather than holding connections. */
describe('connection limits and security headers', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await startTestApp({ requestTimeoutMs: 1_500 });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  it('sends security headers: a CSP of its own scripts, never framed, nosniff, a referrer policy', async () => {
    for (const path of ['/health', '/v1/me']) {
      const res = await t.http().get(path);
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  /** Writes one piece every `everyMs` until the server closes the socket; the ms it stayed open. */
  const trickle = (pieces: string[], everyMs: number) =>
    new Promise<number>((resolve) => {
      const started = Date.now();
      const socket = net.connect(port, '127.0.0.1');
      let next = 0;
      const timer = setInterval(() => {
        if (next < pieces.length && !socket.destroyed) socket.write(pieces[next++]);
      }, everyMs);
      const done = () => {
        clearInterval(timer);
        resolve(Date.now() - started);
      };
      socket.on('close', done);
      socket.on('error', () => undefined);
      socket.resume();
    });

  it('cuts a client that sends its headers a line at a time', async () => {
    const lines = ['GET /health HTTP/1.1\r\n', 'Host: localhost\r\n'];
    for (let i = 0; i < 40; i++) lines.push(`X-Slow-${i}: ${i}\r\n`);
    expect(await trickle(lines, 500)).toBeLessThan(6_000);
  });

  it('cuts a client that sends its body a byte at a time', async () => {
    const head =
      'POST /v1/documents HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n';
    expect(await trickle([head, ...'{"title":"slow","text":"'.split('')], 500)).toBeLessThan(6_000);
  });
});
