/**
 * What every answer of the HTTP API follows, whatever route gives it: an
 * X-Request-Id, no cache keeps /v1 answers, a GET whose ETag the client holds is a 304, and a known
 * path asked with another method is a 405 naming the methods it takes.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

/** A caller's X-Request-Id is kept when it is a short token (it goes into logs); else the server makes one. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

/** The API's own paths, /v1 and below. */
const API_PATH = /^\/v1(?:[/?]|$)/;

interface RouteMethods {
  pattern: RegExp;
  methods: Set<string>;
}

const routesOf = new WeakMap<FastifyInstance, Map<string, RouteMethods>>();

/** Adds the conventions' hooks; call before the routes are registered (it records them). */
export function registerHttpConventions(fastify: FastifyInstance): void {
  const routes = new Map<string, RouteMethods>();
  routesOf.set(fastify, routes);
  fastify.addHook('onRoute', (route) => {
    // CORS answers OPTIONS on every path: no route of ours.
    if (route.url.includes('*')) return;
    const entry = routes.get(route.url) ?? { pattern: patternOf(route.url), methods: new Set() };
    for (const method of [route.method].flat()) if (method !== 'OPTIONS') entry.methods.add(method);
    routes.set(route.url, entry);
  });

  fastify.addHook('onRequest', (request, reply, done) => {
    // The request's id on its answer, and for the access log (pino-http reads the raw request).
    void reply.header('x-request-id', request.id);
    (request.raw as IncomingMessage & { id?: string }).id = request.id;
    // Answers of the API are per caller and change with every write: no cache keeps them.
    if (API_PATH.test(request.url)) void reply.header('cache-control', 'no-store');
    done();
  });

  fastify.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return payload;
    const etag = reply.getHeader('etag');
    const ifNoneMatch = request.headers['if-none-match'];
    if (reply.statusCode !== 200 || typeof etag !== 'string' || ifNoneMatch === undefined)
      return payload;
    if (!matchesAny(ifNoneMatch, etag)) return payload;
    void reply.code(304).removeHeader('content-type').removeHeader('content-length');
    return null;
  });
}

/** The methods a route takes at this path when none was matched for the request's, else []. */
export function allowedMethods(fastify: FastifyInstance, url: string): string[] {
  const path = url.split('?')[0];
  const allowed = new Set<string>();
  for (const route of routesOf.get(fastify)?.values() ?? [])
    if (route.pattern.test(path)) route.methods.forEach((method) => allowed.add(method));
  return [...allowed].sort();
}

/** "/v1/claims/:id" → a pattern matching "/v1/claims/<anything but a slash>". */
function patternOf(url: string): RegExp {
  const segments = url
    .split('/')
    .map((segment) =>
      segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    );
  return new RegExp(`^${segments.join('/')}/?$`);
}

/** If-None-Match's list (or `*`) against the answer's ETag, by weak comparison (RFC 9110, 13.1.2). */
function matchesAny(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}
