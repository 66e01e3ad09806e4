import { describe, expect, it } from 'vitest';
import { DEFAULT_SKM_MIN_RESPONSES_PER_OFFICER, canShowOfficerSkmResult } from './skm-privacy';

describe('canShowOfficerSkmResult', () => {
  it.each([
    [0, false],
    [9, false],
    [10, true],
    [250, true],
  ])('with %i responses shows the officer result: %s (default minimum 10)', (count, expected) => {
    expect(canShowOfficerSkmResult(count)).toBe(expected);
  });

  it('uses a configured minimum', () => {
    expect(canShowOfficerSkmResult(9, { minResponses: 5 })).toBe(true);
    expect(DEFAULT_SKM_MIN_RESPONSES_PER_OFFICER).toBe(10);
  });
});
