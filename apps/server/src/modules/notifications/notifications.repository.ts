import type { NotificationType } from '@sim/contracts';
import { sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '../../db/database';
import { fetchPage } from '../../db/paging';
import type { DB } from '../../db/schema';
import { rowBatches } from '../../db/batches';

// The only Kysely user of the notification centre: notifications, preferences and the e-mail outbox. Reads the
// users/employees tables only to find a recipient's account and address.

/** Whose notifications a reader sees: those addressed to their account or to their employee record. */
export type Reader = { userId: number; employeeId: number | null };

export type Recipient = {
  userId: number | null;
  employeeId: number | null;
  email: string | null;
  /** Whether the account (userId) may sign in; false when there is none. */
  active: boolean;
};

/**
 * The account and e-mail address behind each user id or employee id (both when they are linked; an employee has at
 * most one account), in the order asked, undefined for an id that does not exist. Two reads however many are asked.
 */
export async function findRecipients(
  db: Database,
  who: readonly ({ userId: number } | { employeeId: number })[],
): Promise<(Recipient | undefined)[]> {
  const userIds = [...new Set(who.flatMap((w) => ('userId' in w ? [w.userId] : [])))];
  const employeeIds = [...new Set(who.flatMap((w) => ('employeeId' in w ? [w.employeeId] : [])))];
  const [byUser, byEmployee] = await Promise.all([
    userIds.length === 0
      ? []
      : db
          .selectFrom('users as u')
          .leftJoin('employees as e', 'e.id', 'u.employee_id')
          .select(['u.id as user_id', 'u.employee_id', 'e.email', 'u.is_active'])
          .where('u.id', 'in', userIds)
          .execute(),
    employeeIds.length === 0
      ? []
      : db
          .selectFrom('employees as e')
          .leftJoin('users as u', (j) => j.onRef('u.employee_id', '=', 'e.id').on('u.is_active', '=', true))
          .select(['e.id as employee_id', 'e.email', 'u.id as user_id'])
          .where('e.id', 'in', employeeIds)
          .execute(),
  ]);
  const users = new Map(
    byUser.map((r) => [
      r.user_id,
      { userId: r.user_id, employeeId: r.employee_id, email: r.email ?? null, active: r.is_active },
    ]),
  );
  const employees = new Map(
    byEmployee.map((r) => [
      r.employee_id,
      { userId: r.user_id ?? null, employeeId: r.employee_id, email: r.email, active: r.user_id !== null },
    ]),
  );
  return who.map((w) => ('userId' in w ? users.get(w.userId) : employees.get(w.employeeId)));
}

/** Inserts the notifications (one statement per ~10,900: the bind parameter limit); their ids in the order given. */
export async function insertNotifications(
  db: Database,
  rows: readonly {
    userId: number | null;
    employeeId: number | null;
    type: NotificationType;
    params: Record<string, string | number | null>;
    link: string | null;
    at: Date;
  }[],
): Promise<number[]> {
  const ids: number[] = [];
  for (const batch of rowBatches(rows, 6)) {
    const inserted = await db
      .insertInto('notifications')
      .values(
        batch.map((n) => ({
          user_id: n.userId,
          employee_id: n.employeeId,
          type: n.type,
          params: JSON.stringify(n.params),
          link: n.link,
          created_at: n.at,
        })),
      )
      .returning('id')
      .execute();
    ids.push(...inserted.map((r) => r.id));
  }
  // The ids come from one sequence in the order of the VALUES lists, batch after batch.
  return ids.sort((a, b) => a - b);
}

/** The reader's notifications: addressed to their account or to their employee record. */
function addressedTo(reader: Reader) {
  return (eb: ExpressionBuilder<DB, 'notifications'>) =>
    eb.or([
      eb('user_id', '=', reader.userId),
      ...(reader.employeeId === null ? [] : [eb('employee_id', '=', reader.employeeId)]),
    ]);
}

function readerFilter(db: Database, reader: Reader) {
  return db.selectFrom('notifications').where(addressedTo(reader));
}

/** The reader's notifications of the given kinds created after `since`, oldest first (a digest's list). */
export async function findNotificationsSince(
  db: Database,
  reader: Reader,
  types: readonly NotificationType[],
  since: Date,
  limit: number,
) {
  return readerFilter(db, reader)
    .select(['id', 'type', 'params', 'link', 'created_at', 'read_at'])
    .where('type', 'in', types)
    .where('created_at', '>', since)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** One page of the reader's notifications: unread first, newest first within each group. */
export async function findNotifications(
  db: Database,
  reader: Reader,
  q: { page: number; pageSize: number; unreadOnly: boolean; types?: readonly NotificationType[] },
) {
  let filtered = readerFilter(db, reader);
  if (q.unreadOnly) filtered = filtered.where('read_at', 'is', null);
  if (q.types) filtered = filtered.where('type', 'in', q.types);
  const rows = filtered
    .select(['id', 'type', 'params', 'link', 'created_at', 'read_at'])
    .orderBy(sql`read_at is null`, 'desc')
    .orderBy('id', 'desc');
  return fetchPage(rows, filtered, q.page, q.pageSize);
}

export async function countUnread(db: Database, reader: Reader): Promise<number> {
  const row = await readerFilter(db, reader)
    .where('read_at', 'is', null)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findNotificationOfReader(db: Database, reader: Reader, id: number) {
  return readerFilter(db, reader)
    .select(['id', 'type', 'params', 'link', 'created_at', 'read_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Marks one (id) or every unread notification of the reader read; returns how many changed. */
export async function markRead(db: Database, reader: Reader, at: Date, id?: number): Promise<number> {
  let q = db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('read_at', 'is', null)
    .where(addressedTo(reader));
  if (id !== undefined) q = q.where('id', '=', id);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findPreferences(db: Database, userId: number) {
  return db
    .selectFrom('notification_preferences')
    .select(['type', 'email'])
    .where('user_id', '=', userId)
    .execute();
}

export async function upsertPreferences(
  db: Database,
  userId: number,
  items: { type: NotificationType; email: boolean }[],
  at: Date,
) {
  await db
    .insertInto('notification_preferences')
    .values(items.map((i) => ({ user_id: userId, type: i.type, email: i.email, updated_at: at })))
    .onConflict((oc) =>
      oc.columns(['user_id', 'type']).doUpdateSet((eb) => ({
        email: eb.ref('excluded.email'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

/** The e-mail choices the users stored for these kinds ("user:type" → on/off); a kind without a row is on. */
export async function findEmailChoices(
  db: Database,
  userIds: readonly number[],
  types: readonly NotificationType[],
): Promise<Map<string, boolean>> {
  if (userIds.length === 0 || types.length === 0) return new Map();
  const rows = await db
    .selectFrom('notification_preferences')
    .select(['user_id', 'type', 'email'])
    .where('user_id', 'in', [...new Set(userIds)])
    .where('type', 'in', [...new Set(types)])
    .execute();
  return new Map(rows.map((r) => [`${r.user_id}:${r.type}`, r.email]));
}

// ---------------------------------------------------------------- outbox

/** Queues e-mails (one statement per ~10,900: the bind parameter limit), each due at once. */
export async function insertOutbox(
  db: Database,
  messages: readonly { notificationId: number | null; to: string; subject: string; text: string; at: Date }[],
): Promise<void> {
  for (const batch of rowBatches(messages, 6)) {
    await db
      .insertInto('notification_outbox')
      .values(
        batch.map((m) => ({
          notification_id: m.notificationId,
          to_address: m.to,
          subject: m.subject,
          body: m.text,
          next_attempt_at: m.at,
          created_at: m.at,
        })),
      )
      .execute();
  }
}

/**
 * Claims up to `limit` due messages for this sender: waiting ones whose time has come, and ones another sender
 * claimed but whose lease ran out (it died mid-send). `FOR UPDATE SKIP LOCKED` lets concurrent senders take
 * disjoint batches; the claim (status SENDING, one more attempt, the lease as the next attempt time) is written in
 * the same statement, so once the claim commits no other sender picks the row until the lease ends.
 */
export async function claimDueOutbox(db: Database, now: Date, leaseUntil: Date, limit: number) {
  const due = db
    .selectFrom('notification_outbox')
    .select('id')
    .where('status', 'in', ['PENDING', 'SENDING'])
    .where('next_attempt_at', '<=', now)
    .orderBy('id')
    .limit(limit)
    .forUpdate()
    .skipLocked();
  return db
    .updateTable('notification_outbox')
    .set((eb) => ({
      status: 'SENDING',
      attempts: eb('attempts', '+', 1),
      next_attempt_at: leaseUntil,
    }))
    .where('id', 'in', due)
    .returning(['id', 'to_address', 'subject', 'body', 'attempts'])
    .execute();
}

export async function finishOutbox(
  db: Database,
  id: number,
  outcome:
    | { status: 'SENT'; at: Date }
    | { status: 'SKIPPED' }
    | { status: 'PENDING'; nextAttemptAt: Date; error: string }
    | { status: 'FAILED'; error: string },
) {
  await db
    .updateTable('notification_outbox')
    .set(
      outcome.status === 'SENT'
        ? { status: 'SENT', sent_at: outcome.at, last_error: null }
        : outcome.status === 'SKIPPED'
          ? { status: 'SKIPPED' }
          : outcome.status === 'PENDING'
            ? { status: 'PENDING', next_attempt_at: outcome.nextAttemptAt, last_error: outcome.error }
            : { status: 'FAILED', last_error: outcome.error },
    )
    .where('id', '=', id)
    .where('status', '=', 'SENDING')
    .execute();
}

/**
 * Replaces address and body of the mail already handled (sent, failed or skipped) to these addresses with a marker:
 * a citizen's e-mails past the retention period (issue 16 §5). Mail still waiting is left to go out.
 */
export async function scrubHandledOutboxTo(db: Database, addresses: readonly string[], marker: string) {
  if (addresses.length === 0) return 0;
  const rows = await db
    .updateTable('notification_outbox')
    .set({ to_address: marker, subject: marker, body: marker })
    .where('to_address', 'in', [...addresses])
    .where('status', 'in', ['SENT', 'FAILED', 'SKIPPED'])
    .returning('id')
    .execute();
  return rows.length;
}
