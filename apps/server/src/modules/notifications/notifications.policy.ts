import type { Actor } from '../../lib/actor';

// The notification centre is personal: every signed-in user has one and reads only their own. There is no role
// that reads another user's notifications (not even an administrator): the repository filters every read and
// write by the reader, so another user's notification is simply not found (404).

/** Whether the actor has a notification centre: any signed-in account. */
export function canUseNotificationCentre(actor: Pick<Actor, 'userId'>): boolean {
  return actor.userId > 0;
}

/** The notification centre's part of `/auth/me`: the screen for every signed-in user. */
export function notificationsCapabilities(actor: Actor) {
  return { screens: canUseNotificationCentre(actor) ? (['notifications'] as const) : [] };
}
