import type { Insertable, Updateable } from 'kysely';
import type { Database } from '../../db/database';
import type { SkmFollowupsTable } from '../../db/schema';

// Follow-up actions (rencana tindak lanjut) on a survey's results.

export async function insertFollowup(db: Database, row: Insertable<SkmFollowupsTable>): Promise<number> {
  const { id } = await db.insertInto('skm_followups').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateFollowup(
  db: Database,
  id: number,
  patch: Updateable<SkmFollowupsTable>,
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

/** The surveys in which the employee owns at least one follow-up action. */
export async function findSurveyIdsWithFollowupsOwnedBy(db: Database, employeeId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('skm_followups')
    .select('survey_id')
    .distinct()
    .where('owner_employee_id', '=', employeeId)
    .execute();
  return rows.map((r) => r.survey_id);
}

export async function findFollowupById(db: Database, surveyId: number, id: number) {
  return db
    .selectFrom('skm_followups')
    .selectAll()
    .where('survey_id', '=', surveyId)
    .where('id', '=', id)
    .executeTakeFirst();
}
