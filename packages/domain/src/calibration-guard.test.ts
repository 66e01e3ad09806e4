import { describe, expect, it } from 'vitest';
import {
  calibrationReadiness,
  patternCountBounds,
  type CalibrationReadiness,
  type PatternCountBounds,
} from './calibration-guard';
import type { Predikat } from './predikat';
import {
  checkPredikatDistribution,
  DEFAULT_DISTRIBUTION_RULES,
  type DistributionConstraint,
} from './predikat-distribution';

describe('calibrationReadiness', () => {
  it.each<[string, number, number, boolean, boolean, Omit<CalibrationReadiness, 'rated' | 'expected'>]>([
    [
      'everyone rated inside the pattern',
      10,
      10,
      true,
      false,
      { isComplete: true, shortfalls: [], canFinalize: true },
    ],
    [
      'one of ten rated "inside the pattern" needs a justification',
      1,
      10,
      true,
      false,
      { isComplete: false, shortfalls: ['INCOMPLETE'], canFinalize: false },
    ],
    [
      'one of ten rated with a justification',
      1,
      10,
      true,
      true,
      { isComplete: false, shortfalls: ['INCOMPLETE'], canFinalize: true },
    ],
    [
      'everyone rated outside the pattern without a justification',
      10,
      10,
      false,
      false,
      { isComplete: true, shortfalls: ['OUTSIDE_PATTERN'], canFinalize: false },
    ],
    [
      'everyone rated outside the pattern with a justification',
      10,
      10,
      false,
      true,
      { isComplete: true, shortfalls: ['OUTSIDE_PATTERN'], canFinalize: true },
    ],
    [
      'incomplete and outside the pattern',
      3,
      10,
      false,
      false,
      { isComplete: false, shortfalls: ['INCOMPLETE', 'OUTSIDE_PATTERN'], canFinalize: false },
    ],
    [
      'nobody rated, even with a justification',
      0,
      10,
      true,
      true,
      { isComplete: false, shortfalls: ['NOTHING_RATED', 'INCOMPLETE'], canFinalize: false },
    ],
    [
      'nobody to rate and nobody rated',
      0,
      0,
      true,
      true,
      { isComplete: true, shortfalls: ['NOTHING_RATED'], canFinalize: false },
    ],
    [
      'more rated than expected (an SKP of a former position) counts as complete',
      11,
      10,
      true,
      false,
      { isComplete: true, shortfalls: [], canFinalize: true },
    ],
  ])('judges %s', (_, rated, expected, distributionOk, hasJustification, outcome) => {
    expect(calibrationReadiness({ rated, expected, distributionOk, hasJustification })).toEqual({
      rated,
      expected,
      ...outcome,
    });
  });

  it.each<[number, number, string]>([
    [-1, 10, 'Jumlah pegawai (rated) harus bilangan bulat tidak negatif, bukan -1.'],
    [1.5, 10, 'Jumlah pegawai (rated) harus bilangan bulat tidak negatif, bukan 1.5.'],
    [1, -2, 'Jumlah pegawai (expected) harus bilangan bulat tidak negatif, bukan -2.'],
    [1, Number.NaN, 'Jumlah pegawai (expected) harus bilangan bulat tidak negatif, bukan NaN.'],
  ])('refuses rated %s of expected %s', (rated, expected, message) => {
    expect(() =>
      calibrationReadiness({ rated, expected, distributionOk: true, hasJustification: false }),
    ).toThrow(new RangeError(message));
  });
});

describe('patternCountBounds', () => {
  it('turns the default Baik pattern into counts for ten employees', () => {
    expect(patternCountBounds(DEFAULT_DISTRIBUTION_RULES.BAIK, 10)).toEqual([
      { predikat: ['BAIK'], min: 0, max: 7 },
      { predikat: ['BUTUH_PERBAIKAN', 'KURANG'], min: 1, max: 10 },
    ]);
  });

  it.each<[DistributionConstraint, number, number, number]>([
    [{ predikat: ['BAIK'], maxPercent: 70 }, 3, 0, 2],
    [{ predikat: ['BUTUH_PERBAIKAN'], minPercent: 60 }, 7, 5, 7],
    [{ predikat: ['BUTUH_PERBAIKAN'], minPercent: 60 }, 5, 3, 5],
    [{ predikat: ['SANGAT_BAIK'], maxPercent: 0 }, 9, 0, 0],
    [{ predikat: ['KURANG'], minPercent: 10, minCount: 2 }, 5, 2, 5],
    [{ predikat: ['KURANG'], minPercent: 50, minCount: 1 }, 6, 3, 6],
    [{ predikat: ['BAIK'] }, 0, 0, 0],
  ])('bounds %j for %i employees at %i to %i', (constraint, total, min, max) => {
    expect(patternCountBounds([constraint], total)).toEqual([{ predikat: constraint.predikat, min, max }]);
  });

  it('agrees with the pattern check: a count passes exactly when it lies within the bounds', () => {
    const all: Predikat[] = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];
    for (const total of [1, 3, 7, 10, 13]) {
      for (const constraint of Object.values(DEFAULT_DISTRIBUTION_RULES).flat()) {
        const [{ min, max }] = patternCountBounds([constraint], total) as [PatternCountBounds];
        const other = all.find((p) => !constraint.predikat.includes(p))!;
        const rules = { ...DEFAULT_DISTRIBUTION_RULES, ISTIMEWA: [constraint] };
        for (let count = 0; count <= total; count++) {
          const counts = { [constraint.predikat[0]!]: count, [other]: total - count };
          expect(checkPredikatDistribution('ISTIMEWA', counts, rules).ok).toBe(count >= min && count <= max);
        }
      }
    }
  });

  it('refuses a negative or fractional number of employees', () => {
    expect(() => patternCountBounds([], -1)).toThrow(
      new RangeError('Jumlah pegawai harus bilangan bulat tidak negatif, bukan -1.'),
    );
    expect(() => patternCountBounds([], 2.5)).toThrow(
      new RangeError('Jumlah pegawai harus bilangan bulat tidak negatif, bukan 2.5.'),
    );
  });
});
