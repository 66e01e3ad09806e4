import {
  OPEN_DATA_DATASETS,
  OPEN_DATA_LICENCE,
  OPEN_DATA_ROW_SCHEMAS,
  type OpenDataCatalogue,
  type OpenDataDataset,
  type OpenDataDatasetBody,
  type OpenDataIkmRow,
  type OpenDataMonthRow,
  type OpenDataUnitRow,
  type PublicSkmOffice,
  type TransparencyQuery,
} from '@sim/contracts';
import {
  getDaysInMonth,
  summariseComplaints,
  suppressSmallCells,
  todayOf,
  type ComplaintSummary,
} from '@sim/domain';
import { z } from 'zod';
import type { ServiceContext } from '../../lib/context';
import { invalid } from '../../lib/errors';
import { getPublicComplaintFacts, type PublicComplaintFact } from '../complaints/complaint-stats.service';
import { listPublicSkmResults } from '../surveys/survey-results.service';
import { loadOpenDataSettings } from './portal-settings.service';

// The public transparency page and open data (issue 14 §4): per unit and for the whole office, the complaints
// received in the period and how they finished, the month-by-month trend, and the published SKM results. Built from
// the complaints and surveys services, with the small-cell rule of packages/domain applied before anything leaves;
// no name, NIP, contact or per-employee figure is ever read. Kept in memory for a short time (TRANSPARENCY_CACHE_SECONDS)
// so a burst of visitors costs one computation.

export type TransparencyPeriod = { year: number; quarter: number | null; from: string; to: string };

export type TransparencyReport = {
  period: TransparencyPeriod;
  minCellCount: number;
  generatedAt: Date;
  units: OpenDataUnitRow[];
  months: OpenDataMonthRow[];
  ikm: OpenDataIkmRow[];
  officeIkm: PublicSkmOffice | null;
};

export const OPEN_DATA_TITLES: Record<OpenDataDataset, { title: string; description: string }> = {
  'pengaduan-per-unit': {
    title: 'Pengaduan per unit kerja',
    description:
      'Pengaduan yang diterima dalam periode per unit dan untuk seluruh kantor: selesai, tepat waktu, median hari kerja penyelesaian.',
  },
  'pengaduan-per-bulan': {
    title: 'Pengaduan per bulan',
    description: 'Tren seluruh kantor menurut bulan diterimanya pengaduan.',
  },
  'ikm-per-periode': {
    title: 'Indeks Kepuasan Masyarakat per periode survei',
    description: 'Hasil SKM yang dipublikasikan per unit dan periode survei (PermenPANRB 14/2017).',
  },
};

/** A row's JSON Schema: the meaning of every column is its property's description. */
export type OpenDataRowJsonSchema = Record<string, unknown> & {
  properties: Record<string, { description?: string }>;
};

/** Each dataset's row as JSON Schema, computed once: served at /schema/<dataset>.json and listed on the page. */
export const OPEN_DATA_ROW_JSON_SCHEMAS = Object.fromEntries(
  OPEN_DATA_DATASETS.map((d) => [d, z.toJSONSchema(OPEN_DATA_ROW_SCHEMAS[d]) as OpenDataRowJsonSchema]),
) as Record<OpenDataDataset, OpenDataRowJsonSchema>;

const pad = (n: number) => String(n).padStart(2, '0');

/** The period of the filter: the given (or current WIB) year, the whole year or one quarter of it. */
export function transparencyPeriodOf(now: Date, q: TransparencyQuery): TransparencyPeriod {
  const year = q.year ?? Number(todayOf(now).slice(0, 4));
  if (q.quarter === undefined) return { year, quarter: null, from: `${year}-01-01`, to: `${year}-12-31` };
  const first = q.quarter * 3 - 2;
  const last = q.quarter * 3;
  return {
    year,
    quarter: q.quarter,
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(getDaysInMonth(year, last))}`,
  };
}

const SUPPRESSED = {
  ditekan: true,
  diterima: null,
  selesai: null,
  selesai_tepat_waktu: null,
  persen_tepat_waktu: null,
  median_hari_kerja: null,
} as const;

function figures(s: ComplaintSummary) {
  return {
    ditekan: false,
    diterima: s.received,
    selesai: s.finished,
    selesai_tepat_waktu: s.finishedOnTime,
    persen_tepat_waktu: s.onTimePercent,
    median_hari_kerja: s.medianWorkingDays,
  };
}

/** Per-unit rows: the office first, then every unit at or above the minimum, then the merged small units. */
function unitRows(
  period: TransparencyPeriod,
  facts: PublicComplaintFact[],
  minCount: number,
): OpenDataUnitRow[] {
  const base = {
    tahun: period.year,
    triwulan: period.quarter,
    tanggal_awal: period.from,
    tanggal_akhir: period.to,
  };
  const groups = new Map<number | null, PublicComplaintFact[]>();
  // Appended in place: copying the unit's list for every fact was quadratic (seconds for a city's year).
  for (const f of facts) {
    const list = groups.get(f.unitId);
    if (list) list.push(f);
    else groups.set(f.unitId, [f]);
  }
  const { suppressed, isTotalShown } = suppressSmallCells(
    [...groups].map(([key, list]) => ({ key, count: list.reduce((sum, f) => sum + f.count, 0) })),
    minCount,
  );
  const office: OpenDataUnitRow = {
    ...base,
    jenis: 'KANTOR',
    unit: 'Seluruh kantor',
    jumlah_unit_digabung: 1,
    ...(isTotalShown ? figures(summariseComplaints(facts)) : SUPPRESSED),
  };
  if (!isTotalShown) return [office];
  const shown = [...groups]
    .filter(([key]) => !suppressed.has(key))
    .map(([key, list]): OpenDataUnitRow => ({
      ...base,
      jenis: key === null ? 'BELUM_DISPOSISI' : 'UNIT',
      unit: key === null ? 'Belum didisposisikan ke unit' : (list[0]!.unitName ?? `Unit ${key}`),
      jumlah_unit_digabung: 1,
      ...figures(summariseComplaints(list)),
    }))
    .sort((a, b) => (a.jenis === b.jenis ? a.unit.localeCompare(b.unit, 'id') : a.jenis === 'UNIT' ? -1 : 1));
  if (suppressed.size === 0) return [office, ...shown];
  const merged = [...groups].filter(([key]) => suppressed.has(key)).flatMap(([, list]) => list);
  return [
    office,
    ...shown,
    {
      ...base,
      jenis: 'GABUNGAN',
      unit: `Unit lainnya (${suppressed.size} unit digabung)`,
      jumlah_unit_digabung: suppressed.size,
      ...figures(summariseComplaints(merged)),
    },
  ];
}

/**
 * Month rows of the period up to the current month: office-wide, so they describe no unit or employee; hidden only
 * when the office itself is below the minimum (then a month could be the whole office's one or two complaints).
 */
function monthRows(
  period: TransparencyPeriod,
  facts: PublicComplaintFact[],
  isOfficeShown: boolean,
  today: string,
): OpenDataMonthRow[] {
  const rows: OpenDataMonthRow[] = [];
  const firstMonth = Number(period.from.slice(5, 7));
  const lastMonth = Number(period.to.slice(5, 7));
  for (let m = firstMonth; m <= lastMonth; m++) {
    const month = `${period.year}-${pad(m)}`;
    if (month > today.slice(0, 7)) break;
    const list = facts.filter((f) => f.month === month);
    rows.push({ bulan: month, ...(isOfficeShown ? figures(summariseComplaints(list)) : SUPPRESSED) });
  }
  return rows;
}

async function buildReport(ctx: ServiceContext, period: TransparencyPeriod): Promise<TransparencyReport> {
  const [{ minCellCount }, facts, skm] = await Promise.all([
    loadOpenDataSettings(ctx.db),
    getPublicComplaintFacts(ctx.db, period.from, period.to),
    listPublicSkmResults(ctx, { from: period.from, to: period.to }),
  ]);
  const units = unitRows(period, facts, minCellCount);
  const now = ctx.now();
  return {
    period,
    minCellCount,
    generatedAt: now,
    units,
    months: monthRows(period, facts, !units[0]!.ditekan, todayOf(now)),
    ikm: skm.items.map((s) => ({
      kode_survei: s.surveyCode,
      unit: s.unitName,
      tanggal_awal: s.periodStart,
      tanggal_akhir: s.periodEnd,
      responden: s.respondents,
      nilai_ikm: s.konversi,
      mutu: s.mutu,
      kinerja: s.kinerja,
    })),
    officeIkm: skm.office,
  };
}

export type TransparencyCache = {
  get(ctx: ServiceContext, q: TransparencyQuery): Promise<TransparencyReport>;
  /** Forgets every report: the figures changed (a public live event), the next reader recomputes. */
  clear(): void;
};

/**
 * One app's cache of reports by period, each kept for `ttlSeconds` of the app's clock (0 = always computed).
 * A report being computed is shared by the requests that arrive meanwhile, so a burst costs one computation.
 */
export function createTransparencyCache(ttlSeconds: number): TransparencyCache {
  const entries = new Map<string, { at: number; report: Promise<TransparencyReport> }>();
  return {
    get(ctx, q) {
      const period = transparencyPeriodOf(ctx.now(), q);
      if (period.year > Number(todayOf(ctx.now()).slice(0, 4)))
        return Promise.reject(invalid('year', 'Tahun belum berjalan'));
      const key = `${period.year}-${period.quarter ?? ''}`;
      const now = ctx.now().getTime();
      const hit = entries.get(key);
      if (hit && now - hit.at < ttlSeconds * 1000) return hit.report;
      const report = buildReport(ctx, period);
      if (ttlSeconds > 0) {
        entries.set(key, { at: now, report });
        // A failed computation is not kept: the next request tries again.
        report.catch(() => entries.delete(key));
      }
      return report;
    },
    clear() {
      entries.clear();
    },
  };
}

const schemaUrl = (dataset: OpenDataDataset) => `/api/v1/public/open-data/schema/${dataset}.json`;

/** One dataset of a report with its licence, schema link and period, as the JSON file holds it. */
export function openDatasetOf(report: TransparencyReport, dataset: OpenDataDataset): OpenDataDatasetBody {
  const envelope = {
    title: OPEN_DATA_TITLES[dataset].title,
    licence: OPEN_DATA_LICENCE,
    schema: schemaUrl(dataset),
    period: {
      year: report.period.year,
      quarter: report.period.quarter,
      from: report.period.from,
      to: report.period.to,
    },
    minCellCount: report.minCellCount,
    generatedAt: report.generatedAt.toISOString(),
  };
  if (dataset === 'pengaduan-per-unit') return { ...envelope, dataset, rows: report.units };
  if (dataset === 'pengaduan-per-bulan') return { ...envelope, dataset, rows: report.months };
  return { ...envelope, dataset, rows: report.ikm };
}

/** The list of datasets with their files, licence and the small-cell rule in force. */
export function openDataCatalogueOf(minCellCount: number): OpenDataCatalogue {
  return {
    title: 'Data terbuka layanan publik',
    publisher: 'Kecamatan Kertapati',
    licence: OPEN_DATA_LICENCE,
    minCellCount,
    note: `Tanpa data pribadi warga dan tanpa angka per pegawai. Unit dengan kurang dari ${minCellCount} pengaduan dalam periode tidak ditampilkan sendiri, melainkan digabung. Parameter: ?year=YYYY&quarter=1-4.`,
    datasets: OPEN_DATA_DATASETS.map((id) => ({
      id,
      ...OPEN_DATA_TITLES[id],
      csv: `/api/v1/public/open-data/${id}.csv`,
      json: `/api/v1/public/open-data/${id}.json`,
      schema: schemaUrl(id),
    })),
  };
}
