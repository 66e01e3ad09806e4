import { describe, expect, it } from 'vitest';
import {
  rationalToNumber,
  roundHalfUp,
  roundRationalHalfUp,
  roundRationalToUnits,
  toRational,
} from './decimal';

describe('toRational', () => {
  it.each<[number, bigint, bigint]>([
    [0.11, 11n, 100n],
    [12.5, 125n, 10n],
    [88.305, 88305n, 1000n],
    [100, 100n, 1n],
    [-2.5, -25n, 10n],
    [1e-7, 1n, 10000000n],
    [1e21, 1000000000000000000000n, 1n],
  ])('reads %s as its decimal fraction', (value, num, den) => {
    expect(toRational(value)).toEqual({ num, den });
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('throws a RangeError for %s', (value) => {
    expect(() => toRational(value)).toThrow(RangeError);
  });
});

describe('roundHalfUp', () => {
  it.each([
    [88.305, 2, 88.31],
    [88.304, 2, 88.3],
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [91.4751, 2, 91.48],
    [0.5, 0, 1],
    [-2.5, 0, -3],
    [12, 2, 12],
  ])('rounds %s to %i decimals as %s', (value, decimals, expected) => {
    expect(roundHalfUp(value, decimals)).toBe(expected);
  });
});

describe('roundRationalToUnits', () => {
  it.each<[bigint, bigint, number, bigint]>([
    [23875n, 261n, 2, 9148n],
    [1n, 8n, 2, 13n],
    [-1n, 8n, 2, -13n],
    [1n, 3n, 0, 0n],
  ])('rounds %s/%s to %i decimals as %s units', (num, den, decimals, expected) => {
    expect(roundRationalToUnits(num, den, decimals)).toBe(expected);
  });

  it('throws a RangeError for a zero denominator or negative decimals', () => {
    expect(() => roundRationalToUnits(1n, 0n, 2)).toThrow(RangeError);
    expect(() => roundRationalHalfUp(1n, 2n, -1)).toThrow(RangeError);
  });
});

describe('rationalToNumber', () => {
  it.each<[bigint, bigint, number]>([
    [955n, 261n, 955 / 261],
    [10n ** 30n, 3n * 10n ** 30n, 1 / 3],
  ])('turns %s/%s into the nearest double', (num, den, expected) => {
    expect(rationalToNumber(num, den)).toBeCloseTo(expected, 15);
  });
});

describe('edge cases and messages', () => {
  it.each<[string, () => unknown, string]>([
    ['NaN', () => toRational(Number.NaN), 'Nilai harus berupa bilangan berhingga, bukan NaN.'],
    ['a zero denominator', () => roundRationalToUnits(1n, 0n, 2), 'Penyebut tidak boleh nol.'],
    [
      'negative decimals',
      () => roundRationalToUnits(1n, 2n, -1),
      'Jumlah desimal harus bilangan bulat tidak negatif.',
    ],
    [
      'fractional decimals',
      () => roundRationalToUnits(1n, 2n, 1.5),
      'Jumlah desimal harus bilangan bulat tidak negatif.',
    ],
  ])('throws a RangeError for %s', (_name, call, message) => {
    expect(call).toThrow(new RangeError(message));
  });

  it.each<[bigint, bigint, number, bigint]>([
    [1n, -8n, 2, -13n],
    [-1n, -8n, 2, 13n],
    [5n, 1000n, 2, 1n],
    [4n, 1000n, 2, 0n],
    [149n, 100n, 0, 1n],
    [150n, 100n, 0, 2n],
    [7n, 2n, 0, 4n],
  ])('rounds %s/%s to %i decimals, half away from zero, as %s units', (num, den, decimals, expected) => {
    expect(roundRationalToUnits(num, den, decimals)).toBe(expected);
  });

  it('returns plain zero, never -0, for a negative value that rounds to zero', () => {
    expect(Object.is(roundRationalHalfUp(-1n, 1000n, 2), 0)).toBe(true);
    expect(Object.is(roundHalfUp(-0.001, 2), 0)).toBe(true);
  });

  it.each<[number, bigint, bigint]>([
    [0, 0n, 1n],
    [5e-324, 5n, 10n ** 324n],
    [1.5e300, 15n * 10n ** 299n, 1n],
    [-0.5, -5n, 10n],
  ])('reads %s exactly', (value, num, den) => {
    expect(toRational(value)).toEqual({ num, den });
  });

  it.each<[bigint, bigint, number]>([
    [BigInt(Number.MAX_SAFE_INTEGER), 1n, Number.MAX_SAFE_INTEGER],
    [-BigInt(Number.MAX_SAFE_INTEGER), 1n, -Number.MAX_SAFE_INTEGER],
    [BigInt(Number.MAX_SAFE_INTEGER) + 1n, 2n, (Number.MAX_SAFE_INTEGER + 1) / 2],
    [-(10n ** 20n), 4n * 10n ** 20n, -0.25],
    // Exact doubles divide directly; 2^53 + 1 is not a double, so it is divided as an integer first.
    [1n, 3n * 10n ** 15n, 1 / 3e15],
    [2n ** 53n + 1n, 3n, 3002399751580331],
    [-(2n ** 53n + 1n), 3n, -3002399751580331],
    // Beyond the double range (1e400 is Infinity as a double) the quotient is still right.
    [10n ** 400n, 10n ** 399n, 10],
    [-(10n ** 400n), 10n ** 399n, -10],
  ])('turns %s/%s into %s', (num, den, expected) => {
    expect(rationalToNumber(num, den)).toBe(expected);
  });
});
