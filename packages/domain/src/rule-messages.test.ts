import { describe, expect, it } from 'vitest';
import {
  canShowOfficerSkmResult,
  positionCategoryLabel,
  predikatKinerja,
  skmAnswerLabel,
  skmSampleSize,
  toWibIsoDate,
} from './index';
import type { PositionCategory, Rating, SkmScore, UnsurCode } from './index';

// The Indonesian messages of the smaller rules, which callers log or show: each names the value at fault.
describe('messages of the smaller rules (Bahasa Indonesia)', () => {
  it.each<[string, () => unknown, string]>([
    [
      'an unknown rating',
      () => predikatKinerja('SESUAI_EKSPEKTASI', 'LUAR_BIASA' as Rating),
      'Rating tidak dikenal: hasil kerja SESUAI_EKSPEKTASI, perilaku LUAR_BIASA.',
    ],
    ['an SKM answer 5', () => skmAnswerLabel('U1', 5 as SkmScore), 'Jawaban SKM tidak dikenal: U1 = 5.'],
    ['an SKM answer 0', () => skmAnswerLabel('U9', 0 as SkmScore), 'Jawaban SKM tidak dikenal: U9 = 0.'],
    ['an unknown unsur', () => skmAnswerLabel('U10' as UnsurCode, 1), 'Jawaban SKM tidak dikenal: U10 = 1.'],
    ['a population of 0', () => skmSampleSize(0), 'Populasi harus bilangan bulat positif, bukan 0.'],
    [
      'an unknown position category',
      () => positionCategoryLabel('ESELON_V' as PositionCategory),
      'Kategori jabatan tidak dikenal: ESELON_V.',
    ],
    ['an Invalid Date', () => toWibIsoDate(new Date(Number.NaN)), 'Waktu tidak valid (Invalid Date).'],
    [
      'something that is not a Date',
      () => toWibIsoDate('2026-01-01' as unknown as Date),
      'Waktu tidak valid (Invalid Date).',
    ],
  ])('throws a RangeError for %s', (_name, call, message) => {
    expect(call).toThrow(new RangeError(message));
  });

  it.each<[UnsurCode, SkmScore, string]>([
    ['U1', 1, 'Tidak sesuai'],
    ['U6', 4, 'Sangat kompeten'],
    ['U7', 1, 'Tidak sopan dan ramah'],
  ])('labels %s answer %i as %s (satisfaction-survey-skm.md)', (code, score, label) => {
    expect(skmAnswerLabel(code, score)).toBe(label);
  });

  it('shows an officer result at exactly the configured minimum, not below', () => {
    expect(canShowOfficerSkmResult(5, { minResponses: 5 })).toBe(true);
    expect(canShowOfficerSkmResult(4, { minResponses: 5 })).toBe(false);
    expect(canShowOfficerSkmResult(11, { minResponses: 12 })).toBe(false);
  });
});
