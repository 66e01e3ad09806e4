import type { Role } from '@sim/contracts';
import { sql, type ExpressionBuilder, type Insertable, type Updateable } from 'kysely';
import type { Database } from '../../db/database';
import { findSetting, upsertSetting } from '../../db/settings';
import { fetchPage } from '../../db/paging';
import type {
  DB,
  OversightChecklistItemsTable,
  OversightFindingsTable,
  OversightInspectionsTable,
  OversightPlansTable,
  OversightRecommendationEventsTable,
  OversightRecommendationsTable,
  OversightTeamsTable,
} from '../../db/schema';
import { activeOn } from '../org/org-queries';

// The only Kysely user of internal oversight. Joins to org's tables (names, who holds a position on a date) and to
// the account tables (who holds the oversight-team role) are read-only.

const SETTINGS_KEY = 'oversight.settings';

// ---------------------------------------------------------------- settings

export async function findSettingsValue(db: Database): Promise<unknown> {
  return findSetting(db, SETTINGS_KEY);
}

export async function upsertSettingsValue(db: Database, value: unknown, at: Date): Promise<void> {
  await upsertSetting(db, SETTINGS_KEY, value, at);
}

// ---------------------------------------------------------------- org reads

/** The unit of the position the employee holds on `date` (the first, when several), or null. */
export async function findEmployeeUnitOn(db: Database, employeeId: number, date: string) {
  const row = await db
    .selectFrom('employee_positions as ep')
    .innerJoin('positions as p', 'p.id', 'ep.position_id')
    .select('p.unit_id')
    .where('ep.employee_id', '=', employeeId)
    .where(activeOn('ep', date))
    .orderBy('ep.start_date', 'desc')
    .executeTakeFirst();
  return row?.unit_id ?? null;
}

export async function findEmployeeById(db: Database, id: number) {
  return db
    .selectFrom('employees')
    .select(['id', 'name', 'front_title', 'back_title', 'nip', 'is_active'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findUnitById(db: Database, id: number) {
  return db.selectFrom('org_units').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

export async function findCategoryById(db: Database, id: number) {
  return db
    .selectFrom('complaint_categories')
    .select(['id', 'name', 'unit_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findComplaintById(db: Database, id: number) {
  return db
    .selectFrom('complaints')
    .select(['id', 'is_integrity', 'unit_id', 'assignee_employee_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Active employees whose active account holds `role`, with the unit they work in on `date`. */
export async function findRoleHolders(db: Database, role: Role, date: string, employeeIds?: number[]) {
  if (employeeIds && employeeIds.length === 0) return [];
  let q = db
    .selectFrom('user_roles as r')
    .innerJoin('users as us', 'us.id', 'r.user_id')
    .innerJoin('employees as e', 'e.id', 'us.employee_id')
    .leftJoin('employee_positions as ep', (j) =>
      j.onRef('ep.employee_id', '=', 'e.id').on(activeOn('ep', date)),
    )
    .leftJoin('positions as p', 'p.id', 'ep.position_id')
    .leftJoin('org_units as u', 'u.id', 'p.unit_id')
    .select([
      'e.id as employee_id',
      'e.name',
      'e.front_title',
      'e.back_title',
      'e.nip',
      'u.name as unit_name',
    ])
    .distinctOn('e.id')
    .where('r.role', '=', role)
    .where('us.is_active', '=', true)
    .where('e.is_active', '=', true);
  if (employeeIds) q = q.where('e.id', 'in', employeeIds);
  return q.orderBy('e.id').execute();
}

/** Active employees with the unit of their position on `date` (pickers of the oversight forms). */
export async function findActiveEmployees(db: Database, date: string) {
  return db
    .selectFrom('employees as e')
    .leftJoin('employee_positions as ep', (j) =>
      j.onRef('ep.employee_id', '=', 'e.id').on(activeOn('ep', date)),
    )
    .leftJoin('positions as p', 'p.id', 'ep.position_id')
    .leftJoin('org_units as u', 'u.id', 'p.unit_id')
    .select([
      'e.id',
      'e.name',
      'e.front_title',
      'e.back_title',
      'e.nip',
      'u.id as unit_id',
      'u.name as unit_name',
    ])
    .distinctOn('e.id')
    .where('e.is_active', '=', true)
    .orderBy('e.id')
    .execute();
}

// ---------------------------------------------------------------- teams

export type TeamRow = Awaited<ReturnType<typeof findTeams>>[number];

export async function findTeams(db: Database, ids?: number[]) {
  if (ids && ids.length === 0) return [];
  let q = db.selectFrom('oversight_teams').selectAll();
  if (ids) q = q.where('id', 'in', ids);
  return q.orderBy('period_end', 'desc').orderBy('id', 'desc').execute();
}

export async function findTeamById(db: Database, id: number, opts: { forUpdate?: boolean } = {}) {
  let q = db.selectFrom('oversight_teams').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function findTeamByDecree(db: Database, decreeNumber: string) {
  return db
    .selectFrom('oversight_teams')
    .select('id')
    .where(sql<string>`lower(decree_number)`, '=', decreeNumber.toLowerCase())
    .executeTakeFirst();
}

export async function findTeamMembers(db: Database, teamIds: number[]) {
  if (teamIds.length === 0) return [];
  return db
    .selectFrom('oversight_team_members as m')
    .innerJoin('employees as e', 'e.id', 'm.employee_id')
    .select(['m.team_id', 'm.employee_id', 'm.is_leader', 'e.name', 'e.front_title', 'e.back_title', 'e.nip'])
    .where('m.team_id', 'in', teamIds)
    .orderBy('m.is_leader', 'desc')
    .orderBy('e.name')
    .execute();
}

export async function insertTeam(db: Database, values: Insertable<OversightTeamsTable>) {
  return db.insertInto('oversight_teams').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateTeam(db: Database, id: number, values: Updateable<OversightTeamsTable>) {
  await db.updateTable('oversight_teams').set(values).where('id', '=', id).execute();
}

export async function replaceTeamMembers(
  db: Database,
  teamId: number,
  members: { employeeId: number; isLeader: boolean }[],
) {
  await db.deleteFrom('oversight_team_members').where('team_id', '=', teamId).execute();
  await db
    .insertInto('oversight_team_members')
    .values(members.map((m) => ({ team_id: teamId, employee_id: m.employeeId, is_leader: m.isLeader })))
    .execute();
}

/** Every team the employee is on, with its period (the service decides which are active today). */
export async function findMembershipsOf(db: Database, employeeId: number) {
  return db
    .selectFrom('oversight_team_members as m')
    .innerJoin('oversight_teams as t', 't.id', 'm.team_id')
    .select(['t.id as team_id', 't.period_start', 't.period_end'])
    .where('m.employee_id', '=', employeeId)
    .execute();
}

// ---------------------------------------------------------------- checklist templates

export async function findTemplates(db: Database) {
  return db.selectFrom('oversight_checklist_templates').selectAll().orderBy('name').execute();
}

export async function findTemplateById(db: Database, id: number, opts: { forUpdate?: boolean } = {}) {
  let q = db.selectFrom('oversight_checklist_templates').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function findTemplateByCode(db: Database, code: string) {
  return db
    .selectFrom('oversight_checklist_templates')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function insertTemplate(
  db: Database,
  values: { code: string; name: string; description: string | null; created_by: number },
) {
  return db
    .insertInto('oversight_checklist_templates')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateTemplate(
  db: Database,
  id: number,
  values: { name?: string; description?: string | null; is_active?: boolean; updated_at: Date },
) {
  await db.updateTable('oversight_checklist_templates').set(values).where('id', '=', id).execute();
}

const isUsedVersion = sql<boolean>`(exists (select 1 from oversight_plans p where p.checklist_version_id = v.id)
  or exists (select 1 from oversight_inspections i where i.checklist_version_id = v.id))`;

/** Versions of the templates, newest first, each with whether a plan or an inspection uses it. */
export async function findVersions(db: Database, templateIds: number[]) {
  if (templateIds.length === 0) return [];
  return db
    .selectFrom('oversight_checklist_versions as v')
    .innerJoin('oversight_checklist_templates as t', 't.id', 'v.template_id')
    .select([
      'v.id',
      'v.template_id',
      'v.version',
      'v.note',
      'v.created_at',
      't.name as template_name',
      isUsedVersion.as('is_used'),
    ])
    .where('v.template_id', 'in', templateIds)
    .orderBy('v.template_id')
    .orderBy('v.version', 'desc')
    .execute();
}

export async function findVersionById(db: Database, id: number) {
  return db
    .selectFrom('oversight_checklist_versions as v')
    .innerJoin('oversight_checklist_templates as t', 't.id', 'v.template_id')
    .select([
      'v.id',
      'v.template_id',
      'v.version',
      'v.note',
      'v.created_at',
      't.name as template_name',
      't.is_active as template_is_active',
      isUsedVersion.as('is_used'),
    ])
    .where('v.id', '=', id)
    .executeTakeFirst();
}

export async function findItems(db: Database, versionIds: number[]) {
  if (versionIds.length === 0) return [];
  return db
    .selectFrom('oversight_checklist_items')
    .selectAll()
    .where('version_id', 'in', versionIds)
    .orderBy('version_id')
    .orderBy('position')
    .execute();
}

export async function insertVersion(
  db: Database,
  values: { template_id: number; version: number; note: string | null; created_by: number },
) {
  return db
    .insertInto('oversight_checklist_versions')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function deleteItems(db: Database, versionId: number) {
  await db.deleteFrom('oversight_checklist_items').where('version_id', '=', versionId).execute();
}

export async function insertItems(db: Database, items: Insertable<OversightChecklistItemsTable>[]) {
  await db.insertInto('oversight_checklist_items').values(items).execute();
}

// ---------------------------------------------------------------- plans

const planColumns = [
  'pl.id',
  'pl.team_id',
  't.name as team_name',
  'pl.title',
  'pl.target_kind',
  'pl.target_unit_id',
  'u.name as target_unit_name',
  'pl.target_category_id',
  'c.name as target_category_name',
  'pl.target_service_text',
  'pl.target_employee_id',
  'e.name as target_employee_name',
  'e.front_title as target_employee_front_title',
  'e.back_title as target_employee_back_title',
  'pl.planned_date',
  'pl.checklist_version_id',
  'ct.name as checklist_name',
  'v.version as checklist_version',
  'pl.kind',
  'pl.status',
  'pl.notes',
  'pl.cancel_reason',
] as const;

function plansQuery(db: Database) {
  return db
    .selectFrom('oversight_plans as pl')
    .innerJoin('oversight_teams as t', 't.id', 'pl.team_id')
    .innerJoin('org_units as u', 'u.id', 'pl.target_unit_id')
    .leftJoin('complaint_categories as c', 'c.id', 'pl.target_category_id')
    .leftJoin('employees as e', 'e.id', 'pl.target_employee_id')
    .innerJoin('oversight_checklist_versions as v', 'v.id', 'pl.checklist_version_id')
    .innerJoin('oversight_checklist_templates as ct', 'ct.id', 'v.template_id')
    .select(planColumns)
    .select((eb) =>
      eb
        .selectFrom('oversight_inspections as i')
        .select('i.id')
        .whereRef('i.plan_id', '=', 'pl.id')
        .orderBy('i.id')
        .limit(1)
        .as('inspection_id'),
    );
}

export type PlanRow = Awaited<ReturnType<typeof findPlanById>> & {};

export async function findPlans(db: Database, from: string, to: string) {
  return plansQuery(db)
    .where('pl.planned_date', '>=', from)
    .where('pl.planned_date', '<=', to)
    .orderBy('pl.planned_date')
    .orderBy('pl.id')
    .execute();
}

export async function findPlanById(db: Database, id: number) {
  return plansQuery(db).where('pl.id', '=', id).executeTakeFirst();
}

export async function lockPlan(db: Database, id: number) {
  return db.selectFrom('oversight_plans').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertPlan(db: Database, values: Insertable<OversightPlansTable>) {
  return db.insertInto('oversight_plans').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updatePlan(db: Database, id: number, values: Updateable<OversightPlansTable>) {
  await db.updateTable('oversight_plans').set(values).where('id', '=', id).execute();
}

// ---------------------------------------------------------------- inspections

function inspectionsQuery(db: Database) {
  return db
    .selectFrom('oversight_inspections as i')
    .innerJoin('oversight_teams as t', 't.id', 'i.team_id')
    .innerJoin('org_units as u', 'u.id', 'i.target_unit_id')
    .leftJoin('complaint_categories as c', 'c.id', 'i.target_category_id')
    .leftJoin('employees as e', 'e.id', 'i.target_employee_id')
    .innerJoin('employees as ins', 'ins.id', 'i.inspector_employee_id')
    .innerJoin('oversight_checklist_versions as v', 'v.id', 'i.checklist_version_id')
    .innerJoin('oversight_checklist_templates as ct', 'ct.id', 'v.template_id')
    .selectAll('i')
    .select([
      't.name as team_name',
      'u.name as target_unit_name',
      'c.name as target_category_name',
      'e.name as target_employee_name',
      'e.front_title as target_employee_front_title',
      'e.back_title as target_employee_back_title',
      'ins.name as inspector_name',
      'ins.front_title as inspector_front_title',
      'ins.back_title as inspector_back_title',
      'ct.name as checklist_name',
    ])
    .select((eb) =>
      eb
        .selectFrom('oversight_findings as f')
        .select((e2) => e2.fn.countAll<number>().as('n'))
        .whereRef('f.inspection_id', '=', 'i.id')
        .as('finding_count'),
    );
}

export type InspectionRow = NonNullable<Awaited<ReturnType<typeof findInspectionById>>>;

export async function findInspectionById(db: Database, id: number) {
  return inspectionsQuery(db).where('i.id', '=', id).executeTakeFirst();
}

/** The inspection a phone made, locked so two sends of the same form queue behind each other. */
export async function lockInspectionByUuid(db: Database, uuid: string) {
  return db
    .selectFrom('oversight_inspections')
    .selectAll()
    .where('client_uuid', '=', uuid)
    .forUpdate()
    .executeTakeFirst();
}

export async function findInspectionIdByUuid(db: Database, uuid: string) {
  const row = await db
    .selectFrom('oversight_inspections')
    .select('id')
    .where('client_uuid', '=', uuid)
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Inserts the inspection unless a concurrent first send of the same form got there first (then nothing is
 * inserted and the caller reads the winner's row).
 */
export async function insertInspection(db: Database, values: Insertable<OversightInspectionsTable>) {
  const row = await db
    .insertInto('oversight_inspections')
    .values(values)
    .onConflict((oc) => oc.column('client_uuid').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function updateInspection(
  db: Database,
  id: number,
  values: Updateable<OversightInspectionsTable>,
) {
  await db.updateTable('oversight_inspections').set(values).where('id', '=', id).execute();
}

export async function findInspectionsPage(
  db: Database,
  filter: { teamIds: number[] | null; status?: string; complaintId?: number },
  page: number,
  pageSize: number,
) {
  let filtered = db.selectFrom('oversight_inspections as i');
  if (filter.complaintId) filtered = filtered.where('i.complaint_id', '=', filter.complaintId);
  if (filter.teamIds) {
    filtered = filter.teamIds.length
      ? filtered.where('i.team_id', 'in', filter.teamIds)
      : filtered.where(sql<boolean>`false`);
  }
  if (filter.status === 'DRAFT' || filter.status === 'SUBMITTED') {
    filtered = filtered.where('i.status', '=', filter.status);
  }
  let rows = inspectionsQuery(db);
  if (filter.complaintId) rows = rows.where('i.complaint_id', '=', filter.complaintId);
  if (filter.teamIds) {
    rows = filter.teamIds.length
      ? rows.where('i.team_id', 'in', filter.teamIds)
      : rows.where(sql<boolean>`false`);
  }
  if (filter.status === 'DRAFT' || filter.status === 'SUBMITTED')
    rows = rows.where('i.status', '=', filter.status);
  return fetchPage(rows.orderBy('i.started_at', 'desc').orderBy('i.id', 'desc'), filtered, page, pageSize);
}

export async function findAnswers(db: Database, inspectionId: number) {
  return db
    .selectFrom('oversight_inspection_answers')
    .selectAll()
    .where('inspection_id', '=', inspectionId)
    .execute();
}

export async function replaceAnswers(
  db: Database,
  inspectionId: number,
  answers: {
    item_id: number;
    answer_yes: boolean | null;
    answer_score: number | null;
    answer_text: string | null;
    note: string | null;
  }[],
) {
  await db.deleteFrom('oversight_inspection_answers').where('inspection_id', '=', inspectionId).execute();
  if (answers.length === 0) return;
  await db
    .insertInto('oversight_inspection_answers')
    .values(answers.map((a) => ({ ...a, inspection_id: inspectionId })))
    .execute();
}

const photoMeta = ['id', 'client_uuid', 'item_id', 'file_name', 'mime', 'size'] as const;

export async function findPhotos(db: Database, inspectionId: number) {
  return db
    .selectFrom('oversight_inspection_photos')
    .select(photoMeta)
    .where('inspection_id', '=', inspectionId)
    .orderBy('id')
    .execute();
}

export async function findPhotoByUuid(db: Database, uuid: string) {
  return db
    .selectFrom('oversight_inspection_photos')
    .select([...photoMeta, 'inspection_id'])
    .where('client_uuid', '=', uuid)
    .executeTakeFirst();
}

export async function countPhotos(db: Database, inspectionId: number) {
  const row = await db
    .selectFrom('oversight_inspection_photos')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('inspection_id', '=', inspectionId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertPhoto(
  db: Database,
  values: {
    inspection_id: number;
    item_id: number | null;
    client_uuid: string;
    file_name: string;
    mime: string;
    size: number;
    content: Buffer;
  },
) {
  const row = await db
    .insertInto('oversight_inspection_photos')
    .values(values)
    .onConflict((oc) => oc.column('client_uuid').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function findPhotoContent(db: Database, id: number) {
  return db
    .selectFrom('oversight_inspection_photos')
    .select(['id', 'inspection_id', 'file_name', 'mime', 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findPhotosWithContent(db: Database, inspectionId: number, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('oversight_inspection_photos')
    .select(['id', 'file_name', 'mime', 'size', 'content'])
    .where('inspection_id', '=', inspectionId)
    .where('id', 'in', ids)
    .execute();
}

// ---------------------------------------------------------------- findings

function findingsQuery(db: Database) {
  return db
    .selectFrom('oversight_findings as f')
    .innerJoin('oversight_teams as t', 't.id', 'f.team_id')
    .innerJoin('org_units as u', 'u.id', 'f.unit_id')
    .leftJoin('employees as ce', 'ce.id', 'f.concerned_employee_id')
    .leftJoin('employees as cb', 'cb.id', 'f.created_by_employee_id')
    .selectAll('f')
    .select([
      't.name as team_name',
      'u.name as unit_name',
      'ce.name as concerned_name',
      'ce.front_title as concerned_front_title',
      'ce.back_title as concerned_back_title',
      'cb.name as created_by_name',
      'cb.front_title as created_by_front_title',
      'cb.back_title as created_by_back_title',
    ])
    .select((eb) => [
      eb
        .selectFrom('oversight_recommendations as r')
        .select((e2) => e2.fn.countAll<number>().as('n'))
        .whereRef('r.finding_id', '=', 'f.id')
        .as('recommendation_count'),
      eb
        .selectFrom('oversight_recommendations as r')
        .select((e2) => e2.fn.countAll<number>().as('n'))
        .whereRef('r.finding_id', '=', 'f.id')
        .where('r.status', 'in', ['OPEN', 'RETURNED', 'SUBMITTED', 'CANNOT_FOLLOW_UP_PENDING'])
        .as('open_recommendation_count'),
    ]);
}

export type FindingRow = NonNullable<Awaited<ReturnType<typeof findFindingById>>>;

export async function findFindingById(db: Database, id: number) {
  return findingsQuery(db).where('f.id', '=', id).executeTakeFirst();
}

/**
 * What a reader may list: `all` (the Pimpinan), or the union of the teams' findings, the non-integrity ones (any
 * oversight-team member), those concerning the employee, and those where the employee or one of the units owns a
 * recommendation (non-integrity only).
 */
export type FindingScope =
  | { all: true }
  | {
      all: false;
      teamIds: number[];
      allOrdinary: boolean;
      employeeId: number | null;
      ownerUnitIds: number[];
    };

type FindingsEb = ExpressionBuilder<DB & { f: OversightFindingsTable }, 'f'>;

/** The reader's scope and the list's filters as one condition on `f` (used for the page and its total alike). */
function findingFilter(
  scope: FindingScope,
  filter: { severity?: string; unitId?: number; complaintId?: number },
) {
  return (eb: FindingsEb) => {
    const conditions = [];
    if (!scope.all) {
      const ors = [];
      if (scope.teamIds.length) ors.push(eb('f.team_id', 'in', scope.teamIds));
      if (scope.allOrdinary) ors.push(eb('f.is_integrity', '=', false));
      const employeeId = scope.employeeId;
      if (employeeId !== null) {
        ors.push(eb('f.concerned_employee_id', '=', employeeId));
        const unitIds = scope.ownerUnitIds;
        ors.push(
          eb.and([
            eb('f.is_integrity', '=', false),
            eb.exists(
              eb
                .selectFrom('oversight_recommendations as r')
                .select('r.id')
                .whereRef('r.finding_id', '=', 'f.id')
                .where((e2) =>
                  e2.or([
                    e2('r.owner_employee_id', '=', employeeId),
                    ...(unitIds.length ? [e2('r.owner_unit_id', 'in', unitIds)] : []),
                  ]),
                ),
            ),
          ]),
        );
      }
      conditions.push(ors.length ? eb.or(ors) : eb.lit(false));
    }
    if (filter.severity === 'BERAT' || filter.severity === 'SEDANG' || filter.severity === 'RINGAN') {
      conditions.push(eb('f.severity', '=', filter.severity));
    }
    if (filter.unitId) conditions.push(eb('f.unit_id', '=', filter.unitId));
    if (filter.complaintId) conditions.push(eb('f.complaint_id', '=', filter.complaintId));
    return eb.and(conditions);
  };
}

export async function findFindingsPage(
  db: Database,
  scope: FindingScope,
  filter: { severity?: string; unitId?: number; complaintId?: number },
  page: number,
  pageSize: number,
) {
  const where = findingFilter(scope, filter);
  const rows = findingsQuery(db).where(where).orderBy('f.created_at', 'desc').orderBy('f.id', 'desc');
  return fetchPage(rows, db.selectFrom('oversight_findings as f').where(where), page, pageSize);
}

export async function insertFinding(db: Database, values: Insertable<OversightFindingsTable>) {
  return db.insertInto('oversight_findings').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateFinding(db: Database, id: number, values: Updateable<OversightFindingsTable>) {
  await db.updateTable('oversight_findings').set(values).where('id', '=', id).execute();
}

export async function lockFinding(db: Database, id: number) {
  return db.selectFrom('oversight_findings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertFindingFile(
  db: Database,
  values: { finding_id: number; file_name: string; mime: string; size: number; content: Buffer },
) {
  return db.insertInto('oversight_finding_files').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function findFindingFiles(db: Database, findingId: number) {
  return db
    .selectFrom('oversight_finding_files')
    .select(['id', 'file_name', 'mime', 'size'])
    .where('finding_id', '=', findingId)
    .orderBy('id')
    .execute();
}

export async function findFindingFileContent(db: Database, id: number) {
  return db
    .selectFrom('oversight_finding_files')
    .select(['id', 'finding_id', 'file_name', 'mime', 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
}

// ---------------------------------------------------------------- recommendations

export type RecommendationRow = Awaited<ReturnType<typeof findRecommendations>>[number];

export async function findRecommendations(db: Database, findingIds: number[]) {
  if (findingIds.length === 0) return [];
  return db
    .selectFrom('oversight_recommendations as r')
    .leftJoin('employees as e', 'e.id', 'r.owner_employee_id')
    .leftJoin('org_units as u', 'u.id', 'r.owner_unit_id')
    .selectAll('r')
    .select([
      'e.name as owner_name',
      'e.front_title as owner_front_title',
      'e.back_title as owner_back_title',
    ])
    .select('u.name as owner_unit_name')
    .where('r.finding_id', 'in', findingIds)
    .orderBy('r.id')
    .execute();
}

export async function lockRecommendation(db: Database, id: number) {
  return db
    .selectFrom('oversight_recommendations')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function insertRecommendation(db: Database, values: Insertable<OversightRecommendationsTable>) {
  return db.insertInto('oversight_recommendations').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateRecommendation(
  db: Database,
  id: number,
  values: Updateable<OversightRecommendationsTable>,
) {
  await db.updateTable('oversight_recommendations').set(values).where('id', '=', id).execute();
}

export async function insertRecommendationEvent(
  db: Database,
  values: Insertable<OversightRecommendationEventsTable>,
) {
  await db.insertInto('oversight_recommendation_events').values(values).execute();
}
