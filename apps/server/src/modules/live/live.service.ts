import type { LivePayload, LiveTopic, PublicLiveTopic, Role } from '@sim/contracts';
import type { Database } from '../../db/database';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { LIVE_CHANNEL, liveSignal, type LiveMessage } from '../../lib/live-signal';
import { canOpenLiveStream } from './live.policy';
import * as repo from './live.repository';

// Live updates (issue 14 §1, docs/adr/0008). A service that changes what someone has on screen calls `publishLive`
// inside its transaction, after the change: the rows and the NOTIFY commit or roll back with it.

/** Who gets an event: users directly, employees (their user accounts) and holders of roles. */
export type LiveRecipients = {
  userIds?: readonly number[];
  employeeIds?: readonly (number | null)[];
  roles?: readonly Role[];
};

// PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; events are sent in batches below that.
const NOTIFY_LIMIT = 7000;
/** At most this many missed events are sent on reconnect; a client that missed more reloads its screens anyway. */
export const LIVE_REPLAY_LIMIT = 500;

/**
 * Records one event per recipient in the caller's transaction and announces it to every instance (NOTIFY, delivered
 * at commit; on the embedded database an in-process signal wakes the reader). The payload names records by id and
 * code only — never a name, text or contact of someone else. Returns the number of recipients.
 */
export async function publishLive(
  db: Database,
  recipients: LiveRecipients,
  topic: LiveTopic,
  payload: LivePayload = {},
): Promise<number> {
  const named = namedRecipients(recipients);
  if (!named) return 0;
  return announce(db, await repo.insertLiveEvents(db, named, topic, payload));
}

/**
 * `publishLive` and `publishPublicLive` together, in one insert and one announcement (a received complaint tells its
 * watchers and the public page at once; ADR 0014). The public row is recorded even when nobody else is told.
 */
export async function publishLiveAndPublic(
  db: Database,
  recipients: LiveRecipients,
  topic: LiveTopic,
  payload: LivePayload,
  publicTopic: PublicLiveTopic,
): Promise<number> {
  const named = namedRecipients(recipients);
  if (!named) {
    await publishPublicLive(db, publicTopic);
    return 0;
  }
  return (await announce(db, await repo.insertLiveEvents(db, named, topic, payload, publicTopic))) - 1;
}

/** The recipients without repeats, or null when nobody is named. */
function namedRecipients(recipients: LiveRecipients) {
  const userIds = uniq(recipients.userIds ?? []);
  const employeeIds = uniq((recipients.employeeIds ?? []).filter((id): id is number => id !== null));
  const roles = [...new Set(recipients.roles ?? [])];
  return userIds.length + employeeIds.length + roles.length === 0 ? null : { userIds, employeeIds, roles };
}

/**
 * Like `publishLive`, for events that each go to one user with their own payload (the bell after a round of
 * notifications): one insert for all of them. The users are active accounts the caller has resolved.
 */
export async function publishLiveEach(
  db: Database,
  topic: LiveTopic,
  events: readonly { userId: number; payload: LivePayload }[],
): Promise<number> {
  return announce(db, await repo.insertLiveRows(db, topic, events));
}

/**
 * A public event (the transparency page's figures changed) in the caller's transaction: one row with no recipient and
 * no payload, announced like the others, so every instance's public streams hear of it at commit and never before.
 */
export async function publishPublicLive(db: Database, topic: PublicLiveTopic): Promise<void> {
  await announce(db, await repo.insertPublicEvent(db, topic));
}

/** NOTIFY (delivered at commit) and the in-process signal, for the events just recorded. */
async function announce(db: Database, messages: LiveMessage[]): Promise<number> {
  for (const batch of batches(messages)) await repo.notifyLive(db, LIVE_CHANNEL, batch);
  if (messages.length > 0) liveSignal.emit('published');
  return messages.length;
}

function uniq(ids: readonly number[]): number[] {
  return [...new Set(ids)];
}

/** JSON arrays of messages, each under the NOTIFY payload limit. */
function batches(messages: LiveMessage[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let size = 2;
  for (const m of messages) {
    const json = JSON.stringify(m);
    if (current.length > 0 && size + json.length + 1 > NOTIFY_LIMIT) {
      out.push(`[${current.join(',')}]`);
      current = [];
      size = 2;
    }
    current.push(json);
    size += json.length + 1;
  }
  if (current.length > 0) out.push(`[${current.join(',')}]`);
  return out;
}

/** The stream is open to the actor (policy) — checked before the response starts, so a refusal is a plain 401/403. */
export function authorizeLiveStream(actor: Actor | null): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Silakan masuk terlebih dahulu');
  if (!canOpenLiveStream(actor)) throw new AppError('FORBIDDEN', 'Aliran pembaruan langsung tidak tersedia');
  return actor;
}

/**
 * What the stream starts with: the events the user missed after `afterId` (a reconnect), or none and the newest
 * id the user has (a first connection, so that its own reconnect later asks from there).
 */
export async function openLiveStream(
  ctx: ServiceContext,
  actor: Actor,
  afterId: number | null,
): Promise<{ lastEventId: number; missed: LiveMessage[] }> {
  if (afterId === null) return { lastEventId: await repo.findLastEventId(ctx.db, actor.userId), missed: [] };
  const missed = await repo.findUserEventsAfter(ctx.db, actor.userId, afterId, LIVE_REPLAY_LIMIT);
  return { lastEventId: afterId, missed };
}

/** The instance's reader of the table (embedded database, and a PostgreSQL listener catching up after a reconnect). */
export const readLiveEventsAfter = (db: Database, afterId: number) => repo.findEventsAfter(db, afterId, 1000);

export const lastLiveEventId = (db: Database) => repo.findLastEventId(db);

/** Deletes events older than the retention (LIVE_EVENTS_RETENTION_HOURS); a reconnect after that reloads instead. */
export async function pruneLiveEvents(ctx: ServiceContext): Promise<number> {
  const cutoff = new Date(ctx.now().getTime() - ctx.config.live.retentionHours * 3_600_000);
  return repo.deleteEventsBefore(ctx.db, cutoff);
}
