import type { Role, Screen } from '@sim/contracts';
import { hasRole, type Actor } from '../../lib/actor';

// Who reads the Pimpinan dashboard (issue 14 §2): the head of office, and Admin Kepegawaian read-only (it prepares
// the office's reports and already reads the same figures module by module). Deny by default: an employee or a
// superior gets 403 — their own dashboards are Kinerja Saya and Tim Saya.

export const canReadLeadershipDashboard = (actor: Actor) => hasRole(actor, 'PIMPINAN', 'ADMIN_KEPEGAWAIAN');

/** Who is told each month that the summary PDF is ready. */
export const LEADERSHIP_SUMMARY_ROLE: Role = 'PIMPINAN';

/** The dashboard's part of /auth/me: its screen. */
export function dashboardLeadershipCapabilities(actor: Actor): { screens: Screen[] } {
  return { screens: canReadLeadershipDashboard(actor) ? ['dashboardLeadership'] : [] };
}
