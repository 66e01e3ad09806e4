import { describe, expect, it } from 'vitest';
import {
  capaianMeasure,
  currentPeriodIndex,
  periodCapaian,
  type CapaianMeasure,
  type PeriodCapaian,
  type PeriodRealisation,
} from './period-capaian';

describe('capaianMeasure', () => {
  it.each<['NUMBER' | 'PERCENT', string | null, CapaianMeasure]>([
    ['NUMBER', null, 'SUM'],
    ['NUMBER', 'COMPLAINTS_FINISHED', 'SUM'],
    ['NUMBER', 'COMPLAINTS_AVG_RATING', 'LEVEL'],
    ['NUMBER', 'SKM_OFFICER_IKM', 'LEVEL'],
    ['NUMBER', 'TRAINING_SESSIONS_DELIVERED', 'SUM'],
    ['NUMBER', 'TRAINING_JP_DELIVERED', 'SUM'],
    ['PERCENT', null, 'LEVEL'],
    ['PERCENT', 'COMPLAINTS_ON_TIME_PCT', 'LEVEL'],
    ['PERCENT', 'COMPLAINTS_FINISHED', 'LEVEL'],
  ])('measures a %s target with system source %s as %s', (kind, source, expected) => {
    expect(capaianMeasure(kind, source)).toBe(expected);
  });
});

const p = (value: number | null, periodTarget: number | null = null): PeriodRealisation => ({
  value,
  periodTarget,
});

describe('periodCapaian', () => {
  it.each<[string, PeriodRealisation[], number | null, CapaianMeasure, PeriodCapaian]>([
    [
      'a good quarter against its rencana aksi target (3 of 3, not 3 of 12)',
      [p(3, 3)],
      12,
      'SUM',
      { basis: 'PERIOD_TARGET', realised: 3, target: 3, percent: 100 },
    ],
    [
      'the period target over the earlier periods (only this period counts)',
      [p(3), p(2, 4)],
      12,
      'SUM',
      { basis: 'PERIOD_TARGET', realised: 2, target: 4, percent: 50 },
    ],
    [
      'a period target on a level measure',
      [p(80, 90)],
      95,
      'LEVEL',
      { basis: 'PERIOD_TARGET', realised: 80, target: 90, percent: 88.9 },
    ],
    [
      'a period target without a value yet',
      [p(null, 3)],
      12,
      'SUM',
      { basis: 'PERIOD_TARGET', realised: null, target: 3, percent: null },
    ],
    [
      'a zero period target (nothing planned for the period)',
      [p(1, 0)],
      12,
      'SUM',
      { basis: 'PERIOD_TARGET', realised: 1, target: 0, percent: null },
    ],
    [
      'the first quarter without a period target: cumulative toward the year',
      [p(3)],
      12,
      'SUM',
      { basis: 'ANNUAL_CUMULATIVE', realised: 3, target: 12, percent: 25 },
    ],
    [
      'the second quarter adds the first (a missing earlier value counts as nothing)',
      [p(3), p(null), p(4)],
      12,
      'SUM',
      { basis: 'ANNUAL_CUMULATIVE', realised: 7, target: 12, percent: 58.3 },
    ],
    [
      'earlier periods with their own period targets still add to the year',
      [p(3, 3), p(3)],
      12,
      'SUM',
      { basis: 'ANNUAL_CUMULATIVE', realised: 6, target: 12, percent: 50 },
    ],
    [
      'decimal values summed without floating-point drift',
      [p(0.1), p(0.2)],
      0.3,
      'SUM',
      { basis: 'ANNUAL_CUMULATIVE', realised: 0.3, target: 0.3, percent: 100 },
    ],
    [
      'a period without a value has no cumulative capaian yet',
      [p(3), p(null)],
      12,
      'SUM',
      { basis: 'ANNUAL_CUMULATIVE', realised: null, target: 12, percent: null },
    ],
    [
      'no annual target to measure against',
      [p(3)],
      null,
      'SUM',
      { basis: 'ANNUAL_CUMULATIVE', realised: 3, target: null, percent: null },
    ],
    [
      'a rate compared as it stands, not summed',
      [p(90), p(80)],
      100,
      'LEVEL',
      { basis: 'ANNUAL_LEVEL', realised: 80, target: 100, percent: 80 },
    ],
    [
      'a level without a value yet',
      [p(90), p(null)],
      100,
      'LEVEL',
      { basis: 'ANNUAL_LEVEL', realised: null, target: 100, percent: null },
    ],
  ])('measures %s', (_, periods, annual, measure, expected) => {
    expect(periodCapaian(periods, annual, measure)).toEqual(expected);
  });

  it('refuses an empty list of periods', () => {
    expect(() => periodCapaian([], 12, 'SUM')).toThrow(
      new RangeError('Sedikitnya satu periode diperlukan untuk menghitung capaian.'),
    );
  });
});

describe('currentPeriodIndex', () => {
  const quarters = [
    { startDate: '2026-01-01', endDate: '2026-03-31' },
    { startDate: '2026-04-01', endDate: '2026-06-30' },
    { startDate: '2026-07-01', endDate: '2026-09-30' },
    { startDate: '2026-10-01', endDate: '2026-12-31' },
  ];
  it.each<[string, number]>([
    ['2026-01-01', 0],
    ['2026-03-31', 0],
    ['2026-04-01', 1],
    ['2026-05-15', 1],
    ['2026-06-30', 1],
    ['2026-12-04', 3],
    ['2026-12-31', 3],
    ['2025-12-31', 0],
    ['2027-01-01', 3],
  ])('opens on %s at period %i', (today, expected) => {
    expect(currentPeriodIndex(quarters, today)).toBe(expected);
  });

  it('gives -1 when the year has no periods', () => {
    expect(currentPeriodIndex([], '2026-12-04')).toBe(-1);
  });
});
