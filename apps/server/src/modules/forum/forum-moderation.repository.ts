import type { ForumModerationAction, ForumPostVisibility, ForumReportReason } from '@sim/contracts';
import { sql } from 'kysely';
import type { Database } from '../../db/database';
import { findSetting, upsertSetting } from '../../db/settings';

// Reports, the moderators' queue, their decisions, the edit history and the forum settings (issue 13). Reporters
// are never returned beside another reporter's report: the queue counts reports by reason.

export const FORUM_SETTINGS_KEY = 'forum.settings';

export async function findForumSettingsValue(db: Database): Promise<unknown> {
  return findSetting(db, FORUM_SETTINGS_KEY);
}

export async function upsertForumSettingsValue(db: Database, value: unknown, at: Date): Promise<void> {
  await upsertSetting(db, FORUM_SETTINGS_KEY, value, at);
}

/** A post with what moderation needs: its thread, state and author (the caller decides what to show). */
export async function findPostForModeration(db: Database, postId: number) {
  return db
    .selectFrom('forum_posts as p')
    .innerJoin('forum_threads as t', 't.id', 'p.thread_id')
    .select([
      'p.id',
      'p.thread_id',
      'p.author_user_id',
      'p.is_anonymous',
      'p.visibility',
      'p.body',
      't.title as thread_title',
      't.policy_id',
      't.is_hidden as thread_is_hidden',
    ])
    .where('p.id', '=', postId)
    .executeTakeFirst();
}

/**
 * Locks the post's row until the transaction ends, so that reports and decisions on one post take turns: two
 * reports filed at once then cannot both count one reporter short of the threshold and leave the post visible.
 */
export async function lockPost(db: Database, postId: number): Promise<void> {
  await db.selectFrom('forum_posts').select('id').where('id', '=', postId).forUpdate().executeTakeFirst();
}

export async function findReportByReporter(db: Database, postId: number, reporterUserId: number) {
  return db
    .selectFrom('forum_reports')
    .select(['id', 'status'])
    .where('post_id', '=', postId)
    .where('reporter_user_id', '=', reporterUserId)
    .executeTakeFirst();
}

export async function insertReport(
  db: Database,
  row: { postId: number; reporterUserId: number; reason: ForumReportReason; note: string | null; at: Date },
) {
  return db
    .insertInto('forum_reports')
    .values({
      post_id: row.postId,
      reporter_user_id: row.reporterUserId,
      reason: row.reason,
      note: row.note,
      created_at: row.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** A report a reporter filed again after its review: pending once more (one report per reporter and post). */
export async function reopenReport(
  db: Database,
  id: number,
  row: { reason: ForumReportReason; note: string | null; at: Date },
) {
  await db
    .updateTable('forum_reports')
    .set({
      reason: row.reason,
      note: row.note,
      status: 'PENDING',
      reviewed_by: null,
      reviewed_at: null,
      review_note: null,
    })
    .where('id', '=', id)
    .execute();
}

/** Distinct reporters of the post's reports still waiting for review. */
export async function countPendingReporters(db: Database, postId: number): Promise<number> {
  const row = await db
    .selectFrom('forum_reports')
    .select(sql<number>`count(distinct reporter_user_id)::int`.as('n'))
    .where('post_id', '=', postId)
    .where('status', '=', 'PENDING')
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function updatePostVisibility(
  db: Database,
  postId: number,
  row: { visibility: ForumPostVisibility; reason: string | null; by: number | null; at: Date },
) {
  const hidden = row.visibility !== 'VISIBLE';
  await db
    .updateTable('forum_posts')
    .set({
      visibility: row.visibility,
      hidden_reason: hidden ? row.reason : null,
      hidden_at: hidden ? row.at : null,
      hidden_by: hidden ? row.by : null,
    })
    .where('id', '=', postId)
    .execute();
}

/** Closes every pending report of the post with the moderator's verdict; returns their reporters (one per report). */
export async function closePendingReports(
  db: Database,
  postId: number,
  row: { status: 'UPHELD' | 'DISMISSED'; by: number; at: Date; note: string },
): Promise<number[]> {
  const rows = await db
    .updateTable('forum_reports')
    .set({ status: row.status, reviewed_by: row.by, reviewed_at: row.at, review_note: row.note })
    .where('post_id', '=', postId)
    .where('status', '=', 'PENDING')
    .returning('reporter_user_id')
    .execute();
  return rows.map((r) => r.reporter_user_id);
}

export async function insertModerationAction(
  db: Database,
  row: {
    postId: number;
    threadId: number;
    moderatorUserId: number;
    action: ForumModerationAction;
    reason: string;
    at: Date;
  },
) {
  await db
    .insertInto('forum_moderation_actions')
    .values({
      post_id: row.postId,
      thread_id: row.threadId,
      moderator_user_id: row.moderatorUserId,
      action: row.action,
      reason: row.reason,
      created_at: row.at,
    })
    .execute();
}

/** The reporter's own reports, newest first. */
export async function findReportsOfReporter(db: Database, reporterUserId: number) {
  return db
    .selectFrom('forum_reports as r')
    .innerJoin('forum_posts as p', 'p.id', 'r.post_id')
    .innerJoin('forum_threads as t', 't.id', 'p.thread_id')
    .select([
      'r.id',
      'r.post_id',
      'p.thread_id',
      't.title as thread_title',
      'r.reason',
      'r.note',
      'r.status',
      'r.review_note',
      'r.created_at',
      'r.reviewed_at',
    ])
    .where('r.reporter_user_id', '=', reporterUserId)
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(200)
    .execute();
}

/**
 * The reported posts for the moderators' queue: with pending reports (oldest report first, so the longest wait is
 * on top), or already reviewed (most recent first). The author's name is read here; the service drops it for an
 * anonymous post.
 */
export async function findQueue(db: Database, pending: boolean) {
  const reported = db
    .selectFrom('forum_reports')
    .select([
      'post_id',
      sql<number>`count(*) filter (where status = 'PENDING')::int`.as('pending'),
      sql<Date>`max(created_at)`.as('last_report_at'),
      sql<Date>`min(created_at) filter (where status = 'PENDING')`.as('first_pending_at'),
    ])
    .groupBy('post_id')
    .as('rep');
  let q = db
    .selectFrom(reported)
    .innerJoin('forum_posts as p', 'p.id', 'rep.post_id')
    .innerJoin('forum_threads as t', 't.id', 'p.thread_id')
    .innerJoin('users as u', 'u.id', 'p.author_user_id')
    .leftJoin('employees as e', 'e.id', 'u.employee_id')
    .select([
      'p.id as post_id',
      'p.thread_id',
      't.title as thread_title',
      't.policy_id',
      'p.body',
      'p.visibility',
      'p.is_anonymous',
      'p.created_at',
      'p.edited_at',
      'u.display_name',
      'e.name',
      'e.front_title',
      'e.back_title',
      'rep.pending',
      'rep.last_report_at',
      (eb) =>
        eb
          .selectFrom('forum_post_revisions as r')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('r.post_id', '=', 'p.id')
          .as('revision_count'),
    ]);
  q = pending
    ? q.where('rep.pending', '>', 0).orderBy('rep.first_pending_at', 'asc')
    : q.where('rep.pending', '=', 0).orderBy('rep.last_report_at', 'desc');
  return q.orderBy('p.id').limit(200).execute();
}

/** Reports of the given posts by reason (counts), and their notes, without who wrote them. */
export async function findReportSummaries(db: Database, postIds: number[], pending: boolean) {
  if (postIds.length === 0) return [];
  return db
    .selectFrom('forum_reports')
    .select(['post_id', 'reason', 'note'])
    .where('post_id', 'in', postIds)
    .where('status', pending ? '=' : '!=', 'PENDING')
    .orderBy('created_at')
    .execute();
}

/** The latest moderation action on each of the given posts. */
export async function findLastActions(db: Database, postIds: number[]) {
  if (postIds.length === 0) return [];
  return db
    .selectFrom('forum_moderation_actions as a')
    .innerJoin('users as u', 'u.id', 'a.moderator_user_id')
    .select(['a.post_id', 'a.action', 'a.reason', 'a.created_at', 'u.display_name'])
    .where('a.post_id', 'in', postIds)
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
}

/** The bodies a post had before each edit, oldest first, with who edited. */
export async function findRevisions(db: Database, postId: number) {
  return db
    .selectFrom('forum_post_revisions as r')
    .leftJoin('users as u', 'u.id', 'r.edited_by')
    .select(['r.id', 'r.body', 'r.edited_at', 'u.display_name', 'u.id as editor_id'])
    .where('r.post_id', '=', postId)
    .orderBy('r.edited_at')
    .orderBy('r.id')
    .execute();
}
