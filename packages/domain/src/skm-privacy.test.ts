import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SKM_MIN_RESPONSES_PER_OFFICER,
  OFFICER_UNSUR_CODES,
  canShowOfficerOnResponse,
  canShowOfficerSkmResult,
  getOfficerSkmVisibility,
} from './skm-privacy';

describe('canShowOfficerSkmResult', () => {
  it.each([
    [0, false],
    [1, false],
    [9, false],
    [10, true],
    [11, true],
    [250, true],
    [Number.NaN, false],
  ])('with %d answers shows the officer result: %s (default minimum 10)', (count, expected) => {
    expect(canShowOfficerSkmResult(count)).toBe(expected);
  });

  it('uses a configured minimum', () => {
    expect(canShowOfficerSkmResult(9, { minResponses: 5 })).toBe(true);
    expect(canShowOfficerSkmResult(4, { minResponses: 5 })).toBe(false);
    expect(canShowOfficerSkmResult(5, { minResponses: 5 })).toBe(true);
    expect(canShowOfficerSkmResult(10, { minResponses: 11 })).toBe(false);
    expect(DEFAULT_SKM_MIN_RESPONSES_PER_OFFICER).toBe(10);
  });

  it('names U6 and U7 as the officer-level unsur', () => {
    expect(OFFICER_UNSUR_CODES).toEqual(['U6', 'U7']);
  });
});

describe('getOfficerSkmVisibility (rule 8.2.4: per unsur answer count)', () => {
  it.each<[number, number, { U6: boolean; U7: boolean; any: boolean; both: boolean }]>([
    [1, 1, { U6: false, U7: false, any: false, both: false }],
    [0, 0, { U6: false, U7: false, any: false, both: false }],
    [10, 3, { U6: true, U7: false, any: true, both: false }],
    [3, 10, { U6: false, U7: true, any: true, both: false }],
    [9, 9, { U6: false, U7: false, any: false, both: false }],
    [10, 10, { U6: true, U7: true, any: true, both: true }],
    [40, 12, { U6: true, U7: true, any: true, both: true }],
  ])('U6 answered %i times, U7 %i times → %o', (u6, u7, expected) => {
    expect(getOfficerSkmVisibility({ U6: u6, U7: u7 })).toEqual(expected);
  });

  it('uses a configured minimum', () => {
    expect(getOfficerSkmVisibility({ U6: 12, U7: 11 }, { minResponses: 12 })).toEqual({
      U6: true,
      U7: false,
      any: true,
      both: false,
    });
  });
});

describe('canShowOfficerOnResponse', () => {
  const enough = { U6: 10, U7: 10 };
  it.each<[string, { U6: boolean; U7: boolean }, { U6: number; U7: number }, boolean]>([
    ['answers both, both backed', { U6: true, U7: true }, enough, true],
    ['answers both, U7 below', { U6: true, U7: true }, { U6: 10, U7: 9 }, false],
    ['answers both, U6 below', { U6: true, U7: true }, { U6: 9, U7: 10 }, false],
    ['answers U6 only, U6 backed, U7 below', { U6: true, U7: false }, { U6: 10, U7: 1 }, true],
    ['answers U7 only, U7 backed, U6 below', { U6: false, U7: true }, { U6: 1, U7: 10 }, true],
    ['answers U6 only, U6 below', { U6: true, U7: false }, { U6: 1, U7: 10 }, false],
    ['answers U7 only, U7 below', { U6: false, U7: true }, { U6: 10, U7: 1 }, false],
    ['answers neither', { U6: false, U7: false }, { U6: 0, U7: 0 }, true],
  ])('%s → %s', (_name, answered, counts, expected) => {
    expect(canShowOfficerOnResponse(answered, counts)).toBe(expected);
  });

  it('uses a configured minimum', () => {
    expect(canShowOfficerOnResponse({ U6: true, U7: false }, { U6: 5, U7: 0 }, { minResponses: 5 })).toBe(
      true,
    );
    expect(canShowOfficerOnResponse({ U6: true, U7: false }, { U6: 5, U7: 0 }, { minResponses: 6 })).toBe(
      false,
    );
  });
});
