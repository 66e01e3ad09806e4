// Values of the API without zod: training (pengembangan kompetensi, competency-training.md §2). See ./index.ts.

/**
 * How a programme is delivered (Peraturan LAN 5/2018 as summarised in competency-training.md): KLASIKAL is the
 * classroom form; every other value is a nonklasikal form whose JP the organiser records from minutes (÷ 45, down to
 * 0,5 JP), plus seminar, kursus and penataran.
 */
export const TRAINING_FORMS = [
  'KLASIKAL',
  'E_LEARNING',
  'PEMBELAJARAN_JARAK_JAUH',
  'COACHING',
  'MENTORING',
  'MAGANG',
  'DETASERING',
  'BENCHMARKING',
  'PERTUKARAN_PEGAWAI',
  'BELAJAR_MANDIRI',
  'TEAM_BUILDING',
  'PENUGASAN_PROGRAM_PRIORITAS',
  'SEMINAR',
  'KURSUS',
  'PENATARAN',
] as const;
export type TrainingForm = (typeof TRAINING_FORMS)[number];

/** Who runs the programme: the agency's own people (internal trainers) or an outside provider (cost per participant). */
export const TRAINING_PROVIDERS = ['INTERNAL', 'EXTERNAL'] as const;
export type TrainingProvider = (typeof TRAINING_PROVIDERS)[number];

/** A session is PLANNED (not yet open for requests), OPEN, CLOSED (no more requests; attendance/completion) or CANCELLED. */
export const TRAINING_SESSION_STATUSES = ['PLANNED', 'OPEN', 'CLOSED', 'CANCELLED'] as const;
export type TrainingSessionStatus = (typeof TRAINING_SESSION_STATUSES)[number];

/**
 * An enrolment: REQUESTED by the employee → APPROVED or WAITLISTED (full) by the direct superior, or REJECTED;
 * HR or the superior may assign directly (APPROVED or WAITLISTED); CANCELLED frees the seat for the first waiting
 * person; at the end COMPLETED (JP credited) or NOT_COMPLETED.
 */
export const TRAINING_ENROLMENT_STATUSES = [
  'REQUESTED',
  'APPROVED',
  'REJECTED',
  'WAITLISTED',
  'CANCELLED',
  'COMPLETED',
  'NOT_COMPLETED',
] as const;
export type TrainingEnrolmentStatus = (typeof TRAINING_ENROLMENT_STATUSES)[number];
/** Statuses of a live enrolment: the seat is asked for, held or used (one live enrolment per employee and session). */
export const LIVE_ENROLMENT_STATUSES = [
  'REQUESTED',
  'APPROVED',
  'WAITLISTED',
  'COMPLETED',
  'NOT_COMPLETED',
] as const satisfies readonly TrainingEnrolmentStatus[];

/** How the enrolment came about: the employee's own request, or an assignment by HR / the superior (or a training need). */
export const TRAINING_ENROLMENT_ORIGINS = ['REQUEST', 'ASSIGNMENT'] as const;
export type TrainingEnrolmentOrigin = (typeof TRAINING_ENROLMENT_ORIGINS)[number];

/** Evidence of training done elsewhere, waiting for the direct superior, then approved (JP credited) or rejected. */
export const TRAINING_EVIDENCE_STATUSES = ['AWAITING_APPROVAL', 'APPROVED', 'REJECTED'] as const;
export type TrainingEvidenceStatus = (typeof TRAINING_EVIDENCE_STATUSES)[number];

/** Where a JP credit comes from: a completed session here, or approved external evidence. */
export const TRAINING_JP_SOURCES = ['SESSION', 'EXTERNAL'] as const;
export type TrainingJpSource = (typeof TRAINING_JP_SOURCES)[number];

/** Defaults of the training settings (agency-editable; competency-training.md [decision]). */
export const TRAINING_SETTING_DEFAULTS = {
  /** A session's completion rule: attendance share of its days, in percent (every day unless the session says less). */
  minAttendancePercent: 100,
} as const;

/** The in-app reminders training computes on read. */
export const TRAINING_REMINDER_KINDS = [
  'SESSION_TODAY',
  'SESSION_TOMORROW',
  'ENROLMENT_APPROVAL_PENDING',
  'EVIDENCE_APPROVAL_PENDING',
  'FEEDBACK_PENDING',
] as const;
export type TrainingReminderKind = (typeof TRAINING_REMINDER_KINDS)[number];
