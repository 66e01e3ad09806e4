import type { ComplaintCreated } from '@sim/contracts';
import type { Database } from '../../db/database';
import type { ServiceContext } from '../../lib/context';
import { enqueueMail } from '../notifications/notifications.service';
import { getSkmInvitationStateForEvent } from '../surveys/survey-invitations.service';
import { publicLinkOf, skmEventOf } from './complaint-common';
import * as repo from './complaints.repository';

// E-mail to the reporter: the receipt with the private tracking link, and each later public step. Both are queued in
// the outbox inside the step's own transaction (the reporter has no account, so there is no in-app notification).

/** The private tracking link (the secret in the fragment, never sent to the server by browsers). */
export function trackingLinkOf(ctx: ServiceContext, secret: string): string {
  return publicLinkOf(ctx, `/pengaduan/lacak#${secret}`);
}

/** E-mail confirmation with the ticket and the private tracking link, when the reporter gave an address. */
export async function mailReceipt(
  trx: Database,
  ctx: ServiceContext,
  email: string | undefined,
  created: ComplaintCreated,
) {
  if (!email) return;
  await enqueueMail(trx, {
    at: ctx.now(),
    to: email,
    subject: `Pengaduan ${created.ticket} diterima`,
    text: [
      'Terima kasih, pengaduan Anda sudah kami terima.',
      `Nomor tiket: ${created.ticket}`,
      `Tautan pelacakan pribadi: ${trackingLinkOf(ctx, created.trackingSecret)}`,
      '',
      'Simpan tautan ini dan jangan bagikan kepada orang lain: siapa pun yang memegangnya dapat melihat dan',
      'menanggapi pengaduan Anda. Petugas akan memverifikasi pengaduan dalam batas waktu yang berlaku.',
      '',
      'Kecamatan Kertapati, Kota Palembang',
    ].join('\n'),
  });
}

/**
 * E-mail to the reporter about a public step on their complaint (the latest public timeline entry), queued in the
 * step's transaction `trx`.
 */
export async function mailUpdate(trx: Database, ctx: ServiceContext, complaintId: number) {
  const row = await repo.findComplaintById(trx, complaintId);
  if (!row?.reporter_email) return;
  const events = await repo.findEvents(trx, complaintId, { publicOnly: true });
  const last = events.at(-1);
  if (!last) return;
  // The resolution e-mail carries the single-use survey link; it goes only to the reporter's own address.
  const survey =
    last.type === 'SELESAI'
      ? await getSkmInvitationStateForEvent({ ...ctx, db: trx }, skmEventOf(complaintId))
      : null;
  const surveyLines = survey?.path
    ? [
        '',
        'Bagaimana pelayanan kami? Isi survei kepuasan masyarakat (±2 menit, tanpa nama):',
        publicLinkOf(ctx, survey.path),
        'Tautan survei ini hanya dapat dipakai satu kali.',
      ]
    : [];
  await enqueueMail(trx, {
    at: ctx.now(),
    to: row.reporter_email,
    subject: `Perkembangan pengaduan ${row.ticket}`,
    text: [
      `Ada perkembangan pada pengaduan ${row.ticket} (${row.category_name}):`,
      '',
      last.message ?? last.type,
      '',
      'Buka tautan pelacakan pribadi yang Anda terima saat mengirim pengaduan untuk melihat seluruh linimasa,',
      'menambah informasi, mengonfirmasi penyelesaian, atau memberi penilaian.',
      ...surveyLines,
    ].join('\n'),
  });
}
