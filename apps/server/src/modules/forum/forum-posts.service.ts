import {
  FORUM_QUOTE_EXCERPT_MAX,
  FORUM_REACTION_KINDS,
  type ForumMentions,
  type ForumMyReveals,
  type ForumPeople,
  type ForumPost,
  type ForumPostEdit,
  type ForumPostInput,
  type ForumReactionKind,
  type ForumRevealResult,
  type ForumThread,
  type ForumThreadInput,
  type ForumThreadListQuery,
  type ForumThreadSummary,
  type Paged,
} from '@sim/contracts';
import { todayOf } from '@sim/domain';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, forbidden, invalid, notFound } from '../../lib/errors';
import { normalizeStoredText } from '../../lib/text';
import { recordAudit } from '../audit/audit.service';
import { findPostForModeration } from './forum-moderation.repository';
import { notifyReply, notifyReveal } from './forum-notify.service';
import { notifyAll } from '../notifications/notifications.service';
import { loadVisiblePolicy, windowOpen } from './forum-policies.service';
import { authorsFor, forumScopeOf, revealedTo } from './forum-posts.dto';
import { excerptOf, plainTextOf, sanitizeForumHtml, storedSanitizedHtml } from './forum-text.sanitizer';
import {
  canEditPost,
  canPostGeneral,
  canPostOnPolicy,
  canReplyInThread,
  canRevealAuthor,
  canSeePolicy,
  isForumModerator,
} from './forum.policy';
import * as repo from './forum.repository';

// Threads and posts (issue 13 §2–4): replies with quotes, @mentions that notify (in-app list computed on read and
// an e-mail), reactions, edits with history, and anonymity — every author shown through `authorsFor`.

type ThreadRow = NonNullable<Awaited<ReturnType<typeof repo.findVisibleThread>>>;

/** A body through the sanitiser, refused when nothing readable is left. */
function cleanBody(html: string) {
  const body = sanitizeForumHtml(html);
  const text = plainTextOf(body);
  if (!text) throw invalid('body', 'Isi tidak boleh kosong (setelah format yang tidak diizinkan dibuang)');
  return { body, body_text: text };
}

async function loadThread(ctx: ServiceContext, actor: Actor, id: number) {
  const scope = await forumScopeOf(ctx, actor);
  const thread = await repo.findVisibleThread(ctx.db, id, scope);
  if (!thread) throw notFound('Diskusi');
  return { thread, scope };
}

/** Whether the actor may write in the thread's place: its policy's open consultation, or the general forum. */
async function mayPostIn(ctx: ServiceContext, actor: Actor, policyId: number | null) {
  if (policyId === null) return canPostGeneral(actor);
  const { row, inAudience } = await loadVisiblePolicy(ctx, actor, policyId);
  return canPostOnPolicy(actor, { status: row.status, inAudience, windowOpen: windowOpen(row, ctx.now()) });
}

// ---------------------------------------------------------------- mentions

const MENTION = /(?:^|[^\w@.])@([A-Za-z0-9][A-Za-z0-9._-]{2,59})/g;

/** The @usernames in a plain text body (the picker writes the NIP or username). */
export const mentionedUsernames = (text: string) =>
  [...new Set([...text.matchAll(MENTION)].map((m) => m[1]!.replace(/[.]+$/, '').toLowerCase()))].slice(0, 20);

/**
 * The mentioned accounts that may read the thread (a colleague outside the policy's audience is not told about it),
 * never the author. Returned for the e-mail after the transaction.
 */
async function recordMentions(
  ctx: ServiceContext,
  trx: Parameters<typeof repo.insertMentions>[0],
  actor: Actor,
  postId: number,
  text: string,
  policyId: number | null,
) {
  const targets = (await repo.findMentionTargets(trx, mentionedUsernames(text))).filter(
    (t) => t.user_id !== actor.userId,
  );
  let audience: Set<number> | null = null;
  if (policyId !== null) {
    const policy = await repo.findPolicy(trx, policyId);
    audience = new Set<number>();
    for (const t of targets) {
      const units =
        t.employee_id === null ? [] : await repo.findAudienceUnitIds(trx, t.employee_id, todayOf(ctx.now()));
      const scope = {
        userId: t.user_id,
        drafts: false,
        anyAudience: false,
        hidden: false,
        audienceUnitIds: units,
      };
      const inAudience = (await repo.findVisiblePolicy(trx, policyId, scope)) !== undefined;
      if (policy && canSeePolicy({ roles: t.roles ?? [] }, { status: policy.status, inAudience })) {
        audience.add(t.user_id);
      }
    }
  }
  const reach = targets.filter((t) => audience === null || audience.has(t.user_id));
  await repo.insertMentions(
    trx,
    postId,
    reach.map((t) => t.user_id),
  );
  return reach;
}

/**
 * One notification per mentioned colleague, in the post's transaction (in-app, and e-mail through the outbox unless
 * they turned it off); an anonymous author is "seorang rekan (anonim)". The mention is marked e-mailed when its
 * e-mail was queued.
 */
async function notifyMentions(
  trx: Database,
  ctx: ServiceContext,
  actor: Actor,
  post: { id: number; threadId: number; threadTitle: string; isAnonymous: boolean; text: string },
  reach: { user_id: number; email: string | null }[],
) {
  const who = post.isAnonymous ? 'Seorang rekan (anonim)' : actor.displayName;
  const link = ctx.config.publicUrl ? `${ctx.config.publicUrl}/forum/diskusi/${post.threadId}` : '';
  const results = await notifyAll(
    trx,
    reach.map((r) => ({
      to: { userId: r.user_id },
      type: 'FORUM_MENTION',
      params: { thread: post.threadTitle, author: post.isAnonymous ? null : actor.displayName },
      link: `/forum/diskusi/${post.threadId}`,
      at: ctx.now(),
      mail: {
        subject: `Anda disebut dalam diskusi "${post.threadTitle}"`,
        text:
          `${who} menyebut Anda dalam diskusi "${post.threadTitle}":\n\n${excerptOf(post.text, 400)}\n\n` +
          (link ? `Buka diskusi: ${link}\n` : 'Buka menu Forum di SIM Kinerja.\n'),
      },
    })),
  );
  const queued = reach.filter((_, i) => results[i]!.mailQueued).map((r) => r.user_id);
  await repo.markMentionsEmailed(trx, post.id, queued, ctx.now());
}

// ---------------------------------------------------------------- threads

function threadSummary(
  t: Pick<
    ThreadRow,
    | 'id'
    | 'policy_id'
    | 'policy_title'
    | 'title'
    | 'is_anonymous'
    | 'author_user_id'
    | 'status'
    | 'created_at'
    | 'last_post_at'
    | 'post_count'
  >,
  actor: Actor,
  author: ForumThreadSummary['author'],
): ForumThreadSummary {
  return {
    id: t.id,
    policyId: t.policy_id,
    policyTitle: t.policy_title,
    title: t.title,
    author,
    isAnonymous: t.is_anonymous,
    isMine: t.author_user_id === actor.userId,
    status: t.status,
    postCount: Number(t.post_count ?? 0),
    createdAt: t.created_at,
    lastPostAt: t.last_post_at,
  };
}

export async function listThreads(
  ctx: ServiceContext,
  actor: Actor,
  q: ForumThreadListQuery,
): Promise<Paged<ForumThreadSummary>> {
  if (q.policyId !== undefined) await loadVisiblePolicy(ctx, actor, q.policyId);
  const scope = await forumScopeOf(ctx, actor);
  const page = await repo.listThreads(ctx.db, scope, {
    policyId: q.policyId ?? null,
    page: q.page,
    pageSize: q.pageSize,
  });
  const authors = await authorsFor(
    ctx.db,
    actor,
    page.items.map((t) => ({
      postId: t.first_post_id,
      authorUserId: t.author_user_id,
      isAnonymous: t.is_anonymous,
    })),
    ctx.now(),
  );
  return {
    items: page.items.map((t, n) => threadSummary(t, actor, authors[n]!)),
    total: page.total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function getThread(ctx: ServiceContext, actor: Actor, id: number): Promise<ForumThread> {
  const { thread } = await loadThread(ctx, actor, id);
  const posts = await repo.listPostsOfThread(ctx.db, id);
  const canPostHere = await mayPostIn(ctx, actor, thread.policy_id);
  const reply = canReplyInThread(actor, { locked: thread.status === 'LOCKED', canPostHere });
  const [threadAuthor] = await authorsFor(
    ctx.db,
    actor,
    [{ postId: thread.first_post_id, authorUserId: thread.author_user_id, isAnonymous: thread.is_anonymous }],
    ctx.now(),
  );
  return {
    ...threadSummary(thread, actor, threadAuthor!),
    posts: await postDtos(ctx, actor, posts, reply),
    can: { reply },
  };
}

/** Posts as the viewer may see them: author by the one rule, body withheld when hidden, quotes checked again. */
async function postDtos(
  ctx: ServiceContext,
  actor: Actor,
  posts: repo.PostRow[],
  canReply: boolean,
): Promise<ForumPost[]> {
  const moderator = isForumModerator(actor);
  const quotedIds = [
    ...new Set(posts.map((p) => p.quoted_post_id).filter((id): id is number => id !== null)),
  ];
  const quoted = new Map((await repo.findPostsByIds(ctx.db, quotedIds)).map((q) => [q.id, q]));
  const quoteRows = quotedIds.map((id) => quoted.get(id)!).filter(Boolean);
  const [authors, quoteAuthors, reactions, revealed] = await Promise.all([
    authorsFor(
      ctx.db,
      actor,
      posts.map((p) => ({ postId: p.id, authorUserId: p.author_user_id, isAnonymous: p.is_anonymous })),
      ctx.now(),
    ),
    authorsFor(
      ctx.db,
      actor,
      quoteRows.map((p) => ({ postId: p.id, authorUserId: p.author_user_id, isAnonymous: p.is_anonymous })),
      ctx.now(),
    ),
    repo.reactionCounts(
      ctx.db,
      posts.map((p) => p.id),
      actor.userId,
    ),
    revealedTo(
      ctx.db,
      actor,
      posts.filter((p) => p.is_anonymous).map((p) => p.id),
    ),
  ]);
  const quoteAuthor = new Map(quoteRows.map((q, n) => [q.id, quoteAuthors[n] ?? null]));
  const readable = (p: repo.PostRow) =>
    p.visibility === 'VISIBLE' || moderator || p.author_user_id === actor.userId;
  return posts.map((p, n) => {
    const q = p.quoted_post_id === null ? undefined : quoted.get(p.quoted_post_id);
    const visible = p.visibility === 'VISIBLE';
    return {
      id: p.id,
      threadId: p.thread_id,
      author: authors[n]!,
      isAnonymous: p.is_anonymous,
      isMine: p.author_user_id === actor.userId,
      revealed: revealed.has(p.id),
      body: readable(p) ? storedSanitizedHtml(p.body) : null,
      visibility: p.visibility,
      quote: q
        ? {
            postId: q.id,
            // The excerpt goes only where its post may still be read: a quote never carries a hidden post out.
            excerpt: readable(q) ? p.quoted_excerpt : null,
            author: quoteAuthor.get(q.id) ?? null,
            isAnonymous: q.is_anonymous,
          }
        : null,
      reactions: FORUM_REACTION_KINDS.map((kind) => {
        const r = reactions.find((x) => x.postId === p.id && x.kind === kind);
        return { kind, count: r?.count ?? 0, mine: r?.mine ?? false };
      }),
      createdAt: p.created_at,
      editedAt: p.edited_at,
      can: {
        edit: canEditPost(actor, p.author_user_id),
        react: visible,
        quote: visible && canReply,
        reveal: canRevealAuthor(actor) && p.is_anonymous && !revealed.has(p.id),
      },
    };
  });
}

export async function createThread(ctx: ServiceContext, actor: Actor, input: ForumThreadInput) {
  if (!(await mayPostIn(ctx, actor, input.policyId))) {
    throw forbidden('Diskusi hanya dapat dibuka selama masa konsultasi kebijakan');
  }
  const content = cleanBody(input.body);
  const title = normalizeStoredText(input.title);
  const { id } = await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.now();
    const id = await repo.insertThread(trx, {
      policy_id: input.policyId,
      title,
      author_user_id: actor.userId,
      is_anonymous: input.isAnonymous,
      created_at: now,
      last_post_at: now,
    });
    const postId = await repo.insertPost(trx, {
      thread_id: id,
      author_user_id: actor.userId,
      author_employee_id: actor.employeeId,
      is_anonymous: input.isAnonymous,
      ...content,
      created_at: now,
    });
    const reach = await recordMentions(ctx, trx, actor, postId, content.body_text, input.policyId);
    await notifyMentions(
      trx,
      ctx,
      actor,
      {
        id: postId,
        threadId: id,
        threadTitle: title,
        isAnonymous: input.isAnonymous,
        text: content.body_text,
      },
      reach,
    );
    return { id };
  });
  return getThread(ctx, actor, id);
}

export async function reply(ctx: ServiceContext, actor: Actor, threadId: number, input: ForumPostInput) {
  const { thread } = await loadThread(ctx, actor, threadId);
  const canPostHere = await mayPostIn(ctx, actor, thread.policy_id);
  if (!canReplyInThread(actor, { locked: thread.status === 'LOCKED', canPostHere })) {
    throw forbidden(
      thread.status === 'LOCKED'
        ? 'Diskusi ini dikunci moderator'
        : 'Tanggapan hanya dapat dikirim selama masa konsultasi kebijakan',
    );
  }
  let quotedExcerpt: string | null = null;
  if (input.quotedPostId !== null) {
    const quoted = await repo.findPost(ctx.db, input.quotedPostId);
    if (!quoted || quoted.thread_id !== threadId || quoted.visibility !== 'VISIBLE') {
      throw invalid(
        'quotedPostId',
        'Tanggapan yang dikutip tidak ada di diskusi ini atau sedang disembunyikan',
      );
    }
    quotedExcerpt = excerptOf(quoted.body_text, FORUM_QUOTE_EXCERPT_MAX);
  }
  const content = cleanBody(input.body);
  const { postId } = await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.now();
    const postId = await repo.insertPost(trx, {
      thread_id: threadId,
      author_user_id: actor.userId,
      author_employee_id: actor.employeeId,
      is_anonymous: input.isAnonymous,
      ...content,
      quoted_post_id: input.quotedPostId,
      quoted_excerpt: quotedExcerpt,
      created_at: now,
    });
    await repo.touchThread(trx, threadId, now);
    const reach = await recordMentions(ctx, trx, actor, postId, content.body_text, thread.policy_id);
    await notifyMentions(
      trx,
      ctx,
      actor,
      {
        id: postId,
        threadId,
        threadTitle: thread.title,
        isAnonymous: input.isAnonymous,
        text: content.body_text,
      },
      reach,
    );
    await notifyReply(trx, ctx, {
      threadId,
      threadTitle: thread.title,
      threadAuthorUserId: thread.author_user_id,
      threadHidden: thread.is_hidden,
      authorUserId: actor.userId,
      authorName: actor.displayName,
      isAnonymous: input.isAnonymous,
      mentionedUserIds: reach.map((r) => r.user_id),
    });
    return { postId };
  });
  return onePost(ctx, actor, postId);
}

async function onePost(ctx: ServiceContext, actor: Actor, postId: number): Promise<ForumPost> {
  const post = await repo.findPost(ctx.db, postId);
  if (!post) throw notFound('Tanggapan');
  const { thread } = await loadThread(ctx, actor, post.thread_id);
  const canPostHere = await mayPostIn(ctx, actor, thread.policy_id);
  const [dto] = await postDtos(
    ctx,
    actor,
    [post],
    canReplyInThread(actor, { locked: thread.status === 'LOCKED', canPostHere }),
  );
  return dto!;
}

/** A post the viewer may read (its thread visible to them), or 404. */
async function loadReadablePost(ctx: ServiceContext, actor: Actor, postId: number) {
  const post = await repo.findPost(ctx.db, postId);
  if (!post) throw notFound('Tanggapan');
  await loadThread(ctx, actor, post.thread_id);
  if (post.visibility !== 'VISIBLE' && !isForumModerator(actor) && post.author_user_id !== actor.userId) {
    throw notFound('Tanggapan');
  }
  return post;
}

/** The author changes the text; the earlier text goes to the edit history (for moderators). */
export async function editPost(ctx: ServiceContext, actor: Actor, postId: number, input: ForumPostEdit) {
  const post = await loadReadablePost(ctx, actor, postId);
  if (!canEditPost(actor, post.author_user_id))
    throw forbidden('Hanya penulis yang dapat mengubah tanggapannya');
  const content = cleanBody(input.body);
  const thread = (await loadThread(ctx, actor, post.thread_id)).thread;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updatePostBody(trx, post, { ...content, edited_at: ctx.now(), edited_by: actor.userId });
    const before = new Set(mentionedUsernames(post.body_text));
    const added = mentionedUsernames(content.body_text).filter((u) => !before.has(u));
    const reach = await recordMentions(
      ctx,
      trx,
      actor,
      post.id,
      added.map((u) => `@${u}`).join(' '),
      thread.policy_id,
    );
    await notifyMentions(
      trx,
      ctx,
      actor,
      {
        id: post.id,
        threadId: thread.id,
        threadTitle: thread.title,
        isAnonymous: post.is_anonymous,
        text: content.body_text,
      },
      reach,
    );
  });
  return onePost(ctx, actor, postId);
}

export async function setReaction(
  ctx: ServiceContext,
  actor: Actor,
  postId: number,
  kind: ForumReactionKind,
  on: boolean,
) {
  const post = await loadReadablePost(ctx, actor, postId);
  if (post.visibility !== 'VISIBLE') {
    throw new AppError('CONFLICT', 'Tanggapan yang disembunyikan tidak dapat diberi reaksi', [
      { path: 'kind', message: 'Tanggapan disembunyikan' },
    ]);
  }
  if (on) await repo.addReaction(ctx.db, postId, actor.userId, kind);
  else await repo.removeReaction(ctx.db, postId, actor.userId, kind);
  return onePost(ctx, actor, postId);
}

// ---------------------------------------------------------------- anonymity reveals

/**
 * A moderator learns who wrote an anonymous post, only with a reason: recorded (reveals + moderation actions),
 * audit-logged — the audit entry names the post and the reason, not the author, so the log does not spread the
 * identity further — and shown to the author.
 */
export async function revealAuthor(
  ctx: ServiceContext,
  actor: Actor,
  postId: number,
  reason: string,
): Promise<ForumRevealResult> {
  if (!canRevealAuthor(actor)) throw forbidden('Hanya moderator yang dapat membuka identitas penulis anonim');
  const post = await repo.findPost(ctx.db, postId);
  if (!post) throw notFound('Tanggapan');
  if (!post.is_anonymous) throw invalid('postId', 'Tanggapan ini tidak anonim');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertReveal(trx, {
      post_id: postId,
      moderator_user_id: actor.userId,
      reason: normalizeStoredText(reason),
      created_at: ctx.now(),
    });
    const about = await findPostForModeration(trx, postId);
    await notifyReveal(trx, ctx, {
      threadId: post.thread_id,
      threadTitle: about?.thread_title ?? '',
      postAuthorUserId: post.author_user_id,
      reason: normalizeStoredText(reason),
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'forum.author.reveal',
      entityType: 'forum_post',
      entityId: postId,
      after: { reason },
    });
  });
  const [author] = await authorsFor(
    ctx.db,
    actor,
    [{ postId, authorUserId: post.author_user_id, isAnonymous: true }],
    ctx.now(),
  );
  return { postId, author: author! };
}

/** "Identitas Anda dibuka oleh moderator …": every reveal of the viewer's own posts. */
export async function listMyReveals(ctx: ServiceContext, actor: Actor): Promise<ForumMyReveals> {
  const rows = await repo.listRevealsOfAuthor(ctx.db, actor.userId);
  return {
    items: rows.map((r) => ({
      postId: r.post_id,
      threadId: r.thread_id,
      threadTitle: r.thread_title,
      moderatorName: r.moderator_name,
      reason: r.reason,
      revealedAt: r.created_at,
    })),
  };
}

// ---------------------------------------------------------------- mentions, people

/** "Sebutan untuk saya": computed on read from the mentions of posts the viewer may still read. */
export async function listMyMentions(ctx: ServiceContext, actor: Actor): Promise<ForumMentions> {
  const scope = await forumScopeOf(ctx, actor);
  const rows = await repo.listMentionsOf(ctx.db, scope);
  const authors = await authorsFor(
    ctx.db,
    actor,
    rows.map((r) => ({ postId: r.post_id, authorUserId: r.author_user_id, isAnonymous: r.is_anonymous })),
    ctx.now(),
  );
  return {
    items: rows.map((r, n) => ({
      postId: r.post_id,
      threadId: r.thread_id,
      threadTitle: r.thread_title,
      author: authors[n]!,
      isAnonymous: r.is_anonymous,
      excerpt: excerptOf(r.body_text, 200),
      createdAt: r.created_at,
    })),
  };
}

/** The @-mention picker: colleagues by NIP/username or name. */
export async function findPeople(ctx: ServiceContext, _actor: Actor, q: string): Promise<ForumPeople> {
  const rows = await repo.searchPeople(ctx.db, q);
  return { items: rows.map((r) => ({ userId: r.user_id, username: r.username, name: r.name })) };
}
