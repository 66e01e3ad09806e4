// Public figures of complaint handling (issue 14 §4): the summary of a group of complaints and the small-cell rule
// that keeps a small unit's figures — which could describe one or two employees — off the public page and the open
// data. The minimum is a setting (default 5, `DEFAULT_OPEN_DATA_MIN_CELL` in the contracts); this file takes it as an
// argument.

/** The middle value (the mean of the two middle values for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export type ComplaintOutcome = { isFinished: boolean; isOnTime: boolean; workingDays: number | null };
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
export function summariseComplaints(outcomes: readonly ComplaintOutcome[]): ComplaintSummary {
  const finished = outcomes.filter((o) => o.isFinished);
  const onTime = finished.filter((o) => o.isOnTime).length;
  const days = finished.map((o) => o.workingDays).filter((d): d is number => d !== null);
  return {
    received: outcomes.length,
    finished: finished.length,
    finishedOnTime: onTime,
    onTimePercent: finished.length > 0 ? Math.round((onTime / finished.length) * 1000) / 10 : null,
    medianWorkingDays: median(days),
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
