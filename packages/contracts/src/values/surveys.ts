// Values of the API without zod: surveys (SKM, PermenPANRB 14/2017). See ./index.ts.

export const UNSUR_CODE_LIST = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;
export type SkmUnsurCode = (typeof UNSUR_CODE_LIST)[number];

/** Weight per unsur: exactly 1/9 (default) or the rounded 0,111 / 0,11 some reports use. */
export const SKM_WEIGHTS = ['exact', '0.111', '0.11'] as const;
export type SkmWeight = (typeof SKM_WEIGHTS)[number];
/** The former name of `SkmWeight`. */
export type SkmWeightOption = SkmWeight;

export const SURVEY_STATUSES = ['DRAFT', 'OPEN', 'CLOSED'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** Optional respondent profile questions (the service received is always asked and required). */
export const SKM_PROFILE_FIELDS = ['gender', 'age', 'education', 'occupation'] as const;
export type SkmProfileField = (typeof SKM_PROFILE_FIELDS)[number];

export const SKM_EDUCATION_LEVELS = ['SD', 'SMP', 'SMA', 'D1_D4', 'S1', 'S2', 'S3'] as const;
export type SkmEducation = (typeof SKM_EDUCATION_LEVELS)[number];
export const SKM_OCCUPATIONS = ['PNS', 'TNI_POLRI', 'SWASTA', 'WIRAUSAHA', 'LAINNYA'] as const;
export type SkmOccupation = (typeof SKM_OCCUPATIONS)[number];

export const SKM_EXTRA_QUESTION_KINDS = ['TEXT', 'CHOICE'] as const;
export type SkmExtraQuestionKind = (typeof SKM_EXTRA_QUESTION_KINDS)[number];

/** Mutu pelayanan (service quality grade) of an IKM. */
export const SKM_MUTU_VALUES = ['A', 'B', 'C', 'D'] as const;
export type SkmMutu = (typeof SKM_MUTU_VALUES)[number];

/** How a response arrived: the public link, a QR poster, or a single-use invitation. */
export const SKM_RESPONSE_SOURCES = ['LINK', 'QR', 'INVITATION'] as const;
export type SkmResponseSource = (typeof SKM_RESPONSE_SOURCES)[number];

export const SKM_SUGGESTION_STATUSES = ['NONE', 'PENDING', 'APPROVED', 'REJECTED'] as const;
export type SkmSuggestionStatus = (typeof SKM_SUGGESTION_STATUSES)[number];

export const SKM_INVITATION_EVENTS = ['COMPLAINT_CLOSED', 'SERVICE_DELIVERED', 'OTHER'] as const;
export type SkmInvitationEvent = (typeof SKM_INVITATION_EVENTS)[number];

export const SKM_FOLLOWUP_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
export type SkmFollowupStatus = (typeof SKM_FOLLOWUP_STATUSES)[number];
