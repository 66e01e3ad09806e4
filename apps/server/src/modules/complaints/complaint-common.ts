import { createHash } from 'node:crypto';
import type { ServiceContext } from '../../lib/context';

// What the complaint services share: the actor labels of the timeline, the tracking-secret hash, the SKM event key
// and the public link base. The workflow itself (complaints.md, issue 4) is in complaint-workflow.service.ts.

export const CLOSED_STATES = ['DITOLAK', 'SELESAI', 'DITUTUP'];
export const LABEL_CITIZEN = 'Pelapor';
export const LABEL_DESK = 'Petugas Pengaduan';
export const LABEL_HANDLER = 'Petugas penanganan';
export const LABEL_SYSTEM = 'Sistem';

/** Tracking secrets are 256-bit random strings, so one SHA-256 is enough to store them safely. */
export const hashTrackingSecret = (secret: string) =>
  createHash('sha256').update(secret, 'utf8').digest('hex');

/**
 * The SKM invitation event of a complaint: keyed by the complaint's id, never by anything about the reporter, so
 * the invitation (and the anonymous response given with it) cannot lead back to the citizen.
 */
export const skmEventOf = (complaintId: number) => ({
  eventType: 'COMPLAINT_CLOSED' as const,
  eventRef: String(complaintId),
});

/** An absolute link on the public site (PUBLIC_URL, or localhost with the port when unset). */
export function publicLinkOf(ctx: ServiceContext, path: string): string {
  const base = ctx.config.publicUrl?.replace(/\/$/, '') ?? `http://localhost:${ctx.config.port}`;
  return `${base}${path}`;
}

/** "5 Mei 2026 pukul 10.00" in WIB: dates inside the Indonesian text of timeline lines and staff e-mails. */
export const formatDateTimeId = (d: Date) =>
  new Intl.DateTimeFormat('id-ID', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  }).format(d);

/** "5 Mei 2026" in WIB. */
export const formatDateId = (d: Date) =>
  new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'Asia/Jakarta' }).format(d);

/**
 * A deadline as a timeline-message parameter: the instant for every reader (each formats it in their language),
 * and its long Indonesian form for the stored Indonesian text (repo.codedMessage's third argument).
 */
export const deadlineParam = (deadline: Date) => ({
  params: { deadline: deadline.toISOString() },
  indonesian: { deadline: `${formatDateTimeId(deadline)} WIB` },
});
