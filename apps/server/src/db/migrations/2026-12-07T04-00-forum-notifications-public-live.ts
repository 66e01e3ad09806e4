import type { Kysely } from 'kysely';
import { addNotificationTypes, removeNotificationTypes } from './notification-type-checks';

// Issue 14 leftovers (r8 L2).
// 1. The forum's notifications move into the notification centre: five more kinds join the centre's check lists (the
//    contract's NOTIFICATION_TYPES; migrations never import app code). Nothing is copied over: the forum computed its
//    list on read and stored only "seen until"; from now on each notification is written when it happens.
// 2. The public transparency page updates live: a public live event (topic `public.transparency`) is one row with no
//    recipient (user_id null) instead of a row per user; per-user catch-up reads filter by user_id, so never see it.
const FORUM_TYPES = [
  'FORUM_REPLY',
  'FORUM_POLICY_CLOSED',
  'FORUM_REPORT_REVIEWED',
  'FORUM_POST_MODERATED',
  'FORUM_AUTHOR_REVEALED',
];

export async function up(db: Kysely<any>): Promise<void> {
  await addNotificationTypes(db, FORUM_TYPES);
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
  await removeNotificationTypes(db, FORUM_TYPES);
}
