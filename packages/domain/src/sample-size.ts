/**
 * Minimum number of SKM respondents — the Krejcie & Morgan (1970) table, which PermenPANRB 14/2017 allows.
 */

/**
 * Krejcie & Morgan sample size for a population of `population` service recipients in the survey period:
 * S = X²·N·P(1−P) / (d²·(N−1) + X²·P(1−P)) with X² = 3,841, P = 0,5, d = 0,05, rounded to the nearest integer
 * (this reproduces the published table: 100 → 80, 1000 → 278, 1 000 000 → 384). With those constants the formula
 * is exactly 3841·N / (10·N + 3831), which is evaluated in integers so a value like 79,5 rounds the same everywhere.
 * Throws a RangeError (Indonesian message) unless the population is a positive whole number.
 */
export function skmSampleSize(population: number): number {
  if (!Number.isSafeInteger(population) || population <= 0) {
    throw new RangeError(`Populasi harus bilangan bulat positif, bukan ${population}.`);
  }
  const n = BigInt(population);
  const num = 3841n * n;
  const den = 10n * n + 3831n;
  return Number((2n * num + den) / (2n * den));
}
