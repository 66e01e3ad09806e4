import { sql, type SqlBool } from 'kysely';
import type { Database } from '../../db/database';

// Single-use SKM invitations after a service event (e.g. a closed complaint).

export async function insertInvitation(
  db: Database,
  row: {
    survey_id: number;
    code: string;
    event_type: string;
    event_ref: string;
    created_by: number | null;
    created_at: Date;
    expires_at: Date;
  },
) {
  return db.insertInto('skm_invitations').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findInvitationByCode(db: Database, code: string) {
  return db.selectFrom('skm_invitations').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function findInvitationByEvent(
  db: Database,
  surveyId: number,
  eventType: string,
  eventRef: string,
) {
  return db
    .selectFrom('skm_invitations')
    .selectAll()
    .where('survey_id', '=', surveyId)
    .where('event_type', '=', eventType)
    .where('event_ref', '=', eventRef)
    .executeTakeFirst();
}

/** The invitation for an event in any survey (the oldest when, unusually, several surveys hold one). */
export async function findFirstInvitationForEvent(db: Database, eventType: string, eventRef: string) {
  return db
    .selectFrom('skm_invitations as i')
    .innerJoin('skm_surveys as s', 's.id', 'i.survey_id')
    .selectAll('i')
    .select(['s.code as survey_code', 's.status as survey_status', 's.period_start', 's.period_end'])
    .where('i.event_type', '=', eventType)
    .where('i.event_ref', '=', eventRef)
    .orderBy('i.id')
    .executeTakeFirst();
}

/** Names and types of units, for choosing the survey an event belongs to. */
export async function findUnitsBrief(db: Database, unitIds: number[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('org_units')
    .select(['id', 'name', 'type'])
    .where(sql<SqlBool>`id = any(${unitIds}::int[])`)
    .where('is_active', '=', true)
    .execute();
}

/** Open surveys of these units whose period covers the day (YYYY-MM-DD, WIB); newest period first. */
export async function findOpenSurveysOfUnits(db: Database, unitIds: number[], day: string) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('skm_surveys')
    .select(['id', 'code', 'unit_id'])
    .where(sql<SqlBool>`unit_id = any(${unitIds}::int[])`)
    .where('status', '=', 'OPEN')
    .where('period_start', '<=', day)
    .where('period_end', '>=', day)
    .orderBy('period_start', 'desc')
    .orderBy('id')
    .execute();
}

export async function findInvitationsPage(db: Database, surveyId: number, page: number, pageSize: number) {
  const q = db.selectFrom('skm_invitations').where('survey_id', '=', surveyId);
  const [items, count] = await Promise.all([
    q
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

/** Marks an unused invitation used; false when another request used it first (single use, race-safe). */
export async function markInvitationUsed(db: Database, id: number, day: string): Promise<boolean> {
  const row = await db
    .updateTable('skm_invitations')
    .set({ used_on: day })
    .where('id', '=', id)
    .where('used_on', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
