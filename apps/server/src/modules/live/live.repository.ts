import type { LiveTopic, Role } from '@sim/contracts';
import { sql } from 'kysely';
import type { Database } from '../../db/database';
import type { LiveMessage } from '../../lib/live-signal';

type Payload = LiveMessage['payload'];

const toMessage = (r: {
  id: number;
  user_id: number | null;
  topic: string;
  payload: Payload;
  created_at: Date;
}) => ({
  id: r.id,
  userId: r.user_id,
  topic: r.topic,
  payload: r.payload,
  at: r.created_at.toISOString(),
});

/**
 * One row per active user among the recipients (given directly, through their employee record or by role), the
 * same user once however many ways they were named; with `publicTopic`, also that public event's row (no recipient,
 * no payload) after them, in the same statement (one round trip for a filing's two kinds of event, ADR 0014).
 */
export async function insertLiveEvents(
  db: Database,
  recipients: { userIds: number[]; employeeIds: number[]; roles: Role[] },
  topic: LiveMessage['topic'],
  payload: Payload,
  publicTopic?: LiveTopic,
): Promise<LiveMessage[]> {
  const { userIds, employeeIds, roles } = recipients;
  const rows = await db
    .insertInto('live_events')
    .columns(['user_id', 'topic', 'payload'])
    .expression((eb) => {
      const personal = eb
        .selectFrom('users as u')
        .select([
          'u.id',
          sql<string>`${topic}::text`.as('topic'),
          sql<string>`${JSON.stringify(payload)}::jsonb`.as('payload'),
        ])
        .where('u.is_active', '=', true)
        .where((w) =>
          w.or([
            ...(userIds.length ? [w('u.id', 'in', userIds)] : []),
            ...(employeeIds.length ? [w('u.employee_id', 'in', employeeIds)] : []),
            ...(roles.length
              ? [
                  w.exists(
                    w
                      .selectFrom('user_roles as r')
                      .select('r.user_id')
                      .whereRef('r.user_id', '=', 'u.id')
                      .where('r.role', 'in', roles),
                  ),
                ]
              : []),
          ]),
        );
      if (!publicTopic) return personal.orderBy('u.id');
      // Rows are numbered in this order: the users' by id, the public row (user null) last.
      return personal
        .unionAll(
          sql<{
            id: number;
            topic: string;
            payload: string;
          }>`select null::integer, ${publicTopic}::text, '{}'::jsonb`,
        )
        .orderBy(sql`1 asc nulls last`);
    })
    .returning(['id', 'user_id', 'topic', 'payload', 'created_at'])
    .execute();
  return rows.map(toMessage);
}

/** One row per event given, each to its own user with its own payload (the caller names active users only). */
export async function insertLiveRows(
  db: Database,
  topic: LiveTopic,
  rows: readonly { userId: number; payload: Payload }[],
): Promise<LiveMessage[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insertInto('live_events')
    .values(rows.map((r) => ({ user_id: r.userId, topic, payload: JSON.stringify(r.payload) })))
    .returning(['id', 'user_id', 'topic', 'payload', 'created_at'])
    .execute();
  return inserted.map(toMessage);
}

/** One public event: a single row with no recipient, whoever is watching (never a row per user). */
export async function insertPublicEvent(db: Database, topic: LiveTopic): Promise<LiveMessage[]> {
  const row = await db
    .insertInto('live_events')
    .values({ user_id: null, topic, payload: '{}' })
    .returning(['id', 'user_id', 'topic', 'payload', 'created_at'])
    .executeTakeFirstOrThrow();
  return [toMessage(row)];
}

/** Sends committed events to every instance's listener; delivered by PostgreSQL at commit (in order, once). */
export async function notifyLive(db: Database, channel: string, json: string) {
  await sql`select pg_notify(${channel}, ${json})`.execute(db);
}

/** One user's events after an id (catch-up on reconnect), oldest first. */
export async function findUserEventsAfter(db: Database, userId: number, afterId: number, limit: number) {
  const rows = await db
    .selectFrom('live_events')
    .select(['id', 'user_id', 'topic', 'payload', 'created_at'])
    .where('user_id', '=', userId)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toMessage);
}

/** Everyone's events after an id (the embedded instance's reader), oldest first. */
export async function findEventsAfter(db: Database, afterId: number, limit: number) {
  const rows = await db
    .selectFrom('live_events')
    .select(['id', 'user_id', 'topic', 'payload', 'created_at'])
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toMessage);
}

export async function findLastEventId(db: Database, userId?: number): Promise<number> {
  let q = db.selectFrom('live_events').select((eb) => eb.fn.max('id').as('last'));
  if (userId !== undefined) q = q.where('user_id', '=', userId);
  const row = await q.executeTakeFirst();
  return Number(row?.last ?? 0);
}

export async function deleteEventsBefore(db: Database, cutoff: Date): Promise<number> {
  const res = await db.deleteFrom('live_events').where('created_at', '<', cutoff).executeTakeFirst();
  return Number(res.numDeletedRows);
}
