/**
 * Angka kredit (credit points) of functional positions from the predikat kinerja — Peraturan BKN 3/2023: the
 * predikat sets a percentage of the position level's annual coefficient.
 */
import { roundRationalHalfUp, rationalToNumber, toRational } from './decimal';
import type { Predikat } from './predikat';

/** Percentage of the annual coefficient earned per predikat (Peraturan BKN 3/2023). */
export const ANGKA_KREDIT_PERCENT: Readonly<Record<Predikat, number>> = {
  SANGAT_BAIK: 150,
  BAIK: 100,
  BUTUH_PERBAIKAN: 75,
  KURANG: 50,
  SANGAT_KURANG: 25,
};

/** Rounding for reports; by default the value is returned unrounded. */
export type AngkaKreditOptions = {
  /** Round half-up to this many decimals, exactly (e.g. 2 → 2,0833… becomes 2,08). */
  decimals?: number;
};

function compute(predikat: Predikat, koefisien: number, months: number, options: AngkaKreditOptions): number {
  const percent = ANGKA_KREDIT_PERCENT[predikat];
  if (percent === undefined) {
    throw new RangeError(`Predikat tidak dikenal: ${String(predikat)}.`);
  }
  if (!(Number.isFinite(koefisien) && koefisien > 0)) {
    throw new RangeError(`Koefisien angka kredit harus bilangan positif, bukan ${koefisien}.`);
  }
  const coefficient = toRational(koefisien);
  const num = BigInt(percent) * coefficient.num * BigInt(months);
  const den = 100n * coefficient.den * 12n;
  return options.decimals === undefined
    ? rationalToNumber(num, den)
    : roundRationalHalfUp(num, den, options.decimals);
}

/**
 * Annual angka kredit = percentage of the predikat × the level's annual coefficient (Peraturan BKN 3/2023).
 * Example: Ahli Pertama (coefficient 12,5) with Sangat Baik (150%) earns 18,75.
 */
export function angkaKreditTahunan(
  predikat: Predikat,
  koefisienTahunan: number,
  options: AngkaKreditOptions = {},
): number {
  return compute(predikat, koefisienTahunan, 12, options);
}

/**
 * Periodic angka kredit = months / 12 × percentage × annual coefficient (Peraturan BKN 3/2023), for a period of
 * 1–12 whole months. Example: 2 months at Baik with coefficient 12,5 → 2,0833…, printed 2,08.
 */
export function angkaKreditPeriodik(
  predikat: Predikat,
  koefisienTahunan: number,
  months: number,
  options: AngkaKreditOptions = {},
): number {
  if (!Number.isInteger(months) || months < 1 || months > 12) {
    throw new RangeError(`Jumlah bulan periode harus bilangan bulat 1 sampai 12, bukan ${months}.`);
  }
  return compute(predikat, koefisienTahunan, months, options);
}
