import type { ComplaintStatus } from '@sim/contracts';
import { seedUser } from '../../../test/builders';
import type { TestApp } from '../../../test/test-app';
import type { Database } from '../../db/database';
import { seedComplaintCategory } from '../complaints/complaints.test-builders';
import {
  api,
  seedApprovedSkpChain,
  seedSkp,
  type PerfOffice,
} from '../performance/performance.test-builders';

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

/**
 * The scene of the dashboard-cache tests (ADR 0012, 0018): the approved Camat→Kasi→Staf SKP chain, Staf2's SKP
 * submitted and waiting for the Kasi's approval, a complaint desk officer (signed in) and an open complaint of Staf.
 */
export async function seedDashboardCacheScene(
  t: TestApp,
  office: PerfOffice,
  yearId: number,
  complaint: { receivedAt: string; deadlineAt: string; categoryCode?: string; petugas: string },
) {
  const { kasi, staf } = await seedApprovedSkpChain(t, office, yearId);
  const staf2 = await seedSkp(t, office.cookies.staf2, yearId, { parentRhkId: kasi.rhk[0]!.id });
  const submitted = await api(t).send(
    'POST',
    `/api/v1/performance/skps/${staf2.id}/submit`,
    office.cookies.staf2,
    {},
  );
  if (submitted.statusCode !== 200) throw new Error(submitted.body);
  await seedUser(t.db, { username: complaint.petugas, roles: ['PETUGAS_PENGADUAN'] });
  const petugas = await t.login(complaint.petugas);
  const cat = await seedComplaintCategory(t.db, {
    unitId: office.tree.units.seksi,
    ...(complaint.categoryCode ? { code: complaint.categoryCode } : {}),
  });
  const complaintId = await seedDashboardComplaint(t.db, {
    categoryId: cat.id,
    unitId: office.tree.units.seksi,
    assigneeId: office.ids.staf,
    receivedAt: complaint.receivedAt,
    deadlineAt: complaint.deadlineAt,
  });
  return { stafSkp: staf, staf2SkpId: staf2.id, petugas, complaintId };
}
