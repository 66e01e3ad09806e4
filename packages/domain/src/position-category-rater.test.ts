import { describe, expect, it } from 'vitest';
import { canBeRaterByCategory, isJptCategory } from './golongan';

// Rule 8.2.1 (issue 8): the organisation data records a Jabatan Pimpinan Tinggi as `JPT` (tier not recorded) as well
// as the three tiers of UU 20/2023. Every recorded value must be answered, never thrown on.

describe('rule 8.2.1: rater by position category', () => {
  it.each<[string, boolean]>([
    ['JPT', true],
    ['JPT_UTAMA', true],
    ['JPT_MADYA', true],
    ['JPT_PRATAMA', true],
    ['ADMINISTRATOR', true],
    ['PENGAWAS', true],
    ['FUNGSIONAL', false],
    ['PELAKSANA', false],
  ])('rule 8.2.1: a holder of %s may be a rater by rank: %s', (code, expected) => {
    expect(canBeRaterByCategory(code)).toBe(expected);
  });

  it.each<[string | null | undefined]>([
    ['ESELON_V'],
    ['jpt'],
    ['Pengawas'],
    ['JPT_LAIN'],
    [''],
    [' JPT'],
    [null],
    [undefined],
  ])('rule 8.2.1: an unknown or missing category %j is not a rater and does not throw', (code) => {
    expect(() => canBeRaterByCategory(code)).not.toThrow();
    expect(canBeRaterByCategory(code)).toBe(false);
  });

  it.each<[string | null | undefined, boolean]>([
    ['JPT', true],
    ['JPT_UTAMA', true],
    ['JPT_MADYA', true],
    ['JPT_PRATAMA', true],
    ['ADMINISTRATOR', false],
    ['PENGAWAS', false],
    ['FUNGSIONAL', false],
    ['PELAKSANA', false],
    ['JPT_LAIN', false],
    ['JPTX', false],
    ['jpt', false],
    ['', false],
    [null, false],
    [undefined, false],
  ])('rule 8.2.1: %j is a Jabatan Pimpinan Tinggi: %s', (code, expected) => {
    expect(isJptCategory(code)).toBe(expected);
  });

  it('rule 8.2.1: every category the organisation schema stores is answered', () => {
    // The values of `positionCategory` in packages/contracts/src/org.ts.
    const stored = ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL'];
    expect(stored.map((code) => [code, canBeRaterByCategory(code)])).toEqual([
      ['JPT', true],
      ['ADMINISTRATOR', true],
      ['PENGAWAS', true],
      ['PELAKSANA', false],
      ['FUNGSIONAL', false],
    ]);
  });
});
