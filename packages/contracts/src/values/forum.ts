// Values of the API without zod: the policy forum (oversight-and-forum.md, issue 13). See ./index.ts.

/** A policy (kebijakan) is drafted, opened for consultation (its window), then closed with a summary. */
export const FORUM_POLICY_STATUSES = ['DRAFT', 'OPEN', 'CLOSED'] as const;
export type ForumPolicyStatus = (typeof FORUM_POLICY_STATUSES)[number];

/** Who a policy addresses: the whole office, or the listed units (each with its sub-units). */
export const FORUM_AUDIENCES = ['ALL', 'UNITS'] as const;
export type ForumAudience = (typeof FORUM_AUDIENCES)[number];

/** A thread takes replies while OPEN; a moderator may lock it. */
export const FORUM_THREAD_STATUSES = ['OPEN', 'LOCKED'] as const;
export type ForumThreadStatus = (typeof FORUM_THREAD_STATUSES)[number];

/**
 * A post is shown, hidden automatically after enough reports (pending review), hidden by a moderator, or deleted
 * by a moderator "as hidden" (kept for moderators and the audit trail, never restored; migration 08).
 */
export const FORUM_POST_VISIBILITIES = ['VISIBLE', 'AUTO_HIDDEN', 'HIDDEN', 'DELETED'] as const;
export type ForumPostVisibility = (typeof FORUM_POST_VISIBILITIES)[number];

/** The small fixed set of reactions; a user gives each kind at most once per post. */
export const FORUM_REACTION_KINDS = ['SETUJU', 'TIDAK_SETUJU', 'TERIMA_KASIH', 'PERLU_PENJELASAN'] as const;
export type ForumReactionKind = (typeof FORUM_REACTION_KINDS)[number];

export const FORUM_POLL_KINDS = ['SINGLE', 'MULTIPLE'] as const;
export type ForumPollKind = (typeof FORUM_POLL_KINDS)[number];

export const FORUM_REPORT_REASONS = ['SARA', 'KASAR', 'SPAM', 'DATA_PRIBADI', 'HOAKS', 'LAINNYA'] as const;
export type ForumReportReason = (typeof FORUM_REPORT_REASONS)[number];

export const FORUM_REPORT_STATUSES = ['PENDING', 'UPHELD', 'DISMISSED'] as const;
export type ForumReportStatus = (typeof FORUM_REPORT_STATUSES)[number];

/** What a moderator did; each is recorded with a reason (and in the audit log). */
export const FORUM_MODERATION_ACTIONS = [
  'HIDE_POST',
  'RESTORE_POST',
  'DISMISS_REPORTS',
  'HIDE_THREAD',
  'RESTORE_THREAD',
  'LOCK_THREAD',
  'UNLOCK_THREAD',
  'REVEAL_AUTHOR',
  'DELETE_POST',
  'WARN_AUTHOR',
] as const;
export type ForumModerationAction = (typeof FORUM_MODERATION_ACTIONS)[number];

/** The safe rich-text subset a post body may hold (the sanitiser's allowlist). */
export const FORUM_ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'ul',
  'ol',
  'li',
  'blockquote',
  'a',
  'code',
] as const;

export const FORUM_TITLE_MAX = 200;
export const FORUM_POST_MAX = 20_000;
export const FORUM_QUOTE_EXCERPT_MAX = 300;
