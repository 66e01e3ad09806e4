import { z } from 'zod';
import { isoDate } from './common';
import {
  CANNOT_FOLLOW_UP_DECISIONS,
  FINDING_SEVERITIES,
  FOLLOW_UP_RESULTS,
  RECOMMENDATION_EVENT_TYPES,
  RECOMMENDATION_OWNER_KINDS,
  RECOMMENDATION_STATUSES,
} from './values/oversight';
import { RECOMMENDATION_ACTIONS } from './values/oversight-followups';

// Follow-up of oversight recommendations (issue 12): the owner's tindak lanjut with evidence, the inspector's
// verification, the Pimpinan's decision on "tidak dapat ditindaklanjuti", the history, the in-app work lists,
// the reminder/escalation settings, and the reports.

const text = (max: number) => z.string().trim().min(1).max(max);

/** The inspector's verification of the latest follow-up; a note is required unless the result is SESUAI. */
export const followUpVerificationInput = z
  .object({ result: z.enum(FOLLOW_UP_RESULTS), note: z.string().trim().max(2000).optional() })
  .superRefine((v, ctx) => {
    if (v.result !== 'SESUAI' && !v.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message:
          v.result === 'BELUM_SESUAI'
            ? 'Catatan wajib diisi: sebutkan apa yang belum sesuai.'
            : 'Alasan wajib diisi: sebutkan mengapa rekomendasi tidak dapat ditindaklanjuti.',
      });
    }
  });
export type FollowUpVerificationInput = z.infer<typeof followUpVerificationInput>;

/** The Pimpinan's decision on "tidak dapat ditindaklanjuti"; a refusal says why. */
export const cannotFollowUpDecisionBody = z
  .object({ decision: z.enum(CANNOT_FOLLOW_UP_DECISIONS), note: z.string().trim().max(2000).optional() })
  .superRefine((v, ctx) => {
    if (v.decision === 'REJECTED' && !v.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Alasan penolakan wajib diisi.' });
    }
  });
export type CannotFollowUpDecisionBody = z.infer<typeof cannotFollowUpDecisionBody>;

/** The text fields of the follow-up upload (multipart: `text` and up to 5 `file` parts). */
export const followUpFields = z.object({ text: text(4000) });
export type FollowUpFields = z.infer<typeof followUpFields>;

export const followUpFile = z.object({
  id: z.number(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number(),
});
export type FollowUpFile = z.infer<typeof followUpFile>;

export const followUpEntry = z.object({
  id: z.number(),
  text: z.string(),
  submittedAt: z.string(),
  submittedByName: z.string().nullable(),
  files: z.array(followUpFile),
  result: z.enum(FOLLOW_UP_RESULTS).nullable(),
  reason: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  verifiedByName: z.string().nullable(),
});
export type FollowUpEntry = z.infer<typeof followUpEntry>;

export const recommendationEvent = z.object({
  id: z.number(),
  at: z.string(),
  type: z.enum(RECOMMENDATION_EVENT_TYPES),
  actorName: z.string().nullable(),
  message: z.string().nullable(),
});
export type RecommendationEvent = z.infer<typeof recommendationEvent>;

/** One recommendation as the follow-up screens show it. */
export const recommendationSummary = z.object({
  id: z.number(),
  findingId: z.number(),
  findingTitle: z.string(),
  severity: z.enum(FINDING_SEVERITIES),
  text: z.string(),
  ownerKind: z.enum(RECOMMENDATION_OWNER_KINDS),
  ownerName: z.string(),
  unitName: z.string().nullable(),
  dueDate: isoDate,
  status: z.enum(RECOMMENDATION_STATUSES),
  /** Days to the due date (negative when past). */
  daysUntilDue: z.number(),
  isOverdue: z.boolean(),
  escalationLevel: z.number(),
});
export type RecommendationSummary = z.infer<typeof recommendationSummary>;

/** The follow-up panel of one recommendation: where it stands, what the reader may do, and every step so far. */
export const recommendationFollowUp = recommendationSummary.extend({
  actions: z.array(z.enum(RECOMMENDATION_ACTIONS)),
  cannotFollowUpReason: z.string().nullable(),
  followUps: z.array(followUpEntry),
  events: z.array(recommendationEvent),
});
export type RecommendationFollowUp = z.infer<typeof recommendationFollowUp>;

/** The work lists computed on read (issue 12 §2, §6): mine, to verify, to decide, escalated to me. */
export const oversightWork = z.object({
  mine: z.array(recommendationSummary),
  toVerify: z.array(recommendationSummary),
  toDecide: z.array(recommendationSummary),
  escalated: z.array(recommendationSummary),
});
export type OversightWork = z.infer<typeof oversightWork>;

/** Reminder and escalation settings (oversight-and-forum.md [decision]). */
export const followUpPolicySettings = z.object({
  reminderDaysBefore: z.number().int().min(0).max(90),
  escalateAfterDaysOverdue: z.number().int().min(0).max(90),
});
export type FollowUpPolicySettings = z.infer<typeof followUpPolicySettings>;

// ---------------------------------------------------------------- reports

export const oversightReportQuery = z
  .object({ from: isoDate, to: isoDate, unitId: z.coerce.number().int().positive().optional() })
  .refine((q) => q.from <= q.to, {
    path: ['to'],
    message: 'Tanggal akhir tidak boleh sebelum tanggal awal.',
  });
export type OversightReportQuery = z.infer<typeof oversightReportQuery>;
export type OversightReportQueryRequest = z.input<typeof oversightReportQuery>;

export const oversightReport = z.object({
  from: isoDate,
  to: isoDate,
  unitId: z.number().nullable(),
  unitName: z.string().nullable(),
  inspectionsDone: z.number(),
  /** Per unit inspected, for the chart. */
  inspectionsByUnit: z.array(z.object({ unitId: z.number(), unitName: z.string(), count: z.number() })),
  findingsBySeverity: z.object({ BERAT: z.number(), SEDANG: z.number(), RINGAN: z.number() }),
  recommendations: z.object({
    total: z.number(),
    done: z.number(),
    open: z.number(),
    overdue: z.number(),
    /** Persentase tindak lanjut (done ÷ total, one decimal), null when there were none. */
    followUpRate: z.number().nullable(),
  }),
  overdue: z.array(recommendationSummary),
});
export type OversightReport = z.infer<typeof oversightReport>;
