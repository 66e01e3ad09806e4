import { sql } from 'kysely';
import type { Database } from '../../db/database';

// The daily digest's subscribers (their switch) and its record of what went out. The forum's notifications themselves
// are rows of the notification centre. (`seen_until` is no longer written: the centre's read_at took its place.)

export async function findPrefs(db: Database, userId: number) {
  return db
    .selectFrom('forum_notification_prefs')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function upsertPrefs(db: Database, userId: number, set: { email_digest: boolean }, at: Date) {
  await db
    .insertInto('forum_notification_prefs')
    .values({ user_id: userId, ...set, updated_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ ...set, updated_at: at }))
    .execute();
}

/** Users who asked for the digest and have an e-mail address, with their last digest. */
export async function findDigestSubscribers(db: Database) {
  return db
    .selectFrom('forum_notification_prefs as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .innerJoin('employees as e', 'e.id', 'u.employee_id')
    .select([
      'u.id as user_id',
      'e.email',
      (eb) =>
        eb
          .selectFrom('forum_digest_sends as s')
          .select(sql<Date>`max(s.sent_at)`.as('m'))
          .whereRef('s.user_id', '=', 'u.id')
          .as('last_sent_at'),
    ])
    .where('f.email_digest', '=', true)
    .where('u.is_active', '=', true)
    .where('e.email', 'is not', null)
    .execute();
}

/** Records the day's digest of the user; false when one was already recorded (a rerun or another instance). */
export async function insertDigestSendOnce(
  db: Database,
  row: { userId: number; date: string; itemCount: number; at: Date },
): Promise<boolean> {
  const r = await db
    .insertInto('forum_digest_sends')
    .values({ user_id: row.userId, digest_date: row.date, item_count: row.itemCount, sent_at: row.at })
    .onConflict((oc) => oc.columns(['user_id', 'digest_date']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return r !== undefined;
}
