import { sql, type Kysely } from 'kysely';

// Issue 15: the city-scale reads rely on index-only scans — the staff list's capped counts, the queue-tab counts,
// Open311's page of open complaints, the IKM aggregates (bench/results/2026-12-06-city-r13-*.md). An index-only scan
// skips the table only for pages the visibility map marks all-visible, and only VACUUM sets those marks. With
// PostgreSQL's defaults autovacuum waits until 20 % of a table has changed: on 2 million complaints that is 400,000
// row versions, while every status change and the deadlines job's `sla_check_at` keep rewriting the recent, open
// complaints the lists read — measured on the city copy, 11,780 table visits in an "index-only" page of 1,000
// instead of none. These tables are vacuumed (and analysed) after 1 % of their rows changed or were inserted, the
// usual setting for large, busy tables; the small ones keep the defaults. Storage parameters only: nothing is
// rewritten or locked for long. On the embedded database (PGlite) there is no autovacuum; the settings are inert.
const SETTINGS = [
  'autovacuum_vacuum_scale_factor = 0.01',
  'autovacuum_vacuum_insert_scale_factor = 0.01',
  'autovacuum_analyze_scale_factor = 0.01',
];
export const BUSY_TABLES = ['complaints', 'complaint_events', 'skm_responses', 'notification_outbox'];

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of BUSY_TABLES)
    await sql`alter table ${sql.table(table)} set (${sql.raw(SETTINGS.join(', '))})`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const names = SETTINGS.map((s) => s.split(' ')[0]).join(', ');
  for (const table of BUSY_TABLES)
    await sql`alter table ${sql.table(table)} reset (${sql.raw(names)})`.execute(db);
}
