import { describe, expect, it } from 'vitest';
import { ANGKA_KREDIT_PERCENT, angkaKreditPeriodik, angkaKreditTahunan } from './angka-kredit';
import type { Predikat } from './predikat';

describe('ANGKA_KREDIT_PERCENT', () => {
  it.each<[Predikat, number]>([
    ['SANGAT_BAIK', 150],
    ['BAIK', 100],
    ['BUTUH_PERBAIKAN', 75],
    ['KURANG', 50],
    ['SANGAT_KURANG', 25],
  ])('gives %s %i percent of the coefficient', (predikat, percent) => {
    expect(ANGKA_KREDIT_PERCENT[predikat]).toBe(percent);
  });
});

describe('angkaKreditTahunan', () => {
  it.each<[Predikat, number, number]>([
    ['SANGAT_BAIK', 12.5, 18.75],
    ['BAIK', 12.5, 12.5],
    ['BUTUH_PERBAIKAN', 12.5, 9.375],
    ['KURANG', 12.5, 6.25],
    ['SANGAT_KURANG', 12.5, 3.125],
    ['SANGAT_BAIK', 37.5, 56.25],
  ])('gives %s with coefficient %s an annual AK of %s', (predikat, koefisien, expected) => {
    expect(angkaKreditTahunan(predikat, koefisien)).toBe(expected);
  });

  it('rounds half-up exactly when decimals are requested', () => {
    expect(angkaKreditTahunan('BUTUH_PERBAIKAN', 12.5, { decimals: 2 })).toBe(9.38);
  });

  it.each([0, -12.5, Number.NaN])('throws a RangeError for a coefficient of %s', (koefisien) => {
    expect(() => angkaKreditTahunan('BAIK', koefisien)).toThrow(RangeError);
  });
});

describe('angkaKreditPeriodik', () => {
  it.each<[Predikat, number, number, number]>([
    ['BAIK', 12.5, 2, 2.08],
    ['SANGAT_BAIK', 12.5, 12, 18.75],
    ['SANGAT_BAIK', 12.5, 3, 4.69],
    ['BUTUH_PERBAIKAN', 12.5, 6, 4.69],
    ['SANGAT_KURANG', 12.5, 1, 0.26],
  ])('gives %s, coefficient %s, %i months → %s at 2 decimals', (predikat, koefisien, months, expected) => {
    expect(angkaKreditPeriodik(predikat, koefisien, months, { decimals: 2 })).toBe(expected);
  });

  it('returns the unrounded value by default (2 months at Baik with 12,5 → 2,0833…)', () => {
    expect(angkaKreditPeriodik('BAIK', 12.5, 2)).toBeCloseTo(25 / 12, 12);
  });

  it.each([0, 13, 1.5])('throws a RangeError for %s months', (months) => {
    expect(() => angkaKreditPeriodik('BAIK', 12.5, months)).toThrow(RangeError);
  });
});

describe('messages (Bahasa Indonesia)', () => {
  it.each<[string, () => unknown, string]>([
    [
      'an unknown predikat',
      () => angkaKreditTahunan('ISTIMEWA' as Predikat, 12.5),
      'Predikat tidak dikenal: ISTIMEWA.',
    ],
    [
      'a zero coefficient',
      () => angkaKreditTahunan('BAIK', 0),
      'Koefisien angka kredit harus bilangan positif, bukan 0.',
    ],
    [
      'an infinite coefficient',
      () => angkaKreditTahunan('BAIK', Number.POSITIVE_INFINITY),
      'Koefisien angka kredit harus bilangan positif, bukan Infinity.',
    ],
    [
      '13 months',
      () => angkaKreditPeriodik('BAIK', 12.5, 13),
      'Jumlah bulan periode harus bilangan bulat 1 sampai 12, bukan 13.',
    ],
    [
      '0 months',
      () => angkaKreditPeriodik('BAIK', 12.5, 0),
      'Jumlah bulan periode harus bilangan bulat 1 sampai 12, bukan 0.',
    ],
  ])('throws a RangeError for %s', (_name, call, message) => {
    expect(call).toThrow(new RangeError(message));
  });

  it.each([1, 12])('accepts a period of %i months', (months) => {
    expect(angkaKreditPeriodik('BAIK', 12, months)).toBe(months);
  });

  it('keeps a coefficient with decimals exact: 2 months at Baik with 12,5 is 25/12, not a float product', () => {
    expect(angkaKreditPeriodik('SANGAT_BAIK', 0.1, 12, { decimals: 3 })).toBe(0.15);
    expect(angkaKreditTahunan('SANGAT_BAIK', 0.1)).toBe(0.15);
  });
});
