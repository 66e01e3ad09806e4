import type { Insertable, Selectable } from 'kysely';
import type { Database } from '../../db/database';
import type { CompetenciesTable, CompetencyAssessmentsTable } from '../../db/schema';
import { activeOn } from '../org/org-queries';

// Competency dictionary, position standards and assessments. Joins org's tables read-only for names and for who
// holds which position on a date (org `activeOn`).

export type CompetencyRow = Selectable<CompetenciesTable>;

export async function findCompetencies(db: Database): Promise<CompetencyRow[]> {
  return db.selectFrom('competencies').selectAll().orderBy('kind').orderBy('name').execute();
}

export async function findCompetency(db: Database, id: number): Promise<CompetencyRow | undefined> {
  return db.selectFrom('competencies').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCompetenciesByCodes(db: Database, codes: string[]): Promise<CompetencyRow[]> {
  if (codes.length === 0) return [];
  return db.selectFrom('competencies').selectAll().where('code', 'in', codes).execute();
}

export async function findCompetenciesByIds(db: Database, ids: number[]): Promise<CompetencyRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('competencies').selectAll().where('id', 'in', ids).execute();
}

export async function findLevels(db: Database, competencyIds?: number[]) {
  let q = db.selectFrom('competency_levels').selectAll();
  if (competencyIds) {
    if (competencyIds.length === 0) return [];
    q = q.where('competency_id', 'in', competencyIds);
  }
  return q.orderBy('competency_id').orderBy('level').execute();
}

export async function insertCompetency(
  db: Database,
  values: Insertable<CompetenciesTable>,
): Promise<CompetencyRow> {
  return db.insertInto('competencies').values(values).returningAll().executeTakeFirstOrThrow();
}

export async function updateCompetency(
  db: Database,
  id: number,
  values: {
    name?: string;
    description?: string | null;
    max_level?: number;
    is_active?: boolean;
    updated_at: Date;
  },
) {
  await db.updateTable('competencies').set(values).where('id', '=', id).execute();
}

export async function replaceLevels(db: Database, competencyId: number, levels: string[]) {
  await db.deleteFrom('competency_levels').where('competency_id', '=', competencyId).execute();
  await db
    .insertInto('competency_levels')
    .values(levels.map((description, i) => ({ competency_id: competencyId, level: i + 1, description })))
    .execute();
}

export async function countAssessmentsAbove(db: Database, competencyId: number, level: number) {
  const row = await db
    .selectFrom('competency_assessments')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('competency_id', '=', competencyId)
    .where('score', '>', level)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countStandardsAbove(db: Database, competencyId: number, level: number) {
  const row = await db
    .selectFrom('competency_standards')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('competency_id', '=', competencyId)
    .where('required_level', '>', level)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// ---------------------------------------------------------------- standards

/** Standards rows with position, unit and competency names; all positions or the given ones. */
export async function findStandards(db: Database, positionIds?: number[]) {
  let q = db
    .selectFrom('competency_standards as s')
    .innerJoin('positions as p', 'p.id', 's.position_id')
    .innerJoin('org_units as u', 'u.id', 'p.unit_id')
    .innerJoin('competencies as c', 'c.id', 's.competency_id')
    .select([
      's.position_id',
      's.competency_id',
      's.required_level',
      'p.name as position_name',
      'p.unit_id',
      'u.name as unit_name',
      'c.code',
      'c.name',
      'c.kind',
      'c.max_level',
      'c.is_active',
    ]);
  if (positionIds) {
    if (positionIds.length === 0) return [];
    q = q.where('s.position_id', 'in', positionIds);
  }
  return q.orderBy('u.name').orderBy('p.name').orderBy('c.kind').orderBy('c.name').execute();
}

export async function findPosition(db: Database, id: number) {
  return db
    .selectFrom('positions as p')
    .innerJoin('org_units as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.name', 'p.unit_id', 'u.name as unit_name', 'p.is_active'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export async function replaceStandard(
  db: Database,
  positionId: number,
  items: { competencyId: number; requiredLevel: number }[],
  at: Date,
) {
  await db.deleteFrom('competency_standards').where('position_id', '=', positionId).execute();
  if (items.length === 0) return;
  await db
    .insertInto('competency_standards')
    .values(
      items.map((i) => ({
        position_id: positionId,
        competency_id: i.competencyId,
        required_level: i.requiredLevel,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
}

// ---------------------------------------------------------------- employees and assessments

/**
 * Active employees with the position they hold on `date` (null when none), optionally only the given ids and/or
 * positions in the given units.
 */
export async function findEmployeesWithPosition(
  db: Database,
  date: string,
  filter: { employeeIds?: number[] | null; unitIds?: number[] | null },
) {
  let q = db
    .selectFrom('employees as e')
    .leftJoin('employee_positions as ep', (j) =>
      j.onRef('ep.employee_id', '=', 'e.id').on(activeOn('ep', date)),
    )
    .leftJoin('positions as p', 'p.id', 'ep.position_id')
    .leftJoin('org_units as u', 'u.id', 'p.unit_id')
    .select([
      'e.id',
      'e.nip',
      'e.name',
      'e.front_title',
      'e.back_title',
      'p.id as position_id',
      'p.name as position_name',
      'u.id as unit_id',
      'u.name as unit_name',
    ])
    .where('e.is_active', '=', true);
  if (filter.employeeIds) {
    if (filter.employeeIds.length === 0) return [];
    q = q.where('e.id', 'in', filter.employeeIds);
  }
  if (filter.unitIds) {
    if (filter.unitIds.length === 0) return [];
    q = q.where('u.id', 'in', filter.unitIds);
  }
  return q.orderBy('u.name').orderBy('e.name').execute();
}

export type AssessmentRow = Awaited<ReturnType<typeof findAssessments>>[number];

/** Every assessment of the employees, newest first, with the competency and the assessor's name. */
export async function findAssessments(db: Database, employeeIds: number[]) {
  if (employeeIds.length === 0) return [];
  return db
    .selectFrom('competency_assessments as a')
    .innerJoin('competencies as c', 'c.id', 'a.competency_id')
    .innerJoin('employees as r', 'r.id', 'a.assessed_by')
    .select([
      'a.id',
      'a.employee_id',
      'a.competency_id',
      'a.score',
      'a.reason',
      'a.assessed_on',
      'a.created_at',
      'a.assessed_by',
      'c.code',
      'c.name',
      'r.name as assessor_name',
      'r.front_title as assessor_front_title',
      'r.back_title as assessor_back_title',
    ])
    .where('a.employee_id', 'in', employeeIds)
    .orderBy('a.assessed_on', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
}

export async function insertAssessment(db: Database, values: Insertable<CompetencyAssessmentsTable>) {
  return db.insertInto('competency_assessments').values(values).returning('id').executeTakeFirstOrThrow();
}
