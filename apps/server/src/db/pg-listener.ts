import pg from 'pg';

// One PostgreSQL LISTEN connection kept alive: the live events (plugins/realtime.ts, ADR 0008) and the write notices
// between instances (db/write-notices.ts, ADR 0018) each hold one. A dedicated client, not one from the pool (a pooled
// connection is handed to others and would stop listening). Lost on an error, on its end or (with `heartbeatMs`) on
// an unanswered `select 1`; then reconnected with a doubling wait. Never fatal, not even at start: a server whose
// database is down still starts and answers 503, and the listener keeps trying.

export type PgListenerOptions = {
  connectionString: string;
  channel: string;
  /** `application_name` of the connection (seen in pg_stat_activity). */
  applicationName?: string;
  onNotification: (payload: string) => void;
  /**
   * The connection listens (again): `reconnected` is false on the first success. A throw counts as a failed attempt
   * (the connection is closed and tried again), so a catch-up read done here is retried with it.
   */
  onUp?: (reconnected: boolean) => Promise<void> | void;
  /** The listening connection was lost (not called for attempts that never came up). */
  onDown?: (why: string) => void;
  /** An attempt failed; the next one follows after the wait. */
  onRetry?: (err: Error) => void;
  /** First wait before reconnecting, doubled per failed attempt up to `retryMaxMs`. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** Check the connection (`select 1`) this often and drop it when it does not answer within it; off when unset. */
  heartbeatMs?: number;
};

export type PgListener = {
  /** The listening connection, or null while it is down. */
  readonly client: pg.Client | null;
  /** Settles after the first attempt (listening or not). */
  readonly started: Promise<void>;
  stop(): Promise<void>;
};

export function startPgListener(opts: PgListenerOptions): PgListener {
  let client: pg.Client | null = null;
  let stopped = false;
  let everUp = false;
  let retryTimer: NodeJS.Timeout | undefined;

  const close = (c: pg.Client) => {
    c.removeAllListeners('notification');
    c.removeAllListeners('end');
    void c.end().catch(() => undefined);
  };

  const lost = (c: pg.Client, why: string) => {
    close(c);
    if (client !== c) return;
    client = null;
    opts.onDown?.(why);
    scheduleReconnect(0);
  };

  const connect = async (attempt: number): Promise<void> => {
    if (stopped) return;
    const c = new pg.Client({
      connectionString: opts.connectionString,
      ...(opts.applicationName ? { application_name: opts.applicationName } : {}),
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
    });
    c.on('notification', (msg) => {
      if (msg.channel === opts.channel && msg.payload) opts.onNotification(msg.payload);
    });
    c.on('error', (err) => lost(c, err.message));
    c.on('end', () => lost(c, 'connection ended'));
    try {
      await c.connect();
      await c.query(`LISTEN ${opts.channel}`);
      if (stopped) {
        close(c);
        return;
      }
      client = c;
      await opts.onUp?.(everUp);
      everUp = true;
    } catch (err) {
      if (client === c) client = null;
      c.removeAllListeners('error');
      c.on('error', () => undefined);
      close(c);
      opts.onRetry?.(err as Error);
      scheduleReconnect(attempt + 1);
    }
  };

  const scheduleReconnect = (attempt: number) => {
    if (stopped || retryTimer) return;
    const wait = Math.min(opts.retryMaxMs, opts.retryBaseMs * 2 ** Math.min(attempt, 6));
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect(attempt);
    }, wait);
    retryTimer.unref();
  };

  const heartbeat =
    opts.heartbeatMs === undefined
      ? undefined
      : setInterval(() => {
          const c = client;
          if (!c) return;
          const timer = setTimeout(() => lost(c, 'no answer to the heartbeat'), opts.heartbeatMs);
          c.query('select 1').then(
            () => clearTimeout(timer),
            () => clearTimeout(timer),
          );
        }, opts.heartbeatMs);
  heartbeat?.unref();

  const started = connect(0);

  return {
    get client() {
      return client;
    },
    started,
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      clearInterval(heartbeat);
      const c = client;
      client = null;
      if (c) {
        c.removeAllListeners('end');
        await c.end().catch(() => undefined);
      }
    },
  };
}
