import { fullNameOf, quarterOfIsoDate, todayOf } from '@sim/domain';
import { tryJobLock } from '../../db/advisory-lock';
import type { ServiceContext } from '../../lib/context';
import { startIntervalJob } from '../../lib/interval-job';
import { sendMail } from '../notifications/mailer';
import * as repo from './training-reports.repository';
import { jpReminderSubject, jpReminderText, jpRowsOf, loadTrainingTargets } from './training-reports.service';

// The JP-target reminder e-mails (issue 11 §3): in the last quarter of the year, every employee in office still below
// the target gets one e-mail per month (rounds `<year>-10`, `-11`, `-12`), so nobody is mailed daily and everybody
// behind hears of it three times before the year ends. The in-app reminder is computed on read (jpProgress.reminder).
// Idempotent like the complaint deadlines job: each round is a row with a unique (employee, round) key inserted with
// ON CONFLICT DO NOTHING, and the run holds a transaction-scoped advisory lock so one instance works at a time.

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
  const result = await ctx.db.transaction().execute(async (trx) => {
    if (!(await tryJobLock(trx, JP_REMINDER_LOCK_KEY))) return { ran: false, outbox: [] };
    const { jpTarget } = await loadTrainingTargets(trx);
    // Outside the last quarter nobody is due (isJpReminderDue); skip the reads.
    if (quarterOfIsoDate(today) !== 4) return { ran: true, outbox: [] };
    const people = await repo.findEmployeesInOffice(trx, today);
    const rows = await jpRowsOf(trx, year, people);
    const subject = jpReminderSubject(jpTarget);
    const outbox: {
      employeeId: number;
      email: string | null;
      name: string;
      subject: string;
      text: string;
    }[] = [];
    for (const { person: p, jp } of rows) {
      const text = jpReminderText(today, jp, jpTarget);
      if (text === null) continue;
      const fresh = await repo.insertJpReminderOnce(trx, {
        employee_id: p.employee_id,
        round,
        jp,
        target: jpTarget,
        sent_at: now,
      });
      if (fresh)
        outbox.push({ employeeId: p.employee_id, email: p.email, name: fullNameOf(p), subject, text });
    }
    return { ran: true, outbox };
  });
  // After the commit, so a rolled-back run mails nobody; a failed e-mail is logged by the mailer, never thrown.
  for (const m of result.outbox) {
    if (!m.email) continue;
    await sendMail(ctx.config, {
      to: m.email,
      subject: m.subject,
      text: `Yth. ${m.name},\n\n${m.text}\n\nKatalog pelatihan: ${ctx.config.publicUrl ?? ''}/pelatihan\n\nSIM Kinerja`,
    });
  }
  return { ran: result.ran, reminded: result.outbox.map((m) => m.employeeId) };
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
