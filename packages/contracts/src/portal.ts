import { z } from 'zod';
import { OPEN_DATA_DATASETS, OPEN_DATA_ROW_KINDS, type OpenDataDataset } from './values/portal';

// The public transparency page and open data (issue 14 §4). Open-data rows use snake_case column names so that the
// CSV header and the JSON keys are the same words; each column's description is the documented schema
// (served as JSON Schema at /api/v1/public/open-data/schema/<dataset>.json and listed on /transparansi).

/**
 * The period filter: a year (WIB), optionally one quarter of it. An empty quarter is the whole year: the page's GET
 * form sends `quarter=` for its "Setahun penuh" choice.
 */
export const transparencyQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  quarter: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1).max(4).optional()),
});
export type TransparencyQuery = z.infer<typeof transparencyQuery>;

/** The dataset of an open-data file: `/api/v1/public/open-data/<dataset>.<csv|json>` and its schema. */
export const openDataDatasetParams = z.object({ dataset: z.enum(OPEN_DATA_DATASETS) });
export type OpenDataDatasetParams = z.infer<typeof openDataDatasetParams>;

const count = (what: string) =>
  z.number().int().nullable().describe(`${what}; kosong bila ditekan (di bawah batas sel kecil)`);
const periodColumns = {
  tahun: z.number().int().describe('Tahun periode (WIB)'),
  triwulan: z.number().int().nullable().describe('Triwulan 1–4, kosong bila setahun penuh'),
  tanggal_awal: z.string().describe('Awal periode, YYYY-MM-DD (WIB)'),
  tanggal_akhir: z.string().describe('Akhir periode, YYYY-MM-DD (WIB), inklusif'),
};
const complaintFigures = {
  ditekan: z
    .boolean()
    .describe(
      'true bila angka baris ini tidak ditampilkan karena pengaduan yang diterima di bawah batas sel kecil',
    ),
  diterima: count('Pengaduan yang diterima dalam periode'),
  selesai: count('Dari yang diterima, yang sudah selesai (status Selesai atau Ditutup)'),
  selesai_tepat_waktu: count('Dari yang selesai, yang selesai sebelum tenggat penyelesaian'),
  persen_tepat_waktu: z
    .number()
    .nullable()
    .describe('selesai_tepat_waktu / selesai × 100, satu desimal; kosong bila belum ada yang selesai'),
  median_hari_kerja: z
    .number()
    .nullable()
    .describe('Median lama penyelesaian dalam hari kerja (tanpa akhir pekan, libur dan masa tunda)'),
};

export const openDataUnitRow = z.object({
  ...periodColumns,
  jenis: z
    .enum(OPEN_DATA_ROW_KINDS)
    .describe(
      'KANTOR = seluruh kantor; UNIT = satu unit; GABUNGAN = unit-unit kecil digabung; BELUM_DISPOSISI',
    ),
  unit: z.string().describe('Nama unit kerja (atau keterangan baris)'),
  jumlah_unit_digabung: z
    .number()
    .int()
    .describe('Banyaknya unit yang digabung dalam baris GABUNGAN, selain itu 1'),
  ...complaintFigures,
});
export type OpenDataUnitRow = z.infer<typeof openDataUnitRow>;

export const openDataMonthRow = z.object({
  bulan: z.string().describe('Bulan diterimanya pengaduan, YYYY-MM (WIB)'),
  ...complaintFigures,
});
export type OpenDataMonthRow = z.infer<typeof openDataMonthRow>;

export const openDataIkmRow = z.object({
  kode_survei: z.string().describe('Kode survei SKM'),
  unit: z.string().describe('Nama unit kerja penyelenggara survei'),
  tanggal_awal: z.string().describe('Awal periode survei, YYYY-MM-DD'),
  tanggal_akhir: z.string().describe('Akhir periode survei, YYYY-MM-DD'),
  responden: z.number().int().describe('Banyaknya responden yang dihitung'),
  nilai_ikm: z.number().nullable().describe('Nilai konversi IKM 25–100 (PermenPANRB 14/2017), dua desimal'),
  mutu: z.string().nullable().describe('Mutu pelayanan A/B/C/D'),
  kinerja: z.string().nullable().describe('Kinerja unit pelayanan (Sangat Baik … Tidak Baik)'),
});
export type OpenDataIkmRow = z.infer<typeof openDataIkmRow>;

/** The row schema of each dataset: the CSV header is its keys, in this order. */
export const OPEN_DATA_ROW_SCHEMAS = {
  'pengaduan-per-unit': openDataUnitRow,
  'pengaduan-per-bulan': openDataMonthRow,
  'ikm-per-periode': openDataIkmRow,
} as const satisfies Record<OpenDataDataset, z.ZodObject>;

export const openDataLicence = z.object({ name: z.string(), url: z.string() });
export type OpenDataLicence = z.infer<typeof openDataLicence>;

const datasetEnvelope = {
  dataset: z.enum(OPEN_DATA_DATASETS),
  title: z.string(),
  licence: openDataLicence,
  schema: z.string().describe('URL of the JSON Schema of one row'),
  period: z.object({
    year: z.number().int(),
    quarter: z.number().int().nullable(),
    from: z.string(),
    to: z.string(),
  }),
  minCellCount: z.number().int(),
  generatedAt: z.string(),
};
export const openDataUnitDataset = z.object({ ...datasetEnvelope, rows: z.array(openDataUnitRow) });
export type OpenDataUnitDataset = z.infer<typeof openDataUnitDataset>;
export const openDataMonthDataset = z.object({ ...datasetEnvelope, rows: z.array(openDataMonthRow) });
export type OpenDataMonthDataset = z.infer<typeof openDataMonthDataset>;
export const openDataIkmDataset = z.object({ ...datasetEnvelope, rows: z.array(openDataIkmRow) });
export type OpenDataIkmDataset = z.infer<typeof openDataIkmDataset>;
export const openDataDatasetBody = z.union([openDataUnitDataset, openDataMonthDataset, openDataIkmDataset]);
export type OpenDataDatasetBody = z.infer<typeof openDataDatasetBody>;

export const openDataCatalogue = z.object({
  title: z.string(),
  publisher: z.string(),
  licence: openDataLicence,
  minCellCount: z.number().int(),
  note: z.string(),
  datasets: z.array(
    z.object({
      id: z.enum(OPEN_DATA_DATASETS),
      title: z.string(),
      description: z.string(),
      csv: z.string(),
      json: z.string(),
      schema: z.string(),
    }),
  ),
});
export type OpenDataCatalogue = z.infer<typeof openDataCatalogue>;

/** The administrator's open-data setting: the small-cell minimum (default 5). */
export const openDataSettings = z.object({
  minCellCount: z
    .number()
    .int()
    .min(1, 'Batas sel kecil minimal 1')
    .max(100, 'Batas sel kecil paling banyak 100'),
});
export type OpenDataSettings = z.infer<typeof openDataSettings>;
