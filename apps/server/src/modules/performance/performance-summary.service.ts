import type { PersonRef, PredikatValue, SkpProgress, SkpStatus } from '@sim/contracts';
import { fullNameOf } from '@sim/domain';
import type { Database } from '../../db/database';
import { findEvaluationsOfEmployeeSince, ratersOn, type RaterOf } from './evaluation.service';
import { getPersonRefs, loadSkpParts, targetLabel } from './performance-access';
import { loadRealisations, toFeedback } from './performance-work.service';
import * as repo from './performance.repository';

// What the dashboards (issue 14 §2) read of the performance module. No actor checks here: the dashboards policy has
// decided whose figures the caller may see. The team functions take many employees at once and run a fixed number
// of queries however many there are (a city has thousands).

/** The performance year row of a calendar year, or undefined when none was opened. */
export async function findYearOf(db: Database, year: number) {
  return repo.findYearByYear(db, year);
}

/**
 * One employee's SKP of a year as targets against realisation per periodic period (the realisation screen's own
 * computation, system evidence included), with the mean capaian per period; null when no SKP was started.
 */
export async function getSkpProgressOf(
  db: Database,
  employeeId: number,
  yearId: number,
  now: Date,
): Promise<Omit<SkpProgress, 'link'> | null> {
  const skp = await repo.findSkpOf(db, yearId, employeeId);
  if (!skp) return null;
  const periods = (await repo.findPeriodsOfYears(db, [yearId]))
    .filter((p) => p.kind === 'PERIODIK')
    .sort((a, b) => a.seq - b.seq);
  const { rhk, indicators } = await loadSkpParts(db, skp.id);
  const realisations = await loadRealisations(db, skp.id, { now, viewer: 'self' });
  const cellOf = new Map(realisations.map((r) => [`${r.indicatorId}:${r.periodId}`, r]));
  const rhkText = new Map(rhk.map((r) => [r.id, r.text]));
  return {
    skpId: skp.id,
    status: skp.status,
    periods: periods.map((p) => {
      const percents = indicators
        .map((i) => cellOf.get(`${i.id}:${p.id}`)?.percent ?? null)
        .filter((v): v is number => v !== null);
      return {
        id: p.id,
        label: p.label,
        averagePercent:
          percents.length === 0
            ? null
            : Math.round((percents.reduce((a, b) => a + b, 0) / percents.length) * 10) / 10,
      };
    }),
    indicators: indicators.map((i) => ({
      id: i.id,
      rhkText: rhkText.get(i.rhk_id) ?? '',
      text: i.text,
      target: targetLabel(i),
      cells: periods.map((p) => {
        const r = cellOf.get(`${i.id}:${p.id}`);
        return {
          periodId: p.id,
          value: r?.value ?? null,
          text: r?.text ?? null,
          periodTarget: r?.periodTarget ?? null,
          percent: r?.percent ?? null,
        };
      }),
    })),
  };
}

/** The newest feedback entries of an SKP (superiors' feedback and the owner's requests), newest first. */
export async function getLatestFeedbackOf(db: Database, skpId: number, limit: number) {
  return (await repo.findFeedback(db, skpId)).slice(0, limit).map(toFeedback);
}

/** Every predikat an employee has received, newest period first. */
export async function getPredikatHistoryOf(db: Database, employeeId: number) {
  return findEvaluationsOfEmployeeSince(db, employeeId, '1900-01-01');
}

/** People as the performance screens name them (name, NIP, position and unit on `date`), by employee id. */
export async function getPeople(db: Database, ids: number[], date: string): Promise<Map<number, PersonRef>> {
  return getPersonRefs(db, ids, date);
}

// Names sort as Indonesian readers expect (the collation `localeCompare(…, 'id')` uses), made once.
const byIndonesianName = new Intl.Collator('id').compare;

/**
 * The employees by full name (titles included, as `getPeople` names them) in Indonesian order, ties by id: the order
 * of Tim Saya. Reads only the name columns, so a whole office (20 000 people) is sorted before any figure is read.
 */
export async function sortByName(
  db: Database,
  ids: number[],
): Promise<{ employeeId: number; fullName: string }[]> {
  const rows = await repo.findPersonNames(db, [...new Set(ids)]);
  return rows
    .map((r) => ({ employeeId: r.id, fullName: fullNameOf(r) }))
    .sort((a, b) => byIndonesianName(a.fullName, b.fullName) || a.employeeId - b.employeeId);
}

/**
 * How many of the employees have each latest predikat of the year, and how many have an SKP of the year without
 * one yet — counted in the database, for any number of employees.
 */
export async function countLatestPredikats(
  db: Database,
  employeeIds: number[],
  yearId: number,
): Promise<{ counts: Map<PredikatValue, number>; withoutPredikat: number }> {
  const rows = await repo.countLatestPredikats(db, yearId, employeeIds);
  const counts = new Map<PredikatValue, number>();
  let withoutPredikat = 0;
  for (const r of rows) {
    if (r.predikat === null) withoutPredikat += r.count;
    else counts.set(r.predikat, r.count);
  }
  return { counts, withoutPredikat };
}

/** The employees among `employeeIds` whose latest predikat of the year (as `getSkpSummariesOf` reads it) is this. */
export async function findEmployeeIdsWithLatestPredikat(
  db: Database,
  employeeIds: number[],
  yearId: number,
  predikat: PredikatValue,
) {
  return repo.findEmployeeIdsWithLatestPredikat(db, yearId, employeeIds, predikat);
}

/** Everyone holding a position in one of the units on `date`. */
export async function findEmployeeIdsInUnits(db: Database, unitIds: number[], date: string) {
  return repo.findEmployeeIdsInUnits(db, unitIds, date);
}

/** Everyone in office on `date`. */
export async function findEmployeeIdsInOffice(db: Database, date: string) {
  return repo.findEmployeeIdsInOffice(db, date);
}

export type SkpSummaryOf = {
  skpId: number;
  status: SkpStatus;
  latestPredikat: PredikatValue | null;
};

/**
 * The SKP of a year of each employee (the newest when a transfer started a second one), its status and the predikat
 * of its latest evaluated period. One query for any number of employees.
 */
export async function getSkpSummariesOf(
  db: Database,
  employeeIds: number[],
  yearId: number,
): Promise<Map<number, SkpSummaryOf>> {
  const rows = await repo.findSkps(db, { yearId, employeeIds });
  const byEmployee = new Map<number, SkpSummaryOf>();
  // findSkps orders by id: the last one per employee is the newest.
  for (const r of rows) {
    byEmployee.set(r.employee_id, {
      skpId: r.id,
      status: r.status,
      latestPredikat: (r.latest_predikat as PredikatValue | null) ?? null,
    });
  }
  return byEmployee;
}

export type EvaluationDue = { employeeId: number; skpId: number; periodLabel: string; dueDate: string };

/**
 * The periodic evaluations past their deadline (`today` after the period's evaluation deadline) that `raterId` must
 * still do for people among `memberIds`: the same rule as the overdue list (`getDeadlineStatus`, an approved SKP
 * and no evaluation; the rater is `raterOf` on the period's end), with the raters of all of them found together —
 * a fixed number of queries per period, however large the team.
 */
export async function findEvaluationsDueFor(
  db: Database,
  raterId: number,
  yearId: number,
  memberIds: number[],
  today: string,
): Promise<EvaluationDue[]> {
  const periods = (await repo.findPeriodsOfYears(db, [yearId])).filter(
    (p) => p.kind === 'PERIODIK' && today > p.evaluation_deadline,
  );
  if (periods.length === 0 || memberIds.length === 0) return [];
  const skps = (await repo.findSkps(db, { yearId, employeeIds: memberIds })).filter((s) => s.version > 0);
  const evaluated = new Set(
    (await repo.findEvaluationKeysOfYear(db, yearId)).map((e) => `${e.skp_id}:${e.period_id}`),
  );
  // The rater is looked up only for the owners still without an evaluation of a period (most are rated once its
  // deadline has passed), and not at all for a period everyone has been rated in.
  const ratersByPeriod = new Map<number, Map<number, RaterOf>>();
  for (const p of periods) {
    const ownerIds = [
      ...new Set(skps.filter((skp) => !evaluated.has(`${skp.id}:${p.id}`)).map((skp) => skp.employee_id)),
    ];
    if (ownerIds.length > 0) ratersByPeriod.set(p.id, await ratersOn(db, ownerIds, yearId, p.end_date));
  }
  const due: EvaluationDue[] = [];
  for (const skp of skps) {
    for (const p of periods) {
      if (evaluated.has(`${skp.id}:${p.id}`)) continue;
      if (ratersByPeriod.get(p.id)?.get(skp.employee_id)?.employeeId !== raterId) continue;
      due.push({
        employeeId: skp.employee_id,
        skpId: skp.id,
        periodLabel: p.label,
        dueDate: p.evaluation_deadline,
      });
    }
  }
  return due;
}
