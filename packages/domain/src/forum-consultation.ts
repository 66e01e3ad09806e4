/**
 * The consultation window of a forum policy ([decision] in oversight-and-forum.md): leadership must publish an
 * official response (*tanggapan resmi*) to the main concerns before the window closes, open policies without one
 * are flagged on the leadership dashboard, and the closing summary records what changed. How many days before the
 * end a missing response counts as "due soon" is an agency setting (default 7 days).
 */

/** Days before the window ends from which a missing official response is "due soon" (default of the [decision]). */
export const DEFAULT_FORUM_RESPONSE_DUE_SOON_DAYS = 7;

/** Smallest and largest "due soon" days an administrator may set. */
export const FORUM_RESPONSE_DUE_SOON_DAYS_MIN = 1;
export const FORUM_RESPONSE_DUE_SOON_DAYS_MAX = 60;

export type ForumPolicyStatus = 'DRAFT' | 'OPEN' | 'CLOSED';

/**
 * The official-response state of a policy:
 * - NOT_NEEDED — a draft (not yet open to consultation);
 * - PUBLISHED — the response is out (LATE when it came after the window had ended);
 * - MISSING_OVERDUE — the window has ended and there is still no response;
 * - DUE_SOON — open, no response, the window ends within the due-soon days;
 * - MISSING — open, no response, the end is further away.
 */
export type OfficialResponseState =
  'NOT_NEEDED' | 'PUBLISHED' | 'LATE' | 'MISSING_OVERDUE' | 'DUE_SOON' | 'MISSING';

const DAY_MS = 24 * 60 * 60 * 1000;

export function getOfficialResponseState(
  policy: {
    status: ForumPolicyStatus;
    consultationClosesAt: Date;
    officialResponsePublishedAt: Date | null;
  },
  now: Date,
  options: { dueSoonDays?: number } = {},
): OfficialResponseState {
  if (policy.officialResponsePublishedAt !== null) {
    return policy.officialResponsePublishedAt.getTime() > policy.consultationClosesAt.getTime()
      ? 'LATE'
      : 'PUBLISHED';
  }
  if (policy.status === 'DRAFT') return 'NOT_NEEDED';
  const left = policy.consultationClosesAt.getTime() - now.getTime();
  if (left <= 0) return 'MISSING_OVERDUE';
  const dueSoonDays = options.dueSoonDays ?? DEFAULT_FORUM_RESPONSE_DUE_SOON_DAYS;
  return left <= dueSoonDays * DAY_MS ? 'DUE_SOON' : 'MISSING';
}

/**
 * Whether the policy belongs on the leadership dashboard: open (consultation running or window ended but not yet
 * closed) with no official response. A closed policy always has one (closing requires it).
 */
export function isPolicyFlaggedForLeadership(
  state: OfficialResponseState,
  status: ForumPolicyStatus,
): boolean {
  return status === 'OPEN' && (state === 'MISSING' || state === 'DUE_SOON' || state === 'MISSING_OVERDUE');
}

export type ConsultationCloseError = {
  field: 'officialResponse' | 'closingSummary' | 'status';
  message: string;
};

/**
 * What still stops a consultation from being closed: only an open policy can be closed, and only once it has
 * both its official response and a closing summary of what changed (empty list = may close). The window need not
 * have ended: leadership may close early once both are written.
 */
export function getConsultationCloseBlockers(policy: {
  status: ForumPolicyStatus;
  hasOfficialResponse: boolean;
  closingSummary: string | null;
}): ConsultationCloseError[] {
  if (policy.status !== 'OPEN') {
    return [{ field: 'status', message: 'Hanya kebijakan yang sedang dikonsultasikan yang dapat ditutup.' }];
  }
  const errors: ConsultationCloseError[] = [];
  if (!policy.hasOfficialResponse) {
    errors.push({
      field: 'officialResponse',
      message: 'Tanggapan resmi harus diterbitkan sebelum konsultasi ditutup.',
    });
  }
  if ((policy.closingSummary ?? '').trim().length === 0) {
    errors.push({ field: 'closingSummary', message: 'Ringkasan penutupan (apa yang berubah) wajib diisi.' });
  }
  return errors;
}
