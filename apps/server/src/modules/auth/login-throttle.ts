/**
 * The login throttle as a pure rule over recorded attempts (no clock, no database), so the same rule guards the
 * log-in and the current-password check of a password change.
 *
 * Why this shape: a lock per account let anyone keep an employee out by failing ten times from anywhere, and only
 * existing names were throttled, which told a stranger which names exist. Here every rule is keyed on the *typed
 * name* (existing or not, so both get the same answers) and:
 * - the lock (LOGIN_LOCK_AFTER failures → LOGIN_LOCK_MINUTES) applies to the name **from that address** only;
 * - growing waits after 3 failures apply per name and address, and per name across all addresses (a slowdown for
 *   guesses spread over many addresses) — except for an address the account has logged in from before, so the
 *   owner at their usual office is not slowed by a stranger elsewhere.
 */
export type LoginAttempt = { ip: string; success: boolean; at: Date };

export type ThrottleSettings = {
  lockAfterFailures: number;
  lockMinutes: number;
  baseDelayMs: number;
  maxDelayMs: number;
};

export type ThrottleVerdict =
  { kind: 'ok' } | { kind: 'locked'; until: Date } | { kind: 'wait'; seconds: number };

/** Failures allowed before the first wait. */
export const FREE_FAILURES = 3;

/** Failures after the last success, within the window, newest first. */
function recentFailures(attempts: LoginAttempt[], now: Date, windowMs: number): LoginAttempt[] {
  const out: LoginAttempt[] = [];
  for (const a of attempts) {
    if (a.success) break;
    if (a.at.getTime() <= now.getTime() - windowMs) break;
    out.push(a);
  }
  return out;
}

function waitFor(failures: LoginAttempt[], now: Date, s: ThrottleSettings): number {
  if (s.baseDelayMs <= 0 || failures.length < FREE_FAILURES) return 0;
  const wait = Math.min(s.baseDelayMs * 2 ** (failures.length - FREE_FAILURES), s.maxDelayMs);
  return failures[0]!.at.getTime() + wait - now.getTime();
}

/**
 * Judges the next attempt on a name from `ip`. `attempts` are that name's recorded attempts (all addresses),
 * newest first, covering at least the last two lock windows; `isKnownAddress` says whether the account has logged in
 * from `ip` before.
 */
export function judgeLoginAttempt(
  attempts: LoginAttempt[],
  ip: string,
  isKnownAddress: boolean,
  now: Date,
  s: ThrottleSettings,
): ThrottleVerdict {
  const lockMs = s.lockMinutes * 60_000;
  const fromIp = attempts.filter((a) => a.ip === ip);

  // The lock: LOGIN_LOCK_AFTER failures from this address within LOGIN_LOCK_MINUTES of the latest one.
  const ipFailures = recentFailures(fromIp, now, 2 * lockMs);
  if (s.lockAfterFailures > 0 && ipFailures.length > 0) {
    const latest = ipFailures[0]!.at.getTime();
    const inWindow = ipFailures.filter((a) => a.at.getTime() > latest - lockMs).length;
    if (inWindow >= s.lockAfterFailures && now.getTime() < latest + lockMs) {
      return { kind: 'locked', until: new Date(latest + lockMs) };
    }
  }

  const windowMs = Math.max(lockMs, 60_000);
  let wait = waitFor(recentFailures(fromIp, now, windowMs), now, s);
  if (!isKnownAddress) wait = Math.max(wait, waitFor(recentFailures(attempts, now, windowMs), now, s));
  if (wait > 0) return { kind: 'wait', seconds: Math.ceil(wait / 1000) };
  return { kind: 'ok' };
}

/** Whether this failure is the one that starts a lock (for the audit log and the admin's user list). */
export function startsLock(attemptsAfter: LoginAttempt[], ip: string, now: Date, s: ThrottleSettings) {
  const verdict = judgeLoginAttempt(attemptsAfter, ip, true, now, { ...s, baseDelayMs: 0 });
  return verdict.kind === 'locked' ? verdict.until : null;
}
