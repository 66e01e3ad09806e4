import { buildApp, type AppInstance } from '../src/app';
import { loadConfig, type Config } from '../src/config';
import pg from 'pg';
import {
  createKysely,
  guardClientErrors,
  startCrossInstanceNotices,
  type Database,
} from '../src/db/database';
import type { WriteNoticeOptions, WriteNotices } from '../src/db/write-notices';
import { openTestDatabase, type TestDatabase } from './test-db';

export type TestApp = {
  app: AppInstance;
  db: Database;
  config: Config;
  /** The app's clock (the moved `clock`, or real time when the test gave no `now`). */
  now: () => Date;
  /** PostgreSQL only: the test database's URL (a second app instance on the same database listens with it). */
  databaseUrl?: string;
  /** Moves the app's clock (services read time only through ctx.now). */
  clock: { now: Date; advance(ms: number): void };
  /** Logs in through the real endpoint and returns the cookie header value for later requests. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
};

export const TEST_PASSWORD = 'Uji-Sandi#2026';

/** The real application on a fresh database; nothing mocked. */
export async function createTestApp(
  overrides: { config?: Partial<Config>; now?: Date; database?: TestDatabase } = {},
): Promise<TestApp> {
  const tdb = overrides.database ?? (await openTestDatabase());
  const base = loadConfig({ ...process.env, DATA_DIR: '/tmp/sim-test-unused', WEB_DIST: '/nonexistent' });
  const config: Config = {
    ...base,
    ...overrides.config,
    login: { ...base.login, baseDelayMs: 0, ...overrides.config?.login },
    // Tests file complaints directly; the proof-of-work has its own tests that turn it on.
    complaintPow: { ...base.complaintPow, bits: 0, ...overrides.config?.complaintPow },
  };
  const clock = {
    now: overrides.now ?? new Date(),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const useRealTime = !overrides.now;
  const now = () => (useRealTime ? new Date() : clock.now);
  const app = await buildApp({ db: tdb.db, config, now, liveDatabaseUrl: tdb.url });
  await app.ready();
  return {
    app,
    db: tdb.db,
    config,
    now,
    databaseUrl: tdb.url,
    clock,
    async login(username, password = TEST_PASSWORD) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'sid');
      if (!cookie) throw new Error('no session cookie');
      return `sid=${cookie.value}`;
    },
    async close() {
      await app.close();
      await tdb.close();
    },
  };
}

/**
 * Another app instance on the same database as `t` (as behind a load balancer): its own live-update listener and
 * streams. The caller closes it.
 */
export async function createSecondInstance(t: TestApp): Promise<AppInstance> {
  const app = await buildApp({ db: t.db, config: t.config, liveDatabaseUrl: t.databaseUrl });
  await app.ready();
  return app;
}

/** An app instance with its own pool and write generation, as another process would have (see below). */
export type SeparateInstance = {
  app: AppInstance;
  db: Database;
  notices: WriteNotices;
  close(): Promise<void>;
};

/**
 * Another app instance on `t`'s PostgreSQL database as a separate process would be (ADR 0018): its own pool, write
 * generation and write-notice listener, so it learns of `t`'s writes only through the notices (createSecondInstance
 * shares `t`'s handle, and so its generation). Same settings and clock as `t`. The caller closes it.
 */
export async function createSeparateInstance(
  t: TestApp,
  notices: Partial<WriteNoticeOptions> = {},
): Promise<SeparateInstance> {
  if (!t.databaseUrl) throw new Error('a separate instance needs a PostgreSQL server');
  const pool = new pg.Pool({ connectionString: t.databaseUrl, max: 5 });
  pool.on('error', () => {}); // the test's database is dropped at the end, ending what is still open
  guardClientErrors(pool, { warn: () => {} });
  const db = createKysely(pool, { ownsDatabase: false });
  const started = startCrossInstanceNotices(db, pool, t.databaseUrl, {
    singleInstance: false,
    logger: { warn: () => {} },
    ...notices,
  })!;
  const app = await buildApp({ db, config: t.config, now: t.now, liveDatabaseUrl: t.databaseUrl });
  await app.ready();
  return {
    app,
    db,
    notices: started,
    async close() {
      await app.close();
      await started.stop();
      await db.destroy();
    },
  };
}
