import type { NotificationType } from '@sim/contracts';
import { sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '../../db/database';
import { fetchPage } from '../../db/paging';
import type { DB } from '../../db/schema';

// The only Kysely user of the notification centre: notifications, preferences and the e-mail outbox. Reads the
// users/employees tables only to find a recipient's account and address.

/** Whose notifications a reader sees: those addressed to their account or to their employee record. */
export type Reader = { userId: number; employeeId: number | null };

/** The account and e-mail address behind a user id or an employee id (both when they are linked). */
export async function findRecipient(
  db: Database,
  who: { userId?: number | null; employeeId?: number | null },
): Promise<{ userId: number | null; employeeId: number | null; email: string | null } | undefined> {
  if (who.userId) {
    const row = await db
      .selectFrom('users as u')
      .leftJoin('employees as e', 'e.id', 'u.employee_id')
      .select(['u.id as user_id', 'u.employee_id', 'e.email'])
      .where('u.id', '=', who.userId)
      .executeTakeFirst();
    return row && { userId: row.user_id, employeeId: row.employee_id, email: row.email ?? null };
  }
  if (!who.employeeId) return undefined;
  const row = await db
    .selectFrom('employees as e')
    .leftJoin('users as u', (j) => j.onRef('u.employee_id', '=', 'e.id').on('u.is_active', '=', true))
    .select(['e.id as employee_id', 'e.email', 'u.id as user_id'])
    .where('e.id', '=', who.employeeId)
    .orderBy('u.id')
    .executeTakeFirst();
  return row && { userId: row.user_id ?? null, employeeId: row.employee_id, email: row.email };
}

export async function insertNotification(
  db: Database,
  n: {
    userId: number | null;
    employeeId: number | null;
    type: NotificationType;
    params: Record<string, string | number | null>;
    link: string | null;
    at: Date;
  },
): Promise<number> {
  const row = await db
    .insertInto('notifications')
    .values({
      user_id: n.userId,
      employee_id: n.employeeId,
      type: n.type,
      params: JSON.stringify(n.params),
      link: n.link,
      created_at: n.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
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

/** One page of the reader's notifications: unread first, newest first within each group. */
export async function findNotifications(
  db: Database,
  reader: Reader,
  q: { page: number; pageSize: number; unreadOnly: boolean },
) {
  let filtered = readerFilter(db, reader);
  if (q.unreadOnly) filtered = filtered.where('read_at', 'is', null);
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

/** Whether the user turned e-mail off for this kind (no row = the default, on). */
export async function wantsEmail(db: Database, userId: number, type: NotificationType): Promise<boolean> {
  const row = await db
    .selectFrom('notification_preferences')
    .select('email')
    .where('user_id', '=', userId)
    .where('type', '=', type)
    .executeTakeFirst();
  return row?.email ?? true;
}

// ---------------------------------------------------------------- outbox

export async function insertOutbox(
  db: Database,
  m: { notificationId: number | null; to: string; subject: string; text: string; at: Date },
): Promise<number> {
  const row = await db
    .insertInto('notification_outbox')
    .values({
      notification_id: m.notificationId,
      to_address: m.to,
      subject: m.subject,
      body: m.text,
      next_attempt_at: m.at,
      created_at: m.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
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
