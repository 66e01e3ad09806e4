import type { Database } from '../../db/database';
import { json, type UnsurColumn } from './surveys.repository';

// SKM responses: stored answers, the duplicate-hash check, and reading or moderating them.

export type NewResponseRow = {
  survey_id: number;
  submitted_at: Date;
  answers: Partial<Record<UnsurColumn, number>>;
  extra_answers: Record<string, string>;
  service_type: string;
  gender: string | null;
  age: number | null;
  education: string | null;
  occupation: string | null;
  officer_employee_id: number | null;
  suggestion: string | null;
  suggestion_status: string;
  source: string;
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
  const [items, count] = await Promise.all([
    q
      .orderBy('r.submitted_at', 'desc')
      .orderBy('r.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    c.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
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
  patch: Partial<{
    is_excluded: boolean;
    excluded_reason: string | null;
    excluded_by: number | null;
    excluded_at: Date | null;
    suggestion_status: string;
  }>,
): Promise<void> {
  await db.updateTable('skm_responses').set(patch).where('id', '=', id).execute();
}
