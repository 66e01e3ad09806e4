import type { Capabilities, Role, Screen } from '@sim/contracts';
import { hasRole, type Actor } from '../../lib/actor';

// Who may do what in internal oversight (deny by default). Team membership is data, so the service looks it up and
// passes it in as `OversightRelation`; roles decide the rest.
//
// Teams are formed by the Pimpinan (Camat): the decree (surat tugas) is the head of office's, and the oversight team
// examines every unit including the personnel office, so the Admin Kepegawaian — who could be inspected — does not
// choose the inspectors. Candidates are employees holding the TIM_PENGAWAS role.

/** How the actor stands to the oversight teams, on the day asked about. */
export type OversightRelation = {
  /** Teams the actor is a member of whose period includes today: only these let them act as an inspector. */
  activeTeamIds: readonly number[];
  /** Every team the actor was ever a member of: they keep reading the team's records after its period. */
  memberTeamIds: readonly number[];
  /** The units the actor works in (their position's unit and those below it) — announced plans there are shown. */
  ownUnitIds: readonly number[];
};

/** The role whose holders may be put on a team (candidates for inspector). */
export const INSPECTOR_CANDIDATE_ROLE: Role = 'TIM_PENGAWAS';

const isOversightTeamRole = (actor: Actor) => hasRole(actor, INSPECTOR_CANDIDATE_ROLE);

/** The Pimpinan sees every plan, inspection and finding of the office. */
export const seesAllOversight = (actor: Actor) => hasRole(actor, 'PIMPINAN');

/** Forms teams by decree and changes their members and period. */
export const canManageOversightTeams = (actor: Actor) => hasRole(actor, 'PIMPINAN');

export const canReadOversightTeams = (actor: Actor) => seesAllOversight(actor) || isOversightTeamRole(actor);

/** Checklist templates are the team's working tools; the Pimpinan may adjust them too. */
export const canManageChecklistTemplates = (actor: Actor) =>
  seesAllOversight(actor) || isOversightTeamRole(actor);

export const canReadChecklistTemplates = canManageChecklistTemplates;

/**
 * The oversight settings — due days of recommendations, and when reminders and escalations go out: the head of
 * office, for the same reason as the teams — how long a unit gets to answer a finding about it is not for the
 * units to set.
 */
export const canManageOversightSettings = (actor: Actor) => hasRole(actor, 'PIMPINAN');

export const canReadOversightSettings = (actor: Actor) =>
  canManageOversightSettings(actor) || isOversightTeamRole(actor);

/**
 * Only members act as inspectors, and only while their team's period lasts: an inspection, a finding or a
 * recommendation is written for a team the actor is an active member of (and still holds the role).
 */
export const canActForTeam = (actor: Actor, teamId: number, rel: OversightRelation) =>
  actor.employeeId !== null && isOversightTeamRole(actor) && rel.activeTeamIds.includes(teamId);

/** Plans are made by the team's active members, or by the Pimpinan who assigns the team. */
export const canPlanForTeam = (actor: Actor, teamId: number, rel: OversightRelation) =>
  seesAllOversight(actor) || canActForTeam(actor, teamId, rel);

/** Reads every record of a team: the Pimpinan, and the team's members (also after its period). */
export const readsTeamRecords = (actor: Actor, teamId: number, rel: OversightRelation) =>
  seesAllOversight(actor) || (isOversightTeamRole(actor) && rel.memberTeamIds.includes(teamId));

type PlanFacts = {
  team_id: number;
  kind: string;
  status: string;
  target_unit_id: number;
  target_employee_id: number | null;
};

/**
 * A plan is read by the team and the Pimpinan; a planned (announced) one also by the employee or the unit it
 * targets. An unannounced inspection (sidak) is never shown to its target.
 */
export function canReadPlan(actor: Actor, plan: PlanFacts, rel: OversightRelation): boolean {
  if (readsTeamRecords(actor, plan.team_id, rel)) return true;
  if (plan.kind !== 'PLANNED' || plan.status === 'CANCELLED') return false;
  return (
    (actor.employeeId !== null && plan.target_employee_id === actor.employeeId) ||
    rel.ownUnitIds.includes(plan.target_unit_id)
  );
}

type FindingFacts = { team_id: number; is_integrity: boolean; concerned_employee_id: number | null };

/**
 * A finding is read by its team and the Pimpinan, and by the person concerned; an ordinary (non-integrity) one
 * also by every oversight-team member and by the owners of its recommendations (`ownsRecommendation`).
 */
export function canReadFinding(
  actor: Actor,
  f: FindingFacts,
  rel: OversightRelation,
  ownsRecommendation: boolean,
): boolean {
  if (readsTeamRecords(actor, f.team_id, rel)) return true;
  if (actor.employeeId !== null && f.concerned_employee_id === actor.employeeId) return true;
  if (f.is_integrity) return false;
  return isOversightTeamRole(actor) || ownsRecommendation;
}

/** The internal-oversight module's part of /auth/me capabilities. */
export function oversightCapabilities(actor: Actor): {
  screens: Screen[];
  oversight: Capabilities['oversight'];
} {
  const team = isOversightTeamRole(actor);
  const readTeams = canReadOversightTeams(actor);
  const employeeOrHead = actor.employeeId !== null || seesAllOversight(actor);
  return {
    screens: [
      ...(readTeams ? (['oversightTeams'] as const) : []),
      ...(employeeOrHead ? (['oversightPlans'] as const) : []),
      ...(canReadChecklistTemplates(actor) ? (['oversightTemplates'] as const) : []),
      ...(readTeams ? (['oversightInspections'] as const) : []),
      ...(employeeOrHead ? (['oversightFindings'] as const) : []),
      ...(canManageOversightSettings(actor) ? (['oversightSettings'] as const) : []),
    ],
    oversight: {
      manageTeams: canManageOversightTeams(actor),
      manageTemplates: canManageChecklistTemplates(actor),
      inspect: team && actor.employeeId !== null,
      manageSettings: canManageOversightSettings(actor),
    },
  };
}
