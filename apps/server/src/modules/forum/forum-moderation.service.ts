import type {
  ForumDecisionInput,
  ForumDecisionResult,
  ForumModerationAction,
  ForumModerationDecision,
  ForumMyReports,
  ForumPostRevisions,
  ForumQueue,
  ForumQueueQuery,
  ForumReportInput,
  ForumReportReason,
  ForumSettings,
} from '@sim/contracts';
import {
  DEFAULT_FORUM_AUTO_HIDE_REPORTS,
  DEFAULT_FORUM_RESPONSE_DUE_SOON_DAYS,
  FORUM_AUTO_HIDE_REPORTS_MAX,
  FORUM_AUTO_HIDE_REPORTS_MIN,
  FORUM_RESPONSE_DUE_SOON_DAYS_MAX,
  FORUM_RESPONSE_DUE_SOON_DAYS_MIN,
  fullNameOf,
  nextPostModerationState,
  shouldAutoHidePost,
} from '@sim/domain';
import type { Database } from '../../db/database';
import { auditContextOf, systemContext, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, conflict, forbidden, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { notifyDecision } from './forum-notify.service';
import { canManageForumSettings, canModerateForum, canReadForumSettings } from './forum-moderation.policy';
import * as repo from './forum-moderation.repository';
import { assertCanReadForumPost } from './forum-moderation.access';
import { storedSanitizedHtml } from './forum-text.sanitizer';

// Moderation of the policy forum (issue 13, oversight-and-forum.md): an employee reports a post with a reason; a
// post is hidden automatically, pending review, once reporters reach the threshold (setting, default 3); the
// moderators' queue lists reported posts with their reports counted by reason (a reporter never sees another's
// report, and the queue names no reporter); every decision carries a reason and is written to the hash-chained
// audit log. An anonymous author stays anonymous to moderators too unless they reveal it (forum-posts' reveal).

/** The digest goes out at 07:00 WIB unless the agency sets another hour. */
export const DEFAULT_FORUM_DIGEST_HOUR_WIB = 7;

export const DEFAULT_FORUM_SETTINGS: ForumSettings = {
  autoHideReports: DEFAULT_FORUM_AUTO_HIDE_REPORTS,
  responseDueSoonDays: DEFAULT_FORUM_RESPONSE_DUE_SOON_DAYS,
  digestHourWib: DEFAULT_FORUM_DIGEST_HOUR_WIB,
};

const intIn = (v: unknown, min: number, max: number, fallback: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fallback;

/** The forum settings in force: the saved values over the documented defaults (a bad saved value falls back). */
export async function loadForumSettings(db: Database): Promise<ForumSettings> {
  const saved = (await repo.findForumSettingsValue(db)) as Partial<ForumSettings> | null;
  const s = saved && typeof saved === 'object' ? saved : {};
  return {
    autoHideReports: intIn(
      s.autoHideReports,
      FORUM_AUTO_HIDE_REPORTS_MIN,
      FORUM_AUTO_HIDE_REPORTS_MAX,
      DEFAULT_FORUM_SETTINGS.autoHideReports,
    ),
    responseDueSoonDays: intIn(
      s.responseDueSoonDays,
      FORUM_RESPONSE_DUE_SOON_DAYS_MIN,
      FORUM_RESPONSE_DUE_SOON_DAYS_MAX,
      DEFAULT_FORUM_SETTINGS.responseDueSoonDays,
    ),
    digestHourWib: intIn(s.digestHourWib, 0, 23, DEFAULT_FORUM_SETTINGS.digestHourWib),
  };
}

export async function getForumSettings(ctx: ServiceContext, actor: Actor): Promise<ForumSettings> {
  if (!canReadForumSettings(actor)) throw forbidden();
  return loadForumSettings(ctx.db);
}

/** Saves the forum settings; the change is audit-logged with the values before and after. */
export async function updateForumSettings(
  ctx: ServiceContext,
  actor: Actor,
  input: ForumSettings,
): Promise<ForumSettings> {
  if (!canManageForumSettings(actor)) throw forbidden();
  return ctx.db.transaction().execute(async (trx) => {
    const before = await loadForumSettings(trx);
    await repo.upsertForumSettingsValue(trx, input, ctx.now());
    await recordAudit(trx, auditContextOf(actor), {
      action: 'forum.settings.update',
      entityType: 'settings',
      entityId: repo.FORUM_SETTINGS_KEY,
      before,
      after: input,
    });
    return loadForumSettings(trx);
  });
}

// ---------------------------------------------------------------- reports

/**
 * Reports a post with a reason. One report per employee and post (a second is refused; a report already reviewed
 * may be filed again and is pending once more). When the distinct reporters of pending reports reach the threshold,
 * the post is hidden at once pending a moderator's review, and the hiding is audit-logged.
 */
export async function reportPost(
  ctx: ServiceContext,
  actor: Actor,
  postId: number,
  input: ForumReportInput,
): Promise<{ reported: true }> {
  const post = await repo.findPostForModeration(ctx.db, postId);
  if (!post) throw notFound('Kiriman');
  await assertCanReadForumPost(ctx, actor, post);
  if (post.visibility === 'DELETED') throw notFound('Kiriman');
  if (post.author_user_id === actor.userId) {
    throw new AppError('BAD_REQUEST', 'Anda tidak dapat melaporkan kiriman Anda sendiri', [
      { path: 'postId', message: 'Kiriman milik Anda sendiri' },
    ]);
  }
  const now = ctx.now();
  const note = input.note?.trim() ? input.note.trim() : null;
  const settings = await loadForumSettings(ctx.db);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockPost(trx, postId);
    const existing = await repo.findReportByReporter(trx, postId, actor.userId);
    if (existing?.status === 'PENDING') {
      throw conflict('postId', 'Anda sudah melaporkan kiriman ini; laporan Anda menunggu tinjauan moderator');
    }
    if (existing) await repo.reopenReport(trx, existing.id, { reason: input.reason, note, at: now });
    else
      await repo.insertReport(trx, {
        postId,
        reporterUserId: actor.userId,
        reason: input.reason,
        note,
        at: now,
      });
    const pendingReporterCount = await repo.countPendingReporters(trx, postId);
    const current = await repo.findPostForModeration(trx, postId);
    if (
      current &&
      current.visibility === 'VISIBLE' &&
      shouldAutoHidePost({ visibility: 'VISIBLE', pendingReporterCount, threshold: settings.autoHideReports })
    ) {
      await repo.updatePostVisibility(trx, postId, {
        visibility: 'AUTO_HIDDEN',
        reason: `Disembunyikan otomatis setelah ${pendingReporterCount} laporan, menunggu tinjauan moderator`,
        by: null,
        at: now,
      });
      await recordAudit(trx, systemContext('forum-auto-hide'), {
        action: 'forum.post.auto_hide',
        entityType: 'forum_post',
        entityId: postId,
        before: { visibility: 'VISIBLE' },
        after: {
          visibility: 'AUTO_HIDDEN',
          pendingReporters: pendingReporterCount,
          threshold: settings.autoHideReports,
        },
      });
    }
  });
  return { reported: true };
}

/** The actor's own reports and how they were decided; never anybody else's. */
export async function listMyReports(ctx: ServiceContext, actor: Actor): Promise<ForumMyReports> {
  const rows = await repo.findReportsOfReporter(ctx.db, actor.userId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      postId: r.post_id,
      threadId: r.thread_id,
      threadTitle: r.thread_title,
      reason: r.reason,
      note: r.note,
      status: r.status,
      reviewNote: r.review_note,
      createdAt: r.created_at.toISOString(),
      reviewedAt: r.reviewed_at?.toISOString() ?? null,
    })),
  };
}

// ---------------------------------------------------------------- queue and decisions

/** The moderators' queue: reported posts with their reports counted by reason, no reporter named. */
export async function listModerationQueue(
  ctx: ServiceContext,
  actor: Actor,
  query: ForumQueueQuery,
): Promise<ForumQueue> {
  if (!canModerateForum(actor)) throw forbidden();
  const pending = query.status === 'PENDING';
  const rows = await repo.findQueue(ctx.db, pending);
  const ids = rows.map((r) => r.post_id);
  const reports = await repo.findReportSummaries(ctx.db, ids, pending);
  const actions = await repo.findLastActions(ctx.db, ids);
  return {
    items: rows.map((r) => {
      const mine = reports.filter((x) => x.post_id === r.post_id);
      const byReason = new Map<ForumReportReason, number>();
      for (const x of mine) byReason.set(x.reason, (byReason.get(x.reason) ?? 0) + 1);
      const last = actions.find((a) => a.post_id === r.post_id);
      return {
        postId: r.post_id,
        threadId: r.thread_id,
        threadTitle: r.thread_title,
        policyId: r.policy_id,
        body: storedSanitizedHtml(r.body),
        visibility: r.visibility,
        isAnonymous: r.is_anonymous,
        authorName: r.is_anonymous
          ? null
          : r.name
            ? fullNameOf({ name: r.name, front_title: r.front_title, back_title: r.back_title })
            : r.display_name,
        createdAt: r.created_at.toISOString(),
        editedAt: r.edited_at?.toISOString() ?? null,
        revisionCount: r.revision_count ?? 0,
        pendingReports: r.pending,
        reasons: [...byReason].map(([reason, count]) => ({ reason, count })),
        notes: mine.flatMap((x) => (x.note ? [x.note] : [])),
        lastReportAt: new Date(r.last_report_at).toISOString(),
        lastAction: last
          ? {
              action: last.action,
              reason: last.reason,
              at: last.created_at.toISOString(),
              moderatorName: last.display_name,
            }
          : null,
      };
    }),
  };
}

const ACTION_OF: Record<ForumModerationDecision, ForumModerationAction> = {
  RESTORE: 'RESTORE_POST',
  HIDE: 'HIDE_POST',
  DELETE: 'DELETE_POST',
  WARN: 'WARN_AUTHOR',
};

const REFUSAL: Record<ForumModerationDecision, string> = {
  RESTORE: 'Hanya kiriman yang tersembunyi yang dapat dipulihkan',
  HIDE: 'Kiriman ini sudah disembunyikan atau dihapus',
  DELETE: 'Kiriman ini sudah dihapus',
  WARN: 'Kiriman yang sudah dihapus tidak dapat diberi peringatan',
};

/**
 * A moderator's decision on a post: restore, hide, delete (kept "as hidden" for moderators and the audit trail,
 * never restored) or warn the author. It closes the post's pending reports (dismissed on a restore, upheld
 * otherwise, with the reason as the review note), is recorded with its reason and audit-logged.
 */
export async function decideOnPost(
  ctx: ServiceContext,
  actor: Actor,
  postId: number,
  input: ForumDecisionInput,
): Promise<ForumDecisionResult> {
  if (!canModerateForum(actor)) throw forbidden();
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    await repo.lockPost(trx, postId);
    const post = await repo.findPostForModeration(trx, postId);
    if (!post) throw notFound('Kiriman');
    const next = nextPostModerationState(post.visibility, input.action);
    if (next === null) throw conflict('action', REFUSAL[input.action]);
    if (next !== post.visibility) {
      await repo.updatePostVisibility(trx, postId, {
        visibility: next,
        reason: input.reason,
        by: actor.userId,
        at: now,
      });
    }
    const outcome = input.action === 'RESTORE' ? 'DISMISSED' : 'UPHELD';
    const reporterIds = await repo.closePendingReports(trx, postId, {
      status: outcome,
      by: actor.userId,
      at: now,
      note: input.reason,
    });
    const closedReports = reporterIds.length;
    await repo.insertModerationAction(trx, {
      postId,
      threadId: post.thread_id,
      moderatorUserId: actor.userId,
      action: ACTION_OF[input.action],
      reason: input.reason,
      at: now,
    });
    await notifyDecision(trx, ctx, {
      threadId: post.thread_id,
      threadTitle: post.thread_title,
      postAuthorUserId: post.author_user_id,
      moderatorUserId: actor.userId,
      action: ACTION_OF[input.action],
      reason: input.reason,
      reporters: reporterIds.map((userId) => ({ userId, outcome })),
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: `forum.moderation.${input.action.toLowerCase()}`,
      entityType: 'forum_post',
      entityId: postId,
      before: { visibility: post.visibility },
      after: { visibility: next, reason: input.reason, closedReports },
    });
    return { postId, visibility: next, closedReports };
  });
}

/**
 * The edit history of a post, for moderators only. The editor of an anonymous post is its author, so the editor's
 * name is left out there as everywhere else a moderator has not revealed the author.
 */
export async function getPostRevisions(
  ctx: ServiceContext,
  actor: Actor,
  postId: number,
): Promise<ForumPostRevisions> {
  if (!canModerateForum(actor)) throw forbidden();
  const post = await repo.findPostForModeration(ctx.db, postId);
  if (!post) throw notFound('Kiriman');
  const rows = await repo.findRevisions(ctx.db, postId);
  return {
    postId,
    current: storedSanitizedHtml(post.body),
    items: rows.map((r) => ({
      id: r.id,
      body: storedSanitizedHtml(r.body),
      editedAt: r.edited_at.toISOString(),
      editedByName: post.is_anonymous && r.editor_id === post.author_user_id ? null : r.display_name,
    })),
  };
}
