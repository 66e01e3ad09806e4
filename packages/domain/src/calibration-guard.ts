/**
 * When the calibration of the annual evaluation may be finalised (SE MenPANRB 3/2023, performance-skp.md). A
 * distribution judged on a few of the employees says nothing about the office: with 0 or 1 rated it always "fits".
 * So finalising needs every employee who must be rated to be rated, and the distribution inside the allowed pattern —
 * or, for either shortfall, a written justification (warn and justify, never block: performance-skp.md). With nobody
 * rated there is nothing to finalise, justification or not.
 */
import type { Predikat } from './predikat';
import type { DistributionConstraint } from './predikat-distribution';

/** What stands between a calibration and its finalisation. */
export type CalibrationShortfall =
  /** Nobody is rated in the period: nothing to finalise (a justification does not help). */
  | 'NOTHING_RATED'
  /** Fewer are rated than must be: finalising needs a justification. */
  | 'INCOMPLETE'
  /** The distribution is outside the allowed pattern: finalising needs a justification. */
  | 'OUTSIDE_PATTERN';

export type CalibrationReadiness = {
  rated: number;
  expected: number;
  /** Every employee who must be rated in the period is rated. */
  isComplete: boolean;
  shortfalls: CalibrationShortfall[];
  /** Finalising is allowed now (given `hasJustification`). */
  canFinalize: boolean;
};

/**
 * Judges a calibration: `rated` employees have an evaluation in the period out of `expected` who must have one (those
 * with an approved SKP), `distributionOk` is the pattern check of the rated ones, `hasJustification` whether a written
 * justification accompanies the finalisation.
 */
export function calibrationReadiness(input: {
  rated: number;
  expected: number;
  distributionOk: boolean;
  hasJustification: boolean;
}): CalibrationReadiness {
  const { rated, expected } = input;
  for (const [name, value] of [
    ['rated', rated],
    ['expected', expected],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`Jumlah pegawai (${name}) harus bilangan bulat tidak negatif, bukan ${value}.`);
    }
  }
  const isComplete = rated >= expected;
  const shortfalls: CalibrationShortfall[] = [];
  if (rated === 0) shortfalls.push('NOTHING_RATED');
  if (!isComplete) shortfalls.push('INCOMPLETE');
  if (!input.distributionOk) shortfalls.push('OUTSIDE_PATTERN');
  const canFinalize = rated > 0 && (shortfalls.length === 0 || input.hasJustification);
  return { rated, expected, isComplete, shortfalls, canFinalize };
}

/** One constraint of the allowed pattern as employee counts for a number of rated employees. */
export type PatternCountBounds = {
  predikat: readonly Predikat[];
  /** At least this many (0 when the constraint sets no lower bound). */
  min: number;
  /** At most this many (`total` when the constraint sets no upper bound). */
  max: number;
};

/**
 * The allowed pattern in employee counts for `total` rated employees, to draw beside the actual counts: the same
 * bounds {@link checkPredikatDistribution} applies (count × 100 against percent × total, so 7 of 10 meets "at most
 * 70 %"), with "there must be some" folded into the lower bound.
 */
export function patternCountBounds(
  constraints: readonly DistributionConstraint[],
  total: number,
): PatternCountBounds[] {
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new RangeError(`Jumlah pegawai harus bilangan bulat tidak negatif, bukan ${total}.`);
  }
  return constraints.map((c) => ({
    predikat: c.predikat,
    min: Math.max(Math.ceil(((c.minPercent ?? 0) * total) / 100), c.minCount ?? 0),
    max: Math.floor(((c.maxPercent ?? 100) * total) / 100),
  }));
}
