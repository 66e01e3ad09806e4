import { Migrator, NO_MIGRATIONS, sql, type MigrationProvider } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openEmptyTestDatabase, type TestDatabase } from '../../test/test-db';
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
