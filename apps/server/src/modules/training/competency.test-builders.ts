import type { TrainingNeedList } from '@sim/contracts';
import type { Database } from '../../db/database';
import type { TestApp } from '../../../test/test-app';
import { api, seedPerfOffice } from '../performance/performance.test-builders';

export { api } from '../performance/performance.test-builders';

// Test data for competencies and training needs: the performance tests' small office (Camat ← Kasi ← Staf,
// Fungsional; Camat ← Lurah; an Admin Kepegawaian without an employee record) with the fungsional's position, and
// helpers for programmes, sessions and late complaints.

export type CompetencyOffice = Awaited<ReturnType<typeof seedCompetencyOffice>>;

export async function seedCompetencyOffice(t: TestApp) {
  const office = await seedPerfOffice(t);
  const fungsional = await t.db
    .selectFrom('employee_positions')
    .select('position_id')
    .where('employee_id', '=', office.ids.staf2)
    .executeTakeFirstOrThrow();
  return { ...office, positions: { ...office.tree.positions, fungsional: fungsional.position_id } };
}

export async function competencyIdOf(db: Database, code: string): Promise<number> {
  const row = await db
    .selectFrom('competencies')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A programme addressing the competencies (by code) with one open session starting at `startsAt`. */
export async function seedProgrammeWithSession(
  db: Database,
  o: { title: string; codes: string[]; startsAt: string; capacity?: number },
) {
  const programme = await db
    .insertInto('training_programmes')
    .values({ title: o.title, jp: 8, form: 'KLASIKAL', provider: 'INTERNAL' })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const code of o.codes) {
    await db
      .insertInto('training_programme_competencies')
      .values({ programme_id: programme.id, competency_id: await competencyIdOf(db, code) })
      .execute();
  }
  const start = new Date(o.startsAt);
  const session = await db
    .insertInto('training_sessions')
    .values({
      programme_id: programme.id,
      starts_at: start,
      ends_at: new Date(start.getTime() + 6 * 3_600_000),
      location: 'Aula Kantor Camat',
      capacity: o.capacity ?? 20,
      status: 'OPEN',
      jp: 8,
      min_attendance_percent: 80,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { programmeId: programme.id, sessionId: session.id };
}

let ticketSeq = 0;
/** A complaint assigned to the employee that breached its deadline (as the SLA job marks it). */
export async function seedLateComplaint(
  db: Database,
  o: { categoryId: number; unitId: number; assigneeId: number; receivedAt: string },
) {
  ticketSeq += 1;
  await db
    .insertInto('complaints')
    .values({
      ticket: `UJI-TELAT-${ticketSeq}`,
      tracking_hash: `hash-telat-${ticketSeq}`,
      category_id: o.categoryId,
      kind: 'PENGADUAN',
      channel: 'WEB',
      description: 'Lampu jalan mati sejak dua minggu',
      kelurahan: 'Uji',
      address: 'Jl. Uji No. 1',
      status: 'DIPROSES',
      received_at: new Date(o.receivedAt),
      unit_id: o.unitId,
      assignee_employee_id: o.assigneeId,
      was_breached: true,
      attributes: '{}',
      pauses: '[]',
    })
    .execute();
}

/** The training needs list as `cookie`'s user reads it (`query`: scope, unitId, employeeId, status). */
export async function listNeeds(t: TestApp, cookie: string, query = 'scope=team'): Promise<TrainingNeedList> {
  const res = await api(t).get(`/api/v1/training-needs?${query}`, cookie);
  if (res.statusCode !== 200) throw new Error(`training-needs: ${res.statusCode} ${res.body}`);
  return res.json() as TrainingNeedList;
}
