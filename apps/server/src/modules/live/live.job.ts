import { tryJobLock } from '../../db/advisory-lock';
import type { ServiceContext } from '../../lib/context';
import { startIntervalJob } from '../../lib/interval-job';
import { pruneLiveEvents } from './live.service';

// Live events are kept only as long as a browser may reconnect and ask for what it missed
// (LIVE_EVENTS_RETENTION_HOURS); older rows are deleted hourly by one instance at a time (advisory lock).

/** Advisory lock key of the prune job ("LIVE" folded into an int). */
export const LIVE_PRUNE_LOCK_KEY = 0x4c49_5645;

export async function runLivePruneJob(ctx: ServiceContext): Promise<{ ran: boolean; deleted: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await tryJobLock(trx, LIVE_PRUNE_LOCK_KEY))) return { ran: false, deleted: 0 };
    return { ran: true, deleted: await pruneLiveEvents({ ...ctx, db: trx }) };
  });
}

export function startLivePruneJob(
  app: Parameters<typeof startIntervalJob>[0],
  options: { intervalMs?: number } = {},
): () => void {
  return startIntervalJob(app, {
    name: 'live events prune job',
    intervalMs: options.intervalMs ?? 3_600_000,
    run: runLivePruneJob,
    summarise: (r) => (r.deleted > 0 ? { deleted: r.deleted } : null),
  });
}
