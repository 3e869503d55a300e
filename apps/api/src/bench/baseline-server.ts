/**
 * The read baseline: a bare Fastify route for GET /v1/claims?documentId=…&limit=…
 * that runs the same SQL as the service (read-queries.ts) through `pg` and
 * answers the rows as JSON; no framework, no validation, no presentation.
 * Started as its own process by the bench (DATABASE_URL, PORT).
 */
import Fastify from 'fastify';
import pg from 'pg';
import { keyPrefix } from '../auth/api-key.js';
import {
  CLAIMS_OF_FLAGS,
  CLAIMS_PAGE,
  FLAGS_OF_CLAIMS,
  KEY_OWNER_BY_PREFIX,
} from './read-queries.js';

// As many connections as the service's Prisma pool.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const server = Fastify({ logger: false });

interface KeyOwner {
  workspaceId: string;
  userId: string;
}

server.get<{ Querystring: { documentId: string; limit?: string } }>(
  '/v1/claims',
  async (request, reply) => {
    const key = /^Bearer\s+(\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const owner = key
      ? (await pool.query<KeyOwner>(KEY_OWNER_BY_PREFIX, [keyPrefix(key)])).rows[0]
      : undefined;
    if (!owner) return reply.code(401).send({ title: 'unknown key' });
    const workspaceId = owner.workspaceId;
    const limit = Number(request.query.limit ?? 50);
    const page = [workspaceId, request.query.documentId, limit + 1];
    const claims = (await pool.query<{ id: string; document_id: string }>(CLAIMS_PAGE, page)).rows;
    const claimIds = claims.map((claim) => claim.id);
    const documentIds = [...new Set(claims.map((claim) => claim.document_id))];
    const flags = (
      await pool.query<{ id: string }>(FLAGS_OF_CLAIMS, [workspaceId, documentIds, claimIds])
    ).rows;
    if (flags.length > 0)
      await pool.query(CLAIMS_OF_FLAGS, [workspaceId, flags.map((flag) => flag.id)]);
    return {
      items: claims.slice(0, limit),
      flags,
      nextCursor: claims.length > limit ? 'more' : null,
    };
  },
);

await server.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log(`listening on ${process.env.PORT}`);

const stop = async () => {
  await server.close();
  await pool.end();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
