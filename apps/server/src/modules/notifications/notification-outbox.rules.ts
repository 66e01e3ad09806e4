// The outbox's retry timing (not a regulation: an operational choice, settings in config.ts `mailOutbox`).

/**
 * How long to wait before the next attempt after `attempts` failed ones: the base delay doubled per earlier failure
 * (1, 2, 4, 8 … minutes with the default base), never longer than the cap, so a short mail-server outage is
 * retried soon and a long one is not hammered.
 */
export function outboxRetryDelayMs(attempts: number, baseSeconds: number, maxSeconds: number): number {
  const exponent = Math.max(attempts - 1, 0);
  return Math.min(baseSeconds * 2 ** Math.min(exponent, 30), maxSeconds) * 1000;
}

/** Whether a message that has failed `attempts` times is given up (marked FAILED) instead of retried. */
export function isOutboxGivenUp(attempts: number, maxAttempts: number): boolean {
  return attempts >= maxAttempts;
}
