import { sql, type Expression, type SqlBool } from 'kysely';
import type { Database } from '../../db/database';

// SKM surveys, responses, invitations and follow-up actions. Reads of org tables here are joins for names and the
// "who works in this unit today" list; the org module's rules (subtrees, superiors) are reached through its service.

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
  unsur: { code: string; question: string }[];
  extra_questions: { id: string; text: string; kind: string; options?: string[] }[];
  profile_fields: string[];
  weight: string;
  population: number | null;
  status: string;
  created_by: number | null;
  created_at: Date;
  updated_at: Date;
};

const json = (v: unknown) => JSON.stringify(v);

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
  status?: string;
  year?: number;
  /** Only surveys of these units; undefined = every unit. */
  unitIds?: number[];
};

export async function findSurveysPage(db: Database, f: SurveyFilter, page: number, pageSize: number) {
  let q = db.selectFrom('skm_surveys as s').innerJoin('org_units as u', 'u.id', 's.unit_id');
  if (f.unitIds) q = q.where(sql<SqlBool>`s.unit_id = any(${f.unitIds}::int[])`);
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
  const [items, count] = await Promise.all([
    q
      .selectAll('s')
      .select('u.name as unit_name')
      .orderBy('s.period_start', 'desc')
      .orderBy('u.name')
      .orderBy('s.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
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

export async function findPublishedSurveys(db: Database, year: number | undefined) {
  let q = surveysWithUnit(db).where('s.is_published', '=', true).where('s.status', '<>', 'DRAFT');
  if (year) q = q.where('s.period_start', '<=', `${year}-12-31`).where('s.period_end', '>=', `${year}-01-01`);
  return q.orderBy('s.period_start', 'desc').orderBy('u.name').orderBy('s.id').limit(500).execute();
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

// ---------------------------------------------------------------- aggregates

/** Per-unsur sums and counts of answers; respondents, flagged and excluded counts. */
export type SurveyAggregate = {
  survey_id: number;
  respondents: number;
  flagged: number;
  excluded: number;
  sums: Record<UnsurColumn, number>;
  counts: Record<UnsurColumn, number>;
};

type AggregateRow = { survey_id: number; respondents: number; flagged: number; excluded: number } & Record<
  string,
  number | null
>;

function unsurAggregateSelect() {
  return sql.join(
    UNSUR_COLUMNS.map(
      (c) =>
        sql`coalesce(sum(${sql.ref(c)}) filter (where not is_excluded), 0)::int as ${sql.ref(`s_${c}`)},
            count(${sql.ref(c)}) filter (where not is_excluded)::int as ${sql.ref(`c_${c}`)}`,
    ),
  );
}

function toAggregate(r: AggregateRow): SurveyAggregate {
  const sums = {} as Record<UnsurColumn, number>;
  const counts = {} as Record<UnsurColumn, number>;
  for (const c of UNSUR_COLUMNS) {
    sums[c] = Number(r[`s_${c}`] ?? 0);
    counts[c] = Number(r[`c_${c}`] ?? 0);
  }
  return {
    survey_id: r.survey_id,
    respondents: Number(r.respondents),
    flagged: Number(r.flagged),
    excluded: Number(r.excluded),
    sums,
    counts,
  };
}

/** One grouped query for many surveys (lists, trends); `serviceType` narrows to one service. */
export async function findSurveyAggregates(
  db: Database,
  surveyIds: number[],
  serviceType?: string,
): Promise<Map<number, SurveyAggregate>> {
  const map = new Map<number, SurveyAggregate>();
  if (surveyIds.length === 0) return map;
  const rows = await sql<AggregateRow>`
    select survey_id,
           count(*) filter (where not is_excluded)::int as respondents,
           count(*) filter (where is_flagged and not is_excluded)::int as flagged,
           count(*) filter (where is_excluded)::int as excluded,
           ${unsurAggregateSelect()}
    from skm_responses
    where survey_id = any(${surveyIds}::int[])
      ${serviceType !== undefined ? sql`and service_type = ${serviceType}` : sql``}
    group by survey_id`.execute(db);
  for (const r of rows.rows) map.set(r.survey_id, toAggregate(r));
  return map;
}

/** Aggregates per service type of one survey (results per service). */
export async function findServiceTypeAggregates(db: Database, surveyId: number) {
  const rows = await sql<AggregateRow & { service_type: string }>`
    select survey_id, service_type,
           count(*) filter (where not is_excluded)::int as respondents,
           count(*) filter (where is_flagged and not is_excluded)::int as flagged,
           count(*) filter (where is_excluded)::int as excluded,
           ${unsurAggregateSelect()}
    from skm_responses where survey_id = ${surveyId}
    group by survey_id, service_type
    order by service_type`.execute(db);
  return rows.rows.map((r) => ({ serviceType: r.service_type, aggregate: toAggregate(r) }));
}

export type ProfileCounts = {
  gender: { key: string; count: number }[];
  ageGroup: { key: string; count: number }[];
  education: { key: string; count: number }[];
  occupation: { key: string; count: number }[];
};

/** Respondent profile counts (excluded responses left out); a missing answer counts under '-'. */
export async function findProfileCounts(
  db: Database,
  surveyId: number,
  serviceType?: string,
): Promise<ProfileCounts> {
  const base = () => {
    let q = db.selectFrom('skm_responses').where('survey_id', '=', surveyId).where('is_excluded', '=', false);
    if (serviceType !== undefined) q = q.where('service_type', '=', serviceType);
    return q;
  };
  const ageGroup = sql<string>`case
      when age is null then '-'
      when age < 20 then '<20'
      when age < 30 then '20-29'
      when age < 40 then '30-39'
      when age < 50 then '40-49'
      when age < 60 then '50-59'
      else '60+' end`;
  const grouped = async (expr: Expression<string | null>) => {
    const rows = await base()
      .select([sql<string>`coalesce(${expr}, '-')`.as('key'), (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(sql`1`)
      .orderBy(sql`1`)
      .execute();
    return rows.map((r) => ({ key: r.key, count: Number(r.n) }));
  };
  const [gender, age, education, occupation] = await Promise.all([
    grouped(sql.ref('gender')),
    grouped(ageGroup),
    grouped(sql.ref('education')),
    grouped(sql.ref('occupation')),
  ]);
  return { gender, ageGroup: age, education, occupation };
}

export type OfficerAggregate = {
  employee_id: number;
  name: string;
  front_title: string | null;
  back_title: string | null;
  responses: number;
  s_u6: number;
  c_u6: number;
  s_u7: number;
  c_u7: number;
};

/** U6/U7 per officer named in the responses (excluded responses left out). */
export async function findOfficerAggregates(
  db: Database,
  f: { surveyIds?: number[]; serviceType?: string; employeeId?: number; from?: Date; to?: Date },
): Promise<OfficerAggregate[]> {
  const rows = await sql<OfficerAggregate>`
    select r.officer_employee_id as employee_id, e.name, e.front_title, e.back_title,
           count(*)::int as responses,
           coalesce(sum(r.u6), 0)::int as s_u6, count(r.u6)::int as c_u6,
           coalesce(sum(r.u7), 0)::int as s_u7, count(r.u7)::int as c_u7
    from skm_responses r
    join employees e on e.id = r.officer_employee_id
    where not r.is_excluded and r.officer_employee_id is not null
      ${f.surveyIds ? sql`and r.survey_id = any(${f.surveyIds}::int[])` : sql``}
      ${f.serviceType !== undefined ? sql`and r.service_type = ${f.serviceType}` : sql``}
      ${f.employeeId !== undefined ? sql`and r.officer_employee_id = ${f.employeeId}` : sql``}
      ${f.from ? sql`and r.submitted_at >= ${f.from}` : sql``}
      ${f.to ? sql`and r.submitted_at < ${f.to}` : sql``}
    group by r.officer_employee_id, e.name, e.front_title, e.back_title
    order by e.name, r.officer_employee_id`.execute(db);
  return rows.rows;
}

// ---------------------------------------------------------------- responses

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

// ---------------------------------------------------------------- suggestions

export async function findSuggestionsPage(
  db: Database,
  surveyId: number,
  status: string | undefined,
  page: number,
  pageSize: number,
) {
  let q = db
    .selectFrom('skm_responses')
    .where('survey_id', '=', surveyId)
    .where('suggestion_status', '<>', 'NONE');
  if (status) q = q.where('suggestion_status', '=', status);
  const [items, count] = await Promise.all([
    q
      .select(['id', 'submitted_at', 'service_type', 'suggestion', 'suggestion_status'])
      .orderBy('submitted_at', 'desc')
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export async function findApprovedSuggestions(db: Database, surveyId: number, limit: number) {
  return db
    .selectFrom('skm_responses')
    .select(['submitted_at', 'service_type', 'suggestion'])
    .where('survey_id', '=', surveyId)
    .where('suggestion_status', '=', 'APPROVED')
    .where('is_excluded', '=', false)
    .orderBy('submitted_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function countPendingSuggestions(db: Database, surveyId: number): Promise<number> {
  const row = await db
    .selectFrom('skm_responses')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('survey_id', '=', surveyId)
    .where('suggestion_status', '=', 'PENDING')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// ---------------------------------------------------------------- invitations

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

// ---------------------------------------------------------------- follow-up actions

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

// ---------------------------------------------------------------- people and settings

/**
 * Active employees holding, on `date`, a position in one of `unitIds` — the officers a respondent may name and the
 * owners a follow-up action may get. Names only leave this module on the public form.
 */
export async function findUnitOfficers(db: Database, unitIds: number[], date: string) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('employees as e')
    .innerJoin('employee_positions as ep', 'ep.employee_id', 'e.id')
    .innerJoin('positions as p', 'p.id', 'ep.position_id')
    .select(['e.id', 'e.name', 'e.front_title', 'e.back_title'])
    .distinct()
    .where('e.is_active', '=', true)
    .where(sql<SqlBool>`p.unit_id = any(${unitIds}::int[])`)
    .where('ep.start_date', '<=', date)
    .where((eb) => eb.or([eb('ep.end_date', 'is', null), eb('ep.end_date', '>=', date)]))
    .orderBy('e.name')
    .orderBy('e.id')
    .limit(500)
    .execute();
}

/** The unit of the employee's position on `date` (the most recent assignment when several overlap). */
export async function findEmployeeUnitId(
  db: Database,
  employeeId: number,
  date: string,
): Promise<number | null> {
  const row = await db
    .selectFrom('employee_positions as ep')
    .innerJoin('positions as p', 'p.id', 'ep.position_id')
    .select('p.unit_id')
    .where('ep.employee_id', '=', employeeId)
    .where('ep.start_date', '<=', date)
    .where((eb) => eb.or([eb('ep.end_date', 'is', null), eb('ep.end_date', '>=', date)]))
    .orderBy('ep.start_date', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.unit_id ?? null;
}

export async function findEmployeeNames(db: Database, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('employees')
    .select(['id', 'name', 'front_title', 'back_title', 'is_active'])
    .where('id', 'in', ids)
    .execute();
}

export async function findSetting(db: Database, key: string): Promise<unknown> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function upsertSetting(db: Database, key: string, value: unknown, now: Date): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value: json(value), updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json(value), updated_at: now }))
    .execute();
}

/** Inserts the value only when the key is absent; returns the stored value either way. */
export async function insertSettingIfAbsent(
  db: Database,
  key: string,
  value: unknown,
  now: Date,
): Promise<unknown> {
  await db
    .insertInto('settings')
    .values({ key, value: json(value), updated_at: now })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return findSetting(db, key);
}
