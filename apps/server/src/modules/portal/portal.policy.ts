import type { Screen } from '@sim/contracts';
import { hasRole, type Actor } from '../../lib/actor';

// The public portal needs no login; the only staff action is the open-data setting (the small-cell minimum), kept by
// Admin Kepegawaian like the other agency settings. Deny by default.

export const canManageOpenDataSettings = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN');

/** The portal's part of /auth/me: the open-data settings screen. */
export function portalCapabilities(actor: Actor): { screens: Screen[] } {
  return { screens: canManageOpenDataSettings(actor) ? ['openDataSettings'] : [] };
}
