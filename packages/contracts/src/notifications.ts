import { z } from 'zod';
import { pageQuery, paged } from './common';
import { NOTIFICATION_GROUPS, NOTIFICATION_TYPES } from './values/index';

// The notification centre (issue 14 §3): my notifications, the unread count, marking read, and per kind whether an
// e-mail goes out too. Only the recipient ever reads or changes their own.

export const notificationType = z.enum(NOTIFICATION_TYPES);

/**
 * A notification as its recipient sees it. `params` fill the kind's sentence in the reader's language (ticket,
 * title, date…); `link` is the app path that opens the record behind it.
 */
export const notification = z.object({
  id: z.number().int(),
  type: notificationType,
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  link: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  readAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Notification = z.infer<typeof notification>;

export const notificationListQuery = pageQuery.extend({
  unreadOnly: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  /** Only the kinds of one group (`forum`: the forum's replies, mentions, responses, decisions…). */
  group: z.enum(NOTIFICATION_GROUPS).optional(),
});
export type NotificationListQuery = z.infer<typeof notificationListQuery>;
export type NotificationListRequest = z.input<typeof notificationListQuery>;

/** One page of my notifications: unread first, newest first within each. */
export const notificationPage = paged(notification);
export type NotificationPage = z.infer<typeof notificationPage>;

export const notificationUnread = z.object({ unread: z.number().int() });
export type NotificationUnread = z.infer<typeof notificationUnread>;

/** How many were marked read by "mark all read". */
export const notificationMarkedAll = z.object({ marked: z.number().int() });
export type NotificationMarkedAll = z.infer<typeof notificationMarkedAll>;

/** Per kind: in-app is always on; `email` says whether an e-mail goes out too (default on). */
export const notificationPreference = z.object({ type: notificationType, email: z.boolean() });
export type NotificationPreference = z.infer<typeof notificationPreference>;

export const notificationPreferences = z.object({
  /** Whether the user has an e-mail address on their employee record (otherwise nothing can be e-mailed). */
  hasEmail: z.boolean(),
  items: z.array(notificationPreference),
});
export type NotificationPreferences = z.infer<typeof notificationPreferences>;

export const notificationPreferencesInput = z.object({
  items: z
    .array(notificationPreference)
    .min(1, 'Preferensi minimal satu jenis notifikasi')
    .max(NOTIFICATION_TYPES.length, 'Preferensi terlalu banyak')
    .refine((items) => new Set(items.map((i) => i.type)).size === items.length, {
      message: 'Setiap jenis notifikasi hanya boleh muncul sekali',
    }),
});
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesInput>;
