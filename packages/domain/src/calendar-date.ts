/**
 * Calendar-date helpers shared by the rules (NIP birth dates, holiday lists, `today` arguments).
 * Dates are plain `YYYY-MM-DD` strings in the proleptic Gregorian calendar; no time zone is involved.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the Gregorian calendar (month 1–12), leap years included (divisible by 4, not by 100 unless by 400). */
export function getDaysInMonth(year: number, month: number): number {
  if (month === 2) {
    const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return isLeap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether year/month/day names a real calendar day (e.g. 30 February does not exist). */
export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= getDaysInMonth(year, month)
  );
}

/** The parts of a `YYYY-MM-DD` text that names a real calendar day, else null. */
function readIsoDate(text: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(text);
  if (match === null) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidCalendarDate(parts.year, parts.month, parts.day) ? parts : null;
}

/** Whether the text is exactly a `YYYY-MM-DD` date that exists in the calendar (no time, offset or extra digit). */
export function isValidIsoDate(text: string): boolean {
  return readIsoDate(text) !== null;
}

/**
 * Splits a `YYYY-MM-DD` date into numbers. Throws a RangeError for text that is not a real date, because callers
 * pass dates they control (`today`, calendars); user input is validated before it reaches here.
 */
export function parseIsoDate(text: string): { year: number; month: number; day: number } {
  const parts = readIsoDate(text);
  if (parts === null) {
    throw new RangeError(`Tanggal tidak valid: "${text}" (format yang diharapkan YYYY-MM-DD).`);
  }
  return parts;
}
