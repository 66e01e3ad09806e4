import { addCalendarDays } from './performance-periods';
import { isValidIsoDate } from './calendar-date';

// Due dates of oversight recommendations (oversight-and-forum.md, step 5): a default per severity of the finding,
// counted in calendar days from the day the recommendation is given. The numbers are a [decision] of the document,
// so they are an agency setting; the defaults below are the document's.

export type OversightSeverity = 'BERAT' | 'SEDANG' | 'RINGAN';

/** Calendar days from the recommendation to its due date, per finding severity. */
export type RecommendationDuePolicy = Record<OversightSeverity, number>;

/** oversight-and-forum.md: berat 30, sedang 60, ringan 90 days. */
export const DEFAULT_RECOMMENDATION_DUE_DAYS: RecommendationDuePolicy = { BERAT: 30, SEDANG: 60, RINGAN: 90 };

/** Largest number of days a setting may hold (one year): a longer window is no longer a follow-up. */
export const MAX_RECOMMENDATION_DUE_DAYS = 365;

/**
 * The default due date (`YYYY-MM-DD`) of a recommendation given on `givenOn` for a finding of `severity`: the
 * policy's days for the severity added as calendar days. The inspector may still set another date.
 */
export function defaultRecommendationDueDate(
  givenOn: string,
  severity: OversightSeverity,
  policy: RecommendationDuePolicy = DEFAULT_RECOMMENDATION_DUE_DAYS,
): string {
  if (!isValidIsoDate(givenOn)) throw new RangeError(`Tanggal tidak valid: ${givenOn}`);
  return addCalendarDays(givenOn, policy[severity]);
}

/**
 * Problems of a due-day setting, as field paths with a message (empty when valid): each severity a whole number
 * of days from 1 to MAX_RECOMMENDATION_DUE_DAYS, and a graver finding never given more time than a lighter one.
 */
export function validateRecommendationDuePolicy(
  policy: RecommendationDuePolicy,
): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  for (const severity of ['BERAT', 'SEDANG', 'RINGAN'] as const) {
    const days = policy[severity];
    if (!Number.isInteger(days) || days < 1 || days > MAX_RECOMMENDATION_DUE_DAYS) {
      problems.push({
        path: `dueDays.${severity}`,
        message: `Batas waktu harus 1 sampai ${MAX_RECOMMENDATION_DUE_DAYS} hari`,
      });
    }
  }
  if (problems.length === 0 && (policy.BERAT > policy.SEDANG || policy.SEDANG > policy.RINGAN)) {
    problems.push({
      path: 'dueDays',
      message:
        'Temuan yang lebih berat tidak boleh diberi waktu lebih lama daripada temuan yang lebih ringan',
    });
  }
  return problems;
}
