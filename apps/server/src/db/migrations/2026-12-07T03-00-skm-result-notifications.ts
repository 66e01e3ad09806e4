import type { Kysely } from 'kysely';
import { addNotificationTypes, removeNotificationTypes } from './notification-type-checks';

// Issue 14 §1/§3 "a survey result": closing an SKM survey notifies the unit's head and the survey managers
// (SKM_RESULT, or SKM_RESULT_LOW when the IKM falls to mutu C/D). The two kinds join the type checks of the
// notification tables (the contract's NOTIFICATION_TYPES; migrations never import app code).
const TYPES = ['SKM_RESULT', 'SKM_RESULT_LOW'];

export async function up(db: Kysely<any>): Promise<void> {
  await addNotificationTypes(db, TYPES);
}

export async function down(db: Kysely<any>): Promise<void> {
  await removeNotificationTypes(db, TYPES);
}
