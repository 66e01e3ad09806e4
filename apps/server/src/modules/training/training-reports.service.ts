import type {
  CostSavingReport,
  JpCoverage,
  JpEmployeeList,
  JpEmployeeListQuery,
  JpProgress,
  TrainingPeriodQuery,
  TrainingTargetSettings,
} from '@sim/contracts';
import { trainingTargetSettings } from '@sim/contracts';
import {
  DEFAULT_JP_TARGET,
  endOfWibDayNumber,
  fullNameOf,
  isJpReminderDue,
  jpCoverage,
  jpTargetProgress,
  quarterOfIsoDate,
  reportPeriodRange,
  startOfWibDayNumber,
  sumJp,
  todayOf,
  toWibIsoDate,
  trainingCostSaving,
  wibDayNumberFromIsoDate,
} from '@sim/domain';
import ExcelJS from 'exceljs';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden } from '../../lib/errors';
import { XLSX_CONTENT_TYPE } from '../../lib/table-export';
import { recordAudit } from '../audit/audit.service';
import { findSubordinateEmployeeIds, findUnitSubtreeIds } from '../org/org.service';
import * as repo from './training-reports.repository';
import { canManageTrainingTargets, canReadCostSaving, canReadOfficeJp } from './training-reports.policy';

// The 20 JP target and the cost saving of internal training (issue 11 §3–4, competency-training.md). Everything is
// computed on read from the JP credits and the delivered sessions, so a completed session moves the bars at once.

/** Settings key of the training figures (the JP target and the external trainer cost per JP). */
const SETTING_KEY = 'training.targets';

/**
 * Default external trainer cost per JP [decision]: Rp 300.000, a starting figure in the range of regional
 * honorarium standards for a training instructor per JP; each agency sets its own standar biaya.
 */
export const DEFAULT_EXTERNAL_COST_PER_JP = 300_000;

const DEFAULTS: TrainingTargetSettings = {
  jpTarget: DEFAULT_JP_TARGET,
  externalCostPerJp: DEFAULT_EXTERNAL_COST_PER_JP,
};

/** The settings in force: the saved ones over the defaults (a stored value that no longer parses is ignored). */
export async function loadTrainingTargets(db: Database): Promise<TrainingTargetSettings> {
  const saved = trainingTargetSettings.partial().safeParse(await repo.findSetting(db, SETTING_KEY));
  return { ...DEFAULTS, ...(saved.success ? saved.data : {}) };
}

/** The training figures settings, for the HR screen and the Pimpinan. */
export async function getTrainingTargetSettings(ctx: ServiceContext, actor: Actor) {
  if (!canManageTrainingTargets(actor) && !canReadOfficeJp(actor)) throw forbidden();
  return loadTrainingTargets(ctx.db);
}

/** Changes the JP target and the external cost per JP (Admin Kepegawaian), audit-logged with before and after. */
export async function updateTrainingTargetSettings(
  ctx: ServiceContext,
  actor: Actor,
  input: TrainingTargetSettings,
): Promise<TrainingTargetSettings> {
  if (!canManageTrainingTargets(actor)) {
    throw forbidden('Hanya Admin Kepegawaian yang dapat mengubah target JP dan biaya pelatih eksternal');
  }
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadTrainingTargets(trx);
    await repo.upsertSetting(trx, SETTING_KEY, input, ctx.now());
    await recordAudit(trx, auditContextOf(actor), {
      action: 'training.targets.update',
      entityType: 'setting',
      entityId: SETTING_KEY,
      before,
      after: input,
    });
  });
  return loadTrainingTargets(ctx.db);
}

const yearOf = (now: Date) => Number(todayOf(now).slice(0, 4));

const formatJp = (jp: number) => jp.toLocaleString('id-ID', { maximumFractionDigits: 1 });

/** The subject of the reminder e-mail: the agency's target (a setting, default 20), never a fixed number. */
export const jpReminderSubject = (target: number) =>
  `Pengingat target ${formatJp(target)} JP pengembangan kompetensi`;

/** The in-app reminder text for someone behind in the last quarter (null when none is due). */
export function jpReminderText(today: string, jp: number, target: number): string | null {
  if (!isJpReminderDue(today, jp, target)) return null;
  const left = jpTargetProgress(jp, target).remaining;
  return `Sisa tahun ini tinggal satu triwulan: JP Anda ${formatJp(jp)} dari target ${formatJp(target)} JP. Masih kurang ${formatJp(left)} JP — pilih pelatihan di katalog atau ajukan bukti pelatihan di luar kantor.`;
}

/** One employee's JP in a year against the target (no policy check: callers decide who may read it). */
export async function computeJpProgress(
  db: Database,
  employeeId: number,
  year: number,
  today: string,
): Promise<JpProgress> {
  const { jpTarget } = await loadTrainingTargets(db);
  const credits = await repo.findJpCredits(db, employeeId, year);
  const jp = sumJp(credits.map((c) => Number(c.jp)));
  const progress = jpTargetProgress(jp, jpTarget);
  const isCurrentYear = Number(today.slice(0, 4)) === year;
  return {
    employeeId,
    year,
    ...progress,
    credits: credits.map((c) => ({
      title: c.title,
      jp: Number(c.jp),
      completedOn: c.completed_on,
      source: c.source,
    })),
    reminder: isCurrentYear ? jpReminderText(today, jp, jpTarget) : null,
  };
}

/** The signed-in employee's JP this year (or the year asked) — the bar on their dashboard. */
export async function getMyJpProgress(ctx: ServiceContext, actor: Actor, year?: number): Promise<JpProgress> {
  if (actor.employeeId === null) throw forbidden('Akun ini tidak terhubung dengan data pegawai');
  const today = todayOf(ctx.now());
  return computeJpProgress(ctx.db, actor.employeeId, year ?? yearOf(ctx.now()), today);
}

/**
 * The employee's training for the evaluation screen (issue 11 "Done when"): JP credited in the evaluation year
 * against the target, and the trainings completed within the evaluated period. The caller checked who may read it.
 */
export async function getTrainingForEvaluation(
  db: Database,
  input: { employeeId: number; year: number; from: string; to: string },
): Promise<{
  jp: number;
  target: number;
  isReached: boolean;
  completedInPeriod: { title: string; jp: number }[];
}> {
  const { jpTarget } = await loadTrainingTargets(db);
  const credits = await repo.findJpCredits(db, input.employeeId, input.year);
  const jp = sumJp(credits.map((c) => Number(c.jp)));
  return {
    jp,
    target: jpTarget,
    isReached: jpTargetProgress(jp, jpTarget).isReached,
    completedInPeriod: credits
      .filter((c) => c.completed_on >= input.from && c.completed_on <= input.to)
      .map((c) => ({ title: c.title, jp: Number(c.jp) })),
  };
}

/** Whose JP the actor sees: the whole office (HR, Pimpinan) or their subordinates on `today`. */
async function scopeOf(ctx: ServiceContext, actor: Actor, today: string) {
  if (canReadOfficeJp(actor)) return { scope: 'all' as const, employeeIds: null };
  if (actor.employeeId === null) throw forbidden();
  return {
    scope: 'team' as const,
    employeeIds: await findSubordinateEmployeeIds(ctx.db, actor.employeeId, today),
  };
}

/**
 * Each person with their JP credited in the year (0 without credits). `wholeOffice`: the people were read for the
 * whole office, so the year's totals are read for everyone and matched here — a city's 20,000 ids are not sent back
 * to the database as a list (issue 15); a team's few are.
 */
export async function jpRowsOf(
  db: Database,
  year: number,
  people: repo.OfficeEmployeeRow[],
  { wholeOffice = false }: { wholeOffice?: boolean } = {},
) {
  const ids = wholeOffice ? null : people.map((p) => p.employee_id);
  const totals = new Map((await repo.findJpTotals(db, year, ids)).map((t) => [t.employee_id, t.jp]));
  return people.map((p) => ({ person: p, jp: totals.get(p.employee_id) ?? 0 }));
}

/**
 * Coverage of the JP target (issue 11 §3): how many reached it in the office, or in the actor's team for a
 * superior, in total and per unit. Employees counted are those in office today.
 */
export async function getJpCoverage(ctx: ServiceContext, actor: Actor, year?: number): Promise<JpCoverage> {
  const today = todayOf(ctx.now());
  const y = year ?? yearOf(ctx.now());
  const { scope, employeeIds } = await scopeOf(ctx, actor, today);
  const { jpTarget } = await loadTrainingTargets(ctx.db);
  const people = await repo.findEmployeesInOffice(ctx.db, today, { employeeIds });
  const rows = await jpRowsOf(ctx.db, y, people, { wholeOffice: employeeIds === null });
  const byUnit = new Map<number, { unitName: string; jps: number[] }>();
  for (const r of rows) {
    const u = byUnit.get(r.person.unit_id) ?? { unitName: r.person.unit_name, jps: [] };
    u.jps.push(r.jp);
    byUnit.set(r.person.unit_id, u);
  }
  return {
    year: y,
    target: jpTarget,
    scope,
    total: jpCoverage(
      rows.map((r) => r.jp),
      jpTarget,
    ),
    units: [...byUnit.entries()]
      .map(([unitId, u]) => ({ unitId, unitName: u.unitName, ...jpCoverage(u.jps, jpTarget) }))
      .sort((a, b) => a.unitName.localeCompare(b.unitName, 'id')),
  };
}

/**
 * Everyone in office today with their unit and JP credited in the year, and the target: the Pimpinan dashboard
 * counts coverage per unit and sub-units from it with `jpCoverage`. Two queries; no actor check (the caller decided).
 */
export async function getOfficeJpByEmployee(
  db: Database,
  year: number,
  today: string,
): Promise<{ target: number; employees: { unitId: number; jp: number }[] }> {
  const { jpTarget } = await loadTrainingTargets(db);
  const people = await repo.findEmployeesInOffice(db, today, { employeeIds: null });
  const rows = await jpRowsOf(db, year, people, { wholeOffice: true });
  return { target: jpTarget, employees: rows.map((r) => ({ unitId: r.person.unit_id, jp: r.jp })) };
}

/**
 * Employees in scope with their JP, by default only those below the target (the superior's "who is behind" list),
 * fewest JP first.
 */
export async function listJpEmployees(
  ctx: ServiceContext,
  actor: Actor,
  q: JpEmployeeListQuery,
): Promise<JpEmployeeList> {
  const today = todayOf(ctx.now());
  const y = q.year ?? yearOf(ctx.now());
  const { scope, employeeIds } = await scopeOf(ctx, actor, today);
  const { jpTarget } = await loadTrainingTargets(ctx.db);
  const people = await repo.findEmployeesInOffice(ctx.db, today, {
    employeeIds,
    // A unit with the units below it, as every unit filter (and the Pimpinan dashboard's drill-down) means it.
    unitIds: q.unitId === undefined ? null : await findUnitSubtreeIds(ctx.db, q.unitId),
  });
  const all = (
    await jpRowsOf(ctx.db, y, people, { wholeOffice: employeeIds === null && q.unitId === undefined })
  )
    .map(({ person, jp }) => {
      const p = jpTargetProgress(jp, jpTarget);
      return {
        employeeId: person.employee_id,
        fullName: fullNameOf(person),
        nip: person.nip,
        positionName: person.position_name,
        unitName: person.unit_name,
        jp,
        remaining: p.remaining,
        percent: p.percent,
        isReached: p.isReached,
      };
    })
    .filter((r) => !q.below || !r.isReached)
    .sort((a, b) => a.jp - b.jp || a.fullName.localeCompare(b.fullName, 'id'));
  const start = (q.page - 1) * q.pageSize;
  return {
    year: y,
    target: jpTarget,
    scope,
    items: all.slice(start, start + q.pageSize),
    total: all.length,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** WIB instants of a calendar period's first and last moment. */
export function wibBounds(from: string, to: string) {
  return {
    from: startOfWibDayNumber(wibDayNumberFromIsoDate(from)),
    to: endOfWibDayNumber(wibDayNumberFromIsoDate(to)),
  };
}

/**
 * The cost saving of internal training [decision, competency-training.md]: external cost per JP × JP internal
 * trainers delivered, per trainer and in total, for a year or one quarter. A session's JP are shared among its
 * trainers (two trainers → half each; an external co-trainer's share saves nothing), so the per-trainer rows add up
 * to the total and a session is never counted twice.
 */
export async function getCostSavingReport(
  ctx: ServiceContext,
  actor: Actor,
  q: TrainingPeriodQuery,
): Promise<CostSavingReport> {
  if (!canReadCostSaving(actor))
    throw forbidden('Laporan penghematan biaya hanya untuk Admin Kepegawaian dan Pimpinan');
  const year = q.year ?? yearOf(ctx.now());
  const quarter = (q.quarter ?? null) as 1 | 2 | 3 | 4 | null;
  const range = reportPeriodRange(year, quarter);
  const { externalCostPerJp } = await loadTrainingTargets(ctx.db);
  const rows = await repo.findDeliveredSessions(ctx.db, wibBounds(range.from, range.to));
  const share = (r: repo.DeliveredSessionRow) => r.jp / r.trainer_count;
  const byTrainer = new Map<number, { sessions: Set<number>; jp: number }>();
  const byQuarter = new Map<number, { sessions: Set<number>; jp: number }>();
  for (const r of rows) {
    const t = byTrainer.get(r.employee_id) ?? { sessions: new Set<number>(), jp: 0 };
    t.sessions.add(r.session_id);
    t.jp += share(r);
    byTrainer.set(r.employee_id, t);
    const qn = quarterOfIsoDate(toWibIsoDate(r.ends_at));
    const qq = byQuarter.get(qn) ?? { sessions: new Set<number>(), jp: 0 };
    qq.sessions.add(r.session_id);
    qq.jp += share(r);
    byQuarter.set(qn, qq);
  }
  const names = new Map(
    (await repo.findEmployeeNames(ctx.db, [...byTrainer.keys()])).map((e) => [e.id, fullNameOf(e)]),
  );
  const round1 = (n: number) => Math.round(n * 100) / 100;
  const items = [...byTrainer.entries()].map(([employeeId, t]) => {
    const jp = round1(t.jp);
    return {
      employeeId,
      fullName: names.get(employeeId) ?? `#${employeeId}`,
      sessions: t.sessions.size,
      jp,
      saving: trainingCostSaving(externalCostPerJp, jp),
    };
  });
  items.sort((a, b) => b.jp - a.jp || a.fullName.localeCompare(b.fullName, 'id'));
  const quarters = [...byQuarter.entries()]
    .sort(([a], [b]) => a - b)
    .map(([qn, v]) => ({
      quarter: qn,
      sessions: v.sessions.size,
      jp: round1(v.jp),
      saving: trainingCostSaving(externalCostPerJp, round1(v.jp)),
    }));
  const totalJp = round1(items.reduce((n, i) => n + i.jp, 0));
  return {
    year,
    quarter,
    from: range.from,
    to: range.to,
    externalCostPerJp,
    totalSessions: new Set(rows.map((r) => r.session_id)).size,
    totalJp,
    totalSaving: trainingCostSaving(externalCostPerJp, totalJp),
    items,
    quarters,
  };
}

/** The cost saving report as XLSX for HR and the Pimpinan: plain values (never formulas), rupiah as numbers. */
export async function exportCostSavingXlsx(
  ctx: ServiceContext,
  actor: Actor,
  q: TrainingPeriodQuery,
): Promise<{ body: Buffer; fileName: string; contentType: string }> {
  const report = await getCostSavingReport(ctx, actor, q);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SIM Kinerja';
  workbook.created = ctx.now();
  const sheet = workbook.addWorksheet('Penghematan', { views: [{ state: 'frozen', ySplit: 4 }] });
  const period =
    report.quarter === null ? `Tahun ${report.year}` : `Triwulan ${report.quarter} ${report.year}`;
  sheet.addRow([`Penghematan biaya pelatihan oleh pelatih internal — ${period}`]).font = { bold: true };
  sheet.addRow([`Biaya pelatih eksternal per JP: Rp ${report.externalCostPerJp.toLocaleString('id-ID')}`]);
  sheet.addRow([]);
  const header = sheet.addRow(['No', 'Pelatih internal', 'Sesi', 'JP diajarkan', 'Penghematan (Rp)']);
  header.font = { bold: true };
  report.items.forEach((i, n) => sheet.addRow([n + 1, i.fullName, i.sessions, i.jp, i.saving]));
  sheet.addRow(['', 'Jumlah', report.totalSessions, report.totalJp, report.totalSaving]).font = {
    bold: true,
  };
  sheet.getColumn(2).width = 44;
  sheet.getColumn(4).width = 14;
  sheet.getColumn(5).width = 20;
  sheet.getColumn(5).numFmt = '#,##0';
  if (report.quarter === null) {
    sheet.addRow([]);
    sheet.addRow(['Triwulan', '', 'Sesi', 'JP diajarkan', 'Penghematan (Rp)']).font = { bold: true };
    for (const qq of report.quarters) sheet.addRow([qq.quarter, '', qq.sessions, qq.jp, qq.saving]);
  }
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  const suffix = report.quarter === null ? `${report.year}` : `${report.year}-TW${report.quarter}`;
  return { body, fileName: `penghematan-pelatihan-${suffix}.xlsx`, contentType: XLSX_CONTENT_TYPE };
}
