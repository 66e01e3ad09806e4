import type { ForumAuthor } from '@sim/contracts';
import { todayOf } from '@sim/domain';
import type { Database } from '../../db/database';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { canKnowAuthor, canManageForumPolicies, canSeeEveryAudience, isForumModerator } from './forum.policy';
import * as repo from './forum.repository';

// Issue 13 §4: the one place an author's identity enters a response. Every endpoint that shows who wrote something
// (threads, posts, quotes, mentions, search) asks `authorsFor`, which decides by `canKnowAuthor` first and only then
// reads the names of the authors the viewer may know: an anonymous author's name is never even loaded for anyone
// else, so no DTO, error or log line can carry it.

export type AuthorFacts = { postId: number | null; authorUserId: number; isAnonymous: boolean };

export async function authorsFor(
  db: Database,
  actor: Actor,
  items: AuthorFacts[],
  now: Date,
): Promise<(ForumAuthor | null)[]> {
  const anonymousPostIds = items.filter((i) => i.isAnonymous && i.postId !== null).map((i) => i.postId!);
  const revealed = isForumModerator(actor)
    ? await repo.findRevealedPostIds(db, actor.userId, anonymousPostIds)
    : new Set<number>();
  const known = items.map((i) =>
    canKnowAuthor(actor, {
      authorUserId: i.authorUserId,
      isAnonymous: i.isAnonymous,
      revealedToViewer: i.postId !== null && revealed.has(i.postId),
    }),
  );
  const ids = [...new Set(items.filter((_, n) => known[n]).map((i) => i.authorUserId))];
  const people = new Map(
    (await repo.findPeople(db, ids, todayOf(now))).map((p) => [
      p.user_id,
      { userId: p.user_id, name: p.name, unitName: p.unit_name },
    ]),
  );
  return items.map((i, n) => (known[n] ? (people.get(i.authorUserId) ?? null) : null));
}

/** Whether this moderator recorded a reveal of each anonymous post (for the `revealed` flag and the reveal button). */
export async function revealedTo(db: Database, actor: Actor, postIds: number[]) {
  return isForumModerator(actor) ? repo.findRevealedPostIds(db, actor.userId, postIds) : new Set<number>();
}

/** What the viewer may see, as facts the repository filters on (see `ForumScope`). */
export async function forumScopeOf(ctx: ServiceContext, actor: Actor): Promise<repo.ForumScope> {
  return {
    userId: actor.userId,
    drafts: canManageForumPolicies(actor),
    anyAudience: canSeeEveryAudience(actor),
    hidden: isForumModerator(actor),
    audienceUnitIds:
      actor.employeeId === null
        ? []
        : await repo.findAudienceUnitIds(ctx.db, actor.employeeId, todayOf(ctx.now())),
  };
}
