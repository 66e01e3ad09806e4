/**
 * Ranks and position categories of ASN: PNS golongan/ruang with their pangkat (PP 99/2000 as listed in
 * asn-identity.md), PPPK golongan I–XVII (Perpres 98/2020), and the position categories of UU 20/2023 (ASN).
 */
import type { AsnKind } from './nip';

/** PNS golongan/ruang, e.g. `III/a`. */
export type GolonganPns =
  | 'I/a'
  | 'I/b'
  | 'I/c'
  | 'I/d'
  | 'II/a'
  | 'II/b'
  | 'II/c'
  | 'II/d'
  | 'III/a'
  | 'III/b'
  | 'III/c'
  | 'III/d'
  | 'IV/a'
  | 'IV/b'
  | 'IV/c'
  | 'IV/d'
  | 'IV/e';

/** PPPK golongan, I (lowest) to XVII. */
export type GolonganPppk =
  | 'I'
  | 'II'
  | 'III'
  | 'IV'
  | 'V'
  | 'VI'
  | 'VII'
  | 'VIII'
  | 'IX'
  | 'X'
  | 'XI'
  | 'XII'
  | 'XIII'
  | 'XIV'
  | 'XV'
  | 'XVI'
  | 'XVII';

/** PNS golongan/ruang with pangkat, from the lowest (I/a Juru Muda) to the highest (IV/e Pembina Utama). */
export const GOLONGAN_PNS: readonly { code: GolonganPns; pangkat: string }[] = [
  { code: 'I/a', pangkat: 'Juru Muda' },
  { code: 'I/b', pangkat: 'Juru Muda Tk. I' },
  { code: 'I/c', pangkat: 'Juru' },
  { code: 'I/d', pangkat: 'Juru Tk. I' },
  { code: 'II/a', pangkat: 'Pengatur Muda' },
  { code: 'II/b', pangkat: 'Pengatur Muda Tk. I' },
  { code: 'II/c', pangkat: 'Pengatur' },
  { code: 'II/d', pangkat: 'Pengatur Tk. I' },
  { code: 'III/a', pangkat: 'Penata Muda' },
  { code: 'III/b', pangkat: 'Penata Muda Tk. I' },
  { code: 'III/c', pangkat: 'Penata' },
  { code: 'III/d', pangkat: 'Penata Tk. I' },
  { code: 'IV/a', pangkat: 'Pembina' },
  { code: 'IV/b', pangkat: 'Pembina Tk. I' },
  { code: 'IV/c', pangkat: 'Pembina Utama Muda' },
  { code: 'IV/d', pangkat: 'Pembina Utama Madya' },
  { code: 'IV/e', pangkat: 'Pembina Utama' },
];

/** PPPK golongan from the lowest to the highest. */
export const GOLONGAN_PPPK: readonly GolonganPppk[] = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
];

/**
 * Whether `code` is a golongan of that kind of employee, written exactly as listed (`III/a` for PNS, `IX` for
 * PPPK). PNS and PPPK scales are different things: `III` is a PPPK golongan, not a PNS one.
 */
export function isValidGolongan(kind: AsnKind, code: string): boolean {
  return kind === 'PNS'
    ? GOLONGAN_PNS.some((entry) => entry.code === code)
    : (GOLONGAN_PPPK as readonly string[]).includes(code);
}

/** The pangkat of a PNS golongan/ruang (`III/a` → `Penata Muda`); undefined for anything else, PPPK included. */
export function pangkatOf(code: string): string | undefined {
  return GOLONGAN_PNS.find((entry) => entry.code === code)?.pangkat;
}

/**
 * "Pangkat/gol. ruang" as printed on the evaluation document: `Penata Muda (III/a)` for PNS, `Golongan IX` for PPPK.
 * Returns undefined for an unknown code.
 */
export function formatPangkatGolongan(kind: AsnKind, code: string): string | undefined {
  if (!isValidGolongan(kind, code)) return undefined;
  return kind === 'PNS' ? `${pangkatOf(code)} (${code})` : `Golongan ${code}`;
}

/** Position category (UU 20/2023): five managerial and two non-managerial. */
export type PositionCategory =
  'JPT_UTAMA' | 'JPT_MADYA' | 'JPT_PRATAMA' | 'ADMINISTRATOR' | 'PENGAWAS' | 'FUNGSIONAL' | 'PELAKSANA';

/** The position categories, managerial from the highest, then non-managerial, with Indonesian labels. */
export const POSITION_CATEGORIES: readonly {
  code: PositionCategory;
  label: string;
  fullLabel: string;
  group: 'MANAJERIAL' | 'NONMANAJERIAL';
}[] = [
  { code: 'JPT_UTAMA', label: 'JPT Utama', fullLabel: 'Jabatan Pimpinan Tinggi Utama', group: 'MANAJERIAL' },
  { code: 'JPT_MADYA', label: 'JPT Madya', fullLabel: 'Jabatan Pimpinan Tinggi Madya', group: 'MANAJERIAL' },
  {
    code: 'JPT_PRATAMA',
    label: 'JPT Pratama',
    fullLabel: 'Jabatan Pimpinan Tinggi Pratama',
    group: 'MANAJERIAL',
  },
  { code: 'ADMINISTRATOR', label: 'Administrator', fullLabel: 'Jabatan Administrator', group: 'MANAJERIAL' },
  { code: 'PENGAWAS', label: 'Pengawas', fullLabel: 'Jabatan Pengawas', group: 'MANAJERIAL' },
  { code: 'FUNGSIONAL', label: 'Fungsional', fullLabel: 'Jabatan Fungsional', group: 'NONMANAJERIAL' },
  { code: 'PELAKSANA', label: 'Pelaksana', fullLabel: 'Jabatan Pelaksana', group: 'NONMANAJERIAL' },
];

function findCategory(code: PositionCategory) {
  const category = POSITION_CATEGORIES.find((entry) => entry.code === code);
  if (category === undefined) {
    throw new RangeError(`Kategori jabatan tidak dikenal: ${String(code)}.`);
  }
  return category;
}

/** The Indonesian label of a position category (`PENGAWAS` → `Pengawas`). */
export function positionCategoryLabel(code: PositionCategory): string {
  return findCategory(code).label;
}

/** Whether the category is a *jabatan manajerial* (JPT, administrator, pengawas) under UU 20/2023. */
export function isManagerialCategory(code: PositionCategory): boolean {
  return findCategory(code).group === 'MANAJERIAL';
}

/**
 * The JPT codes the organisation data may record: `JPT` when only "Jabatan Pimpinan Tinggi" is recorded (the
 * organisation schema stores it so, without the tier), or one of the three tiers of UU 20/2023.
 */
const JPT_CODES: readonly string[] = ['JPT', 'JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA'];

/**
 * Whether a recorded position category is a *Jabatan Pimpinan Tinggi* (any tier, or the tier not recorded). JPT
 * holders write a perspektif instead of a leader's RHK (performance-skp.md). Unknown or missing values are not.
 */
export function isJptCategory(code: string | null | undefined): boolean {
  // Stryker disable next-line StringLiteral: any string outside JPT_CODES stands for a missing value alike.
  return JPT_CODES.includes(code ?? '');
}

/**
 * Whether a holder of this recorded category may be a *Pejabat Penilai Kinerja* by rank: PermenPANRB 6/2022 requires
 * at least a pejabat pengawas, i.e. a managerial position — JPT (with or without its tier), administrator, pengawas.
 * Total over whatever the data holds: an unknown or missing category cannot show the rank, so it is not a rater
 * (never a throw, which would turn every evaluation under that official into a server error). An official with
 * delegated authority is the exception the caller decides separately.
 */
export function canBeRaterByCategory(code: string | null | undefined): boolean {
  if (isJptCategory(code)) return true;
  const category = POSITION_CATEGORIES.find((entry) => entry.code === code);
  return category !== undefined && category.group === 'MANAJERIAL';
}
