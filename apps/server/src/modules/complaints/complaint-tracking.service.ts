import type { PublicComplaintView } from '@sim/contracts';
import { getReopenDeadline } from '@sim/domain';
import type { Database } from '../../db/database';
import { auditContextOf } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notifications.service';
import { getSkmInvitationStateForEvent } from '../surveys/survey-invitations.service';
import { acceptUpload, storedFileName } from './complaint-files.sanitizer';
import { deadlineOf, type ClockFields } from './complaint-clock.rules';
import { loadSlaPolicy, loadWorkCalendar } from './complaint-settings.service';
import * as repo from './complaints.repository';
import { LABEL_CITIZEN, hashTrackingSecret, publicLinkOf, skmEventOf } from './complaint-common';
import { publishComplaintLive } from './complaint-live.service';

// The citizen's side, reached only with the private tracking secret: the public timeline (no internal notes, no
// staff names), adding information (which resumes a paused clock), confirming, reopening within the window,
// rating, and attaching files. Nothing here needs a login.

export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

const notFoundSecret = () => notFound('Pengaduan dengan kode pelacakan ini');

async function loadBySecret(db: Database, secret: string, forUpdate = false) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(secret)) throw notFoundSecret();
  const row = await repo.findComplaintByTrackingHash(db, hashTrackingSecret(secret), { forUpdate });
  if (!row) throw notFoundSecret();
  return row;
}

async function toPublicView(
  ctx: ServiceContext,
  row: repo.ComplaintRow,
  now: Date,
): Promise<PublicComplaintView> {
  const db = ctx.db;
  const policy = await loadSlaPolicy(db);
  const calendar = await loadWorkCalendar(db);
  const reopenUntil = row.resolved_at ? getReopenDeadline(row.resolved_at, calendar, policy) : null;
  const resolved = row.status === 'SELESAI' || (row.status === 'DITUTUP' && row.close_reason !== 'DITOLAK');
  const events = await repo.findEvents(db, row.id, { publicOnly: true });
  const files = await repo.findAttachmentsMeta(db, row.id);
  // The survey link is part of this secret-gated view only, and only once the complaint is resolved.
  const surveyInvitation = resolved ? await getSkmInvitationStateForEvent(ctx, skmEventOf(row.id)) : null;
  return {
    ticket: row.ticket,
    status: row.status,
    categoryName: row.category_name,
    kelurahan: row.kelurahan,
    address: row.address,
    description: row.description,
    receivedAt: row.received_at.toISOString(),
    unitName: row.unit_id && row.status !== 'DITERIMA' ? row.unit_name : null,
    deadline: row.deadline_at?.toISOString() ?? null,
    isPaused: row.status === 'MENUNGGU_INFO',
    rejectReason: row.reject_reason,
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    reopenUntil: resolved && reopenUntil ? reopenUntil.toISOString() : null,
    rating: row.rating,
    ratingComment: row.rating_comment,
    canAddInfo: !['DITOLAK', 'DITUTUP'].includes(row.status),
    canConfirm: row.status === 'SELESAI',
    canReopen: resolved && reopenUntil !== null && now.getTime() <= reopenUntil.getTime(),
    canRate: resolved && row.rating === null,
    attachmentCount: files.filter((f) => f.phase === null).length,
    timeline: events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      type: e.type,
      isPublic: true,
      actor: e.actor_label,
      message: e.message,
      messageCode: e.message_code,
      messageParams: e.message_params,
      attachments: files
        .filter((f) => f.event_id === e.id && f.is_public)
        .map((f) => ({
          id: f.id,
          fileName: f.file_name,
          mime: f.mime,
          phase: f.phase as 'SEBELUM' | 'SESUDAH' | null,
        })),
    })),
    surveyInvitation,
  };
}

/** The tracking page: what the citizen may see of their own complaint. */
export async function getTrackedComplaint(ctx: ServiceContext, secret: string): Promise<PublicComplaintView> {
  const row = await loadBySecret(ctx.db, secret);
  return toPublicView(ctx, row, ctx.now());
}

async function citizenStep(
  ctx: ServiceContext,
  secret: string,
  ip: string,
  action: string,
  apply: (trx: Database, row: repo.ComplaintRow, now: Date) => Promise<void>,
): Promise<PublicComplaintView> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await loadBySecret(trx, secret, true);
    await apply(trx, row, now);
    const after = (await repo.findComplaintById(trx, row.id))!;
    // The citizen's information, reopening, rating or feedback reaches the handlers' open screens.
    await publishComplaintLive(trx, after, now);
    await recordAudit(trx, auditContextOf(null, ip), {
      action: `complaint.citizen_${action}`,
      entityType: 'complaint',
      entityId: row.id,
      before: { status: row.status },
      after: { status: after.status },
    });
    return toPublicView({ ...ctx, db: trx }, after, now);
  });
}

const wrongState = (message: string) => new AppError('CONFLICT', message, [{ path: 'status', message }]);

/** The citizen adds information; when the complaint waited for it, the clock resumes and handling continues. */
export async function addCitizenInformation(
  ctx: ServiceContext,
  secret: string,
  message: string,
  ip: string,
) {
  return citizenStep(ctx, secret, ip, 'information', async (trx, row, now) => {
    if (row.status === 'DITOLAK' || row.status === 'DITUTUP') {
      throw wrongState('Pengaduan sudah ditutup; informasi tambahan tidak dapat dikirim');
    }
    if (row.status === 'MENUNGGU_INFO') {
      const calendar = await loadWorkCalendar(trx);
      const pauses = row.pauses.map((p) => (p.to === null ? { ...p, to: now.toISOString() } : p));
      const resumed: ClockFields = {
        ...row,
        status: row.paused_status ?? 'DIPROSES',
        paused_status: null,
        pauses,
      };
      await repo.updateComplaint(trx, row.id, {
        status: resumed.status,
        paused_status: null,
        pauses: JSON.stringify(pauses),
        deadline_at: deadlineOf(resumed, calendar),
        updated_at: now,
      });
    }
    await repo.insertEvent(trx, {
      complaint_id: row.id,
      at: now,
      type: 'INFO_PELAPOR',
      is_public: true,
      actor_user_id: null,
      actor_label: LABEL_CITIZEN,
      message,
      data: JSON.stringify({}),
    });
  });
}

/** The citizen confirms the resolution: the complaint is closed. */
export async function confirmResolution(ctx: ServiceContext, secret: string, ip: string) {
  return citizenStep(ctx, secret, ip, 'confirm', async (trx, row, now) => {
    if (row.status !== 'SELESAI') throw wrongState('Hanya pengaduan yang sudah selesai dapat dikonfirmasi');
    await repo.updateComplaint(trx, row.id, {
      status: 'DITUTUP',
      closed_at: now,
      close_reason: 'DIKONFIRMASI',
      updated_at: now,
    });
    await repo.insertEvent(trx, {
      complaint_id: row.id,
      at: now,
      type: 'DITUTUP',
      is_public: true,
      actor_user_id: null,
      actor_label: LABEL_CITIZEN,
      ...repo.codedMessage('CITIZEN_CONFIRMED'),
      data: JSON.stringify({ reason: 'DIKONFIRMASI' }),
    });
  });
}

/**
 * The citizen reopens a resolved complaint within the window (default 10 working days after the resolution): it
 * goes back to the same assignee with a fresh resolution window.
 */
export async function reopenComplaint(ctx: ServiceContext, secret: string, reason: string, ip: string) {
  return citizenStep(ctx, secret, ip, 'reopen', async (trx, row, now) => {
    const resolved = row.status === 'SELESAI' || (row.status === 'DITUTUP' && row.close_reason !== 'DITOLAK');
    if (!resolved || !row.resolved_at)
      throw wrongState('Hanya pengaduan yang sudah selesai dapat dibuka kembali');
    const policy = await loadSlaPolicy(trx);
    const calendar = await loadWorkCalendar(trx);
    if (now.getTime() > getReopenDeadline(row.resolved_at, calendar, policy).getTime()) {
      throw wrongState('Batas waktu untuk membuka kembali pengaduan ini sudah lewat');
    }
    const clock: ClockFields = {
      status: 'DIPROSES',
      paused_status: null,
      window_started_at: now,
      window_days: row.resolution_days,
      window_cycle: row.window_cycle + 1,
      pauses: [],
    };
    await repo.updateComplaint(trx, row.id, {
      status: 'DIPROSES',
      reopen_count: row.reopen_count + 1,
      resolved_at: null,
      closed_at: null,
      close_reason: null,
      window_started_at: now,
      window_days: row.resolution_days,
      window_cycle: row.window_cycle + 1,
      pauses: JSON.stringify([]),
      deadline_at: deadlineOf(clock, calendar),
      escalation_level: 0,
      updated_at: now,
    });
    await repo.insertEvent(trx, {
      complaint_id: row.id,
      at: now,
      type: 'DIBUKA_KEMBALI',
      is_public: true,
      actor_user_id: null,
      actor_label: LABEL_CITIZEN,
      message: reason,
      data: JSON.stringify({}),
    });
  });
}

/** The citizen rates the handling once (1–5 with an optional comment); it feeds the employee's evidence. */
export async function rateComplaint(
  ctx: ServiceContext,
  secret: string,
  body: { score: number; comment?: string | undefined },
  ip: string,
) {
  return citizenStep(ctx, secret, ip, 'rating', async (trx, row, now) => {
    const resolved = row.status === 'SELESAI' || (row.status === 'DITUTUP' && row.close_reason !== 'DITOLAK');
    if (!resolved) throw wrongState('Penilaian dapat diberikan setelah pengaduan selesai');
    if (row.rating !== null) throw wrongState('Pengaduan ini sudah dinilai');
    await repo.updateComplaint(trx, row.id, {
      rating: body.score,
      rating_comment: body.comment ?? null,
      rated_at: now,
      updated_at: now,
    });
    await repo.insertEvent(trx, {
      complaint_id: row.id,
      at: now,
      type: 'PENILAIAN',
      is_public: true,
      actor_user_id: null,
      actor_label: LABEL_CITIZEN,
      ...(body.comment
        ? repo.codedMessage('RATED_WITH_COMMENT', { score: body.score, comment: body.comment })
        : repo.codedMessage('RATED', { score: body.score })),
      data: JSON.stringify({ score: body.score }),
    });
    // The officer hears about the citizen's rating (it counts in their performance evidence); the comment stays
    // on the complaint page, where the officer reads it with the context.
    if (row.assignee_employee_id) {
      await notify(trx, {
        to: { employeeId: row.assignee_employee_id },
        type: 'COMPLAINT_RATED',
        params: { ticket: row.ticket, score: body.score },
        link: `/complaints/${row.id}`,
        at: now,
        mail: {
          subject: `Penilaian warga untuk pengaduan ${row.ticket}`,
          text: `Pelapor memberi nilai ${body.score} dari 5 untuk penanganan pengaduan ${row.ticket}.\n\nBuka: ${publicLinkOf(ctx, `/complaints/${row.id}`)}`,
        },
      });
    }
  });
}

/**
 * A photo or PDF from the citizen (at most 5 per complaint, 5 MB each): the type comes from the content and
 * image metadata is removed before storing.
 */
export async function addCitizenAttachment(
  ctx: ServiceContext,
  secret: string,
  file: { fileName: string; content: Buffer },
  ip: string,
) {
  if (file.content.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'Berkas paling besar 5 MB', [
      { path: 'file', message: 'Terlalu besar' },
    ]);
  }
  const accepted = await acceptUpload(file.content);
  if (!accepted) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Hanya foto JPEG/PNG atau dokumen PDF yang diterima', [
      { path: 'file', message: 'Jenis berkas tidak didukung' },
    ]);
  }
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await loadBySecret(trx, secret, true);
    if (row.status === 'DITOLAK' || row.status === 'DITUTUP') {
      throw wrongState('Pengaduan sudah ditutup; lampiran tidak dapat ditambahkan');
    }
    if ((await repo.countAttachments(trx, row.id)) >= MAX_ATTACHMENTS) {
      throw invalid('file', `Paling banyak ${MAX_ATTACHMENTS} lampiran per pengaduan`);
    }
    const fileName = storedFileName(file.fileName, accepted.extension, 'lampiran');
    const event = await repo.insertEvent(trx, {
      complaint_id: row.id,
      at: now,
      type: 'LAMPIRAN',
      is_public: true,
      actor_user_id: null,
      actor_label: LABEL_CITIZEN,
      ...repo.codedMessage('ATTACHMENT_ADDED', { fileName }),
      data: JSON.stringify({}),
    });
    const { id } = await repo.insertAttachment(trx, {
      complaint_id: row.id,
      event_id: event.id,
      file_name: fileName,
      mime: accepted.mime,
      size: accepted.content.length,
      content: accepted.content,
      is_public: true,
    });
    await recordAudit(trx, auditContextOf(null, ip), {
      action: 'complaint.citizen_attachment',
      entityType: 'complaint',
      entityId: row.id,
      after: { attachmentId: id, mime: accepted.mime, size: accepted.content.length },
    });
    return { id, fileName, mime: accepted.mime };
  });
}

/**
 * An attachment's bytes for the citizen, only with the complaint's tracking secret and only for a file the
 * citizen may see (their own, or the assignee's before/after photos); anything else is the same 404.
 */
export async function getCitizenAttachment(ctx: ServiceContext, secret: string, attachmentId: number) {
  const row = await loadBySecret(ctx.db, secret);
  const file = await repo.findAttachment(ctx.db, attachmentId);
  if (!file || file.complaint_id !== row.id || !file.is_public) throw notFound('Lampiran');
  return { fileName: file.file_name, mime: file.mime, content: file.content };
}
