import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import { recordAudit } from '../audit/audit.service';

// Integrity findings (possible misconduct) are restricted to the inspecting team, the Pimpinan and the person
// concerned (oversight-and-forum.md), and every read of one is written to the hash-chained audit log: who read
// which finding, through which screen or file. The read is recorded even when it is the team's own, so that the
// log answers "who has seen this" completely.

/** The audit action of a read of an integrity finding (or of a recommendation, follow-up or file under it). */
export const INTEGRITY_READ_ACTION = 'oversight.integrity_finding.read';

/**
 * Records that the actor read an integrity finding through `via` (e.g. 'recommendation', 'follow-up-file',
 * 'finding', 'inspection-report'). Call it after the policy allowed the read and before the data leaves.
 */
export async function recordIntegrityRead(
  db: Database,
  actor: Actor,
  findingId: number,
  via: string,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await recordAudit(db, auditContextOf(actor), {
    action: INTEGRITY_READ_ACTION,
    entityType: 'oversight_finding',
    entityId: findingId,
    after: { via, ...detail },
  });
}
