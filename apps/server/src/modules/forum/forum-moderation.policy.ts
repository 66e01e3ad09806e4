import type { Screen } from '@sim/contracts';
import { hasRole, type Actor } from '../../lib/actor';

// Who may moderate the forum, answer for leadership and change the forum settings (issue 13). Deny by default.
// The audience of a policy (who may read, post, vote, report) is the forum policy's (forum.policy.ts).

/** The moderators' queue, decisions on reported posts and the edit history of posts: the MODERATOR role. */
export const canModerateForum = (actor: Actor) => hasRole(actor, 'MODERATOR');

/**
 * The official response (tanggapan resmi), closing a consultation with its summary and the leadership flags: the
 * Pimpinan, who publishes the policies.
 */
export const canLeadForum = (actor: Actor) => hasRole(actor, 'PIMPINAN');

/** The forum settings (auto-hide threshold, "due soon" days, digest hour): the Pimpinan and the HR administrator. */
export const canManageForumSettings = (actor: Actor) => hasRole(actor, 'PIMPINAN', 'ADMIN_KEPEGAWAIAN');

/** Reading the forum settings: whoever manages them, and moderators (the queue explains the threshold). */
export const canReadForumSettings = (actor: Actor) =>
  canManageForumSettings(actor) || canModerateForum(actor);

/**
 * Creating a poll: on a policy, leadership; on a thread, its author and leadership. Moderators do not create polls
 * (they referee the discussion, they do not take part in it as moderators).
 */
export const canCreateForumPoll = (actor: Actor, isThreadAuthor: boolean) =>
  canLeadForum(actor) || isThreadAuthor;

/** The forum moderation part of /auth/me capabilities. */
export function forumModerationCapabilities(actor: Actor): {
  screens: Screen[];
  forumModeration: { moderate: boolean; lead: boolean; manageSettings: boolean };
} {
  const moderate = canModerateForum(actor);
  const manageSettings = canManageForumSettings(actor);
  return {
    screens: [
      ...(moderate ? (['forumModeration'] as const) : []),
      ...(manageSettings ? (['forumSettings'] as const) : []),
    ],
    forumModeration: { moderate, lead: canLeadForum(actor), manageSettings },
  };
}
