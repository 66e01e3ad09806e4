import { sql } from 'kysely';
import type { Database } from '../../db/database';

// What a user's forum notifications are computed from (on read, nothing stored but when they last looked), their
// preferences, and the daily digest's record of what went out.

const authorName = sql<
  string | null
>`case when p.is_anonymous then null else coalesce(e.name, u.display_name) end`;

/** Replies by others in the user's threads (visible posts of visible threads). */
export async function findRepliesTo(db: Database, userId: number, since: Date) {
  return db
    .selectFrom('forum_posts as p')
    .innerJoin('forum_threads as t', 't.id', 'p.thread_id')
    .innerJoin('users as u', 'u.id', 'p.author_user_id')
    .leftJoin('employees as e', 'e.id', 'u.employee_id')
    .select(['p.id', 'p.thread_id', 't.title', 'p.created_at as at', authorName.as('author_name')])
    .where('t.author_user_id', '=', userId)
    .where('p.author_user_id', '!=', userId)
    .where('p.visibility', '=', 'VISIBLE')
    .where('t.is_hidden', '=', false)
    .where('p.created_at', '>', since)
    .orderBy('p.created_at', 'desc')
    .limit(50)
    .execute();
}

/** Posts that mention the user. */
export async function findMentionsOf(db: Database, userId: number, since: Date) {
  return db
    .selectFrom('forum_mentions as m')
    .innerJoin('forum_posts as p', 'p.id', 'm.post_id')
    .innerJoin('forum_threads as t', 't.id', 'p.thread_id')
    .innerJoin('users as u', 'u.id', 'p.author_user_id')
    .leftJoin('employees as e', 'e.id', 'u.employee_id')
    .select(['p.id', 'p.thread_id', 't.title', 'm.created_at as at', authorName.as('author_name')])
    .where('m.user_id', '=', userId)
    .where('p.author_user_id', '!=', userId)
    .where('p.visibility', '=', 'VISIBLE')
    .where('t.is_hidden', '=', false)
    .where('m.created_at', '>', since)
    .orderBy('m.created_at', 'desc')
    .limit(50)
    .execute();
}

/** Policies the user confirmed reading or posted about: their official responses and closings. */
export async function findFollowedPolicies(db: Database, userId: number, since: Date) {
  return db
    .selectFrom('forum_policies as pol')
    .select(['pol.id', 'pol.title', 'pol.official_response_at', 'pol.closed_at'])
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('forum_read_confirmations as r')
            .select('r.policy_id')
            .whereRef('r.policy_id', '=', 'pol.id')
            .where('r.user_id', '=', userId),
        ),
        eb.exists(
          eb
            .selectFrom('forum_posts as p')
            .innerJoin('forum_threads as t', 't.id', 'p.thread_id')
            .select('p.id')
            .whereRef('t.policy_id', '=', 'pol.id')
            .where('p.author_user_id', '=', userId),
        ),
      ]),
    )
    .where((eb) => eb.or([eb('pol.official_response_at', '>', since), eb('pol.closed_at', '>', since)]))
    .execute();
}

/** The user's reports that a moderator reviewed. */
export async function findReviewedReports(db: Database, userId: number, since: Date) {
  return db
    .selectFrom('forum_reports as r')
    .innerJoin('forum_posts as p', 'p.id', 'r.post_id')
    .innerJoin('forum_threads as t', 't.id', 'p.thread_id')
    .select(['r.id', 'p.thread_id', 't.title', 'r.status', 'r.reviewed_at as at'])
    .where('r.reporter_user_id', '=', userId)
    .where('r.reviewed_at', '>', since)
    .execute();
}

/** Moderators' actions on the user's own posts (hide, delete, restore, warn) and reveals of their anonymity. */
export async function findActionsOnPostsOf(db: Database, userId: number, since: Date) {
  return db
    .selectFrom('forum_moderation_actions as a')
    .innerJoin('forum_posts as p', 'p.id', 'a.post_id')
    .innerJoin('forum_threads as t', 't.id', 'p.thread_id')
    .select(['a.id', 'a.action', 'a.reason', 'p.thread_id', 't.title', 'a.created_at as at'])
    .where('p.author_user_id', '=', userId)
    .where('a.action', 'in', ['HIDE_POST', 'RESTORE_POST', 'DELETE_POST', 'WARN_AUTHOR'])
    .where('a.created_at', '>', since)
    .execute();
}

export async function findRevealsOfPostsOf(db: Database, userId: number, since: Date) {
  return db
    .selectFrom('forum_anonymity_reveals as v')
    .innerJoin('forum_posts as p', 'p.id', 'v.post_id')
    .innerJoin('forum_threads as t', 't.id', 'p.thread_id')
    .select(['v.id', 'v.reason', 'p.thread_id', 't.title', 'v.created_at as at'])
    .where('p.author_user_id', '=', userId)
    .where('v.created_at', '>', since)
    .execute();
}

export async function findPrefs(db: Database, userId: number) {
  return db
    .selectFrom('forum_notification_prefs')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function upsertPrefs(
  db: Database,
  userId: number,
  set: { email_digest?: boolean; seen_until?: Date },
  at: Date,
) {
  await db
    .insertInto('forum_notification_prefs')
    .values({ user_id: userId, ...set, updated_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ ...set, updated_at: at }))
    .execute();
}

export { tryJobLock } from '../../db/advisory-lock';

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
