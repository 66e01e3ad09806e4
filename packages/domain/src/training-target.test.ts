import { describe, expect, it } from 'vitest';
import {
  DEFAULT_JP_TARGET,
  isJpReminderDue,
  jpCoverage,
  jpTargetProgress,
  quarterOfIsoDate,
  reportPeriodRange,
  sumJp,
  trainingCostSaving,
} from './training-target';

describe('DEFAULT_JP_TARGET', () => {
  it('is the 20 JP a year of PP 11/2017', () => {
    expect(DEFAULT_JP_TARGET).toBe(20);
  });
});

describe('sumJp', () => {
  it.each([
    [[], 0],
    [[0.5, 0.5, 0.5], 1.5],
    [[8, 12], 20],
    [Array.from({ length: 10 }, () => 0.1 * 5), 5],
    [[20, -7.5], 12.5],
  ])('adds %j exactly to %s', (values, total) => {
    expect(sumJp(values)).toBe(total);
  });
});

describe('jpTargetProgress', () => {
  it.each([
    // jp, target, remaining, percent, reached
    [0, 20, 20, 0, false],
    [7.5, 20, 12.5, 37.5, false],
    [19.5, 20, 0.5, 97.5, false],
    [20, 20, 0, 100, true],
    [32, 20, 0, 100, true],
    [10, 30, 20, 33.3, false],
    [0, 0, 0, 100, true],
  ])('%s JP against %s: %s left, %s%%, reached %s', (jp, target, remaining, percent, isReached) => {
    expect(jpTargetProgress(jp, target)).toEqual({ jp, target, remaining, percent, isReached });
  });

  it.each([
    [-1, 20],
    [Number.NaN, 20],
    [5, -1],
    [5, Number.POSITIVE_INFINITY],
  ])('refuses %s JP against %s', (jp, target) => {
    expect(() => jpTargetProgress(jp, target)).toThrow(RangeError);
  });
});

describe('jpCoverage', () => {
  it.each([
    [[], 20, { employees: 0, reached: 0, below: 0, percent: null, averageJp: null }],
    [[20, 24, 3, 0], 20, { employees: 4, reached: 2, below: 2, percent: 50, averageJp: 11.8 }],
    [[19.5, 20, 21], 20, { employees: 3, reached: 2, below: 1, percent: 66.7, averageJp: 20.2 }],
    [[5, 5, 5], 0, { employees: 3, reached: 3, below: 0, percent: 100, averageJp: 5 }],
  ])('counts who reached the target in %j (target %s)', (jps, target, expected) => {
    expect(jpCoverage(jps, target)).toEqual(expected);
  });
});

describe('trainingCostSaving', () => {
  it.each([
    [300_000, 0, 0],
    [300_000, 12, 3_600_000],
    [250_000, 7.5, 1_875_000],
    [333_333.4, 1.5, 500_000],
    [0, 40, 0],
  ])('external cost %s per JP × %s internal JP = Rp %s', (cost, jp, saving) => {
    expect(trainingCostSaving(cost, jp)).toBe(saving);
  });

  it.each([
    [-1, 2],
    [100, -2],
    [Number.NaN, 2],
  ])('refuses cost %s and JP %s', (cost, jp) => {
    expect(() => trainingCostSaving(cost, jp)).toThrow(RangeError);
  });
});

describe('quarterOfIsoDate', () => {
  it.each([
    ['2026-01-01', 1],
    ['2026-03-31', 1],
    ['2026-04-01', 2],
    ['2026-06-30', 2],
    ['2026-07-15', 3],
    ['2026-09-30', 3],
    ['2026-10-01', 4],
    ['2026-12-31', 4],
  ])('%s is in quarter %s', (date, q) => {
    expect(quarterOfIsoDate(date)).toBe(q);
  });

  it.each(['2026-13-01', '2026-00-10', 'kemarin'])('refuses %s', (date) => {
    expect(() => quarterOfIsoDate(date)).toThrow(RangeError);
  });
});

describe('reportPeriodRange', () => {
  it.each([
    [2026, null, '2026-01-01', '2026-12-31'],
    [2026, 1, '2026-01-01', '2026-03-31'],
    [2026, 2, '2026-04-01', '2026-06-30'],
    [2026, 3, '2026-07-01', '2026-09-30'],
    [2026, 4, '2026-10-01', '2026-12-31'],
  ] as const)('%s quarter %s runs %s to %s', (year, quarter, from, to) => {
    expect(reportPeriodRange(year, quarter)).toEqual({ from, to });
  });

  it('refuses a year that is not a four-digit integer', () => {
    expect(() => reportPeriodRange(20.5, null)).toThrow(RangeError);
  });
});

describe('isJpReminderDue', () => {
  it.each([
    ['2026-09-30', 0, 20, false], // not yet the last quarter
    ['2026-10-01', 0, 20, true],
    ['2026-11-15', 19.5, 20, true],
    ['2026-11-15', 20, 20, false], // reached
    ['2026-12-31', 25, 20, false],
    ['2026-12-31', 12, 12, false],
    ['2026-02-01', 0, 20, false],
  ])('on %s with %s of %s JP: reminder %s', (today, jp, target, due) => {
    expect(isJpReminderDue(today, jp, target)).toBe(due);
  });
});
