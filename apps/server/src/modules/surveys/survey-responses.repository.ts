import type {
  Gender,
  SkmEducation,
  SkmOccupation,
  SkmResponseSource,
  SkmSuggestionStatus,
} from '@sim/contracts';
import type { Updateable } from 'kysely';
import type { Database } from '../../db/database';
import type { SkmResponsesTable } from '../../db/schema';
import { fetchPage } from '../../db/paging';
import { json, type UnsurColumn } from './surveys.repository';

// SKM responses: stored answers, the duplicate-hash check, and reading or moderating them.

export type NewResponseRow = {
  survey_id: number;
  submitted_at: Date;
  answers: Partial<Record<UnsurColumn, number>>;
  extra_answers: Record<string, string>;
  service_type: string;
  gender: Gender | null;
  age: number | null;
  education: SkmEducation | null;
  occupation: SkmOccupation | null;
  officer_employee_id: number | null;
  suggestion: string | null;
  suggestion_status: SkmSuggestionStatus;
  source: SkmResponseSource;
  counter: string | null;
  dedupe_hash: string | null;
  is_flagged: boolean;
  flag_reason: string | null;
};

export async function insertResponses(db: Database, rows: NewResponseRow[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const values = rows.map(({ answers, extra_answers, ...r }) => ({
    ...r,
    u1: answers.u1 ?? null,
    u2: answers.u2 ?? null,
    u3: answers.u3 ?? null,
    u4: answers.u4 ?? null,
    u5: answers.u5 ?? null,
    u6: answers.u6 ?? null,
    u7: answers.u7 ?? null,
    u8: answers.u8 ?? null,
    u9: answers.u9 ?? null,
    extra_answers: json(extra_answers),
  }));
  const out = await db.insertInto('skm_responses').values(values).returning('id').execute();
  return out.map((r) => r.id);
}

export async function hasResponseWithHash(db: Database, surveyId: number, hash: string): Promise<boolean> {
  const row = await db
    .selectFrom('skm_responses')
    .select('id')
    .where('survey_id', '=', surveyId)
    .where('dedupe_hash', '=', hash)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function countSurveyResponses(db: Database, surveyId: number): Promise<number> {
  const row = await db
    .selectFrom('skm_responses')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('survey_id', '=', surveyId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function responsesWithOfficer(db: Database) {
  return db
    .selectFrom('skm_responses as r')
    .leftJoin('employees as e', 'e.id', 'r.officer_employee_id')
    .select([
      'r.id',
      'r.submitted_at',
      'r.u1',
      'r.u2',
      'r.u3',
      'r.u4',
      'r.u5',
      'r.u6',
      'r.u7',
      'r.u8',
      'r.u9',
      'r.extra_answers',
      'r.service_type',
      'r.gender',
      'r.age',
      'r.education',
      'r.occupation',
      'r.officer_employee_id',
      'r.suggestion',
      'r.suggestion_status',
      'r.source',
      'r.counter',
      'r.is_flagged',
      'r.flag_reason',
      'r.is_excluded',
      'r.excluded_reason',
      'e.name as officer_name',
      'e.front_title as officer_front_title',
      'e.back_title as officer_back_title',
    ]);
}
export type ResponseRow = NonNullable<Awaited<ReturnType<typeof findResponseById>>>;

export async function findResponseById(db: Database, surveyId: number, responseId: number) {
  return responsesWithOfficer(db)
    .where('r.survey_id', '=', surveyId)
    .where('r.id', '=', responseId)
    .executeTakeFirst();
}

export async function findResponsesPage(
  db: Database,
  surveyId: number,
  filter: 'all' | 'flagged' | 'excluded',
  page: number,
  pageSize: number,
) {
  let q = responsesWithOfficer(db).where('r.survey_id', '=', surveyId);
  if (filter === 'flagged') q = q.where('r.is_flagged', '=', true);
  if (filter === 'excluded') q = q.where('r.is_excluded', '=', true);
  let c = db.selectFrom('skm_responses as r').where('r.survey_id', '=', surveyId);
  if (filter === 'flagged') c = c.where('r.is_flagged', '=', true);
  if (filter === 'excluded') c = c.where('r.is_excluded', '=', true);
  return fetchPage(q.orderBy('r.submitted_at', 'desc').orderBy('r.id', 'desc'), c, page, pageSize);
}

/** Every response of a survey in submission order (the anonymous XLSX export). */
export async function findAllResponses(db: Database, surveyId: number) {
  return db
    .selectFrom('skm_responses')
    .select([
      'id',
      'submitted_at',
      'u1',
      'u2',
      'u3',
      'u4',
      'u5',
      'u6',
      'u7',
      'u8',
      'u9',
      'extra_answers',
      'service_type',
      'gender',
      'age',
      'education',
      'occupation',
      'suggestion',
      'suggestion_status',
      'source',
      'is_flagged',
      'flag_reason',
      'is_excluded',
      'excluded_reason',
    ])
    .where('survey_id', '=', surveyId)
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
}

export async function updateResponse(
  db: Database,
  id: number,
  patch: Pick<
    Updateable<SkmResponsesTable>,
    'is_excluded' | 'excluded_reason' | 'excluded_by' | 'excluded_at' | 'suggestion_status'
  >,
): Promise<void> {
  await db.updateTable('skm_responses').set(patch).where('id', '=', id).execute();
}
