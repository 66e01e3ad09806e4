import { z } from 'zod';
import { isoDate } from './common';
import {
  FORUM_AUDIENCES,
  FORUM_POLICY_STATUSES,
  FORUM_POST_MAX,
  FORUM_POST_VISIBILITIES,
  FORUM_REACTION_KINDS,
  FORUM_THREAD_STATUSES,
  FORUM_TITLE_MAX,
} from './values/index';

// The policy forum (issue 13, oversight-and-forum.md): policies (kebijakan) with their consultation window and
// audience, threads and posts with quotes, mentions and reactions, read confirmations with participation per unit,
// anonymity reveals and search. Post bodies travel as sanitised HTML (`SanitizedHtml`): the server's sanitiser is the
// only producer, and the web renders HTML only from values of this type.

/** HTML that came out of the server's sanitiser (the safe subset). The brand keeps any other string out of the
 * web's HTML renderer at compile time. */
export const sanitizedHtml = z.string().brand<'SanitizedHtml'>();
export type SanitizedHtml = z.infer<typeof sanitizedHtml>;

export const forumPolicyStatus = z.enum(FORUM_POLICY_STATUSES);
export type ForumPolicyStatusValue = z.infer<typeof forumPolicyStatus>;
export const forumAudience = z.enum(FORUM_AUDIENCES);
export type ForumAudienceValue = z.infer<typeof forumAudience>;
export const forumReactionKind = z.enum(FORUM_REACTION_KINDS);
export type ForumReactionKindValue = z.infer<typeof forumReactionKind>;

const title = z
  .string()
  .trim()
  .min(3, 'Judul minimal 3 karakter')
  .max(FORUM_TITLE_MAX, `Judul maksimal ${FORUM_TITLE_MAX} karakter`);
/** A body as the editor sends it (HTML of any kind); the server keeps only the safe subset. */
const bodyInput = z
  .string()
  .max(FORUM_POST_MAX, `Isi maksimal ${FORUM_POST_MAX} karakter`)
  .refine((s) => s.trim().length > 0, 'Isi tidak boleh kosong');
const dateTime = z.iso.datetime({ offset: true, message: 'Format waktu harus ISO 8601 dengan zona waktu' });

// ---------------------------------------------------------------- people

/** Who wrote a post, as a viewer may see it; null in the DTO when the author is anonymous to that viewer. */
export const forumAuthor = z.object({
  userId: z.number().int(),
  name: z.string(),
  unitName: z.string().nullable(),
});
export type ForumAuthor = z.infer<typeof forumAuthor>;

/** One person the @-mention picker offers: mentioned in a body as `@username` (the NIP for employees). */
export const forumPerson = z.object({ userId: z.number().int(), username: z.string(), name: z.string() });
export type ForumPerson = z.infer<typeof forumPerson>;
export const forumPeopleQuery = z.object({ q: z.string().trim().min(2, 'Ketik minimal 2 huruf').max(60) });
export type ForumPeopleQuery = z.infer<typeof forumPeopleQuery>;
export const forumPeople = z.object({ items: z.array(forumPerson) });
export type ForumPeople = z.infer<typeof forumPeople>;

// ---------------------------------------------------------------- policies

export const forumPolicyInput = z.object({
  title,
  benefitsSummary: z.string().trim().min(10, 'Ringkasan manfaat minimal 10 karakter').max(2000),
  body: z.string().max(FORUM_POST_MAX).default(''),
  effectiveDate: isoDate.nullable().default(null),
  consultationOpensAt: dateTime.nullable().default(null),
  consultationClosesAt: dateTime.nullable().default(null),
  audience: forumAudience.default('ALL'),
  /** The audience units (each with the units below it) when audience is UNITS. */
  unitIds: z.array(z.number().int().positive()).max(100).default([]),
});
export type ForumPolicyInput = z.infer<typeof forumPolicyInput>;
export type ForumPolicyRequest = z.input<typeof forumPolicyInput>;

export const forumPolicyCloseBody = z.object({
  closingSummary: z.string().max(FORUM_POST_MAX).optional(),
});
export type ForumPolicyCloseBody = z.infer<typeof forumPolicyCloseBody>;

export const forumDocument = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
  createdAt: z.date(),
});
export type ForumDocument = z.infer<typeof forumDocument>;

export const forumPolicySummary = z.object({
  id: z.number().int(),
  title: z.string(),
  benefitsSummary: z.string(),
  status: forumPolicyStatus,
  audience: forumAudience,
  effectiveDate: z.string().nullable(),
  consultationOpensAt: z.date().nullable(),
  consultationClosesAt: z.date().nullable(),
  publishedAt: z.date().nullable(),
  threadCount: z.number().int(),
  hasOfficialResponse: z.boolean(),
  readByMe: z.boolean(),
});
export type ForumPolicySummary = z.infer<typeof forumPolicySummary>;

export const forumPolicy = forumPolicySummary.extend({
  body: sanitizedHtml,
  units: z.array(z.object({ id: z.number().int(), name: z.string() })),
  documents: z.array(forumDocument),
  officialResponse: sanitizedHtml.nullable(),
  officialResponseAt: z.date().nullable(),
  closingSummary: sanitizedHtml.nullable(),
  closedAt: z.date().nullable(),
  readAt: z.date().nullable(),
  /** What the viewer may do here (the server's policy decides; the web only shows). */
  can: z.object({
    manage: z.boolean(),
    publish: z.boolean(),
    close: z.boolean(),
    post: z.boolean(),
    confirmRead: z.boolean(),
  }),
});
export type ForumPolicy = z.infer<typeof forumPolicy>;

export const forumPolicyListQuery = z.object({
  status: forumPolicyStatus.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ForumPolicyListQuery = z.infer<typeof forumPolicyListQuery>;

export const forumPolicyParams = z.object({ id: z.coerce.number().int().positive() });
export type ForumPolicyParams = z.infer<typeof forumPolicyParams>;
export const forumDocumentParams = z.object({
  id: z.coerce.number().int().positive(),
  documentId: z.coerce.number().int().positive(),
});
export type ForumDocumentParams = z.infer<typeof forumDocumentParams>;

/** Read confirmations of the policy's audience per unit: counts and percentages, never who. */
export const forumParticipation = z.object({
  audience: z.number().int(),
  confirmed: z.number().int(),
  percent: z.number(),
  units: z.array(
    z.object({
      unitId: z.number().int(),
      unitName: z.string(),
      audience: z.number().int(),
      confirmed: z.number().int(),
      percent: z.number(),
    }),
  ),
});
export type ForumParticipation = z.infer<typeof forumParticipation>;

export const forumReadConfirmation = z.object({ policyId: z.number().int(), readAt: z.date() });
export type ForumReadConfirmation = z.infer<typeof forumReadConfirmation>;

// ---------------------------------------------------------------- threads and posts

export const forumQuote = z.object({
  postId: z.number().int(),
  /** Plain text; null when the quoted post is hidden from this viewer. */
  excerpt: z.string().nullable(),
  author: forumAuthor.nullable(),
  isAnonymous: z.boolean(),
});
export type ForumQuote = z.infer<typeof forumQuote>;

export const forumReactionCount = z.object({
  kind: forumReactionKind,
  count: z.number().int(),
  mine: z.boolean(),
});
export type ForumReactionCount = z.infer<typeof forumReactionCount>;

export const forumPost = z.object({
  id: z.number().int(),
  threadId: z.number().int(),
  /** Null when the author is anonymous to the viewer. */
  author: forumAuthor.nullable(),
  isAnonymous: z.boolean(),
  /** The viewer wrote it (shown to the author even when anonymous). */
  isMine: z.boolean(),
  /** A moderator sees the author of this anonymous post through a recorded reveal. */
  revealed: z.boolean(),
  /** Null when the post is hidden from the viewer. */
  body: sanitizedHtml.nullable(),
  visibility: z.enum(FORUM_POST_VISIBILITIES),
  quote: forumQuote.nullable(),
  reactions: z.array(forumReactionCount),
  createdAt: z.date(),
  editedAt: z.date().nullable(),
  can: z.object({ edit: z.boolean(), react: z.boolean(), quote: z.boolean(), reveal: z.boolean() }),
});
export type ForumPost = z.infer<typeof forumPost>;

export const forumThreadSummary = z.object({
  id: z.number().int(),
  policyId: z.number().int().nullable(),
  policyTitle: z.string().nullable(),
  title: z.string(),
  author: forumAuthor.nullable(),
  isAnonymous: z.boolean(),
  isMine: z.boolean(),
  status: z.enum(FORUM_THREAD_STATUSES),
  postCount: z.number().int(),
  createdAt: z.date(),
  lastPostAt: z.date(),
});
export type ForumThreadSummary = z.infer<typeof forumThreadSummary>;

export const forumThread = forumThreadSummary.extend({
  posts: z.array(forumPost),
  can: z.object({ reply: z.boolean() }),
});
export type ForumThread = z.infer<typeof forumThread>;

export const forumThreadListQuery = z.object({
  /** Threads of one policy; without it, the general threads (not about one policy). */
  policyId: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ForumThreadListQuery = z.infer<typeof forumThreadListQuery>;

export const forumThreadInput = z.object({
  policyId: z.number().int().positive().nullable().default(null),
  title,
  body: bodyInput,
  isAnonymous: z.boolean().default(false),
});
export type ForumThreadInput = z.infer<typeof forumThreadInput>;
export type ForumThreadRequest = z.input<typeof forumThreadInput>;

export const forumPostInput = z.object({
  body: bodyInput,
  isAnonymous: z.boolean().default(false),
  quotedPostId: z.number().int().positive().nullable().default(null),
});
export type ForumPostInput = z.infer<typeof forumPostInput>;
export type ForumPostRequest = z.input<typeof forumPostInput>;

export const forumPostEdit = z.object({ body: bodyInput });
export type ForumPostEdit = z.infer<typeof forumPostEdit>;

export const forumThreadParams = z.object({ id: z.coerce.number().int().positive() });
export type ForumThreadParams = z.infer<typeof forumThreadParams>;
export const forumPostParams = z.object({ id: z.coerce.number().int().positive() });
export type ForumPostParams = z.infer<typeof forumPostParams>;
export const forumReactionParams = z.object({
  id: z.coerce.number().int().positive(),
  kind: forumReactionKind,
});
export type ForumReactionParams = z.infer<typeof forumReactionParams>;

// ---------------------------------------------------------------- anonymity reveals

export const forumRevealBody = z.object({
  reason: z.string().trim().min(10, 'Alasan membuka identitas minimal 10 karakter').max(1000),
});
export type ForumRevealBody = z.infer<typeof forumRevealBody>;

export const forumRevealResult = z.object({ postId: z.number().int(), author: forumAuthor });
export type ForumRevealResult = z.infer<typeof forumRevealResult>;

/** A reveal of one of the viewer's own anonymous posts: who opened it, when and why. */
export const forumMyReveal = z.object({
  postId: z.number().int(),
  threadId: z.number().int(),
  threadTitle: z.string(),
  moderatorName: z.string(),
  reason: z.string(),
  revealedAt: z.date(),
});
export type ForumMyReveal = z.infer<typeof forumMyReveal>;
export const forumMyReveals = z.object({ items: z.array(forumMyReveal) });
export type ForumMyReveals = z.infer<typeof forumMyReveals>;

// ---------------------------------------------------------------- mentions and search

/** A post that mentions the viewer ("sebutan untuk saya"), computed on read. */
export const forumMention = z.object({
  postId: z.number().int(),
  threadId: z.number().int(),
  threadTitle: z.string(),
  author: forumAuthor.nullable(),
  isAnonymous: z.boolean(),
  excerpt: z.string(),
  createdAt: z.date(),
});
export type ForumMention = z.infer<typeof forumMention>;
export const forumMentions = z.object({ items: z.array(forumMention) });
export type ForumMentions = z.infer<typeof forumMentions>;

export const forumSearchQuery = z.object({
  q: z.string().trim().min(2, 'Kata kunci minimal 2 karakter').max(100, 'Kata kunci maksimal 100 karakter'),
});
export type ForumSearchQuery = z.infer<typeof forumSearchQuery>;

export const forumSearchHit = z.object({
  kind: z.enum(['POLICY', 'THREAD', 'POST']),
  policyId: z.number().int().nullable(),
  threadId: z.number().int().nullable(),
  postId: z.number().int().nullable(),
  title: z.string(),
  /** Plain text around the match. */
  snippet: z.string(),
  author: forumAuthor.nullable(),
  isAnonymous: z.boolean(),
  at: z.date(),
});
export type ForumSearchHit = z.infer<typeof forumSearchHit>;
export const forumSearchResult = z.object({ items: z.array(forumSearchHit) });
export type ForumSearchResult = z.infer<typeof forumSearchResult>;
