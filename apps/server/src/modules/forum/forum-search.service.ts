import type { ForumSearchHit, ForumSearchResult } from '@sim/contracts';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { invalid } from '../../lib/errors';
import { authorsFor, forumScopeOf } from './forum-posts.dto';
import { excerptOf } from './forum-text.sanitizer';
import * as repo from './forum.repository';

// Search across policies, thread titles and posts (issue 13 §6): PostgreSQL full text with the 'simple'
// configuration, the same on PGlite and PostgreSQL. Hits obey the lists' visibility (audience, hidden threads and
// posts) and authors go through `authorsFor`, so a search never names an anonymous author.

/** Each word as a prefix term, all required: letters and digits only, so nothing of tsquery's syntax gets in. */
export function toPrefixQuery(q: string): string | null {
  const words = (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
  return words.length === 0 ? null : words.map((w) => `${w}:*`).join(' & ');
}

/** Text around the first word of the query, for the result line. */
function snippetOf(text: string, q: string) {
  const first = (q.toLowerCase().match(/[\p{L}\p{N}]+/u) ?? [''])[0]!;
  const at = text.toLowerCase().indexOf(first);
  const start = Math.max(0, at - 60);
  return (start > 0 ? '…' : '') + excerptOf(text.slice(start), 200);
}

export async function searchForum(ctx: ServiceContext, actor: Actor, q: string): Promise<ForumSearchResult> {
  const tsquery = toPrefixQuery(q);
  if (!tsquery) throw invalid('q', 'Kata kunci harus berisi huruf atau angka');
  const scope = await forumScopeOf(ctx, actor);
  const found = await repo.searchForum(ctx.db, scope, tsquery);
  const authored = [
    ...found.threads.map((t) => ({
      postId: t.first_post_id,
      authorUserId: t.author_user_id,
      isAnonymous: t.is_anonymous,
    })),
    ...found.posts.map((p) => ({
      postId: p.id,
      authorUserId: p.author_user_id,
      isAnonymous: p.is_anonymous,
    })),
  ];
  const authors = await authorsFor(ctx.db, actor, authored, ctx.now());
  const threadHits: ForumSearchHit[] = found.threads.map((t, n) => ({
    kind: 'THREAD',
    policyId: t.policy_id,
    threadId: t.id,
    postId: null,
    title: t.title,
    snippet: t.title,
    author: authors[n]!,
    isAnonymous: t.is_anonymous,
    at: t.created_at,
  }));
  const postHits: ForumSearchHit[] = found.posts.map((p, n) => ({
    kind: 'POST',
    policyId: p.policy_id,
    threadId: p.thread_id,
    postId: p.id,
    title: p.thread_title,
    snippet: snippetOf(p.body_text, q),
    author: authors[found.threads.length + n]!,
    isAnonymous: p.is_anonymous,
    at: p.created_at,
  }));
  const policyHits: ForumSearchHit[] = found.policies.map((p) => ({
    kind: 'POLICY',
    policyId: p.id,
    threadId: null,
    postId: null,
    title: p.title,
    snippet: snippetOf(`${p.benefits_summary} ${p.body_text}`, q),
    author: null,
    isAnonymous: false,
    at: p.published_at ?? p.created_at,
  }));
  return { items: [...policyHits, ...threadHits, ...postHits] };
}
