import type {
  Competency,
  CompetencyAssessment,
  CompetencyAssessmentInput,
  CompetencyGapQuery,
  CompetencyGapSummary,
  CompetencyInput,
  CompetencyList,
  CompetencyPatch,
  CompetencyProfile,
  CompetencyProfileRow,
  PositionStandard,
  PositionStandardInput,
  PositionStandardList,
} from '@sim/contracts';
import { competencyGap, fullNameOf, isValidCompetencyScore, toWibIsoDate } from '@sim/domain';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { findSubordinateEmployeeIds, findUnitSubtreeIds, getSuperiorOf } from '../org/org.service';
import * as repo from './competency.repository';
import {
  canAssessCompetency,
  canManageCompetencies,
  canReadAllCompetencies,
  canReadEmployeeCompetencies,
  type CompetencyRelation,
} from './competency.policy';

// Issue 11 §1: the competency dictionary (PermenPANRB 38/2017), position standards, the direct superior's
// assessments (PermenPANRB 6/2022 Format B.1.9) and the gap views. The needs list (training-needs.service.ts) reads
// the same gaps through `loadGapRows`.

const todayOf = (ctx: ServiceContext) => toWibIsoDate(ctx.now());

// ---------------------------------------------------------------- relations and scopes

/**
 * How the actor stands to the employee on `date`: the direct superior is whoever `getSuperiorOf` names (an acting
 * holder above a vacant position included); anyone else above in the tree reads only.
 */
export async function relationTo(
  db: Database,
  actor: Actor,
  employeeId: number,
  date: string,
): Promise<CompetencyRelation> {
  if (actor.employeeId === null) return 'none';
  if (actor.employeeId === employeeId) return 'self';
  const superior = await getSuperiorOf(db, employeeId, date);
  if (superior?.employeeId === actor.employeeId) return 'superior';
  const below = await findSubordinateEmployeeIds(db, actor.employeeId, date);
  return below.includes(employeeId) ? 'above' : 'none';
}

/**
 * The employees a gap or needs list covers: `mine` (oneself), `team` (everyone below, transitively) or `all` (HR and
 * the Pimpinan), optionally narrowed to a unit and the units below it.
 */
export async function employeesInScope(
  ctx: ServiceContext,
  actor: Actor,
  q: { scope: 'mine' | 'team' | 'all'; unitId?: number | undefined },
) {
  const today = todayOf(ctx);
  let employeeIds: number[] | null;
  if (q.scope === 'all') {
    if (!canReadAllCompetencies(actor))
      throw forbidden('Hanya Admin Kepegawaian dan Pimpinan yang dapat melihat semua pegawai');
    employeeIds = null;
  } else {
    if (actor.employeeId === null) throw invalid('scope', 'Akun ini tidak terhubung dengan data pegawai');
    employeeIds =
      q.scope === 'mine'
        ? [actor.employeeId]
        : await findSubordinateEmployeeIds(ctx.db, actor.employeeId, today);
  }
  const unitIds = q.unitId !== undefined ? await findUnitSubtreeIds(ctx.db, q.unitId) : null;
  return repo.findEmployeesWithPosition(ctx.db, today, { employeeIds, unitIds });
}

export type ScopedEmployee = Awaited<ReturnType<typeof employeesInScope>>[number];

/** The actor's direct subordinates today among `employees` (those the actor assesses and decides needs for). */
export async function directReportsAmong(ctx: ServiceContext, actor: Actor, employeeIds: number[]) {
  const mine = new Set<number>();
  if (actor.employeeId === null) return mine;
  const today = todayOf(ctx);
  for (const id of employeeIds) {
    if (id === actor.employeeId) continue;
    const superior = await getSuperiorOf(ctx.db, id, today);
    if (superior?.employeeId === actor.employeeId) mine.add(id);
  }
  return mine;
}

// ---------------------------------------------------------------- dictionary

async function toCompetencies(db: Database, rows: repo.CompetencyRow[]): Promise<Competency[]> {
  const ids = rows.map((r) => r.id);
  const [levels, standards] = await Promise.all([repo.findLevels(db, ids), repo.findStandards(db)]);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    description: r.description,
    maxLevel: r.max_level,
    isActive: r.is_active,
    levels: levels
      .filter((l) => l.competency_id === r.id)
      .map((l) => ({ level: l.level, description: l.description })),
    positions: standards
      .filter((s) => s.competency_id === r.id)
      .map((s) => ({
        positionId: s.position_id,
        positionName: s.position_name,
        requiredLevel: s.required_level,
      })),
  }));
}

/** The dictionary with level descriptions and the positions that require each competency: every signed-in user. */
export async function listCompetencies(ctx: ServiceContext, _actor: Actor): Promise<CompetencyList> {
  return { items: await toCompetencies(ctx.db, await repo.findCompetencies(ctx.db)) };
}

async function getCompetency(db: Database, id: number): Promise<Competency> {
  const row = await repo.findCompetency(db, id);
  if (!row) throw notFound('Kompetensi');
  return (await toCompetencies(db, [row]))[0]!;
}

function assertCanManage(actor: Actor) {
  if (!canManageCompetencies(actor))
    throw forbidden('Hanya Admin Kepegawaian yang dapat mengelola kamus dan standar kompetensi');
}

/**
 * A new technical competency (Kompetensi Teknis, agency-defined). The managerial and socio-cultural competencies
 * are fixed by PermenPANRB 38/2017 and come with the installation.
 */
export async function createCompetency(
  ctx: ServiceContext,
  actor: Actor,
  input: CompetencyInput,
): Promise<Competency> {
  assertCanManage(actor);
  const id = await ctx.db.transaction().execute(async (trx) => {
    if ((await repo.findCompetenciesByCodes(trx, [input.code])).length > 0)
      throw conflict('code', `Kode kompetensi ${input.code} sudah dipakai`);
    const now = ctx.now();
    const row = await repo.insertCompetency(trx, {
      code: input.code,
      name: input.name,
      kind: 'TEKNIS',
      description: input.description ?? null,
      max_level: input.levels.length,
      created_at: now,
      updated_at: now,
    });
    await repo.replaceLevels(trx, row.id, input.levels);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'competency.create',
      entityType: 'competency',
      entityId: row.id,
      after: input,
    });
    return row.id;
  });
  return getCompetency(ctx.db, id);
}

/**
 * Edits a competency's name, description, level descriptions or active flag. The number of levels of a managerial
 * or socio-cultural competency is the regulation's and stays; a technical one may change its number of levels, but
 * not below a level a position requires or an assessment gave.
 */
export async function updateCompetency(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  patch: CompetencyPatch,
): Promise<Competency> {
  assertCanManage(actor);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findCompetency(trx, id);
    if (!before) throw notFound('Kompetensi');
    const levels = patch.levels;
    if (levels) {
      if (before.kind !== 'TEKNIS' && levels.length !== before.max_level)
        throw invalid(
          'levels',
          `Jumlah level ${before.name} ditetapkan peraturan: ${before.max_level} level`,
        );
      if (levels.length < before.max_level) {
        if ((await repo.countStandardsAbove(trx, id, levels.length)) > 0)
          throw conflict('levels', `Ada standar jabatan yang mensyaratkan level di atas ${levels.length}`);
        if ((await repo.countAssessmentsAbove(trx, id, levels.length)) > 0)
          throw conflict('levels', `Ada penilaian dengan nilai di atas ${levels.length}`);
      }
      await repo.replaceLevels(trx, id, levels);
    }
    await repo.updateCompetency(trx, id, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.isActive !== undefined ? { is_active: patch.isActive } : {}),
      ...(levels ? { max_level: levels.length } : {}),
      updated_at: ctx.now(),
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'competency.update',
      entityType: 'competency',
      entityId: id,
      before: { name: before.name, description: before.description, isActive: before.is_active },
      after: patch,
    });
  });
  return getCompetency(ctx.db, id);
}

// ---------------------------------------------------------------- position standards

function toStandards(rows: Awaited<ReturnType<typeof repo.findStandards>>): PositionStandard[] {
  const byPosition = new Map<number, PositionStandard>();
  for (const r of rows) {
    let s = byPosition.get(r.position_id);
    if (!s) {
      s = {
        positionId: r.position_id,
        positionName: r.position_name,
        unitId: r.unit_id,
        unitName: r.unit_name,
        items: [],
      };
      byPosition.set(r.position_id, s);
    }
    s.items.push({
      competencyId: r.competency_id,
      code: r.code,
      name: r.name,
      kind: r.kind,
      maxLevel: r.max_level,
      requiredLevel: r.required_level,
    });
  }
  return [...byPosition.values()];
}

/** Every position's standard (positions without one are left out): every signed-in user reads them. */
export async function listStandards(ctx: ServiceContext, _actor: Actor): Promise<PositionStandardList> {
  return { items: toStandards(await repo.findStandards(ctx.db)) };
}

/** One position's standard, empty when none is set. */
export async function getPositionStandard(
  ctx: ServiceContext,
  _actor: Actor,
  positionId: number,
): Promise<PositionStandard> {
  const position = await repo.findPosition(ctx.db, positionId);
  if (!position) throw notFound('Jabatan');
  return (
    toStandards(await repo.findStandards(ctx.db, [positionId]))[0] ?? {
      positionId,
      positionName: position.name,
      unitId: position.unit_id,
      unitName: position.unit_name,
      items: [],
    }
  );
}

/**
 * Replaces a position's standard: each competency once, active, at a level it has. Naming a technical competency
 * here is what makes it one of the position's technical competencies.
 */
export async function setPositionStandard(
  ctx: ServiceContext,
  actor: Actor,
  positionId: number,
  input: PositionStandardInput,
): Promise<PositionStandard> {
  assertCanManage(actor);
  await ctx.db.transaction().execute(async (trx) => {
    const position = await repo.findPosition(trx, positionId);
    if (!position) throw notFound('Jabatan');
    const ids = input.items.map((i) => i.competencyId);
    const competencies = new Map((await repo.findCompetenciesByIds(trx, ids)).map((c) => [c.id, c]));
    const seen = new Set<number>();
    input.items.forEach((item, i) => {
      const c = competencies.get(item.competencyId);
      if (!c) throw invalid(`items.${i}.competencyId`, 'Kompetensi tidak ditemukan');
      if (seen.has(c.id)) throw invalid(`items.${i}.competencyId`, `${c.name} disebut lebih dari sekali`);
      seen.add(c.id);
      if (!c.is_active) throw invalid(`items.${i}.competencyId`, `${c.name} tidak aktif`);
      if (item.requiredLevel > c.max_level)
        throw invalid(`items.${i}.requiredLevel`, `Level ${c.name} paling tinggi ${c.max_level}`);
    });
    const before = await repo.findStandards(trx, [positionId]);
    await repo.replaceStandard(trx, positionId, input.items, ctx.now());
    await recordAudit(trx, auditContextOf(actor), {
      action: 'competency.standard.set',
      entityType: 'position',
      entityId: positionId,
      before: before.map((s) => ({ competencyId: s.competency_id, requiredLevel: s.required_level })),
      after: input.items,
    });
  });
  return getPositionStandard(ctx, actor, positionId);
}

// ---------------------------------------------------------------- assessments

function toAssessment(r: repo.AssessmentRow): CompetencyAssessment {
  return {
    id: r.id,
    employeeId: r.employee_id,
    competencyId: r.competency_id,
    competencyCode: r.code,
    competencyName: r.name,
    score: r.score,
    reason: r.reason,
    assessedOn: r.assessed_on,
    assessedBy: {
      employeeId: r.assessed_by,
      name: fullNameOf({
        name: r.assessor_name,
        front_title: r.assessor_front_title,
        back_title: r.assessor_back_title,
      }),
    },
    createdAt: r.created_at.toISOString(),
  };
}

/**
 * The direct superior on the assessment date scores one competency 1–5 (up to the competency's highest level) with a
 * reason (Format B.1.9). Each assessment is a new record: the history stays and the latest counts.
 */
export async function assessCompetency(
  ctx: ServiceContext,
  actor: Actor,
  input: CompetencyAssessmentInput,
): Promise<CompetencyAssessment> {
  const today = todayOf(ctx);
  if (input.assessedOn > today) throw invalid('assessedOn', 'Tanggal penilaian tidak boleh di masa depan');
  const relation = await relationTo(ctx.db, actor, input.employeeId, input.assessedOn);
  if (!canAssessCompetency(relation))
    throw forbidden('Hanya atasan langsung pegawai pada tanggal penilaian yang dapat menilai kompetensinya');
  const competency = await repo.findCompetency(ctx.db, input.competencyId);
  if (!competency) throw notFound('Kompetensi');
  if (!competency.is_active) throw invalid('competencyId', `${competency.name} tidak aktif`);
  if (!isValidCompetencyScore(input.score, competency.max_level))
    throw invalid('score', `Nilai ${competency.name} harus 1–${Math.min(5, competency.max_level)}`);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.insertAssessment(trx, {
      employee_id: input.employeeId,
      competency_id: input.competencyId,
      score: input.score,
      reason: input.reason,
      assessed_on: input.assessedOn,
      assessed_by: actor.employeeId!,
      created_by: actor.userId,
      created_at: ctx.now(),
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'competency.assess',
      entityType: 'employee',
      entityId: input.employeeId,
      after: input,
    });
    return row.id;
  });
  const saved = (await repo.findAssessments(ctx.db, [input.employeeId])).find((a) => a.id === id)!;
  return toAssessment(saved);
}

// ---------------------------------------------------------------- gaps

export type GapRow = CompetencyProfileRow & { employeeId: number };

/**
 * For each employee: the competencies their position requires (with the gap against the latest assessment) and any
 * other competency assessed. Shared with the needs list.
 */
export async function loadGapRows(
  db: Database,
  employees: { id: number; position_id: number | null }[],
): Promise<{ rows: GapRow[]; assessments: repo.AssessmentRow[] }> {
  const positionIds = [
    ...new Set(employees.map((e) => e.position_id).filter((p): p is number => p !== null)),
  ];
  const [standards, assessments, competencies] = await Promise.all([
    repo.findStandards(db, positionIds),
    repo.findAssessments(
      db,
      employees.map((e) => e.id),
    ),
    repo.findCompetencies(db),
  ]);
  const byId = new Map(competencies.map((c) => [c.id, c]));
  const rows: GapRow[] = [];
  for (const e of employees) {
    const latest = new Map<number, repo.AssessmentRow>();
    for (const a of assessments)
      if (a.employee_id === e.id && !latest.has(a.competency_id)) latest.set(a.competency_id, a);
    const required = standards.filter((s) => s.position_id === e.position_id);
    const ids = [...new Set([...required.map((s) => s.competency_id), ...latest.keys()])];
    for (const id of ids) {
      const c = byId.get(id)!;
      const req = required.find((s) => s.competency_id === id)?.required_level ?? null;
      const a = latest.get(id) ?? null;
      const gap = req !== null ? competencyGap(req, a?.score ?? null) : null;
      rows.push({
        employeeId: e.id,
        competencyId: id,
        code: c.code,
        name: c.name,
        kind: c.kind,
        maxLevel: c.max_level,
        requiredLevel: req,
        latest: a ? { score: a.score, assessedOn: a.assessed_on, reason: a.reason } : null,
        status: gap?.status ?? null,
        gap: gap?.gap ?? null,
      });
    }
  }
  return { rows, assessments };
}

/** One employee's competencies against their position's standard, with the history: self, superiors, HR, Pimpinan. */
export async function getCompetencyProfile(
  ctx: ServiceContext,
  actor: Actor,
  employeeId: number,
): Promise<CompetencyProfile> {
  const today = todayOf(ctx);
  const relation = await relationTo(ctx.db, actor, employeeId, today);
  if (!canReadEmployeeCompetencies(actor, relation))
    throw forbidden('Anda hanya dapat melihat kompetensi sendiri atau bawahan Anda');
  const [employee] = await repo.findEmployeesWithPosition(ctx.db, today, { employeeIds: [employeeId] });
  if (!employee) throw notFound('Pegawai');
  const { rows, assessments } = await loadGapRows(ctx.db, [employee]);
  const kindOrder = { MANAJERIAL: 0, SOSIAL_KULTURAL: 1, TEKNIS: 2 } as const;
  return {
    employee: {
      id: employee.id,
      name: fullNameOf(employee),
      nip: employee.nip,
      positionId: employee.position_id,
      positionName: employee.position_name,
      unitName: employee.unit_name,
    },
    canAssess: canAssessCompetency(relation),
    rows: rows
      .map(({ employeeId: _e, ...r }) => r)
      .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.name.localeCompare(b.name, 'id')),
    history: assessments.map(toAssessment),
  };
}

/**
 * The gap view: per employee (how many required competencies are below standard or not yet assessed), per
 * competency and per unit (how many employees fall below). Scope: one's own, one's team, or all (HR, Pimpinan).
 */
export async function getGapSummary(
  ctx: ServiceContext,
  actor: Actor,
  q: CompetencyGapQuery,
): Promise<CompetencyGapSummary> {
  const employees = await employeesInScope(ctx, actor, q);
  const { rows } = await loadGapRows(ctx.db, employees);
  const direct = await directReportsAmong(
    ctx,
    actor,
    employees.map((e) => e.id),
  );
  const required = rows.filter((r) => r.requiredLevel !== null);
  const byCompetency = new Map<number, CompetencyGapSummary['byCompetency'][number]>();
  for (const r of required) {
    const c = byCompetency.get(r.competencyId) ?? {
      competencyId: r.competencyId,
      code: r.code,
      name: r.name,
      required: 0,
      below: 0,
      notAssessed: 0,
    };
    c.required += 1;
    if (r.status === 'KURANG') c.below += 1;
    if (r.status === 'BELUM_DINILAI') c.notAssessed += 1;
    byCompetency.set(r.competencyId, c);
  }
  const perEmployee = employees.map((e) => {
    const mine = required.filter((r) => r.employeeId === e.id);
    return {
      employeeId: e.id,
      name: fullNameOf(e),
      positionName: e.position_name,
      unitId: e.unit_id,
      unitName: e.unit_name,
      required: mine.length,
      below: mine.filter((r) => r.status === 'KURANG').length,
      notAssessed: mine.filter((r) => r.status === 'BELUM_DINILAI').length,
      totalGap: mine.reduce((sum, r) => sum + (r.gap ?? 0), 0),
      canAssess: direct.has(e.id),
    };
  });
  const byUnit = new Map<number, CompetencyGapSummary['byUnit'][number]>();
  for (const e of perEmployee) {
    if (e.unitId === null) continue;
    const u = byUnit.get(e.unitId) ?? {
      unitId: e.unitId,
      unitName: e.unitName ?? '',
      employees: 0,
      belowStandard: 0,
    };
    u.employees += 1;
    if (e.below > 0) u.belowStandard += 1;
    byUnit.set(e.unitId, u);
  }
  return {
    scope: q.scope,
    employees: perEmployee,
    byCompetency: [...byCompetency.values()].sort(
      (a, b) => b.below - a.below || a.name.localeCompare(b.name, 'id'),
    ),
    byUnit: [...byUnit.values()].sort(
      (a, b) => b.belowStandard - a.belowStandard || a.unitName.localeCompare(b.unitName, 'id'),
    ),
  };
}
