import {
  sql,
  type Expression,
  type Insertable,
  type Selectable,
  type SqlBool,
  type Updateable,
} from 'kysely';
import type { ForumReactionKind, Role } from '@sim/contracts';
import type { Database } from '../../db/database';
import { fetchPage } from '../../db/paging';
import type {
  ForumPoliciesTable,
  ForumPolicyDocumentsTable,
  ForumPostsTable,
  ForumThreadsTable,
} from '../../db/schema';
import { activeOn } from '../org/org-queries';

// The forum's tables (issue 13). Reads of org tables (unit names, who holds a position in a unit today) and of the
// users table (names, usernames for mentions) are read-only joins. Whether a row is visible to a viewer is one SQL
// fragment per kind (`policyVisible`, `threadVisible`, `postVisible`), used by lists, detail reads and search alike.

export type PolicyRow = Selectable<ForumPoliciesTable>;
export type ThreadRow = Selectable<ForumThreadsTable>;
export type PostRow = Selectable<ForumPostsTable>;

/**
 * What a viewer may see, decided by the policy and resolved to facts the database can filter on: drafts (policy
 * managers), every audience (leadership, moderators), hidden threads and posts (moderators), and otherwise the
 * units whose audience includes the viewer (their unit today and the units above it).
 */
export type ForumScope = {
  userId: number;
  drafts: boolean;
  anyAudience: boolean;
  hidden: boolean;
  audienceUnitIds: number[];
};

const policyVisible = (alias: string, s: ForumScope): Expression<SqlBool> => {
  const status = s.drafts ? sql<SqlBool>`true` : sql<SqlBool>`${sql.ref(`${alias}.status`)} <> 'DRAFT'`;
  const audience = s.anyAudience
    ? sql<SqlBool>`true`
    : sql<SqlBool>`(${sql.ref(`${alias}.audience`)} = 'ALL' or exists (
        select 1 from forum_policy_units pu where pu.policy_id = ${sql.ref(`${alias}.id`)}
        and pu.unit_id = any(${s.audienceUnitIds}::int[])))`;
  return sql<SqlBool>`(${status} and ${audience})`;
};

const threadVisible = (alias: string, s: ForumScope): Expression<SqlBool> => {
  const hidden = s.hidden ? sql<SqlBool>`true` : sql<SqlBool>`not ${sql.ref(`${alias}.is_hidden`)}`;
  return sql<SqlBool>`(${hidden} and (${sql.ref(`${alias}.policy_id`)} is null or exists (
    select 1 from forum_policies vp where vp.id = ${sql.ref(`${alias}.policy_id`)} and ${policyVisible('vp', s)})))`;
};

/** Posts a viewer reads in full: visible ones, all for moderators (hidden ones are listed, without body, to others). */
const postReadable = (alias: string, s: ForumScope): Expression<SqlBool> =>
  s.hidden ? sql<SqlBool>`true` : sql<SqlBool>`${sql.ref(`${alias}.visibility`)} = 'VISIBLE'`;

// ---------------------------------------------------------------- policies

export async function insertPolicy(db: Database, row: Insertable<ForumPoliciesTable>) {
  const { id } = await db.insertInto('forum_policies').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updatePolicy(db: Database, id: number, patch: Updateable<ForumPoliciesTable>) {
  await db.updateTable('forum_policies').set(patch).where('id', '=', id).execute();
}

export async function findPolicy(db: Database, id: number) {
  return db.selectFrom('forum_policies').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The policy if the scope may see it (null otherwise: the caller answers 404, never "exists but forbidden"). */
export async function findVisiblePolicy(db: Database, id: number, scope: ForumScope) {
  return db
    .selectFrom('forum_policies as p')
    .selectAll('p')
    .where('p.id', '=', id)
    .where(policyVisible('p', scope))
    .executeTakeFirst();
}

export async function replacePolicyUnits(db: Database, policyId: number, unitIds: number[]) {
  await db.deleteFrom('forum_policy_units').where('policy_id', '=', policyId).execute();
  if (unitIds.length === 0) return;
  await db
    .insertInto('forum_policy_units')
    .values(unitIds.map((unit_id) => ({ policy_id: policyId, unit_id })))
    .execute();
}

export async function findPolicyUnits(db: Database, policyId: number) {
  return db
    .selectFrom('forum_policy_units as pu')
    .innerJoin('org_units as u', 'u.id', 'pu.unit_id')
    .select(['u.id', 'u.name'])
    .where('pu.policy_id', '=', policyId)
    .orderBy('u.name')
    .execute();
}

export async function countExistingUnits(db: Database, unitIds: number[]) {
  if (unitIds.length === 0) return 0;
  const row = await db
    .selectFrom('org_units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', 'in', unitIds)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listPolicies(
  db: Database,
  scope: ForumScope,
  q: { status?: PolicyRow['status']; page: number; pageSize: number },
) {
  let filtered = db.selectFrom('forum_policies as p').where(policyVisible('p', scope));
  if (q.status) filtered = filtered.where('p.status', '=', q.status);
  const rows = filtered
    .selectAll('p')
    .select((eb) => [
      eb
        .selectFrom('forum_threads as t')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('t.policy_id', '=', 'p.id')
        .where(threadVisible('t', scope))
        .as('thread_count'),
      eb
        .exists(
          eb
            .selectFrom('forum_read_confirmations as rc')
            .select('rc.user_id')
            .whereRef('rc.policy_id', '=', 'p.id')
            .where('rc.user_id', '=', scope.userId),
        )
        .as('read_by_me'),
    ])
    .orderBy(sql`case p.status when 'OPEN' then 0 when 'DRAFT' then 1 else 2 end`)
    .orderBy('p.published_at', (o) => o.desc().nullsFirst())
    .orderBy('p.id', 'desc');
  return fetchPage(rows, filtered, q.page, q.pageSize);
}

export async function countVisibleThreads(db: Database, policyId: number, scope: ForumScope) {
  const row = await db
    .selectFrom('forum_threads as t')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('t.policy_id', '=', policyId)
    .where(threadVisible('t', scope))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// ---------------------------------------------------------------- documents

export async function insertDocument(db: Database, row: Insertable<ForumPolicyDocumentsTable>) {
  return db
    .insertInto('forum_policy_documents')
    .values(row)
    .returning(['id', 'file_name', 'mime', 'size', 'created_at'])
    .executeTakeFirstOrThrow();
}

export async function listDocuments(db: Database, policyId: number) {
  return db
    .selectFrom('forum_policy_documents')
    .select(['id', 'file_name', 'mime', 'size', 'created_at'])
    .where('policy_id', '=', policyId)
    .orderBy('id')
    .execute();
}

export async function findDocument(db: Database, policyId: number, id: number) {
  return db
    .selectFrom('forum_policy_documents')
    .selectAll()
    .where('policy_id', '=', policyId)
    .where('id', '=', id)
    .executeTakeFirst();
}

// ---------------------------------------------------------------- read confirmations and participation

export async function insertReadConfirmation(
  db: Database,
  row: { policy_id: number; user_id: number; employee_id: number | null; confirmed_at: Date },
) {
  await db
    .insertInto('forum_read_confirmations')
    .values(row)
    .onConflict((oc) => oc.columns(['policy_id', 'user_id']).doNothing())
    .execute();
}

export async function findReadConfirmation(db: Database, policyId: number, userId: number) {
  return db
    .selectFrom('forum_read_confirmations')
    .select('confirmed_at')
    .where('policy_id', '=', policyId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/**
 * Per unit: the active employees of the policy's audience (by the unit of their position on `date`) and how many
 * of them confirmed reading. Counts only: no employee id leaves this query.
 */
export async function participationByUnit(db: Database, policy: PolicyRow, date: string) {
  const inAudience =
    policy.audience === 'ALL'
      ? sql<SqlBool>`true`
      : sql<SqlBool>`u.id in (
          with recursive aud(id) as (
            select unit_id from forum_policy_units where policy_id = ${policy.id}
            union select c.id from org_units c join aud on c.parent_id = aud.id)
          select id from aud)`;
  const result = await sql<{ unit_id: number; unit_name: string; audience: string; confirmed: string }>`
    select u.id as unit_id, u.name as unit_name,
           count(distinct e.id) as audience, count(distinct rc.employee_id) as confirmed
    from employees e
    join employee_positions ep on ep.employee_id = e.id and ${activeOn('ep', date)}
    join positions p on p.id = ep.position_id
    join org_units u on u.id = p.unit_id
    left join forum_read_confirmations rc on rc.policy_id = ${policy.id} and rc.employee_id = e.id
    where e.is_active and ${inAudience}
    group by u.id, u.name
    order by u.name`.execute(db);
  return result.rows.map((r) => ({
    unitId: r.unit_id,
    unitName: r.unit_name,
    audience: Number(r.audience),
    confirmed: Number(r.confirmed),
  }));
}

// ---------------------------------------------------------------- threads and posts

export async function insertThread(db: Database, row: Insertable<ForumThreadsTable>) {
  const { id } = await db.insertInto('forum_threads').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function touchThread(db: Database, id: number, at: Date) {
  await db.updateTable('forum_threads').set({ last_post_at: at }).where('id', '=', id).execute();
}

const threadColumns = [
  't.id',
  't.policy_id',
  't.title',
  't.author_user_id',
  't.is_anonymous',
  't.status',
  't.is_hidden',
  't.created_at',
  't.last_post_at',
  'fp.title as policy_title',
] as const;

/** The thread if the scope may see it, with its policy's title and status, its first post and its post count. */
export async function findVisibleThread(db: Database, id: number, scope: ForumScope) {
  return db
    .selectFrom('forum_threads as t')
    .leftJoin('forum_policies as fp', 'fp.id', 't.policy_id')
    .select(threadColumns)
    .select(['fp.status as policy_status', 'fp.consultation_closes_at as policy_closes_at'])
    .select([firstPostId(), postCount(scope)])
    .where('t.id', '=', id)
    .where(threadVisible('t', scope))
    .executeTakeFirst();
}

// The thread's first post (its author is the thread's author) and how many posts the viewer reads in full.
const firstPostId = () =>
  sql<number | null>`(select f.id from forum_posts f where f.thread_id = t.id order by f.id limit 1)`.as(
    'first_post_id',
  );
const postCount = (scope: ForumScope) =>
  sql<string>`(select count(*) from forum_posts c where c.thread_id = t.id and ${postReadable('c', scope)})`.as(
    'post_count',
  );

export async function listThreads(
  db: Database,
  scope: ForumScope,
  q: { policyId: number | null; page: number; pageSize: number },
) {
  let filtered = db
    .selectFrom('forum_threads as t')
    .leftJoin('forum_policies as fp', 'fp.id', 't.policy_id')
    .where(threadVisible('t', scope));
  filtered =
    q.policyId === null
      ? filtered.where('t.policy_id', 'is', null)
      : filtered.where('t.policy_id', '=', q.policyId);
  const rows = filtered
    .select(threadColumns)
    .select([firstPostId(), postCount(scope)])
    .orderBy('t.last_post_at', 'desc')
    .orderBy('t.id', 'desc');
  return fetchPage(rows, filtered, q.page, q.pageSize);
}

export async function insertPost(db: Database, row: Insertable<ForumPostsTable>) {
  const { id } = await db.insertInto('forum_posts').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function findPost(db: Database, id: number) {
  return db.selectFrom('forum_posts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listPostsOfThread(db: Database, threadId: number) {
  return db
    .selectFrom('forum_posts')
    .selectAll()
    .where('thread_id', '=', threadId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findPostsByIds(db: Database, ids: number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('forum_posts').selectAll().where('id', 'in', ids).execute();
}

/** A new body; the one it replaces goes to the edit history first. */
export async function updatePostBody(
  db: Database,
  post: PostRow,
  next: { body: string; body_text: string; edited_at: Date; edited_by: number },
) {
  await db
    .insertInto('forum_post_revisions')
    .values({ post_id: post.id, body: post.body, edited_by: next.edited_by, edited_at: next.edited_at })
    .execute();
  await db
    .updateTable('forum_posts')
    .set({ body: next.body, body_text: next.body_text, edited_at: next.edited_at })
    .where('id', '=', post.id)
    .execute();
}

// ---------------------------------------------------------------- reactions

export async function addReaction(db: Database, postId: number, userId: number, kind: ForumReactionKind) {
  await db
    .insertInto('forum_reactions')
    .values({ post_id: postId, user_id: userId, kind })
    .onConflict((oc) => oc.columns(['post_id', 'user_id', 'kind']).doNothing())
    .execute();
}

export async function removeReaction(db: Database, postId: number, userId: number, kind: ForumReactionKind) {
  await db
    .deleteFrom('forum_reactions')
    .where('post_id', '=', postId)
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .execute();
}

/** Counts per post and kind, and whether the viewer gave it: never who else reacted. */
export async function reactionCounts(db: Database, postIds: number[], userId: number) {
  if (postIds.length === 0) return [];
  const rows = await db
    .selectFrom('forum_reactions')
    .select(['post_id', 'kind'])
    .select((eb) => [eb.fn.countAll<number>().as('n'), sql<boolean>`bool_or(user_id = ${userId})`.as('mine')])
    .where('post_id', 'in', postIds)
    .groupBy(['post_id', 'kind'])
    .execute();
  return rows.map((r) => ({ postId: r.post_id, kind: r.kind, count: Number(r.n), mine: Boolean(r.mine) }));
}

// ---------------------------------------------------------------- people, mentions

/**
 * Names of users as the forum shows them: the employee's name when the account has one, otherwise the account's
 * display name, and the unit of their position on `date`. Only called for authors the viewer may know.
 */
export async function findPeople(db: Database, userIds: number[], date: string) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('users as u')
    .leftJoin('employees as e', 'e.id', 'u.employee_id')
    .select((eb) => [
      'u.id as user_id',
      eb.fn.coalesce('e.name', 'u.display_name').as('name'),
      eb
        .selectFrom('employee_positions as ep')
        .innerJoin('positions as p', 'p.id', 'ep.position_id')
        .innerJoin('org_units as ou', 'ou.id', 'p.unit_id')
        .select('ou.name')
        .whereRef('ep.employee_id', '=', 'u.employee_id')
        .where(activeOn('ep', date))
        .orderBy('ep.start_date', 'desc')
        .limit(1)
        .as('unit_name'),
    ])
    .where('u.id', 'in', userIds)
    .execute();
}

/** Active accounts whose username (the NIP for employees) or name starts with / contains `q`: the mention picker. */
export async function searchPeople(db: Database, q: string) {
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .selectFrom('users as u')
    .leftJoin('employees as e', 'e.id', 'u.employee_id')
    .select((eb) => ['u.id as user_id', 'u.username', eb.fn.coalesce('e.name', 'u.display_name').as('name')])
    .where('u.is_active', '=', true)
    .where((eb) =>
      eb.or([
        eb('u.username', 'ilike', like),
        eb('e.name', 'ilike', like),
        eb('u.display_name', 'ilike', like),
      ]),
    )
    .orderBy('name')
    .limit(10)
    .execute();
}

/** The accounts named by @username in a body, with what the audience check and the e-mail need. */
export async function findMentionTargets(db: Database, usernames: string[]) {
  if (usernames.length === 0) return [];
  return db
    .selectFrom('users as u')
    .leftJoin('employees as e', 'e.id', 'u.employee_id')
    .select((eb) => [
      'u.id as user_id',
      'u.username',
      'u.employee_id',
      'e.email',
      eb.fn.coalesce('e.name', 'u.display_name').as('name'),
      eb
        .selectFrom('user_roles as r')
        .select(sql<Role[]>`coalesce(array_agg(r.role), '{}')`.as('roles'))
        .whereRef('r.user_id', '=', 'u.id')
        .as('roles'),
    ])
    .where('u.is_active', '=', true)
    .where(sql<SqlBool>`lower(u.username) = any(${usernames.map((n) => n.toLowerCase())}::text[])`)
    .execute();
}

export async function insertMentions(db: Database, postId: number, userIds: number[]) {
  if (userIds.length === 0) return;
  await db
    .insertInto('forum_mentions')
    .values(userIds.map((user_id) => ({ post_id: postId, user_id })))
    .onConflict((oc) => oc.columns(['post_id', 'user_id']).doNothing())
    .execute();
}

export async function markMentionsEmailed(db: Database, postId: number, userIds: number[], at: Date) {
  if (userIds.length === 0) return;
  await db
    .updateTable('forum_mentions')
    .set({ emailed_at: at })
    .where('post_id', '=', postId)
    .where('user_id', 'in', userIds)
    .execute();
}

/** Posts that mention the viewer and that the viewer may still read (visible post, visible thread and policy). */
export async function listMentionsOf(db: Database, scope: ForumScope) {
  return db
    .selectFrom('forum_mentions as m')
    .innerJoin('forum_posts as po', 'po.id', 'm.post_id')
    .innerJoin('forum_threads as t', 't.id', 'po.thread_id')
    .select([
      'po.id as post_id',
      'po.author_user_id',
      'po.is_anonymous',
      'po.body_text',
      'po.created_at',
      't.id as thread_id',
      't.title as thread_title',
    ])
    .where('m.user_id', '=', scope.userId)
    .where(postReadable('po', scope))
    .where(threadVisible('t', scope))
    .orderBy('po.created_at', 'desc')
    .limit(100)
    .execute();
}

// ---------------------------------------------------------------- anonymity reveals

export async function insertReveal(
  db: Database,
  row: { post_id: number; moderator_user_id: number; reason: string; created_at: Date },
) {
  await db.insertInto('forum_anonymity_reveals').values(row).execute();
  await db
    .insertInto('forum_moderation_actions')
    .values({
      post_id: row.post_id,
      moderator_user_id: row.moderator_user_id,
      action: 'REVEAL_AUTHOR',
      reason: row.reason,
      created_at: row.created_at,
    })
    .execute();
}

/** Of `postIds`, those whose author this moderator revealed (with a recorded reason). */
export async function findRevealedPostIds(db: Database, moderatorUserId: number, postIds: number[]) {
  if (postIds.length === 0) return new Set<number>();
  const rows = await db
    .selectFrom('forum_anonymity_reveals')
    .select('post_id')
    .where('moderator_user_id', '=', moderatorUserId)
    .where('post_id', 'in', postIds)
    .execute();
  return new Set(rows.map((r) => r.post_id));
}

/** Every reveal of the author's own posts: they always learn who opened their identity and why. */
export async function listRevealsOfAuthor(db: Database, authorUserId: number) {
  return db
    .selectFrom('forum_anonymity_reveals as r')
    .innerJoin('forum_posts as po', 'po.id', 'r.post_id')
    .innerJoin('forum_threads as t', 't.id', 'po.thread_id')
    .innerJoin('users as mu', 'mu.id', 'r.moderator_user_id')
    .leftJoin('employees as me', 'me.id', 'mu.employee_id')
    .select((eb) => [
      'r.post_id',
      't.id as thread_id',
      't.title as thread_title',
      'r.reason',
      'r.created_at',
      eb.fn.coalesce('me.name', 'mu.display_name').as('moderator_name'),
    ])
    .where('po.author_user_id', '=', authorUserId)
    .orderBy('r.created_at', 'desc')
    .execute();
}

// ---------------------------------------------------------------- search

/**
 * Full-text search with the 'simple' configuration (no stemming: Indonesian words stay as written) and prefix
 * terms, on the same expressions the migration indexes. `tsquery` is built by the service from letters and digits
 * only. Every hit passes the same visibility fragments as the lists.
 */
export async function searchForum(db: Database, scope: ForumScope, tsquery: string) {
  const query = sql`to_tsquery('simple', ${tsquery})`;
  const [policies, threads, posts] = await Promise.all([
    db
      .selectFrom('forum_policies as p')
      .select(['p.id', 'p.title', 'p.benefits_summary', 'p.body_text', 'p.published_at', 'p.created_at'])
      .where(policyVisible('p', scope))
      .where(
        sql<SqlBool>`to_tsvector('simple', p.title || ' ' || p.benefits_summary || ' ' || p.body_text) @@ ${query}`,
      )
      .orderBy('p.id', 'desc')
      .limit(20)
      .execute(),
    db
      .selectFrom('forum_threads as t')
      .select(['t.id', 't.policy_id', 't.title', 't.author_user_id', 't.is_anonymous', 't.created_at'])
      .select(firstPostId())
      .where(threadVisible('t', scope))
      .where(sql<SqlBool>`to_tsvector('simple', t.title) @@ ${query}`)
      .orderBy('t.id', 'desc')
      .limit(20)
      .execute(),
    db
      .selectFrom('forum_posts as po')
      .innerJoin('forum_threads as t', 't.id', 'po.thread_id')
      .select([
        'po.id',
        'po.author_user_id',
        'po.is_anonymous',
        'po.body_text',
        'po.created_at',
        't.id as thread_id',
        't.policy_id',
        't.title as thread_title',
      ])
      .where(threadVisible('t', scope))
      .where(postReadable('po', scope))
      .where(sql<SqlBool>`to_tsvector('simple', po.body_text) @@ ${query}`)
      .orderBy('po.id', 'desc')
      .limit(30)
      .execute(),
  ]);
  return { policies, threads, posts };
}

/**
 * The units whose audience includes this employee: the units of their positions on `date` and every unit above
 * them (a policy for the kecamatan reaches the seksi and kelurahan staff below it).
 */
export async function findAudienceUnitIds(db: Database, employeeId: number, date: string) {
  const result = await sql<{ id: number }>`
    with recursive up(id, parent_id) as (
      select u.id, u.parent_id from employee_positions ep
      join positions p on p.id = ep.position_id
      join org_units u on u.id = p.unit_id
      where ep.employee_id = ${employeeId} and ${activeOn('ep', date)}
      union
      select o.id, o.parent_id from org_units o join up on o.id = up.parent_id)
    select id from up`.execute(db);
  return result.rows.map((r) => r.id);
}
