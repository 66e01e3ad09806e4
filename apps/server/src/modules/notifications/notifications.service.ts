import {
  FORUM_NOTIFICATION_TYPES,
  NOTIFICATION_TYPES,
  type NotificationGroup,
  type Notification,
  type NotificationListQuery,
  type NotificationPage,
  type NotificationPreferences,
  type NotificationPreferencesInput,
  type NotificationType,
} from '@sim/contracts';
import type { Database } from '../../db/database';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden, notFound } from '../../lib/errors';
import { publishLiveEach } from '../live/live.service';
import { canUseNotificationCentre } from './notifications.policy';
import * as repo from './notifications.repository';

// The notification centre (issue 14 §3). Modules call `notify` / `enqueueMail` inside their own transaction, after
// the state change: the in-app notification and the e-mail outbox row commit or roll back with the change itself,
// and the outbox sender job delivers the mail later with retries. The reader's side (list, unread count, mark
// read, preferences) is personal: only the recipient ever sees or changes their own.

export type NotifyInput = {
  /** The recipient: an employee (staff without a login still get the e-mail) or a user account. */
  to: { employeeId: number } | { userId: number };
  type: NotificationType;
  /** Values for the kind's sentence in the reader's language (ticket, title, date…). */
  params: Record<string, string | number | null>;
  /** The app path that opens the record behind the notification. */
  link: string | null;
  /** The e-mail, when this kind has one; sent only if the recipient has an address and wants e-mail for the kind. */
  mail?: { subject: string; text: string };
  at: Date;
};

/**
 * Records one notification in the caller's transaction and, when the recipient has an address and has not turned
 * e-mail off for this kind, an outbox e-mail beside it. Checks nothing (the calling service decided the recipient
 * may know). Returns the notification id (null when the recipient does not exist) and whether a mail was queued.
 */
export async function notify(
  trx: Database,
  n: NotifyInput,
): Promise<{ notificationId: number | null; mailQueued: boolean }> {
  const [result] = await notifyAll(trx, [n]);
  return result!;
}

/**
 * `notify` for many notifications at once (a job's round, everyone who follows a policy): the same rows, written
 * with a fixed number of statements however many there are. Results in the order given.
 */
export async function notifyAll(
  trx: Database,
  list: readonly NotifyInput[],
): Promise<{ notificationId: number | null; mailQueued: boolean }[]> {
  if (list.length === 0) return [];
  const recipients = await repo.findRecipients(
    trx,
    list.map((n) => n.to),
  );
  const found = list.flatMap((n, i) => (recipients[i] ? [{ n, recipient: recipients[i], index: i }] : []));
  const ids = await repo.insertNotifications(
    trx,
    found.map(({ n, recipient }) => ({
      userId: recipient.userId,
      employeeId: recipient.employeeId,
      type: n.type,
      params: n.params,
      link: n.link,
      at: n.at,
    })),
  );
  const withMail = found.filter(({ n, recipient }) => n.mail !== undefined && recipient.email !== null);
  const choices = await repo.findEmailChoices(
    trx,
    withMail.flatMap(({ recipient }) => (recipient.userId === null ? [] : [recipient.userId])),
    withMail.map(({ n }) => n.type),
  );
  const results = list.map(() => ({ notificationId: null as number | null, mailQueued: false }));
  const outbox: Parameters<typeof repo.insertOutbox>[1][number][] = [];
  const live: { userId: number; payload: { id: number; type: NotificationType } }[] = [];
  found.forEach(({ n, recipient, index }, k) => {
    const notificationId = ids[k]!;
    const mailQueued =
      n.mail !== undefined &&
      recipient.email !== null &&
      (recipient.userId === null || (choices.get(`${recipient.userId}:${n.type}`) ?? true));
    if (mailQueued) {
      outbox.push({
        notificationId,
        to: recipient.email!,
        subject: n.mail!.subject,
        text: n.mail!.text,
        at: n.at,
      });
    }
    // The bell updates live: the event is recorded and announced with this transaction (nothing for a rollback).
    if (recipient.userId !== null && recipient.active) {
      live.push({ userId: recipient.userId, payload: { id: notificationId, type: n.type } });
    }
    results[index] = { notificationId, mailQueued };
  });
  await repo.insertOutbox(trx, outbox);
  await publishLiveEach(trx, 'notification', live);
  return results;
}

/**
 * Queues an e-mail without an in-app notification, in the caller's transaction: mail to a citizen (no account) and
 * the forum's daily digest (itself a summary of what the forum shows in-app).
 */
export async function enqueueMail(
  trx: Database,
  mail: { to: string; subject: string; text: string; at: Date },
): Promise<void> {
  await repo.insertOutbox(trx, [{ notificationId: null, ...mail }]);
}

/**
 * Forgets the e-mails already handled for these addresses (address, subject and body become `marker`), in the
 * caller's transaction: the complaints retention job anonymising a citizen's contact (issue 16 §5). Returns the count.
 */
export async function forgetMailTo(
  trx: Database,
  addresses: readonly string[],
  marker: string,
): Promise<number> {
  return repo.scrubHandledOutboxTo(trx, addresses, marker);
}

/**
 * A user's notifications of the given kinds created after `since`, oldest first, as the recipient has them (for a
 * summary e-mail such as the forum's daily digest, which the calling module words). No policy check: the caller is
 * a job acting for the recipient, and the rows are the recipient's own.
 */
export async function listUserNotificationsSince(
  db: Database,
  userId: number,
  types: readonly NotificationType[],
  since: Date,
  limit = 100,
): Promise<Notification[]> {
  const [recipient] = await repo.findRecipients(db, [{ userId }]);
  if (!recipient) return [];
  const rows = await repo.findNotificationsSince(
    db,
    { userId, employeeId: recipient.employeeId },
    types,
    since,
    limit,
  );
  return rows.map(toDto);
}

function readerOf(actor: Actor): repo.Reader {
  if (!canUseNotificationCentre(actor)) throw forbidden();
  return { userId: actor.userId, employeeId: actor.employeeId };
}

function toDto(row: NonNullable<Awaited<ReturnType<typeof repo.findNotificationOfReader>>>): Notification {
  return {
    id: row.id,
    type: row.type,
    params: row.params,
    link: row.link,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  };
}

/** The kinds behind each group the list can be narrowed to. */
const GROUP_TYPES: Record<NotificationGroup, readonly NotificationType[]> = {
  forum: FORUM_NOTIFICATION_TYPES,
};

/** My notifications, one page: unread first, newest first; only one group's kinds when asked. */
export async function listMyNotifications(
  ctx: ServiceContext,
  actor: Actor,
  q: NotificationListQuery,
): Promise<NotificationPage> {
  const types = q.group === undefined ? undefined : GROUP_TYPES[q.group];
  const page = await repo.findNotifications(ctx.db, readerOf(actor), { ...q, types });
  return { items: page.items.map(toDto), total: page.total, page: q.page, pageSize: q.pageSize };
}

/** How many of my notifications are unread (the bell's badge). */
export async function countMyUnread(ctx: ServiceContext, actor: Actor): Promise<{ unread: number }> {
  return { unread: await repo.countUnread(ctx.db, readerOf(actor)) };
}

/** Marks one of my notifications read; another user's is not found (404), never revealed. */
export async function markMyNotificationRead(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
): Promise<Notification> {
  const reader = readerOf(actor);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findNotificationOfReader(trx, reader, id);
    if (!row) throw notFound('Notifikasi');
    await repo.markRead(trx, reader, ctx.now(), id);
    const after = await repo.findNotificationOfReader(trx, reader, id);
    return toDto(after!);
  });
}

/** Marks all my unread notifications read; returns how many. */
export async function markAllMyNotificationsRead(
  ctx: ServiceContext,
  actor: Actor,
): Promise<{ marked: number }> {
  return { marked: await repo.markRead(ctx.db, readerOf(actor), ctx.now()) };
}

/** My e-mail choice for every kind (in-app is always on); kinds I never changed show the default, on. */
export async function getMyPreferences(ctx: ServiceContext, actor: Actor): Promise<NotificationPreferences> {
  readerOf(actor);
  const [stored, recipient] = await Promise.all([
    repo.findPreferences(ctx.db, actor.userId),
    repo.findRecipients(ctx.db, [{ userId: actor.userId }]).then(([r]) => r),
  ]);
  const byType = new Map(stored.map((p) => [p.type, p.email]));
  return {
    hasEmail: Boolean(recipient?.email),
    items: NOTIFICATION_TYPES.map((type) => ({ type, email: byType.get(type) ?? true })),
  };
}

/** Saves my e-mail choices for the kinds given; the others keep theirs. */
export async function updateMyPreferences(
  ctx: ServiceContext,
  actor: Actor,
  input: NotificationPreferencesInput,
): Promise<NotificationPreferences> {
  readerOf(actor);
  await repo.upsertPreferences(ctx.db, actor.userId, input.items, ctx.now());
  return getMyPreferences(ctx, actor);
}
