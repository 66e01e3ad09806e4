// Values of the API without zod: the forum's polls, official response, moderation and notifications (issue 13,
// oversight-and-forum.md). The forum's base lists (statuses, reasons, reactions) are in ./forum.ts. See ./index.ts.

/** What a moderator does to a reported post; each closes the post's pending reports and needs a reason. */
export const FORUM_MODERATION_DECISIONS = ['RESTORE', 'HIDE', 'DELETE', 'WARN'] as const;
export type ForumModerationDecision = (typeof FORUM_MODERATION_DECISIONS)[number];

/** The official-response state of a policy (packages/domain `getOfficialResponseState`). */
export const FORUM_OFFICIAL_RESPONSE_STATES = [
  'NOT_NEEDED',
  'PUBLISHED',
  'LATE',
  'MISSING_OVERDUE',
  'DUE_SOON',
  'MISSING',
] as const;
export type ForumOfficialResponseState = (typeof FORUM_OFFICIAL_RESPONSE_STATES)[number];
