/**
 * Performance periods of a year (PermenPANRB 6/2022): the official example is quarterly ("TRIWULAN I … IV – AKHIR");
 * agencies may use months or semesters. Each scheme adds the annual (*akhir*) evaluation, which reviews the whole
 * year rather than averaging the periods. Also the BerAKHLAK core values with their behaviour guides and the
 * capaian (achievement percentage) of a numeric target.
 */
import { getDaysInMonth } from './calendar-date';
import { INDONESIAN_MONTHS } from './indonesian-format';

/** How a performance year is split into periodic evaluations. */
export type PeriodScheme = 'MONTHLY' | 'QUARTERLY' | 'SEMESTER';

/** One evaluation period; `kind` TAHUNAN is the annual evaluation spanning the whole year. */
export type PerformancePeriod = {
  seq: number;
  kind: 'PERIODIK' | 'TAHUNAN';
  label: string;
  startDate: string;
  endDate: string;
  /** Whole months covered, for the periodic angka kredit (months / 12 × percent × coefficient). */
  months: number;
};

/** Roman numerals of the quarters and semesters ("Triwulan IV", "Semester II"). */
const ROMAN = ['I', 'II', 'III', 'IV'];

const pad = (n: number) => String(n).padStart(2, '0');

/** Months per period for each scheme. */
export const PERIOD_MONTHS: Readonly<Record<PeriodScheme, number>> = {
  MONTHLY: 1,
  QUARTERLY: 3,
  SEMESTER: 6,
};

/**
 * The periods of a performance year, in order, followed by the annual evaluation (seq = number of periods + 1).
 * Labels follow the official form: "Triwulan I", "Semester II", "Januari"; the annual one is "Akhir (Tahunan)".
 */
export function performancePeriods(year: number, scheme: PeriodScheme): PerformancePeriod[] {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw new RangeError(`Tahun kinerja tidak valid: ${year}.`);
  }
  const length = PERIOD_MONTHS[scheme];
  if (length === undefined) throw new RangeError(`Skema periode tidak dikenal: ${String(scheme)}.`);
  const periods: PerformancePeriod[] = [];
  for (let i = 0; i < 12 / length; i++) {
    const firstMonth = i * length + 1;
    const lastMonth = firstMonth + length - 1;
    const label =
      scheme === 'MONTHLY'
        ? (INDONESIAN_MONTHS[i] as string)
        : `${scheme === 'QUARTERLY' ? 'Triwulan' : 'Semester'} ${ROMAN[i]}`;
    periods.push({
      seq: i + 1,
      kind: 'PERIODIK',
      label,
      startDate: `${year}-${pad(firstMonth)}-01`,
      endDate: `${year}-${pad(lastMonth)}-${pad(getDaysInMonth(year, lastMonth))}`,
      months: length,
    });
  }
  periods.push({
    seq: periods.length + 1,
    kind: 'TAHUNAN',
    label: 'Akhir (Tahunan)',
    startDate: `${year}-01-01`,
    endDate: `${year}-12-31`,
    months: 12,
  });
  return periods;
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A period's name as stored (the official Indonesian label `performancePeriods` gives) in English, for readers who
 * chose English: "Triwulan II" → "Quarter II", "Maret" → "March", "Akhir (Tahunan)" → "Final (annual)". A label
 * that this function did not produce (typed by hand) is returned unchanged.
 */
export function performancePeriodLabelEn(label: string): string {
  const month = INDONESIAN_MONTHS.indexOf(label);
  if (month >= 0) return MONTHS_EN[month] as string;
  if (label === 'Akhir (Tahunan)') return 'Final (annual)';
  const match = /^(Triwulan|Semester) (I|II|III|IV)$/.exec(label);
  if (match) return `${match[1] === 'Triwulan' ? 'Quarter' : 'Half-year'} ${match[2]}`;
  return label;
}

/** Adds calendar days to a `YYYY-MM-DD` date (deadlines counted in calendar days, e.g. "10 days after the period"). */
export function addCalendarDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/**
 * Capaian (achievement) of a numeric realisation against its target in percent, rounded to one decimal; null when
 * there is nothing to compare (no realisation yet, or a zero target).
 */
export function capaianPercent(realisation: number | null, target: number | null): number | null {
  // Stryker disable next-line ConditionalExpression: `null <= 0` is true in JS, so the null check only narrows the type
  if (realisation === null || target === null || target <= 0) return null;
  return Math.round((realisation / target) * 1000) / 10;
}

/** The BerAKHLAK core values of ASN with their behaviour guides (not the state-enterprise AKHLAK). */
export const BERAKHLAK: readonly { code: string; label: string; guides: readonly string[] }[] = [
  {
    code: 'BERORIENTASI_PELAYANAN',
    label: 'Berorientasi Pelayanan',
    guides: [
      'Memahami dan memenuhi kebutuhan masyarakat',
      'Ramah, cekatan, solutif, dan dapat diandalkan',
      'Melakukan perbaikan tiada henti',
    ],
  },
  {
    code: 'AKUNTABEL',
    label: 'Akuntabel',
    guides: [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi',
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ],
  },
  {
    code: 'KOMPETEN',
    label: 'Kompeten',
    guides: [
      'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
      'Membantu orang lain belajar',
      'Melaksanakan tugas dengan kualitas terbaik',
    ],
  },
  {
    code: 'HARMONIS',
    label: 'Harmonis',
    guides: [
      'Menghargai setiap orang apapun latar belakangnya',
      'Suka menolong orang lain',
      'Membangun lingkungan kerja yang kondusif',
    ],
  },
  {
    code: 'LOYAL',
    label: 'Loyal',
    guides: [
      'Memegang teguh ideologi Pancasila, UUD NRI 1945, setia kepada NKRI serta pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara',
      'Menjaga rahasia jabatan dan negara',
    ],
  },
  {
    code: 'ADAPTIF',
    label: 'Adaptif',
    guides: [
      'Cepat menyesuaikan diri menghadapi perubahan',
      'Terus berinovasi dan mengembangkan kreativitas',
      'Bertindak proaktif',
    ],
  },
  {
    code: 'KOLABORATIF',
    label: 'Kolaboratif',
    guides: [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ],
  },
];
