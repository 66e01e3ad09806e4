import { formatTanggal, startOfWibDay, toWibIsoDate } from '@sim/domain';
import type { FastifyBaseLogger } from 'fastify';
import { tryJobLock } from '../../db/advisory-lock';
import type { ServiceContext } from '../../lib/context';
import { sendMail } from '../notifications/mailer';
import { sessionTitleOf } from './training-common';
import { DAY_MS, timeOf } from './training-reminders.service';
import * as repo from './training.repository';

// The e-mail the day before a training session (pattern of complaint-sla.job.ts): the run holds a
// transaction-scoped advisory lock so one instance works at a time, and each enrolment is marked reminded in the
// same transaction, so a rerun never sends the same reminder twice. E-mails go after the commit.

/** Advisory lock key of the training reminder job ("TRNREM" folded into an int). */
export const TRAINING_REMINDER_LOCK_KEY = 0x5452_4e52;

export type TrainingReminderJobResult = { ran: boolean; reminded: number; mailed: number };

/**
 * E-mails every approved participant of the sessions starting tomorrow (WIB), once per enrolment. Safe to run as
 * often as wanted and on several instances.
 */
export async function runTrainingReminderJob(ctx: ServiceContext): Promise<TrainingReminderJobResult> {
  const now = ctx.now();
  const from = new Date(startOfWibDay(now).getTime() + DAY_MS);
  const to = new Date(from.getTime() + DAY_MS);
  const result = await ctx.db.transaction().execute(async (trx) => {
    if (!(await tryJobLock(trx, TRAINING_REMINDER_LOCK_KEY))) return { ran: false, outbox: [], reminded: 0 };
    const outbox: { to: string; subject: string; text: string }[] = [];
    let reminded = 0;
    for (const row of await repo.findEnrolmentsToRemind(trx, from, to)) {
      if (!(await repo.markReminded(trx, row.id, now))) continue;
      reminded++;
      const title = sessionTitleOf(row.programme_title, row.title_suffix);
      if (row.email) {
        outbox.push({
          to: row.email,
          subject: `Pengingat pelatihan besok: ${title}`,
          text:
            `Pelatihan ${title} dimulai besok, ${formatTanggal(toWibIsoDate(row.starts_at))} pukul ${timeOf(row.starts_at)} WIB` +
            `${row.location ? ` di ${row.location}` : ''}${row.online_url ? ` (tautan: ${row.online_url})` : ''}.\n\n` +
            'Pesan ini dikirim otomatis oleh SIM Kinerja.',
        });
      }
    }
    return { ran: true, outbox, reminded };
  });
  let mailed = 0;
  for (const mail of result.outbox) {
    // sendMail never throws: a failure is logged and the next e-mail still goes.
    if (await sendMail(ctx.config, mail)) mailed++;
  }
  return { ran: result.ran, reminded: result.reminded, mailed };
}

/** Starts the reminder job (default every 15 minutes); returns the stop function for graceful shutdown. */
export function startTrainingJobs(
  app: { ctx: ServiceContext; log: FastifyBaseLogger },
  options: { intervalMs?: number } = {},
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const result = await runTrainingReminderJob(app.ctx);
      if (result.reminded > 0) app.log.info(result, 'training reminder job');
    } catch (err) {
      app.log.error({ err }, 'training reminder job failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? 15 * 60_000);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
