/**
 * How Indonesian documents write dates and people: "28 November 2026", "Dr. H. Ahmad Fauzi, S.Sos., M.Si.". Shared
 * by the API (PDF reports, lists) and the web app, so both write them the same way.
 */
import { parseIsoDate } from './calendar-date';

/** The month names of Indonesian (Januari … Desember), January first. */
export const INDONESIAN_MONTHS: readonly string[] = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** "2026-11-28" → "28 November 2026" (the day without a leading zero); an invalid date throws a RangeError. */
export function formatTanggal(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return `${day} ${INDONESIAN_MONTHS[month - 1]} ${year}`;
}

/**
 * "Dr. H. Ahmad Fauzi, S.Sos., M.Si." — the front titles (gelar depan) before the name, the back titles (gelar
 * belakang) after a comma; a title that is empty or only spaces is left out.
 */
export function fullNameOf(e: {
  name: string;
  front_title: string | null;
  back_title: string | null;
}): string {
  const front = e.front_title?.trim();
  const back = e.back_title?.trim();
  return `${front ? `${front} ` : ''}${e.name}${back ? `, ${back}` : ''}`;
}
