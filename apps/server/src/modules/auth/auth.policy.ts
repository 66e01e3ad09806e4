import { hasRole, type Actor } from '../../lib/actor';

/** Accounts and roles are managed by Admin Kepegawaian only. */
export const canManageUsers = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN');
