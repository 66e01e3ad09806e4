import { randomUUID } from 'node:crypto';
import type { FindingSeverity, RecommendationStatus } from '@sim/contracts';
import { STARTER_CHECKLIST_CODE } from '@sim/contracts';
import type { Database } from '../../db/database';

// Test data for internal oversight: persisted teams, inspections, findings and recommendations with deterministic
// defaults (the team's period is 2026; the starter checklist from the migration).

let seq = 0;

/** The id of version 1 of the kecamatan starter checklist and its items (inserted by the migration). */
export async function starterVersion(db: Database) {
  const version = await db
    .selectFrom('oversight_checklist_versions as v')
    .innerJoin('oversight_checklist_templates as t', 't.id', 'v.template_id')
    .select(['v.id', 'v.template_id'])
    .where('t.code', '=', STARTER_CHECKLIST_CODE)
    .orderBy('v.version')
    .executeTakeFirstOrThrow();
  const items = await db
    .selectFrom('oversight_checklist_items')
    .selectAll()
    .where('version_id', '=', version.id)
    .orderBy('position')
    .execute();
  return { id: version.id, templateId: version.template_id, items };
}

/** A team by decree; the first member leads unless told. Period 2026-01-01 … 2026-12-31 by default. */
export async function seedTeam(
  db: Database,
  o: { members: number[]; leader?: number; periodStart?: string; periodEnd?: string; name?: string },
) {
  seq += 1;
  const team = await db
    .insertInto('oversight_teams')
    .values({
      name: o.name ?? `Tim Pengawas Uji ${seq}`,
      decree_number: `800/${seq}/ST/KEC/2026`,
      decree_date: '2026-01-02',
      mandate: 'Pengawasan pelayanan publik di titik layanan kecamatan dan kelurahan.',
      period_start: o.periodStart ?? '2026-01-01',
      period_end: o.periodEnd ?? '2026-12-31',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const leader = o.leader ?? o.members[0];
  await db
    .insertInto('oversight_team_members')
    .values(o.members.map((id) => ({ team_id: team.id, employee_id: id, is_leader: id === leader })))
    .execute();
  return team.id;
}

/** An inspection of a unit on the starter checklist; SUBMITTED (at `at`) unless told. */
export async function seedInspection(
  db: Database,
  o: {
    teamId: number;
    inspectorEmployeeId: number;
    unitId: number;
    status?: 'DRAFT' | 'SUBMITTED';
    at?: Date;
    planId?: number | null;
  },
) {
  const version = await starterVersion(db);
  const at = o.at ?? new Date('2026-08-04T02:00:00Z');
  const status = o.status ?? 'SUBMITTED';
  const row = await db
    .insertInto('oversight_inspections')
    .values({
      client_uuid: randomUUID(),
      plan_id: o.planId ?? null,
      team_id: o.teamId,
      checklist_version_id: version.id,
      inspector_employee_id: o.inspectorEmployeeId,
      kind: 'PLANNED',
      target_kind: 'UNIT',
      target_unit_id: o.unitId,
      status,
      started_at: at,
      submitted_at: status === 'SUBMITTED' ? at : null,
    })
    .returning(['id', 'client_uuid'])
    .executeTakeFirstOrThrow();
  return row;
}

/** A finding of an inspection (SEDANG, not integrity unless told). */
export async function seedFinding(
  db: Database,
  o: {
    teamId: number;
    inspectionId: number;
    unitId: number;
    severity?: FindingSeverity;
    isIntegrity?: boolean;
    concernedEmployeeId?: number | null;
    at?: Date;
  },
) {
  seq += 1;
  const row = await db
    .insertInto('oversight_findings')
    .values({
      team_id: o.teamId,
      inspection_id: o.inspectionId,
      unit_id: o.unitId,
      concerned_employee_id: o.concernedEmployeeId ?? null,
      title: `Temuan uji ${seq}`,
      condition: 'Maklumat pelayanan tidak dipajang di ruang tunggu.',
      criterion: 'Permenpan RB 15/2014: maklumat pelayanan wajib dipublikasikan.',
      cause: 'Papan maklumat rusak dan belum diganti.',
      effect: 'Pengguna layanan tidak mengetahui janji layanan.',
      severity: o.severity ?? 'SEDANG',
      is_integrity: o.isIntegrity ?? false,
      ...(o.at ? { created_at: o.at } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A recommendation owned by an employee (or a unit), OPEN unless told. */
export async function seedRecommendation(
  db: Database,
  o: {
    findingId: number;
    ownerEmployeeId?: number;
    ownerUnitId?: number;
    dueDate?: string;
    status?: RecommendationStatus;
  },
) {
  const row = await db
    .insertInto('oversight_recommendations')
    .values({
      finding_id: o.findingId,
      text: 'Pasang kembali maklumat pelayanan di ruang tunggu.',
      owner_kind: o.ownerEmployeeId ? 'EMPLOYEE' : 'UNIT',
      owner_employee_id: o.ownerEmployeeId ?? null,
      owner_unit_id: o.ownerEmployeeId ? null : (o.ownerUnitId ?? null),
      due_date: o.dueDate ?? '2026-10-03',
      status: o.status ?? 'OPEN',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
