import type { TrainingReminder } from '@sim/contracts';
import { todayOf, toWibIsoDate } from '@sim/domain';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { listEnrolmentsOf } from './training-enrolment.service';
import { getApprovals } from './training-evidence.service';

// Training reminders (issue 11 §2): the in-app list is computed on read (like performance-deadlines.service.ts):
// "your training is today/tomorrow", requests and evidence waiting for the superior, feedback not yet given. The
// e-mail the day before a session goes out from a job that holds an advisory lock and marks each enrolment
// reminded, so a rerun or a second server instance never sends it twice.

export const DAY_MS = 86_400_000;
/** Feedback is asked for during this many days after a session ends. */
const FEEDBACK_WINDOW_DAYS = 14;

export const timeOf = (d: Date) =>
  new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta' }).format(
    d,
  );

export async function listTrainingReminders(
  ctx: ServiceContext,
  actor: Actor,
): Promise<{ items: TrainingReminder[] }> {
  const items: TrainingReminder[] = [];
  const now = ctx.now();
  const today = todayOf(now);
  const tomorrow = toWibIsoDate(new Date(now.getTime() + DAY_MS));
  if (actor.employeeId !== null) {
    for (const e of await listEnrolmentsOf(ctx.db, actor.employeeId)) {
      const startDay = toWibIsoDate(new Date(e.startsAt));
      if (
        e.status === 'APPROVED' &&
        e.sessionStatus !== 'CANCELLED' &&
        (startDay === today || startDay === tomorrow)
      ) {
        const when = startDay === today ? 'hari ini' : 'besok';
        items.push({
          kind: startDay === today ? 'SESSION_TODAY' : 'SESSION_TOMORROW',
          message: `Pelatihan Anda ${when}: ${e.sessionTitle}, pukul ${timeOf(new Date(e.startsAt))} WIB${e.location ? ` di ${e.location}` : ''}.`,
          sessionId: e.sessionId,
          count: 1,
          at: e.startsAt,
        });
      }
      const ended = new Date(e.endsAt).getTime();
      if (
        ['COMPLETED', 'NOT_COMPLETED'].includes(e.status) &&
        !e.hasFeedback &&
        now.getTime() - ended <= FEEDBACK_WINDOW_DAYS * DAY_MS
      ) {
        items.push({
          kind: 'FEEDBACK_PENDING',
          message: `Beri umpan balik untuk pelatihan ${e.sessionTitle}.`,
          sessionId: e.sessionId,
          count: 1,
          at: e.endsAt,
        });
      }
    }
  }
  const approvals = await getApprovals(ctx, actor);
  if (approvals.enrolments.length > 0) {
    items.push({
      kind: 'ENROLMENT_APPROVAL_PENDING',
      message: `${approvals.enrolments.length} permintaan pelatihan bawahan menunggu persetujuan Anda.`,
      sessionId: null,
      count: approvals.enrolments.length,
      at: null,
    });
  }
  if (approvals.evidence.length > 0) {
    items.push({
      kind: 'EVIDENCE_APPROVAL_PENDING',
      message: `${approvals.evidence.length} bukti pelatihan eksternal bawahan menunggu persetujuan Anda.`,
      sessionId: null,
      count: approvals.evidence.length,
      at: null,
    });
  }
  return { items };
}
