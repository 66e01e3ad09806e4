import { sql, type SqlBool } from 'kysely';
import type {
  SkmExtraQuestionKind,
  SkmProfileField,
  SkmUnsurCode,
  SkmWeight,
  SurveyStatus,
} from '@sim/contracts';
import type { Database } from '../../db/database';
import { fetchPage } from '../../db/paging';

// SKM surveys themselves (the other survey-*.repository.ts files hold aggregates, responses, suggestions,
// invitations, follow-up actions, people and settings). Reads of org tables here are joins for unit names.

export const UNSUR_COLUMNS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;
export type UnsurColumn = (typeof UNSUR_COLUMNS)[number];

// ---------------------------------------------------------------- surveys

export type NewSurveyRow = {
  code: string;
  unit_id: number;
  title: string;
  period_start: string;
  period_end: string;
  service_types: string[];
  unsur: { code: SkmUnsurCode; question: string }[];
  extra_questions: { id: string; text: string; kind: SkmExtraQuestionKind; options?: string[] }[];
  profile_fields: SkmProfileField[];
  weight: SkmWeight;
  population: number | null;
  status: SurveyStatus;
  created_by: number | null;
  created_at: Date;
  updated_at: Date;
};

/** JSON columns are written as text; shared by the survey repositories that write them. */
export const json = (v: unknown) => JSON.stringify(v);

export async function insertSurvey(db: Database, row: NewSurveyRow): Promise<number> {
  const { id } = await db
    .insertInto('skm_surveys')
    .values({
      ...row,
      service_types: json(row.service_types),
      unsur: json(row.unsur),
      extra_questions: json(row.extra_questions),
      profile_fields: json(row.profile_fields),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export type SurveyPatchRow = Partial<
  Omit<NewSurveyRow, 'code' | 'created_by' | 'created_at'> & {
    is_published: boolean;
    published_at: Date | null;
  }
>;

export async function updateSurvey(db: Database, id: number, patch: SurveyPatchRow): Promise<void> {
  const { service_types, unsur, extra_questions, profile_fields, ...rest } = patch;
  await db
    .updateTable('skm_surveys')
    .set({
      ...rest,
      ...(service_types !== undefined ? { service_types: json(service_types) } : {}),
      ...(unsur !== undefined ? { unsur: json(unsur) } : {}),
      ...(extra_questions !== undefined ? { extra_questions: json(extra_questions) } : {}),
      ...(profile_fields !== undefined ? { profile_fields: json(profile_fields) } : {}),
    })
    .where('id', '=', id)
    .execute();
}

function surveysWithUnit(db: Database) {
  return db
    .selectFrom('skm_surveys as s')
    .innerJoin('org_units as u', 'u.id', 's.unit_id')
    .selectAll('s')
    .select('u.name as unit_name');
}

export type SurveyRow = NonNullable<Awaited<ReturnType<typeof findSurveyById>>>;

export async function findSurveyById(db: Database, id: number) {
  return surveysWithUnit(db).where('s.id', '=', id).executeTakeFirst();
}

export async function findSurveyByCode(db: Database, code: string) {
  return surveysWithUnit(db).where('s.code', '=', code).executeTakeFirst();
}

export async function isSurveyCodeTaken(db: Database, code: string): Promise<boolean> {
  const row = await db.selectFrom('skm_surveys').select('id').where('code', '=', code).executeTakeFirst();
  return row !== undefined;
}

export type SurveyFilter = {
  q?: string;
  unitId?: number;
  status?: SurveyStatus;
  year?: number;
  /** Only surveys of these units; undefined = every unit. */
  unitIds?: number[];
  /** With `unitIds`: these surveys too, whatever their unit (those where the reader owns a follow-up action). */
  alsoSurveyIds?: number[];
};

export async function findSurveysPage(db: Database, f: SurveyFilter, page: number, pageSize: number) {
  let q = db.selectFrom('skm_surveys as s').innerJoin('org_units as u', 'u.id', 's.unit_id');
  if (f.unitIds) {
    const unitIds = f.unitIds;
    const also = f.alsoSurveyIds ?? [];
    q = q.where(sql<SqlBool>`(s.unit_id = any(${unitIds}::int[]) or s.id = any(${also}::int[]))`);
  }
  if (f.unitId) q = q.where('s.unit_id', '=', f.unitId);
  if (f.status) q = q.where('s.status', '=', f.status);
  if (f.year) {
    const start = `${f.year}-01-01`;
    const end = `${f.year}-12-31`;
    q = q.where('s.period_start', '<=', end).where('s.period_end', '>=', start);
  }
  if (f.q) {
    const pattern = `%${f.q.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;
    q = q.where((eb) =>
      eb.or([eb(sql`lower(s.title)`, 'like', pattern), eb(sql`lower(u.name)`, 'like', pattern)]),
    );
  }
  return fetchPage(
    q
      .selectAll('s')
      .select('u.name as unit_name')
      .orderBy('s.period_start', 'desc')
      .orderBy('u.name')
      .orderBy('s.id', 'desc'),
    q,
    page,
    pageSize,
  );
}

/** The unit's surveys (drafts left out) in period order, for the trend and the next/previous period. */
export async function findUnitSurveys(db: Database, unitId: number) {
  return db
    .selectFrom('skm_surveys')
    .select(['id', 'title', 'period_start', 'period_end', 'weight', 'status'])
    .where('unit_id', '=', unitId)
    .where('status', '<>', 'DRAFT')
    .orderBy('period_start')
    .orderBy('id')
    .execute();
}

/** Published surveys, those whose period overlaps `period` (YYYY-MM-DD, inclusive) when given. */
export async function findPublishedSurveys(db: Database, period?: { from: string; to: string }) {
  let q = surveysWithUnit(db).where('s.is_published', '=', true).where('s.status', '<>', 'DRAFT');
  if (period) q = q.where('s.period_start', '<=', period.to).where('s.period_end', '>=', period.from);
  return q.orderBy('s.period_start', 'desc').orderBy('u.name').orderBy('s.id').limit(500).execute();
}

/**
 * Every survey past its draft whose period overlaps `from`–`to` (YYYY-MM-DD, inclusive), oldest first, each with the
 * id of its unit's previous survey past its draft (the latest period start before its own; ties by id) or null: the
 * dashboard's IKM rows and their trend. Unbounded by design — a period holds a few surveys per unit — so no survey of
 * the period is ever cut off, however many years of surveys came before.
 */
export async function findSurveysOfPeriod(db: Database, period: { from: string; to: string }) {
  return surveysWithUnit(db)
    .select((eb) =>
      eb
        .selectFrom('skm_surveys as p')
        .select('p.id')
        .whereRef('p.unit_id', '=', 's.unit_id')
        .where('p.status', '<>', 'DRAFT')
        .whereRef('p.period_start', '<', 's.period_start')
        .orderBy('p.period_start', 'desc')
        .orderBy('p.id', 'desc')
        .limit(1)
        .as('previous_id'),
    )
    .where('s.status', '<>', 'DRAFT')
    .where('s.period_start', '<=', period.to)
    .where('s.period_end', '>=', period.from)
    .orderBy('s.period_start')
    .orderBy('s.id')
    .execute();
}

/** Surveys by id (with their unit's name), in any order. */
export async function findSurveysByIds(db: Database, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return surveysWithUnit(db)
    .where('s.id', 'in', [...ids])
    .execute();
}

export async function findUnitName(db: Database, unitId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('org_units')
    .select('name')
    .where('id', '=', unitId)
    .where('is_active', '=', true)
    .executeTakeFirst();
  return row?.name;
}
