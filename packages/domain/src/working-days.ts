/**
 * Working days (hari kerja) in WIB, the unit of every complaint deadline (SP4N-LAPOR! practice, PermenPANRB
 * 62/2018; project calendar rules in complaints.md): Monday–Friday minus libur nasional and cuti bersama from a
 * calendar the administrator maintains per year (SKB 3 Menteri).
 */
import { isValidIsoDate } from './calendar-date';
import {
  endOfWibDayNumber,
  getWeekdayOfWibDayNumber,
  toWibDayNumber,
  wibDayNumberFromIsoDate,
} from './wib-date';

/** The administrator's calendar: holidays and cuti bersama as WIB dates, and the weekend days. */
export type WorkCalendar = {
  /** `YYYY-MM-DD` WIB dates that are not working days (libur nasional and cuti bersama). */
  holidays: string[];
  /** Days of the week that are not working days: 0 = Sunday … 6 = Saturday. Default {@link DEFAULT_WEEKEND_DAYS}. */
  weekendDays?: number[];
};

/** Saturday and Sunday: the five-day working week of ASN in regional government. */
export const DEFAULT_WEEKEND_DAYS: readonly number[] = [0, 6];

/** A calendar checked once and turned into fast day-number look-ups. */
export type CompiledWorkCalendar = {
  /** Whether the WIB day number is a working day. */
  isWorkingDayNumber(dayNumber: number): boolean;
  /** The day itself when it is a working day, otherwise the next working day. */
  getWorkingDayOnOrAfter(dayNumber: number): number;
  /** The Nth working day after the given day (N = 0 returns the day itself). */
  getNthWorkingDayAfter(dayNumber: number, n: number): number;
  /** How many working days lie after `afterDay` up to and including `throughDay` (0 when none). */
  countWorkingDays(afterDay: number, throughDay: number): number;
};

/**
 * Validates a {@link WorkCalendar} and prepares it for repeated look-ups. Throws a RangeError for a holiday that is
 * not a real `YYYY-MM-DD` date, a weekend day outside 0–6, or a week with no working day at all (which would make
 * every deadline unreachable).
 */
export function compileWorkCalendar(calendar: WorkCalendar): CompiledWorkCalendar {
  return preparedCalendars.get(calendar) ?? buildCompiledCalendar(calendar);
}

// Compiled forms of the calendars made by prepareWorkCalendar, by object: those are frozen, so the compiled look-ups
// can never disagree with the holidays they came from.
const preparedCalendars = new WeakMap<WorkCalendar, CompiledWorkCalendar>();

/**
 * The calendar checked and compiled once, for a caller that keeps one calendar for many deadlines (the complaint
 * module's kept copy): returns a frozen copy whose compiled look-ups every function here reuses, instead of checking
 * and converting every holiday again for each deadline (a CPU profile of filing showed that as ~4 % of a filing,
 * and a list computes a countdown per row; ADR 0019). Same answers as the plain calendar; throws the same RangeError
 * for an invalid one.
 */
export function prepareWorkCalendar(calendar: WorkCalendar): WorkCalendar {
  const frozen: WorkCalendar = Object.freeze({
    holidays: Object.freeze([...calendar.holidays]) as string[],
    ...(calendar.weekendDays ? { weekendDays: Object.freeze([...calendar.weekendDays]) as number[] } : {}),
  });
  preparedCalendars.set(frozen, buildCompiledCalendar(frozen));
  return frozen;
}

function buildCompiledCalendar(calendar: WorkCalendar): CompiledWorkCalendar {
  const weekendDays = calendar.weekendDays ?? DEFAULT_WEEKEND_DAYS;
  for (const weekday of weekendDays) {
    if (!Number.isInteger(weekday) || weekday < 0 || weekday > 6) {
      throw new RangeError(`Hari akhir pekan harus bilangan 0 (Minggu) sampai 6 (Sabtu), bukan ${weekday}.`);
    }
  }
  const weekend = new Set(weekendDays);
  if (weekend.size === 7) {
    throw new RangeError('Kalender kerja harus memiliki sedikitnya satu hari kerja dalam sepekan.');
  }
  const holidays = new Set<number>();
  for (const holiday of calendar.holidays) {
    if (typeof holiday !== 'string' || !isValidIsoDate(holiday)) {
      throw new RangeError(`Tanggal libur tidak valid: "${String(holiday)}" (format YYYY-MM-DD).`);
    }
    holidays.add(wibDayNumberFromIsoDate(holiday));
  }

  const isWorkingDayNumber = (dayNumber: number): boolean =>
    !weekend.has(getWeekdayOfWibDayNumber(dayNumber)) && !holidays.has(dayNumber);

  return {
    isWorkingDayNumber,
    getWorkingDayOnOrAfter(dayNumber) {
      let day = dayNumber;
      while (!isWorkingDayNumber(day)) day += 1;
      return day;
    },
    getNthWorkingDayAfter(dayNumber, n) {
      let day = dayNumber;
      for (let found = 0; found < n;) {
        day += 1;
        if (isWorkingDayNumber(day)) found += 1;
      }
      return day;
    },
    countWorkingDays(afterDay, throughDay) {
      let count = 0;
      for (let day = afterDay + 1; day <= throughDay; day += 1) {
        if (isWorkingDayNumber(day)) count += 1;
      }
      return count;
    },
  };
}

function assertWholeDays(days: number): void {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`Jumlah hari kerja harus bilangan bulat tidak negatif, bukan ${days}.`);
  }
}

/** Whether the WIB calendar day of the instant is a working day under the calendar. */
export function isWorkingDay(date: Date, calendar: WorkCalendar): boolean {
  return compileWorkCalendar(calendar).isWorkingDayNumber(toWibDayNumber(date));
}

/**
 * End of the Nth working day after the start day, as the last millisecond of that day in WIB (UTC+7).
 *
 * Rule (complaints.md, working-day calendar): a deadline of N working days is the end (23:59:59 WIB) of the Nth
 * working day after the start day; a start on a non-working day counts as the start of the next working day, so
 * that day becomes the start day. N = 0 gives the end of the (effective) start day. Example: received Tuesday
 * 17 March 2026 10:00 WIB with N = 5 → 31 March 2026 23:59:59.999 WIB (18–24 March are holidays and weekend).
 */
export function addWorkingDays(start: Date, days: number, calendar: WorkCalendar): Date {
  assertWholeDays(days);
  const compiled = compileWorkCalendar(calendar);
  const startDay = compiled.getWorkingDayOnOrAfter(toWibDayNumber(start));
  return endOfWibDayNumber(compiled.getNthWorkingDayAfter(startDay, days));
}

/**
 * Whole working days from `start` to `end`, counted the way deadlines are: the working days after the start day
 * (a start on a non-working day moves to the next working day) up to and including the WIB day of `end`.
 * It is the inverse of {@link addWorkingDays}: `workingDaysBetween(s, addWorkingDays(s, n, c), c) === n`, and a task
 * finished on its start day took 0 working days. When `end` is before `start` the result is the negative of the
 * count with the arguments swapped. Use it for reported durations; decide breaches by comparing instants with the
 * deadline (a task finished on the Saturday after a Friday deadline is late yet took no extra working day).
 */
export function workingDaysBetween(start: Date, end: Date, calendar: WorkCalendar): number {
  if (end.getTime() < start.getTime()) {
    return -workingDaysBetween(end, start, calendar);
  }
  const compiled = compileWorkCalendar(calendar);
  const startDay = compiled.getWorkingDayOnOrAfter(toWibDayNumber(start));
  return compiled.countWorkingDays(startDay, toWibDayNumber(end));
}

/**
 * How a running deadline reads to staff, in working days as the SLA rules count them (issue 10 §3: one unit, not a
 * mix of "5 HK" and "9 hari 23 jam"):
 * - `DUE_TODAY`: the deadline falls on today's WIB day (today is the last working day);
 * - `REMAINING`: `workingDays` (≥ 1) working days after today up to and including the deadline's day;
 * - `OVERDUE`: the deadline has passed; `workingDays` working days after the deadline's day up to and including
 *   today (0 when it passed today, or on a weekend or holiday right after it).
 */
export type DeadlineCountdown =
  | { kind: 'DUE_TODAY'; workingDays: 0 }
  | { kind: 'REMAINING'; workingDays: number }
  | { kind: 'OVERDUE'; workingDays: number };

/** Where `now` stands against `deadline` in working days (see {@link DeadlineCountdown}). */
export function getDeadlineCountdown(deadline: Date, now: Date, calendar: WorkCalendar): DeadlineCountdown {
  if (Number.isNaN(deadline.getTime())) throw new RangeError('Batas waktu bukan tanggal yang valid.');
  if (Number.isNaN(now.getTime())) throw new RangeError('Waktu sekarang bukan tanggal yang valid.');
  const compiled = compileWorkCalendar(calendar);
  const today = toWibDayNumber(now);
  const deadlineDay = toWibDayNumber(deadline);
  if (now.getTime() > deadline.getTime()) {
    return { kind: 'OVERDUE', workingDays: compiled.countWorkingDays(deadlineDay, today) };
  }
  const workingDays = compiled.countWorkingDays(today, deadlineDay);
  return workingDays === 0 ? { kind: 'DUE_TODAY', workingDays: 0 } : { kind: 'REMAINING', workingDays };
}

/** The shape of a yearly holiday file such as `holidays-2026.json`. */
export type HolidayCalendarJson = {
  year?: number;
  timeZone?: string;
  basis?: string;
  weekend?: string[];
  holidays: { date: string; kind: string; name: string }[];
};

/** Options for reading a holiday file. */
export type HolidaysFromJsonOptions = {
  /** Count cuti bersama as non-working days. Default true: complaints.md removes both libur nasional and cuti bersama. */
  includeCutiBersama?: boolean;
};

const WEEKDAY_NAMES: Record<string, number> = {
  sunday: 0,
  minggu: 0,
  monday: 1,
  senin: 1,
  tuesday: 2,
  selasa: 2,
  wednesday: 3,
  rabu: 3,
  thursday: 4,
  kamis: 4,
  friday: 5,
  jumat: 5,
  saturday: 6,
  sabtu: 6,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  // A parsed JSON object: not null, not an array. (A primitive would only read its properties as undefined.)
  return value instanceof Object && !Array.isArray(value);
}

function readHolidayEntries(json: unknown): { date: string; isCutiBersama: boolean }[] {
  if (!isRecord(json) || !Array.isArray(json.holidays)) {
    throw new RangeError('Berkas kalender libur harus berupa objek dengan daftar "holidays".');
  }
  if (json.timeZone !== undefined && json.timeZone !== 'Asia/Jakarta') {
    throw new RangeError(
      `Kalender libur harus berzona waktu Asia/Jakarta (WIB), bukan "${String(json.timeZone)}".`,
    );
  }
  return json.holidays.map((entry: unknown, index) => {
    if (!isRecord(entry) || typeof entry.date !== 'string' || !isValidIsoDate(entry.date)) {
      throw new RangeError(`Entri libur ke-${index + 1} tidak memiliki tanggal YYYY-MM-DD yang valid.`);
    }
    return { date: entry.date, isCutiBersama: entry.kind === 'cuti_bersama' };
  });
}

/**
 * Turns a yearly holiday file (SKB 3 Menteri: libur nasional and cuti bersama, e.g. holidays-2026.json) into the
 * sorted, de-duplicated `holidays` list of a {@link WorkCalendar}. Entries of kind `cuti_bersama` are kept unless
 * `includeCutiBersama` is false; every other kind counts as a holiday. Throws a RangeError on a malformed file.
 */
export function holidaysFromJson(json: unknown, options: HolidaysFromJsonOptions = {}): string[] {
  const includeCutiBersama = options.includeCutiBersama ?? true;
  const dates = readHolidayEntries(json)
    .filter((entry) => includeCutiBersama || !entry.isCutiBersama)
    .map((entry) => entry.date);
  return [...new Set(dates)].sort();
}

/**
 * A complete {@link WorkCalendar} from a yearly holiday file: its holidays (see {@link holidaysFromJson}) and its
 * `weekend` day names (English or Indonesian, e.g. "Saturday"/"Sabtu"); Saturday and Sunday when the file names none.
 */
export function workCalendarFromJson(json: unknown, options: HolidaysFromJsonOptions = {}): WorkCalendar {
  const holidays = holidaysFromJson(json, options);
  const weekendNames = isRecord(json) && Array.isArray(json.weekend) ? json.weekend : undefined;
  if (weekendNames === undefined) {
    return { holidays, weekendDays: [...DEFAULT_WEEKEND_DAYS] };
  }
  const weekendDays = weekendNames.map((name: unknown) => {
    const weekday = typeof name === 'string' ? WEEKDAY_NAMES[name.trim().toLowerCase()] : undefined;
    if (weekday === undefined) {
      throw new RangeError(`Nama hari akhir pekan tidak dikenal: "${String(name)}".`);
    }
    return weekday;
  });
  return { holidays, weekendDays: [...new Set(weekendDays)].sort((a, b) => a - b) };
}
