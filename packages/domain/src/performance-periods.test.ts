import { describe, expect, it } from 'vitest';
import {
  BERAKHLAK,
  addCalendarDays,
  capaianPercent,
  performancePeriodLabelEn,
  performancePeriods,
} from './performance-periods';
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

  it('gives the quarterly example of PermenPANRB 6/2022: Triwulan I–IV, then the annual evaluation as number 5', () => {
    expect(performancePeriods(2026, 'QUARTERLY')).toEqual([
      {
        seq: 1,
        kind: 'PERIODIK',
        label: 'Triwulan I',
        startDate: '2026-01-01',
        endDate: '2026-03-31',
        months: 3,
      },
      {
        seq: 2,
        kind: 'PERIODIK',
        label: 'Triwulan II',
        startDate: '2026-04-01',
        endDate: '2026-06-30',
        months: 3,
      },
      {
        seq: 3,
        kind: 'PERIODIK',
        label: 'Triwulan III',
        startDate: '2026-07-01',
        endDate: '2026-09-30',
        months: 3,
      },
      {
        seq: 4,
        kind: 'PERIODIK',
        label: 'Triwulan IV',
        startDate: '2026-10-01',
        endDate: '2026-12-31',
        months: 3,
      },
      {
        seq: 5,
        kind: 'TAHUNAN',
        label: 'Akhir (Tahunan)',
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        months: 12,
      },
    ]);
  });

  it('numbers the annual evaluation after the last period in every scheme', () => {
    expect(performancePeriods(2026, 'SEMESTER').map((p) => [p.seq, p.kind, p.months])).toEqual([
      [1, 'PERIODIK', 6],
      [2, 'PERIODIK', 6],
      [3, 'TAHUNAN', 12],
    ]);
    expect(performancePeriods(2026, 'SEMESTER')[1]).toMatchObject({
      startDate: '2026-07-01',
      endDate: '2026-12-31',
    });
    expect(performancePeriods(2026, 'MONTHLY').at(-1)).toMatchObject({ seq: 13, kind: 'TAHUNAN' });
  });

  it.each([1900, 9999])('accepts the year %i', (year) => {
    expect(performancePeriods(year, 'SEMESTER')[0]?.startDate).toBe(`${year}-01-01`);
  });

  it.each([[1800], [1899], [10000], [2026.5]])('throws a RangeError for the year %s', (year) => {
    expect(() => performancePeriods(year, 'QUARTERLY')).toThrow(
      new RangeError(`Tahun kinerja tidak valid: ${year}.`),
    );
  });

  it('throws a RangeError for an unknown scheme', () => {
    expect(() => performancePeriods(2026, 'WEEKLY' as PeriodScheme)).toThrow(
      new RangeError('Skema periode tidak dikenal: WEEKLY.'),
    );
  });
});

describe('performancePeriodLabelEn', () => {
  it.each([
    ['Triwulan I', 'Quarter I'],
    ['Triwulan IV', 'Quarter IV'],
    ['Semester II', 'Half-year II'],
    ['Januari', 'January'],
    ['Desember', 'December'],
    ['Akhir (Tahunan)', 'Final (annual)'],
    ['Periode khusus', 'Periode khusus'],
    ['Triwulan V', 'Triwulan V'],
    ['xTriwulan I', 'xTriwulan I'],
    ['Triwulan Ix', 'Triwulan Ix'],
  ])('names %s as %s', (id, en) => {
    expect(performancePeriodLabelEn(id)).toBe(en);
  });

  it('translates every label the period schemes produce', () => {
    const en = (['MONTHLY', 'QUARTERLY', 'SEMESTER'] as const).flatMap((scheme) =>
      performancePeriods(2026, scheme).map((p) => performancePeriodLabelEn(p.label)),
    );
    expect(en).toEqual([
      ...['January', 'February', 'March', 'April', 'May', 'June'],
      ...['July', 'August', 'September', 'October', 'November', 'December', 'Final (annual)'],
      ...['Quarter I', 'Quarter II', 'Quarter III', 'Quarter IV', 'Final (annual)'],
      ...['Half-year I', 'Half-year II', 'Final (annual)'],
    ]);
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
