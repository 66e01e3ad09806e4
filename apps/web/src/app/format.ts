/**
 * Display formats: dates in WIB (Asia/Jakarta) in Indonesian style and numbers with the locale's separators.
 * Every function takes the UI language so the same value reads "28 November 2026" or "28 November 2026" (en-GB).
 */
export type Language = 'id' | 'en';

export const TIME_ZONE = 'Asia/Jakarta';

export function localeOf(language: Language): string {
  return language === 'en' ? 'en-GB' : 'id-ID';
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

function toDate(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const dateOnly = DATE_ONLY.exec(value);
  // A calendar date has no time zone: pin it to noon WIB so no zone shifts it to another day.
  const date = dateOnly ? new Date(`${value}T12:00:00+07:00`) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

// Building an Intl formatter costs far more than using one (locale data lookup), and a page of results formats
// hundreds of values: keep one per locale and options (a handful in the whole app).
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), { timeZone: TIME_ZONE, ...options });
    dateFormats.set(key, format);
  }
  return format;
}

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), options);
    numberFormats.set(key, format);
  }
  return format;
}

function parts(date: Date, language: Language, options: Intl.DateTimeFormatOptions) {
  const map: Record<string, string> = {};
  for (const part of dateFormat(language, options).formatToParts(date)) {
    map[part.type] = part.value;
  }
  return map;
}

/** "28 November 2026" (a calendar date `YYYY-MM-DD` or an instant, shown in WIB). */
export function formatDate(value: string | Date | null | undefined, language: Language = 'id'): string {
  if (value === null || value === undefined || value === '') return '—';
  const date = toDate(value);
  if (!date) return String(value);
  const p = parts(date, language, { day: 'numeric', month: 'long', year: 'numeric' });
  return `${p.day} ${p.month} ${p.year}`;
}

/** "28 Nov 2026 14.05 WIB" (en: "28 Nov 2026 14:05 WIB"). */
export function formatDateTime(value: string | Date | null | undefined, language: Language = 'id'): string {
  if (value === null || value === undefined || value === '') return '—';
  const date = toDate(value);
  if (!date) return String(value);
  const p = parts(date, language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const month = (p.month ?? '').replace(/\.$/, '');
  const separator = language === 'en' ? ':' : '.';
  return `${p.day} ${month} ${p.year} ${p.hour}${separator}${p.minute} WIB`;
}

/** "2026-11" → "November 2026". */
export function formatYearMonth(value: string | null | undefined, language: Language = 'id'): string {
  if (!value) return '—';
  const match = YEAR_MONTH.exec(value);
  if (!match) return value;
  const date = new Date(`${value}-15T12:00:00+07:00`);
  const p = parts(date, language, { month: 'long', year: 'numeric' });
  return `${p.month} ${p.year}`;
}

/** 1234.5 → "1.234,5" (id) or "1,234.5" (en). */
export function formatNumber(
  value: number | null | undefined,
  language: Language = 'id',
  options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 },
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return numberFormat(language, options).format(value);
}

/** Today's calendar date in WIB as `YYYY-MM-DD`. */
export function todayInWib(now: Date = new Date()): string {
  const p = parts(now, 'en', { year: 'numeric', month: '2-digit', day: '2-digit' });
  return `${p.year}-${p.month}-${p.day}`;
}

/** The hour (0–23) in WIB, used to pick the greeting. */
export function hourInWib(now: Date = new Date()): number {
  const p = parts(now, 'en', { hour: '2-digit', hourCycle: 'h23' });
  return Number(p.hour);
}

/** Indonesian greeting period: pagi 04–10, siang 11–14, sore 15–17, malam otherwise. */
export function greetingPeriod(hour: number): 'morning' | 'midday' | 'afternoon' | 'evening' {
  if (hour >= 4 && hour < 11) return 'morning';
  if (hour >= 11 && hour < 15) return 'midday';
  if (hour >= 15 && hour < 18) return 'afternoon';
  return 'evening';
}

/**
 * A `<input type="datetime-local">` value is a wall-clock time without a zone; the app's wall clock is WIB, so it
 * travels to the API as an instant with the +07:00 offset ('' when the input is empty).
 */
export function wibLocalToIso(local: string): string {
  return local ? `${local}:00+07:00` : '';
}

/** The other way: an instant as the WIB wall-clock value a datetime-local input shows (`YYYY-MM-DDTHH:mm`). */
export function isoToWibLocal(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = toDate(value);
  if (!date) return '';
  const p = parts(date, 'en', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}
