import {
  PREDIKAT_VALUES,
  type LeadershipDashboard,
  type LeadershipFigure,
  type LeadershipPredikat,
  type LeadershipQuery,
  type LeadershipTable,
  type LeadershipUnitRow,
  type OrgUnit,
} from '@sim/contracts';
import {
  checkPredikatDistribution,
  countPredikat,
  followUpRate,
  formatTanggal,
  getDaysInMonth,
  jpCoverage,
  PREDIKAT_LABELS,
  summariseComplaints,
  todayOf,
} from '@sim/domain';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden, invalid } from '../../lib/errors';
import { forOneRead } from '../../lib/read-memo';
import { renderTableFile, type ExportTable, type TableExportFormat } from '../../lib/table-export';
import { getPublicComplaintFacts } from '../complaints/complaint-stats.service';
import { findLeadershipFlags } from '../forum/forum-response.service';
import { findAllUnits } from '../org/org.service';
import { getRecommendationFactsOfPeriod } from '../oversight/oversight-reports.service';
import { getLastPeriodRatings } from '../performance/calibration.service';
import { listSurveyIkmOfPeriod } from '../surveys/survey-results.service';
import { getOfficeJpByEmployee } from '../training/training-reports.service';
import { canReadLeadershipDashboard } from './dashboard-leadership.policy';

// The Pimpinan dashboard (issue 14 §2 "Pimpinan"): per unit with its sub-units — complaint volume, on-time share and
// median working days (complaints), IKM and mutu with the trend (surveys), the predikat distribution of the last
// evaluation period against the allowed pattern (performance calibration), JP target coverage (training), the
// recommendation follow-up rate (oversight) and the policies awaiting an official response (forum). Every figure comes
// from the owning module's service, read once for the whole office and grouped here, so the number of queries does
// not grow with the number of units. Each figure carries the link of the list that shows the records behind it.

const pad = (n: number) => String(n).padStart(2, '0');

/** The period and unit of a request: the current WIB year by default; an unknown unit is a 400 naming `unitId`. */
export function periodOf(now: Date, q: LeadershipQuery) {
  const year = Number(todayOf(now).slice(0, 4));
  const from = q.from ?? `${year}-01-01`;
  const to = q.to ?? `${year}-12-31`;
  if (to < from) throw invalid('to', 'Tanggal akhir (to) tidak boleh sebelum tanggal awal (from)');
  return { from, to };
}

/** First and last day of a `YYYY-MM` month. */
export function monthBounds(month: string) {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: `${month}-01`, to: `${month}-${pad(getDaysInMonth(y, m))}` };
}

type UnitTree = { byId: Map<number, OrgUnit>; children: Map<number | null, OrgUnit[]> };

function treeOf(units: OrgUnit[]): UnitTree {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<number | null, OrgUnit[]>();
  for (const u of units) {
    if (!u.isActive) continue;
    const parent = u.parentId !== null && byId.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  return { byId, children };
}

function subtreeOf(tree: UnitTree, id: number): Set<number> {
  const out = new Set<number>([id]);
  const stack = [id];
  while (stack.length > 0) {
    for (const c of tree.children.get(stack.pop()!) ?? []) {
      if (!out.has(c.id)) {
        out.add(c.id);
        stack.push(c.id);
      }
    }
  }
  return out;
}

/**
 * The rows of the table: the chosen unit's direct sub-units, or without a unit the office's own units — the first
 * level of the tree with more than one unit (a city root above a single kecamatan is skipped).
 */
function rowUnitsOf(tree: UnitTree, unitId: number | undefined): OrgUnit[] {
  if (unitId !== undefined) return tree.children.get(unitId) ?? [];
  let level = tree.children.get(null) ?? [];
  while (level.length === 1 && (tree.children.get(level[0]!.id)?.length ?? 0) > 0) {
    level = tree.children.get(level[0]!.id)!;
  }
  return level;
}

const query = (params: Record<string, string | number | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v));
  return q.toString();
};

const figure = (value: number | null, link: string): LeadershipFigure => ({ value, link });

/** Everything the dashboard shows for a period and unit; `canReadLeadershipDashboard` is checked by the callers. */
export async function computeLeadershipDashboard(
  ctx: ServiceContext,
  q: LeadershipQuery,
): Promise<LeadershipDashboard> {
  const now = ctx.now();
  const today = todayOf(now);
  const { from, to } = periodOf(now, q);
  const trainingYear = Number(to.slice(0, 4));
  const [units, facts, ikm, ratings, jp, recommendations, flags] = await Promise.all([
    findAllUnits(ctx.db),
    getPublicComplaintFacts(ctx.db, from, to, { byMonth: false }),
    listSurveyIkmOfPeriod(ctx.db, { from, to }),
    getLastPeriodRatings(ctx.db, today),
    getOfficeJpByEmployee(ctx.db, trainingYear, today),
    getRecommendationFactsOfPeriod(ctx.db, { from, to, today }),
    findLeadershipFlags(ctx.db, now),
  ]);
  const tree = treeOf(units);
  const chosen = q.unitId === undefined ? undefined : tree.byId.get(q.unitId);
  if (q.unitId !== undefined && !chosen) throw invalid('unitId', 'Unit kerja (unitId) tidak ditemukan');
  const scope = q.unitId === undefined ? null : subtreeOf(tree, q.unitId);
  const inScope = (unitId: number | null) => scope === null || (unitId !== null && scope.has(unitId));

  const rowOf = (unitId: number | null, unitName: string, ids: Set<number> | null): LeadershipUnitRow => {
    const has = (u: number | null) => ids === null || (u !== null && ids.has(u));
    const c = summariseComplaints(facts.filter((f) => has(f.unitId)));
    const complaintLink = (metric: string) =>
      `/complaints?${query({ scope: 'all', metric, from, to, unitId: unitId ?? undefined })}`;
    const coverage = jpCoverage(
      jp.employees.filter((e) => has(e.unitId)).map((e) => e.jp),
      jp.target,
    );
    const trainingLink = `/pelatihan/target-jp?${query({ year: trainingYear, unitId: unitId ?? undefined })}`;
    const recs = recommendations.filter((r) => has(r.unitId));
    const done = recs.filter((r) => r.isDone).length;
    const oversightLink = `/pengawasan/laporan?${query({ from, to, unitId: unitId ?? undefined })}`;
    return {
      unitId,
      unitName,
      isTotal: ids === scope,
      complaints: {
        received: figure(c.received, complaintLink('assigned')),
        finished: figure(c.finished, complaintLink('finished')),
        finishedOnTime: figure(c.finishedOnTime, complaintLink('onTime')),
        onTimePercent: figure(c.onTimePercent, complaintLink('onTime')),
        medianWorkingDays: figure(c.medianWorkingDays, complaintLink('finished')),
      },
      training: {
        employees: figure(coverage.employees, trainingLink),
        reached: figure(coverage.reached, trainingLink),
        percent: figure(coverage.percent, trainingLink),
      },
      oversight: {
        due: figure(recs.length, oversightLink),
        done: figure(done, oversightLink),
        overdue: figure(recs.filter((r) => r.isOverdue).length, oversightLink),
        followUpRate: figure(followUpRate({ due: recs.length, done }), oversightLink),
      },
    };
  };

  const rows = rowUnitsOf(tree, q.unitId)
    .map((u) => rowOf(u.id, u.name, subtreeOf(tree, u.id)))
    .sort((a, b) => a.unitName.localeCompare(b.unitName, 'id'));
  const total = rowOf(q.unitId ?? null, chosen?.name ?? 'Seluruh kantor', scope);

  return {
    from,
    to,
    unitId: q.unitId ?? null,
    unitName: chosen?.name ?? null,
    generatedAt: now.toISOString(),
    units: [total, ...rows],
    ikm: ikm.filter((s) => inScope(s.unitId)).map((s) => ({ ...s, link: `/skm/${s.surveyId}?tab=results` })),
    predikat: predikatOf(ratings, inScope, q.unitId),
    trainingYear,
    trainingTarget: jp.target,
    policiesAwaitingResponse: {
      count: figure(flags.items.length, '/forum'),
      items: flags.items.map((f) => ({ ...f, link: `/forum/kebijakan/${f.policyId}` })),
    },
  };
}

function predikatOf(
  period: Awaited<ReturnType<typeof getLastPeriodRatings>>,
  inScope: (unitId: number | null) => boolean,
  unitId: number | undefined,
): LeadershipPredikat {
  if (!period) {
    return {
      yearId: null,
      year: null,
      periodId: null,
      periodLabel: null,
      orgPredikat: null,
      total: 0,
      counts: PREDIKAT_VALUES.map((predikat) => ({ predikat, count: 0, percent: null })),
      constraints: [],
      ok: true,
      violations: [],
      link: '/kinerja/kalibrasi',
    };
  }
  const predikats = period.ratings.filter((r) => inScope(r.unitId)).map((r) => r.predikat);
  const counts = countPredikat(predikats);
  // The allowed pattern is the calibration's own check (packages/domain), applied to the unit's share when filtered.
  const check = period.orgPredikat
    ? checkPredikatDistribution(period.orgPredikat, counts, period.rules)
    : { ok: true, total: predikats.length, violations: [] };
  const total = predikats.length;
  return {
    yearId: period.yearId,
    year: period.year,
    periodId: period.periodId,
    periodLabel: period.periodLabel,
    orgPredikat: period.orgPredikat,
    total,
    counts: PREDIKAT_VALUES.map((predikat) => {
      const count = counts[predikat] ?? 0;
      return { predikat, count, percent: total === 0 ? null : Math.round((count / total) * 1000) / 10 };
    }),
    constraints: (period.orgPredikat ? period.rules[period.orgPredikat] : []).map((c) => ({
      predikat: [...c.predikat],
      minPercent: c.minPercent ?? null,
      maxPercent: c.maxPercent ?? null,
      minCount: c.minCount ?? null,
    })),
    ok: check.ok,
    violations: check.violations.map((v) => v.message),
    link: `/kinerja/kalibrasi?${query({ yearId: period.yearId, periodId: period.periodId, unitId })}`,
  };
}

/** `GET /dashboards/leadership`: the Pimpinan and Admin Kepegawaian (read-only); anyone else 403. */
export async function getLeadershipDashboard(
  ctx: ServiceContext,
  actor: Actor,
  q: LeadershipQuery,
): Promise<LeadershipDashboard> {
  if (!canReadLeadershipDashboard(actor))
    throw forbidden('Dasbor pimpinan hanya untuk Pimpinan dan Admin Kepegawaian');
  return computeLeadershipDashboard(forOneRead(ctx), q);
}

// ---------------------------------------------------------------- exports

const TABLE_TITLES: Record<LeadershipTable, string> = {
  unit: 'Kinerja per unit kerja',
  ikm: 'Indeks Kepuasan Masyarakat per periode survei',
  predikat: 'Sebaran predikat kinerja pegawai',
};

/** One table of the dashboard as the shared export writer takes it: the same numbers as the JSON. */
export function leadershipExportTable(
  d: LeadershipDashboard,
  table: LeadershipTable,
  now: Date,
): ExportTable {
  const filterLine = `Periode: ${formatTanggal(d.from)} – ${formatTanggal(d.to)} · Unit: ${d.unitName ?? 'Seluruh kantor'}`;
  const base = {
    title: TABLE_TITLES[table],
    filterLine,
    generatedAt: now,
    fileBaseName: `dasbor-pimpinan-${table}-${d.from}-${d.to}`,
  };
  if (table === 'unit') {
    return {
      ...base,
      columns: [
        { header: 'Unit', key: 'unit', kind: 'text' },
        { header: 'Pengaduan diterima', key: 'received', kind: 'number' },
        { header: 'Selesai', key: 'finished', kind: 'number' },
        { header: 'Selesai tepat waktu', key: 'onTime', kind: 'number' },
        { header: 'Tepat waktu (%)', key: 'onTimePercent', kind: 'percent' },
        { header: 'Median hari kerja', key: 'median', kind: 'number' },
        { header: 'Pegawai', key: 'employees', kind: 'number' },
        { header: `Mencapai ${d.trainingTarget} JP`, key: 'reached', kind: 'number' },
        { header: 'Cakupan JP (%)', key: 'coverage', kind: 'percent' },
        { header: 'Rekomendasi', key: 'recommendations', kind: 'number' },
        { header: 'Ditindaklanjuti', key: 'done', kind: 'number' },
        { header: 'Terlambat', key: 'overdue', kind: 'number' },
        { header: 'Tindak lanjut (%)', key: 'followUpRate', kind: 'percent' },
      ],
      rows: d.units.map((u) => ({
        unit: u.unitName,
        received: u.complaints.received.value,
        finished: u.complaints.finished.value,
        onTime: u.complaints.finishedOnTime.value,
        onTimePercent: u.complaints.onTimePercent.value,
        median: u.complaints.medianWorkingDays.value,
        employees: u.training.employees.value,
        reached: u.training.reached.value,
        coverage: u.training.percent.value,
        recommendations: u.oversight.due.value,
        done: u.oversight.done.value,
        overdue: u.oversight.overdue.value,
        followUpRate: u.oversight.followUpRate.value,
      })),
    };
  }
  if (table === 'ikm') {
    return {
      ...base,
      columns: [
        { header: 'Unit', key: 'unit', kind: 'text' },
        { header: 'Survei', key: 'title', kind: 'text' },
        { header: 'Awal', key: 'start', kind: 'date' },
        { header: 'Akhir', key: 'end', kind: 'date' },
        { header: 'Responden', key: 'respondents', kind: 'number' },
        { header: 'IKM', key: 'konversi', kind: 'number' },
        { header: 'Mutu', key: 'mutu', kind: 'text' },
        { header: 'IKM survei sebelumnya', key: 'previous', kind: 'number' },
      ],
      rows: d.ikm.map((s) => ({
        unit: s.unitName,
        title: s.title,
        start: s.periodStart,
        end: s.periodEnd,
        respondents: s.respondents,
        konversi: s.konversi,
        mutu: s.mutu,
        previous: s.previousKonversi,
      })),
    };
  }
  const p = d.predikat;
  return {
    ...base,
    filterLine: `${filterLine} · Periode penilaian: ${p.periodLabel ? `${p.periodLabel} ${p.year}` : '—'}`,
    columns: [
      { header: 'Predikat', key: 'predikat', kind: 'text' },
      { header: 'Jumlah pegawai', key: 'count', kind: 'number' },
      { header: 'Persen', key: 'percent', kind: 'percent' },
    ],
    rows: p.counts.map((c) => ({
      predikat: PREDIKAT_LABELS[c.predikat],
      count: c.count,
      percent: c.percent,
    })),
  };
}

/** `GET /dashboards/leadership/<table>.<xlsx|pdf>`: the table with the same filters, for the same readers. */
export async function exportLeadershipTable(
  ctx: ServiceContext,
  actor: Actor,
  q: LeadershipQuery,
  file: { table: LeadershipTable; format: TableExportFormat },
) {
  const dashboard = await getLeadershipDashboard(ctx, actor, q);
  return renderTableFile(leadershipExportTable(dashboard, file.table, ctx.now()), file.format);
}
