import { hasRole, type Actor } from '../../lib/actor';

/** Reading the audit log: Admin Kepegawaian and the Pimpinan. */
export const canReadAudit = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN', 'PIMPINAN');
