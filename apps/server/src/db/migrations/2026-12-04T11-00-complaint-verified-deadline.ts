import type { Kysely } from 'kysely';

// Issue 8 §2 rule 7: verification stops the verification clock. Before this fix a verified complaint awaiting
// disposition kept its verification deadline on the row (shown by Open311 `expected_datetime` and the tracking
// page); no window runs between verification and disposition, so the stored deadline is cleared.

export async function up(db: Kysely<any>): Promise<void> {
  await db
    .updateTable('complaints')
    .set({ deadline_at: null })
    .where('status', '=', 'DIVERIFIKASI')
    .execute();
}

export async function down(): Promise<void> {
  // The stale deadline is not restored: it was wrong.
}
