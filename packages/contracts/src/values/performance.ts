// Values of the API without zod: performance (SKP, PermenPANRB 6/2022). See ./index.ts.

export const PERIOD_SCHEMES = ['MONTHLY', 'QUARTERLY', 'SEMESTER'] as const;
export type PeriodScheme = (typeof PERIOD_SCHEMES)[number];
export const PERIOD_KINDS = ['PERIODIK', 'TAHUNAN'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const RATING_VALUES = ['DIATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DIBAWAH_EKSPEKTASI'] as const;
export type RatingValue = (typeof RATING_VALUES)[number];
export const PREDIKAT_VALUES = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type PredikatValue = (typeof PREDIKAT_VALUES)[number];
export const ORG_PREDIKAT_VALUES = [
  'ISTIMEWA',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
] as const;
export type OrgPredikatValue = (typeof ORG_PREDIKAT_VALUES)[number];

export const SKP_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;
export type SkpStatus = (typeof SKP_STATUSES)[number];
export const SKP_APPROACHES = ['KUANTITATIF', 'KUALITATIF'] as const;
export type SkpApproach = (typeof SKP_APPROACHES)[number];
/** Whose SKPs a list shows: the actor's own, their subordinates', or every one the actor may see. */
export const SKP_SCOPES = ['mine', 'team', 'all'] as const;
export type SkpScope = (typeof SKP_SCOPES)[number];

export const RHK_SECTIONS = ['UTAMA', 'TAMBAHAN'] as const;
export type RhkSection = (typeof RHK_SECTIONS)[number];
export const ASPEK = ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'] as const;
export type Aspek = (typeof ASPEK)[number];
export const PERSPEKTIF = ['PENERIMA_LAYANAN', 'PROSES_BISNIS', 'PENGUATAN_INTERNAL', 'ANGGARAN'] as const;
export type Perspektif = (typeof PERSPEKTIF)[number];
export const TARGET_KINDS = ['NUMBER', 'PERCENT', 'DATE', 'QUALITATIVE'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
export const BERAKHLAK_CODES = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
] as const;
export type BerakhlakCode = (typeof BERAKHLAK_CODES)[number];

/**
 * Sumber data sistem (system evidence) an indicator may be linked to: its realisation per period is then computed
 * from another module on every read, so it follows that data as it changes.
 */
export const SYSTEM_SOURCES = [
  'COMPLAINTS_ON_TIME_PCT',
  'COMPLAINTS_FINISHED',
  'COMPLAINTS_AVG_RATING',
  'SKM_OFFICER_IKM',
  'TRAINING_SESSIONS_DELIVERED',
  'TRAINING_JP_DELIVERED',
] as const;
export type SystemSource = (typeof SYSTEM_SOURCES)[number];
/** The target kinds each system source makes sense for (a percentage for *_PCT, a number for counts and scores). */
export const SYSTEM_SOURCE_TARGET_KINDS: Record<SystemSource, readonly TargetKind[]> = {
  COMPLAINTS_ON_TIME_PCT: ['PERCENT'],
  COMPLAINTS_FINISHED: ['NUMBER'],
  COMPLAINTS_AVG_RATING: ['NUMBER'],
  SKM_OFFICER_IKM: ['NUMBER', 'PERCENT'],
  TRAINING_SESSIONS_DELIVERED: ['NUMBER'],
  TRAINING_JP_DELIVERED: ['NUMBER'],
};

export const EVIDENCE_KINDS = ['LINK', 'FILE'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const FEEDBACK_KINDS = ['FEEDBACK', 'REQUEST'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
/** Who changed a rating: the rater, the objection decision, or the Pimpinan's calibration adjustment. */
export const RATING_SOURCES = ['RATER', 'OBJECTION', 'CALIBRATION'] as const;
export type RatingSource = (typeof RATING_SOURCES)[number];
export const OBJECTION_STATUSES = ['PENDING', 'ACCEPTED', 'REJECTED'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];
export const PERF_DOCUMENT_KINDS = ['SKP', 'EVALUASI'] as const;
export type PerfDocumentKind = (typeof PERF_DOCUMENT_KINDS)[number];
export const OVERDUE_KINDS = ['SKP_NOT_SUBMITTED', 'SKP_NOT_APPROVED', 'EVALUATION_MISSING'] as const;
export type OverdueKind = (typeof OVERDUE_KINDS)[number];
/** The "other data about the employee" rows of the evaluation screen, each rendered in the reader's language. */
export const EVALUATION_OTHER_DATA = [
  'EVIDENCE',
  'SUPERIOR_FEEDBACK',
  'FEEDBACK_REQUESTS',
  'COMPLAINTS',
  'SKM_OFFICER',
  'CITIZEN_RATING',
  'TRAINING_JP',
  'TRAINING_COMPLETED',
  'OVERSIGHT_RECOMMENDATIONS',
] as const;
export type EvaluationOtherData = (typeof EVALUATION_OTHER_DATA)[number];
