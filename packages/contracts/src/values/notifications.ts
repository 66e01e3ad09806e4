// The notification centre (issue 14 §3): what kinds of notification the modules send and the states of an e-mail in
// the transactional outbox.

/**
 * The kinds of notification, one per thing a module signals. In-app notifications are always kept; e-mail is a
 * preference per kind (default on).
 */
export const NOTIFICATION_TYPES = [
  'COMPLAINT_ASSIGNED',
  'COMPLAINT_DEADLINE',
  'COMPLAINT_RATED',
  'SKP_APPROVED',
  'SKP_RETURNED',
  'SKP_FEEDBACK',
  'RECOMMENDATION_ASSIGNED',
  'RECOMMENDATION_DEADLINE',
  'TRAINING_ENROLMENT',
  'TRAINING_REMINDER',
  'TRAINING_JP_TARGET',
  'FORUM_MENTION',
  'FORUM_OFFICIAL_RESPONSE',
  /** A survey was closed: its SKM result (IKM and mutu) is final. */
  'SKM_RESULT',
  /** A survey was closed with an IKM of mutu C or D (kurang baik / tidak baik): the unit must plan improvements. */
  'SKM_RESULT_LOW',
  'DASHBOARD_MONTHLY_SUMMARY',
  'FORUM_REPLY',
  'FORUM_POLICY_CLOSED',
  'FORUM_REPORT_REVIEWED',
  'FORUM_POST_MODERATED',
  'FORUM_AUTHOR_REVEALED',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/**
 * The forum's kinds (issue 14, folded in from the forum's own list): the centre filters on them (`group=forum`) and
 * the forum's daily e-mail digest summarises them.
 */
export const FORUM_NOTIFICATION_TYPES = [
  'FORUM_REPLY',
  'FORUM_MENTION',
  'FORUM_OFFICIAL_RESPONSE',
  'FORUM_POLICY_CLOSED',
  'FORUM_REPORT_REVIEWED',
  'FORUM_POST_MODERATED',
  'FORUM_AUTHOR_REVEALED',
] as const satisfies readonly NotificationType[];

/** Groups the centre's list can be narrowed to (`/notifikasi?type=forum`). */
export const NOTIFICATION_GROUPS = ['forum'] as const;
export type NotificationGroup = (typeof NOTIFICATION_GROUPS)[number];

/**
 * An outbox e-mail: waiting (PENDING, also after a failed attempt until its next try), being sent by one instance
 * (SENDING, with a lease), accepted by the SMTP server (SENT), given up after the last attempt (FAILED), or not sent
 * because SMTP_URL is unset (SKIPPED).
 */
export const NOTIFICATION_OUTBOX_STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED'] as const;
export type NotificationOutboxStatus = (typeof NOTIFICATION_OUTBOX_STATUSES)[number];
