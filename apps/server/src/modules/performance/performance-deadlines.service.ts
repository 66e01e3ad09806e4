import type { DeadlineStatus } from '@sim/contracts';
import { perfDeadlines } from '@sim/contracts';
import { wibDayNumberFromIsoDate, todayOf } from '@sim/domain';
import { hasRole, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { findSubordinateEmployeeIds, getSuperiorOf } from '../org/org.service';
import { getPersonRefs, getYearRow } from './performance-access';
import * as repo from './performance.repository';

// Deadlines of a performance year: in-app reminders of what is due soon, and the overdue list (SKPs not submitted
// or not approved in time, periodic evaluations not done by their deadline) for superiors and the administrator.

/** How many days ahead a deadline shows as a reminder. */
export const REMINDER_DAYS = 14;

const daysBetween = (from: string, to: string) => wibDayNumberFromIsoDate(to) - wibDayNumberFromIsoDate(from);

/**
 * Reminders and the overdue list for the actor. Scope: Admin Kepegawaian and the Pimpinan see everybody in office;
 * a superior their subordinates (transitively); an employee only themselves. An evaluation is late for the
 * employee's rater, so a superior sees their team's missing evaluations as their own to-do.
 */
export async function getDeadlineStatus(
  ctx: ServiceContext,
  actor: Actor,
  yearId: number,
): Promise<DeadlineStatus> {
  const year = await getYearRow(ctx.db, yearId);
  const deadlines = perfDeadlines.parse(year.deadlines);
  const periods = await repo.findPeriodsOfYears(ctx.db, [yearId]);
  const today = todayOf(ctx.now());

  const all: { label: string; dueDate: string }[] = [
    ...(deadlines.skpSubmission ? [{ label: 'Pengajuan SKP', dueDate: deadlines.skpSubmission }] : []),
    ...(deadlines.skpApproval ? [{ label: 'Persetujuan SKP', dueDate: deadlines.skpApproval }] : []),
    ...periods.map((p) => ({ label: `Evaluasi ${p.label}`, dueDate: p.evaluation_deadline })),
  ];
  const upcoming = all
    .map((d) => ({ ...d, daysLeft: daysBetween(today, d.dueDate) }))
    .filter((d) => d.daysLeft >= 0 && d.daysLeft <= REMINDER_DAYS)
    .sort((a, b) => a.daysLeft - b.daysLeft);

  let scope: number[];
  if (hasRole(actor, 'ADMIN_KEPEGAWAIAN', 'PIMPINAN'))
    scope = await repo.findEmployeeIdsInOffice(ctx.db, today);
  else if (actor.employeeId === null) scope = [];
  else scope = [actor.employeeId, ...(await findSubordinateEmployeeIds(ctx.db, actor.employeeId, today))];

  const skps = await repo.findSkps(ctx.db, { yearId, employeeIds: scope });
  const skpOf = new Map(skps.map((s) => [s.employee_id, s]));
  const evaluated = new Set(
    (await repo.findEvaluationKeysOfYear(ctx.db, yearId)).map((e) => `${e.skp_id}:${e.period_id}`),
  );
  const overdue: {
    kind: DeadlineStatus['overdue'][number]['kind'];
    employeeId: number;
    skpId: number | null;
    label: string;
    dueDate: string;
  }[] = [];
  for (const employeeId of scope) {
    const skp = skpOf.get(employeeId);
    if (
      deadlines.skpSubmission &&
      today > deadlines.skpSubmission &&
      (!skp || skp.version === 0) &&
      skp?.status !== 'SUBMITTED'
    ) {
      overdue.push({
        kind: 'SKP_NOT_SUBMITTED',
        employeeId,
        skpId: skp?.id ?? null,
        label: 'SKP belum diajukan',
        dueDate: deadlines.skpSubmission,
      });
    }
    if (deadlines.skpApproval && today > deadlines.skpApproval && skp?.status === 'SUBMITTED') {
      overdue.push({
        kind: 'SKP_NOT_APPROVED',
        employeeId,
        skpId: skp.id,
        label: 'SKP belum disetujui atasan',
        dueDate: deadlines.skpApproval,
      });
    }
    if (!skp || skp.version === 0) continue;
    for (const p of periods) {
      if (p.kind !== 'PERIODIK' || today <= p.evaluation_deadline || evaluated.has(`${skp.id}:${p.id}`))
        continue;
      // Only someone with a rater that day can be late; the head of the office is rated outside the system.
      if (!(await getSuperiorOf(ctx.db, employeeId, p.end_date))) continue;
      overdue.push({
        kind: 'EVALUATION_MISSING',
        employeeId,
        skpId: skp.id,
        label: `Evaluasi ${p.label} belum dilakukan`,
        dueDate: p.evaluation_deadline,
      });
    }
  }
  const people = await getPersonRefs(
    ctx.db,
    overdue.map((o) => o.employeeId),
    today,
  );
  return {
    upcoming,
    overdue: overdue.flatMap(({ employeeId, ...o }) => {
      const employee = people.get(employeeId);
      return employee ? [{ ...o, employee }] : [];
    }),
  };
}
