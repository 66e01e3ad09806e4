// The values of the API without zod: enumerations (the value lists and their union types), fixed labels and
// constants. Import it as `@sim/contracts/values` where only values are needed — the public pages that must stay
// small on a citizen's phone, and `db/schema.ts` for its enum columns. The zod schemas (`@sim/contracts`) are built
// from these lists and re-export them, so a value is written once. This file imports nothing (a lint rule holds it).

/**
 * Whether `value` is one of `list` — narrows a string read from a form control, a URL or a text column to the
 * enumeration's union type without a cast.
 */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

// ---------------------------------------------------------------- auth

/** Roles from PRODUCT.md. The superior (atasan) relation is NOT a role: it comes from the position tree. */
export const ROLES = [
  'PEGAWAI',
  'PIMPINAN',
  'ADMIN_KEPEGAWAIAN',
  'PETUGAS_PENGADUAN',
  'TIM_PENGAWAS',
  'PELATIH',
  'MODERATOR',
] as const;
export type Role = (typeof ROLES)[number];

// ---------------------------------------------------------------- org

export const UNIT_TYPES = [
  'KOTA',
  'KECAMATAN',
  'KELURAHAN',
  'SEKRETARIAT',
  'SUBBAGIAN',
  'SEKSI',
  'LAINNYA',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const POSITION_CATEGORIES = ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL'] as const;
export type PositionCategory = (typeof POSITION_CATEGORIES)[number];

export const EMPLOYEE_KINDS = ['PNS', 'PPPK'] as const;
export type EmployeeKind = (typeof EMPLOYEE_KINDS)[number];

/** Sex as the NIP encodes it (digit 15: 1 = L, 2 = P); also asked of SKM respondents. */
export const GENDERS = ['L', 'P'] as const;
export type Gender = (typeof GENDERS)[number];

export const IMPORT_MODES = ['all_or_nothing', 'valid_rows'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
export const IMPORT_JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/**
 * Columns of the employee import file (CSV UTF-8 or XLSX), in template order. The header row names them; `unit` and
 * `jabatan` only make the file readable and, when filled, must match the position named by `jabatan_id`.
 */
export const EMPLOYEE_IMPORT_COLUMNS = [
  { key: 'nip', required: true, description: 'NIP 18 digit (PNS atau PPPK); spasi dan titik boleh' },
  { key: 'nama', required: true, description: 'Nama tanpa gelar' },
  { key: 'gelar_depan', required: false, description: 'Gelar depan, mis. Dr. atau H.' },
  { key: 'gelar_belakang', required: false, description: 'Gelar belakang, mis. S.Sos., M.Si.' },
  { key: 'jenis', required: true, description: 'PNS atau PPPK' },
  { key: 'golongan', required: false, description: 'PNS: I/a … IV/e; PPPK: I … XVII' },
  { key: 'email', required: false, description: 'Alamat e-mail' },
  { key: 'telepon', required: false, description: 'Nomor telepon, mis. 0812 3456 7890' },
  {
    key: 'jabatan_id',
    required: true,
    description: 'ID jabatan (lihat lembar Daftar Jabatan pada templat XLSX)',
  },
  {
    key: 'jabatan',
    required: false,
    description: 'Nama jabatan (hanya untuk dibaca; bila diisi harus cocok)',
  },
  {
    key: 'unit',
    required: false,
    description: 'Nama unit kerja (hanya untuk dibaca; bila diisi harus cocok)',
  },
  { key: 'tmt_jabatan', required: true, description: 'Tanggal mulai menduduki jabatan, YYYY-MM-DD' },
] as const;
export type EmployeeImportColumn = (typeof EMPLOYEE_IMPORT_COLUMNS)[number]['key'];

// ---------------------------------------------------------------- performance (SKP, PermenPANRB 6/2022)

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
] as const;
export type SystemSource = (typeof SYSTEM_SOURCES)[number];
/** The target kinds each system source makes sense for (a percentage for *_PCT, a number for counts and scores). */
export const SYSTEM_SOURCE_TARGET_KINDS: Record<SystemSource, readonly TargetKind[]> = {
  COMPLAINTS_ON_TIME_PCT: ['PERCENT'],
  COMPLAINTS_FINISHED: ['NUMBER'],
  COMPLAINTS_AVG_RATING: ['NUMBER'],
  SKM_OFFICER_IKM: ['NUMBER', 'PERCENT'],
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

// ---------------------------------------------------------------- complaints (complaints.md)

export const COMPLAINT_STATUSES = [
  'DITERIMA',
  'DIVERIFIKASI',
  'DITOLAK',
  'DIDISPOSISI',
  'DIPROSES',
  'MENUNGGU_INFO',
  'SELESAI',
  'DITUTUP',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLEXITY_VALUES = ['RINGAN', 'NORMATIF', 'KOMPLEKS', 'PEMERIKSAAN'] as const;
export type Complexity = (typeof COMPLEXITY_VALUES)[number];

export const COMPLAINT_KINDS = ['PENGADUAN', 'ASPIRASI', 'PERMINTAAN_INFORMASI', 'WHISTLE_BLOWING'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

export const MALADMINISTRATION_VALUES = [
  'PENUNDAAN_BERLARUT',
  'PENYALAHGUNAAN_WEWENANG',
  'PENYIMPANGAN_PROSEDUR',
  'PENGABAIAN_KEWAJIBAN_HUKUM',
  'PERMINTAAN_IMBALAN',
  'DISKRIMINASI',
  'TIDAK_KOMPETEN',
  'TIDAK_PATUT',
] as const;
export type Maladministration = (typeof MALADMINISTRATION_VALUES)[number];

export const COMPLAINT_CHANNELS = ['WEB', 'WALK_IN', 'PHONE', 'OPEN311'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
/** The channels a Petugas Pengaduan records a complaint from (the others file it themselves). */
export const STAFF_COMPLAINT_CHANNELS = ['WALK_IN', 'PHONE'] as const;
export type StaffComplaintChannel = (typeof STAFF_COMPLAINT_CHANNELS)[number];

export const REJECT_REASONS = ['BUKAN_WEWENANG', 'TIDAK_LENGKAP', 'DUPLIKAT'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const SLA_STATES = ['ON_TRACK', 'WARNING', 'BREACHED', 'PAUSED'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export const HOLIDAY_KINDS = ['LIBUR_NASIONAL', 'CUTI_BERSAMA', 'LAINNYA'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

/** Open311 GeoReport v2 attribute data types. */
export const OPEN311_DATATYPES = [
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
] as const;
export type Open311Datatype = (typeof OPEN311_DATATYPES)[number];

export const COMPLAINT_ACTIONS = [
  'VERIFY',
  'REJECT',
  'DISPOSITION',
  'REASSIGN',
  'NOTE',
  'REQUEST_INFO',
  'RESOLVE',
] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

/** The complaint queues (tabs) a list may be asked for; which ones an actor may use is the policy's decision. */
export const COMPLAINT_SCOPES = ['mine', 'team', 'verification', 'all', 'integrity'] as const;
export type ComplaintScope = (typeof COMPLAINT_SCOPES)[number];

// ---------------------------------------------------------------- surveys (SKM, PermenPANRB 14/2017)

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

/** The model questions of Lampiran PermenPANRB 14/2017, used when a survey does not reword an unsur. */
export const SKM_DEFAULT_QUESTIONS: Readonly<Record<SkmUnsurCode, string>> = {
  U1: 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
  U2: 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
  U3: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
  U4: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
  U5: 'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
  U6: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
  U7: 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
  U8: 'Bagaimana pendapat Saudara tentang penanganan pengaduan, saran dan masukan pengguna layanan?',
  U9: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana pelayanan?',
};
