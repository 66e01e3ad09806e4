import { sql, type Kysely } from 'kysely';

// Issue 14 leftovers (r8 L2).
// 1. The forum's notifications move into the notification centre: five more kinds join the centre's check lists (the
//    contract's NOTIFICATION_TYPES; migrations never import app code). Nothing is copied over: the forum computed its
//    list on read and stored only "seen until"; from now on each notification is written when it happens.
// 2. The public transparency page updates live: a public live event (topic `public.transparency`) is one row with no
//    recipient (user_id null) instead of a row per user; per-user catch-up reads filter by user_id, so never see it.
const TYPES = [
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
  // Added by 2026-12-07T02-00-dashboard-leadership and 2026-12-07T03-00-skm-result-notifications, which run first.
  'DASHBOARD_MONTHLY_SUMMARY',
  'SKM_RESULT',
  'SKM_RESULT_LOW',
];
const FORUM_TYPES = [
  'FORUM_REPLY',
  'FORUM_POLICY_CLOSED',
  'FORUM_REPORT_REVIEWED',
  'FORUM_POST_MODERATED',
  'FORUM_AUTHOR_REVEALED',
];
const list = (values: string[]) => sql.join(values.map((v) => sql.lit(v)));

async function setTypes(db: Kysely<any>, types: string[]) {
  // The first migration declared the checks inline, so PostgreSQL named them <table>_type_check.
  for (const table of ['notifications', 'notification_preferences']) {
    await sql`alter table ${sql.table(table)} drop constraint if exists ${sql.ref(`${table}_type_check`)}`.execute(
      db,
    );
    await sql`alter table ${sql.table(table)} add constraint ${sql.ref(`${table}_type_check`)} check (type in (${list(types)}))`.execute(
      db,
    );
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await setTypes(db, [...TYPES, ...FORUM_TYPES]);
  await db.schema
    .alterTable('live_events')
    .alterColumn('user_id', (c) => c.dropNotNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('live_events').where('user_id', 'is', null).execute();
  await db.schema
    .alterTable('live_events')
    .alterColumn('user_id', (c) => c.setNotNull())
    .execute();
  await db.deleteFrom('notifications').where('type', 'in', FORUM_TYPES).execute();
  await db.deleteFrom('notification_preferences').where('type', 'in', FORUM_TYPES).execute();
  await setTypes(db, TYPES);
}
