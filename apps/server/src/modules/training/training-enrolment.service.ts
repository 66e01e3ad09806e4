import type {
  EnrolmentAssignInput,
  EnrolmentCancelInput,
  EnrolmentRequestInput,
  TrainingDecisionInput,
  TrainingEnrolment,
} from '@sim/contracts';
import { formatTanggal, todayOf, toWibIsoDate } from '@sim/domain';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notifications.service';
import { findSubordinateEmployeeIds, getSuperiorOf } from '../org/org.service';
import { buildIcs } from './training-calendar.rules';
import { fillSeatsFromWaitlist, isDirectSuperior, sessionTitleOf, toEnrolment } from './training-common';
import * as policy from './training.policy';
import * as repo from './training.repository';
import { publishLive } from '../live/live.service';

// Enrolment (issue 11 §2): the employee requests a seat and the direct superior approves or rejects; HR or the
// superior may assign directly; a full session puts the person on a first-come-first-served waiting list and a
// cancellation hands the seat to the first waiting person. One live enrolment per employee and session.

async function getEnrolmentRow(db: Database, id: number) {
  const row = await repo.findEnrolmentById(db, id);
  if (!row) throw notFound('Pendaftaran pelatihan');
  return row;
}

/** Approved when a seat is free, else on the waiting list (the session row is locked by the caller's transaction). */
async function seatOrWaitlist(trx: Database, sessionId: number, now: Date) {
  const session = await repo.lockSession(trx, sessionId);
  if (!session) throw notFound('Sesi pelatihan');
  const taken = await repo.countSeatsTaken(trx, sessionId);
  return taken < session.capacity
    ? { status: 'APPROVED' as const, waitlisted_at: null }
    : { status: 'WAITLISTED' as const, waitlisted_at: now };
}

function checkSessionOpenFor(session: repo.SessionRow, now: Date, path: string) {
  if (session.status === 'CANCELLED') throw invalid(path, 'Sesi pelatihan ini dibatalkan');
  if (session.completed_at) throw invalid(path, 'Sesi pelatihan ini sudah selesai');
  if (session.ends_at <= now) throw invalid(path, 'Sesi pelatihan ini sudah berakhir');
}

export async function getEnrolment(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
): Promise<TrainingEnrolment> {
  const row = await getEnrolmentRow(ctx.db, id);
  const today = todayOf(ctx.now());
  const isSelf = actor.employeeId === row.employee_id;
  const isSubordinate =
    actor.employeeId !== null &&
    (await findSubordinateEmployeeIds(ctx.db, actor.employeeId, today)).includes(row.employee_id);
  const isTrainer =
    actor.employeeId !== null && (await repo.isTrainerOfSession(ctx.db, row.session_id, actor.employeeId));
  if (
    !policy.canReadEmployeeTraining(actor, isSelf, isSubordinate) &&
    !policy.canReadSessionParticipants(actor, isTrainer)
  ) {
    throw forbidden('Anda tidak berwenang melihat pendaftaran ini');
  }
  return toEnrolment(row);
}

/**
 * The employee asks for a seat in an open session; the direct superior decides. An employee with no superior in
 * the tree (the head of office) is decided by HR.
 */
export async function requestEnrolment(
  ctx: ServiceContext,
  actor: Actor,
  sessionId: number,
  input: EnrolmentRequestInput,
): Promise<TrainingEnrolment> {
  if (!policy.canRequestEnrolment(actor) || actor.employeeId === null) {
    throw forbidden('Hanya pegawai yang dapat mendaftar pelatihan');
  }
  const employeeId = actor.employeeId;
  const session = await repo.findSessionById(ctx.db, sessionId);
  if (!session) throw notFound('Sesi pelatihan');
  const now = ctx.now();
  if (session.status !== 'OPEN') throw invalid('sessionId', 'Pendaftaran sesi ini belum/tidak dibuka');
  if (session.starts_at <= now) throw invalid('sessionId', 'Sesi pelatihan ini sudah dimulai');
  const id = await ctx.db.transaction().execute(async (trx) => {
    await repo.lockSession(trx, sessionId);
    if (await repo.findLiveEnrolment(trx, sessionId, employeeId)) {
      throw conflict('sessionId', 'Anda sudah terdaftar pada sesi ini');
    }
    const id = await repo.insertEnrolment(trx, {
      session_id: sessionId,
      employee_id: employeeId,
      status: 'REQUESTED',
      origin: 'REQUEST',
      requested_by: actor.userId,
      request_note: input.note,
    });
    await publishToDecider(trx, employeeId, todayOf(now), { enrolmentId: id, status: 'REQUESTED' });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'training.enrolment_requested',
      entityType: 'training_enrolment',
      entityId: id,
      after: { sessionId, employeeId },
    });
    return id;
  });
  return toEnrolment(await getEnrolmentRow(ctx.db, id));
}

/**
 * Live updates (issue 14 §1): a request appears on, and a cancelled one leaves, the decider's approvals list — the
 * direct superior, or HR when the employee has no superior (as `decidesFor` decides).
 */
async function publishToDecider(
  trx: Database,
  employeeId: number,
  today: string,
  payload: { enrolmentId: number; status: string },
  alsoEmployee = false,
) {
  const superior = await getSuperiorOf(trx, employeeId, today);
  await publishLive(
    trx,
    superior
      ? { employeeIds: [superior.employeeId, ...(alsoEmployee ? [employeeId] : [])] }
      : { roles: policy.TRAINING_MANAGER_ROLES, employeeIds: alsoEmployee ? [employeeId] : [] },
    'training.enrolment',
    payload,
  );
}

/** Whether the actor decides for this employee: the direct superior, or HR when the employee has no superior. */
async function decidesFor(ctx: ServiceContext, actor: Actor, employeeId: number) {
  const today = todayOf(ctx.now());
  if (await isDirectSuperior(ctx.db, actor.employeeId, employeeId, today)) return true;
  return policy.canManageTraining(actor) && (await getSuperiorOf(ctx.db, employeeId, today)) === null;
}

/** Tells the participant what was decided for them (approved, waiting list, rejected), in the decision's transaction. */
async function notifyEnrolment(
  trx: Database,
  ctx: ServiceContext,
  row: repo.EnrolmentRow,
  status: string,
  reason: string | null,
) {
  const title = sessionTitleOf(row.programme_title, row.title_suffix);
  const what =
    status === 'REJECTED'
      ? `Permintaan Anda mengikuti pelatihan ${title} ditolak${reason ? `: ${reason}` : '.'}`
      : status === 'WAITLISTED'
        ? `Anda masuk daftar tunggu pelatihan ${title}.`
        : `Anda terdaftar pada pelatihan ${title} (${formatTanggal(toWibIsoDate(row.starts_at))}).`;
  await notify(trx, {
    to: { employeeId: row.employee_id },
    type: 'TRAINING_ENROLMENT',
    params: { title, status, reason },
    link: `/pelatihan/sesi/${row.session_id}`,
    at: ctx.now(),
    mail: { subject: `Pendaftaran pelatihan: ${title}`, text: what },
  });
}

/** The direct superior approves (seat or waiting list) or rejects with a reason a REQUESTED enrolment. */
export async function decideEnrolment(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: TrainingDecisionInput,
): Promise<TrainingEnrolment> {
  const row = await getEnrolmentRow(ctx.db, id);
  if (!policy.canDecideForEmployee(actor, await decidesFor(ctx, actor, row.employee_id))) {
    throw forbidden('Permintaan pelatihan diputuskan oleh atasan langsung pegawai');
  }
  if (row.status !== 'REQUESTED') throw conflict('status', 'Permintaan ini sudah diputuskan');
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const seat = input.approve
      ? await seatOrWaitlist(trx, row.session_id, now)
      : { status: 'REJECTED' as const, waitlisted_at: null };
    await repo.updateEnrolment(trx, id, {
      ...seat,
      decided_by: actor.userId,
      decided_by_name: actor.displayName,
      decided_at: now,
      decision_reason: input.reason,
      updated_at: now,
    });
    // The employee's training page and home show the decision at once (live updates, issue 14 §1).
    await publishLive(trx, { employeeIds: [row.employee_id] }, 'training.enrolment', {
      enrolmentId: id,
      status: seat.status,
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: input.approve ? 'training.enrolment_approved' : 'training.enrolment_rejected',
      entityType: 'training_enrolment',
      entityId: id,
      after: { status: seat.status, reason: input.reason },
    });
    await notifyEnrolment(trx, ctx, row, seat.status, input.reason);
  });
  return toEnrolment(await getEnrolmentRow(ctx.db, id));
}

/**
 * Enrols employee X in session Y on the authority of actor Z (HR, or X's direct superior): a seat when one is free,
 * else the waiting list. An open request of X for Y is approved by this instead of adding a second enrolment.
 * Training needs accepted by the superior (issue 11 §5) come through here. Runs in the caller's transaction when
 * given one.
 */
export async function enrolEmployeeInSession(
  ctx: ServiceContext,
  actor: Actor,
  input: { sessionId: number; employeeId: number; note?: string | null },
  trx?: Database,
): Promise<TrainingEnrolment> {
  const db = trx ?? ctx.db;
  const today = todayOf(ctx.now());
  const isSuperior = await isDirectSuperior(db, actor.employeeId, input.employeeId, today);
  if (!policy.canAssignEnrolment(actor, isSuperior)) {
    throw forbidden('Penugasan pelatihan hanya oleh atasan langsung atau Admin Kepegawaian');
  }
  const session = await repo.findSessionById(db, input.sessionId);
  if (!session) throw notFound('Sesi pelatihan');
  const now = ctx.now();
  checkSessionOpenFor(session, now, 'sessionId');
  const employee = await repo.findEmployeeBrief(db, input.employeeId);
  if (!employee || !employee.is_active)
    throw invalid('employeeId', 'Pegawai tidak ditemukan atau tidak aktif');
  const run = async (tx: Database) => {
    const seat = await seatOrWaitlist(tx, input.sessionId, now);
    const live = await repo.findLiveEnrolment(tx, input.sessionId, input.employeeId);
    if (live && live.status !== 'REQUESTED') {
      throw conflict('employeeId', 'Pegawai ini sudah terdaftar pada sesi ini');
    }
    const decision = {
      ...seat,
      assigned_by: actor.userId,
      assigned_by_name: actor.displayName,
      decided_by: actor.userId,
      decided_by_name: actor.displayName,
      decided_at: now,
    };
    let id: number;
    if (live) {
      id = live.id;
      await repo.updateEnrolment(tx, id, { ...decision, updated_at: now });
    } else {
      id = await repo.insertEnrolment(tx, {
        session_id: input.sessionId,
        employee_id: input.employeeId,
        origin: 'ASSIGNMENT',
        request_note: input.note ?? null,
        ...decision,
      });
    }
    await publishLive(tx, { employeeIds: [input.employeeId] }, 'training.enrolment', {
      enrolmentId: id,
      status: seat.status,
    });
    await recordAudit(tx, auditContextOf(actor), {
      action: 'training.enrolment_assigned',
      entityType: 'training_enrolment',
      entityId: id,
      after: { sessionId: input.sessionId, employeeId: input.employeeId, status: seat.status },
    });
    await notifyEnrolment(tx, ctx, (await repo.findEnrolmentById(tx, id))!, seat.status, null);
    return id;
  };
  const id = trx ? await run(trx) : await ctx.db.transaction().execute(run);
  return toEnrolment(await getEnrolmentRow(db, id));
}

export async function assignEnrolment(
  ctx: ServiceContext,
  actor: Actor,
  sessionId: number,
  input: EnrolmentAssignInput,
) {
  return enrolEmployeeInSession(ctx, actor, { sessionId, employeeId: input.employeeId, note: input.note });
}

/** The participant, their direct superior or HR cancels; a freed seat goes to the first person waiting. */
export async function cancelEnrolment(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: EnrolmentCancelInput,
): Promise<TrainingEnrolment> {
  const row = await getEnrolmentRow(ctx.db, id);
  const isSelf = actor.employeeId === row.employee_id;
  const isSuperior = await isDirectSuperior(ctx.db, actor.employeeId, row.employee_id, todayOf(ctx.now()));
  if (!policy.canCancelEnrolment(actor, isSelf, isSuperior)) {
    throw forbidden('Pembatalan oleh peserta, atasan langsungnya atau Admin Kepegawaian');
  }
  if (!['REQUESTED', 'APPROVED', 'WAITLISTED'].includes(row.status)) {
    throw conflict('status', 'Pendaftaran ini tidak dapat dibatalkan lagi');
  }
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockSession(trx, row.session_id);
    await repo.updateEnrolment(trx, id, {
      status: 'CANCELLED',
      waitlisted_at: null,
      cancelled_by: actor.userId,
      cancelled_at: now,
      cancel_reason: input.reason,
      updated_at: now,
    });
    const promoted = row.status === 'APPROVED' ? await fillSeatsFromWaitlist(trx, row.session_id, now) : [];
    // The participant's own pages (whoever cancelled) and the decider's list refresh.
    await publishToDecider(
      trx,
      row.employee_id,
      todayOf(now),
      { enrolmentId: id, status: 'CANCELLED' },
      true,
    );
    await recordAudit(trx, auditContextOf(actor), {
      action: 'training.enrolment_cancelled',
      entityType: 'training_enrolment',
      entityId: id,
      before: { status: row.status },
      after: { reason: input.reason, promotedEnrolmentIds: promoted },
    });
  });
  return toEnrolment(await getEnrolmentRow(ctx.db, id));
}

/** Every enrolment of a session (participants, waiting list, requests): its trainers and HR. */
export async function listSessionEnrolments(ctx: ServiceContext, actor: Actor, sessionId: number) {
  const session = await repo.findSessionById(ctx.db, sessionId);
  if (!session) throw notFound('Sesi pelatihan');
  const isTrainer =
    actor.employeeId !== null && (await repo.isTrainerOfSession(ctx.db, sessionId, actor.employeeId));
  if (!policy.canReadSessionParticipants(actor, isTrainer)) {
    throw forbidden('Daftar peserta hanya untuk pelatih sesi ini dan Admin Kepegawaian');
  }
  return { items: (await repo.findEnrolments(ctx.db, { sessionId })).map(toEnrolment) };
}

/** Requests waiting for the actor's decision: those of the people whose direct superior the actor is. */
export async function listPendingEnrolmentDecisions(ctx: ServiceContext, actor: Actor) {
  const pending = await repo.findEnrolments(ctx.db, { statuses: ['REQUESTED'] });
  const mine: TrainingEnrolment[] = [];
  for (const row of pending) {
    if (await decidesFor(ctx, actor, row.employee_id)) mine.push(toEnrolment(row));
  }
  return mine;
}

/** The employee's enrolments, newest session first. */
export async function listEnrolmentsOf(db: Database, employeeId: number) {
  return (await repo.findEnrolments(db, { employeeIds: [employeeId] })).map(toEnrolment);
}

/** The .ics file of a session for the participant's calendar (RFC 5545, times in UTC). */
export async function buildSessionIcs(ctx: ServiceContext, actor: Actor, sessionId: number) {
  if (!policy.canReadCatalogue(actor)) throw forbidden();
  const session = await repo.findSessionById(ctx.db, sessionId);
  if (!session) throw notFound('Sesi pelatihan');
  const title = sessionTitleOf(session.programme_title, session.title_suffix);
  const host = new URL(ctx.config.publicUrl ?? `http://localhost:${ctx.config.port}`).hostname;
  const body = buildIcs({
    uid: `pelatihan-sesi-${session.id}@${host}`,
    title,
    startsAt: session.starts_at,
    endsAt: session.ends_at,
    location: session.location ?? session.online_url,
    description: `${title}, ${formatTanggal(toWibIsoDate(session.starts_at))}. ${session.jp} JP.${session.online_url ? ` Tautan: ${session.online_url}` : ''}`,
    url: session.online_url,
    stamp: ctx.now(),
  });
  return { body, fileName: `pelatihan-${session.id}.ics` };
}
