import { z } from 'zod';
import { isoDate } from './common';
import {
  GENDERS,
  SKM_EDUCATION_LEVELS,
  SKM_EXTRA_QUESTION_KINDS,
  SKM_FOLLOWUP_STATUSES,
  SKM_INVITATION_EVENTS,
  SKM_MUTU_VALUES,
  SKM_OCCUPATIONS,
  SKM_PROFILE_FIELDS,
  SKM_RESPONSE_SOURCES,
  SKM_SUGGESTION_STATUSES,
  SKM_WEIGHTS,
  SURVEY_STATUSES,
  UNSUR_CODE_LIST,
} from './values/index';

// Survei Kepuasan Masyarakat (SKM) per PermenPANRB 14/2017: surveys, the public form, results, invitations,
// follow-up actions (rencana tindak lanjut) and the public transparency list.

export const skmUnsurCode = z.enum(UNSUR_CODE_LIST);

export const skmWeight = z.enum(SKM_WEIGHTS);

export const surveyStatus = z.enum(SURVEY_STATUSES);

export const skmProfileField = z.enum(SKM_PROFILE_FIELDS);

export const skmEducation = z.enum(SKM_EDUCATION_LEVELS);
export const skmOccupation = z.enum(SKM_OCCUPATIONS);

export const skmExtraQuestion = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'ID pertanyaan: huruf kecil, angka dan tanda strip (maks. 40)'),
  text: z.string().trim().min(3, 'Teks pertanyaan minimal 3 karakter').max(300),
  kind: z.enum(SKM_EXTRA_QUESTION_KINDS),
  options: z.array(z.string().trim().min(1).max(100)).max(10).optional(),
});
export type SkmExtraQuestion = z.infer<typeof skmExtraQuestion>;

export const surveyUnsurInput = z.object({
  code: skmUnsurCode,
  question: z.string().trim().min(3, 'Teks pertanyaan minimal 3 karakter').max(300),
});
export type SurveyUnsurInput = z.infer<typeof surveyUnsurInput>;

const title = z.string().trim().min(3, 'Judul minimal 3 karakter').max(200);
const serviceTypes = z
  .array(z.string().trim().min(1, 'Jenis layanan tidak boleh kosong').max(120))
  .min(1, 'Isi minimal satu jenis layanan')
  .max(40);

export const surveyInput = z.object({
  unitId: z.number().int().positive(),
  title,
  periodStart: isoDate,
  periodEnd: isoDate,
  serviceTypes,
  /** The nine unsur with their question wording; absent = the standard wording. Codes are fixed. */
  unsur: z.array(surveyUnsurInput).length(9, 'Harus tepat sembilan unsur (U1–U9)').optional(),
  extraQuestions: z.array(skmExtraQuestion).max(10).optional(),
  profileFields: z.array(skmProfileField).max(SKM_PROFILE_FIELDS.length).optional(),
  weight: skmWeight.optional(),
  /** Service recipients in the period; the target sample is computed from it (Krejcie & Morgan). */
  population: z
    .number()
    .int()
    .positive('Populasi harus bilangan bulat positif')
    .max(100_000_000)
    .nullable()
    .optional(),
});
export type SurveyInput = z.infer<typeof surveyInput>;
export const surveyPatch = surveyInput.partial();
export type SurveyPatch = z.infer<typeof surveyPatch>;

export const surveyStatusBody = z.object({ status: surveyStatus });
export type SurveyStatusBody = z.infer<typeof surveyStatusBody>;
export const surveyPublicationBody = z.object({ published: z.boolean() });
export type SurveyPublicationBody = z.infer<typeof surveyPublicationBody>;

export const surveyUnsur = z.object({
  code: skmUnsurCode,
  name: z.string(),
  question: z.string(),
  answerLabels: z.array(z.string()),
});
export type SurveyUnsur = z.infer<typeof surveyUnsur>;

export const surveyStats = z.object({
  respondents: z.number().int(),
  flagged: z.number().int(),
  excluded: z.number().int(),
  targetSample: z.number().int().nullable(),
  /** respondents / target (0–1+), null without a population. */
  progress: z.number().nullable(),
  konversi: z.number().nullable(),
  mutu: z.enum(SKM_MUTU_VALUES).nullable(),
  kinerja: z.string().nullable(),
});
export type SurveyStats = z.infer<typeof surveyStats>;

export const survey = z.object({
  id: z.number().int(),
  code: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  title: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  serviceTypes: z.array(z.string()),
  unsur: z.array(surveyUnsur),
  extraQuestions: z.array(skmExtraQuestion),
  profileFields: z.array(skmProfileField),
  weight: skmWeight,
  population: z.number().int().nullable(),
  status: surveyStatus,
  isPublished: z.boolean(),
  publishedAt: z.string().nullable(),
  publicPath: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  stats: surveyStats,
  /** What the caller may do with it (the UI hides what the policy refuses). */
  permissions: z.object({
    manage: z.boolean(),
    invite: z.boolean(),
    results: z.boolean(),
    /** The follow-up tab: readers of the results, and owners of one of its actions (their own actions only). */
    followups: z.boolean(),
  }),
});
export type Survey = z.infer<typeof survey>;

export const surveyListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  status: surveyStatus.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type SurveyListQuery = z.infer<typeof surveyListQuery>;

export const surveyIdParams = z.object({ id: z.coerce.number().int().positive() });
export type SurveyIdParams = z.infer<typeof surveyIdParams>;
export const surveyResponseParams = z.object({
  id: z.coerce.number().int().positive(),
  responseId: z.coerce.number().int().positive(),
});
export type SurveyResponseParams = z.infer<typeof surveyResponseParams>;
export const surveyFollowupParams = z.object({
  id: z.coerce.number().int().positive(),
  followupId: z.coerce.number().int().positive(),
});
export type SurveyFollowupParams = z.infer<typeof surveyFollowupParams>;

export const skmOfficerOption = z.object({ id: z.number().int(), name: z.string() });
export type SkmOfficerOption = z.infer<typeof skmOfficerOption>;
export const skmOfficerList = z.object({ items: z.array(skmOfficerOption) });
export type SkmOfficerList = z.infer<typeof skmOfficerList>;

// ---------------------------------------------------------------- public form

export const publicSurveyParams = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{4,32}$/, 'Kode survei tidak valid'),
});
export type PublicSurveyParams = z.infer<typeof publicSurveyParams>;
export const publicSurveyQuery = z.object({
  invitation: z.string().trim().max(40).optional(),
});
export type PublicSurveyQuery = z.infer<typeof publicSurveyQuery>;

export const publicSurvey = z.object({
  code: z.string(),
  title: z.string(),
  unitName: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  /** True while the survey is open and today (WIB) lies in its period. */
  isAccepting: z.boolean(),
  closedReason: z.string().nullable(),
  serviceTypes: z.array(z.string()),
  unsur: z.array(surveyUnsur),
  extraQuestions: z.array(skmExtraQuestion),
  profileFields: z.array(skmProfileField),
  officers: z.array(skmOfficerOption),
  invitation: z.object({ valid: z.boolean(), message: z.string().nullable() }).nullable(),
});
export type PublicSurvey = z.infer<typeof publicSurvey>;

const score = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export const skmAnswers = z
  .object({
    U1: score.optional(),
    U2: score.optional(),
    U3: score.optional(),
    U4: score.optional(),
    U5: score.optional(),
    U6: score.optional(),
    U7: score.optional(),
    U8: score.optional(),
    U9: score.optional(),
  })
  .strict();
export type SkmAnswers = z.infer<typeof skmAnswers>;

export const publicSurveyResponseBody = z.object({
  answers: skmAnswers,
  serviceType: z.string().trim().min(1, 'Jenis layanan yang diterima wajib dipilih').max(120),
  gender: z.enum(GENDERS).nullable().optional(),
  age: z
    .number()
    .int()
    .min(10, 'Umur minimal 10 tahun')
    .max(120, 'Umur maksimal 120 tahun')
    .nullable()
    .optional(),
  education: skmEducation.nullable().optional(),
  occupation: skmOccupation.nullable().optional(),
  officerId: z.number().int().positive().nullable().optional(),
  suggestion: z.string().trim().max(2000, 'Saran maksimal 2000 karakter').nullable().optional(),
  extraAnswers: z.record(z.string(), z.string().trim().max(1000)).optional(),
  invitationCode: z.string().trim().max(40).nullable().optional(),
  /** Counter (loket) label carried by a QR poster link. */
  counter: z.string().trim().max(60).nullable().optional(),
  source: z.enum(['LINK', 'QR']).optional(),
});
export type PublicSurveyResponseBody = z.infer<typeof publicSurveyResponseBody>;
export const publicSurveyResponseResult = z.object({ ok: z.literal(true) });
export type PublicSurveyResponseResult = z.infer<typeof publicSurveyResponseResult>;

// ---------------------------------------------------------------- responses (admin), moderation

export const skmSuggestionStatus = z.enum(SKM_SUGGESTION_STATUSES);

export const surveyResponse = z.object({
  id: z.number().int(),
  submittedAt: z.string(),
  answers: z.record(z.string(), z.number().int()),
  serviceType: z.string(),
  gender: z.string().nullable(),
  age: z.number().int().nullable(),
  education: z.string().nullable(),
  occupation: z.string().nullable(),
  officerName: z.string().nullable(),
  suggestion: z.string().nullable(),
  suggestionStatus: skmSuggestionStatus,
  source: z.enum(SKM_RESPONSE_SOURCES),
  counter: z.string().nullable(),
  isFlagged: z.boolean(),
  flagReason: z.string().nullable(),
  isExcluded: z.boolean(),
  excludedReason: z.string().nullable(),
});
export type SurveyResponse = z.infer<typeof surveyResponse>;

export const surveyResponseQuery = z.object({
  filter: z.enum(['all', 'flagged', 'excluded']).default('all'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type SurveyResponseQuery = z.infer<typeof surveyResponseQuery>;
export const skmExclusionBody = z.object({
  reason: z.string().trim().min(5, 'Alasan minimal 5 karakter').max(500),
});
export type SkmExclusionBody = z.infer<typeof skmExclusionBody>;
export const skmRestoreBody = z.object({
  reason: z.string().trim().min(5, 'Alasan minimal 5 karakter').max(500),
});
export type SkmRestoreBody = z.infer<typeof skmRestoreBody>;

export const skmSuggestionQuery = z.object({
  status: z.enum(['PENDING', 'APPROVED', 'REJECTED']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type SkmSuggestionQuery = z.infer<typeof skmSuggestionQuery>;
export const skmSuggestionItem = z.object({
  responseId: z.number().int(),
  submittedOn: z.string(),
  serviceType: z.string(),
  text: z.string(),
  status: skmSuggestionStatus,
});
export type SkmSuggestionItem = z.infer<typeof skmSuggestionItem>;
export const skmModerationBody = z.object({ decision: z.enum(['APPROVED', 'REJECTED']) });
export type SkmModerationBody = z.infer<typeof skmModerationBody>;

// ---------------------------------------------------------------- invitations

export const skmInvitationEvent = z.enum(SKM_INVITATION_EVENTS);
export const skmInvitationInput = z.object({
  eventType: skmInvitationEvent,
  /** The event, e.g. a complaint number or a service register number — never the citizen's name. */
  eventRef: z.string().trim().min(1, 'Nomor/rujukan peristiwa wajib diisi').max(100),
  validDays: z.number().int().min(1).max(180).optional(),
});
export type SkmInvitationInput = z.infer<typeof skmInvitationInput>;
export const skmInvitation = z.object({
  id: z.number().int(),
  surveyId: z.number().int(),
  code: z.string(),
  eventType: skmInvitationEvent,
  eventRef: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  usedOn: z.string().nullable(),
  path: z.string(),
});
export type SkmInvitation = z.infer<typeof skmInvitation>;

// ---------------------------------------------------------------- follow-up (rencana tindak lanjut)

export const skmFollowupStatus = z.enum(SKM_FOLLOWUP_STATUSES);
export const skmFollowupInput = z.object({
  unsurCode: skmUnsurCode,
  action: z.string().trim().min(5, 'Uraian tindakan minimal 5 karakter').max(1000),
  ownerEmployeeId: z.number().int().positive().nullable(),
  dueDate: isoDate,
  status: skmFollowupStatus.optional(),
  note: z.string().trim().max(1000).nullable().optional(),
});
export type SkmFollowupInput = z.infer<typeof skmFollowupInput>;
export const skmFollowupPatch = skmFollowupInput.partial();
export type SkmFollowupPatch = z.infer<typeof skmFollowupPatch>;
export const skmFollowup = z.object({
  id: z.number().int(),
  surveyId: z.number().int(),
  unsurCode: skmUnsurCode,
  unsurName: z.string(),
  action: z.string(),
  ownerEmployeeId: z.number().int().nullable(),
  ownerName: z.string().nullable(),
  dueDate: z.string(),
  status: skmFollowupStatus,
  note: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The reader may record progress (status, note): survey managers and the action's owner. */
  canUpdateProgress: z.boolean(),
  /** The reader may change the plan itself (unsur, action, owner, due date) or delete it: survey managers. */
  canEditPlan: z.boolean(),
  /** NRR of the unsur in this survey and in the unit's next survey, to see whether the action helped. */
  evaluation: z.object({
    nrrBefore: z.number().nullable(),
    nrrAfter: z.number().nullable(),
    nextSurveyId: z.number().int().nullable(),
    nextSurveyTitle: z.string().nullable(),
  }),
});
export type SkmFollowup = z.infer<typeof skmFollowup>;
export const skmFollowupList = z.object({ items: z.array(skmFollowup) });
export type SkmFollowupList = z.infer<typeof skmFollowupList>;

// ---------------------------------------------------------------- results

export const skmCountItem = z.object({ key: z.string(), count: z.number().int() });
export type SkmCountItem = z.infer<typeof skmCountItem>;
export const skmIkmSummary = z.object({
  ikm: z.number(),
  konversi: z.number(),
  nilaiPersepsi: z.number().int(),
  mutu: z.enum(SKM_MUTU_VALUES),
  kinerja: z.string(),
  weight: skmWeight,
  unsur: z.array(
    z.object({
      code: skmUnsurCode,
      name: z.string(),
      question: z.string(),
      nrr: z.number(),
      answered: z.number().int(),
    }),
  ),
});
export type SkmIkmSummary = z.infer<typeof skmIkmSummary>;

export const skmTrendPoint = z.object({
  surveyId: z.number().int(),
  title: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  respondents: z.number().int(),
  konversi: z.number().nullable(),
  mutu: z.enum(SKM_MUTU_VALUES).nullable(),
});
export type SkmTrendPoint = z.infer<typeof skmTrendPoint>;

export const surveyResultsQuery = z.object({
  serviceType: z.string().trim().max(120).optional(),
});
export type SurveyResultsQuery = z.infer<typeof surveyResultsQuery>;

export const surveyResults = z.object({
  survey: z.object({
    id: z.number().int(),
    title: z.string(),
    unitId: z.number().int(),
    unitName: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    status: surveyStatus,
    weight: skmWeight,
  }),
  serviceType: z.string().nullable(),
  sample: z.object({
    respondents: z.number().int(),
    flagged: z.number().int(),
    excluded: z.number().int(),
    population: z.number().int().nullable(),
    targetSample: z.number().int().nullable(),
    progress: z.number().nullable(),
  }),
  ikm: skmIkmSummary.nullable(),
  /** Why there is no IKM yet (no responses, an unsur nobody answered). */
  ikmUnavailableReason: z.string().nullable(),
  weakest: z.array(z.object({ code: skmUnsurCode, name: z.string(), nrr: z.number() })),
  profile: z.object({
    gender: z.array(skmCountItem),
    ageGroup: z.array(skmCountItem),
    education: z.array(skmCountItem),
    occupation: z.array(skmCountItem),
    serviceType: z.array(
      skmCountItem.extend({ konversi: z.number().nullable(), mutu: z.enum(SKM_MUTU_VALUES).nullable() }),
    ),
  }),
  officers: z.object({
    minResponses: z.number().int(),
    items: z.array(
      z.object({
        employeeId: z.number().int(),
        name: z.string(),
        responses: z.number().int(),
        nrrU6: z.number().nullable(),
        nrrU7: z.number().nullable(),
      }),
    ),
    /** Officers named in responses whose results stay hidden (too few responses, or outside the caller's scope). */
    hiddenCount: z.number().int(),
  }),
  trend: z.array(skmTrendPoint),
  followups: z.array(skmFollowup),
  previousFollowups: z.array(skmFollowup),
  suggestions: z.object({
    approved: z.array(z.object({ text: z.string(), submittedOn: z.string(), serviceType: z.string() })),
    pendingCount: z.number().int(),
  }),
});
export type SurveyResults = z.infer<typeof surveyResults>;

// ---------------------------------------------------------------- per officer, settings

export const officerSkmQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export type OfficerSkmQuery = z.infer<typeof officerSkmQuery>;
export const officerSkmParams = z.object({ employeeId: z.coerce.number().int().positive() });
export type OfficerSkmParams = z.infer<typeof officerSkmParams>;
export const officerSkm = z.object({
  employeeId: z.number().int(),
  year: z.number().int(),
  minResponses: z.number().int(),
  responses: z.number().int(),
  /** False below the threshold: only the count is given, never the scores. */
  isShown: z.boolean(),
  nrrU6: z.number().nullable(),
  nrrU7: z.number().nullable(),
  /** (NRR U6 + NRR U7) / 2 × 25, rounded to 2 decimals. */
  konversi: z.number().nullable(),
});
export type OfficerSkm = z.infer<typeof officerSkm>;

export const skmSettings = z.object({
  /** Fewest responses behind a per-officer result; at least 10 (privacy decision in the SKM domain document). */
  officerMinResponses: z
    .number()
    .int()
    .min(10, 'Batas minimum tidak boleh kurang dari 10 responden')
    .max(1000),
});
export type SkmSettings = z.infer<typeof skmSettings>;

// ---------------------------------------------------------------- public transparency

export const publicSkmQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export type PublicSkmQuery = z.infer<typeof publicSkmQuery>;
export const publicSkmResult = z.object({
  surveyCode: z.string(),
  unitName: z.string(),
  title: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  respondents: z.number().int(),
  targetSample: z.number().int().nullable(),
  konversi: z.number().nullable(),
  mutu: z.enum(SKM_MUTU_VALUES).nullable(),
  kinerja: z.string().nullable(),
  unsur: z.array(z.object({ code: skmUnsurCode, name: z.string(), nrr: z.number() })),
  followups: z.array(
    z.object({ unsurName: z.string(), action: z.string(), dueDate: z.string(), status: skmFollowupStatus }),
  ),
  publishedAt: z.string().nullable(),
});
export type PublicSkmResult = z.infer<typeof publicSkmResult>;
/**
 * The whole office's IKM over the listed results: every published survey's answers pooled (weight 1/9 per unsur,
 * PermenPANRB 14/2017), so each unit counts by its respondents. Null while no listed survey has an IKM.
 */
export const publicSkmOffice = z.object({
  units: z.number().int(),
  respondents: z.number().int(),
  periodStart: z.string(),
  periodEnd: z.string(),
  konversi: z.number(),
  mutu: z.enum(['A', 'B', 'C', 'D']),
  kinerja: z.string(),
});
export type PublicSkmOffice = z.infer<typeof publicSkmOffice>;
/** A survey that takes answers today, for the "isi survei" link of its unit. */
export const publicOpenSurvey = z.object({ code: z.string(), unitName: z.string(), title: z.string() });
export type PublicOpenSurvey = z.infer<typeof publicOpenSurvey>;
export const publicSkmResults = z.object({
  items: z.array(publicSkmResult),
  office: publicSkmOffice.nullable(),
  openSurveys: z.array(publicOpenSurvey),
});
export type PublicSkmResults = z.infer<typeof publicSkmResults>;
