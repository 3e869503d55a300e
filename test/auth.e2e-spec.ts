import { jest } from '@jest/globals';
import { createHash } from 'node:crypto';
import { ExecutionContext } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { PATH_METADATA } from '@nestjs/common/constants.js';
import { ACCESS_RULE } from '../apps/api/src/auth/access.decorators.js';
import { generateApiKey } from '../apps/api/src/auth/api-key.js';
import { ApiKeyRepository } from '../apps/api/src/auth/api-key.repository.js';
import { AuthGuard } from '../apps/api/src/auth/auth.guard.js';
import { FailedAuthentications } from '../apps/api/src/auth/failed-authentications.js';
import type { RoleName } from '../apps/api/src/auth/permissions.js';
import { WorkspaceAdminService } from '../apps/api/src/workspaces/workspace-admin.service.js';
import { bearer, createNewsroom, type Newsroom } from './support/factories.js';
import { expectProblem } from './support/problem.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const ROLES: RoleName[] = ['reporter', 'editor', 'auditor', 'admin'];

describe('authentication and roles', () => {
  let t: TestApp;
  let room: Newsroom;
  let rival: Newsroom;
  let documentId: string;
  let claimId: string;

  beforeAll(async () => {
    t = await startTestApp();
    room = await createNewsroom(t.app, 'tribune');
    rival = await createNewsroom(t.app, 'courier');
    const doc = await t
      .http()
      .post('/v1/documents')
      .set(bearer(room.keys.reporter))
      .send({ title: 'T', text: 'Exactly 40 people came.' })
      .expect(201);
    documentId = doc.body.id;
    const claim = await t
      .http()
      .post(`/v1/documents/${documentId}/claims`)
      .set(bearer(room.keys.reporter))
      .send({ kind: 'numeric', start: 8, end: 17, exact: '40 people', value: 40, unit: 'person' })
      .expect(201);
    claimId = claim.body.id;
  });
  afterAll(() => t.close());

  describe('who may do what (README.md, "Authentication and roles")', () => {
    const writes: Record<RoleName, boolean> = {
      reporter: true,
      editor: true,
      auditor: false,
      admin: true,
    };
    const exports: Record<RoleName, boolean> = {
      reporter: false,
      editor: true,
      auditor: true,
      admin: true,
    };

    it.each(ROLES)('%s: submit a document', async (role) => {
      const res = await t
        .http()
        .post('/v1/documents')
        .set(bearer(room.keys[role]))
        .send({ title: role, text: `Written by the ${role}, 1 time.` });
      expect(res.status).toBe(writes[role] ? 201 : 403);
      if (!writes[role]) expectProblem(res, 403);
    });

    it.each(ROLES)('%s: add a manual claim', async (role) => {
      const res = await t
        .http()
        .post(`/v1/documents/${documentId}/claims`)
        .set(bearer(room.keys[role]))
        .send({ kind: 'numeric', start: 8, end: 10, exact: '40', value: 40 });
      expect(res.status).toBe(writes[role] ? 201 : 403);
    });

    it.each(ROLES)('%s: correct a claim', async (role) => {
      const current = await t
        .http()
        .get(`/v1/claims/${claimId}`)
        .set(bearer(room.keys[role]))
        .expect(200);
      const res = await t
        .http()
        .patch(`/v1/claims/${claimId}`)
        .set(bearer(room.keys[role]))
        .set('If-Match', current.headers.etag)
        .send({ subject: `people, per the ${role}` });
      expect(res.status).toBe(writes[role] ? 200 : 403);
    });

    it.each(ROLES)('%s: read documents, claims and the ledger head', async (role) => {
      await t.http().get('/v1/documents').set(bearer(room.keys[role])).expect(200);
      await t.http().get(`/v1/documents/${documentId}`).set(bearer(room.keys[role])).expect(200);
      await t.http().get('/v1/claims').set(bearer(room.keys[role])).expect(200);
      await t.http().get('/v1/ledger/head').set(bearer(room.keys[role])).expect(200);
    });

    it.each(ROLES)('%s: read the review history', async (role) => {
      const res = await t.http().get('/v1/ledger/events').set(bearer(room.keys[role]));
      expect(res.status).toBe(exports[role] ? 200 : 403);
    });

    it("an auditor's refused write changes nothing", async () => {
      const head = await t.http().get('/v1/ledger/head').set(bearer(room.keys.auditor)).expect(200);
      await t
        .http()
        .post('/v1/documents')
        .set(bearer(room.keys.auditor))
        .send({ title: 'No', text: 'Not stored.' })
        .expect(403);
      const after = await t
        .http()
        .get('/v1/ledger/head')
        .set(bearer(room.keys.auditor))
        .expect(200);
      expect(after.body.seq).toBe(head.body.seq);
      const stored = await t.sql.query(
        `SELECT count(*)::int AS n FROM document_versions WHERE text = 'Not stored.'`,
      );
      expect(stored.rows[0].n).toBe(0);
    });
  });

  describe('another workspace', () => {
    it('sees none of its documents or claims: 404, as if they did not exist', async () => {
      const key = rival.keys.admin;
      expectProblem(await t.http().get(`/v1/documents/${documentId}`).set(bearer(key)), 404);
      expectProblem(await t.http().get(`/v1/claims/${claimId}`).set(bearer(key)), 404);
      expectProblem(
        await t
          .http()
          .patch(`/v1/claims/${claimId}`)
          .set(bearer(key))
          .set('If-Match', '"v1"')
          .send({ value: 1 }),
        404,
      );
      expectProblem(
        await t
          .http()
          .post(`/v1/documents/${documentId}/claims`)
          .set(bearer(key))
          .send({ kind: 'numeric', start: 8, end: 10, exact: '40', value: 40 }),
        404,
      );
    });

    it('lists none of them', async () => {
      const documents = await t
        .http()
        .get('/v1/documents')
        .set(bearer(rival.keys.reporter))
        .expect(200);
      expect(documents.body.items).toEqual([]);
      const claims = await t
        .http()
        .get('/v1/claims')
        .query({ documentId })
        .set(bearer(rival.keys.reporter))
        .expect(200);
      expect(claims.body.items).toEqual([]);
    });

    it('may store the same text as a document of its own', async () => {
      await t
        .http()
        .post('/v1/documents')
        .set(bearer(rival.keys.reporter))
        .send({ title: 'T', text: 'Exactly 40 people came.' })
        .expect(201);
    });
  });

  describe('keys', () => {
    it.each([
      ['no Authorization header', undefined],
      ['a non-Bearer scheme', 'Basic dXNlcjpwYXNz'],
      ['a malformed key', 'Bearer not-a-key'],
      ['an unknown key', `Bearer clk_${'A'.repeat(43)}`],
    ])('answers 401 for %s', async (_name, header) => {
      const req = t.http().get('/v1/documents');
      const res = await (header ? req.set('Authorization', header) : req);
      expectProblem(res, 401);
      expect(res.headers['www-authenticate']).toBe('Bearer');
    });

    it('answers 401 for a known prefix with the wrong secret', async () => {
      const forged = room.keys.editor.slice(0, 12) + 'B'.repeat(43 - 8);
      expectProblem(
        await t.http().get('/v1/documents').set('Authorization', `Bearer ${forged}`),
        401,
      );
    });

    it('answers 401 once a key is revoked, and records the revocation', async () => {
      const admin = t.app.get(WorkspaceAdminService);
      const member = await admin.createMember('tribune', 'Short-lived', 'reporter');
      await t.http().get('/v1/documents').set(bearer(member.apiKey)).expect(200);
      await admin.revokeKey(member.keyPrefix);
      const res = await t.http().get('/v1/documents').set(bearer(member.apiKey));
      expectProblem(res, 401);
      const events = await t.sql.query(
        `SELECT action FROM ledger_events WHERE action = 'key.revoked'`,
      );
      expect(events.rowCount).toBe(1);
    });

    it('are stored only as SHA-256 hashes, and their last use is recorded', async () => {
      const { rows } = await t.sql.query<{
        prefix: string;
        key_hash: string;
        last_used_at: Date | null;
      }>('SELECT prefix, key_hash, last_used_at FROM api_keys');
      const all = JSON.stringify(rows);
      for (const key of [...Object.values(room.keys), ...Object.values(rival.keys)]) {
        expect(all).not.toContain(key);
        const row = rows.find((r) => r.prefix === key.slice(0, 12));
        expect(row?.key_hash).toBe(createHash('sha256').update(key).digest('hex'));
      }
      const used = rows.find((r) => r.prefix === room.keys.reporter.slice(0, 12));
      expect(used?.last_used_at).toBeInstanceOf(Date);
    });
  });

  describe('default deny', () => {
    it('every route of the API declares @Public() or @Requires()', () => {
      const undecorated: string[] = [];
      const controllers = [...t.app.get(ModulesContainer).values()].flatMap((module) => [
        ...module.controllers.values(),
      ]);
      expect(controllers.length).toBeGreaterThan(3);
      for (const wrapper of controllers) {
        const type = wrapper.metatype as { prototype: Record<string, unknown>; name: string };
        for (const name of Object.getOwnPropertyNames(type.prototype)) {
          const handler = type.prototype[name];
          if (name === 'constructor' || typeof handler !== 'function') continue;
          if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
          if (
            !Reflect.getMetadata(ACCESS_RULE, handler) &&
            !Reflect.getMetadata(ACCESS_RULE, type)
          ) {
            undecorated.push(`${type.name}.${name}`);
          }
        }
      }
      expect(undecorated).toEqual([]);
    });

    it('refuses a route that declares neither, whoever asks', async () => {
      class Undecorated {
        open = () => 'should not be reachable';
      }
      const handler = new Undecorated().open;
      const guard = new AuthGuard(
        new Reflector(),
        t.app.get(ApiKeyRepository),
        new FailedAuthentications(100),
      );
      const context = {
        getHandler: () => handler,
        getClass: () => Undecorated,
        switchToHttp: () => ({
          getRequest: () => ({ headers: { authorization: `Bearer ${room.keys.admin}` } }),
        }),
      } as unknown as ExecutionContext;
      await expect(guard.canActivate(context)).rejects.toMatchObject({ code: 'forbidden' });
    });
  });
});

describe('rate limit', () => {
  it('answers 429 as problem JSON past the limit', async () => {
    const t = await startTestApp({ rateLimitPerMinute: 3 });
    try {
      for (let i = 0; i < 3; i++) await t.http().get('/health').expect(200);
      const res = await t.http().get('/health').expect(429);
      expectProblem(res, 429);
      expect(res.body.type).toBe('urn:claims-ledger:problem:rate-limited');
    } finally {
      await t.close();
    }
  });
});

describe('failed authentications', () => {
  it('are limited per address before any key lookup: 429 with Retry-After, even for a valid key then', async () => {
    const t = await startTestApp({ authFailuresPerMinute: 5 });
    try {
      const room = await createNewsroom(t.app);
      const lookups = jest.spyOn(t.app.get(ApiKeyRepository), 'findOwnerByPrefix');
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        const forged = generateApiKey().key;
        statuses.push((await t.http().get('/v1/me').set(bearer(forged))).status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
      expect(lookups).toHaveBeenCalledTimes(5);
      const refused = await t.http().get('/v1/me').set(bearer(room.keys.reporter));
      expectProblem(refused, 429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(refused.body.type).toBe('urn:claims-ledger:problem:rate-limited');
    } finally {
      await t.close();
    }
  });
});
