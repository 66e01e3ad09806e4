import { z } from 'zod';
import { isoDate } from './common';
import {
  TRAINING_ENROLMENT_ORIGINS,
  TRAINING_ENROLMENT_STATUSES,
  TRAINING_EVIDENCE_STATUSES,
  TRAINING_FORMS,
  TRAINING_JP_SOURCES,
  TRAINING_PROVIDERS,
  TRAINING_REMINDER_KINDS,
  TRAINING_SESSION_STATUSES,
} from './values/index';

// Training (issue 11 §2, competency-training.md): catalogue, trainer registry, sessions, enrolment with the
// superior's approval and the waiting list, attendance and completion, JP credits, external evidence, feedback,
// certificates and reminders.

/** JP in halves (1 JP = 45 minutes; nonklasikal forms count down to 0,5 JP). */
const jpValue = z
  .number()
  .positive('JP harus lebih dari 0')
  .max(1000, 'JP paling banyak 1000')
  .refine((v) => Number.isInteger(v * 2), 'JP harus kelipatan 0,5');
const text = (max: number) =>
  z.string().trim().min(1, 'Wajib diisi').max(max, `Paling banyak ${max} karakter`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Paling banyak ${max} karakter`)
    .nullish()
    .transform((v) => (v ? v : null));
const score = z.number().min(0, 'Nilai paling kecil 0').max(100, 'Nilai paling besar 100');
const instant = z.iso.datetime({ offset: true, message: 'Format waktu harus ISO 8601 dengan zona waktu' });

export const trainingCompetencyRef = z.object({ id: z.number().int(), code: z.string(), name: z.string() });
export type TrainingCompetencyRef = z.infer<typeof trainingCompetencyRef>;

// ---------------------------------------------------------------- programmes

export const trainingProgramme = z.object({
  id: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  jp: z.number(),
  form: z.enum(TRAINING_FORMS),
  provider: z.enum(TRAINING_PROVIDERS),
  providerName: z.string().nullable(),
  costPerParticipant: z.number().nullable(),
  isActive: z.boolean(),
  competencies: z.array(trainingCompetencyRef),
  /** Sessions not yet over and not cancelled. */
  upcomingSessions: z.number().int(),
});
export type TrainingProgramme = z.infer<typeof trainingProgramme>;
export const trainingProgrammeList = z.object({ items: z.array(trainingProgramme) });
export type TrainingProgrammeList = z.infer<typeof trainingProgrammeList>;

export const trainingProgrammeInput = z.object({
  title: text(200),
  description: optionalText(4000),
  jp: jpValue,
  form: z.enum(TRAINING_FORMS),
  provider: z.enum(TRAINING_PROVIDERS),
  providerName: optionalText(200),
  /** Rupiah per participant; external programmes only. */
  costPerParticipant: z
    .number()
    .int()
    .min(0, 'Biaya tidak boleh negatif')
    .nullish()
    .transform((v) => v ?? null),
  competencyIds: z.array(z.number().int().positive()).max(50).default([]),
  isActive: z.boolean().default(true),
});
export type TrainingProgrammeInput = z.infer<typeof trainingProgrammeInput>;
export type TrainingProgrammeInputRequest = z.input<typeof trainingProgrammeInput>;
export const trainingProgrammePatch = trainingProgrammeInput.partial();
export type TrainingProgrammePatch = z.infer<typeof trainingProgrammePatch>;
export type TrainingProgrammePatchRequest = z.input<typeof trainingProgrammePatch>;

export const trainingProgrammeQuery = z.object({
  includeInactive: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export type TrainingProgrammeQuery = z.infer<typeof trainingProgrammeQuery>;

// ---------------------------------------------------------------- trainer registry

export const trainingTrainer = z.object({
  id: z.number().int(),
  employeeId: z.number().int(),
  employeeName: z.string(),
  nip: z.string(),
  positionName: z.string().nullable(),
  note: z.string().nullable(),
  isActive: z.boolean(),
  competencies: z.array(trainingCompetencyRef),
});
export type TrainingTrainer = z.infer<typeof trainingTrainer>;
export const trainingTrainerList = z.object({ items: z.array(trainingTrainer) });
export type TrainingTrainerList = z.infer<typeof trainingTrainerList>;
export const trainingTrainerInput = z.object({
  employeeId: z.number().int().positive(),
  note: optionalText(1000),
  competencyIds: z.array(z.number().int().positive()).max(50).default([]),
  isActive: z.boolean().default(true),
});
export type TrainingTrainerInput = z.infer<typeof trainingTrainerInput>;
export type TrainingTrainerInputRequest = z.input<typeof trainingTrainerInput>;
export const trainingTrainerPatch = trainingTrainerInput.omit({ employeeId: true }).partial();
export type TrainingTrainerPatch = z.infer<typeof trainingTrainerPatch>;
export type TrainingTrainerPatchRequest = z.input<typeof trainingTrainerPatch>;

// ---------------------------------------------------------------- sessions

export const trainingSessionTrainer = z.object({
  id: z.number().int(),
  kind: z.enum(['INTERNAL', 'EXTERNAL']),
  employeeId: z.number().int().nullable(),
  name: z.string(),
  organisation: z.string().nullable(),
});
export type TrainingSessionTrainer = z.infer<typeof trainingSessionTrainer>;

/** An internal trainer (an employee in the registry) or an external one (name and organisation). */
export const trainingSessionTrainerInput = z
  .object({
    employeeId: z.number().int().positive().optional(),
    externalName: optionalText(200),
    externalOrganisation: optionalText(200),
  })
  .refine((t) => (t.employeeId !== undefined) !== (t.externalName !== null), {
    message: 'Isi pegawai (pelatih internal) atau nama pelatih eksternal, salah satu',
    path: ['employeeId'],
  });
export type TrainingSessionTrainerInput = z.infer<typeof trainingSessionTrainerInput>;

export const trainingMaterial = z.object({
  id: z.number().int(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});
export type TrainingMaterial = z.infer<typeof trainingMaterial>;

export const trainingEnrolmentBrief = z.object({
  id: z.number().int(),
  status: z.enum(TRAINING_ENROLMENT_STATUSES),
  waitlistPosition: z.number().int().nullable(),
});
export type TrainingEnrolmentBrief = z.infer<typeof trainingEnrolmentBrief>;

export const trainingSession = z.object({
  id: z.number().int(),
  programmeId: z.number().int(),
  programmeTitle: z.string(),
  titleSuffix: z.string().nullable(),
  /** Programme title with the suffix ("Manajemen Pengaduan — Angkatan II"). */
  title: z.string(),
  form: z.enum(TRAINING_FORMS),
  provider: z.enum(TRAINING_PROVIDERS),
  startsAt: z.string(),
  endsAt: z.string(),
  /** The WIB days attendance is taken on. */
  days: z.array(isoDate),
  location: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  capacity: z.number().int(),
  /** Approved and completed participants. */
  seatsTaken: z.number().int(),
  seatsLeft: z.number().int(),
  waitlistCount: z.number().int(),
  pendingRequests: z.number().int(),
  status: z.enum(TRAINING_SESSION_STATUSES),
  jp: z.number(),
  durationMinutes: z.number().int().nullable(),
  minAttendancePercent: z.number(),
  postTestPassMark: z.number().nullable(),
  completedAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  trainers: z.array(trainingSessionTrainer),
  materials: z.array(trainingMaterial),
  /** The signed-in employee's live enrolment in this session, if any. */
  myEnrolment: trainingEnrolmentBrief.nullable(),
  can: z.object({
    manage: z.boolean(),
    /** Attendance, test scores and completion: the session's internal trainers and HR. */
    recordAttendance: z.boolean(),
    request: z.boolean(),
  }),
});
export type TrainingSession = z.infer<typeof trainingSession>;
export const trainingSessionList = z.object({ items: z.array(trainingSession) });
export type TrainingSessionList = z.infer<typeof trainingSessionList>;

export const trainingSessionQuery = z.object({
  programmeId: z.coerce.number().int().positive().optional(),
  status: z.enum(TRAINING_SESSION_STATUSES).optional(),
  /** Only sessions ending on or after this day (WIB). */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Only sessions the signed-in employee trains. */
  mine: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export type TrainingSessionQuery = z.infer<typeof trainingSessionQuery>;

export const trainingSessionInput = z.object({
  programmeId: z.number().int().positive(),
  titleSuffix: optionalText(120),
  startsAt: instant,
  endsAt: instant,
  /** Attendance days (WIB); default every day from the start to the end. */
  days: z.array(isoDate).min(1, 'Paling sedikit satu hari').max(60).optional(),
  location: optionalText(300),
  onlineUrl: z
    .url({ protocol: /^https?$/, message: 'Tautan harus alamat http(s)' })
    .max(500)
    .nullish()
    .transform((v) => v ?? null),
  capacity: z.number().int().min(1, 'Kapasitas paling sedikit 1').max(10000),
  status: z.enum(TRAINING_SESSION_STATUSES).default('PLANNED'),
  /** JP of this session; default the programme's. */
  jp: z
    .number()
    .min(0)
    .max(1000)
    .refine((v) => Number.isInteger(v * 2), 'JP harus kelipatan 0,5')
    .optional(),
  /** Nonklasikal forms: minutes of learning the organiser records; JP = minutes ÷ 45 rounded down to 0,5. */
  durationMinutes: z.number().int().min(1).max(100000).nullish(),
  /** Completion rule; default the agency setting. */
  minAttendancePercent: z.number().int().min(1).max(100).optional(),
  postTestPassMark: score.nullish(),
  trainers: z.array(trainingSessionTrainerInput).max(20).default([]),
});
export type TrainingSessionInput = z.infer<typeof trainingSessionInput>;
export type TrainingSessionInputRequest = z.input<typeof trainingSessionInput>;
export const trainingSessionPatch = trainingSessionInput
  .omit({ programmeId: true })
  .partial()
  .extend({ cancelReason: optionalText(500) });
export type TrainingSessionPatch = z.infer<typeof trainingSessionPatch>;
export type TrainingSessionPatchRequest = z.input<typeof trainingSessionPatch>;

// ---------------------------------------------------------------- enrolment

export const trainingEnrolment = z.object({
  id: z.number().int(),
  sessionId: z.number().int(),
  sessionTitle: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  location: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  sessionStatus: z.enum(TRAINING_SESSION_STATUSES),
  jp: z.number(),
  employeeId: z.number().int(),
  employeeName: z.string(),
  nip: z.string(),
  status: z.enum(TRAINING_ENROLMENT_STATUSES),
  origin: z.enum(TRAINING_ENROLMENT_ORIGINS),
  requestNote: z.string().nullable(),
  assignedByName: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  /** 1 = next in line; null when not waiting. */
  waitlistPosition: z.number().int().nullable(),
  cancelReason: z.string().nullable(),
  preTestScore: z.number().nullable(),
  postTestScore: z.number().nullable(),
  attendancePercent: z.number().nullable(),
  completedAt: z.string().nullable(),
  jpCredited: z.number().nullable(),
  certificateCode: z.string().nullable(),
  hasFeedback: z.boolean(),
  createdAt: z.string(),
});
export type TrainingEnrolment = z.infer<typeof trainingEnrolment>;
export const trainingEnrolmentList = z.object({ items: z.array(trainingEnrolment) });
export type TrainingEnrolmentList = z.infer<typeof trainingEnrolmentList>;

export const enrolmentRequestInput = z.object({ note: optionalText(1000) });
export type EnrolmentRequestInput = z.infer<typeof enrolmentRequestInput>;
export const enrolmentAssignInput = z.object({
  employeeId: z.number().int().positive(),
  note: optionalText(1000),
});
export type EnrolmentAssignInput = z.infer<typeof enrolmentAssignInput>;
export const trainingDecisionInput = z
  .object({ approve: z.boolean(), reason: optionalText(1000) })
  .refine((d) => d.approve || d.reason !== null, {
    message: 'Alasan penolakan wajib diisi',
    path: ['reason'],
  });
export type TrainingDecisionInput = z.infer<typeof trainingDecisionInput>;
export const enrolmentCancelInput = z.object({ reason: optionalText(1000) });
export type EnrolmentCancelInput = z.infer<typeof enrolmentCancelInput>;

// ---------------------------------------------------------------- attendance, scores, completion

export const attendanceSheet = z.object({
  session: trainingSession,
  participants: z.array(
    z.object({
      enrolmentId: z.number().int(),
      employeeId: z.number().int(),
      employeeName: z.string(),
      nip: z.string(),
      status: z.enum(TRAINING_ENROLMENT_STATUSES),
      attendance: z.array(z.object({ day: isoDate, present: z.boolean().nullable() })),
      attendancePercent: z.number(),
      preTestScore: z.number().nullable(),
      postTestScore: z.number().nullable(),
    }),
  ),
});
export type AttendanceSheet = z.infer<typeof attendanceSheet>;

export const attendanceInput = z.object({
  day: isoDate,
  records: z
    .array(z.object({ enrolmentId: z.number().int().positive(), present: z.boolean() }))
    .min(1)
    .max(10000),
});
export type AttendanceInput = z.infer<typeof attendanceInput>;

export const testScoresInput = z.object({
  scores: z
    .array(
      z.object({
        enrolmentId: z.number().int().positive(),
        preTestScore: score.nullish(),
        postTestScore: score.nullish(),
      }),
    )
    .min(1)
    .max(10000),
});
export type TestScoresInput = z.infer<typeof testScoresInput>;

export const completionResult = z.object({
  completed: z.number().int(),
  notCompleted: z.number().int(),
  items: z.array(
    z.object({
      enrolmentId: z.number().int(),
      status: z.enum(TRAINING_ENROLMENT_STATUSES),
      reason: z.enum(['ATTENDANCE', 'POST_TEST_MISSING', 'POST_TEST_FAILED']).nullable(),
      jpCredited: z.number().nullable(),
    }),
  ),
});
export type CompletionResult = z.infer<typeof completionResult>;

// ---------------------------------------------------------------- feedback

export const trainingFeedbackInput = z.object({
  sessionRating: z.number().int().min(1, 'Nilai 1–5').max(5, 'Nilai 1–5'),
  comment: optionalText(2000),
  trainers: z
    .array(
      z.object({
        sessionTrainerId: z.number().int().positive(),
        rating: z.number().int().min(1, 'Nilai 1–5').max(5, 'Nilai 1–5'),
        comment: optionalText(2000),
      }),
    )
    .max(20)
    .default([]),
});
export type TrainingFeedbackInput = z.infer<typeof trainingFeedbackInput>;
export type TrainingFeedbackInputRequest = z.input<typeof trainingFeedbackInput>;

export const trainingFeedbackSummary = z.object({
  count: z.number().int(),
  averageSessionRating: z.number().nullable(),
  trainers: z.array(
    z.object({
      sessionTrainerId: z.number().int(),
      name: z.string(),
      count: z.number().int(),
      averageRating: z.number().nullable(),
    }),
  ),
  comments: z.array(z.string()),
});
export type TrainingFeedbackSummary = z.infer<typeof trainingFeedbackSummary>;

// ---------------------------------------------------------------- external evidence and JP

export const externalEvidence = z.object({
  id: z.number().int(),
  employeeId: z.number().int(),
  employeeName: z.string(),
  title: z.string(),
  organiser: z.string(),
  form: z.enum(TRAINING_FORMS),
  startsOn: isoDate,
  endsOn: isoDate,
  jp: z.number(),
  fileName: z.string(),
  status: z.enum(TRAINING_EVIDENCE_STATUSES),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  rejectReason: z.string().nullable(),
  createdAt: z.string(),
});
export type ExternalEvidence = z.infer<typeof externalEvidence>;

/** The text fields of the evidence upload (multipart, with the certificate in `file`). */
export const externalEvidenceFields = z
  .object({
    title: text(200),
    organiser: text(200),
    form: z.enum(TRAINING_FORMS),
    startsOn: isoDate,
    endsOn: isoDate,
    jp: z.coerce.number().pipe(jpValue),
  })
  .refine((f) => f.endsOn >= f.startsOn, {
    message: 'Tanggal selesai sebelum tanggal mulai',
    path: ['endsOn'],
  });
export type ExternalEvidenceFields = z.infer<typeof externalEvidenceFields>;

export const jpCredit = z.object({
  id: z.number().int(),
  source: z.enum(TRAINING_JP_SOURCES),
  title: z.string(),
  jp: z.number(),
  completedOn: isoDate,
  enrolmentId: z.number().int().nullable(),
  evidenceId: z.number().int().nullable(),
});
export type JpCredit = z.infer<typeof jpCredit>;

export const jpSummary = z.object({
  employeeId: z.number().int(),
  year: z.number().int(),
  totalJp: z.number(),
  credits: z.array(jpCredit),
});
export type JpSummary = z.infer<typeof jpSummary>;

export const myTraining = z.object({
  jp: jpSummary,
  enrolments: z.array(trainingEnrolment),
  evidence: z.array(externalEvidence),
});
export type MyTraining = z.infer<typeof myTraining>;

export const trainingApprovals = z.object({
  enrolments: z.array(trainingEnrolment),
  evidence: z.array(externalEvidence),
});
export type TrainingApprovals = z.infer<typeof trainingApprovals>;

export const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export type YearQuery = z.infer<typeof yearQuery>;

// ---------------------------------------------------------------- reminders and settings

export const trainingReminder = z.object({
  kind: z.enum(TRAINING_REMINDER_KINDS),
  message: z.string(),
  sessionId: z.number().int().nullable(),
  count: z.number().int(),
  at: z.string().nullable(),
});
export type TrainingReminder = z.infer<typeof trainingReminder>;
export const trainingReminderList = z.object({ items: z.array(trainingReminder) });
export type TrainingReminderList = z.infer<typeof trainingReminderList>;

export const trainingSettings = z.object({
  /** Default completion rule of a new session: share of its days attended, percent. */
  minAttendancePercent: z.number().int().min(1).max(100),
});
export type TrainingSettings = z.infer<typeof trainingSettings>;
