/**
 * Western Indonesia Time (WIB, Asia/Jakarta) day arithmetic. WIB is UTC+7 all year: Indonesia has no daylight
 * saving time, so a fixed offset is exact and needs no time-zone database (which a browser may lack).
 * A "day number" counts WIB calendar days since 1970-01-01.
 */
import { parseIsoDate } from './calendar-date';

/** WIB's offset from UTC in minutes (UTC+7, no daylight saving time). */
export const WIB_UTC_OFFSET_MINUTES = 420;

const OFFSET_MS = WIB_UTC_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;

function assertValidDate(date: Date): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError('Waktu tidak valid (Invalid Date).');
  }
}

/** The WIB calendar day an instant falls on, as a day number. */
export function toWibDayNumber(date: Date): number {
  assertValidDate(date);
  return Math.floor((date.getTime() + OFFSET_MS) / DAY_MS);
}

/** The day number of a `YYYY-MM-DD` WIB date. */
export function wibDayNumberFromIsoDate(isoDate: string): number {
  const { year, month, day } = parseIsoDate(isoDate);
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The `YYYY-MM-DD` text of a day number. */
export function isoDateFromWibDayNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (as `Date#getDay`). */
export function getWeekdayOfWibDayNumber(dayNumber: number): number {
  return new Date(dayNumber * DAY_MS).getUTCDay();
}

/** 00:00:00.000 WIB of a day number. */
export function startOfWibDayNumber(dayNumber: number): Date {
  return new Date(dayNumber * DAY_MS - OFFSET_MS);
}

/** 23:59:59.999 WIB of a day number — the instant the regulations call "akhir hari" (end of the day). */
export function endOfWibDayNumber(dayNumber: number): Date {
  return new Date((dayNumber + 1) * DAY_MS - OFFSET_MS - 1);
}

/** The WIB calendar date of an instant as `YYYY-MM-DD` (e.g. 2026-03-16T17:30Z is 2026-03-17 in WIB). */
export function toWibIsoDate(date: Date): string {
  return isoDateFromWibDayNumber(toWibDayNumber(date));
}

/** The first millisecond of the WIB day containing the instant. */
export function startOfWibDay(date: Date): Date {
  return startOfWibDayNumber(toWibDayNumber(date));
}

/** The last millisecond (23:59:59.999) of the WIB day containing the instant. */
export function endOfWibDay(date: Date): Date {
  return endOfWibDayNumber(toWibDayNumber(date));
}

/** Today's calendar date in WIB (the office's day) for a clock reading, `YYYY-MM-DD`: the services' "today". */
export const todayOf = (now: Date): string => toWibIsoDate(now);
