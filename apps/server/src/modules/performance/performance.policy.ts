import type { Capabilities, Screen } from '@sim/contracts';
import { hasRole, type Actor } from '../../lib/actor';

// Who may do what with performance data (PermenPANRB 6/2022 and issue 3 §6). Deny by default: anything not granted
// here is refused. The superior relation is not a role; the service works it out from the position tree and passes
// it in as `relation`.

/**
 * How the actor stands to the SKP's owner: `self`; `superior` (the direct superior, who approves and rates);
 * `above` (further up the chain, reads only); `none`.
 */
export type Relation = 'self' | 'superior' | 'above' | 'none';

/** Performance years, periods and deadlines are administrative: Admin Kepegawaian. */
export const canManageYears = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN');

/**
 * The Pimpinan and Admin Kepegawaian oversee the whole office: every SKP (the `all` list), everybody's deadlines, the
 * cascade from the head of office.
 */
export const canReadAllSkp = (actor: Actor) => hasRole(actor, 'PIMPINAN', 'ADMIN_KEPEGAWAIAN');

/** Employees read their own SKP; superiors their subordinates' (transitively); Pimpinan and Admin read all. */
export const canReadSkp = (actor: Actor, relation: Relation) => relation !== 'none' || canReadAllSkp(actor);

/** The cascade starts at the actor's own RHK, or — for those who read every SKP — at the head of office. */
export const canOpenCascade = (actor: Actor) => actor.employeeId !== null || canReadAllSkp(actor);

/** Only the owner drafts and edits, and only while it is a draft or returned. */
export const canEditSkp = (relation: Relation, status: string) =>
  relation === 'self' && (status === 'DRAFT' || status === 'RETURNED');

/** The direct superior (from the position tree) approves or returns a submitted SKP. */
export const canDecideSkp = (relation: Relation, status: string) =>
  relation === 'superior' && status === 'SUBMITTED';

/** Realisation and evidence are recorded by the owner once the SKP has been approved at least once. */
export const canRealise = (relation: Relation, hasBeenApproved: boolean) =>
  relation === 'self' && hasBeenApproved;

/** The superior (any level above) writes feedback; the owner asks for it. */
export const canGiveFeedback = (relation: Relation) => relation === 'superior' || relation === 'above';
export const canAskFeedback = (relation: Relation) => relation === 'self';

/**
 * Only the rater — the owner's superior on the period's end date — rates. Admin Kepegawaian, the Pimpinan acting
 * outside the chain, and the owner never do.
 */
export const canRate = (actor: Actor, raterEmployeeId: number | null) =>
  raterEmployeeId !== null && actor.employeeId === raterEmployeeId;

/** The organisation predikat and the calibration decision belong to the Pimpinan. */
export const canCalibrate = (actor: Actor) => hasRole(actor, 'PIMPINAN');

/** The calibration screen is read by the Pimpinan (who decides) and Admin Kepegawaian (who exports). */
export const canReadCalibration = (actor: Actor) => hasRole(actor, 'PIMPINAN', 'ADMIN_KEPEGAWAIAN');

/** Rater delegations of a year: recorded by Admin Kepegawaian, read by Admin and the Pimpinan. */
export const canReadDelegations = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN', 'PIMPINAN');

/** The allowed distribution rules are administrative settings. */
export const canEditDistributionRules = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN', 'PIMPINAN');

/**
 * Who decides an objection: the rater's superior in the tree (Atasan Pejabat Penilai Kinerja), or — when the rater has
 * nobody above in the tree — an official outside it, whose decision Admin Kepegawaian or a Pimpinan records.
 */
export type ObjectionDecider =
  { kind: 'SUPERIOR'; raterId: number; employeeId: number } | { kind: 'EXTERNAL'; raterId: number };

/**
 * An objection is decided by the rater's superior; an external one is recorded by Admin Kepegawaian or a Pimpinan.
 * The rater never decides (nor records) an objection to their own rating.
 */
export const canDecideObjection = (actor: Actor, decider: ObjectionDecider) => {
  if (actor.employeeId !== null && actor.employeeId === decider.raterId) return false;
  return decider.kind === 'SUPERIOR'
    ? actor.employeeId === decider.employeeId
    : hasRole(actor, 'ADMIN_KEPEGAWAIAN', 'PIMPINAN');
};

/** Unit exports: Admin Kepegawaian and the Pimpinan. */
export const canExportUnit = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN', 'PIMPINAN');

/** The performance module's part of /auth/me capabilities. Every signed-in user opens the SKP home page. */
export function performanceCapabilities(actor: Actor): {
  screens: Screen[];
  performance: Capabilities['performance'];
} {
  const readCalibration = canReadCalibration(actor);
  return {
    screens: [
      'performance',
      ...(canOpenCascade(actor) ? (['performanceCascade'] as const) : []),
      ...(readCalibration ? (['performanceCalibration'] as const) : []),
    ],
    performance: {
      manageYears: canManageYears(actor),
      readAllSkp: canReadAllSkp(actor),
      readCalibration,
      calibrate: canCalibrate(actor),
      editDistributionRules: canEditDistributionRules(actor),
      exportUnit: canExportUnit(actor),
    },
  };
}
