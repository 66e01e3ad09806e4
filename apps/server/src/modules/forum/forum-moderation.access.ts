import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { canModerateForum } from './forum-moderation.policy';
import { loadVisiblePolicy } from './forum-policies.service';

// Who may read a policy, a thread and a post, for polls, reports and notifications: a draft only leadership; an
// open or closed policy its audience (the whole office, or the listed units with the units below them), and
// leadership and moderators always; a general thread (no policy) every signed-in user; a hidden thread or post
// moderators only. Anything outside is answered as "not found", so its existence is not confirmed either.

/** Whether the actor may read a policy (its id): the forum's own rule (`loadVisiblePolicy`), as a yes or no. */
export async function canReadForumPolicy(
  ctx: ServiceContext,
  actor: Actor,
  policyId: number,
): Promise<boolean> {
  try {
    await loadVisiblePolicy(ctx, actor, policyId);
    return true;
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return false;
    throw err;
  }
}

/** Throws 404 unless the actor may read the thread (its policy's audience, and hidden threads for moderators). */
export async function assertCanReadForumThread(
  ctx: ServiceContext,
  actor: Actor,
  thread: { policy_id: number | null; thread_is_hidden: boolean },
): Promise<void> {
  if (thread.thread_is_hidden && !canModerateForum(actor)) throw notFound('Topik diskusi');
  if (thread.policy_id !== null && !(await canReadForumPolicy(ctx, actor, thread.policy_id))) {
    throw notFound('Topik diskusi');
  }
}

/** Throws 404 unless the actor may read the post: its thread, and a post hidden by moderation only for them. */
export async function assertCanReadForumPost(
  ctx: ServiceContext,
  actor: Actor,
  post: { policy_id: number | null; thread_is_hidden: boolean; visibility: string },
): Promise<void> {
  await assertCanReadForumThread(ctx, actor, post);
  if (post.visibility !== 'VISIBLE' && !canModerateForum(actor)) throw notFound('Kiriman');
}
