import { describe, expect, it } from 'vitest';
import {
  GOLONGAN_PNS,
  GOLONGAN_PPPK,
  POSITION_CATEGORIES,
  canBeRaterByCategory,
  formatPangkatGolongan,
  isManagerialCategory,
  isValidGolongan,
  pangkatOf,
  positionCategoryLabel,
} from './golongan';
import type { PositionCategory } from './golongan';

describe('GOLONGAN_PNS', () => {
  it('lists the 17 PNS golongan/ruang from I/a to IV/e in order', () => {
    expect(GOLONGAN_PNS.map((entry) => entry.code)).toEqual([
      'I/a',
      'I/b',
      'I/c',
      'I/d',
      'II/a',
      'II/b',
      'II/c',
      'II/d',
      'III/a',
      'III/b',
      'III/c',
      'III/d',
      'IV/a',
      'IV/b',
      'IV/c',
      'IV/d',
      'IV/e',
    ]);
  });
});

describe('GOLONGAN_PPPK', () => {
  it('lists the 17 PPPK golongan from I to XVII in order', () => {
    expect(GOLONGAN_PPPK).toHaveLength(17);
    expect(GOLONGAN_PPPK[0]).toBe('I');
    expect(GOLONGAN_PPPK[16]).toBe('XVII');
  });
});

describe('pangkatOf', () => {
  it.each([
    ['I/a', 'Juru Muda'],
    ['I/b', 'Juru Muda Tk. I'],
    ['I/c', 'Juru'],
    ['I/d', 'Juru Tk. I'],
    ['II/a', 'Pengatur Muda'],
    ['II/b', 'Pengatur Muda Tk. I'],
    ['II/c', 'Pengatur'],
    ['II/d', 'Pengatur Tk. I'],
    ['III/a', 'Penata Muda'],
    ['III/b', 'Penata Muda Tk. I'],
    ['III/c', 'Penata'],
    ['III/d', 'Penata Tk. I'],
    ['IV/a', 'Pembina'],
    ['IV/b', 'Pembina Tk. I'],
    ['IV/c', 'Pembina Utama Muda'],
    ['IV/d', 'Pembina Utama Madya'],
    ['IV/e', 'Pembina Utama'],
  ])('gives %s the pangkat %s', (code, pangkat) => {
    expect(pangkatOf(code)).toBe(pangkat);
  });

  it.each(['IX', 'III/A', 'IV/f', ''])('returns undefined for %j, which is not a PNS golongan', (code) => {
    expect(pangkatOf(code)).toBeUndefined();
  });
});

describe('isValidGolongan', () => {
  it.each<['PNS' | 'PPPK', string, boolean]>([
    ['PNS', 'I/a', true],
    ['PNS', 'IV/e', true],
    ['PNS', 'IV/f', false],
    ['PNS', 'I/e', false],
    ['PNS', 'III', false],
    ['PNS', 'iii/a', false],
    ['PPPK', 'I', true],
    ['PPPK', 'IX', true],
    ['PPPK', 'XVII', true],
    ['PPPK', 'XVIII', false],
    ['PPPK', 'III/a', false],
    ['PPPK', '', false],
  ])('for %s says %j is %s', (kind, code, expected) => {
    expect(isValidGolongan(kind, code)).toBe(expected);
  });
});

describe('formatPangkatGolongan', () => {
  it.each<['PNS' | 'PPPK', string, string | undefined]>([
    ['PNS', 'III/a', 'Penata Muda (III/a)'],
    ['PNS', 'IV/b', 'Pembina Tk. I (IV/b)'],
    ['PPPK', 'IX', 'Golongan IX'],
    ['PNS', 'IX', undefined],
  ])('prints %s %s as %j', (kind, code, expected) => {
    expect(formatPangkatGolongan(kind, code)).toBe(expected);
  });
});

describe('position categories', () => {
  it('lists the seven categories of UU 20/2023', () => {
    expect(POSITION_CATEGORIES.map((entry) => entry.code)).toEqual([
      'JPT_UTAMA',
      'JPT_MADYA',
      'JPT_PRATAMA',
      'ADMINISTRATOR',
      'PENGAWAS',
      'FUNGSIONAL',
      'PELAKSANA',
    ]);
  });

  it.each<[PositionCategory, string, boolean]>([
    ['JPT_UTAMA', 'JPT Utama', true],
    ['JPT_MADYA', 'JPT Madya', true],
    ['JPT_PRATAMA', 'JPT Pratama', true],
    ['ADMINISTRATOR', 'Administrator', true],
    ['PENGAWAS', 'Pengawas', true],
    ['FUNGSIONAL', 'Fungsional', false],
    ['PELAKSANA', 'Pelaksana', false],
  ])('labels %s as %s and marks it managerial: %s', (code, label, managerial) => {
    expect(positionCategoryLabel(code)).toBe(label);
    expect(isManagerialCategory(code)).toBe(managerial);
  });

  it.each<[PositionCategory, boolean]>([
    ['ADMINISTRATOR', true],
    ['PENGAWAS', true],
    ['FUNGSIONAL', false],
    ['PELAKSANA', false],
  ])('lets a %s be a rater by rank: %s (at least pengawas)', (code, expected) => {
    expect(canBeRaterByCategory(code)).toBe(expected);
  });

  it('throws a RangeError for an unknown category', () => {
    expect(() => positionCategoryLabel('ESELON_V' as PositionCategory)).toThrow(RangeError);
  });
});
