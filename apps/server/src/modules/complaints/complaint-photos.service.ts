import type { AttachmentPhase } from '@sim/contracts';
import type { Actor } from '../../lib/actor';
import { auditContextOf } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { acceptUpload, storedFileName } from './complaint-files.sanitizer';
import { MAX_ATTACHMENT_BYTES } from './complaint-tracking.service';
import { canAddWorkPhoto } from './complaints.policy';
import * as repo from './complaints.repository';
import { LABEL_HANDLER } from './complaint-common';

// The assignee's photos of the work, before (what was found) and after (the result): the same checks and
// re-encoding as the citizen's uploads (type from the content, metadata such as GPS and camera removed), photos
// only, shown on the staff timeline and on the citizen's tracking page.

export const MAX_WORK_PHOTOS = 10;

export async function addWorkPhoto(
  ctx: ServiceContext,
  actor: Actor,
  complaintId: number,
  phase: AttachmentPhase,
  file: { fileName: string; content: Buffer },
) {
  if (file.content.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'Foto paling besar 5 MB', [
      { path: 'file', message: 'Terlalu besar' },
    ]);
  }
  const accepted = await acceptUpload(file.content);
  if (!accepted || accepted.mime === 'application/pdf') {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Hanya foto JPEG atau PNG yang diterima', [
      { path: 'file', message: 'Jenis berkas tidak didukung' },
    ]);
  }
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findComplaintById(trx, complaintId, { forUpdate: true });
    if (!row) throw notFound('Pengaduan');
    const isAssignee = actor.employeeId !== null && actor.employeeId === row.assignee_employee_id;
    if (!canAddWorkPhoto(row, isAssignee)) {
      throw forbidden(
        'Foto penanganan hanya dapat ditambahkan oleh penanggung jawab selama pengaduan ditangani',
      );
    }
    if ((await repo.countAttachments(trx, row.id, true)) >= MAX_WORK_PHOTOS) {
      throw invalid('file', `Paling banyak ${MAX_WORK_PHOTOS} foto penanganan per pengaduan`);
    }
    const fileName = storedFileName(file.fileName, accepted.extension, 'foto');
    const event = await repo.insertEvent(trx, {
      complaint_id: row.id,
      at: now,
      type: 'LAMPIRAN',
      is_public: true,
      actor_user_id: actor.userId,
      actor_label: LABEL_HANDLER,
      ...repo.codedMessage('WORK_PHOTO_ADDED', { phase, fileName }),
      data: JSON.stringify({ phase }),
    });
    const { id } = await repo.insertAttachment(trx, {
      complaint_id: row.id,
      event_id: event.id,
      file_name: fileName,
      mime: accepted.mime,
      size: accepted.content.length,
      content: accepted.content,
      is_public: true,
      phase,
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'complaint.work_photo',
      entityType: 'complaint',
      entityId: row.id,
      after: { attachmentId: id, phase, mime: accepted.mime, size: accepted.content.length },
    });
    return { id, fileName, mime: accepted.mime };
  });
}
