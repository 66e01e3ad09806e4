import type { ExternalEvidence, TrainingEnrolment } from '@sim/contracts';
import { fullNameOf, isoDateFromWibDayNumber, toWibDayNumber, toWibIsoDate } from '@sim/domain';
import type { Database } from '../../db/database';
import { AppError } from '../../lib/errors';
import { acceptUpload, storedFileName } from '../complaints/complaint-files.sanitizer';
import { MAX_ATTACHMENT_BYTES } from '../complaints/complaint-tracking.service';
import { getSuperiorOf } from '../org/org.service';
import * as repo from './training.repository';

// Pieces every training service uses: titles, DTO mapping, the direct-superior check and the upload rules.

/** "Programme — suffix", the name of a session everywhere (lists, e-mails, calendar, certificate). */
export const sessionTitleOf = (programmeTitle: string, suffix: string | null) =>
  suffix ? `${programmeTitle} — ${suffix}` : programmeTitle;

/** Every WIB calendar day from the start to the end of a session, the default attendance days. */
export function wibDaysBetween(startsAt: Date, endsAt: Date): string[] {
  const days: string[] = [];
  const last = toWibDayNumber(endsAt);
  for (let d = toWibDayNumber(startsAt); d <= last && days.length < 60; d++)
    days.push(isoDateFromWibDayNumber(d));
  return days;
}

/** The WIB year a session or evidence counts in: the year of its last day (JP are per year). */
export const wibYearOf = (date: Date) => Number(toWibIsoDate(date).slice(0, 4));

/**
 * Whether `actorEmployeeId` is the direct superior (atasan langsung) of `employeeId` today, from org's position tree
 * (an acting holder of the next filled position up counts, as org decides).
 */
export async function isDirectSuperior(
  db: Database,
  actorEmployeeId: number | null,
  employeeId: number,
  today: string,
): Promise<boolean> {
  if (actorEmployeeId === null || actorEmployeeId === employeeId) return false;
  const superior = await getSuperiorOf(db, employeeId, today);
  return superior?.employeeId === actorEmployeeId;
}

export function toEnrolment(row: repo.EnrolmentRow): TrainingEnrolment {
  return {
    id: row.id,
    sessionId: row.session_id,
    sessionTitle: sessionTitleOf(row.programme_title, row.title_suffix),
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    location: row.location,
    onlineUrl: row.online_url,
    sessionStatus: row.session_status,
    jp: row.session_jp,
    employeeId: row.employee_id,
    employeeName: fullNameOf(row),
    nip: row.nip,
    status: row.status,
    origin: row.origin,
    requestNote: row.request_note,
    assignedByName: row.assigned_by_name,
    decidedByName: row.decided_by_name,
    decidedAt: row.decided_at?.toISOString() ?? null,
    decisionReason: row.decision_reason,
    waitlistPosition: row.waitlist_position,
    cancelReason: row.cancel_reason,
    preTestScore: row.pre_test_score,
    postTestScore: row.post_test_score,
    attendancePercent: row.attendance_percent,
    completedAt: row.completed_at?.toISOString() ?? null,
    jpCredited: row.jp_credited,
    certificateCode: row.certificate_code,
    hasFeedback: Boolean(row.has_feedback),
    createdAt: row.created_at.toISOString(),
  };
}

export function toEvidence(row: repo.EvidenceRow): ExternalEvidence {
  return {
    id: row.id,
    employeeId: row.employee_id,
    employeeName: fullNameOf(row),
    title: row.title,
    organiser: row.organiser,
    form: row.form,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    jp: row.jp,
    fileName: row.file_name,
    status: row.status,
    decidedByName: row.decided_by_name,
    decidedAt: row.decided_at?.toISOString() ?? null,
    rejectReason: row.reject_reason,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * The complaint attachments' upload rules for training files (materials, certificates of external training): at
 * most 5 MB, JPEG, PNG or PDF recognised from the content, images re-encoded without metadata, a safe stored name.
 */
export async function acceptTrainingFile(file: { fileName: string; content: Buffer }, fallbackName: string) {
  if (file.content.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'Berkas paling besar 5 MB', [
      { path: 'file', message: 'Terlalu besar' },
    ]);
  }
  const accepted = await acceptUpload(file.content);
  if (!accepted) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Hanya berkas PDF, JPEG atau PNG yang diterima', [
      { path: 'file', message: 'Jenis berkas tidak didukung' },
    ]);
  }
  return {
    fileName: storedFileName(file.fileName, accepted.extension, fallbackName),
    mime: accepted.mime,
    content: accepted.content,
  };
}

/**
 * Moves people from the waiting list into free seats, first come first served, inside the caller's transaction
 * (the session row is locked first so two cancellations cannot hand out the same seat). Returns the promoted
 * enrolment ids.
 */
export async function fillSeatsFromWaitlist(trx: Database, sessionId: number, now: Date): Promise<number[]> {
  const session = await repo.lockSession(trx, sessionId);
  if (!session || session.status === 'CANCELLED') return [];
  const promoted: number[] = [];
  let free = session.capacity - (await repo.countSeatsTaken(trx, sessionId));
  while (free > 0) {
    const next = await repo.findFirstWaitlisted(trx, sessionId);
    if (!next) break;
    await repo.updateEnrolment(trx, next.id, { status: 'APPROVED', waitlisted_at: null, updated_at: now });
    promoted.push(next.id);
    free--;
  }
  return promoted;
}
