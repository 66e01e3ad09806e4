import type { LiveTopic } from '@sim/contracts';
import { todayOf } from '@sim/domain';
import type { Database } from '../../db/database';
import { publishLive } from '../live/live.service';
import { getSuperiorOf } from '../org/org.service';
import { complaintWatcherRoles } from './complaints.policy';

// Live updates of complaints (issue 14 §1): after a change, inside its transaction, everyone who has the complaint on
// screen is told — the assignee, the assignee's superiors up the chain (their team queue and team view) and the
// roles that see every complaint. The payload is the id and the status only.

/** How far up the position tree the team view of a superior reaches; deeper chains do not exist in a kecamatan. */
const SUPERIOR_CHAIN_LIMIT = 6;

async function superiorChainOf(db: Database, employeeId: number, date: string): Promise<number[]> {
  const chain: number[] = [];
  let current = employeeId;
  for (let i = 0; i < SUPERIOR_CHAIN_LIMIT; i++) {
    const superior = await getSuperiorOf(db, current, date);
    if (!superior || chain.includes(superior.employeeId) || superior.employeeId === employeeId) break;
    chain.push(superior.employeeId);
    current = superior.employeeId;
  }
  return chain;
}

export async function publishComplaintLive(
  trx: Database,
  row: { id: number; status: string; assignee_employee_id: number | null; is_integrity: boolean },
  now: Date,
  topic: LiveTopic = 'complaint.changed',
): Promise<void> {
  const assignee = row.assignee_employee_id;
  const employeeIds =
    assignee === null ? [] : [assignee, ...(await superiorChainOf(trx, assignee, todayOf(now)))];
  await publishLive(trx, { employeeIds, roles: complaintWatcherRoles(row) }, topic, {
    complaintId: row.id,
    status: row.status,
  });
}
