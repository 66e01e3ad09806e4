import { randomUUID } from 'node:crypto';
import type { FindingSeverity, RecommendationStatus } from '@sim/contracts';
import type { Database } from '../../db/database';
import { seedEmployee, seedOrgTree } from '../../../test/builders';

let seq = 0;

/** When seeded rows were made unless told (deterministic, whatever the machine's clock says). */
export const SEEDED_AT = new Date('2026-05-04T02:00:00Z');

/** A persisted team by decree with its members (the first is the leader), valid over the given period. */
export async function seedFollowUpTeam(
  db: Database,
  o: { memberIds: number[]; periodStart?: string; periodEnd?: string },
) {
  seq += 1;
  const team = await db
    .insertInto('oversight_teams')
    .values({
      name: `Tim Pengawas Uji ${seq}`,
      decree_number: `800/${seq}/SK/KEC/2026`,
      decree_date: o.periodStart ?? '2026-01-02',
      mandate: 'Pengawasan pelayanan dan integritas',
      period_start: o.periodStart ?? '2026-01-02',
      period_end: o.periodEnd ?? '2027-12-31',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [i, employeeId] of o.memberIds.entries()) {
    await db
      .insertInto('oversight_team_members')
      .values({ team_id: team.id, employee_id: employeeId, is_leader: i === 0 })
      .execute();
  }
  return team.id;
}

/** A persisted inspection of a unit by a team member on the starter checklist, submitted at `submittedAt`. */
export async function seedFollowUpInspection(
  db: Database,
  o: { teamId: number; inspectorId: number; unitId: number; submittedAt?: Date; complaintId?: number | null },
) {
  const version = await db
    .selectFrom('oversight_checklist_versions')
    .select('id')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const at = o.submittedAt ?? SEEDED_AT;
  const row = await db
    .insertInto('oversight_inspections')
    .values({
      client_uuid: randomUUID(),
      team_id: o.teamId,
      checklist_version_id: version.id,
      inspector_employee_id: o.inspectorId,
      kind: 'PLANNED',
      target_kind: 'UNIT',
      target_unit_id: o.unitId,
      complaint_id: o.complaintId ?? null,
      status: 'SUBMITTED',
      location: 'Ruang pelayanan',
      started_at: at,
      submitted_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A persisted finding of a team in a unit (from an inspection, or a complaint), ordinary unless told. */
export async function seedFollowUpFinding(
  db: Database,
  o: {
    teamId: number;
    unitId: number;
    inspectionId?: number | null;
    severity?: FindingSeverity;
    isIntegrity?: boolean;
    concernedEmployeeId?: number | null;
    complaintId?: number | null;
    createdAt?: Date;
  },
) {
  seq += 1;
  const row = await db
    .insertInto('oversight_findings')
    .values({
      team_id: o.teamId,
      unit_id: o.unitId,
      inspection_id: o.inspectionId ?? null,
      complaint_id: o.complaintId ?? null,
      concerned_employee_id: o.concernedEmployeeId ?? null,
      title: `Temuan uji ${seq}`,
      condition: 'Maklumat pelayanan tidak dipajang di ruang tunggu.',
      criterion: 'Maklumat pelayanan wajib dipublikasikan (UU 25/2009 Pasal 22).',
      cause: 'Papan lama rusak dan belum diganti.',
      effect: 'Pengguna layanan tidak mengetahui janji layanan.',
      severity: o.severity ?? 'SEDANG',
      is_integrity: o.isIntegrity ?? false,
      created_at: o.createdAt ?? SEEDED_AT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A persisted recommendation of a finding, owned by an employee or a unit. */
export async function seedFollowUpRecommendation(
  db: Database,
  o: {
    findingId: number;
    ownerEmployeeId?: number;
    ownerUnitId?: number;
    dueDate: string;
    status?: RecommendationStatus;
    createdAt?: Date;
  },
) {
  const row = await db
    .insertInto('oversight_recommendations')
    .values({
      finding_id: o.findingId,
      text: 'Pasang kembali maklumat pelayanan di ruang tunggu.',
      owner_kind: o.ownerUnitId ? 'UNIT' : 'EMPLOYEE',
      owner_employee_id: o.ownerUnitId ? null : (o.ownerEmployeeId ?? null),
      owner_unit_id: o.ownerUnitId ?? null,
      due_date: o.dueDate,
      status: o.status ?? 'OPEN',
      created_at: o.createdAt ?? SEEDED_AT,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * An office with the people of a follow-up: the Camat (Pimpinan), the Kasi (the owner's superior), a staff member
 * (the owner), the Lurah (head of the kelurahan), an inspector (team member, TIM_PENGAWAS) and an outsider; one team
 * with the inspector, one finding in the seksi and one recommendation owned by the staff member due `dueDate`.
 */
export async function seedFollowUpOffice(db: Database, o: { dueDate: string; isIntegrity?: boolean }) {
  const tree = await seedOrgTree(db);
  const camat = await seedEmployee(db, { positionId: tree.positions.camat, roles: ['PIMPINAN'] });
  const kasi = await seedEmployee(db, { positionId: tree.positions.kasi, login: true });
  const staf = await seedEmployee(db, { positionId: tree.positions.staf, login: true });
  const lurah = await seedEmployee(db, { positionId: tree.positions.lurah, login: true });
  const inspector = await seedEmployee(db, { positionId: tree.positions.stafKel, roles: ['TIM_PENGAWAS'] });
  const outsider = await seedEmployee(db, { positionId: tree.positions.stafKel, login: true });
  const teamId = await seedFollowUpTeam(db, { memberIds: [inspector.id] });
  const inspectionId = await seedFollowUpInspection(db, {
    teamId,
    inspectorId: inspector.id,
    unitId: tree.units.seksi,
  });
  const findingId = await seedFollowUpFinding(db, {
    teamId,
    inspectionId,
    unitId: tree.units.seksi,
    isIntegrity: o.isIntegrity,
    concernedEmployeeId: o.isIntegrity ? staf.id : null,
  });
  const recommendationId = await seedFollowUpRecommendation(db, {
    findingId,
    ownerEmployeeId: staf.id,
    dueDate: o.dueDate,
  });
  return {
    tree,
    camat,
    kasi,
    staf,
    lurah,
    inspector,
    outsider,
    teamId,
    inspectionId,
    findingId,
    recommendationId,
  };
}
