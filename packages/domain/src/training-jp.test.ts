import { describe, expect, it } from 'vitest';
import { attendancePercent, evaluateCompletion, jpFromMinutes } from './training-jp';

describe('jpFromMinutes', () => {
  it.each([
    [45, 1],
    [90, 2],
    [100, 2],
    [67, 1],
    [68, 1.5],
    [70, 1.5],
    [22, 0],
    [23, 0.5],
    [44, 0.5],
    [135, 3],
    [900, 20],
    [0, 0],
  ])('rounds minutes ÷ 45 down to half a JP: %i minutes → %d JP', (minutes, jp) => {
    expect(jpFromMinutes(minutes)).toBe(jp);
  });

  it.each([-30, Number.NaN, Number.POSITIVE_INFINITY])(
    'gives 0 JP for minutes that are not a duration: %d',
    (m) => {
      expect(jpFromMinutes(m)).toBe(0);
    },
  );
});

describe('attendancePercent', () => {
  it.each([
    [3, 3, 100],
    [2, 3, 66.67],
    [1, 4, 25],
    [0, 2, 0],
    [5, 3, 100],
    [1, 0, 0],
  ])('%i of %i days → %d %%', (present, days, pct) => {
    expect(attendancePercent(present, days)).toBe(pct);
  });
});

describe('evaluateCompletion', () => {
  it.each([
    [
      { minAttendancePercent: 100, postTestPassMark: null },
      { attendancePercent: 100, postTestScore: null },
      { completed: true },
    ],
    [
      { minAttendancePercent: 100, postTestPassMark: null },
      { attendancePercent: 66.67, postTestScore: null },
      { completed: false, reason: 'ATTENDANCE' },
    ],
    [
      { minAttendancePercent: 75, postTestPassMark: null },
      { attendancePercent: 75, postTestScore: null },
      { completed: true },
    ],
    [
      { minAttendancePercent: 75, postTestPassMark: 70 },
      { attendancePercent: 100, postTestScore: 70 },
      { completed: true },
    ],
    [
      { minAttendancePercent: 75, postTestPassMark: 70 },
      { attendancePercent: 100, postTestScore: 69.5 },
      { completed: false, reason: 'POST_TEST_FAILED' },
    ],
    [
      { minAttendancePercent: 75, postTestPassMark: 70 },
      { attendancePercent: 100, postTestScore: null },
      { completed: false, reason: 'POST_TEST_MISSING' },
    ],
    [
      { minAttendancePercent: 75, postTestPassMark: 70 },
      { attendancePercent: 50, postTestScore: 95 },
      { completed: false, reason: 'ATTENDANCE' },
    ],
  ] as const)(
    'completes only with enough attendance and a passed post-test (case %#)',
    (rule, participant, result) => {
      expect(evaluateCompletion(rule, participant)).toEqual(result);
    },
  );
});
