import type { Database } from '../../db/database';

// Follow-up actions (rencana tindak lanjut) on a survey's results.

export async function insertFollowup(
  db: Database,
  row: {
    survey_id: number;
    unsur_code: string;
    action: string;
    owner_employee_id: number | null;
    due_date: string;
    status: string;
    note: string | null;
    created_by: number | null;
    created_at: Date;
    updated_at: Date;
  },
): Promise<number> {
  const { id } = await db.insertInto('skm_followups').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateFollowup(
  db: Database,
  id: number,
  patch: Partial<{
    unsur_code: string;
    action: string;
    owner_employee_id: number | null;
    due_date: string;
    status: string;
    note: string | null;
    updated_at: Date;
  }>,
): Promise<void> {
  await db.updateTable('skm_followups').set(patch).where('id', '=', id).execute();
}

export async function findFollowups(db: Database, surveyIds: number[]) {
  if (surveyIds.length === 0) return [];
  return db
    .selectFrom('skm_followups as f')
    .leftJoin('employees as e', 'e.id', 'f.owner_employee_id')
    .selectAll('f')
    .select([
      'e.name as owner_name',
      'e.front_title as owner_front_title',
      'e.back_title as owner_back_title',
    ])
    .where('f.survey_id', 'in', surveyIds)
    .orderBy('f.due_date')
    .orderBy('f.id')
    .execute();
}
export type FollowupRow = Awaited<ReturnType<typeof findFollowups>>[number];

export async function findFollowupById(db: Database, surveyId: number, id: number) {
  return db
    .selectFrom('skm_followups')
    .selectAll()
    .where('survey_id', '=', surveyId)
    .where('id', '=', id)
    .executeTakeFirst();
}
