import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.js';
import { openReadyDatabase } from '../src/bootstrap.js';
import type { DatabaseHandle } from '../src/db/database.js';

export const FIXTURE_DIR = fileURLToPath(new URL('../../../test-fixtures/stats-public/', import.meta.url));
export const readFixture = (name: string) => readFileSync(FIXTURE_DIR + name, 'utf8');

/** Which back end data tests run on: PostgreSQL when TEST_DATABASE_URL is set (CI's second pass). */
export const backend = process.env['TEST_DATABASE_URL'] ? 'postgres' : 'pglite';

/**
 * A fresh, migrated database with reference data for one test file: PGlite in memory, or a new
 * database on the PostgreSQL server of TEST_DATABASE_URL (dropped again by `close`).
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) return openReadyDatabase({ dataDir: 'memory://' });
  const name = `motcua_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openReadyDatabase({ url: url.toString() });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      // Without FORCE: the pool has ended its connections; retry while the server notices.
      const a = new pg.Client({ connectionString: serverUrl });
      await a.connect();
      try {
        for (let attempt = 0; ; attempt++) {
          try {
            await a.query(`DROP DATABASE IF EXISTS ${name}`);
            break;
          } catch (e) {
            if (attempt >= 20) throw e;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      } finally {
        await a.end();
      }
    },
  };
}

export const TEST_API_TOKEN = 'test-api-token-0123456789';

export interface TestApp {
  handle: DatabaseHandle;
  app: FastifyInstance;
  /** `app.inject` as a script holding the API token (system actor); raw `app.inject` is anonymous. */
  inject(opts: InjectOptions | string): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createTestApp(): Promise<TestApp> {
  const handle = await createTestDatabase();
  const app = await buildApp({ db: handle.db, config: { MOTCUA_MODE: 'demo', MOTCUA_API_TOKEN: TEST_API_TOKEN } });
  return {
    handle,
    app,
    inject: (opts) => {
      const o = typeof opts === 'string' ? { url: opts } : opts;
      return app.inject({ ...o, headers: { authorization: `Bearer ${TEST_API_TOKEN}`, ...(o.headers ?? {}) } });
    },
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}

/** Signs a user in through the API; the returned inject sends the cookie and CSRF token. */
export async function loginAs(app: FastifyInstance, username: string, password: string) {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'motcua_session')!;
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  return (opts: InjectOptions | string) => {
    const o = typeof opts === 'string' ? { url: opts } : opts;
    return app.inject({ ...o, cookies: { motcua_session: cookie.value }, headers: { 'x-csrf-token': csrf, ...(o.headers ?? {}) } });
  };
}
