// JP (jam pelajaran) and the completion rule of a training session (competency-training.md).

/** Minutes in one JP (Peraturan LAN 5/2018: 1 JP = 45 minutes of learning). */
export const MINUTES_PER_JP = 45;

/**
 * JP for a nonklasikal form from the minutes the organiser records: minutes ÷ 45, rounded **down** to a half JP
 * (competency-training.md [decision]). 100 minutes → 2 JP; 70 → 1,5; 44 → 0. Negative or non-finite input is 0.
 */
export function jpFromMinutes(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes <= 0) return 0;
  return Math.floor((minutes * 2) / MINUTES_PER_JP) / 2;
}

/** Share of the session's days a participant attended, in percent (0 when the session has no days). */
export function attendancePercent(daysPresent: number, sessionDays: number): number {
  if (sessionDays <= 0) return 0;
  return Math.round((Math.min(daysPresent, sessionDays) / sessionDays) * 10000) / 100;
}

export type CompletionRule = {
  /** Minimum share of days attended, percent (1–100). */
  minAttendancePercent: number;
  /** Pass mark of the post-test (0–100); null when the session has no post-test. */
  postTestPassMark: number | null;
};

export type CompletionResult =
  { completed: true } | { completed: false; reason: 'ATTENDANCE' | 'POST_TEST_MISSING' | 'POST_TEST_FAILED' };

/**
 * Whether a participant completed a session: attendance at or above the rule, and — when the session has a
 * post-test — a post-test score at or above its pass mark. Attendance is judged first.
 */
export function evaluateCompletion(
  rule: CompletionRule,
  participant: { attendancePercent: number; postTestScore: number | null },
): CompletionResult {
  if (participant.attendancePercent < rule.minAttendancePercent)
    return { completed: false, reason: 'ATTENDANCE' };
  if (rule.postTestPassMark !== null) {
    if (participant.postTestScore === null) return { completed: false, reason: 'POST_TEST_MISSING' };
    if (participant.postTestScore < rule.postTestPassMark)
      return { completed: false, reason: 'POST_TEST_FAILED' };
  }
  return { completed: true };
}
