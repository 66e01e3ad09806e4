import {
  FORUM_AUTO_HIDE_REPORTS_MAX,
  FORUM_AUTO_HIDE_REPORTS_MIN,
  FORUM_RESPONSE_DUE_SOON_DAYS_MAX,
  FORUM_RESPONSE_DUE_SOON_DAYS_MIN,
} from '@sim/domain';
import { z } from 'zod';
import { sanitizedHtml } from './forum';
import {
  FORUM_MODERATION_DECISIONS,
  FORUM_OFFICIAL_RESPONSE_STATES,
  FORUM_POLL_KINDS,
  FORUM_POST_VISIBILITIES,
  FORUM_REPORT_REASONS,
  FORUM_REPORT_STATUSES,
} from './values/index';

// The policy forum's polls, official response (tanggapan resmi) and closing, moderation (reports, auto-hide,
// queue, decisions, edit history), settings and notifications (issue 13, oversight-and-forum.md). The base forum
// shapes (policies, threads, posts) are in ./forum.ts.

const text = (field: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `${field} minimal ${min} karakter`)
    .max(max, `${field} maksimal ${max} karakter`);

// ---------------------------------------------------------------- polls

export const forumPollKind = z.enum(FORUM_POLL_KINDS);

export const forumPollInput = z
  .object({
    threadId: z.number().int().positive().optional(),
    policyId: z.number().int().positive().optional(),
    question: text('Pertanyaan', 5, 300),
    kind: forumPollKind.default('SINGLE'),
    isAnonymousVoting: z.boolean().default(false),
    closesAt: z.iso.datetime({ offset: true }).nullable().default(null),
    options: z
      .array(text('Opsi', 1, 120))
      .min(2, 'Jajak pendapat membutuhkan minimal 2 opsi')
      .max(10, 'Jajak pendapat paling banyak 10 opsi'),
  })
  .refine((v) => (v.threadId === undefined) !== (v.policyId === undefined), {
    message: 'Pilih salah satu: topik diskusi atau kebijakan',
    path: ['threadId'],
  });
export type ForumPollInput = z.infer<typeof forumPollInput>;
export type ForumPollRequest = z.input<typeof forumPollInput>;

export const forumPollListQuery = z.object({
  threadId: z.coerce.number().int().positive().optional(),
  policyId: z.coerce.number().int().positive().optional(),
});
export type ForumPollListQuery = z.infer<typeof forumPollListQuery>;

export const forumPollOption = z.object({
  id: z.number().int(),
  label: z.string(),
  count: z.number().int(),
  /** Share in tenths of a percent (333 = 33,3 %): of the choices in a single-choice poll, of the voters otherwise. */
  percentTenths: z.number().int(),
});
export type ForumPollOption = z.infer<typeof forumPollOption>;

export const forumPoll = z.object({
  id: z.number().int(),
  threadId: z.number().int().nullable(),
  policyId: z.number().int().nullable(),
  question: z.string(),
  kind: forumPollKind,
  isAnonymousVoting: z.boolean(),
  closesAt: z.string().nullable(),
  isOpen: z.boolean(),
  voterCount: z.number().int(),
  options: z.array(forumPollOption),
  /** The options the viewer chose (empty when they have not voted). */
  myChoice: z.array(z.number().int()),
  canVote: z.boolean(),
  /** Whether the viewer may list who voted what (never for anonymous voting). */
  canListVoters: z.boolean(),
  createdAt: z.string(),
});
export type ForumPoll = z.infer<typeof forumPoll>;

export const forumPollList = z.object({ items: z.array(forumPoll) });
export type ForumPollList = z.infer<typeof forumPollList>;

export const forumVoteInput = z.object({
  optionIds: z.array(z.number().int().positive()).min(1, 'Pilih minimal satu opsi').max(10),
});
export type ForumVoteInput = z.infer<typeof forumVoteInput>;

export const forumPollVoters = z.object({
  items: z.array(z.object({ optionId: z.number().int(), voters: z.array(z.string()) })),
});
export type ForumPollVoters = z.infer<typeof forumPollVoters>;

// ---------------------------------------------------------------- official response and closing

export const forumOfficialResponseState = z.enum(FORUM_OFFICIAL_RESPONSE_STATES);

/** The response as the editor sends it (HTML of any kind); the server keeps only the safe subset. */
export const forumOfficialResponseInput = z.object({ text: text('Tanggapan resmi', 20, 20_000) });
export type ForumOfficialResponseInput = z.infer<typeof forumOfficialResponseInput>;

export const forumCloseInput = z.object({ closingSummary: text('Ringkasan penutupan', 20, 20_000) });
export type ForumCloseInput = z.infer<typeof forumCloseInput>;

export const forumConsultation = z.object({
  policyId: z.number().int(),
  status: z.enum(['DRAFT', 'OPEN', 'CLOSED']),
  consultationClosesAt: z.string().nullable(),
  officialResponse: sanitizedHtml.nullable(),
  officialResponseAt: z.string().nullable(),
  officialResponseByName: z.string().nullable(),
  officialResponseState: forumOfficialResponseState,
  closingSummary: sanitizedHtml.nullable(),
  closedAt: z.string().nullable(),
  canRespond: z.boolean(),
  canClose: z.boolean(),
  /** What still stops closing (empty when it may be closed): field and Indonesian message. */
  closeBlockers: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type ForumConsultation = z.infer<typeof forumConsultation>;

export const forumLeadershipFlag = z.object({
  policyId: z.number().int(),
  title: z.string(),
  consultationClosesAt: z.string().nullable(),
  state: forumOfficialResponseState,
  /** Whole days left until the window ends (negative once it has ended). */
  daysLeft: z.number().int().nullable(),
});
export type ForumLeadershipFlag = z.infer<typeof forumLeadershipFlag>;

export const forumLeadershipFlags = z.object({ items: z.array(forumLeadershipFlag) });
export type ForumLeadershipFlags = z.infer<typeof forumLeadershipFlags>;

// ---------------------------------------------------------------- moderation

export const forumReportReason = z.enum(FORUM_REPORT_REASONS);
export const forumReportStatus = z.enum(FORUM_REPORT_STATUSES);

export const forumReportInput = z.object({
  reason: forumReportReason,
  note: z.string().trim().max(500, 'Catatan maksimal 500 karakter').optional(),
});
export type ForumReportInput = z.infer<typeof forumReportInput>;

export const forumReportResult = z.object({ reported: z.literal(true) });
export type ForumReportResult = z.infer<typeof forumReportResult>;

/** A report as its reporter sees it: only their own, never who else reported. */
export const forumMyReport = z.object({
  id: z.number().int(),
  postId: z.number().int(),
  threadId: z.number().int(),
  threadTitle: z.string(),
  reason: forumReportReason,
  note: z.string().nullable(),
  status: forumReportStatus,
  reviewNote: z.string().nullable(),
  createdAt: z.string(),
  reviewedAt: z.string().nullable(),
});
export type ForumMyReport = z.infer<typeof forumMyReport>;

export const forumMyReports = z.object({ items: z.array(forumMyReport) });
export type ForumMyReports = z.infer<typeof forumMyReports>;

export const forumQueueQuery = z.object({
  status: z.enum(['PENDING', 'REVIEWED']).default('PENDING'),
});
export type ForumQueueQuery = z.infer<typeof forumQueueQuery>;

/** One reported post in the moderators' queue; the reports are counted by reason, reporters are not named. */
export const forumQueueItem = z.object({
  postId: z.number().int(),
  threadId: z.number().int(),
  threadTitle: z.string(),
  policyId: z.number().int().nullable(),
  body: sanitizedHtml,
  visibility: z.enum(FORUM_POST_VISIBILITIES),
  isAnonymous: z.boolean(),
  /** The author's name: null for an anonymous post (a moderator reveals it only through the recorded reveal). */
  authorName: z.string().nullable(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  revisionCount: z.number().int(),
  pendingReports: z.number().int(),
  reasons: z.array(z.object({ reason: forumReportReason, count: z.number().int() })),
  notes: z.array(z.string()),
  lastReportAt: z.string(),
  lastAction: z
    .object({ action: z.string(), reason: z.string(), at: z.string(), moderatorName: z.string() })
    .nullable(),
});
export type ForumQueueItem = z.infer<typeof forumQueueItem>;

export const forumQueue = z.object({ items: z.array(forumQueueItem) });
export type ForumQueue = z.infer<typeof forumQueue>;

export const forumModerationDecision = z.enum(FORUM_MODERATION_DECISIONS);

export const forumDecisionInput = z.object({
  action: forumModerationDecision,
  reason: text('Alasan', 5, 1000),
});
export type ForumDecisionInput = z.infer<typeof forumDecisionInput>;

export const forumDecisionResult = z.object({
  postId: z.number().int(),
  visibility: z.enum(FORUM_POST_VISIBILITIES),
  closedReports: z.number().int(),
});
export type ForumDecisionResult = z.infer<typeof forumDecisionResult>;

export const forumPostRevisions = z.object({
  postId: z.number().int(),
  current: sanitizedHtml,
  items: z.array(
    z.object({
      id: z.number().int(),
      /** The body before this edit, as the sanitiser stored it (rendered as HTML by the moderators' queue). */
      body: sanitizedHtml,
      editedAt: z.string(),
      editedByName: z.string().nullable(),
    }),
  ),
});
export type ForumPostRevisions = z.infer<typeof forumPostRevisions>;

export const forumSettings = z.object({
  autoHideReports: z
    .number()
    .int()
    .min(FORUM_AUTO_HIDE_REPORTS_MIN, `Ambang minimal ${FORUM_AUTO_HIDE_REPORTS_MIN} laporan`)
    .max(FORUM_AUTO_HIDE_REPORTS_MAX, `Ambang maksimal ${FORUM_AUTO_HIDE_REPORTS_MAX} laporan`),
  responseDueSoonDays: z
    .number()
    .int()
    .min(
      FORUM_RESPONSE_DUE_SOON_DAYS_MIN,
      `Batas "segera berakhir" minimal ${FORUM_RESPONSE_DUE_SOON_DAYS_MIN} hari`,
    )
    .max(
      FORUM_RESPONSE_DUE_SOON_DAYS_MAX,
      `Batas "segera berakhir" maksimal ${FORUM_RESPONSE_DUE_SOON_DAYS_MAX} hari`,
    ),
  digestHourWib: z.number().int().min(0, 'Jam 0–23').max(23, 'Jam 0–23'),
});
export type ForumSettings = z.infer<typeof forumSettings>;

// ---------------------------------------------------------------- notifications

/** The forum's daily e-mail digest switch (the forum's in-app notifications live in the notification centre). */
export const forumNotificationPreferences = z.object({ emailDigest: z.boolean() });
export type ForumNotificationPreferences = z.infer<typeof forumNotificationPreferences>;
