// Values of the API without zod: live updates (issue 14 §1). A topic names what changed, so the web app knows which
// of its open screens to refresh; the payload says which record, never anything personal about someone else.

/** What a live event is about. The web app maps each topic to the queries it refreshes. */
export const LIVE_TOPICS = [
  /** A complaint was filed, verified, assigned, moved on, rated or commented on by the citizen. */
  'complaint.changed',
  /** The deadline job warned about, or recorded a breach or escalation of, a complaint. */
  'complaint.deadline',
  /** An SKP was submitted, approved, returned or changed. */
  'skp.changed',
  /** Feedback (umpan balik) or a rating was recorded on an SKP or its evaluation. */
  'skp.feedback',
  /** A new SKM response changed the results of a survey. */
  'survey.response',
  /** An oversight recommendation was assigned, followed up or verified. */
  'oversight.recommendation',
  /** A training enrolment was requested, approved, rejected or cancelled. */
  'training.enrolment',
  /** A notification arrived in the user's notification centre. */
  'notification',
  /**
   * Public, for nobody in particular: the figures of the transparency page changed (a complaint received or finished,
   * a survey result published or withdrawn). Carried on GET /api/v1/public/events, never on a user's stream.
   */
  'public.transparency',
] as const;
export type LiveTopic = (typeof LIVE_TOPICS)[number];

/** The SSE event name of the first message on a stream: it carries the last event id the user already has. */
export const LIVE_READY_EVENT = 'ready';

/** The public topics: one event for everyone (no recipient), sent on the anonymous public stream only. */
export const PUBLIC_LIVE_TOPICS = ['public.transparency'] as const;
export type PublicLiveTopic = (typeof PUBLIC_LIVE_TOPICS)[number];
