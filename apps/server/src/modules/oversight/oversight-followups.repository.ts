import type { RecommendationStatus } from '@sim/contracts';
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Database } from '../../db/database';
import { findSetting, upsertSetting } from '../../db/settings';
import { isReadView, memoRead } from '../../lib/read-memo';
import type {
  OversightFollowUpsTable,
  OversightRecommendationEventsTable,
  OversightRecommendationsTable,
} from '../../db/schema';
import { activeOn } from '../org/org-queries';

// Follow-ups, verification, the recommendation timeline and the reads the escalation job, the work lists, the
// reports and the evaluation evidence need. Reads org's tables only to name people and units and to find who heads
// a unit on a date.

/** The columns every recommendation read carries: the recommendation, its finding, the owner's and unit's names. */
function recommendationQuery(db: Database) {
  return db
    .selectFrom('oversight_recommendations as r')
    .innerJoin('oversight_findings as f', 'f.id', 'r.finding_id')
    .leftJoin('employees as oe', 'oe.id', 'r.owner_employee_id')
    .leftJoin('org_units as ou', 'ou.id', 'r.owner_unit_id')
    .leftJoin('org_units as fu', 'fu.id', 'f.unit_id')
    .select([
      'r.id',
      'r.finding_id',
      'r.text',
      'r.owner_kind',
      'r.owner_employee_id',
      'r.owner_unit_id',
      'r.due_date',
      'r.status',
      'r.escalation_level',
      'r.cannot_follow_up_reason',
      'r.created_at',
      'r.closed_at',
      'f.title as finding_title',
      'f.severity',
      'f.team_id',
      'f.unit_id as finding_unit_id',
      'f.is_integrity',
      'f.concerned_employee_id',
      'f.inspection_id',
      'f.created_at as finding_created_at',
      'oe.name as owner_name',
      'oe.front_title as owner_front_title',
      'oe.back_title as owner_back_title',
      'ou.name as owner_unit_name',
      'fu.name as finding_unit_name',
    ]);
}

export type RecommendationRow = Awaited<ReturnType<typeof findRecommendation>> & {};

export async function findRecommendation(db: Database, id: number) {
  return recommendationQuery(db).where('r.id', '=', id).executeTakeFirst();
}

/** Locks the recommendation row for a state change (two verifiers at once: one wins, the other sees the new state). */
export async function lockRecommendation(db: Database, id: number) {
  return db
    .selectFrom('oversight_recommendations')
    .select('id')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export type RecommendationFilter = {
  statuses?: readonly RecommendationStatus[];
  ownerEmployeeIds?: number[];
  ownerUnitIds?: number[];
  teamIds?: number[];
  /** Due on or before this date. */
  dueBefore?: string;
  findingUnitIds?: number[];
  /** Leave integrity findings out (lists for readers who may not see them). */
  excludeIntegrity?: boolean;
  createdFrom?: Date;
  createdTo?: Date;
  /** Their finding recorded at or after this instant. */
  findingCreatedFrom?: Date;
  findingIds?: number[];
};

/** Recommendations by a filter; an owner filter matches either the employee or the unit list. */
export async function findRecommendations(db: Database, f: RecommendationFilter) {
  let q = recommendationQuery(db);
  if (f.statuses)
    q = q.where('r.status', 'in', f.statuses.length > 0 ? [...f.statuses] : ['__none__' as never]);
  if (f.ownerEmployeeIds || f.ownerUnitIds) {
    const employees = f.ownerEmployeeIds ?? [];
    const units = f.ownerUnitIds ?? [];
    q = q.where((eb) =>
      eb.or([
        eb('r.owner_employee_id', 'in', employees.length > 0 ? employees : [-1]),
        eb('r.owner_unit_id', 'in', units.length > 0 ? units : [-1]),
      ]),
    );
  }
  if (f.teamIds) q = q.where('f.team_id', 'in', f.teamIds.length > 0 ? f.teamIds : [-1]);
  if (f.dueBefore) q = q.where('r.due_date', '<=', f.dueBefore);
  if (f.findingUnitIds) q = q.where('f.unit_id', 'in', f.findingUnitIds.length > 0 ? f.findingUnitIds : [-1]);
  if (f.excludeIntegrity) q = q.where('f.is_integrity', '=', false);
  if (f.createdFrom) q = q.where('r.created_at', '>=', f.createdFrom);
  if (f.createdTo) q = q.where('r.created_at', '<', f.createdTo);
  if (f.findingCreatedFrom) q = q.where('f.created_at', '>=', f.findingCreatedFrom);
  if (f.findingIds) q = q.where('r.finding_id', 'in', f.findingIds.length > 0 ? f.findingIds : [-1]);
  return q.orderBy('r.due_date').orderBy('r.id').execute();
}

export async function updateRecommendation(
  db: Database,
  id: number,
  patch: Updateable<OversightRecommendationsTable>,
) {
  await db.updateTable('oversight_recommendations').set(patch).where('id', '=', id).execute();
}

// ---------------------------------------------------------------- follow-ups

export async function insertFollowUp(db: Database, row: Insertable<OversightFollowUpsTable>) {
  return db.insertInto('oversight_follow_ups').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function insertFollowUpFile(
  db: Database,
  row: { follow_up_id: number; file_name: string; mime: string; size: number; content: Buffer },
) {
  await db.insertInto('oversight_follow_up_files').values(row).execute();
}

/** The follow-up waiting for verification (the newest without a result). */
export async function findPendingFollowUp(db: Database, recommendationId: number) {
  return db
    .selectFrom('oversight_follow_ups')
    .selectAll()
    .where('recommendation_id', '=', recommendationId)
    .where('result', 'is', null)
    .orderBy('submitted_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function updateFollowUp(db: Database, id: number, patch: Updateable<OversightFollowUpsTable>) {
  await db.updateTable('oversight_follow_ups').set(patch).where('id', '=', id).execute();
}

export async function findFollowUps(db: Database, recommendationId: number) {
  return db
    .selectFrom('oversight_follow_ups as fu')
    .leftJoin('employees as se', 'se.id', 'fu.submitted_by_employee_id')
    .leftJoin('users as su', 'su.id', 'fu.submitted_by')
    .leftJoin('employees as ve', 've.id', 'fu.verified_by_employee_id')
    .leftJoin('users as vu', 'vu.id', 'fu.verified_by')
    .select([
      'fu.id',
      'fu.text',
      'fu.submitted_at',
      'fu.result',
      'fu.reason',
      'fu.verified_at',
      'se.name as submitter_name',
      'se.front_title as submitter_front_title',
      'se.back_title as submitter_back_title',
      'su.display_name as submitter_user_name',
      've.name as verifier_name',
      've.front_title as verifier_front_title',
      've.back_title as verifier_back_title',
      'vu.display_name as verifier_user_name',
    ])
    .where('fu.recommendation_id', '=', recommendationId)
    .orderBy('fu.submitted_at')
    .orderBy('fu.id')
    .execute();
}

export async function findFollowUpFilesMeta(db: Database, followUpIds: number[]) {
  if (followUpIds.length === 0) return [];
  return db
    .selectFrom('oversight_follow_up_files')
    .select(['id', 'follow_up_id', 'file_name', 'mime', 'size'])
    .where('follow_up_id', 'in', followUpIds)
    .orderBy('id')
    .execute();
}

/** One evidence file with the recommendation it belongs to (the reader's right is the recommendation's). */
export async function findFollowUpFile(db: Database, id: number) {
  return db
    .selectFrom('oversight_follow_up_files as ff')
    .innerJoin('oversight_follow_ups as fu', 'fu.id', 'ff.follow_up_id')
    .select(['ff.id', 'ff.file_name', 'ff.mime', 'ff.content', 'fu.recommendation_id'])
    .where('ff.id', '=', id)
    .executeTakeFirst();
}

// ---------------------------------------------------------------- timeline

export async function insertEvent(db: Database, row: Insertable<OversightRecommendationEventsTable>) {
  await db.insertInto('oversight_recommendation_events').values(row).execute();
}

/** Inserts a job event once per recommendation and dedupe key; false when a run already wrote it. */
export async function insertEventOnce(
  db: Database,
  row: Insertable<OversightRecommendationEventsTable>,
): Promise<boolean> {
  const result = await db
    .insertInto('oversight_recommendation_events')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['recommendation_id', 'dedupe_key']).where('dedupe_key', 'is not', null).doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  return result !== undefined;
}

export async function findEvents(db: Database, recommendationId: number) {
  return db
    .selectFrom('oversight_recommendation_events as ev')
    .leftJoin('users as u', 'u.id', 'ev.actor_user_id')
    .select(['ev.id', 'ev.at', 'ev.type', 'ev.message', 'ev.data', 'u.display_name as actor_name'])
    .where('ev.recommendation_id', '=', recommendationId)
    .orderBy('ev.at')
    .orderBy('ev.id')
    .execute();
}

/** Recommendations escalated (by the job) to an employee: the events whose data names them. */
export async function findRecommendationIdsEscalatedTo(db: Database, employeeId: number) {
  const rows = await db
    .selectFrom('oversight_recommendation_events')
    .select('recommendation_id')
    .distinct()
    .where('type', 'in', ['ESCALATED_SUPERIOR', 'ESCALATED_PIMPINAN'])
    .where(sql<boolean>`data->'toEmployeeIds' @> ${JSON.stringify([employeeId])}::jsonb`)
    .execute();
  return rows.map((r) => r.recommendation_id);
}

// ---------------------------------------------------------------- people

/** Team memberships in force on the date: the team's period covers it. */
function membershipsOn(db: Database, date: string) {
  return db
    .selectFrom('oversight_team_members as m')
    .innerJoin('oversight_teams as t', 't.id', 'm.team_id')
    .where('t.period_start', '<=', date)
    .where('t.period_end', '>=', date);
}

/** Whether the employee is a member of the team on the date (inside the team's period). */
export async function isTeamMemberOn(db: Database, teamId: number, employeeId: number, date: string) {
  // In a dashboard's read view the reader's teams are read once and every recommendation checked against them.
  if (isReadView(db)) return (await findTeamIdsOf(db, employeeId, date)).includes(teamId);
  const row = await membershipsOn(db, date)
    .select('m.id')
    .where('m.team_id', '=', teamId)
    .where('m.employee_id', '=', employeeId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The members of the team on the date (none outside the team's period). */
export async function findTeamMemberIdsOn(db: Database, teamId: number, date: string) {
  const rows = await membershipsOn(db, date)
    .select('m.employee_id')
    .where('m.team_id', '=', teamId)
    .execute();
  return rows.map((r) => r.employee_id);
}

/** The teams the employee is a member of on the date. */
export async function findTeamIdsOf(db: Database, employeeId: number, date: string) {
  const rows = await memoRead(db, `oversight.teams-of:${employeeId}:${date}`, () =>
    membershipsOn(db, date).select('m.team_id').where('m.employee_id', '=', employeeId).execute(),
  );
  return rows.map((r) => r.team_id);
}

/**
 * The ordinary (not integrity) findings recorded from `from` on that name an employee as the person concerned,
 * whether or not they have a recommendation yet.
 */
export async function findOrdinaryFindingsConcerning(db: Database, employeeId: number, from: Date) {
  return db
    .selectFrom('oversight_findings as f')
    .leftJoin('org_units as fu', 'fu.id', 'f.unit_id')
    .select(['f.id', 'f.title', 'f.severity', 'f.created_at', 'fu.name as unit_name'])
    .where('f.concerned_employee_id', '=', employeeId)
    .where('f.is_integrity', '=', false)
    .where('f.created_at', '>=', from)
    .execute();
}

/** The units the employee heads on the date. */
export async function findUnitsHeadedBy(db: Database, employeeId: number, date: string) {
  return findUnitsHeadedByAny(db, [employeeId], date);
}

/** The units any of the employees heads on the date. */
export async function findUnitsHeadedByAny(db: Database, employeeIds: readonly number[], date: string) {
  if (employeeIds.length === 0) return [];
  const rows = await db
    .selectFrom('positions as p')
    .leftJoin('positions as sp', 'sp.id', 'p.superior_position_id')
    .innerJoin('employee_positions as ep', 'ep.position_id', 'p.id')
    .select('p.unit_id')
    .distinct()
    .where('ep.employee_id', 'in', [...employeeIds])
    .where('p.is_active', '=', true)
    .where((eb) => eb.or([eb('sp.id', 'is', null), eb('sp.unit_id', '<>', eb.ref('p.unit_id'))]))
    .where(activeOn('ep', date))
    .execute();
  return rows.map((r) => r.unit_id);
}

// ---------------------------------------------------------------- settings

const FOLLOW_UP_POLICY_KEY = 'oversight.follow_up_policy';

export async function findFollowUpPolicyValue(db: Database): Promise<unknown> {
  return findSetting(db, FOLLOW_UP_POLICY_KEY);
}

export async function upsertFollowUpPolicyValue(db: Database, value: unknown, at: Date): Promise<void> {
  await upsertSetting(db, FOLLOW_UP_POLICY_KEY, value, at);
}
