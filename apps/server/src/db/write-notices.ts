import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { startPgListener } from './pg-listener';
import type { WriteGeneration, WrittenTables } from './write-generation';

// Write notices between app instances on one PostgreSQL server (ADR 0018). After each data-changing commit of this
// process (the write generation reports it) a NOTIFY on one channel tells the other instances, which move their own
// generation, so their caches (dashboard answers, the intake reference) drop what the write may have changed.
// - Sent after the commit, outside the writer's transaction (a NOTIFY inside it would take PostgreSQL's notify queue
//   lock at every commit, serialising filings); coalesced: at most one NOTIFY in flight, at least `minIntervalMs`
//   apart, carrying the union of what the commits since the last one wrote.
// - Payload `<instance id>:<watched tables written, comma-separated | *>`; an instance ignores its own notices.
// - Received on one dedicated connection (not from the pool: a pooled connection is handed to others, and the live
//   listener's connection serves another purpose — same mechanism, `db/pg-listener.ts`; one more connection per
//   instance is cheap). While it is down the generation says it does not see every write, so the caches do not
//   serve; on reconnect (LISTEN first) they resume.

/** The PostgreSQL NOTIFY channel of write notices. */
export const WRITE_NOTICE_CHANNEL = 'sim_writes';
/** `application_name` of the listener connection, followed by the instance id (operations, the test that ends it). */
export const WRITE_NOTICE_APPLICATION = 'sim-write-notices';

type Logger = { warn(msg: string): void };

export type WriteNotices = {
  readonly instanceId: string;
  /** Whether the listener is connected and listening now. */
  readonly listening: boolean;
  /** Sends what is still pending, then closes the listener. */
  stop(): Promise<void>;
};

export type WriteNoticeOptions = {
  connectionString: string;
  /** Sends a notice when the listener is down (the commits it reports went through this pool). */
  pool: pg.Pool;
  logger: Logger;
  /** Least time between two notices of this instance (default 5 ms). */
  minIntervalMs?: number;
  /** The listener is checked (`select 1`) this often and dropped when it does not answer within it (default 5 s). */
  heartbeatMs?: number;
  /** First wait before reconnecting a lost listener, doubled per failed attempt up to 5 s (default 100 ms). */
  retryBaseMs?: number;
};

const merge = (a: WrittenTables | null, b: WrittenTables): WrittenTables =>
  a === 'all' || b === 'all' ? 'all' : new Set([...(a ?? []), ...b]);

export function encodeNotice(instanceId: string, tables: WrittenTables): string {
  return `${instanceId}:${tables === 'all' ? '*' : [...tables].join(',')}`;
}

export function decodeNotice(payload: string): { instanceId: string; tables: WrittenTables } | null {
  const at = payload.indexOf(':');
  if (at <= 0) return null;
  const list = payload.slice(at + 1);
  return {
    instanceId: payload.slice(0, at),
    tables: list === '*' ? 'all' : new Set(list.split(',').filter(Boolean)),
  };
}

export function startWriteNotices(generation: WriteGeneration, opts: WriteNoticeOptions): WriteNotices {
  const instanceId = randomBytes(6).toString('hex');
  const minIntervalMs = opts.minIntervalMs ?? 5;
  const heartbeatMs = opts.heartbeatMs ?? 5000;
  const retryBaseMs = opts.retryBaseMs ?? 100;
  let stopped = false;

  // ---------------------------------------------------------------- listening
  const listener = startPgListener({
    connectionString: opts.connectionString,
    channel: WRITE_NOTICE_CHANNEL,
    applicationName: `${WRITE_NOTICE_APPLICATION} ${instanceId}`,
    onNotification: (payload) => {
      const notice = decodeNotice(payload);
      // A notice this version cannot read still says that something changed somewhere.
      if (!notice) generation.changedElsewhere('all');
      else if (notice.instanceId !== instanceId) generation.changedElsewhere(notice.tables);
    },
    onUp: () => generation.setSeesEveryWrite(true),
    onDown: (why) => {
      generation.setSeesEveryWrite(false);
      opts.logger.warn(`write notices: listener lost (${why}); caches off until it is back`);
    },
    onRetry: (err) =>
      opts.logger.warn(`write notices: listener connection failed (${err.message}); retrying`),
    retryBaseMs,
    retryMaxMs: 5000,
    heartbeatMs,
  });

  // ---------------------------------------------------------------- sending
  let pending: WrittenTables | null = null;
  let sending: Promise<void> | null = null;
  let sendTimer: NodeJS.Timeout | undefined;
  let lastSentAt = 0;

  const send = async (): Promise<void> => {
    sendTimer = undefined;
    if (!pending) return;
    const tables = pending;
    pending = null;
    lastSentAt = Date.now();
    try {
      const via = listener.client ?? opts.pool;
      await via.query('select pg_notify($1, $2)', [WRITE_NOTICE_CHANNEL, encodeNotice(instanceId, tables)]);
    } catch (err) {
      // The database is unreachable: keep the notice and try again later. Meanwhile the other instances serve what
      // they kept for at most their TTL (ADR 0018), the bound that holds whatever fails.
      pending = merge(pending, tables);
      lastSentAt = Date.now() + 1000;
      opts.logger.warn(`write notice not sent: ${(err as Error).message}`);
    }
  };
  const flush = () => {
    sending = send().finally(() => {
      sending = null;
      schedule();
    });
  };
  const schedule = () => {
    if (stopped || sending || sendTimer || !pending) return;
    const wait = lastSentAt + minIntervalMs - Date.now();
    // Idle for a while: at once (the notice leaves before the writer's answer does); else after the interval.
    if (wait <= 0) flush();
    else sendTimer = setTimeout(flush, wait);
  };
  const unsubscribe = generation.onCommitted((tables) => {
    pending = merge(pending, tables);
    schedule();
  });

  return {
    instanceId,
    get listening() {
      return listener.client !== null;
    },
    async stop() {
      stopped = true;
      unsubscribe();
      clearTimeout(sendTimer);
      await sending;
      if (pending) await send(); // what the last commits wrote, before this process goes
      await listener.stop();
    },
  };
}
