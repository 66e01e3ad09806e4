import type { Role, Screen } from '@sim/contracts';
import type { RecommendationRelation } from '@sim/domain';
import { hasRole, type Actor } from '../../lib/actor';
import { canManageOversightSettings } from './oversight.policy';

// Who may do what with the follow-up of recommendations, integrity findings and the oversight reports (issue 12,
// oversight-and-forum.md). Deny by default. How the actor stands to one recommendation (owner, inspecting team
// member) depends on the organisation and the team on a date: the service resolves those facts and passes them in;
// the rules that turn them into permissions are here.

/** The head of office (Camat) decides on "tidak dapat ditindaklanjuti" and receives escalations. */
export const isHeadOfOffice = (actor: Actor) => hasRole(actor, 'PIMPINAN');

/** Overdue recommendations escalate to the holders of this role in the owner unit's chain (like complaints). */
export const OVERSIGHT_ESCALATION_ROLE: Role = 'PIMPINAN';

/** Facts about the actor and one recommendation, resolved by the service. */
export type RecommendationFacts = {
  /** The actor is the owning employee, or heads the owning unit today. */
  isOwner: boolean;
  /** The actor is a member of the inspecting team, within the team's period. */
  isInspector: boolean;
  /** The owner (or the owning unit's head) is below the actor in the position tree. */
  isOwnersSuperior: boolean;
  /** The finding is an integrity finding (possible misconduct). */
  isIntegrity: boolean;
  /** The actor is the person the integrity finding concerns. */
  isConcerned: boolean;
};

/** The actor's relations for the state machine in @sim/domain (`nextRecommendationStatus`). */
export function recommendationRelationsOf(actor: Actor, f: RecommendationFacts): RecommendationRelation[] {
  const relations: RecommendationRelation[] = [];
  if (f.isOwner) relations.push('OWNER');
  if (f.isInspector) relations.push('INSPECTOR');
  if (isHeadOfOffice(actor)) relations.push('HEAD_OF_OFFICE');
  return relations;
}

/**
 * Who may read a recommendation and its follow-ups: the owner, the inspecting team, the Pimpinan; for an ordinary
 * finding also the owner's superiors (they receive the escalation). An integrity finding's recommendations only the
 * team, the Pimpinan and the person concerned (oversight-and-forum.md).
 */
export function canReadRecommendation(actor: Actor, f: RecommendationFacts): boolean {
  if (f.isIntegrity) return canReadIntegrityFinding(actor, f);
  return f.isOwner || f.isInspector || isHeadOfOffice(actor) || f.isOwnersSuperior;
}

/** Integrity findings: the team, the Pimpinan and the person concerned, nobody else (not the owner's superior). */
export function canReadIntegrityFinding(
  actor: Actor,
  f: Pick<RecommendationFacts, 'isInspector' | 'isConcerned' | 'isOwner'>,
): boolean {
  return f.isInspector || f.isConcerned || isHeadOfOffice(actor) || f.isOwner;
}

/** Reports over every unit (inspections, findings, follow-up rate, overdue list): the Pimpinan and team members. */
export const canReadOversightReports = (actor: Actor, isTeamMember: boolean) =>
  isHeadOfOffice(actor) || isTeamMember;

/** The reminder and escalation settings: whoever sets the other oversight settings (the Pimpinan). */
export const canManageFollowUpSettings = canManageOversightSettings;

/**
 * The screens of the follow-up: the work list for every employee (owners, inspectors, superiors) and the Pimpinan;
 * the reports for the Pimpinan and the Tim Pengawas role (the service still requires a current team membership).
 */
export function oversightFollowUpCapabilities(actor: Actor): { screens: Screen[] } {
  const screens: Screen[] = [];
  if (actor.employeeId !== null || isHeadOfOffice(actor)) screens.push('oversightFollowUps');
  if (isHeadOfOffice(actor) || hasRole(actor, 'TIM_PENGAWAS')) screens.push('oversightReports');
  return { screens };
}
