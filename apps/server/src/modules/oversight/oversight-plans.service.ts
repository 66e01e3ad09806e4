import type {
  OversightPlan,
  OversightPlanInput,
  OversightPlanList,
  OversightPlanPatch,
  OversightPlanQuery,
  OversightTargetKind,
} from '@sim/contracts';
import { fullNameOf, todayOf, wibDayNumberFromIsoDate } from '@sim/domain';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './oversight.repository';
import {
  canActForTeam,
  canPlanForTeam,
  canReadPlan,
  seesAllOversight,
  type OversightRelation,
} from './oversight.policy';
import { isTeamActiveOn, relationOf } from './oversight-teams.service';

// Inspection plans: a team schedules a visit to a unit, a service or an employee on a date, with the checklist
// version to fill. Planned visits are announced (shown to the target in its calendar); unannounced ones (sidak)
// are seen only by the team and the Pimpinan.

/** The longest window one calendar request may ask for (a little over a year, for the year view and exports). */
const MAX_PLAN_WINDOW_DAYS = 400;

export type Target = {
  targetKind: OversightTargetKind;
  targetUnitId: number;
  targetCategoryId: number | null;
  targetServiceText: string | null;
  targetEmployeeId: number | null;
};

/**
 * Checks what a plan or an ad-hoc inspection looks at, and fills the unit when only an employee or a service is
 * named: an employee's unit is the one of their position on `date`, a service's the unit that answers for it.
 */
export async function resolveTarget(
  db: Database,
  input: {
    targetKind: OversightTargetKind;
    targetUnitId?: number | null;
    targetCategoryId?: number | null;
    targetServiceText?: string | null;
    targetEmployeeId?: number | null;
  },
  date: string,
): Promise<Target> {
  let unitId = input.targetUnitId ?? null;
  let categoryId: number | null = null;
  let serviceText: string | null = null;
  let employeeId: number | null = null;
  if (input.targetKind === 'EMPLOYEE') {
    if (!input.targetEmployeeId) throw invalid('targetEmployeeId', 'Pegawai yang diawasi wajib dipilih');
    const employee = await repo.findEmployeeById(db, input.targetEmployeeId);
    if (!employee?.is_active) throw invalid('targetEmployeeId', 'Pegawai yang diawasi tidak ditemukan');
    employeeId = employee.id;
    unitId ??= await repo.findEmployeeUnitOn(db, employee.id, date);
    if (unitId === null) {
      throw invalid('targetUnitId', 'Pegawai tidak memegang jabatan pada tanggal itu; pilih unit kerjanya');
    }
  }
  if (input.targetKind === 'SERVICE') {
    if (input.targetCategoryId) {
      const category = await repo.findCategoryById(db, input.targetCategoryId);
      if (!category) throw invalid('targetCategoryId', 'Layanan tidak ditemukan');
      categoryId = category.id;
      unitId ??= category.unit_id;
    }
    serviceText = input.targetServiceText ?? null;
    if (categoryId === null && !serviceText) {
      throw invalid('targetServiceText', 'Pilih layanan dari katalog atau tuliskan nama layanannya');
    }
  }
  if (unitId === null) throw invalid('targetUnitId', 'Unit kerja yang diawasi wajib dipilih');
  if (!(await repo.findUnitById(db, unitId))) throw invalid('targetUnitId', 'Unit kerja tidak ditemukan');
  return {
    targetKind: input.targetKind,
    targetUnitId: unitId,
    targetCategoryId: categoryId,
    targetServiceText: serviceText,
    targetEmployeeId: employeeId,
  };
}

type PlanRow = NonNullable<Awaited<ReturnType<typeof repo.findPlanById>>>;

function toPlan(actor: Actor, p: PlanRow, rel: OversightRelation): OversightPlan {
  const open = p.status === 'PLANNED' || p.status === 'IN_PROGRESS';
  return {
    id: p.id,
    teamId: p.team_id,
    teamName: p.team_name,
    title: p.title,
    targetKind: p.target_kind,
    targetUnitId: p.target_unit_id,
    targetUnitName: p.target_unit_name,
    targetCategoryId: p.target_category_id,
    targetCategoryName: p.target_category_name,
    targetServiceText: p.target_service_text,
    targetEmployeeId: p.target_employee_id,
    targetEmployeeName: p.target_employee_name
      ? fullNameOf({
          name: p.target_employee_name,
          front_title: p.target_employee_front_title,
          back_title: p.target_employee_back_title,
        })
      : null,
    plannedDate: p.planned_date,
    checklistVersionId: p.checklist_version_id,
    checklistName: p.checklist_name,
    checklistVersion: p.checklist_version,
    kind: p.kind,
    status: p.status,
    notes: p.notes,
    cancelReason: p.cancel_reason,
    inspectionId: p.inspection_id,
    can: {
      inspect: open && canActForTeam(actor, p.team_id, rel),
      edit: p.status === 'PLANNED' && canPlanForTeam(actor, p.team_id, rel),
    },
  };
}

/**
 * The plans in a date window the actor may see: the team's and the Pimpinan's all of them, everybody else only the
 * announced ones aimed at them or their unit (never an unannounced one).
 */
export async function listPlans(
  ctx: ServiceContext,
  actor: Actor,
  q: OversightPlanQuery,
): Promise<OversightPlanList> {
  if (q.to < q.from) throw invalid('to', 'Tanggal akhir tidak boleh sebelum tanggal awal');
  if (wibDayNumberFromIsoDate(q.to) - wibDayNumberFromIsoDate(q.from) > MAX_PLAN_WINDOW_DAYS) {
    throw invalid('to', `Rentang tanggal paling panjang ${MAX_PLAN_WINDOW_DAYS} hari`);
  }
  if (actor.employeeId === null && !seesAllOversight(actor)) throw forbidden();
  const rel = await relationOf(ctx.db, actor, todayOf(ctx.now()));
  const rows = await repo.findPlans(ctx.db, q.from, q.to);
  return { items: rows.filter((p) => canReadPlan(actor, p, rel)).map((p) => toPlan(actor, p, rel)) };
}

export async function getPlan(ctx: ServiceContext, actor: Actor, id: number): Promise<OversightPlan> {
  const rel = await relationOf(ctx.db, actor, todayOf(ctx.now()));
  const row = await repo.findPlanById(ctx.db, id);
  // An unannounced plan answers 404 to its target, exactly like a plan that does not exist.
  if (!row || !canReadPlan(actor, row, rel)) throw notFound('Rencana pengawasan');
  return toPlan(actor, row, rel);
}

/** Schedules an inspection for a team the actor plans for, on a checklist version offered for new plans. */
export async function createPlan(
  ctx: ServiceContext,
  actor: Actor,
  input: OversightPlanInput,
): Promise<OversightPlan> {
  const today = todayOf(ctx.now());
  const rel = await relationOf(ctx.db, actor, today);
  const team = await repo.findTeamById(ctx.db, input.teamId);
  if (!team) throw invalid('teamId', 'Tim pengawas tidak ditemukan');
  if (!canPlanForTeam(actor, team.id, rel)) {
    throw forbidden(
      'Hanya anggota tim pada masa tugasnya (atau Pimpinan) yang dapat membuat rencana tim ini',
    );
  }
  if (!isTeamActiveOn(team, input.plannedDate)) {
    throw invalid('plannedDate', 'Tanggal rencana harus dalam masa tugas tim');
  }
  const version = await repo.findVersionById(ctx.db, input.checklistVersionId);
  if (!version) throw invalid('checklistVersionId', 'Versi checklist tidak ditemukan');
  if (!version.template_is_active) throw invalid('checklistVersionId', 'Template checklist ini tidak aktif');
  const target = await resolveTarget(ctx.db, input, input.plannedDate);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await repo.insertPlan(trx, {
      team_id: team.id,
      title: input.title,
      target_kind: target.targetKind,
      target_unit_id: target.targetUnitId,
      target_category_id: target.targetCategoryId,
      target_service_text: target.targetServiceText,
      target_employee_id: target.targetEmployeeId,
      planned_date: input.plannedDate,
      checklist_version_id: version.id,
      kind: input.kind,
      notes: input.notes,
      created_by: actor.userId,
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'oversight.plan.create',
      entityType: 'oversight_plan',
      entityId: id,
      after: { ...input, ...target },
    });
    return id;
  });
  return getPlan(ctx, actor, id);
}

/** Moves, renames or cancels (with a reason) a plan that has not started. */
export async function updatePlan(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  patch: OversightPlanPatch,
): Promise<OversightPlan> {
  const rel = await relationOf(ctx.db, actor, todayOf(ctx.now()));
  await ctx.db.transaction().execute(async (trx) => {
    const plan = await repo.lockPlan(trx, id);
    if (!plan || !canReadPlan(actor, plan, rel)) throw notFound('Rencana pengawasan');
    if (!canPlanForTeam(actor, plan.team_id, rel)) throw forbidden();
    if (plan.status !== 'PLANNED') {
      throw new AppError(
        'CONFLICT',
        'Rencana yang sudah dimulai, selesai, atau dibatalkan tidak dapat diubah',
      );
    }
    if (patch.plannedDate) {
      const team = await repo.findTeamById(trx, plan.team_id);
      if (team && !isTeamActiveOn(team, patch.plannedDate)) {
        throw invalid('plannedDate', 'Tanggal rencana harus dalam masa tugas tim');
      }
    }
    await repo.updatePlan(trx, id, {
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.plannedDate !== undefined ? { planned_date: patch.plannedDate } : {}),
      ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
      ...(patch.cancelReason !== undefined ? { status: 'CANCELLED', cancel_reason: patch.cancelReason } : {}),
      updated_at: ctx.now(),
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: patch.cancelReason !== undefined ? 'oversight.plan.cancel' : 'oversight.plan.update',
      entityType: 'oversight_plan',
      entityId: id,
      before: { title: plan.title, plannedDate: plan.planned_date, notes: plan.notes, status: plan.status },
      after: patch,
    });
  });
  return getPlan(ctx, actor, id);
}
