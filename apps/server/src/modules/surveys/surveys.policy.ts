import type { Capabilities, Role, Screen } from '@sim/contracts';
import { hasRole, type Actor } from '../../lib/actor';

// Who may do what with SKM surveys. Deny by default: anything not granted here is refused.
//
// "Unit scope": an employee belongs to the unit of their current position; they read the surveys of that unit and
// of the units below it (a Lurah sees the kelurahan's surveys, a Kasi PATEN those of the PATEN counter).

/** The survey managers: HR and the Pimpinan. */
export const SURVEY_MANAGER_ROLES: Role[] = ['ADMIN_KEPEGAWAIAN', 'PIMPINAN'];

/** Creating, editing, opening/closing, publishing, moderating, excluding and the follow-up plan. */
export const canManageSurveys = (actor: Actor) => hasRole(actor, ...SURVEY_MANAGER_ROLES);

/** The survey list and a survey's settings: managers and the complaint desk see all; others their unit scope. */
export const canListAllSurveys = (actor: Actor) =>
  canManageSurveys(actor) || hasRole(actor, 'PETUGAS_PENGADUAN');

/** Results, reports and exports of a survey: managers, or staff of the survey's unit (or a unit above it). */
export const canReadSurveyResults = (actor: Actor, inUnitScope: boolean) =>
  canManageSurveys(actor) || inUnitScope;

/**
 * A survey's page and its follow-up tab: whoever may read its results, and the owner of one of its follow-up
 * actions — whatever unit the survey is in (a Lurah owning an action of a kecamatan-level survey must find it).
 */
export const canOpenSurvey = (actor: Actor, inUnitScope: boolean, ownsFollowup: boolean) =>
  canListAllSurveys(actor) || inUnitScope || ownsFollowup;

/**
 * Which follow-up actions of a survey the actor reads: every one when they may read its results; otherwise the
 * ones they own (only their own: the owner of one action does not read the survey's other plans or results).
 */
export const followupsReadableBy = (actor: Actor, inUnitScope: boolean): 'ALL' | 'OWN' =>
  canReadSurveyResults(actor, inUnitScope) ? 'ALL' : 'OWN';

/** Single-use invitations after a closed complaint or a delivered service: managers, the complaint desk, unit staff. */
export const canInviteToSurvey = (actor: Actor, inUnitScope: boolean) =>
  canManageSurveys(actor) || hasRole(actor, 'PETUGAS_PENGADUAN') || inUnitScope;

/** A follow-up action's progress: managers, and the employee who owns the action. */
export const canUpdateFollowupProgress = (actor: Actor, ownerEmployeeId: number | null) =>
  canManageSurveys(actor) || (ownerEmployeeId !== null && actor.employeeId === ownerEmployeeId);

/**
 * Per-officer SKM results (U6/U7 of responses naming the officer): managers, the officer, and their superiors.
 * The response-count threshold applies on top of this to everybody, managers included.
 */
export const canReadOfficerSkm = (actor: Actor, employeeId: number, isSubordinate: boolean) =>
  canManageSurveys(actor) || actor.employeeId === employeeId || isSubordinate;

/**
 * The surveys module's part of /auth/me capabilities. Every signed-in user opens the survey list: they see the surveys
 * of their unit scope (and their own per-officer results).
 */
export function surveysCapabilities(actor: Actor): { screens: Screen[]; surveys: Capabilities['surveys'] } {
  const manage = canManageSurveys(actor);
  return {
    screens: ['skm', ...(manage ? (['skmManage'] as const) : [])],
    surveys: { manage, listAll: canListAllSurveys(actor) },
  };
}

/** Whose open results screens refresh on a new response (live updates, issue 14 §1): the survey managers. */
export const SURVEY_RESULT_WATCHER_ROLES: Role[] = SURVEY_MANAGER_ROLES;
