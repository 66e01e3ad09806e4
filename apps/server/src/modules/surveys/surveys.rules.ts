import {
  computeIkmFromTotals,
  roundRationalHalfUp,
  SkmError,
  UNSUR_CODES,
  type IkmResult,
  type IkmTotals,
  type IkmWeight,
  type UnsurCode,
} from '@sim/domain';
import type { SkmWeightOption } from '@sim/contracts';
import type { SurveyAggregate } from './survey-aggregates.repository';
import type { UnsurColumn } from './surveys.repository';

// Small pure helpers of the surveys module: weight options, the IKM of aggregated totals, names.

/** The stored/JSON weight option as the domain's weight. */
export function toIkmWeight(option: string): IkmWeight {
  if (option === '0.111') return 0.111;
  if (option === '0.11') return 0.11;
  return 'exact';
}

export const columnOf = (code: UnsurCode) => code.toLowerCase() as UnsurColumn;

/**
 * Several surveys' totals as one: the office-wide IKM pools the answers (NRR per unsur = all its answers / all who
 * answered it), so a unit weighs by its respondents, as one survey of the whole office would. Undefined when empty.
 */
export function poolAggregates(aggregates: readonly SurveyAggregate[]): SurveyAggregate | undefined {
  const [first, ...rest] = aggregates;
  if (!first) return undefined;
  const pooled: SurveyAggregate = {
    ...first,
    sums: { ...first.sums },
    counts: { ...first.counts },
  };
  for (const a of rest) {
    pooled.respondents += a.respondents;
    pooled.flagged += a.flagged;
    pooled.excluded += a.excluded;
    for (const code of UNSUR_CODES) {
      const col = columnOf(code);
      pooled.sums[col] += a.sums[col];
      pooled.counts[col] += a.counts[col];
    }
  }
  return pooled;
}

export type IkmOutcome = { ok: true; result: IkmResult } | { ok: false; reason: string };

/**
 * A survey's totals counted in SQL as the domain's IKM totals. `respondents` is the largest per-unsur count, the
 * number of answer sets that the totals need (issue 15: the IKM used to be computed over such a set of answers
 * rebuilt in Node, one object per respondent for every survey of a unit's trend — most of an IKM request's CPU).
 */
function totalsOf(aggregate: SurveyAggregate): IkmTotals {
  const sums = {} as Record<UnsurCode, number>;
  const answered = {} as Record<UnsurCode, number>;
  for (const code of UNSUR_CODES) {
    sums[code] = aggregate.sums[columnOf(code)];
    answered[code] = aggregate.counts[columnOf(code)];
  }
  return { sums, answered, respondents: Math.max(0, ...UNSUR_CODES.map((code) => answered[code])) };
}

/** The IKM of aggregated totals, or the Indonesian reason why there is none yet (no answers, an unsur unanswered). */
export function ikmOfAggregate(aggregate: SurveyAggregate | undefined, weight: string): IkmOutcome {
  if (!aggregate || aggregate.respondents === 0) {
    return { ok: false, reason: 'Belum ada jawaban survei, sehingga IKM belum dapat dihitung.' };
  }
  try {
    return {
      ok: true,
      result: computeIkmFromTotals(totalsOf(aggregate), { weight: toIkmWeight(weight) }),
    };
  } catch (err) {
    if (err instanceof SkmError) return { ok: false, reason: err.message };
    throw err;
  }
}

/** Nilai rata-rata of one unsur from its totals, or null when nobody answered it. */
export const nrrOf = (sum: number, count: number) => (count > 0 ? sum / count : null);

/**
 * An officer's converted score: (NRR U6 + NRR U7) / 2 × 25, rounded half-up to two decimals from the exact fraction
 * (the same rounding rule as the IKM konversi). Null unless both unsur have answers.
 */
export function officerKonversi(s6: number, c6: number, s7: number, c7: number): number | null {
  if (c6 === 0 || c7 === 0) return null;
  const num = (BigInt(s6) * BigInt(c7) + BigInt(s7) * BigInt(c6)) * 25n;
  const den = 2n * BigInt(c6) * BigInt(c7);
  return roundRationalHalfUp(num, den, 2);
}

/** "Dra. Siti Aminah, M.Si." from the name parts. */
export function personName(p: {
  name: string;
  front_title: string | null;
  back_title: string | null;
}): string {
  const front = p.front_title ? `${p.front_title} ` : '';
  const back = p.back_title ? `, ${p.back_title}` : '';
  return `${front}${p.name}${back}`;
}

export const weightOption = (value: string): SkmWeightOption =>
  value === '0.111' || value === '0.11' ? value : 'exact';

/** Human text of a weight for reports. */
export const weightLabel = (value: string) =>
  value === '0.111' ? '0,111 per unsur' : value === '0.11' ? '0,11 per unsur' : '1/9 per unsur (tepat)';

/**
 * Whether an SKM result is below "Baik": mutu C (Kurang Baik) or D (Tidak Baik) in the interval table of
 * PermenPANRB 14/2017 — the result that calls for an improvement plan (SKM_RESULT_LOW).
 */
export const isResultBelowBaik = (result: Pick<IkmResult, 'nilaiPersepsi'>) => result.nilaiPersepsi <= 2;

/** 3.62068 → "3,6207"; Indonesian decimal comma, thousands with a dot. */
export function formatAngka(value: number, decimals: number): string {
  const [whole, frac] = value.toFixed(decimals).split('.');
  const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}
