import { sql, type Kysely } from 'kysely';

// Issue 14 §1/§3 "a survey result": closing an SKM survey notifies the unit's head and the survey managers
// (SKM_RESULT, or SKM_RESULT_LOW when the IKM falls to mutu C/D). The two kinds join the type checks of the
// notification tables. The lists are the contract's NOTIFICATION_TYPES (migrations never import app code).
const BEFORE = [
  'COMPLAINT_ASSIGNED',
  'COMPLAINT_DEADLINE',
  'COMPLAINT_RATED',
  'SKP_APPROVED',
  'SKP_RETURNED',
  'SKP_FEEDBACK',
  'RECOMMENDATION_ASSIGNED',
  'RECOMMENDATION_DEADLINE',
  'TRAINING_ENROLMENT',
  'TRAINING_REMINDER',
  'TRAINING_JP_TARGET',
  'FORUM_MENTION',
  'FORUM_OFFICIAL_RESPONSE',
  'DASHBOARD_MONTHLY_SUMMARY', // 2026-12-07T02-00-dashboard-leadership, which runs first
];
const AFTER = [...BEFORE, 'SKM_RESULT', 'SKM_RESULT_LOW'];
const TABLES = ['notifications', 'notification_preferences'] as const;
const list = (values: string[]) => sql.join(values.map((v) => sql.lit(v)));

async function setTypes(db: Kysely<any>, types: string[]) {
  for (const table of TABLES) {
    // The first migration's column checks carry PostgreSQL's default name, <table>_type_check.
    await sql`alter table ${sql.table(table)} drop constraint ${sql.id(`${table}_type_check`)}`.execute(db);
    await sql`alter table ${sql.table(table)} add constraint ${sql.id(`${table}_type_check`)}
      check (type in (${list(types)}))`.execute(db);
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await setTypes(db, AFTER);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from notifications where type in ('SKM_RESULT', 'SKM_RESULT_LOW')`.execute(db);
  await sql`delete from notification_preferences where type in ('SKM_RESULT', 'SKM_RESULT_LOW')`.execute(db);
  await setTypes(db, BEFORE);
}
