import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DISTRIBUTION_RULES,
  ORGANISATION_PREDIKAT_LABELS,
  checkPredikatDistribution,
  countPredikat,
} from './predikat-distribution';
import type { DistributionRules, OrganisationPredikat } from './predikat-distribution';
import type { Predikat } from './predikat';

type Counts = Partial<Record<Predikat, number>>;

describe('checkPredikatDistribution', () => {
  it.each<[OrganisationPredikat, string, Counts]>([
    ['ISTIMEWA', 'Sangat Baik at exactly 70%', { SANGAT_BAIK: 7, BAIK: 3 }],
    ['ISTIMEWA', 'no Sangat Baik at all', { BAIK: 10 }],
    ['BAIK', 'Baik at 70% with one Butuh Perbaikan', { BAIK: 7, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 2 }],
    ['BAIK', 'some Kurang instead of Butuh Perbaikan', { BAIK: 6, KURANG: 2, SANGAT_KURANG: 2 }],
    [
      'BUTUH_PERBAIKAN',
      'Butuh Perbaikan 60% and Sangat Baik 10%',
      { BUTUH_PERBAIKAN: 6, SANGAT_BAIK: 1, BAIK: 3 },
    ],
    [
      'KURANG',
      'Kurang 60%, Butuh Perbaikan 10%, Sangat Baik 10%',
      { KURANG: 6, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 1, BAIK: 2 },
    ],
    ['SANGAT_KURANG', 'Sangat Kurang 60% and Kurang 10%', { SANGAT_KURANG: 6, KURANG: 1, BAIK: 3 }],
    ['SANGAT_KURANG', 'Butuh Perbaikan covering the 10% alone', { SANGAT_KURANG: 9, BUTUH_PERBAIKAN: 1 }],
  ])('accepts, for organisation %s, %s', (organisation, _name, counts) => {
    expect(checkPredikatDistribution(organisation, counts)).toEqual({
      ok: true,
      total: Object.values(counts).reduce((a, b) => a + b, 0),
      violations: [],
    });
  });

  it.each<[OrganisationPredikat, string, Counts, string[]]>([
    [
      'ISTIMEWA',
      'Sangat Baik above 70%',
      { SANGAT_BAIK: 8, BAIK: 2 },
      ['Predikat Sangat Baik paling banyak 70%; saat ini 8 dari 10 pegawai (80%).'],
    ],
    [
      'BAIK',
      'Baik above 70%',
      { BAIK: 8, KURANG: 2 },
      ['Predikat Baik paling banyak 70%; saat ini 8 dari 10 pegawai (80%).'],
    ],
    [
      'BAIK',
      'no Butuh Perbaikan nor Kurang',
      { BAIK: 7, SANGAT_BAIK: 3 },
      [
        'Harus ada sedikitnya 1 pegawai berpredikat Butuh Perbaikan dan/atau Kurang/Misconduct; saat ini 0 dari 10 pegawai (0%).',
      ],
    ],
    [
      'BUTUH_PERBAIKAN',
      'too few Butuh Perbaikan and too many Sangat Baik',
      { BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 2 },
      [
        'Predikat Butuh Perbaikan sedikitnya 60%; saat ini 1 dari 3 pegawai (33,33%).',
        'Predikat Sangat Baik paling banyak 10%; saat ini 2 dari 3 pegawai (66,67%).',
      ],
    ],
    [
      'KURANG',
      'no Butuh Perbaikan',
      { KURANG: 9, BAIK: 1 },
      ['Predikat Butuh Perbaikan sedikitnya 10%; saat ini 0 dari 10 pegawai (0%).'],
    ],
    [
      'KURANG',
      'more than 10% Sangat Baik',
      { KURANG: 6, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 2 },
      ['Predikat Sangat Baik paling banyak 10%; saat ini 2 dari 9 pegawai (22,22%).'],
    ],
    [
      'KURANG',
      'one Sangat Baik among eight (a share of 12,5%)',
      { KURANG: 6, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 1 },
      ['Predikat Sangat Baik paling banyak 10%; saat ini 1 dari 8 pegawai (12,5%).'],
    ],
    [
      'KURANG',
      'less than 60% Kurang/Misconduct',
      { KURANG: 5, BUTUH_PERBAIKAN: 4, SANGAT_BAIK: 1 },
      ['Predikat Kurang/Misconduct sedikitnya 60%; saat ini 5 dari 10 pegawai (50%).'],
    ],
    [
      'SANGAT_KURANG',
      'less than 60% Sangat Kurang and less than 10% Kurang and/or Butuh Perbaikan',
      { SANGAT_KURANG: 5, BAIK: 5 },
      [
        'Predikat Sangat Kurang sedikitnya 60%; saat ini 5 dari 10 pegawai (50%).',
        'Predikat Kurang/Misconduct dan/atau Butuh Perbaikan sedikitnya 10%; saat ini 0 dari 10 pegawai (0%).',
      ],
    ],
    [
      'BAIK',
      'Baik just above 70% (a share with a decimal)',
      { BAIK: 71, KURANG: 1, BUTUH_PERBAIKAN: 27 },
      ['Predikat Baik paling banyak 70%; saat ini 71 dari 99 pegawai (71,72%).'],
    ],
    [
      'SANGAT_KURANG',
      'any Sangat Baik',
      { SANGAT_KURANG: 8, KURANG: 1, SANGAT_BAIK: 1 },
      ['Predikat Sangat Baik tidak diperbolehkan; saat ini 1 dari 10 pegawai (10%).'],
    ],
  ])('warns, for organisation %s, about %s', (organisation, _name, counts, messages) => {
    const result = checkPredikatDistribution(organisation, counts);
    expect(result.ok).toBe(false);
    expect(result.violations.map((violation) => violation.message)).toEqual(messages);
  });

  it('reports the numbers behind a violation', () => {
    const [violation] = checkPredikatDistribution('ISTIMEWA', { SANGAT_BAIK: 3, BAIK: 1 }).violations;
    expect(violation).toMatchObject({ count: 3, total: 4, percent: 75 });
  });

  it('puts the numbers of each violation beside its constraint', () => {
    const result = checkPredikatDistribution('KURANG', { KURANG: 6, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 2 });
    expect(result).toEqual({
      ok: false,
      total: 9,
      violations: [
        {
          constraint: { predikat: ['SANGAT_BAIK'], maxPercent: 10 },
          count: 2,
          total: 9,
          percent: 200 / 9,
          message: 'Predikat Sangat Baik paling banyak 10%; saat ini 2 dari 9 pegawai (22,22%).',
        },
      ],
    });
  });

  it('counts every employee in the total, whatever their predikat', () => {
    // 6 of 10 Kurang is exactly 60%; the 3 Baik employees count in the total although no rule names them.
    expect(
      checkPredikatDistribution('KURANG', { KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 3, SANGAT_KURANG: 0 }).ok,
    ).toBe(true);
  });

  it('has nothing to check for an organisation without employees', () => {
    expect(checkPredikatDistribution('BAIK', {})).toEqual({ ok: true, total: 0, violations: [] });
  });

  it('applies edited rules instead of the defaults', () => {
    const rules: DistributionRules = {
      ...DEFAULT_DISTRIBUTION_RULES,
      ISTIMEWA: [{ predikat: ['SANGAT_BAIK'], maxPercent: 50 }],
    };
    expect(checkPredikatDistribution('ISTIMEWA', { SANGAT_BAIK: 6, BAIK: 4 }, rules).ok).toBe(false);
    expect(checkPredikatDistribution('ISTIMEWA', { SANGAT_BAIK: 6, BAIK: 4 }).ok).toBe(true);
  });

  it.each([-1, 1.5, Number.NaN])('throws a RangeError for a count of %s', (count) => {
    expect(() => checkPredikatDistribution('BAIK', { BAIK: count })).toThrow(
      new RangeError(`Jumlah pegawai per predikat harus bilangan bulat tidak negatif, bukan ${count}.`),
    );
  });

  it('throws a RangeError for an unknown organisation predikat', () => {
    expect(() => checkPredikatDistribution('LUAR_BIASA' as OrganisationPredikat, { BAIK: 1 })).toThrow(
      new RangeError('Predikat organisasi tidak dikenal: LUAR_BIASA.'),
    );
  });

  it('labels the organisation predikat in Indonesian', () => {
    expect(ORGANISATION_PREDIKAT_LABELS.BUTUH_PERBAIKAN).toBe('Butuh Perbaikan (Cukup)');
  });
});

describe('countPredikat', () => {
  it('counts a list of employee predikat', () => {
    expect(countPredikat(['BAIK', 'BAIK', 'KURANG'])).toEqual({ BAIK: 2, KURANG: 1 });
  });
});
