import { describe, expect, it } from 'vitest';
import { median, medianOfCounts, summariseComplaints, suppressSmallCells } from './public-figures';

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

describe('medianOfCounts', () => {
  it.each([
    [[], null],
    [[{ value: 4, count: 0 }], null],
    [[{ value: 4, count: 3 }], 4],
    [
      [
        { value: 9, count: 1 },
        { value: 2, count: 2 },
      ],
      2,
    ],
    [
      [
        { value: 5, count: 2 },
        { value: 1, count: 2 },
      ],
      3,
    ],
    [
      [
        { value: 2, count: 1 },
        { value: 3, count: 1 },
      ],
      2.5,
    ],
  ])('median of %j is %s', (values, expected) => {
    expect(medianOfCounts(values)).toBe(expected);
  });

  it('equals the median of the values written out', () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 200; round++) {
      const values = Array.from({ length: 1 + random(6) }, () => ({ value: random(40), count: random(5) }));
      const written = values.flatMap((v) => Array.from({ length: v.count }, () => v.value));
      expect(medianOfCounts(values)).toBe(median(written));
    }
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

  it('takes counted outcomes (a grouped read) as the same complaints written out', () => {
    const counted = [
      { ...done(2), count: 3 },
      { ...done(7, false), count: 2 },
      { ...open, count: 4 },
      { isFinished: true, isOnTime: true, workingDays: null, count: 1 },
    ];
    const written = counted.flatMap(({ count, ...o }) => Array.from({ length: count }, () => o));
    expect(summariseComplaints(counted)).toEqual(summariseComplaints(written));
    expect(summariseComplaints(counted)).toEqual({
      received: 10,
      finished: 6,
      finishedOnTime: 4,
      onTimePercent: 66.7,
      medianWorkingDays: 2,
    });
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
