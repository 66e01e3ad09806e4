import type { Insertable } from 'kysely';
import type { Database } from '../../db/database';
import type { OversightReportDocumentsTable } from '../../db/schema';

// Read-only queries of the oversight reports: inspections done, findings by severity, recommendations of a period
// and units, and one inspection with its answers and findings for the laporan hasil pengawasan.

export type ReportScope = { from: Date; to: Date; unitIds: number[] | null };

/** Submitted inspections in [from, to) of units in scope, counted per target unit. */
export async function countInspectionsByUnit(db: Database, s: ReportScope) {
  let q = db
    .selectFrom('oversight_inspections as i')
    .innerJoin('org_units as u', 'u.id', 'i.target_unit_id')
    .select(['i.target_unit_id as unit_id', 'u.name as unit_name'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('i.status', '=', 'SUBMITTED')
    .where('i.submitted_at', '>=', s.from)
    .where('i.submitted_at', '<', s.to)
    .groupBy(['i.target_unit_id', 'u.name'])
    .orderBy('u.name');
  if (s.unitIds) q = q.where('i.target_unit_id', 'in', s.unitIds.length > 0 ? s.unitIds : [-1]);
  return (await q.execute()).map((r) => ({ ...r, n: Number(r.n) }));
}

/** Findings recorded in [from, to) in units in scope, counted per severity. */
export async function countFindingsBySeverity(db: Database, s: ReportScope) {
  let q = db
    .selectFrom('oversight_findings')
    .select('severity')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('created_at', '>=', s.from)
    .where('created_at', '<', s.to)
    .groupBy('severity');
  if (s.unitIds) q = q.where('unit_id', 'in', s.unitIds.length > 0 ? s.unitIds : [-1]);
  return (await q.execute()).map((r) => ({ ...r, n: Number(r.n) }));
}

/** One inspection with its team, inspector, target and checklist. */
export async function findInspectionForReport(db: Database, id: number) {
  return db
    .selectFrom('oversight_inspections as i')
    .innerJoin('oversight_teams as t', 't.id', 'i.team_id')
    .innerJoin('employees as e', 'e.id', 'i.inspector_employee_id')
    .innerJoin('org_units as u', 'u.id', 'i.target_unit_id')
    .innerJoin('oversight_checklist_versions as v', 'v.id', 'i.checklist_version_id')
    .innerJoin('oversight_checklist_templates as ct', 'ct.id', 'v.template_id')
    .leftJoin('employees as te', 'te.id', 'i.target_employee_id')
    .leftJoin('complaint_categories as cc', 'cc.id', 'i.target_category_id')
    .select([
      'i.id',
      'i.team_id',
      'i.status',
      'i.kind',
      'i.target_kind',
      'i.target_service_text',
      'i.location',
      'i.notes',
      'i.started_at',
      'i.submitted_at',
      'i.complaint_id',
      't.name as team_name',
      't.decree_number',
      't.decree_date',
      'e.name as inspector_name',
      'e.front_title as inspector_front_title',
      'e.back_title as inspector_back_title',
      'e.nip as inspector_nip',
      'u.name as unit_name',
      'te.name as target_employee_name',
      'te.front_title as target_employee_front_title',
      'te.back_title as target_employee_back_title',
      'cc.name as category_name',
      'ct.name as checklist_name',
      'v.version as checklist_version',
    ])
    .where('i.id', '=', id)
    .executeTakeFirst();
}

/** The checklist items of the inspection's version with the answers given. */
export async function findInspectionAnswers(db: Database, inspectionId: number) {
  return db
    .selectFrom('oversight_inspections as i')
    .innerJoin('oversight_checklist_items as it', 'it.version_id', 'i.checklist_version_id')
    .leftJoin('oversight_inspection_answers as a', (j) =>
      j.onRef('a.item_id', '=', 'it.id').onRef('a.inspection_id', '=', 'i.id'),
    )
    .select([
      'it.position',
      'it.text',
      'it.type',
      'it.score_max',
      'a.answer_yes',
      'a.answer_score',
      'a.answer_text',
      'a.note',
    ])
    .where('i.id', '=', inspectionId)
    .orderBy('it.position')
    .execute();
}

/** The leader's name of a team (who signs the report). */
export async function findTeamLeader(db: Database, teamId: number) {
  return db
    .selectFrom('oversight_team_members as m')
    .innerJoin('employees as e', 'e.id', 'm.employee_id')
    .select(['e.name', 'e.front_title', 'e.back_title', 'e.nip'])
    .where('m.team_id', '=', teamId)
    .where('m.is_leader', '=', true)
    .executeTakeFirst();
}

/** The findings of an inspection with their recommendations. */
export async function findInspectionFindings(db: Database, inspectionId: number) {
  const findings = await db
    .selectFrom('oversight_findings')
    .select(['id', 'title', 'condition', 'criterion', 'cause', 'effect', 'severity', 'is_integrity'])
    .where('inspection_id', '=', inspectionId)
    .orderBy('id')
    .execute();
  return findings;
}

// ---------------------------------------------------------------- verifiable reports (ADR 0007)

/** The code already issued for this content of an inspection's report, if any. */
export async function findReportDocument(db: Database, inspectionId: number, sha256: string) {
  return db
    .selectFrom('oversight_report_documents')
    .selectAll()
    .where('inspection_id', '=', inspectionId)
    .where('sha256', '=', sha256)
    .executeTakeFirst();
}

/** Registers a report's code; a concurrent print of the same content keeps the first one. */
export async function insertReportDocument(
  db: Database,
  values: Insertable<OversightReportDocumentsTable>,
): Promise<void> {
  await db
    .insertInto('oversight_report_documents')
    .values(values)
    .onConflict((oc) => oc.columns(['inspection_id', 'sha256']).doNothing())
    .execute();
}

export async function findReportDocumentByCode(db: Database, code: string) {
  return db.selectFrom('oversight_report_documents').selectAll().where('code', '=', code).executeTakeFirst();
}
