/**
 * Indeks Kepuasan Masyarakat (IKM), the result of the Survei Kepuasan Masyarakat — PermenPANRB 14/2017:
 * NRR per unsur, weighted by 1/9, summed to the IKM (1–4), converted ×25 to 25–100 and classified into mutu A–D.
 */
import { rationalToNumber, roundRationalToUnits, toRational } from './decimal';
import { UNSUR_CODES } from './skm-unsur';
import type { SkmAnswer, UnsurCode } from './skm-unsur';

/**
 * Weight of each unsur: exactly 1/9 (default, a [decision]: a perfect survey scores 100) or the rounded 0,111 or 0,11
 * quoted from the regulation, to reproduce reports made that way (with 0,11 the maximum is 99,00).
 */
export type IkmWeight = 'exact' | 0.111 | 0.11;

/** Mutu pelayanan (service quality grade) A–D. */
export type IkmMutu = 'A' | 'B' | 'C' | 'D';
/** Kinerja unit pelayanan, the label that goes with the mutu. */
export type IkmKinerja = 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik';

/** A row of the interval table: a nilai konversi from `minKonversi` up gets this classification. */
export type IkmInterval = {
  /** Lowest rounded konversi of the row, two decimals (e.g. 88.31). */
  minKonversi: number;
  nilaiPersepsi: 1 | 2 | 3 | 4;
  mutu: IkmMutu;
  kinerja: IkmKinerja;
};

/**
 * The interval table (PermenPANRB 14/2017 as applied in practice) with the [decision] boundaries on the rounded
 * konversi: ≥ 88,31 → A; ≥ 76,61 → B; ≥ 65,00 → C; otherwise D. Rows run from the best to the worst.
 */
export const DEFAULT_IKM_INTERVALS: readonly IkmInterval[] = [
  { minKonversi: 88.31, nilaiPersepsi: 4, mutu: 'A', kinerja: 'Sangat Baik' },
  { minKonversi: 76.61, nilaiPersepsi: 3, mutu: 'B', kinerja: 'Baik' },
  { minKonversi: 65, nilaiPersepsi: 2, mutu: 'C', kinerja: 'Kurang Baik' },
  { minKonversi: 25, nilaiPersepsi: 1, mutu: 'D', kinerja: 'Tidak Baik' },
];

/** What the interval table says about a nilai konversi. */
export type IkmClassification = Pick<IkmInterval, 'nilaiPersepsi' | 'mutu' | 'kinerja'>;

/** The outcome of {@link computeIkm}. */
export type IkmResult = {
  /** Respondents who answered at least one unsur. */
  respondents: number;
  /** NRR (nilai rata-rata) per unsur over those who answered it, unrounded. */
  nrr: Record<UnsurCode, number>;
  /** How many respondents answered each unsur. */
  answered: Record<UnsurCode, number>;
  /** Σ NRR × bobot, 1–4, unrounded. */
  ikm: number;
  /** IKM × 25, rounded half-up to 2 decimals (25–100). */
  konversi: number;
  nilaiPersepsi: 1 | 2 | 3 | 4;
  mutu: IkmMutu;
  kinerja: IkmKinerja;
  /** The weight used, so reports can say which. */
  weight: IkmWeight;
};

/** Per-survey settings of {@link computeIkm}. */
export type ComputeIkmOptions = {
  /** Default 'exact' (1/9). */
  weight?: IkmWeight;
  /** Default {@link DEFAULT_IKM_INTERVALS}. */
  intervals?: readonly IkmInterval[];
};

/** Stable codes of {@link SkmError}. */
export type SkmErrorCode =
  'SKM_NO_RESPONSES' | 'SKM_UNSUR_UNANSWERED' | 'SKM_INVALID_ANSWER' | 'SKM_INVALID_OPTION';

/** Why an IKM cannot be computed; `code` is stable for the API, `message` is Indonesian. */
export class SkmError extends Error {
  readonly code: SkmErrorCode;
  readonly unsur: readonly UnsurCode[];

  constructor(code: SkmErrorCode, message: string, unsur: readonly UnsurCode[] = []) {
    super(message);
    this.name = 'SkmError';
    this.code = code;
    this.unsur = unsur;
  }
}

const WEIGHTS: ReadonlyMap<IkmWeight, { num: bigint; den: bigint }> = new Map<
  IkmWeight,
  { num: bigint; den: bigint }
>([
  ['exact', { num: 1n, den: 9n }],
  [0.111, { num: 111n, den: 1000n }],
  [0.11, { num: 11n, den: 100n }],
]);

function toHundredths(value: number): bigint {
  const { num, den } = toRational(value);
  return roundRationalToUnits(num, den, 2);
}

function classifyHundredths(hundredths: bigint, intervals: readonly IkmInterval[]): IkmClassification {
  const sorted = [...intervals].sort((a, b) => b.minKonversi - a.minKonversi);
  const lowest = sorted[sorted.length - 1];
  if (lowest === undefined) {
    throw new SkmError('SKM_INVALID_OPTION', 'Tabel interval IKM tidak boleh kosong.');
  }
  const row = sorted.find((interval) => hundredths >= toHundredths(interval.minKonversi)) ?? lowest;
  return { nilaiPersepsi: row.nilaiPersepsi, mutu: row.mutu, kinerja: row.kinerja };
}

/**
 * Mutu and kinerja unit of a nilai konversi (PermenPANRB 14/2017 interval table). The value is first rounded
 * half-up to two decimals on its decimal form ([decision]), so 88,305 counts as 88,31 → A while 88,30 is B.
 * Below the lowest row's minimum the lowest row applies.
 */
export function classifyKonversi(
  konversi: number,
  intervals: readonly IkmInterval[] = DEFAULT_IKM_INTERVALS,
): IkmClassification {
  return classifyHundredths(toHundredths(konversi), intervals);
}

function emptyRecord(): Record<UnsurCode, number> {
  return { U1: 0, U2: 0, U3: 0, U4: 0, U5: 0, U6: 0, U7: 0, U8: 0, U9: 0 };
}

/**
 * The IKM of a set of SKM responses (PermenPANRB 14/2017, satisfaction-survey-skm.md):
 * NRR per unsur = sum of its answers / respondents who answered it; IKM = Σ NRR × bobot; konversi = IKM × 25.
 *
 * - Weight: exactly 1/9 by default; 0.111 or 0.11 on request (see {@link IkmWeight}).
 * - Konversi is rounded half-up to 2 decimals from the exact fraction of the totals (big-integer arithmetic), so
 *   no floating-point drift can move a survey across a boundary; mutu and kinerja come from the rounded value.
 * - Throws {@link SkmError}: SKM_NO_RESPONSES when no response answers anything (the scale 1–4 has no value for
 *   an empty survey, so there is no IKM to report); SKM_UNSUR_UNANSWERED when some unsur has no answer at all (its
 *   NRR is undefined and the nine-unsur formula cannot be applied); SKM_INVALID_ANSWER for a value other than 1–4.
 *
 * Worked example: 29 respondents, totals 105, 101, 100, 116, 102, 105, 106, 105, 115 → IKM 3,6590, konversi 91,48,
 * A (Sangat Baik); with weight 0,11 → 90,56.
 */
export function computeIkm(responses: readonly SkmAnswer[], options: ComputeIkmOptions = {}): IkmResult {
  const weight = weightOf(options);
  const sums = emptyRecord();
  const answered = emptyRecord();
  let respondents = 0;
  responses.forEach((response, index) => {
    let answeredAny = false;
    for (const code of UNSUR_CODES) {
      const score: unknown = response[code];
      if (score === undefined || score === null) continue;
      if (score !== 1 && score !== 2 && score !== 3 && score !== 4) {
        throw new SkmError(
          'SKM_INVALID_ANSWER',
          `Jawaban responden ke-${index + 1} untuk ${code} harus 1, 2, 3, atau 4, bukan ${String(score)}.`,
          [code],
        );
      }
      sums[code] += score;
      answered[code] += 1;
      answeredAny = true;
    }
    if (answeredAny) respondents += 1;
  });
  return ikmOfTotals({ sums, answered, respondents }, weight, options);
}

/**
 * The IKM from per-unsur totals already counted (in SQL, for a survey of thousands of responses): `sums` and
 * `answered` per unsur and the number of respondents who answered at least one. Exactly what {@link computeIkm}
 * gives for any responses with those totals — the same code computes both — without a value per response; the
 * answers are not checked (the database holds only 1–4). Throws SKM_NO_RESPONSES, SKM_UNSUR_UNANSWERED and
 * SKM_INVALID_OPTION as computeIkm does.
 */
export function computeIkmFromTotals(totals: IkmTotals, options: ComputeIkmOptions = {}): IkmResult {
  return ikmOfTotals(totals, weightOf(options), options);
}

/** Per-unsur totals of SKM answers (see {@link computeIkmFromTotals}). */
export type IkmTotals = {
  sums: Readonly<Record<UnsurCode, number>>;
  answered: Readonly<Record<UnsurCode, number>>;
  respondents: number;
};

function weightOf(options: ComputeIkmOptions): { key: IkmWeight; num: bigint; den: bigint } {
  const key = options.weight ?? 'exact';
  const weight = WEIGHTS.get(key);
  if (weight === undefined) {
    throw new SkmError(
      'SKM_INVALID_OPTION',
      `Bobot IKM harus 'exact', 0.111, atau 0.11, bukan ${String(key)}.`,
    );
  }
  return { key, ...weight };
}

function ikmOfTotals(
  { sums, answered, respondents }: IkmTotals,
  weight: { key: IkmWeight; num: bigint; den: bigint },
  options: ComputeIkmOptions,
): IkmResult {
  if (respondents === 0) {
    throw new SkmError('SKM_NO_RESPONSES', 'Belum ada jawaban survei, sehingga IKM belum dapat dihitung.');
  }
  const missing = UNSUR_CODES.filter((code) => answered[code] === 0);
  if (missing.length > 0) {
    throw new SkmError(
      'SKM_UNSUR_UNANSWERED',
      `IKM belum dapat dihitung karena unsur ${missing.join(', ')} belum dijawab oleh satu pun responden.`,
      missing,
    );
  }

  // Σ NRR as one exact fraction: Σ sum_i / answered_i.
  let num = 0n;
  let den = 1n;
  const nrr = emptyRecord();
  for (const code of UNSUR_CODES) {
    const sum = BigInt(sums[code]);
    const count = BigInt(answered[code]);
    num = num * count + sum * den;
    den *= count;
    nrr[code] = sums[code] / answered[code];
  }
  const ikmNum = num * weight.num;
  const ikmDen = den * weight.den;
  const konversiHundredths = roundRationalToUnits(ikmNum * 25n, ikmDen, 2);
  const classification = classifyHundredths(konversiHundredths, options.intervals ?? DEFAULT_IKM_INTERVALS);
  return {
    respondents,
    nrr,
    answered: { ...answered },
    ikm: rationalToNumber(ikmNum, ikmDen),
    konversi: Number(konversiHundredths) / 100,
    ...classification,
    weight: weight.key,
  };
}
