import { Migrator, NO_MIGRATIONS, sql, type MigrationProvider } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openEmptyTestDatabase, type TestDatabase } from '../../test/test-db';
import { BUSY_TABLES, down as resetBusyTables } from './migrations/2026-12-08T14-00-busy-tables-autovacuum';
import { migrations } from './migrations/index';
import { migrateToLatest } from './migrator';

let t: TestDatabase | undefined;
afterEach(async () => t?.close());

const provider: MigrationProvider = { getMigrations: async () => migrations };

describe('migrations', () => {
  it('run up on an empty database', async () => {
    t = await openEmptyTestDatabase();
    const applied = await migrateToLatest(t.db);
    expect(applied).toEqual(Object.keys(migrations));
    const tables = await sql<{
      tablename: string;
    }>`select tablename from pg_tables where schemaname = 'public'`.execute(t.db);
    expect(tables.rows.map((r) => r.tablename)).toEqual(
      expect.arrayContaining(['employees', 'audit_log', 'sessions']),
    );
  });

  it('have autovacuum visit the big, busy tables after 1 % of their rows changed (index-only scans stay index-only)', async () => {
    t = await openEmptyTestDatabase();
    await migrateToLatest(t.db);
    const options = async () =>
      (
        await sql<{ relname: string; reloptions: string[] | null }>`
          select relname, reloptions from pg_class where relname in (${sql.join(BUSY_TABLES)}) order by relname`.execute(
          t!.db,
        )
      ).rows;
    const busy = await options();
    expect(busy.map((r) => r.relname)).toEqual([...BUSY_TABLES].sort());
    for (const r of busy)
      expect(r.reloptions, r.relname).toEqual([
        'autovacuum_vacuum_scale_factor=0.01',
        'autovacuum_vacuum_insert_scale_factor=0.01',
        'autovacuum_analyze_scale_factor=0.01',
      ]);
    await resetBusyTables(t.db);
    for (const r of await options()) expect(r.reloptions, r.relname).toBeNull();
  });

  it('keep existing data when run again on a database with data', async () => {
    t = await openEmptyTestDatabase();
    await migrateToLatest(t.db);
    await t.db
      .insertInto('org_units')
      .values({
        name: 'Kecamatan Kertapati',
        type: 'KECAMATAN',
        parent_id: null,
        kemendagri_code: '16.71.13',
      })
      .execute();
    expect(await migrateToLatest(t.db)).toEqual([]);
    const units = await t.db.selectFrom('org_units').select('name').execute();
    expect(units).toEqual([{ name: 'Kecamatan Kertapati' }]);
  });

  it('run every migration down and up again', async () => {
    t = await openEmptyTestDatabase();
    const migrator = new Migrator({ db: t.db, provider });
    await migrator.migrateToLatest();
    const down = await migrator.migrateTo(NO_MIGRATIONS);
    expect(down.error).toBeUndefined();
    const again = await migrator.migrateToLatest();
    expect(again.error).toBeUndefined();
  });
});
