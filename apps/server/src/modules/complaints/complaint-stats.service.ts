import type { ComplaintStats, ComplaintStatus } from '@sim/contracts';
import {
  fullNameOf,
  isValidIsoDate,
  summariseComplaints,
  toWibIsoDate,
  type ComplaintOutcome,
} from '@sim/domain';
import type { Database } from '../../db/database';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden, invalid, notFound } from '../../lib/errors';
import { findSubordinateEmployeeIds, findUnitSubtreeIds } from '../org/org.service';
import * as repo from './complaints.repository';
import { canReadAnyEmployeeComplaintStats, canReadUnitComplaintStats } from './complaints.policy';

// Performance evidence from complaints (issue 4 §5): per employee or unit and period — assigned, finished,
// finished on time, median working days to finish (paused time excluded), reopen rate and average rating. The
// SKP module reads getComplaintStatsForEmployee as system-generated evidence of a complaint-handling RHK.

type Figures = Omit<ComplaintStats, 'employeeId' | 'unitId' | 'subject' | 'from' | 'to'>;

const wibStart = (date: string) => new Date(`${date}T00:00:00+07:00`);
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** How one complaint finished: finished means Selesai or Ditutup with a resolution time; on time, not breached. */
function outcomeOf(r: {
  status: ComplaintStatus;
  resolved_at: Date | null;
  was_breached: boolean;
  resolution_working_days: number | null;
}): ComplaintOutcome {
  return outcomeOfParts({ ...r, is_resolved: r.resolved_at !== null });
}

/** `outcomeOf` for a row that says only whether it was resolved (the public figures' counted groups). */
function outcomeOfParts(r: {
  status: ComplaintStatus;
  is_resolved: boolean;
  was_breached: boolean;
  resolution_working_days: number | null;
}): ComplaintOutcome {
  const isFinished = r.is_resolved && (r.status === 'SELESAI' || r.status === 'DITUTUP');
  return {
    isFinished,
    isOnTime: isFinished && !r.was_breached,
    workingDays: isFinished ? r.resolution_working_days : null,
  };
}

function computeFigures(rows: Awaited<ReturnType<typeof repo.findComplaintsForStats>>): Figures {
  // Received, finished, on time and the median are the public figures' own summary (packages/domain).
  const { received, ...finished } = summariseComplaints(rows.map(outcomeOf));
  const everResolved = rows.filter((r) => r.resolved_at !== null || r.reopen_count > 0).length;
  const reopened = rows.filter((r) => r.reopen_count > 0).length;
  const ratings = rows.map((r) => r.rating).filter((r): r is number => r !== null);
  return {
    assigned: received,
    ...finished,
    reopened,
    reopenRatePercent: everResolved > 0 ? round((reopened / everResolved) * 100, 1) : null,
    rated: ratings.length,
    averageRating: ratings.length > 0 ? round(ratings.reduce((a, b) => a + b, 0) / ratings.length, 2) : null,
    breached: rows.filter((r) => r.was_breached).length,
  };
}

function periodOf(from: string, to: string) {
  if (!isValidIsoDate(from)) throw invalid('from', 'Tanggal awal tidak valid');
  if (!isValidIsoDate(to)) throw invalid('to', 'Tanggal akhir tidak valid');
  if (to < from) throw invalid('to', 'Tanggal akhir tidak boleh sebelum tanggal awal');
  return { from: wibStart(from), to: new Date(wibStart(to).getTime() + 86_400_000) };
}

/**
 * Complaint figures of one employee for complaints received from `from` to `to` (WIB dates, inclusive) and
 * assigned to them. For the SKP module: no authorisation here — the caller has already checked who may read.
 */
export async function getComplaintStatsForEmployee(
  db: Database,
  employeeId: number,
  from: string,
  to: string,
): Promise<Figures> {
  const period = periodOf(from, to);
  return computeFigures(await repo.findComplaintsForStats(db, { assigneeId: employeeId, ...period }));
}

/**
 * `getComplaintStatsForEmployee` for several date ranges of one employee at once (the periods of an SKP year, for its
 * bukti sistem): the complaints of the whole span are read in one query and counted per range, in the ranges' order.
 */
export async function getComplaintStatsForEmployeeInRanges(
  db: Database,
  employeeId: number,
  ranges: { from: string; to: string }[],
): Promise<Figures[]> {
  if (ranges.length === 0) return [];
  const periods = ranges.map((r) => periodOf(r.from, r.to));
  const rows = await repo.findComplaintsForStats(db, {
    assigneeId: employeeId,
    from: new Date(Math.min(...periods.map((p) => p.from.getTime()))),
    to: new Date(Math.max(...periods.map((p) => p.to.getTime()))),
  });
  return periods.map((p) =>
    computeFigures(rows.filter((r) => r.received_at >= p.from && r.received_at < p.to)),
  );
}

/**
 * The same figures for many employees at once (the team dashboard), by employee id; one query however many there
 * are. No authorisation here either: the caller has decided whose figures may be read.
 */
export async function getComplaintStatsForEmployees(
  db: Database,
  employeeIds: number[],
  from: string,
  to: string,
): Promise<Map<number, Figures>> {
  const rows = await repo.findComplaintsForStats(db, { assigneeIds: employeeIds, ...periodOf(from, to) });
  const byAssignee = new Map<number, typeof rows>(employeeIds.map((id) => [id, []]));
  for (const r of rows) if (r.assignee_employee_id !== null) byAssignee.get(r.assignee_employee_id)?.push(r);
  return new Map([...byAssignee].map(([id, own]) => [id, computeFigures(own)]));
}

/**
 * Figures for the statistics view: one's own, a subordinate's (superior), or anyone's and any unit's (the desk and
 * the Pimpinan). Without an employee or unit, the actor's own figures.
 */
export async function getComplaintStats(
  ctx: ServiceContext,
  actor: Actor,
  q: { employeeId?: number | undefined; unitId?: number | undefined; from: string; to: string },
): Promise<ComplaintStats> {
  const period = periodOf(q.from, q.to);
  if (q.unitId !== undefined) {
    if (!canReadUnitComplaintStats(actor))
      throw forbidden('Statistik unit hanya untuk pimpinan dan petugas pengaduan');
    const name = await repo.findUnitName(ctx.db, q.unitId);
    if (!name) throw notFound('Unit kerja');
    const units = await findUnitSubtreeIds(ctx.db, q.unitId);
    const rows = await repo.findComplaintsForStats(ctx.db, { unitIds: units, ...period });
    return {
      employeeId: null,
      unitId: q.unitId,
      subject: name,
      from: q.from,
      to: q.to,
      ...computeFigures(rows),
    };
  }
  const employeeId = q.employeeId ?? actor.employeeId;
  if (employeeId === null) throw invalid('employeeId', 'Pilih pegawai');
  if (employeeId !== actor.employeeId && !canReadAnyEmployeeComplaintStats(actor)) {
    const team = actor.employeeId
      ? await findSubordinateEmployeeIds(ctx.db, actor.employeeId, toWibIsoDate(ctx.now()))
      : [];
    if (!team.includes(employeeId))
      throw forbidden('Anda hanya dapat melihat statistik sendiri atau tim Anda');
  }
  const employee = await repo.findEmployeeBrief(ctx.db, employeeId);
  if (!employee) throw notFound('Pegawai');
  const rows = await repo.findComplaintsForStats(ctx.db, { assigneeId: employeeId, ...period });
  return {
    employeeId,
    unitId: null,
    subject: fullNameOf(employee),
    from: q.from,
    to: q.to,
    ...computeFigures(rows),
  };
}

/** Complaints as the public figures see them: `count` complaints of one unit, month and outcome; no person, no text. */
export type PublicComplaintFact = ComplaintOutcome & {
  /** How many complaints share this unit, month and outcome (at least 1). */
  count: number;
  unitId: number | null;
  unitName: string | null;
  /** WIB month the complaints arrived, YYYY-MM; null when read with `byMonth: false`. */
  month: string | null;
};

/**
 * Anonymous facts of the complaints received from `from` to `to` (WIB dates, inclusive), counted per unit, month
 * and outcome, for the public transparency page and open data (portal module), which aggregates them and applies
 * the small-cell rule, and for the Pimpinan dashboard (`byMonth: false`: per unit only). Finished and on time mean
 * what they mean in the staff statistics (`outcomeOf`); `summariseComplaints` takes the counted facts as they are.
 */
export async function getPublicComplaintFacts(
  db: Database,
  from: string,
  to: string,
  { byMonth = true }: { byMonth?: boolean } = {},
): Promise<PublicComplaintFact[]> {
  const groups = await repo.countComplaintFactsForPublic(db, { ...periodOf(from, to), byMonth });
  return groups.map((g) => ({
    count: g.n,
    unitId: g.unit_id,
    unitName: g.unit_name,
    month: g.month,
    ...outcomeOfParts(g),
  }));
}
