import { EventEmitter } from 'node:events';

// Live updates (issue 14 §1, docs/adr/0008): the names shared by the publisher (modules/live) and the fan-out
// (plugins/realtime.ts), here below both so neither imports the other.

/** The PostgreSQL NOTIFY channel that carries committed live events to every instance. */
export const LIVE_CHANNEL = 'sim_live';

/**
 * A live event as it travels from the publisher to the streams: one recipient, a topic, a small payload. A public
 * event (topic `public.*`) has no recipient (userId null) and goes to the anonymous public streams only.
 */
export type LiveMessage = {
  id: number;
  userId: number | null;
  topic: string;
  payload: Record<string, string | number | boolean | null>;
  at: string;
};

/**
 * In-process wake-up after a publish, for the embedded database: PGlite behind its socket server cannot deliver a
 * NOTIFY to another connection (ADR 0008), so the instance reads the table after this signal instead. It carries
 * nothing; the reader takes committed rows from `live_events`.
 */
export const liveSignal = new EventEmitter();
liveSignal.setMaxListeners(0);
