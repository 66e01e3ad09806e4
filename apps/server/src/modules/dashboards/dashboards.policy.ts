import type { Screen } from '@sim/contracts';
import { hasRole, type Actor } from '../../lib/actor';

// Who may open Kinerja Saya and Tim Saya (issue 14 §2). Deny by default. Being someone's superior is not a role: the
// service works it out from the position tree (org) and passes it in as `hasSubordinates`.

/** Kinerja Saya: every account that is an employee, for their own figures only. */
export const canReadMyDashboard = (actor: Actor) => actor.employeeId !== null;

/** Admin Kepegawaian and the Pimpinan read any unit's people (the unit filter on Tim Saya). */
export const canReadAnyTeam = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN', 'PIMPINAN');

/** Tim Saya: a superior (anyone with people below them in the tree), Admin Kepegawaian and the Pimpinan. */
export const canReadTeamDashboard = (actor: Actor, hasSubordinates: boolean) =>
  hasSubordinates || canReadAnyTeam(actor);

/** The dashboards' part of the /auth/me capabilities. */
export function dashboardsCapabilities(
  actor: Actor,
  facts: { hasSubordinates: boolean },
): { screens: Screen[] } {
  return {
    screens: [
      ...(canReadMyDashboard(actor) ? (['dashboardMe'] as const) : []),
      ...(canReadTeamDashboard(actor, facts.hasSubordinates) ? (['dashboardTeam'] as const) : []),
    ],
  };
}
