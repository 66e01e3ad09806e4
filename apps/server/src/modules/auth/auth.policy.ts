import type { Capabilities, Role, Screen } from '@sim/contracts';
import { hasRole, type Actor } from '../../lib/actor';

/** Accounts and roles are managed by Admin Kepegawaian only. */
export const canManageUsers = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN');

/** The roles of an account created for an employee (by HR or the import): a plain employee until HR adds more. */
export const EMPLOYEE_ACCOUNT_ROLES: readonly Role[] = ['PEGAWAI'];

/**
 * An admin cannot take the Admin Kepegawaian role from their own account: the office would be left without anybody
 * able to give it back.
 */
export const dropsOwnAdminRole = (actor: Actor, userId: number, roles: readonly Role[]) =>
  userId === actor.userId && !roles.includes('ADMIN_KEPEGAWAIAN');

/** The auth module's part of /auth/me capabilities. */
export function authCapabilities(actor: Actor): { screens: Screen[]; users: Capabilities['users'] } {
  const manage = canManageUsers(actor);
  return { screens: manage ? ['users'] : [], users: { manage } };
}
