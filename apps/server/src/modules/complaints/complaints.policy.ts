import {
  COMPLAINT_SCOPES,
  type Capabilities,
  type ComplaintQueueScope,
  type Role,
  type Screen,
} from '@sim/contracts';
import { hasRole, type Actor } from '../../lib/actor';

// Who may do what with complaints (deny by default). Relations that depend on the organisation (the assignee's
// superior) are resolved by the service and passed in as `relation`.

/** How the actor stands to one complaint. */
export type ComplaintRelation = {
  isAssignee: boolean;
  /** The assignee is one of the actor's subordinates (transitively, from the position tree). */
  isAssigneesSuperior: boolean;
};

type ComplaintFacts = {
  status: string;
  paused_status: string | null;
  is_integrity: boolean;
  is_anonymous: boolean;
  verifier_user_id: number | null;
};

/** The Admin Kepegawaian maintains the catalogue, the holiday calendar, the deadline policy and Open311 keys. */
export const canManageComplaintSettings = (actor: Actor) => hasRole(actor, 'ADMIN_KEPEGAWAIAN');

/** Staff who may read the catalogue and settings (needed by the forms). */
export const canReadComplaintSettings = (actor: Actor) =>
  hasRole(actor, 'ADMIN_KEPEGAWAIAN', 'PETUGAS_PENGADUAN', 'PIMPINAN', 'PEGAWAI', 'TIM_PENGAWAS');

/** The desk: verifies, dispositions, records walk-in and phone complaints, sees every complaint. */
export const isComplaintDesk = (actor: Actor) => hasRole(actor, 'PETUGAS_PENGADUAN');

/** Who sees every complaint: the desk and the Pimpinan. */
export const seesAllComplaints = (actor: Actor) => hasRole(actor, 'PETUGAS_PENGADUAN', 'PIMPINAN');

/** Integrity complaints are seen by those who see every complaint and by the oversight team (complaints.md). */
export const canReadIntegrityComplaints = (actor: Actor) =>
  seesAllComplaints(actor) || hasRole(actor, 'TIM_PENGAWAS');

/**
 * The line that an integrity complaint is under examination by the oversight team (issue 12 §4) is shown only to
 * those who may read integrity complaints as such (the desk, the Pimpinan, the team) — not to the assignee or their
 * superior, who may be the people examined, and never to the citizen (the event is internal).
 */
export const canSeeOversightExamination = (actor: Actor) => canReadIntegrityComplaints(actor);

/** Who may read one complaint. Integrity complaints are also visible to the oversight team (complaints.md). */
export function canReadComplaint(actor: Actor, c: ComplaintFacts, rel: ComplaintRelation): boolean {
  if (seesAllComplaints(actor)) return true;
  if (c.is_integrity && canReadIntegrityComplaints(actor)) return true;
  return rel.isAssignee || rel.isAssigneesSuperior;
}

/**
 * The queues an actor may open: an employee their own and their team's (subordinates'); the desk its verification
 * queue; the desk and the Pimpinan every complaint; integrity complaints per `canReadIntegrityComplaints`.
 */
export function canOpenComplaintQueue(actor: Actor, scope: ComplaintQueueScope): boolean {
  switch (scope) {
    case 'mine':
    case 'team':
      return actor.employeeId !== null;
    case 'verification':
      return isComplaintDesk(actor);
    case 'all':
      return seesAllComplaints(actor);
    case 'integrity':
      return canReadIntegrityComplaints(actor);
  }
}

export const complaintQueueScopesOf = (actor: Actor): ComplaintQueueScope[] =>
  COMPLAINT_SCOPES.filter((scope) => canOpenComplaintQueue(actor, scope));

/**
 * The disposition form's list of possible assignees: the desk, the Pimpinan, and employees (a superior reassigning
 * within their team).
 */
export const canListAssignees = (actor: Actor) =>
  isComplaintDesk(actor) || hasRole(actor, 'PIMPINAN') || actor.employeeId !== null;

/** Statistics of a whole unit: the desk and the Pimpinan. */
export const canReadUnitComplaintStats = (actor: Actor) => seesAllComplaints(actor);

/**
 * Statistics of any employee: the desk, the Pimpinan and Admin Kepegawaian (performance evidence). Anybody else reads
 * their own and, as a superior, their subordinates' (resolved by the service from the position tree).
 */
export const canReadAnyEmployeeComplaintStats = (actor: Actor) =>
  seesAllComplaints(actor) || hasRole(actor, 'ADMIN_KEPEGAWAIAN');

/** The statistics screen: one's own figures (an employee), or a unit's. */
export const canOpenComplaintStats = (actor: Actor) =>
  actor.employeeId !== null || canReadUnitComplaintStats(actor);

/** Breached complaints escalate to the holders of this role in the unit's chain (complaints.md, escalation). */
export const ESCALATION_ROLE: Role = 'PIMPINAN';

const isAwaitingVerification = (c: ComplaintFacts) =>
  c.status === 'DITERIMA' || (c.status === 'MENUNGGU_INFO' && c.paused_status === 'DITERIMA');

/**
 * Reporter contact only for the verifier and the assignee (complaints.md privacy): any desk officer while the
 * complaint waits for verification, afterwards the officer who verified it. Anonim hides the reporter from all staff.
 */
export function canSeeReporter(actor: Actor, c: ComplaintFacts, rel: ComplaintRelation): boolean {
  if (c.is_anonymous) return false;
  if (rel.isAssignee) return true;
  if (c.verifier_user_id === actor.userId) return true;
  return isComplaintDesk(actor) && isAwaitingVerification(c);
}

/**
 * The export of everything held about one complainant (UU 27/2022 Pasal 7, issue 16 §5): the desk, who deals with
 * complainants, and the Admin Kepegawaian as the system's administrator. Each export is audited.
 */
export const canExportComplainantData = (actor: Actor) =>
  hasRole(actor, 'PETUGAS_PENGADUAN', 'ADMIN_KEPEGAWAIAN');

export type ComplaintActionName =
  'VERIFY' | 'REJECT' | 'DISPOSITION' | 'REASSIGN' | 'NOTE' | 'REQUEST_INFO' | 'RESOLVE';

const IN_HANDLING = ['DIDISPOSISI', 'DIPROSES'];

/** The workflow actions open to the actor on the complaint in its current state. */
export function allowedActions(
  actor: Actor,
  c: ComplaintFacts,
  rel: ComplaintRelation,
): ComplaintActionName[] {
  const actions: ComplaintActionName[] = [];
  const desk = isComplaintDesk(actor);
  const pausedInHandling = c.status === 'MENUNGGU_INFO' && c.paused_status !== 'DITERIMA';
  if (desk && c.status === 'DITERIMA') actions.push('VERIFY');
  if (desk && (isAwaitingVerification(c) || c.status === 'DIVERIFIKASI')) actions.push('REJECT');
  if (desk && c.status === 'DIVERIFIKASI') actions.push('DISPOSITION');
  if (
    (desk || rel.isAssigneesSuperior || hasRole(actor, 'PIMPINAN')) &&
    (IN_HANDLING.includes(c.status) || pausedInHandling)
  ) {
    actions.push('REASSIGN');
  }
  if (
    c.status !== 'DITUTUP' &&
    c.status !== 'DITOLAK' &&
    (desk || rel.isAssignee || rel.isAssigneesSuperior)
  ) {
    actions.push('NOTE');
  }
  if ((desk && c.status === 'DITERIMA') || (rel.isAssignee && IN_HANDLING.includes(c.status))) {
    actions.push('REQUEST_INFO');
  }
  if (rel.isAssignee && IN_HANDLING.includes(c.status)) actions.push('RESOLVE');
  return actions;
}

/** Public notes (seen by the citizen) come from the desk or the assignee; superiors write internal notes only. */
export const canWritePublicNote = (actor: Actor, rel: ComplaintRelation) =>
  isComplaintDesk(actor) || rel.isAssignee;

/** The complaints module's part of /auth/me capabilities. */
export function complaintsCapabilities(actor: Actor): {
  screens: Screen[];
  complaints: Capabilities['complaints'];
} {
  const queueScopes = complaintQueueScopesOf(actor);
  const recordWalkIn = isComplaintDesk(actor);
  const manageSettings = canManageComplaintSettings(actor);
  return {
    screens: [
      ...(queueScopes.length > 0 ? (['complaints'] as const) : []),
      ...(canOpenComplaintStats(actor) ? (['complaintStats'] as const) : []),
      ...(recordWalkIn ? (['complaintWalkIn'] as const) : []),
      ...(manageSettings ? (['complaintSettings'] as const) : []),
      ...(canExportComplainantData(actor) ? (['complaintPrivacy'] as const) : []),
    ],
    complaints: {
      queueScopes,
      recordWalkIn,
      manageSettings,
      readUnitStats: canReadUnitComplaintStats(actor),
    },
  };
}

/**
 * Before/after photos of the work come from the assignee while the complaint is handled, paused for the citizen,
 * or resolved and not yet closed (the "after" photo is often taken last).
 */
export const canAddWorkPhoto = (c: ComplaintFacts, isAssignee: boolean) =>
  isAssignee && ['DIDISPOSISI', 'DIPROSES', 'MENUNGGU_INFO', 'SELESAI'].includes(c.status);

/**
 * Who has a complaint on screen besides its assignee and the assignee's superiors (live updates, issue 14 §1): the
 * roles that see every complaint (their queues), and the oversight team for integrity complaints.
 */
export const complaintWatcherRoles = (c: { is_integrity: boolean }): Role[] =>
  c.is_integrity ? ['PETUGAS_PENGADUAN', 'PIMPINAN', 'TIM_PENGAWAS'] : ['PETUGAS_PENGADUAN', 'PIMPINAN'];
