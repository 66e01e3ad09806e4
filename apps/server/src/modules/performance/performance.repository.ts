import { sql, type ExpressionBuilder, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { PerfDocumentKind, PeriodKind, PredikatValue, SkpStatus } from '@sim/contracts';
import type { Database } from '../../db/database';
import { memoRead } from '../../lib/read-memo';
import { activeOn } from '../org/org-queries';
import type {
  DB,
  PerfEvaluationsTable,
  PerfEvidenceTable,
  PerfIndicatorsTable,
  PerfRhkTable,
  PerfSkpsTable,
  PerfYearsTable,
  PerfRealisationsTable,
  PerfFeedbackTable,
  PerfRatingHistoryTable,
  PerfDocumentsTable,
  PerfRaterDelegationsTable,
  PerfObjectionsTable,
} from '../../db/schema';

// The only Kysely user of the performance module. Each function takes `db` first so a service can pass a transaction.

const json = (value: unknown) => JSON.stringify(value);

// ---------------------------------------------------------------- people (read-only view of the organisation)

export type PersonRow = {
  employee_id: number;
  nip: string;
  kind: string;
  name: string;
  front_title: string | null;
  back_title: string | null;
  golongan: string | null;
  position_id: number | null;
  position_name: string | null;
  position_category: string | null;
  unit_id: number | null;
  unit_name: string | null;
};

/**
 * The position and unit the employee `employeeId` (a column reference) held on `date`: the latest assignment that
 * day. For a `left join lateral`; one definition for every read of "the unit on that day".
 */
const assignmentOn = (employeeId: string, date: string) => sql`
  select p.id as position_id, p.name as position_name, p.category as position_category,
         u.id as unit_id, u.name as unit_name
  from employee_positions ep
  join positions p on p.id = ep.position_id
  join org_units u on u.id = p.unit_id
  where ep.employee_id = ${sql.ref(employeeId)} and ${activeOn('ep', date)}
  order by ep.start_date desc limit 1`;

/** Employees with the position and unit they held on `date` (the latest assignment that day). */
export async function findPersons(db: Database, ids: number[], date: string): Promise<PersonRow[]> {
  if (ids.length === 0) return [];
  const rows = await sql<PersonRow>`
    select e.id as employee_id, e.nip, e.kind, e.name, e.front_title, e.back_title, e.golongan,
           a.position_id, a.position_name, a.position_category, a.unit_id, a.unit_name
    from employees e
    left join lateral (${assignmentOn('e.id', date)}) a on true
    where e.id in (${sql.join(ids)})`.execute(db);
  return rows.rows;
}

/** The parts of the employees' names (no position): enough to sort a whole office by name. */
export async function findPersonNames(db: Database, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('employees')
    .select(['id', 'name', 'front_title', 'back_title'])
    .where(sql<SqlBool>`id = any(${ids}::int[])`)
    .execute();
}

/** Employees holding a position in one of the units on `date`. */
export async function findEmployeeIdsInUnits(db: Database, unitIds: number[], date: string) {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('employee_positions as ep')
    .innerJoin('positions as p', 'p.id', 'ep.position_id')
    .select('ep.employee_id')
    .distinct()
    .where('p.unit_id', 'in', unitIds)
    .where(activeOn('ep', date))
    .execute();
  return rows.map((r) => r.employee_id);
}

// ---------------------------------------------------------------- years and periods

export async function findYears(db: Database) {
  return db.selectFrom('perf_years').selectAll().orderBy('year', 'desc').execute();
}

export async function findYearById(db: Database, id: number) {
  return db.selectFrom('perf_years').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findYearByYear(db: Database, year: number) {
  return db.selectFrom('perf_years').selectAll().where('year', '=', year).executeTakeFirst();
}

export async function insertYear(db: Database, row: Insertable<PerfYearsTable>) {
  return db.insertInto('perf_years').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateYear(db: Database, id: number, patch: Updateable<PerfYearsTable>) {
  return db
    .updateTable('perf_years')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertPeriods(
  db: Database,
  rows: {
    year_id: number;
    seq: number;
    kind: PeriodKind;
    label: string;
    start_date: string;
    end_date: string;
    evaluation_deadline: string;
    months: number;
  }[],
) {
  await db.insertInto('perf_periods').values(rows).execute();
}

export async function findPeriodsOfYears(db: Database, yearIds: number[]) {
  if (yearIds.length === 0) return [];
  // Read by several dashboard sections (lib/read-memo); a copy each, as callers sort their own.
  const rows = await memoRead(db, `perf.periods:${yearIds.join(',')}`, () =>
    db.selectFrom('perf_periods').selectAll().where('year_id', 'in', yearIds).orderBy('seq').execute(),
  );
  return [...rows];
}

export async function findPeriodById(db: Database, id: number) {
  return db.selectFrom('perf_periods').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updatePeriodDeadline(db: Database, id: number, evaluationDeadline: string) {
  await db
    .updateTable('perf_periods')
    .set({ evaluation_deadline: evaluationDeadline })
    .where('id', '=', id)
    .execute();
}

export type PeriodRow = NonNullable<Awaited<ReturnType<typeof findPeriodById>>>;

// ---------------------------------------------------------------- SKP

export async function findSkpById(db: Database, id: number) {
  return db
    .selectFrom('perf_skps as s')
    .innerJoin('perf_years as y', 'y.id', 's.year_id')
    .selectAll('s')
    .select('y.year')
    .where('s.id', '=', id)
    .executeTakeFirst();
}
export type SkpRow = NonNullable<Awaited<ReturnType<typeof findSkpById>>>;

/** Locks the SKP row for the rest of the transaction so two decisions cannot interleave. */
export async function lockSkp(db: Database, id: number) {
  await db.selectFrom('perf_skps').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function findSkpOf(db: Database, yearId: number, employeeId: number) {
  return db
    .selectFrom('perf_skps as s')
    .innerJoin('perf_years as y', 'y.id', 's.year_id')
    .selectAll('s')
    .select('y.year')
    .where('s.year_id', '=', yearId)
    .where('s.employee_id', '=', employeeId)
    .orderBy('s.id', 'desc')
    .executeTakeFirst();
}

export async function findSkps(
  db: Database,
  filter: { yearId?: number; employeeIds: number[] | null; status?: SkpStatus },
) {
  // Tim Saya reads the team's SKPs for the table (its members in name order) and again for the evaluations due (the
  // team in scope order): the same set is the same question (lib/read-memo), whatever order the ids come in.
  const ids = filter.employeeIds ? [...filter.employeeIds].sort((a, b) => a - b).join(',') : 'all';
  const key = `perf.skps:${filter.yearId ?? ''}:${filter.status ?? ''}:${ids}`;
  return [...(await memoRead(db, key, () => querySkps(db, filter)))];
}

/** The predikat of an SKP's latest evaluated period (by the period's sequence), as a correlated subquery. */
function latestPredikatOf(eb: ExpressionBuilder<DB & { s: DB['perf_skps'] }, 's'>) {
  return eb
    .selectFrom('perf_evaluations as ev')
    .innerJoin('perf_periods as pp', 'pp.id', 'ev.period_id')
    .select('ev.predikat')
    .whereRef('ev.skp_id', '=', 's.id')
    .orderBy('pp.seq', 'desc')
    .limit(1);
}

async function querySkps(
  db: Database,
  filter: { yearId?: number; employeeIds: number[] | null; status?: SkpStatus },
) {
  let q = db
    .selectFrom('perf_skps as s')
    .innerJoin('perf_years as y', 'y.id', 's.year_id')
    .selectAll('s')
    .select('y.year')
    .select((eb) =>
      eb
        .selectFrom('perf_rhk')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('perf_rhk.skp_id', '=', 's.id')
        .as('rhk_count'),
    )
    .select((eb) => latestPredikatOf(eb).as('latest_predikat'));
  if (filter.yearId !== undefined) q = q.where('s.year_id', '=', filter.yearId);
  if (filter.status !== undefined) q = q.where('s.status', '=', filter.status);
  if (filter.employeeIds !== null) {
    if (filter.employeeIds.length === 0) return [];
    q = q.where('s.employee_id', 'in', filter.employeeIds);
  }
  return q.orderBy('y.year', 'desc').orderBy('s.id').execute();
}

/**
 * Per employee among `employeeIds`, their newest SKP of the year (as `findSkps` picks it: the highest id) and the
 * predikat of its latest evaluated period — the row Tim Saya shows, as a subquery to aggregate or filter on.
 */
function newestSkpPredikats(db: Database, yearId: number, employeeIds: number[]) {
  return db
    .selectFrom('perf_skps as s')
    .distinctOn('s.employee_id')
    .select('s.employee_id')
    .select((eb) => latestPredikatOf(eb).as('predikat'))
    .where('s.year_id', '=', yearId)
    .where(sql<SqlBool>`s.employee_id = any(${employeeIds}::int[])`)
    .orderBy('s.employee_id')
    .orderBy('s.id', 'desc');
}

/**
 * How many of the employees have each latest predikat of the year (null: an SKP of the year, no predikat yet); the
 * employees without an SKP of the year are not counted. One aggregate statement for a whole office.
 */
export async function countLatestPredikats(db: Database, yearId: number, employeeIds: number[]) {
  if (employeeIds.length === 0) return [];
  const rows = await db
    .selectFrom(newestSkpPredikats(db, yearId, employeeIds).as('l'))
    .select('l.predikat')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .groupBy('l.predikat')
    .execute();
  return rows.map((r) => ({ predikat: (r.predikat ?? null) as PredikatValue | null, count: Number(r.n) }));
}

/** The employees among `employeeIds` whose latest predikat of the year is `predikat`. */
export async function findEmployeeIdsWithLatestPredikat(
  db: Database,
  yearId: number,
  employeeIds: number[],
  predikat: PredikatValue,
) {
  if (employeeIds.length === 0) return [];
  const rows = await db
    .selectFrom(newestSkpPredikats(db, yearId, employeeIds).as('l'))
    .select('l.employee_id')
    .where('l.predikat', '=', predikat)
    .execute();
  return rows.map((r) => r.employee_id);
}

export async function insertSkp(db: Database, row: Insertable<PerfSkpsTable>) {
  return db.insertInto('perf_skps').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateSkp(db: Database, id: number, patch: Updateable<PerfSkpsTable>) {
  await db.updateTable('perf_skps').set(patch).where('id', '=', id).execute();
}

export async function findRhkOfSkps(db: Database, skpIds: number[]) {
  if (skpIds.length === 0) return [];
  return db
    .selectFrom('perf_rhk as r')
    .leftJoin('perf_rhk as parent', 'parent.id', 'r.parent_rhk_id')
    .selectAll('r')
    .select('parent.text as parent_text')
    .where('r.skp_id', 'in', skpIds)
    .orderBy('r.skp_id')
    .orderBy('r.sort')
    .execute();
}
export type RhkRow = Awaited<ReturnType<typeof findRhkOfSkps>>[number];

export async function findIndicatorsOfRhk(db: Database, rhkIds: number[]) {
  if (rhkIds.length === 0) return [];
  return db
    .selectFrom('perf_indicators')
    .selectAll()
    .where('rhk_id', 'in', rhkIds)
    .orderBy('rhk_id')
    .orderBy('sort')
    .execute();
}
export type IndicatorRow = Awaited<ReturnType<typeof findIndicatorsOfRhk>>[number];

export async function findRhkByIds(db: Database, ids: number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('perf_rhk').selectAll().where('id', 'in', ids).execute();
}

/** RHK of other SKPs that name one of these RHK as the leader's RHK they support. */
export async function findChildRhk(db: Database, parentIds: number[]) {
  if (parentIds.length === 0) return [];
  return db
    .selectFrom('perf_rhk')
    .select(['id', 'parent_rhk_id'])
    .where('parent_rhk_id', 'in', parentIds)
    .execute();
}

export async function insertRhk(db: Database, row: Insertable<PerfRhkTable>) {
  return db.insertInto('perf_rhk').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateRhk(db: Database, id: number, patch: Updateable<PerfRhkTable>) {
  await db.updateTable('perf_rhk').set(patch).where('id', '=', id).execute();
}

export async function deleteRhk(db: Database, ids: number[]) {
  if (ids.length === 0) return;
  await db.deleteFrom('perf_rhk').where('id', 'in', ids).execute();
}

export async function insertIndicator(db: Database, row: Insertable<PerfIndicatorsTable>) {
  await db.insertInto('perf_indicators').values(row).execute();
}

export async function updateIndicator(db: Database, id: number, patch: Updateable<PerfIndicatorsTable>) {
  await db.updateTable('perf_indicators').set(patch).where('id', '=', id).execute();
}

export async function deleteIndicators(db: Database, ids: number[]) {
  if (ids.length === 0) return;
  await db.deleteFrom('perf_indicators').where('id', 'in', ids).execute();
}

export async function insertVersion(
  db: Database,
  row: {
    skp_id: number;
    version: number;
    event: string;
    note: string | null;
    snapshot: unknown;
    actor_name: string;
    at: Date;
  },
) {
  await db
    .insertInto('perf_skp_versions')
    .values({ ...row, snapshot: json(row.snapshot) })
    .execute();
}

export async function findVersions(db: Database, skpId: number) {
  return db.selectFrom('perf_skp_versions').selectAll().where('skp_id', '=', skpId).orderBy('id').execute();
}

// ---------------------------------------------------------------- realisation and evidence

export async function findRealisations(db: Database, indicatorIds: number[]) {
  if (indicatorIds.length === 0) return [];
  return db.selectFrom('perf_realisations').selectAll().where('indicator_id', 'in', indicatorIds).execute();
}

export async function upsertRealisation(db: Database, row: Insertable<PerfRealisationsTable>) {
  await db
    .insertInto('perf_realisations')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['indicator_id', 'period_id']).doUpdateSet({
        value: row.value,
        text: row.text,
        action_plan: row.action_plan,
        period_target: row.period_target,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

/** Evidence without the file bytes (lists never carry file contents). */
export async function findEvidence(db: Database, indicatorIds: number[]) {
  if (indicatorIds.length === 0) return [];
  return db
    .selectFrom('perf_evidence')
    .select([
      'id',
      'indicator_id',
      'period_id',
      'kind',
      'url',
      'file_name',
      'mime_type',
      'size_bytes',
      'description',
      'created_at',
    ])
    .where('indicator_id', 'in', indicatorIds)
    .orderBy('id')
    .execute();
}

export async function findEvidenceFile(db: Database, id: number) {
  return db
    .selectFrom('perf_evidence as ev')
    .innerJoin('perf_indicators as i', 'i.id', 'ev.indicator_id')
    .innerJoin('perf_rhk as r', 'r.id', 'i.rhk_id')
    .select(['ev.id', 'ev.kind', 'ev.file_name', 'ev.mime_type', 'ev.content', 'r.skp_id'])
    .where('ev.id', '=', id)
    .executeTakeFirst();
}

export async function insertEvidence(db: Database, row: Insertable<PerfEvidenceTable>) {
  return db.insertInto('perf_evidence').values(row).returning('id').executeTakeFirstOrThrow();
}

// ---------------------------------------------------------------- feedback

export async function findFeedback(db: Database, skpId: number) {
  return db
    .selectFrom('perf_feedback as f')
    .leftJoin('perf_rhk as r', 'r.id', 'f.rhk_id')
    .selectAll('f')
    .select('r.text as rhk_text')
    .where('f.skp_id', '=', skpId)
    .orderBy('f.created_at', 'desc')
    .orderBy('f.id', 'desc')
    .execute();
}

export async function insertFeedback(db: Database, row: Insertable<PerfFeedbackTable>) {
  return db.insertInto('perf_feedback').values(row).returning('id').executeTakeFirstOrThrow();
}

// ---------------------------------------------------------------- evaluation, history, objection

export async function findEvaluation(db: Database, skpId: number, periodId: number) {
  return db
    .selectFrom('perf_evaluations')
    .selectAll()
    .where('skp_id', '=', skpId)
    .where('period_id', '=', periodId)
    .executeTakeFirst();
}

export async function findEvaluationById(db: Database, id: number) {
  return db.selectFrom('perf_evaluations').selectAll().where('id', '=', id).executeTakeFirst();
}
export type EvaluationRow = NonNullable<Awaited<ReturnType<typeof findEvaluationById>>>;

export async function findEvaluationsOfSkp(db: Database, skpId: number) {
  return db
    .selectFrom('perf_evaluations')
    .selectAll()
    .where('skp_id', '=', skpId)
    .orderBy('period_id')
    .execute();
}

/** An employee's evaluations for periods ending on or after `since`, with the period (for the training needs). */
export async function findEvaluationsOfEmployeeSince(db: Database, employeeId: number, since: string) {
  return db
    .selectFrom('perf_evaluations as ev')
    .innerJoin('perf_skps as s', 's.id', 'ev.skp_id')
    .innerJoin('perf_periods as p', 'p.id', 'ev.period_id')
    .innerJoin('perf_years as y', 'y.id', 'p.year_id')
    .select(['ev.id', 'ev.skp_id', 'ev.period_id', 'ev.predikat', 'p.label', 'p.end_date', 'y.year'])
    .where('s.employee_id', '=', employeeId)
    .where('p.end_date', '>=', since)
    .orderBy('p.end_date', 'desc')
    .execute();
}

export async function findEvaluationsOfPeriod(db: Database, periodId: number) {
  return db.selectFrom('perf_evaluations').selectAll().where('period_id', '=', periodId).execute();
}

/** The first of the periods (in the order given) that has an evaluation; undefined when none has. */
export async function findFirstRatedPeriodId(db: Database, periodIds: number[]): Promise<number | undefined> {
  if (periodIds.length === 0) return undefined;
  const row = await db
    .selectFrom('perf_evaluations')
    .select('period_id')
    .where('period_id', 'in', periodIds)
    .orderBy(sql`array_position(${sql.val(periodIds)}::int[], period_id)`)
    .limit(1)
    .executeTakeFirst();
  return row?.period_id;
}

/**
 * Each evaluation of a period with the unit its SKP's owner held a position in on `date` (the latest assignment that
 * day, as `findPersons` reads it); the unit is null when the SKP is not of year `yearId` or the owner held no
 * position. One query: the whole office's SKPs and people are not sent to the app to be matched (issue 15).
 */
export async function findPeriodRatingUnits(db: Database, periodId: number, yearId: number, date: string) {
  const rows = await sql<{ predikat: PerfEvaluationsTable['predikat']; unit_id: number | null }>`
    select ev.predikat, a.unit_id
    from perf_evaluations ev
    left join perf_skps s on s.id = ev.skp_id and s.year_id = ${yearId}
    left join lateral (${assignmentOn('s.employee_id', date)}) a on true
    where ev.period_id = ${periodId}`.execute(db);
  return rows.rows;
}

export async function insertEvaluation(db: Database, row: Insertable<PerfEvaluationsTable>) {
  return db.insertInto('perf_evaluations').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateEvaluation(db: Database, id: number, patch: Updateable<PerfEvaluationsTable>) {
  await db.updateTable('perf_evaluations').set(patch).where('id', '=', id).execute();
}

export async function insertRatingHistory(db: Database, row: Insertable<PerfRatingHistoryTable>) {
  await db.insertInto('perf_rating_history').values(row).execute();
}

export async function findRatingHistory(db: Database, evaluationIds: number[]) {
  if (evaluationIds.length === 0) return [];
  return db
    .selectFrom('perf_rating_history')
    .selectAll()
    .where('evaluation_id', 'in', evaluationIds)
    .orderBy('id')
    .execute();
}

export async function findObjections(db: Database, evaluationIds: number[]) {
  if (evaluationIds.length === 0) return [];
  return db
    .selectFrom('perf_objections')
    .selectAll()
    .where('evaluation_id', 'in', evaluationIds)
    .orderBy('id')
    .execute();
}

export async function findObjectionById(db: Database, id: number) {
  return db.selectFrom('perf_objections').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPendingObjections(db: Database) {
  return db
    .selectFrom('perf_objections as o')
    .innerJoin('perf_evaluations as ev', 'ev.id', 'o.evaluation_id')
    .innerJoin('perf_skps as s', 's.id', 'ev.skp_id')
    .innerJoin('perf_periods as p', 'p.id', 'ev.period_id')
    .select([
      'o.id',
      'o.evaluation_id',
      'o.reason',
      'o.created_at',
      'ev.skp_id',
      'ev.predikat',
      'ev.rater_employee_id',
      's.employee_id',
      'p.label as period_label',
      'p.end_date',
    ])
    .where('o.status', '=', 'PENDING')
    .orderBy('o.id')
    .execute();
}

export async function insertObjection(db: Database, row: Insertable<PerfObjectionsTable>) {
  return db.insertInto('perf_objections').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function decideObjection(
  db: Database,
  id: number,
  patch: Required<
    Pick<
      Updateable<PerfObjectionsTable>,
      | 'status'
      | 'decision_reason'
      | 'decided_by_employee_id'
      | 'decided_by_name'
      | 'decided_by_position'
      | 'is_external'
      | 'recorded_by_name'
      | 'decided_at'
    >
  >,
) {
  await db.updateTable('perf_objections').set(patch).where('id', '=', id).execute();
}

// ---------------------------------------------------------------- documents

export async function insertDocument(db: Database, row: Insertable<PerfDocumentsTable>) {
  await db.insertInto('perf_documents').values(row).execute();
}

export async function findDocumentByCode(db: Database, code: string) {
  return db.selectFrom('perf_documents').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function findDocumentByHash(
  db: Database,
  kind: PerfDocumentKind,
  skpId: number,
  sha256: string,
) {
  return db
    .selectFrom('perf_documents')
    .selectAll()
    .where('kind', '=', kind)
    .where('skp_id', '=', skpId)
    .where('sha256', '=', sha256)
    .executeTakeFirst();
}

/** Every employee holding a position on `date` (the Admin's overdue scope). */
export async function findEmployeeIdsInOffice(db: Database, date: string) {
  const rows = await db
    .selectFrom('employee_positions as ep')
    .innerJoin('employees as e', 'e.id', 'ep.employee_id')
    .select('ep.employee_id')
    .distinct()
    .where('e.is_active', '=', true)
    .where(activeOn('ep', date))
    .execute();
  return rows.map((r) => r.employee_id);
}

/** Evaluations of a year's SKPs, for the overdue list. */
export async function findEvaluationKeysOfYear(db: Database, yearId: number) {
  return db
    .selectFrom('perf_evaluations as ev')
    .innerJoin('perf_skps as s', 's.id', 'ev.skp_id')
    .select(['ev.skp_id', 'ev.period_id'])
    .where('s.year_id', '=', yearId)
    .execute();
}

// ---------------------------------------------------------------- rater delegation

export async function findDelegations(db: Database, yearId: number) {
  // The rater walk asks once per period (lib/read-memo).
  const rows = await memoRead(db, `perf.delegations:${yearId}`, () =>
    db.selectFrom('perf_rater_delegations').selectAll().where('year_id', '=', yearId).orderBy('id').execute(),
  );
  return [...rows];
}

export async function upsertDelegation(db: Database, row: Insertable<PerfRaterDelegationsTable>) {
  await db
    .insertInto('perf_rater_delegations')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['year_id', 'from_employee_id']).doUpdateSet({
        to_employee_id: row.to_employee_id,
        reason: row.reason,
        created_by: row.created_by,
        created_at: row.created_at,
      }),
    )
    .execute();
}
