import type { Insertable } from 'kysely';
import type { Database } from '../../db/database';
import { findSetting, upsertSetting } from '../../db/settings';
import type { TrainingNeedDecisionsTable } from '../../db/schema';

// Training needs: the agency settings, the superior's decisions, and the programmes and upcoming sessions that
// address a competency (read from the catalogue tables of this module).

const SETTINGS_KEY = 'training.needs';

export async function findNeedSettingsValue(db: Database): Promise<unknown> {
  return findSetting(db, SETTINGS_KEY);
}

export async function upsertNeedSettingsValue(db: Database, value: unknown, at: Date): Promise<void> {
  await upsertSetting(db, SETTINGS_KEY, value, at);
}

export type DecisionRow = Awaited<ReturnType<typeof findLatestDecisions>>[number];

/** The latest decision per employee and need. */
export async function findLatestDecisions(db: Database, employeeIds: number[]) {
  if (employeeIds.length === 0) return [];
  return db
    .selectFrom('training_need_decisions')
    .selectAll()
    .distinctOn(['employee_id', 'need_key'])
    .where('employee_id', 'in', employeeIds)
    .orderBy('employee_id')
    .orderBy('need_key')
    .orderBy('decided_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function insertDecision(db: Database, values: Insertable<TrainingNeedDecisionsTable>) {
  return db.insertInto('training_need_decisions').values(values).returning('id').executeTakeFirstOrThrow();
}

/** Active programmes addressing any of the competencies, with the competencies each addresses. */
export async function findProgrammesForCompetencies(db: Database, competencyIds: number[]) {
  if (competencyIds.length === 0) return [];
  return db
    .selectFrom('training_programme_competencies as pc')
    .innerJoin('training_programmes as p', 'p.id', 'pc.programme_id')
    .select(['p.id', 'p.title', 'p.jp', 'pc.competency_id'])
    .where('pc.competency_id', 'in', competencyIds)
    .where('p.is_active', '=', true)
    .orderBy('p.title')
    .execute();
}

/** Sessions of the programmes that start after `now` and still take participants (planned or open). */
export async function findUpcomingSessions(db: Database, programmeIds: number[], now: Date) {
  if (programmeIds.length === 0) return [];
  return db
    .selectFrom('training_sessions as s')
    .innerJoin('training_programmes as p', 'p.id', 's.programme_id')
    .select([
      's.id',
      's.programme_id',
      's.starts_at',
      's.location',
      's.online_url',
      's.title_suffix',
      'p.title',
    ])
    .where('s.programme_id', 'in', programmeIds)
    .where('s.status', 'in', ['PLANNED', 'OPEN'])
    .where('s.starts_at', '>', now)
    .orderBy('s.starts_at')
    .execute();
}

export async function findSession(db: Database, id: number) {
  return db
    .selectFrom('training_sessions')
    .select(['id', 'programme_id', 'status', 'starts_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}
