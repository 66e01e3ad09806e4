/**
 * Capaian (achievement) of one indicator in one period of the performance year. A period is measured against what
 * its rencana aksi (action plan) set for that period; without a period target the only yardstick is the annual
 * target, so the figure is progress toward it — cumulative for outputs that add up over the year (3 of 12 documents
 * after Triwulan I is 25 % of the year, not a poor quarter), the level reached for rates and scores (an on-time
 * percentage or an average rating is compared as it stands).
 */
import { capaianPercent } from './performance-periods';

/** What a period's percentage is measured against. */
export type CapaianBasis =
  /** The period target the rencana aksi set for this period. */
  | 'PERIOD_TARGET'
  /** The sum of the realisations so far in the year against the annual target. */
  | 'ANNUAL_CUMULATIVE'
  /** The period's own realisation (a rate or score) against the annual target. */
  | 'ANNUAL_LEVEL';

/** Whether an indicator's period values add up over the year (SUM) or each is the level reached (LEVEL). */
export type CapaianMeasure = 'SUM' | 'LEVEL';

/** System sources whose period values are counts that add up over the year; every other source is a rate or score. */
const ADDITIVE_SYSTEM_SOURCES: readonly string[] = [
  'COMPLAINTS_FINISHED',
  'TRAINING_SESSIONS_DELIVERED',
  'TRAINING_JP_DELIVERED',
];

/**
 * How an indicator's periods combine toward its annual target: a percentage target and a rate or score read from
 * another module (on-time percentage, average rating, IKM) are levels; a number entered by the employee and a count
 * read from another module (complaints finished) add up.
 */
export function capaianMeasure(
  targetKind: 'NUMBER' | 'PERCENT',
  systemSource: string | null,
): CapaianMeasure {
  if (targetKind === 'PERCENT') return 'LEVEL';
  if (systemSource !== null && !ADDITIVE_SYSTEM_SOURCES.includes(systemSource)) return 'LEVEL';
  return 'SUM';
}

/** One period's realisation and the target its rencana aksi set (null: none set). */
export type PeriodRealisation = { value: number | null; periodTarget: number | null };

/** The capaian of a period: the figure compared, the target it is compared with, and the percentage. */
export type PeriodCapaian = {
  basis: CapaianBasis;
  /** The period's value, or the sum so far for ANNUAL_CUMULATIVE; null when the period has no value yet. */
  realised: number | null;
  target: number | null;
  /** realised ÷ target × 100 rounded to one decimal; null without a value or a positive target. */
  percent: number | null;
};

/**
 * The capaian of the last of `periods` — the indicator's periodic periods of the year in order, up to and including
 * the one measured. Its own period target wins; otherwise it is progress toward `annualTarget` as `measure` says.
 * A period without a value has no capaian yet, even when earlier periods add up to something.
 */
export function periodCapaian(
  periods: readonly PeriodRealisation[],
  annualTarget: number | null,
  measure: CapaianMeasure,
): PeriodCapaian {
  const current = periods[periods.length - 1];
  if (current === undefined)
    throw new RangeError('Sedikitnya satu periode diperlukan untuk menghitung capaian.');
  if (current.periodTarget !== null) {
    return {
      basis: 'PERIOD_TARGET',
      realised: current.value,
      target: current.periodTarget,
      percent: capaianPercent(current.value, current.periodTarget),
    };
  }
  if (measure === 'LEVEL') {
    return {
      basis: 'ANNUAL_LEVEL',
      realised: current.value,
      target: annualTarget,
      percent: capaianPercent(current.value, annualTarget),
    };
  }
  // Summed in millionths so that 0,1 + 0,2 reads 0,3 (period values carry at most a few decimals).
  const realised =
    current.value === null
      ? null
      : periods.reduce((sum, p) => sum + Math.round((p.value ?? 0) * 1e6), 0) / 1e6;
  return {
    basis: 'ANNUAL_CUMULATIVE',
    realised,
    target: annualTarget,
    percent: capaianPercent(realised, annualTarget),
  };
}

/**
 * The index of the period that contains `today` (YYYY-MM-DD, the WIB calendar day): the one a realisation form
 * opens on. `periods` are a year's periods in order, end to end, so it is the first that has not ended; before the
 * first period that is the first, after the last the last (-1 for no periods). ISO dates compare correctly as text.
 */
export function currentPeriodIndex(periods: readonly { endDate: string }[], today: string): number {
  const index = periods.findIndex((p) => today <= p.endDate);
  return index === -1 ? periods.length - 1 : index;
}
