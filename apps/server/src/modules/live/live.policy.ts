import type { Actor } from '../../lib/actor';

// Who may open the live event stream (deny by default). Every signed-in user may: the stream carries only events
// addressed to that user, so it shows nothing their own screens would not. A user who must change their password
// first has no screens yet, so no stream either.
export const canOpenLiveStream = (actor: Actor | null): actor is Actor =>
  actor !== null && !actor.mustChangePassword;
