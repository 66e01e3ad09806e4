import { sql, type Kysely } from 'kysely';

// Issue 14 §5, the Pimpinan's monthly summary: one row per month and recipient once the "ringkasan bulanan siap"
// notification has been written, so the monthly job tells each Pimpinan once per month however often it runs.
// The notification kind DASHBOARD_MONTHLY_SUMMARY joins the notifications' type checks. Other branches extend the same
// checks, so the list is read back from the database and only this value is added (never a fixed list that would drop
// a kind another migration added).
const TYPE = 'DASHBOARD_MONTHLY_SUMMARY';

async function setTypeCheck(db: Kysely<any>, table: string, change: (types: string[]) => string[]) {
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

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('dashboard_monthly_summaries')
    .addColumn('month', 'text', (c) => c.notNull().check(sql`month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('notified_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('dashboard_monthly_summaries_pk', ['month', 'user_id'])
    .execute();
  for (const table of ['notifications', 'notification_preferences']) {
    await setTypeCheck(db, table, (types) => (types.includes(TYPE) ? types : [...types, TYPE]));
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('notification_preferences').where('type', '=', TYPE).execute();
  await db.deleteFrom('notifications').where('type', '=', TYPE).execute();
  for (const table of ['notifications', 'notification_preferences']) {
    await setTypeCheck(db, table, (types) => types.filter((t) => t !== TYPE));
  }
  await db.schema.dropTable('dashboard_monthly_summaries').execute();
}
