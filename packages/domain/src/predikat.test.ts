import { describe, expect, it } from 'vitest';
import { PREDIKAT_ORDER, comparePredikat, predikatKinerja, predikatLabel, ratingLabel } from './predikat';
import type { Predikat, Rating } from './predikat';

describe('predikatKinerja', () => {
  it.each<[Rating, Rating, Predikat]>([
    ['DIATAS_EKSPEKTASI', 'DIBAWAH_EKSPEKTASI', 'KURANG'],
    ['DIATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK'],
    ['DIATAS_EKSPEKTASI', 'DIATAS_EKSPEKTASI', 'SANGAT_BAIK'],
    ['SESUAI_EKSPEKTASI', 'DIBAWAH_EKSPEKTASI', 'KURANG'],
    ['SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK'],
    ['SESUAI_EKSPEKTASI', 'DIATAS_EKSPEKTASI', 'BAIK'],
    ['DIBAWAH_EKSPEKTASI', 'DIBAWAH_EKSPEKTASI', 'SANGAT_KURANG'],
    ['DIBAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BUTUH_PERBAIKAN'],
    ['DIBAWAH_EKSPEKTASI', 'DIATAS_EKSPEKTASI', 'BUTUH_PERBAIKAN'],
  ])('gives hasil kerja %s with perilaku %s the predikat %s', (hasilKerja, perilaku, expected) => {
    expect(predikatKinerja(hasilKerja, perilaku)).toBe(expected);
  });

  it('throws a RangeError for an unknown rating', () => {
    expect(() => predikatKinerja('LUAR_BIASA' as Rating, 'SESUAI_EKSPEKTASI')).toThrow(RangeError);
  });
});

describe('labels', () => {
  it.each<[Rating, string]>([
    ['DIATAS_EKSPEKTASI', 'Di Atas Ekspektasi'],
    ['SESUAI_EKSPEKTASI', 'Sesuai Ekspektasi'],
    ['DIBAWAH_EKSPEKTASI', 'Di Bawah Ekspektasi'],
  ])('labels the rating %s as %s', (rating, label) => {
    expect(ratingLabel(rating)).toBe(label);
  });

  it.each<[Predikat, string]>([
    ['SANGAT_BAIK', 'Sangat Baik'],
    ['BAIK', 'Baik'],
    ['BUTUH_PERBAIKAN', 'Butuh Perbaikan'],
    ['KURANG', 'Kurang/Misconduct'],
    ['SANGAT_KURANG', 'Sangat Kurang'],
  ])('labels the predikat %s as %s', (predikat, label) => {
    expect(predikatLabel(predikat)).toBe(label);
  });
});

describe('comparePredikat', () => {
  it('orders predikat from Sangat Kurang up to Sangat Baik', () => {
    const shuffled: Predikat[] = ['BAIK', 'SANGAT_KURANG', 'SANGAT_BAIK', 'KURANG', 'BUTUH_PERBAIKAN'];
    expect([...shuffled].sort(comparePredikat)).toEqual(PREDIKAT_ORDER);
  });

  it.each<[Predikat, Predikat, number]>([
    ['KURANG', 'BUTUH_PERBAIKAN', -1],
    ['SANGAT_BAIK', 'BAIK', 1],
    ['BAIK', 'BAIK', 0],
  ])('compares %s with %s as %i', (a, b, sign) => {
    expect(Math.sign(comparePredikat(a, b))).toBe(sign);
  });
});
