/**
 * Forum moderation ([decision] in oversight-and-forum.md: "hide automatically after 3 reports pending review").
 * The threshold is an agency setting whose default is 3; it counts distinct reporters of reports still waiting for
 * review, so one colleague reporting twice cannot hide a post alone and a post restored by a moderator is not hidden
 * again by the reports the moderator already judged.
 */

/** Reports from distinct employees, pending review, that hide a post automatically (default of the [decision]). */
export const DEFAULT_FORUM_AUTO_HIDE_REPORTS = 3;

/** Smallest and largest threshold an administrator may set (1 hides on the first report). */
export const FORUM_AUTO_HIDE_REPORTS_MIN = 1;
export const FORUM_AUTO_HIDE_REPORTS_MAX = 50;

/**
 * Whether a post is hidden automatically pending review: it is visible, and the number of distinct reporters of its
 * pending reports has reached the threshold. A post a moderator has already hidden or deleted is left alone, and a
 * restored one only hides again when new reports reach the threshold (a review closes the reports it judged).
 */
export function shouldAutoHidePost(input: {
  visibility: 'VISIBLE' | 'HIDDEN';
  pendingReporterCount: number;
  threshold?: number;
}): boolean {
  const threshold = input.threshold ?? DEFAULT_FORUM_AUTO_HIDE_REPORTS;
  return input.visibility === 'VISIBLE' && input.pendingReporterCount >= threshold;
}

/** What a moderator can do to a reported post. */
export type ForumModerationAction = 'RESTORE' | 'HIDE' | 'DELETE' | 'WARN';

/** The state of a post as moderation sees it. */
export type ForumPostModerationState = 'VISIBLE' | 'AUTO_HIDDEN' | 'HIDDEN' | 'DELETED';

/**
 * The state after a moderator's action, or null when the action does not apply: RESTORE brings a hidden post back
 * (never a deleted one), HIDE hides a visible or auto-hidden post, DELETE removes it from every reader for good (the
 * text is kept for moderators and the audit trail: "delete as hidden"), WARN warns the author and leaves the state.
 * Every action closes the pending reports of the post.
 */
export function nextPostModerationState(
  state: ForumPostModerationState,
  action: ForumModerationAction,
): ForumPostModerationState | null {
  switch (action) {
    case 'RESTORE':
      return state === 'AUTO_HIDDEN' || state === 'HIDDEN' ? 'VISIBLE' : null;
    case 'HIDE':
      return state === 'VISIBLE' || state === 'AUTO_HIDDEN' ? 'HIDDEN' : null;
    case 'DELETE':
      return state === 'DELETED' ? null : 'DELETED';
    case 'WARN':
      return state === 'DELETED' ? null : state;
  }
}
