import type {
  ForumPoll,
  ForumPollInput,
  ForumPollList,
  ForumPollListQuery,
  ForumPollVoters,
} from '@sim/contracts';
import { computePollResults, fullNameOf, isPollOpen, validatePollBallot } from '@sim/domain';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, conflict, forbidden, invalid, notFound } from '../../lib/errors';
import { assertCanReadForumThread, canReadForumPolicy } from './forum-moderation.access';
import { canCreateForumPoll, canLeadForum } from './forum-moderation.policy';
import * as repo from './forum-polls.repository';

// Polls in the policy forum (oversight-and-forum.md: employees "vote in polls"): single or multiple choice, an
// optional closing time, and optionally anonymous voting. Results (counts and percentages, packages/domain
// `computePollResults`) are open to everyone who may read the poll; a vote can be changed until the poll closes (or
// its policy's consultation is closed). With anonymous voting nobody — moderators and leadership included — can list
// who voted what: no endpoint returns it; the ballot rows only keep one vote per person.

type PollRow = NonNullable<Awaited<ReturnType<typeof repo.findPoll>>>;

const policyOf = (p: PollRow) => p.own_policy_id ?? p.thread_policy_id;

/** The poll if the actor may read it (its policy's audience; a hidden thread's polls only for moderators), or 404. */
async function loadReadablePoll(ctx: ServiceContext, actor: Actor, pollId: number): Promise<PollRow> {
  const poll = await repo.findPoll(ctx.db, pollId);
  if (!poll) throw notFound('Jajak pendapat');
  try {
    await assertCanReadForumThread(ctx, actor, {
      policy_id: policyOf(poll),
      thread_is_hidden: poll.is_hidden ?? false,
    });
  } catch (err) {
    // Out of the reader's reach reads as "no such poll"; anything else (a database failure) is not a 404.
    if (err instanceof AppError && err.code === 'NOT_FOUND') throw notFound('Jajak pendapat');
    throw err;
  }
  return poll;
}

/** Open for votes: before its closing time, and its policy's consultation (if it has a policy) still open. */
const isOpenForVotes = (poll: PollRow, now: Date) =>
  isPollOpen(poll.closes_at, now) && (policyOf(poll) === null || poll.policy_status === 'OPEN');

type OptionRow = Awaited<ReturnType<typeof repo.findOptions>>[number];
type VoteRow = Awaited<ReturnType<typeof repo.findVotes>>[number];

/** The polls as the actor sees them, their options and ballots read in two queries for all of them. */
async function toPolls(ctx: ServiceContext, actor: Actor, polls: readonly PollRow[]): Promise<ForumPoll[]> {
  const ids = polls.map((p) => p.id);
  const [options, votes] = await Promise.all([repo.findOptions(ctx.db, ids), repo.findVotes(ctx.db, ids)]);
  const now = ctx.now();
  return polls.map((poll) =>
    toPoll(
      actor,
      poll,
      options.filter((o) => o.poll_id === poll.id),
      votes.filter((v) => v.poll_id === poll.id),
      now,
    ),
  );
}

function toPoll(actor: Actor, poll: PollRow, options: OptionRow[], votes: VoteRow[], now: Date): ForumPoll {
  const ballots = new Map<number, string[]>();
  for (const v of votes) ballots.set(v.user_id, [...(ballots.get(v.user_id) ?? []), String(v.option_id)]);
  const results = computePollResults(
    poll.kind,
    options.map((o) => String(o.id)),
    [...ballots.values()],
  );
  const isOpen = isOpenForVotes(poll, now);
  return {
    id: poll.id,
    threadId: poll.thread_id,
    policyId: policyOf(poll),
    question: poll.question,
    kind: poll.kind,
    isAnonymousVoting: poll.is_anonymous_voting,
    closesAt: poll.closes_at?.toISOString() ?? null,
    isOpen,
    voterCount: results.voterCount,
    options: options.map((o, i) => ({
      id: o.id,
      label: o.label,
      count: results.options[i]!.count,
      percentTenths: results.options[i]!.percentTenths,
    })),
    myChoice: votes.filter((v) => v.user_id === actor.userId).map((v) => v.option_id),
    canVote: isOpen && actor.employeeId !== null,
    canListVoters: !poll.is_anonymous_voting,
    createdAt: poll.created_at.toISOString(),
  };
}

/**
 * Creates a poll on a thread (its author or leadership) or on a policy (leadership), with 2–10 options and an
 * optional closing time in the future.
 */
export async function createPoll(
  ctx: ServiceContext,
  actor: Actor,
  input: ForumPollInput,
): Promise<ForumPoll> {
  const now = ctx.now();
  const closesAt = input.closesAt ? new Date(input.closesAt) : null;
  if (closesAt && closesAt <= now) throw invalid('closesAt', 'Waktu penutupan harus di masa depan');
  const labels = input.options.map((o) => o.trim());
  if (new Set(labels.map((l) => l.toLowerCase())).size !== labels.length) {
    throw invalid('options', 'Setiap opsi harus berbeda');
  }
  let threadId: number | null = null;
  let policyId: number | null = null;
  if (input.threadId !== undefined) {
    const thread = await repo.findThreadForPoll(ctx.db, input.threadId);
    if (!thread) throw notFound('Topik diskusi');
    await assertCanReadForumThread(ctx, actor, thread);
    if (!canCreateForumPoll(actor, thread.author_user_id === actor.userId)) throw forbidden();
    threadId = thread.id;
  } else if (input.policyId !== undefined) {
    if (!canLeadForum(actor)) throw forbidden();
    const policy = await repo.findPolicyStatus(ctx.db, input.policyId);
    if (!policy) throw notFound('Kebijakan');
    if (policy.status === 'CLOSED') throw conflict('policyId', 'Konsultasi kebijakan ini sudah ditutup');
    policyId = policy.id;
  }
  const id = await ctx.db.transaction().execute((trx) =>
    repo.insertPoll(
      trx,
      {
        threadId,
        policyId,
        question: input.question,
        kind: input.kind,
        isAnonymousVoting: input.isAnonymousVoting,
        closesAt,
        createdBy: actor.userId,
        at: now,
      },
      labels,
    ),
  );
  return getPoll(ctx, actor, id);
}

export async function getPoll(ctx: ServiceContext, actor: Actor, pollId: number): Promise<ForumPoll> {
  const [poll] = await toPolls(ctx, actor, [await loadReadablePoll(ctx, actor, pollId)]);
  return poll!;
}

/** The polls of a thread or of a policy the actor may read. */
export async function listPolls(
  ctx: ServiceContext,
  actor: Actor,
  query: ForumPollListQuery,
): Promise<ForumPollList> {
  if (query.threadId === undefined && query.policyId === undefined) {
    throw invalid('threadId', 'Sebutkan topik diskusi atau kebijakan');
  }
  if (query.threadId !== undefined) {
    const thread = await repo.findThreadForPoll(ctx.db, query.threadId);
    if (!thread) throw notFound('Topik diskusi');
    await assertCanReadForumThread(ctx, actor, thread);
  }
  if (query.policyId !== undefined && !(await canReadForumPolicy(ctx, actor, query.policyId))) {
    throw notFound('Kebijakan');
  }
  // The thread or the policy was checked above: its polls are readable with it.
  return { items: await toPolls(ctx, actor, await repo.findPolls(ctx.db, query)) };
}

/**
 * Casts or changes the actor's vote (employees only; one ballot per person). Refused once the poll has closed or
 * its policy's consultation is no longer open.
 */
export async function vote(
  ctx: ServiceContext,
  actor: Actor,
  pollId: number,
  optionIds: number[],
): Promise<ForumPoll> {
  const poll = await loadReadablePoll(ctx, actor, pollId);
  if (actor.employeeId === null) throw forbidden('Hanya pegawai yang dapat memberikan suara');
  const now = ctx.now();
  if (!isOpenForVotes(poll, now)) {
    throw new AppError('CONFLICT', 'Jajak pendapat sudah ditutup', [
      { path: 'pollId', message: 'Sudah ditutup' },
    ]);
  }
  const options = await repo.findOptions(ctx.db, [pollId]);
  const check = validatePollBallot(
    poll.kind,
    options.map((o) => String(o.id)),
    optionIds.map(String),
  );
  if (!check.ok) throw invalid('optionIds', check.error.message);
  await ctx.db.transaction().execute((trx) => repo.replaceBallot(trx, pollId, actor.userId, optionIds, now));
  return getPoll(ctx, actor, pollId);
}

/** Who voted what, for a poll whose voting is not anonymous; refused to everyone for anonymous voting. */
export async function listVoters(
  ctx: ServiceContext,
  actor: Actor,
  pollId: number,
): Promise<ForumPollVoters> {
  const poll = await loadReadablePoll(ctx, actor, pollId);
  if (poll.is_anonymous_voting) {
    throw forbidden(
      'Pemungutan suara ini anonim: tidak seorang pun, termasuk moderator, dapat melihat siapa memilih apa',
    );
  }
  const options = await repo.findOptions(ctx.db, [pollId]);
  const rows = await repo.findVoterNames(ctx.db, pollId);
  return {
    items: options.map((o) => ({
      optionId: o.id,
      voters: rows
        .filter((r) => r.option_id === o.id)
        .map((r) =>
          r.name
            ? fullNameOf({ name: r.name, front_title: r.front_title, back_title: r.back_title })
            : r.display_name,
        ),
    })),
  };
}
