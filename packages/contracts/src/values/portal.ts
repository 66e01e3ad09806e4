// Values of the API without zod: the public transparency page and its open data (issue 14 §4). See ./index.ts.

/** The open datasets, each served as CSV and JSON under /api/v1/public/open-data/<id>.<format>. */
export const OPEN_DATA_DATASETS = ['pengaduan-per-unit', 'pengaduan-per-bulan', 'ikm-per-periode'] as const;
export type OpenDataDataset = (typeof OPEN_DATA_DATASETS)[number];

/**
 * What a row of the per-unit dataset stands for: the whole office, one unit, the units merged because each was
 * below the small-cell minimum, or complaints not yet given to a unit.
 */
export const OPEN_DATA_ROW_KINDS = ['KANTOR', 'UNIT', 'GABUNGAN', 'BELUM_DISPOSISI'] as const;
export type OpenDataRowKind = (typeof OPEN_DATA_ROW_KINDS)[number];

/** Creative Commons Attribution 4.0: reuse with attribution (the domain documents name no other licence). */
export const OPEN_DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.id',
} as const;

/** Default small-cell minimum: a unit (or month) with fewer complaints received shows no figures of its own. */
export const DEFAULT_OPEN_DATA_MIN_CELL = 5;
