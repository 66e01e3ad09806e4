import type { Database } from '../../db/database';
import { json } from './surveys.repository';

// SKM settings stored in the key/value settings table.

export async function findSetting(db: Database, key: string): Promise<unknown> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function upsertSetting(db: Database, key: string, value: unknown, now: Date): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value: json(value), updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json(value), updated_at: now }))
    .execute();
}

/** Inserts the value only when the key is absent; returns the stored value either way. */
export async function insertSettingIfAbsent(
  db: Database,
  key: string,
  value: unknown,
  now: Date,
): Promise<unknown> {
  await db
    .insertInto('settings')
    .values({ key, value: json(value), updated_at: now })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return findSetting(db, key);
}
