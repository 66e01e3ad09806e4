import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresServerForTest } from '../../test/postgres-server';
import { loadConfig } from '../config';
import { openDatabase } from './database';

// Issue 15: how many connections an app instance keeps to a PostgreSQL server is a setting (DATABASE_POOL_SIZE,
// default 10): on a database with few cores fewer connections answered the city's staff list faster.

describe('DATABASE_POOL_SIZE', () => {
  it('is 10 by default, a whole number ≥ 1 otherwise, and a wrong value names the variable', () => {
    expect(loadConfig({}).databasePoolSize).toBe(10);
    expect(loadConfig({ DATABASE_POOL_SIZE: '4' }).databasePoolSize).toBe(4);
    for (const wrong of ['0', '-2', '2.5', 'banyak'])
      expect(() => loadConfig({ DATABASE_POOL_SIZE: wrong })).toThrow('DATABASE_POOL_SIZE');
  });
});

describe('the pool of a PostgreSQL server', { timeout: 90_000 }, () => {
  let server: Awaited<ReturnType<typeof postgresServerForTest>>;
  beforeAll(async () => {
    server = await postgresServerForTest();
  }, 90_000);
  afterAll(() => server?.stop());

  it.each([2, 3])(
    'holds at most poolSize = %i connections however many statements run at once',
    async (size) => {
      const quiet = { info: () => {}, warn: () => {}, error: () => {} };
      const handle = await openDatabase({
        databaseUrl: server.url,
        dataDir: '/tmp/sim-test-unused',
        logger: quiet,
        poolSize: size,
      });
      try {
        const running = Array.from({ length: 8 }, () =>
          sql<{ pid: number }>`select pg_backend_pid() as pid, pg_sleep(0.05)`.execute(handle.db),
        );
        const pids = new Set((await Promise.all(running)).map((r) => r.rows[0]!.pid));
        // Eight statements of 50 ms at once: each connection of the pool takes several in turn, and no more are opened.
        expect(pids.size).toBe(size);
      } finally {
        await handle.close();
      }
    },
  );
});
