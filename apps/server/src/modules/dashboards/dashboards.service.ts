import type {
  DashboardComplaintFigures,
  DashboardJp,
  MyDashboard,
  PredikatValue,
  TeamDashboard,
  TeamDashboardExportQuery as TeamDashboardFilters,
  TeamDashboardQuery,
  TeamTodo,
} from '@sim/contracts';
import { PREDIKAT_VALUES, TEAM_DASHBOARD_PAGE_SIZE } from '@sim/contracts/values';
import { jpTargetProgress, todayOf } from '@sim/domain';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden, notFound } from '../../lib/errors';
import { forOneRead } from '../../lib/read-memo';
import {
  getComplaintStatsForEmployee,
  getComplaintStatsForEmployees,
} from '../complaints/complaint-stats.service';
import { listComplaints } from '../complaints/complaint-reading.service';
import {
  findSubordinateEmployeeIds,
  findUnitSubtreeIds,
  findSuperiorIdsOf,
  getUnitName,
} from '../org/org.service';
import { getOversightWork } from '../oversight/oversight-followups.service';
import * as performance from '../performance/performance-summary.service';
import { listSkps } from '../performance/skp.service';
import { getJpTotals } from '../training/training-evidence.service';
import { computeJpProgress, loadTrainingTargets } from '../training/training-reports.service';
import { canReadAnyTeam, canReadMyDashboard, canReadTeamDashboard } from './dashboards.policy';

// Kinerja Saya and Tim Saya (issue 14 §2): figures other modules own, read through their services and put side by
// side. Every figure carries `link`, the app route (with its query) of the records behind it. Nothing is stored here.

const yearOf = (ctx: ServiceContext, year: number | undefined) =>
  year ?? Number(todayOf(ctx.now()).slice(0, 4));

/** A calendar year in WIB as the complaint statistics take it. */
const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

const skpLink = (skpId: number) => `/kinerja/skp/${skpId}`;

function complaintFigures(
  f: Omit<DashboardComplaintFigures, 'link'>,
  employeeId: number,
): DashboardComplaintFigures {
  return {
    assigned: f.assigned,
    finished: f.finished,
    finishedOnTime: f.finishedOnTime,
    onTimePercent: f.onTimePercent,
    rated: f.rated,
    averageRating: f.averageRating,
    link: `/complaints/stats?employeeId=${employeeId}`,
  };
}

/**
 * Kinerja Saya: the signed-in employee's own figures of a year — SKP targets against realisation per period, the
 * latest feedback, open complaints with their deadlines, on-time rate and citizens' rating, JP toward the target,
 * the recommendations they answer for, and every predikat received. Never anyone else's: there is no parameter to
 * ask for another employee.
 */
export async function getMyDashboard(
  serviceCtx: ServiceContext,
  actor: Actor,
  q: { year?: number | undefined },
): Promise<MyDashboard> {
  if (!canReadMyDashboard(actor) || actor.employeeId === null)
    throw forbidden('Kinerja Saya hanya untuk akun yang terhubung dengan data pegawai');
  // Its sections ask some of the same questions (the SKP's parts, the year's periods, settings): answered once.
  const ctx = forOneRead(serviceCtx);
  const me = actor.employeeId;
  const year = yearOf(ctx, q.year);
  const today = todayOf(ctx.now());
  const people = await performance.getPeople(ctx.db, [me], today);
  const employee = people.get(me);
  if (!employee) throw notFound('Pegawai');

  const perfYear = await performance.findYearOf(ctx.db, year);
  const progress = perfYear ? await performance.getSkpProgressOf(ctx.db, me, perfYear.id, ctx.now()) : null;
  const feedback = progress ? await performance.getLatestFeedbackOf(ctx.db, progress.skpId, 5) : [];

  const range = yearRange(year);
  const stats = await getComplaintStatsForEmployee(ctx.db, me, range.from, range.to);
  // The complaints module's own list (its policy, its deadlines): my open complaints, nearest deadline first.
  const open = await listComplaints(ctx, actor, {
    scope: 'mine',
    open: 'true',
    page: 1,
    pageSize: 50,
  });
  const jp = await computeJpProgress(ctx.db, me, year, today);
  // The oversight module's own list of what the actor answers for (integrity findings only as its policy allows).
  const work = await getOversightWork(ctx, actor);
  const history = await performance.getPredikatHistoryOf(ctx.db, me);

  return {
    year,
    employee,
    skp: progress ? { ...progress, link: skpLink(progress.skpId) } : null,
    skpLink: progress ? skpLink(progress.skpId) : '/kinerja',
    feedback,
    openComplaints: open.items,
    openComplaintsLink: '/complaints?scope=mine',
    complaints: complaintFigures(stats, me),
    jp: { jp: jp.jp, target: jp.target, percent: jp.percent, link: '/pelatihan/saya' },
    recommendations: work.mine,
    recommendationsLink: '/pengawasan/tindak-lanjut',
    predikatHistory: history.map((h) => ({
      skpId: h.skpId,
      periodId: h.periodId,
      periodLabel: h.periodLabel,
      periodEnd: h.periodEnd,
      predikat: h.predikat,
      link: `/kinerja/skp/${h.skpId}/evaluasi/${h.periodId}`,
    })),
  };
}

/**
 * Whose figures Tim Saya shows: a superior's subordinates (transitively, as the performance policy reads them);
 * Admin Kepegawaian and the Pimpinan any unit's people (with the units below it), or — without a unit — their own
 * subordinates when they have any, else the whole office. Anyone else: 403.
 */
async function teamScope(ctx: ServiceContext, actor: Actor, unitId: number | undefined, today: string) {
  const below =
    actor.employeeId === null ? [] : await findSubordinateEmployeeIds(ctx.db, actor.employeeId, today);
  if (!canReadTeamDashboard(actor, below.length > 0))
    throw forbidden('Tim Saya hanya untuk atasan: tidak ada pegawai di bawah jabatan Anda');
  if (unitId !== undefined) {
    if (!canReadAnyTeam(actor))
      throw forbidden(
        'Filter unit hanya untuk Admin Kepegawaian dan Pimpinan; atasan melihat timnya sendiri',
      );
    const units = await findUnitSubtreeIds(ctx.db, unitId);
    if (units.length === 0) throw notFound('Unit kerja');
    const ids = await performance.findEmployeeIdsInUnits(ctx.db, units, today);
    return ids.filter((id) => id !== actor.employeeId);
  }
  if (below.length > 0 || !canReadAnyTeam(actor)) return below;
  return performance.findEmployeeIdsInOffice(ctx.db, today);
}

/** Which members a Tim Saya answer holds: one page of them (the screen) or all of them (an export). */
export type TeamMembers = { page: number; pageSize: number } | 'all';

/**
 * Tim Saya: one page of the people in scope, sorted by name, with their SKP status and latest predikat, complaint
 * figures and JP of the year; what waits for the superior; and the predikat distribution of everyone in scope
 * (ADR 0021). Only the names of everyone are read (to sort and count them) and the distribution is counted in the
 * database; the figures are read for the page's members only — a fixed number of queries however large the team.
 */
export async function getTeamDashboard(
  serviceCtx: ServiceContext,
  actor: Actor,
  q: TeamDashboardFilters & Partial<Pick<TeamDashboardQuery, 'page' | 'pageSize'>>,
  which: TeamMembers = { page: q.page ?? 1, pageSize: q.pageSize ?? TEAM_DASHBOARD_PAGE_SIZE },
): Promise<TeamDashboard> {
  // The scope, SKP list, complaint queue and oversight work each need the reader's subordinates: read once.
  const ctx = forOneRead(serviceCtx);
  const year = yearOf(ctx, q.year);
  const today = todayOf(ctx.now());
  const ids = await teamScope(ctx, actor, q.unitId, today);
  const perfYear = await performance.findYearOf(ctx.db, year);
  const predikat = q.predikat ?? null;
  // Everyone in scope by name; the predikat filter (found in the database) narrows them before the page is cut.
  const named = await performance.sortByName(ctx.db, ids);
  let shown = named;
  if (predikat !== null) {
    const having = new Set(
      perfYear ? await performance.findEmployeeIdsWithLatestPredikat(ctx.db, ids, perfYear.id, predikat) : [],
    );
    shown = named.filter((n) => having.has(n.employeeId));
  }
  const page = which === 'all' ? 1 : which.page;
  const pageSize = which === 'all' ? Math.max(shown.length, 1) : which.pageSize;
  const pageIds = shown.slice((page - 1) * pageSize, page * pageSize).map((n) => n.employeeId);

  const people = await performance.getPeople(ctx.db, pageIds, today);
  const skps = perfYear ? await performance.getSkpSummariesOf(ctx.db, pageIds, perfYear.id) : new Map();
  const range = yearRange(year);
  const stats = await getComplaintStatsForEmployees(ctx.db, pageIds, range.from, range.to);
  const { jpTarget } = await loadTrainingTargets(ctx.db);
  const jpTotals = await getJpTotals(ctx.db, pageIds, year);

  const members = pageIds.flatMap((id) => {
    const employee = people.get(id);
    if (!employee) return [];
    const skp = skps.get(id);
    const jp = jpTotals.get(id) ?? 0;
    const progress = jpTargetProgress(jp, jpTarget);
    const figures = stats.get(id)!;
    const jpFigure: DashboardJp = {
      jp,
      target: progress.target,
      percent: progress.percent,
      link: `/kompetensi/pegawai/${id}`,
    };
    return [
      {
        employee,
        skpId: skp?.skpId ?? null,
        skpStatus: skp?.status ?? null,
        latestPredikat: skp?.latestPredikat ?? null,
        complaints: complaintFigures(figures, id),
        jp: jpFigure,
        link: skp ? skpLink(skp.skpId) : `/employees/${id}`,
      },
    ];
  });

  const { counts, withoutPredikat } = perfYear
    ? await performance.countLatestPredikats(ctx.db, ids, perfYear.id)
    : { counts: new Map<PredikatValue, number>(), withoutPredikat: 0 };
  const names = new Map(named.map((n) => [n.employeeId, n.fullName]));

  return {
    year,
    unitId: q.unitId ?? null,
    unitName: q.unitId ? await getUnitName(ctx.db, q.unitId) : null,
    predikat,
    members,
    total: shown.length,
    page,
    pageSize,
    todos: await teamTodos(ctx, actor, perfYear?.id ?? null, today, { ids, names }),
    distribution: PREDIKAT_VALUES.map((p) => ({
      predikat: p,
      count: counts.get(p) ?? 0,
      link: `/dasbor/tim?year=${year}${q.unitId ? `&unitId=${q.unitId}` : ''}&predikat=${p}`,
    })),
    withoutPredikat,
  };
}

/**
 * What waits for the actor as a superior: SKPs submitted to them for approval, evaluations past their deadline that
 * they must do, their team's escalated or late open complaints, and their team's overdue recommendations. Each list
 * comes from its own module with that module's scope rules.
 */
async function teamTodos(
  ctx: ServiceContext,
  actor: Actor,
  yearId: number | null,
  today: string,
  team: { ids: number[]; names: Map<number, string> },
): Promise<TeamTodo[]> {
  const todos: TeamTodo[] = [];
  if (actor.employeeId !== null && yearId !== null) {
    const submitted = await listSkps(ctx, actor, { yearId, scope: 'team', status: 'SUBMITTED' });
    // Only the direct superior approves (performance policy): the SKPs further down wait for someone else.
    const superiors = await findSuperiorIdsOf(
      ctx.db,
      submitted.items.map((s) => s.employee.employeeId),
      today,
    );
    for (const s of submitted.items) {
      if (superiors.get(s.employee.employeeId) !== actor.employeeId) continue;
      todos.push({
        kind: 'SKP_APPROVAL',
        title: `Persetujuan SKP ${s.year}`,
        employeeName: s.employee.fullName,
        dueAt: null,
        link: skpLink(s.id),
      });
    }
    // Evaluations past their deadline that the actor rates (performance's rater rule).
    const due = await performance.findEvaluationsDueFor(ctx.db, actor.employeeId, yearId, team.ids, today);
    for (const e of due) {
      todos.push({
        kind: 'EVALUATION_DUE',
        title: `Evaluasi ${e.periodLabel} belum dilakukan`,
        employeeName: team.names.get(e.employeeId) ?? null,
        dueAt: e.dueDate,
        link: skpLink(e.skpId),
      });
    }
  }
  if (actor.employeeId !== null) {
    const team = await listComplaints(ctx, actor, { scope: 'team', open: 'true', page: 1, pageSize: 200 });
    for (const c of team.items) {
      if (c.escalationLevel === 0 && c.sla?.state !== 'BREACHED') continue;
      todos.push({
        kind: 'COMPLAINT_ESCALATED',
        title: `Pengaduan ${c.ticket} — ${c.categoryName}`,
        employeeName: c.assigneeName,
        dueAt: c.sla?.deadline ?? null,
        link: `/complaints/${c.id}`,
      });
    }
  }
  const work = await getOversightWork(ctx, actor);
  for (const r of work.escalated) {
    todos.push({
      kind: 'RECOMMENDATION_OVERDUE',
      title: r.text,
      employeeName: r.ownerName,
      dueAt: r.dueDate,
      link: `/pengawasan/rekomendasi/${r.id}`,
    });
  }
  return todos;
}
