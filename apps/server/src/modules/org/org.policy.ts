import type { Capabilities, Screen } from '@sim/contracts';
import { hasRole, type Actor } from '../../lib/actor';

// Who may see and change the organisation and its employees. Deny by default: anything not granted here is refused.

/** Units and positions are the shared map of the office: every logged-in user reads them. */
export const canReadOrg = (_actor: Actor) => true;

/** Units, positions and employee records (create, edit, deactivate, transfer, import) are kept by HR only. */
export const canManageOrg = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN');

/**
 * Which employees an actor may read: HR and the Pimpinan read everyone; anybody else their own record and their
 * subordinates (transitively, from the position tree); an account without an employee record reads nobody.
 */
export type EmployeeReadScope =
  { kind: 'all' } | { kind: 'self_and_subordinates'; employeeId: number } | { kind: 'none' };

/** HR and the Pimpinan read every employee; they alone get the organisation screens (tree and employee list). */
export const canReadAllEmployees = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN', 'PIMPINAN');

export function employeeReadScope(actor: Actor): EmployeeReadScope {
  if (canReadAllEmployees(actor)) return { kind: 'all' };
  if (actor.employeeId !== null) return { kind: 'self_and_subordinates', employeeId: actor.employeeId };
  return { kind: 'none' };
}

/** The spreadsheet of all employees: HR and the Pimpinan. */
export const canExportEmployees = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN', 'PIMPINAN');

/** An import job's report names NIPs and errors: its creator and HR may read it. */
export const canReadImportJob = (actor: Actor, job: { created_by: number | null }) =>
  canManageOrg(actor) || (job.created_by !== null && job.created_by === actor.userId);

/**
 * The org module's part of /auth/me capabilities. Everybody else reads their own record (and their superior's name)
 * on the profile page, so the organisation screens are offered to those who read every employee.
 */
export function orgCapabilities(actor: Actor): { screens: Screen[]; org: Capabilities['org'] } {
  const manage = canManageOrg(actor);
  const readAllEmployees = canReadAllEmployees(actor);
  return {
    screens: [
      ...(readAllEmployees ? (['org', 'employees'] as const) : []),
      ...(manage ? (['employeesManage', 'employeesBulkImport'] as const) : []),
    ],
    org: { manage, readAllEmployees, exportEmployees: canExportEmployees(actor) },
  };
}
