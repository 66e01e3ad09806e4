import { sql, type Kysely } from 'kysely';

// Issue 14 §1, live updates: one row per event and recipient. The bigserial id is the SSE event id, so a browser that
// reconnects with Last-Event-ID is sent the rows it missed. Rows are small (topic + ids, no personal data of others)
// and short-lived: the prune job deletes them after LIVE_EVENTS_RETENTION_HOURS.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('live_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // Catch-up reads one user's rows after an id; the prune deletes by age.
  await db.schema.createIndex('live_events_user_id').on('live_events').columns(['user_id', 'id']).execute();
  await db.schema.createIndex('live_events_created_at').on('live_events').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('live_events').execute();
}
