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

/** Who may read one complaint. Integrity complaints are also visible to the oversight team (complaints.md). */
export function canReadComplaint(actor: Actor, c: ComplaintFacts, rel: ComplaintRelation): boolean {
  if (seesAllComplaints(actor)) return true;
  if (c.is_integrity && hasRole(actor, 'TIM_PENGAWAS')) return true;
  return rel.isAssignee || rel.isAssigneesSuperior;
}

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

/**
 * Before/after photos of the work come from the assignee while the complaint is handled, paused for the citizen,
 * or resolved and not yet closed (the "after" photo is often taken last).
 */
export const canAddWorkPhoto = (c: ComplaintFacts, isAssignee: boolean) =>
  isAssignee && ['DIDISPOSISI', 'DIPROSES', 'MENUNGGU_INFO', 'SELESAI'].includes(c.status);
