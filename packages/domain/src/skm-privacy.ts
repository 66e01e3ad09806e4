/**
 * Privacy of SKM results about a single officer ([decision] in satisfaction-survey-skm.md): responses are anonymous,
 * and results attributed to one officer (e.g. U6/U7 about the officer who served) are shown only when enough
 * responses back them, so that no single respondent's answer can be read off.
 */

/** Fewest responses behind an officer-level SKM result before it is shown (default of the [decision]). */
export const DEFAULT_SKM_MIN_RESPONSES_PER_OFFICER = 10;

/**
 * Whether an officer-level SKM result may be shown: at least `minResponses` (default 10) responses back it; below
 * that only unit-level results are shown.
 */
export function canShowOfficerSkmResult(
  responseCount: number,
  options: { minResponses?: number } = {},
): boolean {
  return responseCount >= (options.minResponses ?? DEFAULT_SKM_MIN_RESPONSES_PER_OFFICER);
}
