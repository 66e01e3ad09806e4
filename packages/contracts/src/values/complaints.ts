// Values of the API without zod: complaints (complaints.md). See ./index.ts.

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

/** The assignee's photos of the work: before (the problem found) and after (the result). */
export const ATTACHMENT_PHASES = ['SEBELUM', 'SESUDAH'] as const;
