import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from './database';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
let handle: DatabaseHandle | undefined;
let dir: string | undefined;
afterEach(async () => {
  await handle?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function waitFor<T>(fn: () => Promise<T>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

describe('embedded database (PGlite in a child process)', () => {
  it('keeps committed data across a restart and after the database process is killed', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-db-'));
    handle = await openDatabase({ dataDir: dir, logger: quiet });
    await sql`create table t (x int)`.execute(handle.db);
    await sql`insert into t values (42)`.execute(handle.db);

    // The child dies without warning: the supervisor starts a new one and the pool reconnects to it.
    const pid = handle.embeddedPid!();
    process.kill(pid!, 'SIGKILL');
    const rows = await waitFor(
      async () => (await sql<{ x: number }>`select x from t`.execute(handle!.db)).rows,
    );
    expect(rows).toEqual([{ x: 42 }]);
    expect(handle.embeddedPid!()).not.toBe(pid);

    await handle.close();
    handle = await openDatabase({ dataDir: dir, logger: quiet });
    const again = await sql<{ x: number }>`select x from t`.execute(handle.db);
    expect(again.rows).toEqual([{ x: 42 }]);
  });

  it('isolates concurrent transactions on the single backend', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-db-'));
    handle = await openDatabase({ dataDir: dir, logger: quiet });
    await sql`create table t (x int)`.execute(handle.db);
    const db = handle.db;
    const rolledBack = db
      .transaction()
      .execute(async (trx) => {
        await sql`insert into t values (1)`.execute(trx);
        await new Promise((r) => setTimeout(r, 200));
        throw new Error('rollback');
      })
      .catch(() => 'rolled back');
    const committed = db.transaction().execute(async (trx) => {
      await sql`insert into t values (2)`.execute(trx);
    });
    await Promise.all([rolledBack, committed]);
    const rows = await sql<{ x: number }>`select x from t order by x`.execute(db);
    expect(rows.rows).toEqual([{ x: 2 }]);
  });
});
