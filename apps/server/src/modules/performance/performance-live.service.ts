import type { LiveTopic } from '@sim/contracts';
import { todayOf } from '@sim/domain';
import type { Database } from '../../db/database';
import { publishLive } from '../live/live.service';
import { findSuperiorChain } from '../org/org.service';

// Live updates of SKPs (issue 14 §1): the owner's SKP pages and home, and the superiors' team view and approval
// to-dos, refresh when an SKP moves or feedback is written. Called inside the change's transaction; the payload is
// the SKP id and the step.

export async function publishSkpLive(
  trx: Database,
  skp: { id: number; employee_id: number },
  now: Date,
  topic: LiveTopic,
  step: string,
): Promise<void> {
  const superiors = await findSuperiorChain(trx, skp.employee_id, todayOf(now));
  await publishLive(trx, { employeeIds: [skp.employee_id, ...superiors] }, topic, { skpId: skp.id, step });
}
