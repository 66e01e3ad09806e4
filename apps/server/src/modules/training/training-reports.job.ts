import { fullNameOf, quarterOfIsoDate, todayOf } from '@sim/domain';
import { tryJobLock } from '../../db/advisory-lock';
import type { ServiceContext } from '../../lib/context';
import { startIntervalJob } from '../../lib/interval-job';
import { notifyAll, type NotifyInput } from '../notifications/notifications.service';
import * as repo from './training-reports.repository';
import { jpReminderSubject, jpReminderText, jpRowsOf, loadTrainingTargets } from './training-reports.service';

// The JP-target reminder e-mails (issue 11 §3): in the last quarter of the year, every employee in office still below
// the target gets one e-mail per month (rounds `<year>-10`, `-11`, `-12`), so nobody is mailed daily and everybody
// behind hears of it three times before the year ends. The in-app reminder is computed on read (jpProgress.reminder).
// Idempotent like the complaint deadlines job: each round is a row with a unique (employee, round) key inserted with
// ON CONFLICT DO NOTHING, and the run holds a transaction-scoped advisory lock so one instance works at a time. Each
// reminder is a notification in the run's transaction (in-app, and e-mail through the outbox).

/** Advisory lock key of the JP reminder job ("KTJP" folded into an int). */
export const JP_REMINDER_LOCK_KEY = 0x4b54_4a50;

export type JpReminderJobResult = { ran: boolean; reminded: number[] };

/** One pass at `now`: records and e-mails this month's reminder to everybody behind; a rerun sends nothing new. */
export async function runJpReminderJob(
  ctx: ServiceContext,
  now: Date = ctx.now(),
): Promise<JpReminderJobResult> {
  const today = todayOf(now);
  const year = Number(today.slice(0, 4));
  const round = today.slice(0, 7);
  return ctx.db.transaction().execute(async (trx): Promise<JpReminderJobResult> => {
    if (!(await tryJobLock(trx, JP_REMINDER_LOCK_KEY))) return { ran: false, reminded: [] };
    const { jpTarget } = await loadTrainingTargets(trx);
    // Outside the last quarter nobody is due (isJpReminderDue); skip the reads.
    if (quarterOfIsoDate(today) !== 4) return { ran: true, reminded: [] };
    // Those already reminded this round are skipped before their JP is read: the hourly reruns of a round cost
    // two reads, not the JP of every employee in office (a city has 20,000).
    const done = await repo.findJpRemindedIds(trx, round);
    const people = (await repo.findEmployeesInOffice(trx, today)).filter((p) => !done.has(p.employee_id));
    const subject = jpReminderSubject(jpTarget);
    const due = (await jpRowsOf(trx, year, people, { wholeOffice: true })).flatMap(({ person, jp }) => {
      const text = jpReminderText(today, jp, jpTarget);
      return text === null ? [] : [{ person, jp, text }];
    });
    const fresh = await repo.insertJpRemindersOnce(
      trx,
      due.map(({ person, jp }) => ({
        employee_id: person.employee_id,
        round,
        jp,
        target: jpTarget,
        sent_at: now,
      })),
    );
    const reminded: number[] = [];
    const notices: NotifyInput[] = [];
    for (const { person: p, jp, text } of due) {
      if (!fresh.has(p.employee_id)) continue;
      reminded.push(p.employee_id);
      notices.push({
        to: { employeeId: p.employee_id },
        type: 'TRAINING_JP_TARGET',
        params: { jp, target: jpTarget, year },
        link: '/pelatihan/saya',
        at: now,
        mail: {
          subject,
          text: `Yth. ${fullNameOf(p)},\n\n${text}\n\nKatalog pelatihan: ${ctx.config.publicUrl ?? ''}/pelatihan\n\nSIM Kinerja`,
        },
      });
    }
    await notifyAll(trx, notices);
    return { ran: true, reminded };
  });
}

/**
 * Starts the reminder job on an interval (default hourly: the rounds are monthly) and returns a stop function for
 * graceful shutdown. The timer does not keep the process alive.
 */
export function startTrainingReminderJob(
  app: Parameters<typeof startIntervalJob>[0],
  options: { intervalMs?: number } = {},
): () => void {
  return startIntervalJob(app, {
    name: 'JP reminder job',
    intervalMs: options.intervalMs ?? 3_600_000,
    run: runJpReminderJob,
    summarise: (r) => (r.reminded.length > 0 ? { reminded: r.reminded.length } : null),
  });
}
