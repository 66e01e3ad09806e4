import { z } from 'zod';
import { LIVE_TOPICS, PUBLIC_LIVE_TOPICS } from './values/index';

// Live updates (issue 14 §1): the `data` of each Server-Sent Event on GET /api/v1/events. The SSE `id` is the same
// `id`, so a reconnecting browser sends it back as Last-Event-ID and gets what it missed.

/** A small payload: which record changed (ids, a status code); never names, texts or contact data. */
export const livePayload = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type LivePayload = z.infer<typeof livePayload>;

export const liveEvent = z.object({
  id: z.number().int(),
  topic: z.enum(LIVE_TOPICS),
  payload: livePayload,
  at: z.string(),
});
export type LiveEvent = z.infer<typeof liveEvent>;

/** The first message of a stream: the newest event id the user already had when the stream opened. */
export const liveReady = z.object({ lastEventId: z.number().int() });
export type LiveReady = z.infer<typeof liveReady>;

/** Headers of GET /api/v1/events: the browser's EventSource sends Last-Event-ID when it reconnects. */
const eventId = z.string().regex(/^\d{1,15}$/, 'harus berupa angka');
// Loose: the other request headers (cookie, origin…) stay as they are.
export const liveStreamHeaders = z.looseObject({ 'last-event-id': eventId.optional() });
export type LiveStreamHeaders = z.infer<typeof liveStreamHeaders>;

/** The same id as a query parameter, for a client that opens a fresh EventSource after its own backoff. */
export const liveStreamQuery = z.object({ lastEventId: eventId.optional() });
export type LiveStreamQuery = z.infer<typeof liveStreamQuery>;

/**
 * The `data` of each message on the public stream GET /api/v1/public/events: only that a public topic's figures
 * changed and when — no id of a record, no person, no text (the transparency page re-reads its own figures).
 */
export const publicLiveEvent = z.object({
  topic: z.enum(PUBLIC_LIVE_TOPICS),
  at: z.iso.datetime({ offset: true }),
});
export type PublicLiveEvent = z.infer<typeof publicLiveEvent>;
