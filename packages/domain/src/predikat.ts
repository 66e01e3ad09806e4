/**
 * Ratings and the predikat kinerja pegawai (employee performance rating) of PermenPANRB 6/2022: the rater gives a
 * rating hasil kerja and a rating perilaku kerja, each one of three levels without weighting, and the predikat is
 * read from the quadrant matrix of the regulation's annex.
 */

/** Rating hasil kerja (work results) or perilaku kerja (behaviour). */
export type Rating = 'DIATAS_EKSPEKTASI' | 'SESUAI_EKSPEKTASI' | 'DIBAWAH_EKSPEKTASI';

/** Predikat kinerja pegawai; KURANG is "Kurang/Misconduct". */
export type Predikat = 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';

/** Ratings from the lowest to the highest. */
export const RATINGS: readonly Rating[] = ['DIBAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DIATAS_EKSPEKTASI'];

/** Indonesian labels of the ratings as printed in the SKP. */
export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  DIATAS_EKSPEKTASI: 'Di Atas Ekspektasi',
  SESUAI_EKSPEKTASI: 'Sesuai Ekspektasi',
  DIBAWAH_EKSPEKTASI: 'Di Bawah Ekspektasi',
};

/** Predikat from the lowest to the highest, the order the regulation gives. */
export const PREDIKAT_ORDER: readonly Predikat[] = [
  'SANGAT_KURANG',
  'KURANG',
  'BUTUH_PERBAIKAN',
  'BAIK',
  'SANGAT_BAIK',
];

/** Indonesian labels of the predikat as printed in the evaluation document. */
export const PREDIKAT_LABELS: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang',
};

/** The quadrant: MATRIX[hasil kerja][perilaku kerja]. */
const MATRIX: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = {
  DIATAS_EKSPEKTASI: {
    DIBAWAH_EKSPEKTASI: 'KURANG',
    SESUAI_EKSPEKTASI: 'BAIK',
    DIATAS_EKSPEKTASI: 'SANGAT_BAIK',
  },
  SESUAI_EKSPEKTASI: {
    DIBAWAH_EKSPEKTASI: 'KURANG',
    SESUAI_EKSPEKTASI: 'BAIK',
    DIATAS_EKSPEKTASI: 'BAIK',
  },
  DIBAWAH_EKSPEKTASI: {
    DIBAWAH_EKSPEKTASI: 'SANGAT_KURANG',
    SESUAI_EKSPEKTASI: 'BUTUH_PERBAIKAN',
    DIATAS_EKSPEKTASI: 'BUTUH_PERBAIKAN',
  },
};

/**
 * The predikat kinerja pegawai from the two ratings (PermenPANRB 6/2022, annex quadrant). Behaviour below
 * expectation makes it Kurang/Misconduct whatever the results — Sangat Kurang when results are also below;
 * results below expectation with acceptable behaviour give Butuh Perbaikan; Sangat Baik needs both above.
 * The ratings are the rater's decision; this only reads the matrix. The annual predikat uses the annual ratings
 * (a review of the whole year), never an average of periodic ones.
 */
export function predikatKinerja(hasilKerja: Rating, perilaku: Rating): Predikat {
  const predikat = MATRIX[hasilKerja]?.[perilaku];
  if (predikat === undefined) {
    throw new RangeError(
      `Rating tidak dikenal: hasil kerja ${String(hasilKerja)}, perilaku ${String(perilaku)}.`,
    );
  }
  return predikat;
}

/** The Indonesian label of a rating (`DIATAS_EKSPEKTASI` → `Di Atas Ekspektasi`). */
export function ratingLabel(rating: Rating): string {
  return RATING_LABELS[rating];
}

/** The Indonesian label of a predikat (`KURANG` → `Kurang/Misconduct`). */
export function predikatLabel(predikat: Predikat): string {
  return PREDIKAT_LABELS[predikat];
}

/** Sort comparator by the regulation's order (negative when `a` is lower than `b`), e.g. for reports. */
export function comparePredikat(a: Predikat, b: Predikat): number {
  return PREDIKAT_ORDER.indexOf(a) - PREDIKAT_ORDER.indexOf(b);
}
