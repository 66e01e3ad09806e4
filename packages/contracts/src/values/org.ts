// Values of the API without zod: org. See ./index.ts.

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
