import { isReadView, memoRead } from '../lib/read-memo';
import type { Database } from './database';

// The key/value `settings` table holds each module's agency-configurable rules as one JSON value per key
// (e.g. `complaints.sla_policy`, `training.targets`, `oversight.settings`). Every module reads and writes its own
// keys through these three functions, so the upsert shape lives in one place. Modules validate the value themselves.

/** The stored JSON value of a setting, or null when the key has never been saved (the module's default applies). */
export async function findSetting(db: Database, key: string): Promise<unknown> {
  if (isReadView(db)) {
    // A dashboard's read view (lib/read-memo) reads the few settings rows once for all its modules; each caller
    // gets its own copy, so none changes another's.
    const all = await memoRead(db, 'settings', async () => {
      const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
      return new Map(rows.map((r) => [r.key, r.value]));
    });
    return all.has(key) ? structuredClone(all.get(key)) : null;
  }
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

export async function upsertSetting(db: Database, key: string, value: unknown, at: Date): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ key, value: json, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: at }))
    .execute();
}

/** Stores the value only when the key is absent; returns the stored value either way (first writer wins). */
export async function insertSettingIfAbsent(
  db: Database,
  key: string,
  value: unknown,
  at: Date,
): Promise<unknown> {
  await db
    .insertInto('settings')
    .values({ key, value: JSON.stringify(value), updated_at: at })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return findSetting(db, key);
}
