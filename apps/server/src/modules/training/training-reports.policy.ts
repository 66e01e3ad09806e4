import type { Capabilities, Screen } from '@sim/contracts';
import { hasRole, type Actor } from '../../lib/actor';

// Who may see the training figures (issue 11 §3–4). Deny by default. The superior relation is not a role: the
// service works out an actor's subordinates from the position tree; these functions answer for roles only.

/** The JP target and the external cost per JP are agency settings kept by Admin Kepegawaian. */
export const canManageTrainingTargets = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN');

/** HR and the Pimpinan see the whole office's JP coverage and who is below the target; others their team only. */
export const canReadOfficeJp = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN', 'PIMPINAN');

/** The cost saving report (and its XLSX) is for HR and the Pimpinan. */
export const canReadCostSaving = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN', 'PIMPINAN');

/** Trainer statistics of everybody: HR (who keeps the registry) and the Pimpinan. */
export const canReadAllTrainerStats = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN', 'PIMPINAN');

/**
 * One trainer's delivered sessions: the trainer themself, HR and the Pimpinan; the trainer's superiors see them
 * through the SKP evidence (the service passes `isSuperior`).
 */
export const canReadTrainerSessions = (actor: Actor, employeeId: number, isSuperior: boolean) =>
  actor.employeeId === employeeId || isSuperior || canReadAllTrainerStats(actor);

/** The internal trainers themselves (the PELATIH role) see their own statistics on the trainers screen. */
const isTrainer = (actor: Actor) => hasRole(actor, 'PELATIH');

/**
 * The training report screens and actions for /auth/me: the JP target page for every employee (their own JP, and
 * their team's when they have one) and for HR/Pimpinan (the office); the trainers' statistics for HR, the Pimpinan
 * and the trainers.
 */
export function trainingReportsCapabilities(actor: Actor): {
  screens: Screen[];
  trainingReports: Capabilities['trainingReports'];
} {
  const readOffice = canReadOfficeJp(actor);
  const readAllTrainers = canReadAllTrainerStats(actor);
  return {
    screens: [
      ...(readOffice || actor.employeeId !== null ? (['trainingJp'] as const) : []),
      ...(readAllTrainers || isTrainer(actor) ? (['trainingTrainers'] as const) : []),
    ],
    trainingReports: {
      readOffice,
      readCostSaving: canReadCostSaving(actor),
      manageTargets: canManageTrainingTargets(actor),
      readAllTrainers,
    },
  };
}
