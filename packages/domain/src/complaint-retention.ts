/**
 * Retention of complainants' personal data (UU 27/2022 Pelindungan Data Pribadi, issue 16 §5). complaints.md names
 * no period, so the default is this project's decision and an administrator's setting: a complaint that has been
 * finally closed (DITUTUP) or rejected (DITOLAK) for 24 months is anonymised. 24 months covers the SKP year the
 * complaint counted in, the following year's evaluation and objection, and a year-on-year comparison of the unit's
 * figures — after that the name, phone and e-mail serve no purpose the complainant gave them for.
 */
export type ComplaintRetentionPolicy = {
  /** Months after closing; 0 turns anonymisation off. */
  retentionMonths: number;
};

export const DEFAULT_COMPLAINT_RETENTION: ComplaintRetentionPolicy = { retentionMonths: 24 };

/** The states after which nothing more happens to a complaint (SELESAI may still be reopened by the citizen). */
export const FINAL_COMPLAINT_STATES = ['DITUTUP', 'DITOLAK'] as const;

/** What replaces a personal or free-text field once anonymised. */
export const ANONYMISED_MARKER = '[dianonimkan]';

/**
 * The instant before which a closing makes a complaint due: `months` calendar months before `now`, the day clamped
 * to the shorter month (31 August − 6 months → 28/29 February). Null when retention is off (0 months).
 */
export function retentionCutoff(now: Date, months: number): Date | null {
  if (!Number.isInteger(months) || months <= 0) return null;
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() - months;
  const targetYear = y + Math.floor(m / 12);
  const targetMonth = ((m % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const day = Math.min(now.getUTCDate(), lastDay);
  return new Date(
    Date.UTC(
      targetYear,
      targetMonth,
      day,
      now.getUTCHours(),
      now.getUTCMinutes(),
      now.getUTCSeconds(),
      now.getUTCMilliseconds(),
    ),
  );
}

/** Whether a complaint's personal data is past retention: finally closed before the cutoff and not yet done. */
export function isDueForAnonymisation(
  c: { status: string; closedAt: Date | null; anonymisedAt: Date | null },
  now: Date,
  policy: ComplaintRetentionPolicy,
): boolean {
  const cutoff = retentionCutoff(now, policy.retentionMonths);
  if (!cutoff || c.anonymisedAt !== null || c.closedAt === null) return false;
  return (FINAL_COMPLAINT_STATES as readonly string[]).includes(c.status) && c.closedAt < cutoff;
}

const MASK = '[disamarkan]';
const EMAIL = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[a-z]{2,}/gi;
// Indonesian mobile and fixed numbers as people write them: +62 / 62 / 0, then 8–13 digits with spaces, dots or
// dashes between groups. Shorter digit runs (house numbers, RT/RW, years) are left alone.
const PHONE = /(?<![\d])(?:\+62|62|0)[\s.-]?\d{2,4}(?:[\s.-]?\d{2,5}){2,4}(?![\d])/g;
// A NIK (Nomor Induk Kependudukan) is 16 digits.
const NIK = /(?<!\d)\d{16}(?!\d)/g;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Free text written by a complainant, made fit for a public answer (Open311): e-mail addresses, phone numbers and
 * NIKs are masked, and so is each of the complainant's own `known` values (their name) wherever it appears,
 * regardless of case. The rest of the text — what the problem is and where — stays readable.
 */
export function maskPersonalData(text: string, known: readonly (string | null | undefined)[] = []): string {
  let out = text.replace(EMAIL, MASK).replace(NIK, MASK);
  out = out.replace(PHONE, (match) => (match.replace(/\D/g, '').length >= 9 ? MASK : match));
  for (const value of known) {
    const v = value?.trim();
    if (!v || v.length < 3) continue;
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(v)}(?![\\p{L}\\p{N}])`, 'giu'), MASK);
  }
  return out;
}
