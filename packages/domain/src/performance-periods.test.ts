import { describe, expect, it } from 'vitest';
import { BERAKHLAK, addCalendarDays, capaianPercent, performancePeriods } from './performance-periods';
import type { PeriodScheme } from './performance-periods';

describe('performancePeriods', () => {
  it.each<[PeriodScheme, number, string, string, string]>([
    ['QUARTERLY', 5, 'Triwulan I', '2026-01-01', '2026-03-31'],
    ['SEMESTER', 3, 'Semester I', '2026-01-01', '2026-06-30'],
    ['MONTHLY', 13, 'Januari', '2026-01-01', '2026-01-31'],
  ])('splits 2026 by %s into %i periods starting with %s (%s – %s)', (scheme, count, label, start, end) => {
    const periods = performancePeriods(2026, scheme);
    expect(periods).toHaveLength(count);
    expect(periods[0]).toMatchObject({ seq: 1, kind: 'PERIODIK', label, startDate: start, endDate: end });
    expect(periods.at(-1)).toMatchObject({
      kind: 'TAHUNAN',
      label: 'Akhir (Tahunan)',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      months: 12,
    });
  });

  it.each<[number, string]>([
    [2024, '2024-02-29'],
    [2026, '2026-02-28'],
  ])('ends February %i on %s in the monthly scheme', (year, end) => {
    expect(performancePeriods(year, 'MONTHLY')[1]?.endDate).toBe(end);
  });

  it('labels the fourth quarter Triwulan IV ending 31 December', () => {
    expect(performancePeriods(2026, 'QUARTERLY')[3]).toMatchObject({
      label: 'Triwulan IV',
      startDate: '2026-10-01',
      endDate: '2026-12-31',
      months: 3,
    });
  });

  it.each([[1800], [2026.5]])('throws a RangeError for the year %s', (year) => {
    expect(() => performancePeriods(year, 'QUARTERLY')).toThrow(RangeError);
  });

  it('throws a RangeError for an unknown scheme', () => {
    expect(() => performancePeriods(2026, 'WEEKLY' as PeriodScheme)).toThrow(RangeError);
  });
});

describe('addCalendarDays', () => {
  it.each<[string, number, string]>([
    ['2026-03-31', 10, '2026-04-10'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-01-01', 0, '2026-01-01'],
  ])('adds to %s %i days giving %s', (start, days, expected) => {
    expect(addCalendarDays(start, days)).toBe(expected);
  });
});

describe('capaianPercent', () => {
  it.each<[number | null, number | null, number | null]>([
    [50, 100, 50],
    [12, 12, 100],
    [2, 3, 66.7],
    [150, 100, 150],
    [null, 100, null],
    [5, 0, null],
    [5, null, null],
  ])('gives realisation %s against target %s the capaian %s', (real, target, expected) => {
    expect(capaianPercent(real, target)).toBe(expected);
  });
});

describe('BERAKHLAK', () => {
  it('lists the seven ASN core values, each with three behaviour guides', () => {
    expect(BERAKHLAK.map((v) => v.code)).toEqual([
      'BERORIENTASI_PELAYANAN',
      'AKUNTABEL',
      'KOMPETEN',
      'HARMONIS',
      'LOYAL',
      'ADAPTIF',
      'KOLABORATIF',
    ]);
    for (const value of BERAKHLAK) expect(value.guides).toHaveLength(3);
  });
});
