import { formatTanggal, startOfWibDay, toWibIsoDate } from '@sim/domain';
import { tryJobLock } from '../../db/advisory-lock';
import type { ServiceContext } from '../../lib/context';
import { startIntervalJob } from '../../lib/interval-job';
import { notifyAll, type NotifyInput } from '../notifications/notifications.service';
import { sessionTitleOf } from './training-common';
import { DAY_MS, timeOf } from './training-reminders.service';
import * as repo from './training.repository';

// The e-mail the day before a training session (pattern of complaint-sla.job.ts): the run holds a
// transaction-scoped advisory lock so one instance works at a time, and each enrolment is marked reminded in the
// same transaction, so a rerun never sends the same reminder twice. The reminder is a notification in that
// transaction too (in-app, and e-mail through the outbox).

/** Advisory lock key of the training reminder job ("TRNREM" folded into an int). */
export const TRAINING_REMINDER_LOCK_KEY = 0x5452_4e52;

/** `mailed`: reminders whose e-mail was queued in the outbox (the participant has an address and wants it). */
export type TrainingReminderJobResult = { ran: boolean; reminded: number; mailed: number };

/**
 * E-mails every approved participant of the sessions starting tomorrow (WIB), once per enrolment. Safe to run as
 * often as wanted and on several instances.
 */
export async function runTrainingReminderJob(ctx: ServiceContext): Promise<TrainingReminderJobResult> {
  const now = ctx.now();
  const from = new Date(startOfWibDay(now).getTime() + DAY_MS);
  const to = new Date(from.getTime() + DAY_MS);
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await tryJobLock(trx, TRAINING_REMINDER_LOCK_KEY))) return { ran: false, mailed: 0, reminded: 0 };
    const reminders: NotifyInput[] = [];
    for (const row of await repo.findEnrolmentsToRemind(trx, from, to)) {
      if (!(await repo.markReminded(trx, row.id, now))) continue;
      const title = sessionTitleOf(row.programme_title, row.title_suffix);
      reminders.push({
        to: { employeeId: row.employee_id },
        type: 'TRAINING_REMINDER',
        params: { title, startsAt: row.starts_at.toISOString() },
        link: `/pelatihan/sesi/${row.session_id}`,
        at: now,
        mail: {
          subject: `Pengingat pelatihan besok: ${title}`,
          text:
            `Pelatihan ${title} dimulai besok, ${formatTanggal(toWibIsoDate(row.starts_at))} pukul ${timeOf(row.starts_at)} WIB` +
            `${row.location ? ` di ${row.location}` : ''}${row.online_url ? ` (tautan: ${row.online_url})` : ''}.\n\n` +
            'Pesan ini dikirim otomatis oleh SIM Kinerja.',
        },
      });
    }
    const mailed = (await notifyAll(trx, reminders)).filter((r) => r.mailQueued).length;
    return { ran: true, mailed, reminded: reminders.length };
  });
}

/** Starts the reminder job (default every 15 minutes); returns the stop function for graceful shutdown. */
export function startTrainingJobs(
  app: Parameters<typeof startIntervalJob>[0],
  options: { intervalMs?: number } = {},
): () => void {
  return startIntervalJob(app, {
    name: 'training reminder job',
    intervalMs: options.intervalMs ?? 15 * 60_000,
    run: runTrainingReminderJob,
    summarise: (r) => (r.reminded > 0 ? r : null),
  });
}
