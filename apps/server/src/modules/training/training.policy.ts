import type { Capabilities, Role, Screen } from '@sim/contracts';
import { hasRole, type Actor } from '../../lib/actor';

// Who may do what with training (issue 11 §2). Deny by default: anything not granted here is refused. The direct
// superior (atasan langsung) is not a role: the services find it with org's getSuperiorOf and pass the answer in.

/** HR for training: the roles that manage the catalogue and decide the requests of employees without a superior. */
export const TRAINING_MANAGER_ROLES: Role[] = ['ADMIN_KEPEGAWAIAN'];

/** The catalogue, sessions, trainer registry, settings: Admin Kepegawaian (HR). */
export const canManageTraining = (actor: Actor) => hasRole(actor, ...TRAINING_MANAGER_ROLES);

/** Reading the catalogue and the sessions: every signed-in user. */
export const canReadCatalogue = (_actor: Actor) => true;

/** Requesting a seat for oneself: anybody with an employee record. */
export const canRequestEnrolment = (actor: Actor) => actor.employeeId !== null;

/** Approving or rejecting a request, and deciding external evidence: the employee's direct superior only. */
export const canDecideForEmployee = (_actor: Actor, isDirectSuperior: boolean) => isDirectSuperior;

/** Assigning an employee to a session directly: HR, or the employee's direct superior. */
export const canAssignEnrolment = (actor: Actor, isDirectSuperior: boolean) =>
  canManageTraining(actor) || isDirectSuperior;

/** Cancelling an enrolment: the participant, their direct superior, or HR. */
export const canCancelEnrolment = (actor: Actor, isSelf: boolean, isDirectSuperior: boolean) =>
  canManageTraining(actor) || isSelf || isDirectSuperior;

/** Reading an employee's enrolments, JP and evidence: oneself, one's superiors (transitively) and HR. */
export const canReadEmployeeTraining = (actor: Actor, isSelf: boolean, isSubordinate: boolean) =>
  canManageTraining(actor) || hasRole(actor, 'PIMPINAN') || isSelf || isSubordinate;

/** Attendance, test scores and completion of a session: its internal trainers and HR. */
export const canRecordAttendance = (actor: Actor, isSessionTrainer: boolean) =>
  canManageTraining(actor) || isSessionTrainer;

/** The participant list and the feedback summary of a session: its trainers and HR. */
export const canReadSessionParticipants = (actor: Actor, isSessionTrainer: boolean) =>
  canRecordAttendance(actor, isSessionTrainer);

/** Feedback: the participant, once. Certificates: the participant and HR. */
export const canGiveFeedback = (_actor: Actor, isParticipant: boolean) => isParticipant;
export const canDownloadCertificate = (actor: Actor, isParticipant: boolean) =>
  canManageTraining(actor) || isParticipant;

/** Materials of a session: its participants (live enrolment), trainers and HR. */
export const canReadMaterials = (actor: Actor, isParticipant: boolean, isSessionTrainer: boolean) =>
  canManageTraining(actor) || isParticipant || isSessionTrainer;

/** Materials may be added by HR and the session's internal trainers. */
export const canAddMaterials = (actor: Actor, isSessionTrainer: boolean) =>
  canRecordAttendance(actor, isSessionTrainer);

/**
 * The training module's part of /auth/me capabilities. Everybody with an employee record sees the catalogue, their
 * own training and the approvals list (empty unless they lead someone); HR manages; trainers (role PELATIH) and HR
 * open the attendance screen, which lists the sessions they train.
 */
export function trainingCapabilities(actor: Actor): {
  screens: Screen[];
  training: Capabilities['training'];
} {
  const manage = canManageTraining(actor);
  const employee = actor.employeeId !== null;
  const trainer = hasRole(actor, 'PELATIH');
  const screens: Screen[] = [];
  if (employee || manage) screens.push('training');
  if (employee) screens.push('trainingMine', 'trainingApprovals');
  if (manage) screens.push('trainingManage');
  if (manage || trainer) screens.push('trainingAttendance');
  return { screens, training: { manage, recordAnyAttendance: manage } };
}
