/**
 * Privacy of SKM results about a single officer ([decision] in satisfaction-survey-skm.md): responses are anonymous,
 * and results attributed to one officer (e.g. U6/U7 about the officer who served) are shown only when enough
 * responses back them, so that no single respondent's answer can be read off. A response may leave an unsur
 * unanswered, so what backs a result is the number of **answers to that unsur**, not the number of responses that
 * name the officer: ten responses naming an officer of which one answers U6 back a U6 result with one answer.
 */

/** Fewest responses behind an officer-level SKM result before it is shown (default of the [decision]). */
export const DEFAULT_SKM_MIN_RESPONSES_PER_OFFICER = 10;

/** The unsur about the officer who served: U6 Kompetensi Pelaksana, U7 Perilaku Pelaksana. */
export type OfficerUnsurCode = 'U6' | 'U7';

/** The officer-level unsur, in order. */
export const OFFICER_UNSUR_CODES: readonly OfficerUnsurCode[] = ['U6', 'U7'];

/**
 * Whether an officer-level SKM result may be shown: at least `minResponses` (default 10) answers back it; below
 * that only unit-level results are shown. `answerCount` is the number of answers to the unsur the result is about
 * (a count that is not a number never reaches the threshold).
 */
export function canShowOfficerSkmResult(
  answerCount: number,
  options: { minResponses?: number } = {},
): boolean {
  return answerCount >= (options.minResponses ?? DEFAULT_SKM_MIN_RESPONSES_PER_OFFICER);
}

/**
 * Which officer-level unsur of one officer may be shown, each judged on its own answer count: U6 may be shown
 * while U7 stays hidden. A combined score of both (their converted mean) needs both.
 */
export function getOfficerSkmVisibility(
  answerCounts: Readonly<Record<OfficerUnsurCode, number>>,
  options: { minResponses?: number } = {},
): { U6: boolean; U7: boolean; any: boolean; both: boolean } {
  const U6 = canShowOfficerSkmResult(answerCounts.U6, options);
  const U7 = canShowOfficerSkmResult(answerCounts.U7, options);
  return { U6, U7, any: U6 || U7, both: U6 && U7 };
}

/**
 * Whether an individual response may show the name of the officer it names (the managers' response list): only
 * when every officer-level unsur the response answers is backed by enough answers for that officer, so the list
 * never pairs the officer with an answer a result below the threshold would hide. A response that answers neither
 * U6 nor U7 says nothing about the officer and keeps the name.
 */
export function canShowOfficerOnResponse(
  answered: Readonly<Record<OfficerUnsurCode, boolean>>,
  answerCounts: Readonly<Record<OfficerUnsurCode, number>>,
  options: { minResponses?: number } = {},
): boolean {
  const visible = getOfficerSkmVisibility(answerCounts, options);
  return OFFICER_UNSUR_CODES.every((code) => !answered[code] || visible[code]);
}
