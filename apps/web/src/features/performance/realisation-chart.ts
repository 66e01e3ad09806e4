import type { CapaianBasis, Realisation } from '@sim/contracts';

/**
 * The realisation chart's figures. A period's capaian is measured on one of three bases (against the period target
 * of the rencana aksi, cumulative toward the annual target, or the period's level against the annual target), so
 * averaging them together would mix "100 % of this quarter's target" with "25 % of the year's": each basis is its
 * own series, averaged only over the indicators measured on it in that period. A period where no indicator of a
 * basis has a capaian has no bar for it (not a bar at 0 %).
 */
export type ChartRow = { period: string } & Partial<Record<CapaianBasis, number>>;

export const CHART_BASES: readonly CapaianBasis[] = ['PERIOD_TARGET', 'ANNUAL_CUMULATIVE', 'ANNUAL_LEVEL'];

export function realisationChart(
  periods: { id: number; label: string }[],
  realisations: Pick<Realisation, 'periodId' | 'percent' | 'percentBasis'>[],
): { rows: ChartRow[]; bases: CapaianBasis[] } {
  const used = new Set<CapaianBasis>();
  const rows = periods.map((p) => {
    const row: ChartRow = { period: p.label };
    for (const basis of CHART_BASES) {
      const percents = realisations
        .filter((r) => r.periodId === p.id && r.percentBasis === basis && r.percent !== null)
        .map((r) => r.percent!);
      if (percents.length === 0) continue;
      row[basis] = percents.reduce((a, b) => a + b, 0) / percents.length;
      used.add(basis);
    }
    return row;
  });
  return { rows, bases: CHART_BASES.filter((b) => used.has(b)) };
}
