/**
 * The 20 JP target and internal-trainer figures (competency-training.md). Every ASN has the right to at least 20 JP
 * (jam pelajaran, 45 minutes each) of competency development a year (PP 11/2017, Peraturan LAN 5/2018); whether that
 * still holds is unverified, so the target is an agency setting whose default is {@link DEFAULT_JP_TARGET}. JP come
 * in steps of 0,5, so sums are kept in half-JP integers to stay exact.
 */

/** The default yearly JP target (PP 11/2017): 20 JP. */
export const DEFAULT_JP_TARGET = 20;

/** Sums JP figures exactly (they come in 0,5 steps; binary floats would drift over many additions). */
export function sumJp(values: readonly number[]): number {
  let halves = 0;
  for (const v of values) halves += Math.round(v * 2);
  return halves / 2;
}

/** One employee's JP this year against the target. */
export type JpProgress = {
  jp: number;
  target: number;
  /** JP still missing (0 once reached). */
  remaining: number;
  /** jp ÷ target × 100, capped at 100, one decimal; 100 when the target is 0. */
  percent: number;
  isReached: boolean;
};

/**
 * Progress toward the yearly target: reached when the JP credited this year are at least the target (20 JP is
 * "at least 20"), the percentage capped at 100 so a bar never overflows.
 */
export function jpTargetProgress(jp: number, target: number): JpProgress {
  if (!Number.isFinite(jp) || jp < 0) throw new RangeError('JP harus bilangan tidak negatif.');
  if (!Number.isFinite(target) || target < 0) throw new RangeError('Target JP harus bilangan tidak negatif.');
  const isReached = jp >= target;
  const percent = target === 0 ? 100 : Math.min(100, Math.round((jp / target) * 1000) / 10);
  return { jp, target, remaining: isReached ? 0 : sumJp([target, -jp]), percent, isReached };
}

/** How many of a group reached the target. */
export type JpCoverage = {
  employees: number;
  reached: number;
  below: number;
  /** reached ÷ employees × 100, one decimal; null for an empty group. */
  percent: number | null;
  /** Average JP per employee, one decimal; null for an empty group. */
  averageJp: number | null;
};

/** Coverage of the target in a group (a unit, the office, a superior's team): who reached it and who is below. */
export function jpCoverage(jpPerEmployee: readonly number[], target: number): JpCoverage {
  const employees = jpPerEmployee.length;
  const reached = jpPerEmployee.filter((jp) => jpTargetProgress(jp, target).isReached).length;
  return {
    employees,
    reached,
    below: employees - reached,
    percent: employees === 0 ? null : Math.round((reached / employees) * 1000) / 10,
    averageJp: employees === 0 ? null : Math.round((sumJp(jpPerEmployee) / employees) * 10) / 10,
  };
}

/**
 * Cost saving of internal training [decision]: what the agency would have paid external trainers for the same
 * teaching, the external trainer cost per JP (an agency setting, rupiah) × the JP internal trainers delivered.
 * Rounded to whole rupiah.
 */
export function trainingCostSaving(externalCostPerJp: number, internalJpDelivered: number): number {
  if (!Number.isFinite(externalCostPerJp) || externalCostPerJp < 0) {
    throw new RangeError('Biaya pelatih eksternal per JP harus bilangan tidak negatif.');
  }
  if (!Number.isFinite(internalJpDelivered) || internalJpDelivered < 0) {
    throw new RangeError('JP yang diajarkan harus bilangan tidak negatif.');
  }
  return Math.round(externalCostPerJp * internalJpDelivered);
}

/** The quarter (1–4) of a calendar date `YYYY-MM-DD`. */
export function quarterOfIsoDate(isoDate: string): 1 | 2 | 3 | 4 {
  const month = Number(isoDate.slice(5, 7));
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Tanggal tidak valid: ${isoDate}.`);
  }
  return Math.ceil(month / 3) as 1 | 2 | 3 | 4;
}

/** First and last day of a reporting period: a quarter of a year, or the whole year when `quarter` is null. */
export function reportPeriodRange(year: number, quarter: 1 | 2 | 3 | 4 | null): { from: string; to: string } {
  if (!Number.isInteger(year) || year < 1900 || year > 9999)
    throw new RangeError(`Tahun tidak valid: ${year}.`);
  if (quarter === null) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const first = (quarter - 1) * 3 + 1;
  const last = first + 2;
  const lastDay = [31, 30, 30, 31][quarter - 1];
  const mm = (m: number) => String(m).padStart(2, '0');
  return { from: `${year}-${mm(first)}-01`, to: `${year}-${mm(last)}-${lastDay}` };
}

/**
 * Whether an employee is "behind" and gets a reminder (issue 11 §3): only in the last quarter of the year (from
 * 1 October, when what is left of the year is the last chance to catch up) and only while below the target.
 */
export function isJpReminderDue(today: string, jp: number, target: number): boolean {
  return quarterOfIsoDate(today) === 4 && !jpTargetProgress(jp, target).isReached;
}
