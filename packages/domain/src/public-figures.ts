// Public figures of complaint handling (issue 14 §4): the summary of a group of complaints and the small-cell rule
// that keeps a small unit's figures — which could describe one or two employees — off the public page and the open
// data. The minimum is a setting (default 5, `DEFAULT_OPEN_DATA_MIN_CELL` in the contracts); this file takes it as an
// argument.

/** The middle value (the mean of the two middle values for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  return medianOfCounts(values.map((value) => ({ value, count: 1 })));
}

/**
 * `median` of values given with how often each occurs (`count` copies of `value`): the same answer as the list
 * written out, without writing it out — a city's year of complaints is a few hundred distinct durations.
 */
export function medianOfCounts(values: readonly { value: number; count: number }[]): number | null {
  const sorted = values.filter((v) => v.count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((sum, v) => sum + v.count, 0);
  if (n === 0) return null;
  /** The value at 0-based position `i` of the written-out sorted list. */
  const at = (i: number) => {
    let seen = 0;
    for (const v of sorted) {
      seen += v.count;
      if (i < seen) return v.value;
    }
    throw new RangeError('position beyond the values');
  };
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

export type ComplaintOutcome = { isFinished: boolean; isOnTime: boolean; workingDays: number | null };
/** `count` complaints with the same outcome (one when left out): a grouped read need not be written out. */
export type CountedComplaintOutcome = ComplaintOutcome & { count?: number };
export type ComplaintSummary = {
  received: number;
  finished: number;
  finishedOnTime: number;
  /** finishedOnTime / finished × 100, one decimal; null while nothing is finished. */
  onTimePercent: number | null;
  /** Median working days to finish over the finished complaints that have a duration. */
  medianWorkingDays: number | null;
};

/** Received, finished, finished on time, on-time % and median working days of a group of complaints. */
export function summariseComplaints(outcomes: readonly CountedComplaintOutcome[]): ComplaintSummary {
  let received = 0;
  let finished = 0;
  let onTime = 0;
  const days = new Map<number, number>();
  for (const o of outcomes) {
    const count = o.count ?? 1;
    received += count;
    if (!o.isFinished) continue;
    finished += count;
    if (o.isOnTime) onTime += count;
    if (o.workingDays !== null) days.set(o.workingDays, (days.get(o.workingDays) ?? 0) + count);
  }
  return {
    received,
    finished,
    finishedOnTime: onTime,
    onTimePercent: finished > 0 ? Math.round((onTime / finished) * 1000) / 10 : null,
    medianWorkingDays: medianOfCounts([...days].map(([value, count]) => ({ value, count }))),
  };
}

/**
 * Which groups (units) must not show figures of their own, given each group's count and the minimum.
 * - Primary: a group with fewer than `minCount` items.
 * - Secondary: when exactly one group is primary-suppressed and others are shown, the office total minus the shown
 *   groups would give it back, so the smallest shown group is suppressed too (ties: the first listed) and the merged
 *   row always joins at least two groups.
 * - When the total is below the minimum every group is suppressed (`total: false`: the office row too).
 */
export function suppressSmallCells<K>(
  cells: readonly { key: K; count: number }[],
  minCount: number,
): { suppressed: Set<K>; isTotalShown: boolean } {
  const total = cells.reduce((sum, c) => sum + c.count, 0);
  if (total < minCount) return { suppressed: new Set(cells.map((c) => c.key)), isTotalShown: false };
  const suppressed = new Set(cells.filter((c) => c.count < minCount).map((c) => c.key));
  const shown = cells.filter((c) => !suppressed.has(c.key));
  if (suppressed.size === 1 && shown.length > 0) {
    const smallest = shown.reduce((a, b) => (b.count < a.count ? b : a));
    suppressed.add(smallest.key);
  }
  return { suppressed, isTotalShown: true };
}
