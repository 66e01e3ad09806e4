import type { Database } from '../../db/database';

// The Pimpinan dashboard's own table: which Pimpinan has been told that a month's summary is ready.

/** Records the month's notice for each user who has none yet; returns the users newly recorded (to notify). */
export async function insertMonthlyNoticesOnce(
  db: Database,
  month: string,
  userIds: readonly number[],
  at: Date,
): Promise<number[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .insertInto('dashboard_monthly_summaries')
    .values(userIds.map((user_id) => ({ month, user_id, notified_at: at })))
    .onConflict((oc) => oc.columns(['month', 'user_id']).doNothing())
    .returning('user_id')
    .execute();
  return rows.map((r) => r.user_id);
}
