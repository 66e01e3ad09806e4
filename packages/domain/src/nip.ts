/**
 * NIP (Nomor Induk Pegawai) — the 18-digit civil-servant number. PNS form per Peraturan Kepala BKN 22/2007 and
 * 43/2007: `YYYYMMDD YYYYMM G NNN` (birth date, TMT CPNS year and month, gender, serial; no check digit). PPPK form
 * as found in several implementations (not verified against BKN): `YYYYMMDD YYYY 2 F G NNN` (birth date, TMT year,
 * the code 2, a frequency digit 1–9, gender, serial).
 */
import { isValidCalendarDate, parseIsoDate } from './calendar-date';

/** Employee kind: PNS (civil servant) or PPPK (government employee on contract). */
export type AsnKind = 'PNS' | 'PPPK';

/** What an NIP says about its holder. */
export type NipInfo = {
  /** The 18 digits, without spaces or dots — the stored form. */
  nip: string;
  kind: AsnKind;
  /** Date of birth, `YYYY-MM-DD`. */
  birthDate: string;
  /**
   * TMT (start of appointment), `YYYY-MM`. A PPPK NIP encodes only the year, so for PPPK the month is always `01`
   * and means "some month of that year"; do not display it as a month.
   */
  tmt: string;
  /** L = laki-laki (male, digit 1), P = perempuan (female, digit 2). */
  gender: 'L' | 'P';
  /** Serial number 1–999 (digits 16–18). */
  serial: number;
  /** PPPK only: the frequency digit 1–9 (digit 14). */
  frequency?: number;
};

/** Stable error codes of {@link parseNip}; the API and the web app key their messages on these. */
export type NipErrorCode =
  | 'NIP_FORMAT'
  | 'NIP_BIRTH_DATE'
  | 'NIP_TMT'
  | 'NIP_FREQUENCY'
  | 'NIP_GENDER'
  | 'NIP_SERIAL'
  | 'NIP_KIND_MISMATCH'
  | 'NIP_FUTURE'
  | 'NIP_TMT_TOO_EARLY';

/** A rejected NIP: a stable code and an Indonesian message for the user. */
export type NipError = { code: NipErrorCode; message: string };

/** The result of {@link parseNip}: the parsed NIP or the first rule it breaks. */
export type ParseNipResult = { ok: true; value: NipInfo } | { ok: false; error: NipError };

/**
 * The youngest age at TMT that {@link parseNip} accepts: 18 years ([decision] in asn-identity.md — the TMT year-month
 * is not earlier than the birth year-month plus 18 years).
 */
export const DEFAULT_NIP_MIN_AGE_AT_TMT = 18;

/** Optional settings of {@link parseNip}. */
export type ParseNipOptions = {
  /**
   * The employee's kind when the caller knows it. When given, an NIP of the other form is rejected with
   * NIP_KIND_MISMATCH; when omitted the kind is detected from digit 13 (see {@link parseNip}).
   */
  kind?: AsnKind;
  /** Minimum age in whole years at TMT; default {@link DEFAULT_NIP_MIN_AGE_AT_TMT}. */
  minAgeAtTmt?: number;
};

const KIND_LABEL: Record<AsnKind, string> = { PNS: 'PNS', PPPK: 'PPPK' };

function fail(code: NipErrorCode, message: string): ParseNipResult {
  return { ok: false, error: { code, message } };
}

/** The 18 digits of an NIP as typed, without spaces (any whitespace) and dots. */
export function normalizeNip(input: string): string {
  return input.replace(/[\s.]/g, '');
}

/**
 * Reads and validates an NIP (PNS: Peraturan Kepala BKN 22/2007 and 43/2007; PPPK: the form in asn-identity.md).
 *
 * Checks, in order, each failing with its own code and an Indonesian message: exactly 18 digits once spaces and
 * dots are removed (NIP_FORMAT); a real birth date (NIP_BIRTH_DATE); digit 13 naming a form (NIP_TMT); the kind
 * hint, when given (NIP_KIND_MISMATCH); the TMT month 01–12 for PNS (NIP_TMT) or the frequency digit 1–9 for PPPK
 * (NIP_FREQUENCY); gender digit 1 or 2 (NIP_GENDER); serial not 000 (NIP_SERIAL); neither birth date nor TMT after `today` (NIP_FUTURE); and TMT not
 * earlier than birth year-month plus `minAgeAtTmt` years (NIP_TMT_TOO_EARLY, a [decision]).
 *
 * PNS or PPPK: digits 13–14 of a PNS NIP are the TMT month 01–12, so digit 13 is 0 or 1; in a PPPK NIP digit 13 is
 * the code 2. The two forms therefore never overlap and digit 13 decides: 0/1 → PNS, 2 → PPPK, anything else is
 * neither (NIP_TMT). A PPPK NIP carries only the TMT year, so its month checks give it the benefit of the doubt:
 * "in the future" means a TMT year after today's year, "too early" a TMT year before birth year + minimum age.
 *
 * `today` (`YYYY-MM-DD`) is an argument because rules never read the clock; without it the future checks are skipped.
 * An invalid `today` is a programming error and throws a RangeError.
 */
export function parseNip(input: string, today?: string, options: ParseNipOptions = {}): ParseNipResult {
  const minAge = options.minAgeAtTmt ?? DEFAULT_NIP_MIN_AGE_AT_TMT;
  if (!Number.isInteger(minAge) || minAge < 0) {
    throw new RangeError(`Usia minimum saat TMT harus bilangan bulat tidak negatif, bukan ${minAge}.`);
  }
  const now = today === undefined ? undefined : parseIsoDate(today);
  const nip = normalizeNip(input);
  if (!/^\d{18}$/.test(nip)) {
    return fail('NIP_FORMAT', 'NIP harus terdiri atas 18 digit angka (spasi dan titik diabaikan).');
  }
  const digits = (from: number, to: number): number => Number(nip.slice(from - 1, to));

  const birthYear = digits(1, 4);
  const birthMonth = digits(5, 6);
  const birthDay = digits(7, 8);
  if (!isValidCalendarDate(birthYear, birthMonth, birthDay)) {
    return fail(
      'NIP_BIRTH_DATE',
      'Tanggal lahir pada NIP (digit 1–8, format TTTTBBHH) bukan tanggal yang valid.',
    );
  }

  const tmtYear = digits(9, 12);
  const kindDigit = nip.charAt(12);
  if (kindDigit !== '0' && kindDigit !== '1' && kindDigit !== '2') {
    return fail(
      'NIP_TMT',
      'Digit 13–14 NIP harus berupa bulan TMT 01 sampai 12 (PNS) atau kode 2 diikuti frekuensi 1–9 (PPPK).',
    );
  }
  const kind: AsnKind = kindDigit === '2' ? 'PPPK' : 'PNS';
  if (options.kind !== undefined && options.kind !== kind) {
    return fail(
      'NIP_KIND_MISMATCH',
      `NIP ini berformat ${KIND_LABEL[kind]}, sedangkan pegawai tercatat sebagai ${KIND_LABEL[options.kind]}.`,
    );
  }
  let tmtMonth: number | undefined;
  let frequency: number | undefined;
  if (kind === 'PNS') {
    tmtMonth = digits(13, 14);
    if (tmtMonth < 1 || tmtMonth > 12) {
      return fail('NIP_TMT', 'Bulan TMT pada NIP (digit 13–14) harus 01 sampai 12.');
    }
  } else {
    frequency = digits(14, 14);
    if (frequency === 0) {
      return fail('NIP_FREQUENCY', 'Digit frekuensi pada NIP PPPK (digit 14) harus 1 sampai 9.');
    }
  }

  const genderDigit = nip.charAt(14);
  if (genderDigit !== '1' && genderDigit !== '2') {
    return fail(
      'NIP_GENDER',
      'Digit jenis kelamin pada NIP (digit 15) harus 1 (laki-laki) atau 2 (perempuan).',
    );
  }
  const serial = digits(16, 18);
  if (serial === 0) {
    return fail('NIP_SERIAL', 'Nomor urut pada NIP (digit 16–18) tidak boleh 000.');
  }

  if (now !== undefined) {
    const birthKey = birthYear * 10_000 + birthMonth * 100 + birthDay;
    if (birthKey > now.year * 10_000 + now.month * 100 + now.day) {
      return fail('NIP_FUTURE', 'Tanggal lahir pada NIP tidak boleh melewati tanggal hari ini.');
    }
    const isTmtFuture =
      tmtMonth === undefined ? tmtYear > now.year : tmtYear * 12 + tmtMonth > now.year * 12 + now.month;
    if (isTmtFuture) {
      return fail('NIP_FUTURE', 'TMT pada NIP tidak boleh melewati bulan berjalan.');
    }
  }
  const isTooEarly =
    tmtMonth === undefined
      ? tmtYear < birthYear + minAge
      : tmtYear * 12 + tmtMonth < (birthYear + minAge) * 12 + birthMonth;
  if (isTooEarly) {
    return fail(
      'NIP_TMT_TOO_EARLY',
      `TMT pada NIP lebih awal dari usia ${minAge} tahun pemegangnya (dihitung dari bulan dan tahun lahir).`,
    );
  }

  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  const value: NipInfo = {
    nip,
    kind,
    birthDate: `${pad(birthYear, 4)}-${pad(birthMonth, 2)}-${pad(birthDay, 2)}`,
    tmt: `${pad(tmtYear, 4)}-${pad(tmtMonth ?? 1, 2)}`,
    gender: genderDigit === '1' ? 'L' : 'P',
    serial,
  };
  if (frequency !== undefined) {
    value.frequency = frequency;
  }
  return { ok: true, value };
}

/**
 * The display form of an NIP, `19660801 198803 1 001` (asn-identity.md; store the 18 digits, show this). PPPK NIPs
 * use the same 8-6-1-3 grouping (`20001231 202421 1 001`). Input that is not 18 digits after removing spaces and
 * dots is returned trimmed and unchanged, so an empty NIP (non-PNS staff) stays empty.
 */
export function formatNip(nip: string): string {
  const digits = normalizeNip(nip);
  if (!/^\d{18}$/.test(digits)) {
    return nip.trim();
  }
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}
