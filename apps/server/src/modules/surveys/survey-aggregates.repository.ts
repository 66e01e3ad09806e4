import { sql } from 'kysely';
import type { Database } from '../../db/database';
import { UNSUR_COLUMNS, type UnsurColumn } from './surveys.repository';

// Aggregates of SKM answers: per survey, per service type, respondent profile and per named officer.

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

/**
 * Respondent profile counts (excluded responses left out); a missing answer counts under '-'. One statement with a
 * grouping set per field (issue 15: four statements over the same responses were a third of an IKM request's).
 */
export async function findProfileCounts(
  db: Database,
  surveyId: number,
  serviceType?: string,
): Promise<ProfileCounts> {
  const rows = await sql<{ field: keyof ProfileCounts; key: string; n: number }>`
    select case when grouping(gender) = 0 then 'gender'
                when grouping(age_group) = 0 then 'ageGroup'
                when grouping(education) = 0 then 'education'
                else 'occupation' end as field,
           case when grouping(gender) = 0 then gender
                when grouping(age_group) = 0 then age_group
                when grouping(education) = 0 then education
                else occupation end as key,
           count(*)::int as n
    from (
      select coalesce(gender::text, '-') as gender,
             case
               when age is null then '-'
               when age < 20 then '<20'
               when age < 30 then '20-29'
               when age < 40 then '30-39'
               when age < 50 then '40-49'
               when age < 60 then '50-59'
               else '60+' end as age_group,
             coalesce(education, '-') as education,
             coalesce(occupation, '-') as occupation
      from skm_responses
      where survey_id = ${surveyId} and not is_excluded
        ${serviceType !== undefined ? sql`and service_type = ${serviceType}` : sql``}
    ) r
    group by grouping sets ((gender), (age_group), (education), (occupation))
    order by 1, 2`.execute(db);
  const counts: ProfileCounts = { gender: [], ageGroup: [], education: [], occupation: [] };
  for (const r of rows.rows) counts[r.field].push({ key: r.key, count: Number(r.n) });
  return counts;
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
