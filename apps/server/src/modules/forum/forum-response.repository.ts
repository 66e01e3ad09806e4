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
