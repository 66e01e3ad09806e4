import { describe, expect, it } from 'vitest';
import { realisationChart } from './realisation-chart';

const periods = [
  { id: 1, label: 'Triwulan I' },
  { id: 2, label: 'Triwulan II' },
];

describe('realisation chart', () => {
  it('never averages capaian measured on different bases: one series per basis', () => {
    const chart = realisationChart(periods, [
      // A good quarter against its own target, and a cumulative 25 % of the year: not "62.5 %".
      { periodId: 1, percent: 100, percentBasis: 'PERIOD_TARGET' },
      { periodId: 1, percent: 25, percentBasis: 'ANNUAL_CUMULATIVE' },
      { periodId: 2, percent: 90, percentBasis: 'PERIOD_TARGET' },
      { periodId: 2, percent: 110, percentBasis: 'PERIOD_TARGET' },
      { periodId: 2, percent: 50, percentBasis: 'ANNUAL_CUMULATIVE' },
    ]);
    expect(chart.rows).toEqual([
      { period: 'Triwulan I', PERIOD_TARGET: 100, ANNUAL_CUMULATIVE: 25 },
      { period: 'Triwulan II', PERIOD_TARGET: 100, ANNUAL_CUMULATIVE: 50 },
    ]);
    expect(chart.bases).toEqual(['PERIOD_TARGET', 'ANNUAL_CUMULATIVE']);
  });

  it('draws no bar (not 0 %) for a period without a capaian, and leaves out non-numeric indicators', () => {
    const chart = realisationChart(periods, [
      { periodId: 1, percent: 80, percentBasis: 'ANNUAL_LEVEL' },
      { periodId: 1, percent: null, percentBasis: null },
    ]);
    expect(chart.rows).toEqual([{ period: 'Triwulan I', ANNUAL_LEVEL: 80 }, { period: 'Triwulan II' }]);
    expect(chart.bases).toEqual(['ANNUAL_LEVEL']);
  });
});
