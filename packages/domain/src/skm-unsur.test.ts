import { describe, expect, it } from 'vitest';
import { SKM_UNSUR, UNSUR_CODES, skmAnswerLabel } from './skm-unsur';
import type { SkmScore, UnsurCode } from './skm-unsur';

describe('SKM_UNSUR', () => {
  it('defines the nine unsur U1–U9 with four answer labels each', () => {
    expect(UNSUR_CODES).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    for (const code of UNSUR_CODES) expect(SKM_UNSUR[code].answerLabels).toHaveLength(4);
  });

  it.each<[UnsurCode, string]>([
    ['U1', 'Persyaratan'],
    ['U8', 'Penanganan Pengaduan, Saran dan Masukan'],
    ['U9', 'Sarana dan Prasarana'],
  ])('names %s %s (U8 and U9 are never swapped)', (code, name) => {
    expect(SKM_UNSUR[code].name).toBe(name);
  });
});

describe('skmAnswerLabel', () => {
  it.each<[UnsurCode, SkmScore, string]>([
    ['U4', 1, 'Sangat mahal'],
    ['U4', 4, 'Gratis'],
    ['U8', 2, 'Ada tetapi tidak berfungsi'],
    ['U9', 3, 'Baik'],
  ])('labels %s answer %i as %s', (code, score, label) => {
    expect(skmAnswerLabel(code, score)).toBe(label);
  });

  it('throws a RangeError for an answer outside 1–4', () => {
    expect(() => skmAnswerLabel('U1', 5 as SkmScore)).toThrow(RangeError);
  });
});
