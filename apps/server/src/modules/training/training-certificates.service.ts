import type { IssuedDocumentVerification } from '@sim/contracts';
import { formatTanggal, fullNameOf, toWibIsoDate } from '@sim/domain';
import type { Database } from '../../db/database';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden, notFound } from '../../lib/errors';
import { documentSha256, newVerificationCode, renderPdf, verificationUrl } from '../../lib/pdf';
import { sessionTitleOf } from './training-common';
import * as policy from './training.policy';
import * as repo from './training.repository';

// Training certificates (sertifikat): issued when a participant completes a session, as a PDF with a verification
// code and QR; the public page /verifikasi/:code checks them through the shared document verification (ADR 0007).
// The stored hash covers the data printed on the certificate, so a later change (the completion withdrawn, the
// name corrected) shows as "no longer current".

/** What a certificate states; null when the enrolment is not (or no longer) completed. */
async function certificateData(db: Database, enrolmentId: number) {
  const row = await repo.findEnrolmentById(db, enrolmentId);
  if (!row || row.status !== 'COMPLETED') return null;
  return {
    nama: fullNameOf(row),
    nip: row.nip,
    pelatihan: sessionTitleOf(row.programme_title, row.title_suffix),
    mulai: toWibIsoDate(row.starts_at),
    selesai: toWibIsoDate(row.ends_at),
    jp: row.session_jp,
  };
}

/**
 * Registers the certificate of a completed enrolment (inside the completion transaction): a fresh code, the hash of
 * what it states. Once per enrolment.
 */
export async function issueCertificate(
  trx: Database,
  enrolmentId: number,
  issuedBy: number | null,
  now: Date,
) {
  if (await repo.findCertificateByEnrolment(trx, enrolmentId)) return;
  const data = await certificateData(trx, enrolmentId);
  if (!data) return;
  await repo.insertCertificate(trx, {
    code: newVerificationCode('SRT'),
    enrolment_id: enrolmentId,
    employee_name: data.nama,
    title: data.pelatihan,
    jp: data.jp,
    sha256: documentSha256(data),
    issued_by: issuedBy,
    issued_at: now,
  });
}

/** The certificate PDF: for the participant and HR. */
export async function buildCertificatePdf(ctx: ServiceContext, actor: Actor, enrolmentId: number) {
  const row = await repo.findEnrolmentById(ctx.db, enrolmentId);
  if (!row) throw notFound('Pendaftaran pelatihan');
  if (!policy.canDownloadCertificate(actor, actor.employeeId === row.employee_id)) {
    throw forbidden('Sertifikat hanya untuk peserta dan Admin Kepegawaian');
  }
  const cert = await repo.findCertificateByEnrolment(ctx.db, enrolmentId);
  const data = await certificateData(ctx.db, enrolmentId);
  if (!cert || !data) throw notFound('Sertifikat (pelatihan belum dinyatakan selesai)');
  const url = verificationUrl(ctx.config, cert.code);
  const period =
    data.mulai === data.selesai
      ? formatTanggal(data.mulai)
      : `${formatTanggal(data.mulai)} s.d. ${formatTanggal(data.selesai)}`;
  const body = await renderPdf({
    info: { title: `Sertifikat ${data.pelatihan}`, author: 'SIM Kinerja' },
    pageOrientation: 'landscape',
    content: [
      { text: 'SERTIFIKAT', style: 'title' },
      { text: `Nomor: ${cert.code}`, alignment: 'center', margin: [0, 0, 0, 24] },
      { text: 'diberikan kepada', alignment: 'center' },
      { text: data.nama, fontSize: 22, bold: true, alignment: 'center', margin: [0, 8, 0, 2] },
      { text: data.nip ? `NIP ${data.nip}` : '', alignment: 'center', margin: [0, 0, 0, 18] },
      { text: 'yang telah menyelesaikan pelatihan', alignment: 'center' },
      { text: data.pelatihan, fontSize: 16, bold: true, alignment: 'center', margin: [0, 6, 0, 6] },
      {
        text: `${period} — ${String(data.jp).replace('.', ',')} JP`,
        alignment: 'center',
        margin: [0, 0, 0, 28],
      },
      {
        columns: [
          { qr: url, fit: 90, width: 100 },
          {
            stack: [
              { text: `Kode verifikasi: ${cert.code}`, bold: true },
              { text: `Periksa keaslian sertifikat di ${url}`, fontSize: 8 },
              { text: `Diterbitkan ${formatTanggal(toWibIsoDate(cert.issued_at))}`, fontSize: 8 },
              { text: `SHA-256 data: ${cert.sha256}`, fontSize: 7, color: '#555555' },
            ],
          },
        ],
      },
    ],
    styles: { title: { fontSize: 28, bold: true, alignment: 'center', margin: [0, 20, 0, 4] } },
  });
  return { body, code: cert.code, fileName: `sertifikat-${cert.code}.pdf` };
}

/**
 * Public check of a certificate code (ADR 0007): null when training did not issue it, so the shared verification
 * asks the next issuer. Shows only what the certificate shows on its face.
 */
export async function verifyTrainingCertificate(
  ctx: ServiceContext,
  code: string,
): Promise<IssuedDocumentVerification | null> {
  const cert = await repo.findCertificateByCode(ctx.db, code);
  if (!cert) return null;
  const data = await certificateData(ctx.db, cert.enrolment_id);
  const isCurrent = data !== null && documentSha256(data) === cert.sha256;
  return {
    code,
    valid: true,
    kind: 'SERTIFIKAT_PELATIHAN',
    title: `Sertifikat ${cert.title} (${String(cert.jp).replace('.', ',')} JP)`,
    employeeName: cert.employee_name,
    issuedAt: cert.issued_at.toISOString(),
    sha256: cert.sha256,
    isCurrent,
    message: isCurrent
      ? 'Sertifikat asli dan datanya tidak berubah sejak diterbitkan.'
      : 'Sertifikat asli, tetapi kelulusan atau datanya telah berubah sejak diterbitkan; hubungi Admin Kepegawaian.',
  };
}
