import type { ForumPollKind } from '@sim/contracts';
import type { Database } from '../../db/database';

// Polls of the forum: the poll with its options, the ballots (one row per chosen option), and who voted what for a
// poll whose voting is not anonymous.

export async function findThreadForPoll(db: Database, threadId: number) {
  return db
    .selectFrom('forum_threads')
    .select(['id', 'policy_id', 'author_user_id', 'is_hidden as thread_is_hidden'])
    .where('id', '=', threadId)
    .executeTakeFirst();
}

export async function findPolicyStatus(db: Database, policyId: number) {
  return db
    .selectFrom('forum_policies')
    .select(['id', 'status'])
    .where('id', '=', policyId)
    .executeTakeFirst();
}

export async function insertPoll(
  db: Database,
  row: {
    threadId: number | null;
    policyId: number | null;
    question: string;
    kind: ForumPollKind;
    isAnonymousVoting: boolean;
    closesAt: Date | null;
    createdBy: number;
    at: Date;
  },
  options: string[],
): Promise<number> {
  const { id } = await db
    .insertInto('forum_polls')
    .values({
      thread_id: row.threadId,
      policy_id: row.policyId,
      question: row.question,
      kind: row.kind,
      is_anonymous_voting: row.isAnonymousVoting,
      closes_at: row.closesAt,
      created_by: row.createdBy,
      created_at: row.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('forum_poll_options')
    .values(options.map((label, sort) => ({ poll_id: id, label, sort })))
    .execute();
  return id;
}

/**
 * Polls with the policy they belong to (directly or through their thread), that policy's status and their thread's
 * hidden flag: one poll by id, or every poll of a thread or of a policy (oldest first).
 */
export async function findPolls(db: Database, by: { pollId?: number; threadId?: number; policyId?: number }) {
  let q = db
    .selectFrom('forum_polls as p')
    .leftJoin('forum_threads as t', 't.id', 'p.thread_id')
    .leftJoin('forum_policies as pol', (join) =>
      join.on((eb) => eb('pol.id', '=', eb.fn.coalesce('p.policy_id', 't.policy_id'))),
    )
    .select([
      'p.id',
      'p.thread_id',
      'p.policy_id as own_policy_id',
      't.policy_id as thread_policy_id',
      'pol.status as policy_status',
      't.is_hidden',
      'p.question',
      'p.kind',
      'p.is_anonymous_voting',
      'p.closes_at',
      'p.created_at',
    ]);
  if (by.pollId !== undefined) q = q.where('p.id', '=', by.pollId);
  if (by.threadId !== undefined) q = q.where('p.thread_id', '=', by.threadId);
  if (by.policyId !== undefined) q = q.where('p.policy_id', '=', by.policyId);
  return q.orderBy('p.created_at').orderBy('p.id').execute();
}

export async function findPoll(db: Database, pollId: number) {
  return (await findPolls(db, { pollId }))[0];
}

/** The options of the polls, in each poll's order. */
export async function findOptions(db: Database, pollIds: readonly number[]) {
  if (pollIds.length === 0) return [];
  return db
    .selectFrom('forum_poll_options')
    .select(['id', 'poll_id', 'label'])
    .where('poll_id', 'in', pollIds)
    .orderBy('sort')
    .orderBy('id')
    .execute();
}

/** Every chosen option of the polls with its voter (the service groups them into ballots and never returns them). */
export async function findVotes(db: Database, pollIds: readonly number[]) {
  if (pollIds.length === 0) return [];
  return db
    .selectFrom('forum_poll_votes')
    .select(['poll_id', 'user_id', 'option_id'])
    .where('poll_id', 'in', pollIds)
    .execute();
}

/** Replaces the voter's ballot in the poll (changing a vote is deleting the old choices and writing the new). */
export async function replaceBallot(
  db: Database,
  pollId: number,
  userId: number,
  optionIds: number[],
  at: Date,
) {
  await db
    .deleteFrom('forum_poll_votes')
    .where('poll_id', '=', pollId)
    .where('user_id', '=', userId)
    .execute();
  await db
    .insertInto('forum_poll_votes')
    .values(optionIds.map((option_id) => ({ poll_id: pollId, option_id, user_id: userId, created_at: at })))
    .execute();
}

/** Who chose which option, by name: only ever called for a poll whose voting is not anonymous. */
export async function findVoterNames(db: Database, pollId: number) {
  return db
    .selectFrom('forum_poll_votes as v')
    .innerJoin('users as u', 'u.id', 'v.user_id')
    .leftJoin('employees as e', 'e.id', 'u.employee_id')
    .select(['v.option_id', 'u.display_name', 'e.name', 'e.front_title', 'e.back_title'])
    .where('v.poll_id', '=', pollId)
    .orderBy('e.name')
    .orderBy('u.display_name')
    .execute();
}
