import { sql, type SqlBool } from 'kysely';
import type { EmployeeKind, Gender, ImportJobStatus, ImportMode } from '@sim/contracts';
import type { Database } from '../../db/database';
import { fetchPage } from '../../db/paging';
import type { ImportRowError } from '../../db/schema';
import { containsPattern, unitSubtreeSql } from './org.repository';

// Employees, their effective-dated position history (employee_positions), their login accounts when created in
// bulk, and import jobs.

export type EmployeeFilter = {
  q?: string;
  unitId?: number;
  kind?: EmployeeKind;
  status: 'active' | 'inactive' | 'all';
  /** Only these employees (scope of a non-admin actor); undefined = no restriction. */
  ids?: number[];
  /** The day "current position" refers to. */
  date: string;
};

export type EmployeeSort = 'name' | 'nip' | 'unit';

/**
 * Employees with the position shown for `date`: the assignment in force that day, or else the next one that
 * starts later (a newly hired employee whose first day is still ahead).
 */
function employeesWithPosition(db: Database, date: string) {
  return db.selectFrom('employees as e').leftJoinLateral(
    (eb) =>
      eb
        .selectFrom('employee_positions as ep')
        .innerJoin('positions as p', 'p.id', 'ep.position_id')
        .innerJoin('org_units as u', 'u.id', 'p.unit_id')
        .whereRef('ep.employee_id', '=', 'e.id')
        .where((w) => w.or([w('ep.end_date', 'is', null), w('ep.end_date', '>=', date)]))
        .select([
          'p.id as position_id',
          'p.name as position_name',
          'p.category as position_category',
          'p.unit_id',
          'u.name as unit_name',
          'ep.start_date as position_start',
        ])
        .orderBy(sql`ep.start_date <= ${date}::date`, 'desc')
        .orderBy('ep.start_date', 'desc')
        .limit(1)
        .as('cur'),
    (join) => join.onTrue(),
  );
}

function applyFilter(q: ReturnType<typeof employeesWithPosition>, f: EmployeeFilter) {
  if (f.ids) {
    const ids = f.ids;
    q = q.where(sql<SqlBool>`e.id = any(${ids}::int[])`);
  }
  if (f.status !== 'all') q = q.where('e.is_active', '=', f.status === 'active');
  if (f.kind) q = q.where('e.kind', '=', f.kind);
  if (f.unitId) q = q.where('cur.unit_id', 'in', unitSubtreeSql(f.unitId));
  if (f.q) {
    const digits = f.q.replace(/[\s.]/g, '');
    if (/^\d+$/.test(digits)) {
      q = q.where('e.nip', 'like', `${digits}%`);
    } else {
      q = q.where(sql`lower(e.name)`, 'like', containsPattern(f.q));
    }
  }
  return q;
}

const EMPLOYEE_COLUMNS = [
  'e.id',
  'e.nip',
  'e.name',
  'e.front_title',
  'e.back_title',
  'e.kind',
  'e.gender',
  'e.birth_date',
  'e.tmt',
  'e.golongan',
  'e.email',
  'e.phone',
  'e.is_active',
  'e.deactivated_reason',
  'cur.position_id',
  'cur.position_name',
  'cur.position_category',
  'cur.unit_id',
  'cur.unit_name',
  'cur.position_start',
] as const;

function sorted(q: ReturnType<typeof employeesWithPosition>, sort: EmployeeSort) {
  if (sort === 'nip') return q.orderBy('e.nip');
  if (sort === 'unit') q = q.orderBy(sql`cur.unit_name is null`).orderBy('cur.unit_name');
  return q.orderBy(sql`lower(e.name)`).orderBy('e.id');
}

/** One query for the page and one for the count. */
export async function findEmployeesPage(
  db: Database,
  f: EmployeeFilter,
  sort: EmployeeSort,
  page: number,
  pageSize: number,
) {
  const q = applyFilter(employeesWithPosition(db, f.date), f);
  return fetchPage(sorted(q, sort).select(EMPLOYEE_COLUMNS), q, page, pageSize);
}

export type EmployeeRow = Awaited<ReturnType<typeof findEmployeesPage>>['items'][number];

/** Every matching employee (export); same filter and order as the list. */
export async function findEmployeesAll(
  db: Database,
  f: EmployeeFilter,
  sort: EmployeeSort,
): Promise<EmployeeRow[]> {
  return sorted(applyFilter(employeesWithPosition(db, f.date), f), sort)
    .select(EMPLOYEE_COLUMNS)
    .execute();
}

export async function findEmployeeById(
  db: Database,
  id: number,
  date: string,
): Promise<EmployeeRow | undefined> {
  return employeesWithPosition(db, date).select(EMPLOYEE_COLUMNS).where('e.id', '=', id).executeTakeFirst();
}

export async function findEmployeeIdByNip(db: Database, nip: string) {
  const row = await db.selectFrom('employees').select('id').where('nip', '=', nip).executeTakeFirst();
  return row?.id;
}

export async function findPositionHistory(db: Database, employeeId: number) {
  return db
    .selectFrom('employee_positions as ep')
    .innerJoin('positions as p', 'p.id', 'ep.position_id')
    .innerJoin('org_units as u', 'u.id', 'p.unit_id')
    .select([
      'ep.id',
      'ep.position_id',
      'p.name as position_name',
      'u.name as unit_name',
      'ep.start_date',
      'ep.end_date',
      'ep.reason',
    ])
    .where('ep.employee_id', '=', employeeId)
    .orderBy('ep.start_date', 'desc')
    .orderBy('ep.id', 'desc')
    .execute();
}

/** The assignment with no end date, if any (at most one per employee: a partial unique index). */
export async function findOpenAssignment(db: Database, employeeId: number) {
  return db
    .selectFrom('employee_positions')
    .selectAll()
    .where('employee_id', '=', employeeId)
    .where('end_date', 'is', null)
    .executeTakeFirst();
}

/** The latest start date and the latest end date among the employee's assignments (to keep history ordered). */
export async function findAssignmentBounds(db: Database, employeeId: number) {
  const row = await db
    .selectFrom('employee_positions')
    .select((eb) => [
      eb.fn.max<string | null>('start_date').as('last_start'),
      eb.fn.max<string | null>('end_date').as('last_end'),
    ])
    .where('employee_id', '=', employeeId)
    .executeTakeFirstOrThrow();
  return { lastStart: row.last_start, lastEnd: row.last_end };
}

export type NewEmployee = {
  nip: string;
  name: string;
  front_title: string | null;
  back_title: string | null;
  kind: EmployeeKind;
  gender: Gender;
  birth_date: string;
  tmt: string;
  golongan: string | null;
  email: string | null;
  phone: string | null;
};

export async function insertEmployee(db: Database, row: NewEmployee) {
  return db.insertInto('employees').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Multi-row insert; returns ids in the order of `rows`. */
export async function insertEmployees(db: Database, rows: NewEmployee[]) {
  if (rows.length === 0) return [];
  const inserted = await db.insertInto('employees').values(rows).returning(['id', 'nip']).execute();
  const byNip = new Map(inserted.map((r) => [r.nip, r.id]));
  return rows.map((r) => byNip.get(r.nip)!);
}

export async function updateEmployee(
  db: Database,
  id: number,
  patch: Partial<NewEmployee & { is_active: boolean; deactivated_reason: string | null; updated_at: Date }>,
) {
  await db.updateTable('employees').set(patch).where('id', '=', id).execute();
}

export type NewAssignment = {
  employee_id: number;
  position_id: number;
  start_date: string;
  reason: string | null;
  end_date?: string | null;
};

export async function insertAssignments(db: Database, rows: NewAssignment[]) {
  if (rows.length === 0) return;
  await db.insertInto('employee_positions').values(rows).execute();
}

export async function closeAssignment(db: Database, id: number, endDate: string) {
  await db.updateTable('employee_positions').set({ end_date: endDate }).where('id', '=', id).execute();
}

/** Removes an assignment that never took effect (it starts on or after the day it is cancelled). */
export async function deleteAssignment(db: Database, id: number) {
  await db.deleteFrom('employee_positions').where('id', '=', id).execute();
}

/** Which of these NIPs are already in use. */
export async function findExistingNips(db: Database, nips: string[]): Promise<Set<string>> {
  if (nips.length === 0) return new Set();
  const rows = await db
    .selectFrom('employees')
    .select('nip')
    .where(sql<SqlBool>`nip = any(${nips}::text[])`)
    .execute();
  return new Set(rows.map((r) => r.nip));
}

/** Whether the organisation has any data yet (the demo seed only fills an empty database). */
export async function hasOrgData(db: Database): Promise<boolean> {
  const row = await sql<{ has: boolean }>`
    select exists (select 1 from employees) or exists (select 1 from org_units) as has`.execute(db);
  return row.rows[0]?.has ?? false;
}

/** Serialises concurrent seeders (several instances starting at once) until the transaction ends. */
export async function lockForSeeding(db: Database) {
  await sql`select pg_advisory_xact_lock(7160013)`.execute(db);
}

// ---------------------------------------------------------------- import jobs

export async function insertImportJob(
  db: Database,
  job: {
    id: string;
    kind: string;
    status: ImportJobStatus;
    mode: ImportMode;
    file_name: string;
    created_by: number | null;
    total: number;
  },
) {
  return db
    .insertInto('import_jobs')
    .values({ ...job, errors: JSON.stringify([]) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateImportJob(
  db: Database,
  id: string,
  patch: Partial<{
    status: ImportJobStatus;
    total: number;
    processed: number;
    inserted: number;
    errors: ImportRowError[];
    message: string | null;
    updated_at: Date;
  }>,
) {
  const { errors, ...rest } = patch;
  return db
    .updateTable('import_jobs')
    .set({ ...rest, ...(errors ? { errors: JSON.stringify(errors) } : {}) })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findImportJob(db: Database, id: string) {
  return db.selectFrom('import_jobs').selectAll().where('id', '=', id).executeTakeFirst();
}
