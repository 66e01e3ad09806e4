import type { Capabilities, Screen } from '@sim/contracts';
import { hasRole, type Actor } from '../../lib/actor';

/** Reading the audit log: Admin Kepegawaian and the Pimpinan. */
export const canReadAudit = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN', 'PIMPINAN');

/** The audit module's part of /auth/me capabilities. */
export function auditCapabilities(actor: Actor): { screens: Screen[]; audit: Capabilities['audit'] } {
  const read = canReadAudit(actor);
  return { screens: read ? ['audit'] : [], audit: { read } };
}
