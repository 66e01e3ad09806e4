/**
 * The nine elements (unsur) of the Survei Kepuasan Masyarakat, PermenPANRB 14/2017, with stable codes. Answers are
 * stored by code, never by position, because some applications swap U8 and U9 on the form.
 */

/** Code of an SKM element. */
export type UnsurCode = 'U1' | 'U2' | 'U3' | 'U4' | 'U5' | 'U6' | 'U7' | 'U8' | 'U9';

/** An answer value: 1 tidak baik, 2 kurang baik, 3 baik, 4 sangat baik. */
export type SkmScore = 1 | 2 | 3 | 4;

/** One respondent's answers; an unanswered unsur is left out. */
export type SkmAnswer = Partial<Record<UnsurCode, SkmScore>>;

/** The codes in questionnaire order. */
export const UNSUR_CODES: readonly UnsurCode[] = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];

/** Name of each unsur and the labels of its answers 1 → 4 (Lampiran PermenPANRB 14/2017, model questionnaire). */
export const SKM_UNSUR: Readonly<
  Record<UnsurCode, { name: string; answerLabels: readonly [string, string, string, string] }>
> = {
  U1: { name: 'Persyaratan', answerLabels: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'] },
  U2: {
    name: 'Sistem, Mekanisme, dan Prosedur',
    answerLabels: ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
  },
  U3: { name: 'Waktu Penyelesaian', answerLabels: ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'] },
  U4: { name: 'Biaya/Tarif', answerLabels: ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'] },
  U5: {
    name: 'Produk Spesifikasi Jenis Pelayanan',
    answerLabels: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
  },
  U6: {
    name: 'Kompetensi Pelaksana',
    answerLabels: ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
  },
  U7: {
    name: 'Perilaku Pelaksana',
    answerLabels: [
      'Tidak sopan dan ramah',
      'Kurang sopan dan ramah',
      'Sopan dan ramah',
      'Sangat sopan dan ramah',
    ],
  },
  U8: {
    name: 'Penanganan Pengaduan, Saran dan Masukan',
    answerLabels: [
      'Tidak ada',
      'Ada tetapi tidak berfungsi',
      'Berfungsi kurang maksimal',
      'Dikelola dengan baik',
    ],
  },
  U9: { name: 'Sarana dan Prasarana', answerLabels: ['Buruk', 'Cukup', 'Baik', 'Sangat Baik'] },
};

/** The label of an answer to an unsur (`U4`, 4 → `Gratis`). */
export function skmAnswerLabel(code: UnsurCode, score: SkmScore): string {
  const label = SKM_UNSUR[code]?.answerLabels[score - 1];
  if (label === undefined) {
    throw new RangeError(`Jawaban SKM tidak dikenal: ${String(code)} = ${String(score)}.`);
  }
  return label;
}
