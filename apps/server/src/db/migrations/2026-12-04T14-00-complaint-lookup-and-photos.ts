import { sql, type Kysely } from 'kysely';

// Issue 10 §2, the citizen's journey:
// - complaint_lookup_attempts: a citizen who lost the tracking link finds the complaint by ticket + phone/e-mail;
//   failed attempts are counted per ticket (from every address), so guessing a known ticket's phone number from
//   many addresses is throttled too. Old rows are only read within the throttle window.
// - complaint_attachments.phase: the assignee's photos of the work, before (SEBELUM) or after (SESUDAH); null for
//   the citizen's own files.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('complaint_lookup_attempts')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('ticket', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('success', 'boolean', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('complaint_lookup_attempts_ticket_at_idx')
    .on('complaint_lookup_attempts')
    .columns(['ticket', 'at'])
    .execute();
  await db.schema
    .alterTable('complaint_attachments')
    .addColumn('phase', 'text', (c) => c.check(sql`phase in ('SEBELUM', 'SESUDAH')`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('complaint_attachments').dropColumn('phase').execute();
  await db.schema.dropTable('complaint_lookup_attempts').ifExists().execute();
}
