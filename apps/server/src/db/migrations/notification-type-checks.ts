import { sql, type Kysely } from 'kysely';

// Used only by migrations (which never import app code): the notification kinds are a check constraint on
// `notifications.type` and `notification_preferences.type`, created by 2026-12-06T06-00-notifications. Later
// migrations add or remove kinds by reading each check back and rewriting it under the same name, so no migration
// carries a frozen copy of the whole list (which would drop a kind another migration added).

const TABLES = ['notifications', 'notification_preferences'];

async function changeTypeChecks(db: Kysely<any>, change: (types: string[]) => string[]) {
  for (const table of TABLES) {
    const found = await sql<{ conname: string; def: string }>`
      select conname, pg_get_constraintdef(oid) as def from pg_constraint
      where conrelid = ${table}::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%type%'`.execute(
      db,
    );
    const check = found.rows[0];
    if (!check) throw new Error(`no type check on ${table}`);
    const types = change([...check.def.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!));
    await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(check.conname)}`.execute(db);
    await sql`alter table ${sql.table(table)} add constraint ${sql.ref(check.conname)}
      check (type in (${sql.join(types.map((t) => sql.lit(t)))}))`.execute(db);
  }
}

/** Lets the notification tables hold these kinds too (appended in order; a kind already allowed stays where it is). */
export function addNotificationTypes(db: Kysely<any>, added: readonly string[]) {
  return changeTypeChecks(db, (types) => [...types, ...added.filter((t) => !types.includes(t))]);
}

/** Deletes the notifications and preferences of these kinds, then takes the kinds out of the checks. */
export async function removeNotificationTypes(db: Kysely<any>, removed: readonly string[]) {
  for (const table of TABLES) await db.deleteFrom(table).where('type', 'in', removed).execute();
  await changeTypeChecks(db, (types) => types.filter((t) => !removed.includes(t)));
}
