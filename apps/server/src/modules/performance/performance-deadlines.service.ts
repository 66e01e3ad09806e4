import type { DeadlineStatus } from '@sim/contracts';
import { perfDeadlines } from '@sim/contracts';
import { wibDayNumberFromIsoDate, todayOf } from '@sim/domain';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { findSubordinateEmployeeIds, getSuperiorOf } from '../org/org.service';
import { raterOf } from './evaluation.service';
import { getPersonRefs, getYearRow } from './performance-access';
import { canReadAllSkp } from './performance.policy';
import * as repo from './performance.repository';

// Deadlines of a performance year: in-app reminders of what is due soon, and the overdue list (SKPs not submitted
// or not approved in time, periodic evaluations not done by their deadline) for superiors and the administrator.

/** How many days ahead a deadline shows as a reminder. */
export const REMINDER_DAYS = 14;

const daysBetween = (from: string, to: string) => wibDayNumberFromIsoDate(to) - wibDayNumberFromIsoDate(from);

/**
 * Reminders and the overdue list for the actor. Scope: Admin Kepegawaian and the Pimpinan see everybody in office;
 * a superior their subordinates (transitively); an employee only themselves. An evaluation is late for the
 * employee's rater; each late item names who must act and whether that is the viewer.
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

  type Kind = DeadlineStatus['upcoming'][number]['kind'];
  const all: { label: string; kind: Kind; periodLabel: string | null; dueDate: string }[] = [
    ...(deadlines.skpSubmission
      ? [
          {
            label: 'Pengajuan SKP',
            kind: 'SKP_SUBMISSION' as const,
            periodLabel: null,
            dueDate: deadlines.skpSubmission,
          },
        ]
      : []),
    ...(deadlines.skpApproval
      ? [
          {
            label: 'Persetujuan SKP',
            kind: 'SKP_APPROVAL' as const,
            periodLabel: null,
            dueDate: deadlines.skpApproval,
          },
        ]
      : []),
    ...periods.map((p) => ({
      label: `Evaluasi ${p.label}`,
      kind: 'EVALUATION' as const,
      periodLabel: p.label,
      dueDate: p.evaluation_deadline,
    })),
  ];
  const upcoming = all
    .map((d) => ({ ...d, daysLeft: daysBetween(today, d.dueDate) }))
    .filter((d) => d.daysLeft >= 0 && d.daysLeft <= REMINDER_DAYS)
    .sort((a, b) => a.daysLeft - b.daysLeft);

  let scope: number[];
  if (canReadAllSkp(actor)) scope = await repo.findEmployeeIdsInOffice(ctx.db, today);
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
    periodLabel: string | null;
    dueDate: string;
    responsibleId: number | null;
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
        periodLabel: null,
        dueDate: deadlines.skpSubmission,
        responsibleId: employeeId,
      });
    }
    if (deadlines.skpApproval && today > deadlines.skpApproval && skp?.status === 'SUBMITTED') {
      overdue.push({
        kind: 'SKP_NOT_APPROVED',
        employeeId,
        skpId: skp.id,
        label: 'SKP belum disetujui atasan',
        periodLabel: null,
        dueDate: deadlines.skpApproval,
        // The direct superior approves (performance.policy), as on the day the list is read.
        responsibleId: (await getSuperiorOf(ctx.db, employeeId, today))?.employeeId ?? null,
      });
    }
    if (!skp || skp.version === 0) continue;
    for (const p of periods) {
      if (p.kind !== 'PERIODIK' || today <= p.evaluation_deadline || evaluated.has(`${skp.id}:${p.id}`))
        continue;
      // Only someone with a rater that day can be late; the head of the office is rated outside the system.
      const rater = await raterOf(ctx.db, employeeId, p);
      if (!rater) continue;
      overdue.push({
        kind: 'EVALUATION_MISSING',
        employeeId,
        skpId: skp.id,
        label: `Evaluasi ${p.label} belum dilakukan`,
        periodLabel: p.label,
        dueDate: p.evaluation_deadline,
        responsibleId: rater.employeeId,
      });
    }
  }
  const people = await getPersonRefs(
    ctx.db,
    [
      ...new Set(
        overdue.flatMap((o) => (o.responsibleId === null ? [o.employeeId] : [o.employeeId, o.responsibleId])),
      ),
    ],
    today,
  );
  return {
    upcoming,
    overdue: overdue.flatMap(({ employeeId, responsibleId, ...o }) => {
      const employee = people.get(employeeId);
      const responsible = responsibleId === null ? null : (people.get(responsibleId) ?? null);
      const isMine = actor.employeeId !== null && responsibleId === actor.employeeId;
      return employee ? [{ ...o, employee, responsible, isMine }] : [];
    }),
  };
}
