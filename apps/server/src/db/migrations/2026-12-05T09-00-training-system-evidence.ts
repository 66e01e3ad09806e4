import { sql, type Kysely } from 'kysely';

// Issue 11 §4: sessions an internal trainer delivered are bukti sistem for an RHK tambahan in their SKP (ADR 0004:
// only the link is stored, the figures are read from training on every read). Two new sources: the number of
// sessions delivered and the JP delivered in a period. Also the e-mail reminders of the 20 JP target: one row per
// employee and reminder round, so a rerun of the job (or a second instance) never mails twice.
const OLD = ['COMPLAINTS_ON_TIME_PCT', 'COMPLAINTS_FINISHED', 'COMPLAINTS_AVG_RATING', 'SKM_OFFICER_IKM'];
const NEW = [...OLD, 'TRAINING_SESSIONS_DELIVERED', 'TRAINING_JP_DELIVERED'];

async function setSources(db: Kysely<any>, sources: string[]) {
  await db.schema.alterTable('perf_indicators').dropConstraint('perf_indicators_system_source').execute();
  await db.schema
    .alterTable('perf_indicators')
    .addCheckConstraint(
      'perf_indicators_system_source',
      sql`system_source is null or system_source in (${sql.join(sources.map((s) => sql.lit(s)))})`,
    )
    .execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await setSources(db, NEW);
  await db.schema
    .createTable('training_jp_reminders')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id').onDelete('cascade'))
    .addColumn('round', 'text', (c) => c.notNull())
    .addColumn('jp', 'numeric(6, 1)', (c) => c.notNull())
    .addColumn('target', 'numeric(6, 1)', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('training_jp_reminders_once', ['employee_id', 'round'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('training_jp_reminders').execute();
  await db
    .updateTable('perf_indicators')
    .set({ system_source: null })
    .where('system_source', 'in', ['TRAINING_SESSIONS_DELIVERED', 'TRAINING_JP_DELIVERED'])
    .execute();
  await setSources(db, OLD);
}
