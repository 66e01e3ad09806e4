import type { ComplaintStatus } from '@sim/contracts';
import type { Database } from '../../db/database';

// Test data for the dashboards: complaints in the state the workflow and the SLA job leave them (finished on time or
// late, rated, escalated), persisted directly; the workflow that produces them has its own tests.

let seq = 0;

export async function seedDashboardComplaint(
  db: Database,
  o: {
    categoryId: number;
    unitId: number;
    assigneeId: number;
    receivedAt: string;
    status?: ComplaintStatus;
    resolvedAt?: string;
    wasBreached?: boolean;
    rating?: number;
    deadlineAt?: string;
    escalationLevel?: number;
  },
) {
  seq += 1;
  const row = await db
    .insertInto('complaints')
    .values({
      ticket: `UJI-DASBOR-${seq}`,
      tracking_hash: `hash-dasbor-${seq}`,
      category_id: o.categoryId,
      kind: 'PENGADUAN',
      channel: 'WEB',
      description: 'Saluran air tersumbat di depan rumah warga',
      kelurahan: 'Uji',
      address: `Jl. Uji No. ${seq}`,
      status: o.status ?? 'DIPROSES',
      received_at: new Date(o.receivedAt),
      unit_id: o.unitId,
      assignee_employee_id: o.assigneeId,
      resolved_at: o.resolvedAt ? new Date(o.resolvedAt) : null,
      resolution_working_days: o.resolvedAt ? 3 : null,
      was_breached: o.wasBreached ?? false,
      rating: o.rating ?? null,
      window_started_at: new Date(o.receivedAt),
      window_days: 5,
      deadline_at: o.deadlineAt ? new Date(o.deadlineAt) : null,
      escalation_level: o.escalationLevel ?? 0,
      attributes: '{}',
      pauses: '[]',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
