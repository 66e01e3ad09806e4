import type { Capabilities, ForumPolicyStatus, Screen } from '@sim/contracts';
import { hasRole, type Actor } from '../../lib/actor';

// Who may do what in the policy forum (issue 13). Deny by default: anything not granted here is refused.
// Policy functions that judge someone else (a mentioned colleague) take only their roles.
type Roles = Pick<Actor, 'roles'>;

/** Drafting, publishing and closing policies, uploading their documents: the Pimpinan. */
export const canManageForumPolicies = (actor: Roles) => hasRole(actor, 'PIMPINAN');

/** Moderators: see hidden threads and posts, and may reveal an anonymous author with a recorded reason. */
export const isForumModerator = (actor: Roles) => hasRole(actor, 'MODERATOR');

/** Leadership and moderators read every policy whatever its audience (they answer and moderate all of them). */
export const canSeeEveryAudience = (actor: Roles) => canManageForumPolicies(actor) || isForumModerator(actor);

/** A policy: its managers see drafts; others a published one addressed to them (or every audience, above). */
export const canSeePolicy = (actor: Roles, p: { status: ForumPolicyStatus; inAudience: boolean }) =>
  canManageForumPolicies(actor) || (p.status !== 'DRAFT' && (p.inAudience || canSeeEveryAudience(actor)));

/** Start a thread or reply about a policy: while its consultation is open, for whoever may see it. */
export const canPostOnPolicy = (
  actor: Roles,
  p: { status: ForumPolicyStatus; inAudience: boolean; windowOpen: boolean },
) => p.status === 'OPEN' && p.windowOpen && canSeePolicy(actor, p);

/** "Saya sudah membaca": an employee the published policy addresses. */
export const canConfirmRead = (actor: Actor, p: { status: ForumPolicyStatus; inAudience: boolean }) =>
  actor.employeeId !== null && p.status !== 'DRAFT' && p.inAudience;

/** General threads (not about one policy) are open to every signed-in user. */
export const canPostGeneral = (actor: Actor) => actor.userId > 0;

/** A reply in a thread that is not locked (moderators may still write in a locked one). */
export const canReplyInThread = (actor: Actor, t: { locked: boolean; canPostHere: boolean }) =>
  t.canPostHere && (!t.locked || isForumModerator(actor));

/** Only the author edits a post (the earlier text goes to the edit history). */
export const canEditPost = (actor: Actor, authorUserId: number) => actor.userId === authorUserId;

/** Revealing who wrote an anonymous post: moderators, with a reason that is recorded and audit-logged. */
export const canRevealAuthor = (actor: Actor) => isForumModerator(actor);

/**
 * The one rule for an author's identity: shown unless the post is anonymous, and then only to the author and to a
 * moderator who recorded a reveal of this post.
 */
export const canKnowAuthor = (
  actor: Actor,
  post: { authorUserId: number; isAnonymous: boolean; revealedToViewer: boolean },
) =>
  !post.isAnonymous ||
  post.authorUserId === actor.userId ||
  (isForumModerator(actor) && post.revealedToViewer);

/** The forum module's part of /auth/me capabilities: every signed-in user opens the forum. */
export function forumCapabilities(actor: Actor): {
  screens: Screen[];
  forum: Omit<Capabilities['forum'], 'manageSettings'>;
} {
  const managePolicies = canManageForumPolicies(actor);
  return {
    screens: ['forum', ...(managePolicies ? (['forumManage'] as const) : [])],
    forum: { managePolicies, moderate: isForumModerator(actor) },
  };
}
