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
  API_KEY_BY_PREFIX,
  CLAIMS_OF_FLAGS,
  CLAIMS_PAGE,
  DOCUMENTS_OF_CLAIMS,
  FLAGS_OF_CLAIMS,
  MEMBERSHIPS_OF_USER,
  USER_BY_ID,
} from './read-queries.js';

// As many connections as the service's Prisma pool.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const server = Fastify({ logger: false });

interface KeyOwner {
  workspace_id: string;
  user_id: string;
}

server.get<{ Querystring: { documentId: string; limit?: string } }>(
  '/v1/claims',
  async (request, reply) => {
    const key = /^Bearer\s+(\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const owner = key
      ? (await pool.query<KeyOwner>(API_KEY_BY_PREFIX, [keyPrefix(key)])).rows[0]
      : undefined;
    if (!owner) return reply.code(401).send({ title: 'unknown key' });
    const workspaceId = owner.workspace_id;
    await pool.query(USER_BY_ID, [workspaceId, owner.user_id]);
    await pool.query(MEMBERSHIPS_OF_USER, [workspaceId, owner.user_id]);
    const limit = Number(request.query.limit ?? 50);
    const page = [workspaceId, request.query.documentId, limit + 1];
    const claims = (await pool.query<{ id: string }>(CLAIMS_PAGE, page)).rows;
    const claimIds = claims.map((claim) => claim.id);
    const documents = await pool.query<{ document_id: string }>(DOCUMENTS_OF_CLAIMS, [
      workspaceId,
      claimIds,
    ]);
    const documentIds = [...new Set(documents.rows.map((claim) => claim.document_id))];
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
