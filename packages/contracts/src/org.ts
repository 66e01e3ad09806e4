import { z } from 'zod';
import { isoDate } from './common';
import {
  EMPLOYEE_KINDS,
  GENDERS,
  IMPORT_JOB_STATUSES,
  IMPORT_MODES,
  POSITION_CATEGORIES,
  UNIT_TYPES,
} from './values/index';

export const unitType = z.enum(UNIT_TYPES);

export const positionCategory = z.enum(POSITION_CATEGORIES);

export const orgUnit = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  name: z.string(),
  type: unitType,
  kemendagriCode: z.string().nullable(),
  isActive: z.boolean(),
});
export type OrgUnit = z.infer<typeof orgUnit>;

const name = z.string().trim().min(1, 'Nama wajib diisi').max(200);
export const orgUnitInput = z.object({
  parentId: z.number().int().positive().nullable(),
  name,
  type: unitType,
  kemendagriCode: z
    .string()
    .trim()
    .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'Kode Kemendagri tidak valid (contoh 16.71.13.1001)')
    .nullable()
    .optional(),
});
export type OrgUnitInput = z.infer<typeof orgUnitInput>;
export const orgUnitPatch = orgUnitInput.partial().extend({ isActive: z.boolean().optional() });
export type OrgUnitPatch = z.infer<typeof orgUnitPatch>;

export const position = z.object({
  id: z.number().int(),
  name: z.string(),
  category: positionCategory,
  unitId: z.number().int(),
  unitName: z.string(),
  superiorPositionId: z.number().int().nullable(),
  superiorPositionName: z.string().nullable(),
  holder: z.object({ employeeId: z.number().int(), name: z.string() }).nullable(),
  isActive: z.boolean(),
});
export type Position = z.infer<typeof position>;

export const positionInput = z.object({
  name,
  category: positionCategory,
  unitId: z.number().int().positive(),
  superiorPositionId: z.number().int().positive().nullable(),
});
export type PositionInput = z.infer<typeof positionInput>;
export const positionPatch = positionInput.partial().extend({ isActive: z.boolean().optional() });
export type PositionPatch = z.infer<typeof positionPatch>;
export const positionListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  vacant: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type PositionListQuery = z.infer<typeof positionListQuery>;

export const employeeKind = z.enum(EMPLOYEE_KINDS);

export const employee = z.object({
  id: z.number().int(),
  nip: z.string(),
  name: z.string(),
  frontTitle: z.string().nullable(),
  backTitle: z.string().nullable(),
  fullName: z.string(),
  kind: employeeKind,
  gender: z.enum(GENDERS),
  birthDate: z.string(),
  golongan: z.string().nullable(),
  pangkat: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  isActive: z.boolean(),
  position: z
    .object({
      id: z.number().int(),
      name: z.string(),
      category: positionCategory,
      unitId: z.number().int(),
      unitName: z.string(),
    })
    .nullable(),
});
export type Employee = z.infer<typeof employee>;

/**
 * The superior (atasan langsung) of an employee on a date: the holder of the employee's superior position, or — when
 * that position is vacant — of the next filled position further up (`isActing` true: acting superior).
 */
export const superiorRef = z.object({
  employeeId: z.number().int(),
  fullName: z.string(),
  positionName: z.string(),
  // Added after the first draft; optional in the type so existing fixtures stay valid. The API always sends them.
  positionId: z.number().int().optional(),
  isActing: z.boolean().optional(),
});
export type SuperiorRef = z.infer<typeof superiorRef>;

export const positionHistoryEntry = z.object({
  id: z.number().int(),
  positionId: z.number().int(),
  positionName: z.string(),
  unitName: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  reason: z.string().nullable(),
});
export type PositionHistoryEntry = z.infer<typeof positionHistoryEntry>;
export const employeeDetail = employee.extend({
  history: z.array(positionHistoryEntry),
  superior: superiorRef.nullable(),
  userId: z.number().int().nullable(),
  /** TMT (start of appointment) from the NIP, `YYYY-MM`; for PPPK only the year is meaningful. */
  tmt: z.string().optional(),
});
export type EmployeeDetail = z.infer<typeof employeeDetail>;

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
export const employeeInput = z.object({
  nip: z.string().trim().min(1, 'NIP wajib diisi').max(30),
  name,
  frontTitle: optionalText(50),
  backTitle: optionalText(100),
  kind: employeeKind,
  gender: z.enum(GENDERS).optional(),
  birthDate: isoDate.optional(),
  golongan: optionalText(10),
  email: z.string().trim().email('Format e-mail tidak valid').max(200).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 -]{6,20}$/, 'Nomor telepon tidak valid')
    .nullable()
    .optional(),
  positionId: z.number().int().positive().nullable().optional(),
  startDate: isoDate.optional(),
});
export type EmployeeInput = z.infer<typeof employeeInput>;
export const employeePatch = employeeInput
  .omit({ nip: true, kind: true, positionId: true, startDate: true })
  .partial();
export type EmployeePatch = z.infer<typeof employeePatch>;

export const employeeListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  kind: employeeKind.optional(),
  status: z.enum(['active', 'inactive', 'all']).default('active'),
  sort: z.enum(['name', 'nip', 'unit']).default('name'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type EmployeeListQuery = z.infer<typeof employeeListQuery>;

export const transferBody = z.object({
  positionId: z.number().int().positive(),
  effectiveDate: isoDate,
  reason: z.string().trim().min(1, 'Alasan wajib diisi').max(500),
});
export type TransferBody = z.infer<typeof transferBody>;
export const deactivateBody = z.object({ reason: z.string().trim().min(1, 'Alasan wajib diisi').max(500) });
export type DeactivateBody = z.infer<typeof deactivateBody>;
export const superiorQuery = z.object({ date: isoDate.optional() });
export type SuperiorQuery = z.infer<typeof superiorQuery>;
export const superiorResult = z.object({
  superior: superiorRef.nullable(),
  /** The date the answer is for (`YYYY-MM-DD`, today in WIB when not asked). */
  date: z.string().optional(),
});
export type SuperiorResult = z.infer<typeof superiorResult>;

export const importJob = z.object({
  id: z.string(),
  status: z.enum(IMPORT_JOB_STATUSES),
  mode: z.enum(IMPORT_MODES),
  fileName: z.string(),
  total: z.number().int(),
  processed: z.number().int(),
  inserted: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
  message: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJob>;

export const importMode = z.enum(IMPORT_MODES);
export const importJobParam = z.object({ jobId: z.uuid('ID pekerjaan impor tidak valid') });
export type ImportJobParam = z.infer<typeof importJobParam>;

export const orgUnitList = z.object({ items: z.array(orgUnit) });
export type OrgUnitList = z.infer<typeof orgUnitList>;
export const employeeExportQuery = employeeListQuery.omit({ page: true, pageSize: true });
export type EmployeeExportQuery = z.infer<typeof employeeExportQuery>;
