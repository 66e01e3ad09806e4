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
// One letter or digit, compiled once: a pattern with \p{…} classes costs about a millisecond to compile, so a
// per-name pattern with them made an Open311 page of 1,000 complaints spend seconds compiling (issue 15).
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/iu;

/** The code point that ends just before `index` (a surrogate pair read whole), or '' at the start. */
function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(pair ? index - 2 : index - 1, index);
}

/** Code units of the code point at `index` (2 for a surrogate pair), as the `u` flag advances. */
function codePointLength(text: string, index: number): number {
  const cp = text.codePointAt(index);
  return cp !== undefined && cp > 0xffff ? 2 : 1;
}

/**
 * Every occurrence of `value` (any case) that no letter or digit touches on either side replaced by MASK: what
 * `/(?<![\p{L}\p{N}])value(?![\p{L}\p{N}])/giu` does, with the boundaries checked by the one precompiled class
 * instead of a pattern compiled per value. After a candidate rejected for its boundaries the search resumes one
 * code point later, as the regular expression engine does, so overlapping occurrences are found the same way.
 */
function maskWholeWord(text: string, value: string): string {
  const find = new RegExp(escapeRegExp(value), 'giu');
  let out = '';
  let copied = 0;
  let match: RegExpExecArray | null;
  while ((match = find.exec(text)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    const before = codePointBefore(text, start);
    const after = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : '';
    if (LETTER_OR_DIGIT.test(before) || LETTER_OR_DIGIT.test(after)) {
      find.lastIndex = start + codePointLength(text, start);
      continue;
    }
    out += text.slice(copied, start) + MASK;
    copied = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

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
    out = maskWholeWord(out, v);
  }
  return out;
}
