import { isValidGolongan, isValidIsoDate, parseNip, pangkatOf, type NipInfo } from '@sim/domain';
import type { ErrorDetail } from '../../lib/errors';

// Checks shared by the employee form (one record) and the import (many rows), so both say the same thing in the
// same words. Pure functions: no database, no clock (today is an argument).

export type Kind = 'PNS' | 'PPPK';

export const pangkatOfGolongan = (kind: string, golongan: string | null) =>
  kind === 'PNS' && golongan ? (pangkatOf(golongan) ?? null) : null;

const ROMAN_PNS = /^(IV|III|II|I)\s*\/\s*([a-e])$/i;
const ROMAN_PPPK = /^(XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)$/i;

/**
 * The golongan written the way the lists spell it (`iii/A` → `III/a`, `ix` → `IX`) when it is one of that kind's
 * golongan; otherwise an error naming the accepted forms.
 */
export function normalizeGolongan(
  kind: Kind,
  input: string,
): { ok: true; value: string } | { ok: false; message: string } {
  const text = input.trim();
  let value = text;
  const pns = ROMAN_PNS.exec(text);
  if (kind === 'PNS' && pns) value = `${pns[1]!.toUpperCase()}/${pns[2]!.toLowerCase()}`;
  if (kind === 'PPPK' && ROMAN_PPPK.test(text)) value = text.toUpperCase();
  if (isValidGolongan(kind, value)) return { ok: true, value };
  return {
    ok: false,
    message:
      kind === 'PNS'
        ? `Golongan "${text}" tidak dikenal untuk PNS (contoh: II/a, III/b, IV/a)`
        : `Golongan "${text}" tidak dikenal untuk PPPK (I sampai XVII)`,
  };
}

export type IdentityInput = { nip: string; kind: Kind; gender?: 'L' | 'P' | null; birthDate?: string | null };

/**
 * Reads the NIP with the domain rule and checks that what the client also sent agrees with it: gender and birth
 * date are derived from the NIP, so a different value means one of the two was typed wrong.
 */
export function checkIdentity(
  input: IdentityInput,
  today: string,
): { ok: true; value: NipInfo } | { ok: false; errors: ErrorDetail[] } {
  const parsed = parseNip(input.nip, today, { kind: input.kind });
  if (!parsed.ok)
    return { ok: false, errors: [{ path: 'nip', message: parsed.error.message, code: parsed.error.code }] };
  const info = parsed.value;
  const errors: ErrorDetail[] = [];
  if (input.gender && input.gender !== info.gender) {
    errors.push({
      path: 'gender',
      message: `Jenis kelamin tidak sesuai dengan NIP (digit ke-15 menyatakan ${info.gender === 'L' ? 'laki-laki' : 'perempuan'})`,
    });
  }
  if (input.birthDate && input.birthDate !== info.birthDate) {
    errors.push({
      path: 'birthDate',
      message: `Tanggal lahir tidak sesuai dengan NIP (menurut NIP ${info.birthDate})`,
    });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: info };
}

/** A real `YYYY-MM-DD` date (the contract checks only the shape; 2026-02-30 passes it). */
export const isRealDate = (text: string) => isValidIsoDate(text);

/**
 * Whether a position start date lies before the appointment (TMT) the NIP records: nobody holds a position before
 * being appointed. A PPPK NIP carries only the year, so only the year is compared for PPPK.
 */
export function isBeforeTmt(date: string, kind: string, tmt: string): boolean {
  return kind === 'PPPK' ? date.slice(0, 4) < tmt.slice(0, 4) : date.slice(0, 7) < tmt.slice(0, 7);
}

/** The day before a `YYYY-MM-DD` date. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
