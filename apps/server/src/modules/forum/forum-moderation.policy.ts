import type { Screen } from '@sim/contracts';
import { hasRole, type Actor } from '../../lib/actor';
import { canManageForumPolicies, isForumModerator } from './forum.policy';

// Who may moderate the forum, answer for leadership and change the forum settings (issue 13). Deny by default.
// Who is a moderator and who leads (publishes policies) is the forum policy's (forum.policy.ts); this file adds the
// moderation, response, poll and settings rules on top.

/** The moderators' queue, decisions on reported posts and the edit history of posts: the MODERATOR role. */
export const canModerateForum = (actor: Actor) => isForumModerator(actor);

/**
 * The official response (tanggapan resmi), closing a consultation with its summary and the leadership flags:
 * whoever publishes the policies (the Pimpinan).
 */
export const canLeadForum = (actor: Actor) => canManageForumPolicies(actor);

/** The forum settings (auto-hide threshold, "due soon" days, digest hour): the Pimpinan and the HR administrator. */
export const canManageForumSettings = (actor: Actor) => hasRole(actor, 'PIMPINAN', 'ADMIN_KEPEGAWAIAN');

/** Reading the forum settings: whoever manages them, and moderators (the queue explains the threshold). */
export const canReadForumSettings = (actor: Actor) =>
  canManageForumSettings(actor) || canModerateForum(actor);

/**
 * Creating a poll: on a policy, leadership; on a thread, its author and leadership. Moderators do not create polls
 * as moderators (they referee the discussion).
 */
export const canCreateForumPoll = (actor: Actor, isThreadAuthor: boolean) =>
  canLeadForum(actor) || isThreadAuthor;

/** The forum moderation part of /auth/me capabilities (merged into the forum's). */
export function forumModerationCapabilities(actor: Actor): {
  screens: Screen[];
  forum: { manageSettings: boolean };
} {
  const manageSettings = canManageForumSettings(actor);
  return {
    screens: [
      ...(canModerateForum(actor) ? (['forumModeration'] as const) : []),
      ...(manageSettings ? (['forumSettings'] as const) : []),
    ],
    forum: { manageSettings },
  };
}
