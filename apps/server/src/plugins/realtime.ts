import { startPgListener, type PgListener } from '../db/pg-listener';
import { LIVE_CHANNEL, liveSignal, type LiveMessage } from '../lib/live-signal';

// Live updates, the cross-cutting part (issue 14 §1, docs/adr/0008): which streams are open on this instance and
// how committed events reach it. Two sources, one contract (`LiveSource`):
// - PostgreSQL: one dedicated connection LISTENs on `sim_live`; publishers NOTIFY in their transaction, so an event
//   reaches every instance at commit and never before (a rolled-back change sends nothing).
// - Embedded PGlite: one instance only (DATA_DIR lock) and one session that runs one transaction at a time, so ids
//   commit in order; after an in-process signal (and every `pollMs` while streams are open) the instance reads the
//   rows after the last id it saw. Its read queues behind the publishing transaction, so it sees the commit.
// What the sources do not carry (a dropped LISTEN connection, a browser offline) is read back from the table by id.

type Logger = { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };

export type LiveSource = {
  start(deliver: (messages: LiveMessage[]) => void): Promise<void>;
  stop(): Promise<void>;
};

/** One open stream: where its messages go, and how to end it (server shutdown). */
export type LiveClient = { userId: number; send(message: LiveMessage): void; close(): void };

declare module 'fastify' {
  interface FastifyInstance {
    /** The live-update streams open on this instance (GET /api/v1/events). */
    live: LiveHub;
  }
}

/** An anonymous public stream (GET /api/v1/public/events): it hears public events only, and from one address. */
export type PublicLiveClient = { address: string; send(message: LiveMessage): void; close(): void };

/** How many delivered event ids an instance remembers to drop a repeat (a reconnect's catch-up read). */
export const RECENT_IDS = 20_000;

/**
 * The streams open on this instance, by user; a message goes only to its recipient's streams. Public events (no
 * recipient) go to the public streams only, and to the in-process listeners (the transparency page's cache).
 */
export class LiveHub {
  private readonly clients = new Map<number, Set<LiveClient>>();
  private readonly publicClients = new Set<PublicLiveClient>();
  private readonly publicListeners = new Set<(message: LiveMessage) => void>();
  // Ids already fanned out: a PostgreSQL listener that reconnects reads the gap from the table and may meet a
  // notification it already had. The last RECENT_IDS ids, forgotten oldest first through a ring: evicting with
  // `set.values().next()` walks over every deleted slot at the front of the Set's table, which the CPU profile of a
  // filing run showed as 4 % of the server's time once the Set was full (ADR 0019).
  private readonly recent = new Set<number>();
  private readonly recentRing = new Array<number | undefined>(RECENT_IDS);
  private recentNext = 0;

  constructor(private readonly source: LiveSource) {}

  start() {
    return this.source.start((messages) => this.deliver(messages));
  }

  stop() {
    return this.source.stop();
  }

  subscribe(client: LiveClient): () => void {
    let set = this.clients.get(client.userId);
    if (!set) this.clients.set(client.userId, (set = new Set()));
    set.add(client);
    return () => {
      set.delete(client);
      if (set.size === 0 && this.clients.get(client.userId) === set) this.clients.delete(client.userId);
    };
  }

  /** Adds a public stream unless the address or the instance is at its cap; says which cap refused it. */
  subscribePublic(
    client: PublicLiveClient,
    caps: { perAddress: number; total: number },
  ): { ok: true; unsubscribe: () => void } | { ok: false; reason: 'address' | 'total' } {
    if (this.publicClients.size >= caps.total) return { ok: false, reason: 'total' };
    let fromAddress = 0;
    for (const c of this.publicClients) if (c.address === client.address) fromAddress += 1;
    if (fromAddress >= caps.perAddress) return { ok: false, reason: 'address' };
    this.publicClients.add(client);
    return { ok: true, unsubscribe: () => void this.publicClients.delete(client) };
  }

  /** Calls `listener` for every public event reaching this instance (e.g. to drop a cache); returns the undo. */
  onPublic(listener: (message: LiveMessage) => void): () => void {
    this.publicListeners.add(listener);
    return () => void this.publicListeners.delete(listener);
  }

  get size(): number {
    let n = this.publicClients.size;
    for (const set of this.clients.values()) n += set.size;
    return n;
  }

  get publicSize(): number {
    return this.publicClients.size;
  }

  /** Every open stream, for closing them all when the server shuts down. */
  all(): (LiveClient | PublicLiveClient)[] {
    return [...[...this.clients.values()].flatMap((set) => [...set]), ...this.publicClients];
  }

  private remember(id: number) {
    const evicted = this.recentRing[this.recentNext];
    if (evicted !== undefined) this.recent.delete(evicted);
    this.recentRing[this.recentNext] = id;
    this.recentNext = (this.recentNext + 1) % RECENT_IDS;
    this.recent.add(id);
  }

  deliver(messages: LiveMessage[]) {
    for (const m of messages) {
      if (this.recent.has(m.id)) continue;
      this.remember(m.id);
      if (m.userId === null) {
        for (const listener of this.publicListeners) listener(m);
        for (const client of this.publicClients) client.send(m);
        continue;
      }
      for (const client of this.clients.get(m.userId) ?? []) client.send(m);
    }
  }
}

/**
 * PostgreSQL: LISTEN on one dedicated connection (`db/pg-listener.ts`); after a reconnect it reads what was committed
 * meanwhile through `readAfter`.
 */
export function notifySource(opts: {
  connectionString: string;
  readAfter: (afterId: number) => Promise<LiveMessage[]>;
  logger: Logger;
}): LiveSource {
  let lastId = 0;
  let deliver: (messages: LiveMessage[]) => void = () => {};
  let listener: PgListener | null = null;

  const onNotification = (payload: string) => {
    try {
      const messages = JSON.parse(payload) as LiveMessage[];
      for (const m of messages) lastId = Math.max(lastId, m.id);
      deliver(messages);
    } catch (err) {
      opts.logger.warn({ err }, 'live: unreadable notification');
    }
  };

  return {
    async start(d) {
      deliver = d;
      listener = startPgListener({
        connectionString: opts.connectionString,
        channel: LIVE_CHANNEL,
        onNotification,
        onUp: async (reconnected) => {
          if (reconnected && lastId > 0) deliver(await opts.readAfter(lastId));
        },
        onDown: (why) => opts.logger.warn({ why }, 'live: listener connection lost'),
        // Streams catch up through Last-Event-ID once it is back.
        onRetry: (err) => opts.logger.warn({ err }, 'live: listener connection failed; retrying'),
        retryBaseMs: 500,
        retryMaxMs: 30_000,
      });
      await listener.started;
    },
    async stop() {
      await listener?.stop();
    },
  };
}

/**
 * Embedded database: reads the rows after the last id seen, on the publishers' in-process signal and, while any
 * stream is open, every `pollMs` (a publish from another process on the same folder, such as the CLI, has no signal).
 */
export function tailSource(opts: {
  readAfter: (afterId: number) => Promise<LiveMessage[]>;
  lastId: () => Promise<number>;
  hasClients: () => boolean;
  pollMs: number;
  logger: Logger;
}): LiveSource {
  // null until the newest id has been read: the database may be down when the server starts.
  let cursor: number | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let deliver: (messages: LiveMessage[]) => void = () => {};

  const read = async () => {
    if (cursor === null) cursor = await opts.lastId();
    for (;;) {
      const rows = await opts.readAfter(cursor);
      if (rows.length === 0) return;
      cursor = rows[rows.length - 1]!.id;
      deliver(rows);
    }
  };
  const wake = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = read()
      .catch((err: unknown) => opts.logger.warn({ err }, 'live: reading new events failed'))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          wake();
        }
      });
  };
  const onSignal = () => wake();

  return {
    async start(d) {
      deliver = d;
      cursor = await opts.lastId().catch((err: unknown) => {
        opts.logger.warn({ err }, 'live: newest event id unreadable at start; read on first use');
        return null;
      });
      liveSignal.on('published', onSignal);
      timer = setInterval(() => {
        if (opts.hasClients()) wake();
      }, opts.pollMs);
      timer.unref();
    },
    async stop() {
      stopped = true;
      liveSignal.off('published', onSignal);
      clearInterval(timer);
      await running;
    },
  };
}
