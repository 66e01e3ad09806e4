import type { LiveTopic } from '@sim/contracts';
import { todayOf } from '@sim/domain';
import type { Database } from '../../db/database';
import { publishLive, publishLiveAndPublic, publishPublicLive } from '../live/live.service';
import { findSuperiorChain } from '../org/org.service';
import { complaintWatcherRoles } from './complaints.policy';

// Live updates of complaints (issue 14 §1): after a change, inside its transaction, everyone who has the complaint on
// screen is told — the assignee, the assignee's superiors up the chain (their team queue and team view) and the
// roles that see every complaint. The payload is the id and the status only.

export async function publishComplaintLive(
  trx: Database,
  row: { id: number; status: string; assignee_employee_id: number | null; is_integrity: boolean },
  now: Date,
  topic: LiveTopic = 'complaint.changed',
): Promise<void> {
  const assignee = row.assignee_employee_id;
  const employeeIds =
    assignee === null ? [] : [assignee, ...(await findSuperiorChain(trx, assignee, todayOf(now)))];
  await publishLive(trx, { employeeIds, roles: complaintWatcherRoles(row) }, topic, {
    complaintId: row.id,
    status: row.status,
  });
}

/**
 * A complaint was received: the desk's queue (its watchers; nobody is assigned yet) and the public page's figures are
 * told in one insert and one announcement, as `publishComplaintLive` and `publishComplaintFigures` would (ADR 0014).
 */
export async function publishComplaintReceived(
  trx: Database,
  row: { id: number; is_integrity: boolean },
): Promise<void> {
  await publishLiveAndPublic(
    trx,
    { roles: complaintWatcherRoles(row) },
    'complaint.changed',
    { complaintId: row.id, status: 'DITERIMA' },
    'public.transparency',
  );
}

/** Statuses after which a complaint counts as finished on the public page (as `outcomeOf` counts them). */
const FINISHED = new Set(['SELESAI', 'DITUTUP']);

/**
 * The public transparency page's figures changed (ADR 0011): a complaint was received, or became finished. Told in
 * the change's transaction with no payload at all — the page re-reads its own anonymous figures.
 */
export async function publishComplaintFigures(
  trx: Database,
  change: { received: true } | { before: string; after: string },
): Promise<void> {
  if ('received' in change || (change.before !== change.after && FINISHED.has(change.after))) {
    await publishPublicLive(trx, 'public.transparency');
  }
}
