import { tryJobLock } from '../../db/advisory-lock';
import type { ServiceContext } from '../../lib/context';
import { startIntervalJob } from '../../lib/interval-job';
import { findActiveUserIdsWithRole } from '../auth/auth.service';
import { notifyAll } from '../notifications/notifications.service';
import { lastCompleteMonth, monthLabel } from './dashboard-leadership-monthly.service';
import { LEADERSHIP_SUMMARY_ROLE } from './dashboard-leadership.policy';
import * as repo from './dashboard-leadership.repository';

// The monthly summary notice (issue 14 §5): once a WIB month has ended, every Pimpinan is told "Ringkasan bulanan
// <bulan> siap" with the link (in-app, and e-mail through the outbox). The PDF itself is computed when opened, so the
// job stores nothing but the once-only key: a (month, user) row inserted with ON CONFLICT DO NOTHING, under a
// transaction-scoped advisory lock like the other jobs. It runs hourly; the first pass of a new month sends, every
// later pass of that month finds the rows and sends nothing.

/** Advisory lock key of the monthly summary job ("DBMS" folded into an int). */
export const MONTHLY_SUMMARY_LOCK_KEY = 0x4442_4d53;

export type MonthlySummaryJobResult = { ran: boolean; month: string; notified: number[] };

export async function runMonthlySummaryJob(
  ctx: ServiceContext,
  now: Date = ctx.now(),
): Promise<MonthlySummaryJobResult> {
  const month = lastCompleteMonth(now);
  return ctx.db.transaction().execute(async (trx): Promise<MonthlySummaryJobResult> => {
    if (!(await tryJobLock(trx, MONTHLY_SUMMARY_LOCK_KEY))) return { ran: false, month, notified: [] };
    const recipients = await findActiveUserIdsWithRole(trx, LEADERSHIP_SUMMARY_ROLE);
    const fresh = await repo.insertMonthlyNoticesOnce(trx, month, recipients, now);
    const label = monthLabel(month);
    const pdf = `${ctx.config.publicUrl ?? ''}/api/v1/dashboards/leadership/monthly.pdf?month=${month}`;
    await notifyAll(
      trx,
      fresh.map((userId) => ({
        to: { userId },
        type: 'DASHBOARD_MONTHLY_SUMMARY' as const,
        params: { month },
        link: `/dasbor/pimpinan?ringkasan=${month}`,
        at: now,
        mail: {
          subject: `Ringkasan bulanan ${label} siap`,
          text: `Ringkasan kinerja bulanan ${label} sudah dapat diunduh:\n${pdf}\n\nDasbor pimpinan: ${ctx.config.publicUrl ?? ''}/dasbor/pimpinan\n\nSIM Kinerja`,
        },
      })),
    );
    return { ran: true, month, notified: fresh };
  });
}

/** Starts the job (hourly by default) and returns the stop function for graceful shutdown. */
export function startMonthlySummaryJob(
  app: Parameters<typeof startIntervalJob>[0],
  options: { intervalMs?: number } = {},
): () => void {
  return startIntervalJob(app, {
    name: 'monthly summary job',
    intervalMs: options.intervalMs ?? 3_600_000,
    run: runMonthlySummaryJob,
    summarise: (r) => (r.notified.length > 0 ? { month: r.month, notified: r.notified.length } : null),
  });
}
