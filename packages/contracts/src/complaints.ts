import { z } from 'zod';
import { isoDate, paged } from './common';
import {
  ATTACHMENT_PHASES,
  COMPLAINT_ACTIONS,
  COMPLAINT_CHANNELS,
  COMPLAINT_KINDS,
  COMPLAINT_SCOPES,
  COMPLAINT_STATUSES,
  COMPLEXITY_VALUES,
  HOLIDAY_KINDS,
  MALADMINISTRATION_VALUES,
  OPEN311_DATATYPES,
  REJECT_REASONS,
  SLA_STATES,
  STAFF_COMPLAINT_CHANNELS,
} from './values/index';

/**
 * Complaints (pengaduan): the service catalogue, the workflow of a complaint from receipt to closure, the public
 * intake and tracking, deadlines and the performance evidence. Rules: ../shared/domain/complaints.md.
 */

export const complaintStatus = z.enum(COMPLAINT_STATUSES);

export const complexity = z.enum(COMPLEXITY_VALUES);

export const complaintKind = z.enum(COMPLAINT_KINDS);

export const maladministration = z.enum(MALADMINISTRATION_VALUES);

export const complaintChannel = z.enum(COMPLAINT_CHANNELS);

export const rejectReason = z.enum(REJECT_REASONS);

export const slaState = z.enum(SLA_STATES);

const text = (max: number, label: string) =>
  z.string().trim().min(1, `${label} wajib diisi`).max(max, `${label} paling banyak ${max} karakter`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Paling banyak ${max} karakter`)
    .optional()
    .transform((v) => (v ? v : undefined));

// ---------------------------------------------------------------- service catalogue

export const open311Attribute = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, 'Kode atribut hanya huruf, angka, _ dan -'),
  datatype: z.enum(OPEN311_DATATYPES),
  required: z.boolean(),
  description: z.string().trim().min(1).max(300),
  values: z
    .array(z.object({ key: z.string().min(1).max(60), name: z.string().min(1).max(120) }))
    .max(50)
    .optional(),
});
export type Open311Attribute = z.infer<typeof open311Attribute>;

export const complaintCategory = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  group: z.string().nullable(),
  keywords: z.string().nullable(),
  unitId: z.number().int(),
  unitName: z.string(),
  complexity,
  /** Working days to resolve; null = the policy's window of the complexity class. */
  resolutionDays: z.number().int().nullable(),
  effectiveResolutionDays: z.number().int(),
  isIntegrity: z.boolean(),
  attributes: z.array(open311Attribute),
  isActive: z.boolean(),
});
export type ComplaintCategory = z.infer<typeof complaintCategory>;
export const complaintCategoryList = z.object({ items: z.array(complaintCategory) });
export type ComplaintCategoryList = z.infer<typeof complaintCategoryList>;

export const complaintCategoryInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9_-]{2,30}$/, 'Kode layanan 2–30 huruf besar, angka, _ atau -'),
  name: text(120, 'Nama kategori'),
  description: optionalText(1000),
  group: optionalText(60),
  keywords: optionalText(200),
  unitId: z.number().int().positive(),
  complexity,
  resolutionDays: z.number().int().min(1).max(60).nullable().optional(),
  isIntegrity: z.boolean().default(false),
  attributes: z.array(open311Attribute).max(20).default([]),
});
export type ComplaintCategoryInput = z.infer<typeof complaintCategoryInput>;
export const complaintCategoryPatch = complaintCategoryInput
  .partial()
  .extend({ isActive: z.boolean().optional() });
export type ComplaintCategoryPatch = z.infer<typeof complaintCategoryPatch>;

export const publicComplaintCategory = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  group: z.string().nullable(),
  isIntegrity: z.boolean(),
  attributes: z.array(open311Attribute),
});
export type PublicComplaintCategory = z.infer<typeof publicComplaintCategory>;
export const publicComplaintOptions = z.object({
  categories: z.array(publicComplaintCategory),
  kelurahan: z.array(z.string()),
});
export type PublicComplaintOptions = z.infer<typeof publicComplaintOptions>;

// ---------------------------------------------------------------- settings, calendar, API keys

export const complaintSlaPolicy = z.object({
  verificationDays: z.number().int().min(0).max(60),
  firstResponseDays: z.number().int().min(0).max(60),
  resolutionDays: z.object({
    RINGAN: z.number().int().min(1).max(60),
    NORMATIF: z.number().int().min(1).max(60),
    KOMPLEKS: z.number().int().min(1).max(60),
    PEMERIKSAAN: z.number().int().min(1).max(60),
  }),
  autoCloseAfterDays: z.number().int().min(1).max(60),
  reopenWithinDays: z.number().int().min(0).max(60),
  warningFraction: z.number().gt(0).max(1),
  escalateToSuperiorAfterDays: z.number().int().min(0).max(60),
  escalateToHeadOfOfficeAfterDays: z.number().int().min(0).max(60),
});
export type ComplaintSlaPolicyDto = z.infer<typeof complaintSlaPolicy>;

export const holiday = z.object({
  date: z.string(),
  name: z.string(),
  kind: z.enum(HOLIDAY_KINDS),
});
export type Holiday = z.infer<typeof holiday>;
export const holidayList = z.object({ year: z.number().int(), items: z.array(holiday) });
export type HolidayList = z.infer<typeof holidayList>;
export const holidayYearParam = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export type HolidayYearParam = z.infer<typeof holidayYearParam>;
export const holidayDateParam = z.object({
  date: isoDate,
});
export type HolidayDateParam = z.infer<typeof holidayDateParam>;
export const holidayInput = z.object({
  date: isoDate,
  name: text(120, 'Nama hari libur'),
  kind: z.enum(HOLIDAY_KINDS).default('LIBUR_NASIONAL'),
});
export type HolidayInput = z.infer<typeof holidayInput>;

export const open311Key = z.object({
  id: z.number().int(),
  name: z.string(),
  prefix: z.string(),
  isActive: z.boolean(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type Open311Key = z.infer<typeof open311Key>;
export const open311KeyList = z.object({ items: z.array(open311Key) });
export type Open311KeyList = z.infer<typeof open311KeyList>;
export const open311KeyInput = z.object({ name: text(80, 'Nama klien') });
export type Open311KeyInput = z.infer<typeof open311KeyInput>;
export const open311KeyCreated = open311Key.extend({ key: z.string() });
export type Open311KeyCreated = z.infer<typeof open311KeyCreated>;

// ---------------------------------------------------------------- complaint

export const complaintIntakeBase = z.object({
  categoryCode: z.string().trim().min(1, 'Kategori wajib dipilih').max(30),
  description: text(4000, 'Uraian pengaduan').refine((v) => v.length >= 10, 'Uraian minimal 10 karakter'),
  kelurahan: text(80, 'Kelurahan'),
  address: text(300, 'Alamat/lokasi'),
  lat: z.number().min(-90).max(90).nullable().optional(),
  lng: z.number().min(-180).max(180).nullable().optional(),
  reporterName: optionalText(120),
  reporterPhone: z
    .string()
    .trim()
    .regex(/^(\+?\d[\d\s-]{6,18})?$/, 'Nomor telepon tidak valid')
    .optional()
    .transform((v) => (v ? v : undefined)),
  reporterEmail: z
    .union([z.literal(''), z.email('Alamat e-mail tidak valid').max(200)])
    .optional()
    .transform((v) => (v ? v : undefined)),
  isAnonymous: z.boolean().default(false),
  isConfidential: z.boolean().default(false),
  kind: complaintKind.default('PENGADUAN'),
  maladministration: maladministration.nullable().optional(),
  attributes: z
    .record(z.string(), z.union([z.string().max(500), z.array(z.string().max(100)).max(20)]))
    .default({}),
});
export type ComplaintIntakeBase = z.infer<typeof complaintIntakeBase>;

/** What a citizen sends from the public form; `website` is a honeypot that people never fill in. */
export const publicComplaintInput = complaintIntakeBase.extend({
  website: z.string().max(200).optional(),
  /** Proof-of-work: the challenge from GET /api/v1/public/complaints/challenge and the nonce that solves it. */
  powChallenge: z.string().max(300).optional(),
  powNonce: z.string().max(20).optional(),
});

/** A proof-of-work challenge: find a nonce so that SHA-256(`challenge:nonce`) starts with `difficulty` zero bits. */
export const powChallenge = z.object({
  challenge: z.string(),
  difficulty: z.number().int(),
  expiresAt: z.string(),
});
export type PowChallengeBody = z.infer<typeof powChallenge>;
export type PublicComplaintInput = z.input<typeof publicComplaintInput>;

/** A walk-in or phone complaint recorded by the Petugas Pengaduan. */
export const staffComplaintInput = complaintIntakeBase.extend({
  channel: z.enum(STAFF_COMPLAINT_CHANNELS),
});
export type StaffComplaintInput = z.infer<typeof staffComplaintInput>;
/** What the web form sends, before the schema's defaults and transforms (`z.input`). */
export type StaffComplaintRequest = z.input<typeof staffComplaintInput>;

export const complaintCreated = z.object({
  ticket: z.string(),
  trackingSecret: z.string(),
  status: complaintStatus,
});
export type ComplaintCreated = z.infer<typeof complaintCreated>;

export const attachmentPhase = z.enum(ATTACHMENT_PHASES);
export type AttachmentPhase = z.infer<typeof attachmentPhase>;

export const timelineEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  type: z.string(),
  isPublic: z.boolean(),
  actor: z.string(),
  /** The Indonesian text (also of rows written before message codes existed). */
  message: z.string().nullable(),
  /** A system-generated line as a code (COMPLAINT_MESSAGES_ID) with parameters, for the reader's language. */
  messageCode: z.string().nullable(),
  messageParams: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
  attachments: z.array(
    z.object({
      id: z.number().int(),
      fileName: z.string(),
      mime: z.string(),
      /** A photo of the work: before or after; null for the citizen's files. */
      phase: attachmentPhase.nullable().optional(),
    }),
  ),
});
export type TimelineEntry = z.infer<typeof timelineEntry>;

export const slaInfo = z.object({
  window: z.enum(['VERIFIKASI', 'PENYELESAIAN']),
  days: z.number().int(),
  state: slaState,
  deadline: z.string().nullable(),
  warningAt: z.string().nullable(),
  remainingWorkingDays: z.number().int(),
  /**
   * The deadline against now in working days from the holiday calendar (`getDeadlineCountdown`): due today, N
   * working days left, or N working days late. Null while the clock is stopped before the deadline.
   */
  countdown: z
    .object({ kind: z.enum(['DUE_TODAY', 'REMAINING', 'OVERDUE']), workingDays: z.number().int() })
    .nullable(),
});
export type SlaInfo = z.infer<typeof slaInfo>;

export const complaintSummary = z.object({
  id: z.number().int(),
  ticket: z.string(),
  status: complaintStatus,
  categoryCode: z.string(),
  categoryName: z.string(),
  kelurahan: z.string(),
  excerpt: z.string(),
  channel: complaintChannel,
  isAnonymous: z.boolean(),
  isConfidential: z.boolean(),
  isIntegrity: z.boolean(),
  receivedAt: z.string(),
  unitName: z.string().nullable(),
  assigneeId: z.number().int().nullable(),
  assigneeName: z.string().nullable(),
  escalationLevel: z.number().int(),
  wasBreached: z.boolean(),
  sla: slaInfo.nullable(),
});
export type ComplaintSummary = z.infer<typeof complaintSummary>;

export const complaintAction = z.enum(COMPLAINT_ACTIONS);

export const complaintDetail = complaintSummary.extend({
  description: z.string(),
  address: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  kind: complaintKind,
  maladministration: maladministration.nullable(),
  complexity: complexity.nullable(),
  resolutionDays: z.number().int().nullable(),
  unitId: z.number().int().nullable(),
  rejectReason: rejectReason.nullable(),
  rejectNote: z.string().nullable(),
  duplicateOfTicket: z.string().nullable(),
  mergedTickets: z.array(z.string()),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  reopenCount: z.number().int(),
  rating: z.number().int().nullable(),
  ratingComment: z.string().nullable(),
  attributes: z.record(z.string(), z.unknown()),
  /**
   * Null when the actor may not see the reporter (not the verifier or assignee, or Anonim), or when the personal
   * data was anonymised after the retention period (DIANONIMKAN).
   */
  reporter: z
    .object({ name: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() })
    .nullable(),
  reporterHidden: z.enum(['ANONIM', 'TIDAK_BERWENANG', 'DIANONIMKAN']).nullable(),
  timeline: z.array(timelineEntry),
  actions: z.array(complaintAction),
  /** Notes go to the citizen (desk, assignee) or stay internal (superiors): the default of the note form. */
  canWritePublicNote: z.boolean(),
});
export type ComplaintDetail = z.infer<typeof complaintDetail>;

/**
 * The complaint queues (tabs) of the staff list. Which of them a user may open comes from the server
 * (`capabilities.complaints.queueScopes` of /auth/me).
 */
export const complaintQueueScope = z.enum(COMPLAINT_SCOPES);
export type ComplaintQueueScope = z.infer<typeof complaintQueueScope>;

/** Open complaints per queue the user may open (the tab counts), in the order of the tabs. */
export const complaintQueueCounts = z.object({
  items: z.array(z.object({ scope: complaintQueueScope, open: z.number().int() })),
});
export type ComplaintQueueCounts = z.infer<typeof complaintQueueCounts>;

export const complaintListQuery = z.object({
  scope: complaintQueueScope.default('mine'),
  status: complaintStatus.optional(),
  open: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
  assigneeId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  metric: z.enum(['assigned', 'finished', 'onTime', 'late', 'reopened', 'rated', 'breached']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type ComplaintListQuery = z.input<typeof complaintListQuery>;

/**
 * A page of the staff list. The total is counted up to a cap (a city-wide list has millions of rows); when
 * `totalCapped` is true the list has more rows than `total` and the screen says so.
 */
export const complaintListPage = paged(complaintSummary).extend({ totalCapped: z.boolean() });
export type ComplaintListPage = z.infer<typeof complaintListPage>;

export const complaintVerifyBody = z.object({
  complexity: complexity.optional(),
  categoryCode: z.string().trim().max(30).optional(),
  kind: complaintKind.optional(),
  maladministration: maladministration.nullable().optional(),
  isConfidential: z.boolean().optional(),
  note: optionalText(1000),
});
export type ComplaintVerifyBody = z.infer<typeof complaintVerifyBody>;
export const complaintRejectBody = z.object({
  reason: rejectReason,
  note: text(1000, 'Alasan penolakan'),
  duplicateOfTicket: z.string().trim().max(20).optional(),
});
export type ComplaintRejectBody = z.infer<typeof complaintRejectBody>;
export const complaintDispositionBody = z.object({
  unitId: z.number().int().positive(),
  assigneeEmployeeId: z.number().int().positive(),
  note: optionalText(1000),
});
export type ComplaintDispositionBody = z.infer<typeof complaintDispositionBody>;
export const complaintReassignBody = complaintDispositionBody.extend({ note: text(1000, 'Alasan') });
export type ComplaintReassignBody = z.infer<typeof complaintReassignBody>;
export const complaintNoteBody = z.object({
  message: text(4000, 'Catatan'),
  isPublic: z.boolean().default(false),
});
export type ComplaintNoteBody = z.infer<typeof complaintNoteBody>;
export const complaintMessageBody = z.object({ message: text(4000, 'Pesan') });
export type ComplaintMessageBody = z.infer<typeof complaintMessageBody>;

export const assigneeOption = z.object({
  employeeId: z.number().int(),
  name: z.string(),
  positionName: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
});
export type AssigneeOption = z.infer<typeof assigneeOption>;
export const assigneeList = z.object({ items: z.array(assigneeOption) });
export type AssigneeList = z.infer<typeof assigneeList>;
export const assigneeQuery = z.object({ unitId: z.coerce.number().int().positive() });
export type AssigneeQuery = z.infer<typeof assigneeQuery>;

// ---------------------------------------------------------------- public tracking

/**
 * The SKM invitation made when the complaint was resolved, shown only on the private tracking page: `path` is the
 * single-use survey link while it can be used; once used, `isUsed` is true and the link is gone.
 */
export const complaintSurveyInvitation = z.object({
  isUsed: z.boolean(),
  path: z.string().nullable(),
});
export type ComplaintSurveyInvitation = z.infer<typeof complaintSurveyInvitation>;
export const publicComplaintView = z.object({
  ticket: z.string(),
  status: complaintStatus,
  categoryName: z.string(),
  kelurahan: z.string(),
  address: z.string(),
  description: z.string(),
  receivedAt: z.string(),
  unitName: z.string().nullable(),
  deadline: z.string().nullable(),
  isPaused: z.boolean(),
  rejectReason: rejectReason.nullable(),
  resolvedAt: z.string().nullable(),
  reopenUntil: z.string().nullable(),
  rating: z.number().int().nullable(),
  ratingComment: z.string().nullable(),
  canAddInfo: z.boolean(),
  canConfirm: z.boolean(),
  canReopen: z.boolean(),
  canRate: z.boolean(),
  attachmentCount: z.number().int(),
  timeline: z.array(timelineEntry),
  /** Null when no survey invitation exists, the complaint is not resolved, or the invitation can no longer be used. */
  surveyInvitation: complaintSurveyInvitation.nullable(),
});
export type PublicComplaintView = z.infer<typeof publicComplaintView>;
/**
 * A citizen who lost the tracking link finds the complaint with the ticket number and the phone number or e-mail
 * given at filing. A wrong pair gets the same "not found" answer whichever part was wrong.
 */
export const complaintLookupBody = z.object({
  ticket: z
    .string()
    .trim()
    .min(1, 'Nomor tiket wajib diisi')
    .max(30, 'Nomor tiket paling banyak 30 karakter')
    .transform((v) => v.toUpperCase()),
  contact: z
    .string()
    .trim()
    .min(1, 'Nomor telepon atau e-mail wajib diisi')
    .max(200, 'Nomor telepon atau e-mail paling banyak 200 karakter'),
});
export type ComplaintLookupBody = z.input<typeof complaintLookupBody>;
/** A fresh tracking secret (the old link stops working) and whether the new link also went to the e-mail on file. */
export const complaintLookupResult = z.object({
  ticket: z.string(),
  trackingSecret: z.string(),
  linkSentByEmail: z.boolean(),
});
export type ComplaintLookupResult = z.infer<typeof complaintLookupResult>;

export const ratingBody = z.object({
  score: z.number().int().min(1, 'Nilai 1–5').max(5, 'Nilai 1–5'),
  comment: optionalText(1000),
});
export type RatingBody = z.infer<typeof ratingBody>;
export const reopenBody = z.object({ reason: text(2000, 'Alasan') });
export type ReopenBody = z.infer<typeof reopenBody>;
export const attachmentResult = z.object({ id: z.number().int(), fileName: z.string(), mime: z.string() });
export type AttachmentResult = z.infer<typeof attachmentResult>;
/** The query of the assignee's photo upload: before or after the work. */
export const workPhotoQuery = z.object({
  phase: z.enum(ATTACHMENT_PHASES, 'Pilih foto sebelum atau sesudah penanganan'),
});
export type WorkPhotoQuery = z.infer<typeof workPhotoQuery>;

// ---------------------------------------------------------------- performance evidence

export const complaintStatsQuery = z.object({
  employeeId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
  from: isoDate,
  to: isoDate,
});
export type ComplaintStatsQuery = z.infer<typeof complaintStatsQuery>;
export const complaintStats = z.object({
  employeeId: z.number().int().nullable(),
  unitId: z.number().int().nullable(),
  subject: z.string(),
  from: z.string(),
  to: z.string(),
  assigned: z.number().int(),
  finished: z.number().int(),
  finishedOnTime: z.number().int(),
  onTimePercent: z.number().nullable(),
  medianWorkingDays: z.number().nullable(),
  reopened: z.number().int(),
  reopenRatePercent: z.number().nullable(),
  rated: z.number().int(),
  averageRating: z.number().nullable(),
  breached: z.number().int(),
});
export type ComplaintStats = z.infer<typeof complaintStats>;

// ---------------------------------------------------------------- complainants' personal data (issue 16 §5)

/** How long a finally closed complaint keeps the complainant's personal data (0 = never anonymised). */
export const complaintRetentionSettings = z.object({
  retentionMonths: z
    .number({ error: 'Masa retensi (bulan) wajib diisi angka' })
    .int('Masa retensi (bulan) harus bilangan bulat')
    .min(0, 'Masa retensi (bulan) paling sedikit 0 (tidak pernah dianonimkan)')
    .max(120, 'Masa retensi (bulan) paling lama 120 bulan'),
});
export type ComplaintRetentionSettings = z.infer<typeof complaintRetentionSettings>;

/** The settings with what the daily job last did, for the administrator's screen. */
export const complaintRetentionState = complaintRetentionSettings.extend({
  /** Complaints anonymised so far (all time). */
  anonymisedTotal: z.number().int(),
  /** Complaints due at the next run (finally closed before the cutoff, not yet anonymised). */
  dueNow: z.number().int(),
});
export type ComplaintRetentionState = z.infer<typeof complaintRetentionState>;

/**
 * Whose data to export: the contact the complainant gave (e-mail or phone) or one ticket number. That one of the two
 * is given is checked by the service after the role check, so a caller without the right always gets 403.
 */
export const complainantExportQuery = z.object({
  contact: z.string().trim().max(200).optional(),
  ticket: z.string().trim().max(40).optional(),
});
export type ComplainantExportQuery = z.infer<typeof complainantExportQuery>;

const exportedComplaint = z.object({
  ticket: z.string(),
  status: complaintStatus,
  kind: complaintKind,
  channel: complaintChannel,
  category: z.string(),
  isConfidential: z.boolean(),
  receivedAt: z.string(),
  closedAt: z.string().nullable(),
  /** When the personal data was anonymised after the retention period; null while it is still held. */
  anonymisedAt: z.string().nullable(),
  reporter: z.object({
    name: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  }),
  description: z.string(),
  address: z.string(),
  kelurahan: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  attributes: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  rating: z.number().nullable(),
  ratingComment: z.string().nullable(),
  /** The timeline the complainant sees (internal staff notes are counted, not copied: see `internalNotes`). */
  messages: z.array(
    z.object({ at: z.string(), type: z.string(), actor: z.string(), message: z.string().nullable() }),
  ),
  internalNotes: z.number().int(),
  attachments: z.array(
    z.object({
      fileName: z.string(),
      mime: z.string(),
      size: z.number().int(),
      createdAt: z.string(),
      fromComplainant: z.boolean(),
    }),
  ),
  /** The SKM invitation made for this complaint (the answers themselves are anonymous and not linked). */
  survey: z
    .object({ surveyCode: z.string(), createdAt: z.string(), usedOn: z.string().nullable() })
    .nullable(),
  /** Audit entries about this complaint: who received, looked up or exported it. */
  access: z.array(z.object({ at: z.string(), action: z.string(), actor: z.string().nullable() })),
});

/** Everything held about one complainant (UU 27/2022 Pasal 7: access to and a copy of one's personal data). */
export const complainantExport = z.object({
  format: z.literal('sim-kinerja/data-pelapor/v1'),
  generatedAt: z.string(),
  generatedBy: z.string(),
  request: z.object({ by: z.enum(['EMAIL', 'TELEPON', 'TIKET']), value: z.string() }),
  note: z.string(),
  /** Anonim complaints with this contact are left out: their identity is hidden from staff (complaints.md). */
  complaints: z.array(exportedComplaint),
});
export type ComplainantExport = z.infer<typeof complainantExport>;
