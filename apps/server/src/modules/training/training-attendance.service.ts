import type {
  AttendanceInput,
  AttendanceSheet,
  CompletionResult,
  TestScoresInput,
  TrainingFeedbackInput,
  TrainingFeedbackSummary,
} from '@sim/contracts';
import { attendancePercent, evaluateCompletion, fullNameOf, todayOf, toWibIsoDate } from '@sim/domain';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { getSession } from './training-catalogue.service';
import { issueCertificate } from './training-certificates.service';
import { sessionTitleOf, toEnrolment, wibYearOf } from './training-common';
import * as policy from './training.policy';
import * as repo from './training.repository';

// Attendance per session day, pre/post test scores and completion (issue 11 §2): recorded by the session's
// internal trainers or HR. A participant completes when the share of days attended reaches the session's rule and
// the post-test (if the session has one) is passed; completion credits the session's JP for the WIB year of its
// last day and issues the certificate. Then the participants' feedback on the session and each trainer.

/** Statuses on the attendance sheet: people with a seat. */
const SHEET_STATUSES = ['APPROVED', 'COMPLETED', 'NOT_COMPLETED'] as const;

async function requireRecorder(ctx: ServiceContext, actor: Actor, sessionId: number) {
  const session = await repo.findSessionById(ctx.db, sessionId);
  if (!session) throw notFound('Sesi pelatihan');
  const isTrainer =
    actor.employeeId !== null && (await repo.isTrainerOfSession(ctx.db, sessionId, actor.employeeId));
  if (!policy.canRecordAttendance(actor, isTrainer)) {
    throw forbidden('Daftar hadir diisi oleh pelatih internal sesi ini atau Admin Kepegawaian');
  }
  if (session.status === 'CANCELLED') throw invalid('sessionId', 'Sesi pelatihan ini dibatalkan');
  return session;
}

export async function getAttendanceSheet(
  ctx: ServiceContext,
  actor: Actor,
  sessionId: number,
): Promise<AttendanceSheet> {
  const session = await repo.findSessionById(ctx.db, sessionId);
  if (!session) throw notFound('Sesi pelatihan');
  const isTrainer =
    actor.employeeId !== null && (await repo.isTrainerOfSession(ctx.db, sessionId, actor.employeeId));
  if (!policy.canReadSessionParticipants(actor, isTrainer)) {
    throw forbidden('Daftar hadir hanya untuk pelatih sesi ini dan Admin Kepegawaian');
  }
  const dto = await getSession(ctx, actor, sessionId);
  const enrolments = await repo.findEnrolments(ctx.db, { sessionId, statuses: [...SHEET_STATUSES] });
  const attendance = await repo.findAttendanceOfSession(ctx.db, sessionId);
  return {
    session: dto,
    participants: enrolments
      .sort((a, b) => fullNameOf(a).localeCompare(fullNameOf(b), 'id'))
      .map((e) => {
        const mine = attendance.filter((a) => a.enrolment_id === e.id);
        const present = mine.filter((a) => a.present && dto.days.includes(a.day)).length;
        return {
          enrolmentId: e.id,
          employeeId: e.employee_id,
          employeeName: fullNameOf(e),
          nip: e.nip,
          status: e.status,
          attendance: dto.days.map((day) => ({
            day,
            present: mine.find((a) => a.day === day)?.present ?? null,
          })),
          attendancePercent: e.attendance_percent ?? attendancePercent(present, dto.days.length),
          preTestScore: e.pre_test_score,
          postTestScore: e.post_test_score,
        };
      }),
  };
}

/** Marks who was present on one session day (not a future day; not after the session was completed). */
export async function recordAttendance(
  ctx: ServiceContext,
  actor: Actor,
  sessionId: number,
  input: AttendanceInput,
) {
  const session = await requireRecorder(ctx, actor, sessionId);
  if (session.completed_at) throw conflict('day', 'Sesi sudah dinyatakan selesai; daftar hadir terkunci');
  const days = (await repo.findDaysOfSessions(ctx.db, [sessionId])).map((d) => d.day);
  if (!days.includes(input.day)) throw invalid('day', 'Tanggal ini bukan hari sesi pelatihan');
  if (input.day > todayOf(ctx.now()))
    throw invalid('day', 'Kehadiran hari yang belum tiba tidak dapat dicatat');
  const participants = await repo.findEnrolments(ctx.db, { sessionId, statuses: ['APPROVED'] });
  const ids = new Set(participants.map((p) => p.id));
  const stranger = input.records.find((r) => !ids.has(r.enrolmentId));
  if (stranger) throw invalid('records', `Pendaftaran ${stranger.enrolmentId} bukan peserta sesi ini`);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertAttendance(
      trx,
      input.records.map((r) => ({
        enrolment_id: r.enrolmentId,
        session_id: sessionId,
        day: input.day,
        present: r.present,
        recorded_by: actor.userId,
        recorded_at: now,
      })),
    );
    await recordAudit(trx, auditContextOf(actor), {
      action: 'training.attendance_recorded',
      entityType: 'training_session',
      entityId: sessionId,
      after: {
        day: input.day,
        present: input.records.filter((r) => r.present).length,
        total: input.records.length,
      },
    });
  });
  return getAttendanceSheet(ctx, actor, sessionId);
}

/** Pre/post test scores (0–100) of participants; an omitted score stays, null clears it. */
export async function recordTestScores(
  ctx: ServiceContext,
  actor: Actor,
  sessionId: number,
  input: TestScoresInput,
) {
  const session = await requireRecorder(ctx, actor, sessionId);
  if (session.completed_at) throw conflict('scores', 'Sesi sudah dinyatakan selesai; nilai terkunci');
  const participants = await repo.findEnrolments(ctx.db, { sessionId, statuses: ['APPROVED'] });
  const ids = new Set(participants.map((p) => p.id));
  const stranger = input.scores.find((s) => !ids.has(s.enrolmentId));
  if (stranger) throw invalid('scores', `Pendaftaran ${stranger.enrolmentId} bukan peserta sesi ini`);
  await ctx.db.transaction().execute(async (trx) => {
    for (const s of input.scores) {
      await repo.updateEnrolment(trx, s.enrolmentId, {
        ...(s.preTestScore !== undefined && { pre_test_score: s.preTestScore }),
        ...(s.postTestScore !== undefined && { post_test_score: s.postTestScore }),
        updated_at: ctx.now(),
      });
    }
  });
  return getAttendanceSheet(ctx, actor, sessionId);
}

/**
 * Completes a session once its last day has come: each approved participant is COMPLETED (JP credited, certificate
 * issued) or NOT_COMPLETED with the reason; people still waiting or requesting are cancelled. Once per session.
 */
export async function completeSession(
  ctx: ServiceContext,
  actor: Actor,
  sessionId: number,
): Promise<CompletionResult> {
  const session = await requireRecorder(ctx, actor, sessionId);
  if (session.completed_at) throw conflict('sessionId', 'Sesi ini sudah dinyatakan selesai');
  const days = (await repo.findDaysOfSessions(ctx.db, [sessionId])).map((d) => d.day);
  const now = ctx.now();
  if (days.length > 0 && days[days.length - 1]! > todayOf(now)) {
    throw invalid('sessionId', 'Sesi baru dapat dinyatakan selesai pada hari terakhirnya');
  }
  const title = sessionTitleOf(session.programme_title, session.title_suffix);
  const items: CompletionResult['items'] = [];
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockSession(trx, sessionId);
    const participants = await repo.findEnrolments(trx, { sessionId, statuses: ['APPROVED'] });
    const attendance = await repo.findAttendanceOfSession(trx, sessionId);
    for (const p of participants) {
      const present = attendance.filter(
        (a) => a.enrolment_id === p.id && a.present && days.includes(a.day),
      ).length;
      const pct = attendancePercent(present, days.length);
      const result = evaluateCompletion(
        {
          minAttendancePercent: session.min_attendance_percent,
          postTestPassMark: session.post_test_pass_mark,
        },
        { attendancePercent: pct, postTestScore: p.post_test_score },
      );
      const status = result.completed ? ('COMPLETED' as const) : ('NOT_COMPLETED' as const);
      await repo.updateEnrolment(trx, p.id, {
        status,
        attendance_percent: pct,
        completed_at: result.completed ? now : null,
        updated_at: now,
      });
      if (result.completed) {
        await repo.insertJpCredit(trx, {
          employee_id: p.employee_id,
          year: wibYearOf(session.ends_at),
          jp: session.jp,
          source: 'SESSION',
          enrolment_id: p.id,
          evidence_id: null,
          title,
          completed_on: toWibIsoDate(session.ends_at),
        });
        await issueCertificate(trx, p.id, actor.userId, now);
      }
      items.push({
        enrolmentId: p.id,
        status,
        reason: result.completed ? null : result.reason,
        jpCredited: result.completed ? session.jp : null,
      });
    }
    for (const w of await repo.findEnrolments(trx, { sessionId, statuses: ['REQUESTED', 'WAITLISTED'] })) {
      await repo.updateEnrolment(trx, w.id, {
        status: 'CANCELLED',
        waitlisted_at: null,
        cancelled_at: now,
        cancel_reason: 'Sesi telah selesai',
        updated_at: now,
      });
    }
    await repo.updateSession(trx, sessionId, { status: 'CLOSED', completed_at: now, updated_at: now });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'training.session_completed',
      entityType: 'training_session',
      entityId: sessionId,
      after: { completed: items.filter((i) => i.status === 'COMPLETED').length, total: items.length },
    });
  });
  return {
    completed: items.filter((i) => i.status === 'COMPLETED').length,
    notCompleted: items.filter((i) => i.status === 'NOT_COMPLETED').length,
    items,
  };
}

// ---------------------------------------------------------------- feedback

/** The participant's one feedback on the session and its trainers (1–5 + comments), once the session has ended. */
export async function submitFeedback(
  ctx: ServiceContext,
  actor: Actor,
  enrolmentId: number,
  input: TrainingFeedbackInput,
) {
  const row = await repo.findEnrolmentById(ctx.db, enrolmentId);
  if (!row) throw notFound('Pendaftaran pelatihan');
  if (!policy.canGiveFeedback(actor, actor.employeeId === row.employee_id)) {
    throw forbidden('Umpan balik hanya dari peserta sendiri');
  }
  const attended =
    ['COMPLETED', 'NOT_COMPLETED'].includes(row.status) ||
    (row.status === 'APPROVED' && row.ends_at <= ctx.now());
  if (!attended) throw invalid('enrolmentId', 'Umpan balik dapat diberikan setelah sesi berakhir');
  if (row.has_feedback) throw conflict('enrolmentId', 'Anda sudah memberi umpan balik untuk sesi ini');
  const trainers = (await repo.findTrainersOfSessions(ctx.db, [row.session_id])).map((t) => t.id);
  const unknown = input.trainers.find((t) => !trainers.includes(t.sessionTrainerId));
  if (unknown) throw invalid('trainers', 'Pelatih ini tidak mengajar di sesi tersebut');
  if (new Set(input.trainers.map((t) => t.sessionTrainerId)).size !== input.trainers.length) {
    throw invalid('trainers', 'Setiap pelatih dinilai sekali');
  }
  await repo.insertFeedback(
    ctx.db,
    { enrolment_id: enrolmentId, session_rating: input.sessionRating, comment: input.comment },
    input.trainers.map((t) => ({
      session_trainer_id: t.sessionTrainerId,
      rating: t.rating,
      comment: t.comment,
    })),
  );
  return toEnrolment((await repo.findEnrolmentById(ctx.db, enrolmentId))!);
}

/** Averages and comments of a session's feedback: its trainers and HR (participants stay anonymous). */
export async function getFeedbackSummary(
  ctx: ServiceContext,
  actor: Actor,
  sessionId: number,
): Promise<TrainingFeedbackSummary> {
  const session = await repo.findSessionById(ctx.db, sessionId);
  if (!session) throw notFound('Sesi pelatihan');
  const isTrainer =
    actor.employeeId !== null && (await repo.isTrainerOfSession(ctx.db, sessionId, actor.employeeId));
  if (!policy.canReadSessionParticipants(actor, isTrainer)) {
    throw forbidden('Umpan balik hanya untuk pelatih sesi ini dan Admin Kepegawaian');
  }
  const { feedback, trainers } = await repo.findFeedbackOfSession(ctx.db, sessionId);
  const sessionTrainers = await repo.findTrainersOfSessions(ctx.db, [sessionId]);
  const avg = (xs: number[]) =>
    xs.length === 0 ? null : Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 100) / 100;
  return {
    count: feedback.length,
    averageSessionRating: avg(feedback.map((f) => f.session_rating)),
    trainers: sessionTrainers.map((t) => {
      const ratings = trainers.filter((r) => r.session_trainer_id === t.id).map((r) => r.rating);
      return {
        sessionTrainerId: t.id,
        name:
          t.employee_id !== null && t.name !== null
            ? fullNameOf({ ...t, name: t.name })
            : (t.external_name ?? '-'),
        count: ratings.length,
        averageRating: avg(ratings),
      };
    }),
    comments: [
      ...feedback.flatMap((f) => (f.comment ? [f.comment] : [])),
      ...trainers.flatMap((t) => (t.comment ? [t.comment] : [])),
    ],
  };
}
