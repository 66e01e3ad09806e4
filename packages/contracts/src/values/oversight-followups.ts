// Values of the API without zod: follow-up of oversight recommendations (issue 12). See ./index.ts.

/** What one may do to a recommendation (the same list as `RecommendationAction` in @sim/domain's state machine). */
export const RECOMMENDATION_ACTIONS = [
  'SUBMIT_FOLLOW_UP',
  'VERIFY_SESUAI',
  'VERIFY_BELUM_SESUAI',
  'VERIFY_TIDAK_DAPAT',
  'APPROVE_CANNOT_FOLLOW_UP',
  'REFUSE_CANNOT_FOLLOW_UP',
] as const;
export type RecommendationAction = (typeof RECOMMENDATION_ACTIONS)[number];

/** At most this many evidence files go with one follow-up. */
export const FOLLOW_UP_MAX_FILES = 5;
