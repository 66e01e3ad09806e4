import { describe, expect, it } from 'vitest';
import { median, summariseComplaints, suppressSmallCells } from './public-figures';

describe('median', () => {
  it.each([
    [[], null],
    [[4], 4],
    [[3, 1, 2], 2],
    [[5, 1, 2, 4], 3],
    [[2, 3], 2.5],
    [[0, 0, 7], 0],
  ])('median of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('summariseComplaints', () => {
  const done = (workingDays: number, isOnTime = true) => ({ isFinished: true, isOnTime, workingDays });
  const open = { isFinished: false, isOnTime: false, workingDays: null };

  it('counts received, finished and on time, with the on-time share of the finished to one decimal', () => {
    expect(summariseComplaints([done(2), done(4), done(9, false), open])).toEqual({
      received: 4,
      finished: 3,
      finishedOnTime: 2,
      onTimePercent: 66.7,
      medianWorkingDays: 4,
    });
  });

  it('has no percentage and no median while nothing is finished', () => {
    expect(summariseComplaints([open, open])).toEqual({
      received: 2,
      finished: 0,
      finishedOnTime: 0,
      onTimePercent: null,
      medianWorkingDays: null,
    });
    expect(summariseComplaints([]).received).toBe(0);
  });
});

describe('suppressSmallCells (small-cell rule)', () => {
  const cells = (...counts: number[]) => counts.map((count, i) => ({ key: `u${i}`, count }));
  it.each([
    // counts, minimum, suppressed keys, total shown
    [[10, 8, 6], 5, [], true],
    [[10, 8, 2, 3], 5, ['u2', 'u3'], true],
    // one small unit alone would be total − the others: the smallest shown unit joins it
    [[10, 8, 2], 5, ['u1', 'u2'], true],
    [[10, 8, 8, 2], 5, ['u1', 'u3'], true],
    [[5], 5, [], true],
    [[4], 5, ['u0'], false],
    [[2, 1], 5, ['u0', 'u1'], false],
    [[3, 3], 5, ['u0', 'u1'], true],
    [[1, 1, 1], 1, [], true],
  ])('counts %j with minimum %d suppress %j (office shown: %s)', (counts, min, keys, total) => {
    const result = suppressSmallCells(cells(...counts), min);
    expect([...result.suppressed].sort()).toEqual([...keys].sort());
    expect(result.isTotalShown).toBe(total);
  });
});
