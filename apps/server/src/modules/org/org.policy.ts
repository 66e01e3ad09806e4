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

export function employeeReadScope(actor: Actor): EmployeeReadScope {
  if (hasRole(actor, 'ADMIN_KEPEGAWAIAN', 'PIMPINAN')) return { kind: 'all' };
  if (actor.employeeId !== null) return { kind: 'self_and_subordinates', employeeId: actor.employeeId };
  return { kind: 'none' };
}

/** The spreadsheet of all employees: HR and the Pimpinan. */
export const canExportEmployees = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN', 'PIMPINAN');

/** An import job's report names NIPs and errors: its creator and HR may read it. */
export const canReadImportJob = (actor: Actor, job: { created_by: number | null }) =>
  canManageOrg(actor) || (job.created_by !== null && job.created_by === actor.userId);
