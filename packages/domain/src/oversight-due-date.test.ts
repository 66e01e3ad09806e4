import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RECOMMENDATION_DUE_DAYS,
  defaultRecommendationDueDate,
  validateRecommendationDuePolicy,
  type OversightSeverity,
  type RecommendationDuePolicy,
} from './oversight-due-date';

describe('defaultRecommendationDueDate (berat 30, sedang 60, ringan 90 calendar days by default)', () => {
  it.each<[string, OversightSeverity, string]>([
    ['2026-12-05', 'BERAT', '2027-01-04'],
    ['2026-12-05', 'SEDANG', '2027-02-03'],
    ['2026-12-05', 'RINGAN', '2027-03-05'],
    ['2026-01-31', 'BERAT', '2026-03-02'],
    ['2028-02-01', 'BERAT', '2028-03-02'], // leap year: 29 February counts
    ['2027-02-01', 'BERAT', '2027-03-03'],
    ['2026-12-31', 'RINGAN', '2027-03-31'],
  ])('%s %s → %s', (givenOn, severity, expected) => {
    expect(defaultRecommendationDueDate(givenOn, severity)).toBe(expected);
  });

  it('counts the agency setting instead of the defaults', () => {
    const policy: RecommendationDuePolicy = { BERAT: 14, SEDANG: 30, RINGAN: 45 };
    expect(defaultRecommendationDueDate('2026-12-05', 'BERAT', policy)).toBe('2026-12-19');
    expect(defaultRecommendationDueDate('2026-12-05', 'SEDANG', policy)).toBe('2027-01-04');
    expect(defaultRecommendationDueDate('2026-12-05', 'RINGAN', policy)).toBe('2027-01-19');
  });

  it('refuses a day that does not exist', () => {
    expect(() => defaultRecommendationDueDate('2026-02-30', 'BERAT')).toThrow(RangeError);
  });

  it('keeps the document defaults', () => {
    expect(DEFAULT_RECOMMENDATION_DUE_DAYS).toEqual({ BERAT: 30, SEDANG: 60, RINGAN: 90 });
  });
});

describe('validateRecommendationDuePolicy', () => {
  it.each<[RecommendationDuePolicy, string[]]>([
    [{ BERAT: 30, SEDANG: 60, RINGAN: 90 }, []],
    [{ BERAT: 30, SEDANG: 30, RINGAN: 30 }, []],
    [{ BERAT: 1, SEDANG: 365, RINGAN: 365 }, []],
    [{ BERAT: 0, SEDANG: 60, RINGAN: 90 }, ['dueDays.BERAT']],
    [{ BERAT: 30, SEDANG: 366, RINGAN: 90 }, ['dueDays.SEDANG']],
    [{ BERAT: 30, SEDANG: 60, RINGAN: 1.5 }, ['dueDays.RINGAN']],
    [{ BERAT: 60, SEDANG: 30, RINGAN: 90 }, ['dueDays']],
    [{ BERAT: 30, SEDANG: 90, RINGAN: 60 }, ['dueDays']],
  ])('%j → %j', (policy, paths) => {
    expect(validateRecommendationDuePolicy(policy).map((p) => p.path)).toEqual(paths);
  });
});
