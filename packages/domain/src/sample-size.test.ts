import { describe, expect, it } from 'vitest';
import { skmSampleSize } from './sample-size';

describe('skmSampleSize', () => {
  it.each([
    [10, 10],
    [50, 44],
    [100, 80],
    [300, 169],
    [800, 260],
    [1000, 278],
    [10000, 370],
    [1000000, 384],
  ])('reproduces the Krejcie & Morgan table: N = %i → %i', (population, sample) => {
    expect(skmSampleSize(population)).toBe(sample);
  });

  it.each([
    [1, 1],
    [2, 2],
    [20, 19],
    [200, 132],
    [2000, 322],
    [5000, 357],
  ])('never asks for more respondents than the population: N = %i → %i', (population, sample) => {
    expect(skmSampleSize(population)).toBe(sample);
    expect(skmSampleSize(population)).toBeLessThanOrEqual(population);
  });

  it.each([0, -5, 2.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'throws a RangeError in Indonesian for the population %s',
    (population) => {
      expect(() => skmSampleSize(population)).toThrow(RangeError);
      expect(() => skmSampleSize(population)).toThrow('Populasi harus bilangan bulat positif');
    },
  );
});
