import type { Database } from '../../db/database';

// The policy's consultation record: official response (tanggapan resmi), closing summary, and the open policies the
// leadership dashboard flags.

export async function findConsultation(db: Database, policyId: number) {
  return db
    .selectFrom('forum_policies as p')
    .leftJoin('users as u', 'u.id', 'p.official_response_by')
    .leftJoin('employees as e', 'e.id', 'u.employee_id')
    .select([
      'p.id',
      'p.title',
      'p.status',
      'p.consultation_closes_at',
      'p.official_response',
      'p.official_response_at',
      'p.closing_summary',
      'p.closed_at',
      'u.display_name as official_response_by_name',
      'e.name as responder_name',
      'e.front_title as responder_front_title',
      'e.back_title as responder_back_title',
    ])
    .where('p.id', '=', policyId)
    .executeTakeFirst();
}

export async function updateOfficialResponse(
  db: Database,
  policyId: number,
  row: { html: string; at: Date; by: number },
) {
  await db
    .updateTable('forum_policies')
    .set({
      official_response: row.html,
      official_response_at: row.at,
      official_response_by: row.by,
      updated_at: row.at,
    })
    .where('id', '=', policyId)
    .execute();
}

/** Open policies without an official response: the candidates for the leadership flag. */
export async function findOpenPoliciesWithoutResponse(db: Database) {
  return db
    .selectFrom('forum_policies')
    .select(['id', 'title', 'status', 'consultation_closes_at', 'official_response_at'])
    .where('status', '=', 'OPEN')
    .where('official_response_at', 'is', null)
    .orderBy('consultation_closes_at')
    .orderBy('id')
    .execute();
}

/** The users who follow a policy: they confirmed reading it or posted in one of its discussions. */
export async function findPolicyFollowerIds(db: Database, policyId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('forum_read_confirmations')
    .select('user_id')
    .where('policy_id', '=', policyId)
    .union(
      db
        .selectFrom('forum_posts as p')
        .innerJoin('forum_threads as t', 't.id', 'p.thread_id')
        .select('p.author_user_id as user_id')
        .where('t.policy_id', '=', policyId),
    )
    .execute();
  return rows.map((r) => r.user_id).sort((a, b) => a - b);
}
