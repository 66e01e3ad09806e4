import { tryJobLock } from '../../db/advisory-lock';
import type { ServiceContext } from '../../lib/context';
import { startIntervalJob } from '../../lib/interval-job';
import { deliverMail } from './mailer';
import { isOutboxGivenUp, outboxRetryDelayMs } from './notification-outbox.rules';
import * as repo from './notifications.repository';

// The outbox sender: delivers the e-mail the modules queued in their transactions. Each pass claims a batch in a
// short transaction (advisory lock + FOR UPDATE SKIP LOCKED, so two instances never claim one message), commits
// the claim, then talks to the SMTP server outside any transaction — on the embedded database an open transaction
// would hold its single session and stall every request while a slow mail server answers. A claimed message is
// leased: if the sender dies mid-send the lease runs out and another pass retries it (at-least-once delivery).
// A refusal or connection error is recorded and retried with exponential backoff until MAIL_MAX_ATTEMPTS.

/** Advisory lock key of the outbox sender ("MAIL" folded into an int). */
export const OUTBOX_LOCK_KEY = 0x4d41_494c;
const BATCH = 25;
/** How long a claimed message is reserved for the sender that claimed it (well above nodemailer's timeouts). */
const LEASE_MS = 10 * 60_000;

export type OutboxRunResult = {
  ran: boolean;
  sent: number;
  retried: number;
  failed: number;
  skipped: number;
};

/**
 * One pass of the sender at `now`: claims due messages batch by batch and delivers them. Returns `ran: false` when
 * another sender holds the claim lock at that moment (it is then doing the work).
 */
export async function runOutboxSender(ctx: ServiceContext, now: Date = ctx.now()): Promise<OutboxRunResult> {
  const result: OutboxRunResult = { ran: true, sent: 0, retried: 0, failed: 0, skipped: 0 };
  const { maxAttempts, retryBaseSeconds, retryMaxSeconds } = ctx.config.mailOutbox;
  for (let round = 0; round < 20; round++) {
    const batch = await ctx.db.transaction().execute(async (trx) => {
      if (!(await tryJobLock(trx, OUTBOX_LOCK_KEY))) return null;
      return repo.claimDueOutbox(trx, now, new Date(now.getTime() + LEASE_MS), BATCH);
    });
    if (batch === null) return { ...result, ran: round > 0 };
    for (const m of batch) {
      try {
        const outcome = await deliverMail(ctx.config, { to: m.to_address, subject: m.subject, text: m.body });
        await repo.finishOutbox(
          ctx.db,
          m.id,
          outcome === 'sent' ? { status: 'SENT', at: ctx.now() } : { status: 'SKIPPED' },
        );
        result[outcome]++;
      } catch (err) {
        const error = (err instanceof Error ? err.message : String(err)).slice(0, 500);
        if (isOutboxGivenUp(m.attempts, maxAttempts)) {
          await repo.finishOutbox(ctx.db, m.id, { status: 'FAILED', error });
          result.failed++;
        } else {
          const wait = outboxRetryDelayMs(m.attempts, retryBaseSeconds, retryMaxSeconds);
          await repo.finishOutbox(ctx.db, m.id, {
            status: 'PENDING',
            nextAttemptAt: new Date(now.getTime() + wait),
            error,
          });
          result.retried++;
        }
      }
    }
    if (batch.length < BATCH) break;
  }
  return result;
}

/** Starts the sender (every MAIL_OUTBOX_INTERVAL_MS, default 10 s) and returns its stop function. */
export function startOutboxSender(app: Parameters<typeof startIntervalJob>[0]): () => void {
  return startIntervalJob(app, {
    name: 'e-mail outbox',
    intervalMs: app.ctx.config.mailOutbox.intervalMs,
    run: runOutboxSender,
    summarise: (r) => (r.sent + r.retried + r.failed + r.skipped > 0 ? r : null),
  });
}
