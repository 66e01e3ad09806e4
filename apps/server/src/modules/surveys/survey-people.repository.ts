import type { Role } from '@sim/contracts';
import { sql, type SqlBool } from 'kysely';
import type { Database } from '../../db/database';
import { activeOn } from '../org/org-queries';

// Reads of org (and account) tables for SKM: the officers a respondent may name, an employee's unit, names, the
// managers' accounts. The org module's rules (subtrees, superiors, unit heads) are reached through its service.

/**
 * Active employees holding, on `date`, a position in one of `unitIds` — the officers a respondent may name and the
 * owners a follow-up action may get. Names only leave this module on the public form.
 */
export async function findUnitOfficers(db: Database, unitIds: number[], date: string) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('employees as e')
    .innerJoin('employee_positions as ep', 'ep.employee_id', 'e.id')
    .innerJoin('positions as p', 'p.id', 'ep.position_id')
    .select(['e.id', 'e.name', 'e.front_title', 'e.back_title'])
    .distinct()
    .where('e.is_active', '=', true)
    .where(sql<SqlBool>`p.unit_id = any(${unitIds}::int[])`)
    .where(activeOn('ep', date))
    .orderBy('e.name')
    .orderBy('e.id')
    .limit(500)
    .execute();
}

/** The unit of the employee's position on `date` (the most recent assignment when several overlap). */
export async function findEmployeeUnitId(
  db: Database,
  employeeId: number,
  date: string,
): Promise<number | null> {
  const row = await db
    .selectFrom('employee_positions as ep')
    .innerJoin('positions as p', 'p.id', 'ep.position_id')
    .select('p.unit_id')
    .where('ep.employee_id', '=', employeeId)
    .where(activeOn('ep', date))
    .orderBy('ep.start_date', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.unit_id ?? null;
}

export async function findEmployeeNames(db: Database, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('employees')
    .select(['id', 'name', 'front_title', 'back_title', 'is_active'])
    .where('id', 'in', ids)
    .execute();
}

/** Active accounts holding one of the roles, with their employee record if any (the survey managers to notify). */
export async function findActiveUsersWithRoles(db: Database, roles: Role[]) {
  if (roles.length === 0) return [];
  return db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.employee_id'])
    .distinct()
    .where('u.is_active', '=', true)
    .where('r.role', 'in', roles)
    .orderBy('u.id')
    .execute();
}
