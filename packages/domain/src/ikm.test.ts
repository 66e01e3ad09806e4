import { describe, expect, it } from 'vitest';
import { DEFAULT_IKM_INTERVALS, SkmError, classifyKonversi, computeIkm, computeIkmFromTotals } from './ikm';
import type { ComputeIkmOptions, IkmMutu } from './ikm';
import { UNSUR_CODES } from './skm-unsur';
import type { SkmAnswer, SkmScore, UnsurCode } from './skm-unsur';

/** `respondents` answers per unsur whose totals are `totals` (U1..U9), spread as evenly as the scale allows. */
function makeResponsesWithTotals(respondents: number, totals: readonly number[]): SkmAnswer[] {
  const responses: SkmAnswer[] = Array.from({ length: respondents }, () => ({}));
  UNSUR_CODES.forEach((code, unsur) => {
    const total = totals[unsur] ?? 0;
    const base = Math.floor(total / respondents);
    const extra = total - base * respondents;
    responses.forEach((response, index) => {
      response[code] = (index < extra ? base + 1 : base) as SkmScore;
    });
  });
  return responses;
}

/** `count` respondents who all give `score` to every unsur. */
function makeUniformResponses(count: number, score: SkmScore): SkmAnswer[] {
  return Array.from({ length: count }, () =>
    Object.fromEntries(UNSUR_CODES.map((code) => [code, score])),
  ) as SkmAnswer[];
}

const WORKED_EXAMPLE = makeResponsesWithTotals(29, [105, 101, 100, 116, 102, 105, 106, 105, 115]);

describe('computeIkm', () => {
  describe('worked example of satisfaction-survey-skm.md (29 respondents)', () => {
    it('computes the NRR of each unsur', () => {
      const { nrr, respondents } = computeIkm(WORKED_EXAMPLE);
      expect(respondents).toBe(29);
      const rounded = UNSUR_CODES.map((code) => Number(nrr[code].toFixed(4)));
      expect(rounded).toEqual([3.6207, 3.4828, 3.4483, 4, 3.5172, 3.6207, 3.6552, 3.6207, 3.9655]);
    });

    it.each<[string, number, number, IkmMutu, ComputeIkmOptions['weight']]>([
      ['the default weight (1/9)', 3.659, 91.48, 'A', undefined],
      ["weight 'exact'", 3.659, 91.48, 'A', 'exact'],
      ['weight 0,11', 3.6224, 90.56, 'A', 0.11],
      ['weight 0,111', 3.6553, 91.38, 'A', 0.111],
    ])('with %s gives IKM %s, konversi %s, mutu %s', (_name, ikm, konversi, mutu, weight) => {
      const result = computeIkm(WORKED_EXAMPLE, weight === undefined ? {} : { weight });
      expect(result.ikm).toBeCloseTo(ikm, 4);
      expect(result.konversi).toBe(konversi);
      expect(result.mutu).toBe(mutu);
      expect(result.kinerja).toBe('Sangat Baik');
      expect(result.weight).toBe(weight ?? 'exact');
    });
  });

  it.each<[string, number, IkmMutu, string, SkmAnswer[]]>([
    ['everyone answering 4', 100, 'A', 'Sangat Baik', makeUniformResponses(5, 4)],
    [
      '3s and 4s averaging 3.5',
      87.5,
      'B',
      'Baik',
      [...makeUniformResponses(2, 3), ...makeUniformResponses(2, 4)],
    ],
    ['everyone answering 3', 75, 'C', 'Kurang Baik', makeUniformResponses(5, 3)],
    ['everyone answering 2', 50, 'D', 'Tidak Baik', makeUniformResponses(5, 2)],
    ['everyone answering 1', 25, 'D', 'Tidak Baik', makeUniformResponses(5, 1)],
  ])('classifies %s as konversi %s, mutu %s (%s)', (_name, konversi, mutu, kinerja, responses) => {
    expect(computeIkm(responses)).toMatchObject({ konversi, mutu, kinerja });
  });

  it('caps a perfect survey at 99,00 with weight 0,11', () => {
    expect(computeIkm(makeUniformResponses(3, 4), { weight: 0.11 }).konversi).toBe(99);
  });

  it('rounds konversi half-up from the exact totals, so 88,305 becomes 88,31 → A', () => {
    // 2661 respondents answer 4 everywhere, 2339 answer 3: IKM 3,5322 exactly, konversi 88,305.
    const responses = [...makeUniformResponses(2661, 4), ...makeUniformResponses(2339, 3)];
    const result = computeIkm(responses);
    expect(result.ikm).toBeCloseTo(3.5322, 12);
    expect(result.konversi).toBe(88.31);
    expect(result.mutu).toBe('A');
  });

  it('keeps 88,30 in B', () => {
    const responses = [...makeUniformResponses(2660, 4), ...makeUniformResponses(2340, 3)];
    expect(computeIkm(responses)).toMatchObject({ konversi: 88.3, mutu: 'B' });
  });

  it('rounds a konversi of exactly 78,125 up to 78,13 without floating-point drift', () => {
    // 8 respondents whose answers total 225 over the nine unsur: Σ NRR = 28,125, konversi = 78,125.
    const responses = makeUniformResponses(8, 3);
    const raise: UnsurCode[] = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];
    let extra = 225 - 8 * 27;
    for (const response of responses) {
      for (const code of raise) {
        if (extra > 0 && response[code] === 3) {
          response[code] = 4;
          extra -= 1;
        }
      }
    }
    expect(computeIkm(responses).konversi).toBe(78.13);
  });

  it('averages each unsur over the respondents who answered it', () => {
    const responses: SkmAnswer[] = [
      ...makeUniformResponses(2, 4),
      { U1: 2, U2: 2, U3: 2, U5: 2, U6: 2, U7: 2, U8: 2, U9: 2 },
    ];
    const result = computeIkm(responses);
    expect(result.respondents).toBe(3);
    expect(result.answered.U4).toBe(2);
    expect(result.nrr.U4).toBe(4);
    expect(result.nrr.U1).toBeCloseTo(10 / 3, 12);
    // Σ NRR = 8 × 10/3 + 4 = 92/3; konversi = 25 × 92/27 = 85,185… → 85,19.
    expect(result.konversi).toBe(85.19);
  });

  it('ignores unanswered unsur given as undefined or null and responses that answer nothing', () => {
    const responses = [
      ...makeUniformResponses(2, 4),
      { U1: undefined },
      { U2: null } as unknown as SkmAnswer,
      {},
    ];
    expect(computeIkm(responses)).toMatchObject({ respondents: 2, konversi: 100 });
  });

  it.each<[string, SkmAnswer[]]>([
    ['no responses', []],
    ['only empty responses', [{}, {}]],
  ])(
    'throws SKM_NO_RESPONSES for %s, as the 1–4 scale has no value for an empty survey',
    (_name, responses) => {
      expect(() => computeIkm(responses)).toThrow(SkmError);
      try {
        computeIkm(responses);
      } catch (error) {
        expect(error).toMatchObject({ code: 'SKM_NO_RESPONSES', name: 'SkmError' });
      }
    },
  );

  it('throws SKM_UNSUR_UNANSWERED naming the unsur nobody answered', () => {
    const responses: SkmAnswer[] = [{ U1: 4, U2: 4, U3: 4, U5: 4, U6: 4, U7: 4, U8: 4 }];
    expect(() => computeIkm(responses)).toThrow(
      expect.objectContaining({ code: 'SKM_UNSUR_UNANSWERED', unsur: ['U4', 'U9'] }),
    );
  });

  it.each([0, 5, 2.5, '3'])('throws SKM_INVALID_ANSWER for the answer %j', (score) => {
    const responses = [{ ...makeUniformResponses(1, 4)[0], U3: score } as unknown as SkmAnswer];
    expect(() => computeIkm(responses)).toThrow(expect.objectContaining({ code: 'SKM_INVALID_ANSWER' }));
  });

  it('throws SKM_INVALID_OPTION for an unknown weight', () => {
    expect(() => computeIkm(makeUniformResponses(1, 4), { weight: 0.1 as unknown as 0.11 })).toThrow(
      expect.objectContaining({ code: 'SKM_INVALID_OPTION' }),
    );
  });

  it('uses custom intervals when given', () => {
    const intervals = DEFAULT_IKM_INTERVALS.map((row) =>
      row.mutu === 'A' ? { ...row, minKonversi: 90 } : row,
    );
    expect(computeIkm(makeUniformResponses(2, 4), { intervals }).mutu).toBe('A');
    expect(
      computeIkm([...makeUniformResponses(1, 4), ...makeUniformResponses(2, 3)], { intervals }).mutu,
    ).toBe('B');
  });
});

describe('classifyKonversi', () => {
  it.each<[number, IkmMutu, string, number]>([
    [100, 'A', 'Sangat Baik', 4],
    [88.31, 'A', 'Sangat Baik', 4],
    [88.305, 'A', 'Sangat Baik', 4],
    [88.3, 'B', 'Baik', 3],
    [88.304, 'B', 'Baik', 3],
    [76.61, 'B', 'Baik', 3],
    [76.6, 'C', 'Kurang Baik', 2],
    [65, 'C', 'Kurang Baik', 2],
    [64.995, 'C', 'Kurang Baik', 2],
    [64.99, 'D', 'Tidak Baik', 1],
    [25, 'D', 'Tidak Baik', 1],
  ])(
    'classifies konversi %s as mutu %s (%s, nilai persepsi %i)',
    (konversi, mutu, kinerja, nilaiPersepsi) => {
      expect(classifyKonversi(konversi)).toEqual({ mutu, kinerja, nilaiPersepsi });
    },
  );
});

describe('the interval table as data', () => {
  it.each<[string, number, IkmMutu]>([
    ['90', 90, 'A'],
    ['88,31', 88.31, 'A'],
    ['88,30', 88.3, 'B'],
    ['76,61', 76.61, 'B'],
    ['70', 70, 'C'],
    ['65,00', 65, 'C'],
    ['64,99', 64.99, 'D'],
  ])('classifies %s the same when the rows are given from the worst to the best', (_name, konversi, mutu) => {
    const ascending = [...DEFAULT_IKM_INTERVALS].reverse();
    expect(classifyKonversi(konversi, ascending).mutu).toBe(mutu);
    expect(classifyKonversi(konversi).mutu).toBe(mutu);
  });

  it('applies the lowest row below its minimum', () => {
    const intervals = DEFAULT_IKM_INTERVALS.map((row) =>
      row.mutu === 'D' ? { ...row, minKonversi: 40 } : row,
    );
    expect(classifyKonversi(30, intervals)).toEqual({ mutu: 'D', kinerja: 'Tidak Baik', nilaiPersepsi: 1 });
  });

  it('throws SKM_INVALID_OPTION for an empty table', () => {
    expect(() => classifyKonversi(90, [])).toThrow(
      expect.objectContaining({
        name: 'SkmError',
        code: 'SKM_INVALID_OPTION',
        message: 'Tabel interval IKM tidak boleh kosong.',
      }),
    );
  });

  it('holds the [decision] boundaries of satisfaction-survey-skm.md', () => {
    expect(DEFAULT_IKM_INTERVALS).toEqual([
      { minKonversi: 88.31, nilaiPersepsi: 4, mutu: 'A', kinerja: 'Sangat Baik' },
      { minKonversi: 76.61, nilaiPersepsi: 3, mutu: 'B', kinerja: 'Baik' },
      { minKonversi: 65, nilaiPersepsi: 2, mutu: 'C', kinerja: 'Kurang Baik' },
      { minKonversi: 25, nilaiPersepsi: 1, mutu: 'D', kinerja: 'Tidak Baik' },
    ]);
  });
});

describe('SkmError messages (Bahasa Indonesia, naming the unsur and respondent)', () => {
  it.each<[string, () => unknown, Partial<SkmError>]>([
    [
      'no responses',
      () => computeIkm([]),
      {
        code: 'SKM_NO_RESPONSES',
        message: 'Belum ada jawaban survei, sehingga IKM belum dapat dihitung.',
        unsur: [],
      },
    ],
    [
      'unsur nobody answered',
      () => computeIkm([{ U1: 4, U2: 4, U3: 4, U5: 4, U6: 4, U7: 4, U8: 4 }]),
      {
        code: 'SKM_UNSUR_UNANSWERED',
        message: 'IKM belum dapat dihitung karena unsur U4, U9 belum dijawab oleh satu pun responden.',
        unsur: ['U4', 'U9'],
      },
    ],
    [
      'an answer outside 1–4 from the second respondent',
      () => computeIkm([...makeUniformResponses(1, 4), { U1: 3, U7: 5 as SkmScore }]),
      {
        code: 'SKM_INVALID_ANSWER',
        message: 'Jawaban responden ke-2 untuk U7 harus 1, 2, 3, atau 4, bukan 5.',
        unsur: ['U7'],
      },
    ],
    [
      'an unknown weight',
      () => computeIkm(makeUniformResponses(1, 4), { weight: 0.1 as unknown as 0.11 }),
      { code: 'SKM_INVALID_OPTION', message: "Bobot IKM harus 'exact', 0.111, atau 0.11, bukan 0.1." },
    ],
  ])('explains %s', (_name, call, expected) => {
    expect(call).toThrow(expect.objectContaining({ name: 'SkmError', ...expected }));
  });

  it.each([1, 2, 3, 4])('accepts the answer %i', (score) => {
    const responses = makeUniformResponses(1, score as SkmScore);
    expect(computeIkm(responses).konversi).toBe(score * 25);
  });

  it('reports the weight it used and the answers per unsur', () => {
    const result = computeIkm(makeUniformResponses(3, 3), { weight: 0.111 });
    expect(result).toMatchObject({ weight: 0.111, respondents: 3, konversi: 74.93, mutu: 'C' });
    expect(result.answered).toEqual({ U1: 3, U2: 3, U3: 3, U4: 3, U5: 3, U6: 3, U7: 3, U8: 3, U9: 3 });
    expect(result.ikm).toBeCloseTo(2.997, 12);
  });
});

describe('computeIkmFromTotals (issue 15: totals counted in SQL, no answer objects rebuilt in Node)', () => {
  /** The totals computeIkm counts itself: per-unsur sums and answers, respondents who answered anything. */
  function totalsOf(responses: readonly SkmAnswer[]) {
    const sums = Object.fromEntries(UNSUR_CODES.map((c) => [c, 0])) as Record<UnsurCode, number>;
    const answered = { ...sums };
    let respondents = 0;
    for (const r of responses) {
      const codes = UNSUR_CODES.filter((c) => r[c] !== undefined);
      for (const c of codes) {
        sums[c] += r[c]!;
        answered[c] += 1;
      }
      if (codes.length > 0) respondents += 1;
    }
    return { sums, answered, respondents };
  }

  it('gives exactly what computeIkm gives for the same answers, with every weight, partial answers included', () => {
    let seed = 14;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    for (let i = 0; i < 600; i++) {
      const responses: SkmAnswer[] = Array.from({ length: 1 + next(60) }, () =>
        Object.fromEntries(UNSUR_CODES.filter(() => next(10) > 0).map((c) => [c, (1 + next(4)) as SkmScore])),
      );
      const weight = ([undefined, 'exact', 0.111, 0.11] as const)[next(4)];
      const options: ComputeIkmOptions = weight === undefined ? {} : { weight };
      let expected: unknown;
      try {
        expected = computeIkm(responses, options);
      } catch (err) {
        expected = err;
      }
      if (expected instanceof SkmError) {
        expect(() => computeIkmFromTotals(totalsOf(responses), options)).toThrow(
          expect.objectContaining({ code: expected.code, message: expected.message }),
        );
      } else {
        expect(computeIkmFromTotals(totalsOf(responses), options)).toEqual(expected);
      }
    }
  });

  it('scores the worked example from its totals alone (91,48 → A)', () => {
    const totals = [105, 101, 100, 116, 102, 105, 106, 105, 115];
    const sums = Object.fromEntries(UNSUR_CODES.map((c, i) => [c, totals[i]!])) as Record<UnsurCode, number>;
    const answered = Object.fromEntries(UNSUR_CODES.map((c) => [c, 29])) as Record<UnsurCode, number>;
    expect(computeIkmFromTotals({ sums, answered, respondents: 29 })).toMatchObject({
      konversi: 91.48,
      mutu: 'A',
    });
    expect(computeIkmFromTotals({ sums, answered, respondents: 29 }, { weight: 0.11 }).konversi).toBe(90.56);
  });
});
