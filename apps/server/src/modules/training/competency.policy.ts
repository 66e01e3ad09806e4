import type { Capabilities, Screen } from '@sim/contracts';
import { hasRole, type Actor } from '../../lib/actor';

// Who may do what with competencies and training needs (issue 11 §1, §5). Deny by default. The superior relation is
// not a role: the service works it out from the position tree (org `getSuperiorOf`, `findSubordinateEmployeeIds`)
// and passes it in.

/**
 * How the actor stands to an employee: `self`; `superior` (the direct superior today, who assesses and decides
 * needs); `above` (further up the chain, reads only); `none`.
 */
export type CompetencyRelation = 'self' | 'superior' | 'above' | 'none';

/** The competency dictionary and the position standards are kept by Admin Kepegawaian (HR). */
export const canManageCompetencies = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN');

/** HR and the Pimpinan oversee everyone's competencies, gaps and needs (the `all` scope, any unit). */
export const canReadAllCompetencies = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN', 'PIMPINAN');

/** One's own, one's subordinates' (any level below), or everyone's for HR and the Pimpinan. */
export const canReadEmployeeCompetencies = (actor: Actor, relation: CompetencyRelation) =>
  relation !== 'none' || canReadAllCompetencies(actor);

/**
 * Only the direct superior assesses (PermenPANRB 6/2022 Format B.1.9: the leader scores after coaching): not the
 * employee, not a superior further up, not HR.
 */
export const canAssessCompetency = (relation: CompetencyRelation) => relation === 'superior';

/** The direct superior accepts a training need (enrolling the employee) or dismisses it with a reason. */
export const canDecideTrainingNeed = (relation: CompetencyRelation) => relation === 'superior';

/** The needs settings (look-back, thresholds, signal → competency mapping) are HR's. */
export const canManageTrainingNeedSettings = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN');

/**
 * The competency part of /auth/me capabilities. The dictionary is everybody's; the gap and needs screens are for
 * whoever has an employee record (their own and their team's) or oversees everyone.
 */
export function competencyCapabilities(actor: Actor): {
  screens: Screen[];
  competency: Capabilities['competency'];
} {
  const personal = actor.employeeId !== null || canReadAllCompetencies(actor);
  return {
    screens: ['competencies', ...(personal ? (['competencyGaps', 'trainingNeeds'] as const) : [])],
    competency: {
      manage: canManageCompetencies(actor),
      readAll: canReadAllCompetencies(actor),
      manageNeedSettings: canManageTrainingNeedSettings(actor),
    },
  };
}
