/**
 * The allowed distribution of employee predikat given the organisation's predikat (pola distribusi, SE MenPANRB
 * 3/2023 as reported by secondary sources). The rules are data with editable defaults; a deviation is a warning
 * that needs a written justification, never a block (performance-skp.md).
 */
import { PREDIKAT_LABELS } from './predikat';
import type { Predikat } from './predikat';

/** Predikat kinerja organisasi (capaian kinerja organisasi). */
export type OrganisationPredikat = 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';

/** Organisation predikat from the highest to the lowest. */
export const ORGANISATION_PREDIKATS: readonly OrganisationPredikat[] = [
  'ISTIMEWA',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
];

/** Indonesian labels of the organisation predikat. */
export const ORGANISATION_PREDIKAT_LABELS: Readonly<Record<OrganisationPredikat, string>> = {
  ISTIMEWA: 'Istimewa',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan (Cukup)',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};

/**
 * One constraint on the employees whose predikat is in `predikat`: their share at least `minPercent` and/or at most
 * `maxPercent` (0–100) of all employees, and/or their number at least `minCount` ("there must be some").
 */
export type DistributionConstraint = {
  predikat: readonly Predikat[];
  minPercent?: number;
  maxPercent?: number;
  minCount?: number;
};

/** The constraints per organisation predikat; editable by the administrator. */
export type DistributionRules = Readonly<Record<OrganisationPredikat, readonly DistributionConstraint[]>>;

/**
 * The defaults of performance-skp.md. "The rest" clauses add no constraint: every remaining predikat is allowed.
 * - Istimewa: Sangat Baik ≤ 70%.
 * - Baik: Baik ≤ 70%; at least one Butuh Perbaikan and/or Kurang/Misconduct.
 * - Butuh Perbaikan: Butuh Perbaikan ≥ 60%; Sangat Baik ≤ 10%.
 * - Kurang: Kurang/Misconduct ≥ 60%; Butuh Perbaikan ≥ 10%; Sangat Baik ≤ 10%.
 * - Sangat Kurang: Sangat Kurang ≥ 60%; Kurang and/or Butuh Perbaikan ≥ 10%; no Sangat Baik.
 */
export const DEFAULT_DISTRIBUTION_RULES: DistributionRules = {
  ISTIMEWA: [{ predikat: ['SANGAT_BAIK'], maxPercent: 70 }],
  BAIK: [
    { predikat: ['BAIK'], maxPercent: 70 },
    { predikat: ['BUTUH_PERBAIKAN', 'KURANG'], minCount: 1 },
  ],
  BUTUH_PERBAIKAN: [
    { predikat: ['BUTUH_PERBAIKAN'], minPercent: 60 },
    { predikat: ['SANGAT_BAIK'], maxPercent: 10 },
  ],
  KURANG: [
    { predikat: ['KURANG'], minPercent: 60 },
    { predikat: ['BUTUH_PERBAIKAN'], minPercent: 10 },
    { predikat: ['SANGAT_BAIK'], maxPercent: 10 },
  ],
  SANGAT_KURANG: [
    { predikat: ['SANGAT_KURANG'], minPercent: 60 },
    { predikat: ['KURANG', 'BUTUH_PERBAIKAN'], minPercent: 10 },
    { predikat: ['SANGAT_BAIK'], maxPercent: 0 },
  ],
};

/** A constraint the distribution does not meet, with the numbers and an Indonesian message. */
export type DistributionViolation = {
  constraint: DistributionConstraint;
  count: number;
  total: number;
  /** count / total × 100, unrounded. */
  percent: number;
  message: string;
};

/** The outcome of {@link checkPredikatDistribution}. */
export type DistributionCheck = { ok: boolean; total: number; violations: DistributionViolation[] };

function formatPercent(value: number): string {
  return `${value
    .toFixed(2)
    .replace(/\.?0+$/, '')
    .replace('.', ',')}%`;
}

/**
 * Checks employee predikat counts against the distribution the organisation predikat allows (SE MenPANRB 3/2023).
 * Percentages compare exactly (count × 100 against limit × total), so 7 of 10 Baik meets "at most 70%". With no
 * employees there is nothing to check and the result is ok. The caller warns and asks for a justification when
 * `ok` is false; it does not refuse the ratings.
 */
export function checkPredikatDistribution(
  organisation: OrganisationPredikat,
  counts: Partial<Record<Predikat, number>>,
  rules: DistributionRules = DEFAULT_DISTRIBUTION_RULES,
): DistributionCheck {
  const constraints = rules[organisation];
  if (constraints === undefined) {
    throw new RangeError(`Predikat organisasi tidak dikenal: ${String(organisation)}.`);
  }
  const values = Object.values(counts);
  for (const value of values) {
    if (!Number.isSafeInteger(value) || (value as number) < 0) {
      throw new RangeError(`Jumlah pegawai per predikat harus bilangan bulat tidak negatif, bukan ${value}.`);
    }
  }
  const total = values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
  if (total === 0) {
    return { ok: true, total, violations: [] };
  }
  const violations: DistributionViolation[] = [];
  for (const constraint of constraints) {
    const count = constraint.predikat.reduce((sum, predikat) => sum + (counts[predikat] ?? 0), 0);
    const percent = (count * 100) / total;
    const names = constraint.predikat.map((predikat) => PREDIKAT_LABELS[predikat]).join(' dan/atau ');
    const actual = `saat ini ${count} dari ${total} pegawai (${formatPercent(percent)})`;
    const problems: string[] = [];
    // A missing bound is neutral: at least 0%, at most 100%, at least 0 employees.
    if (count * 100 < (constraint.minPercent ?? 0) * total) {
      problems.push(`Predikat ${names} sedikitnya ${constraint.minPercent}%; ${actual}.`);
    }
    if (count * 100 > (constraint.maxPercent ?? 100) * total) {
      problems.push(
        constraint.maxPercent === 0
          ? `Predikat ${names} tidak diperbolehkan; ${actual}.`
          : `Predikat ${names} paling banyak ${constraint.maxPercent}%; ${actual}.`,
      );
    }
    if (count < (constraint.minCount ?? 0)) {
      problems.push(`Harus ada sedikitnya ${constraint.minCount} pegawai berpredikat ${names}; ${actual}.`);
    }
    for (const message of problems) {
      violations.push({ constraint, count, total, percent, message });
    }
  }
  return { ok: violations.length === 0, total, violations };
}

/** Counts a list of employee predikat per predikat, for {@link checkPredikatDistribution}. */
export function countPredikat(predikats: readonly Predikat[]): Partial<Record<Predikat, number>> {
  const counts: Partial<Record<Predikat, number>> = {};
  for (const predikat of predikats) {
    counts[predikat] = (counts[predikat] ?? 0) + 1;
  }
  return counts;
}
