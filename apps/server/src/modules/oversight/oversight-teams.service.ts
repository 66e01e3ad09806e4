import type {
  OversightPersonList,
  InspectorCandidateList,
  OversightTeam,
  OversightTeamInput,
  OversightTeamList,
} from '@sim/contracts';
import { fullNameOf, todayOf } from '@sim/domain';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { findUnitSubtreeIds } from '../org/org.service';
import * as repo from './oversight.repository';
import {
  INSPECTOR_CANDIDATE_ROLE,
  canManageOversightTeams,
  canReadOversightTeams,
  type OversightRelation,
} from './oversight.policy';

// Teams by decree (surat tugas): the Pimpinan names members from the holders of the oversight-team role, one of
// them the leader, with a mandate and a period. Only members act as inspectors, and only within the period: every
// other oversight service asks `relationOf` which teams the actor may act for today.

/** Whether `today` (YYYY-MM-DD, WIB) falls within a team's period. */
export const isTeamActiveOn = (t: { period_start: string; period_end: string }, today: string) =>
  t.period_start <= today && today <= t.period_end;

/**
 * How the actor stands to the oversight teams today: the teams they act for (member, period running), every team
 * they were on, and the units they work in (for announced plans aimed at their unit).
 */
export async function relationOf(db: Database, actor: Actor, today: string): Promise<OversightRelation> {
  if (actor.employeeId === null) return { activeTeamIds: [], memberTeamIds: [], ownUnitIds: [] };
  const memberships = await repo.findMembershipsOf(db, actor.employeeId);
  const unitId = await repo.findEmployeeUnitOn(db, actor.employeeId, today);
  return {
    activeTeamIds: memberships.filter((m) => isTeamActiveOn(m, today)).map((m) => m.team_id),
    memberTeamIds: memberships.map((m) => m.team_id),
    ownUnitIds: unitId === null ? [] : await findUnitSubtreeIds(db, unitId),
  };
}

async function toTeams(db: Database, rows: repo.TeamRow[], today: string, rel: OversightRelation) {
  const members = await repo.findTeamMembers(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((t): OversightTeam => ({
    id: t.id,
    name: t.name,
    decreeNumber: t.decree_number,
    decreeDate: t.decree_date,
    mandate: t.mandate,
    periodStart: t.period_start,
    periodEnd: t.period_end,
    isActive: isTeamActiveOn(t, today),
    members: members
      .filter((m) => m.team_id === t.id)
      .map((m) => ({ employeeId: m.employee_id, name: fullNameOf(m), nip: m.nip, isLeader: m.is_leader })),
    isMine: rel.activeTeamIds.includes(t.id),
  }));
}

/** Every team, newest period first (the Pimpinan and the oversight-team role). */
export async function listTeams(ctx: ServiceContext, actor: Actor): Promise<OversightTeamList> {
  if (!canReadOversightTeams(actor)) throw forbidden();
  const today = todayOf(ctx.now());
  const rel = await relationOf(ctx.db, actor, today);
  return { items: await toTeams(ctx.db, await repo.findTeams(ctx.db), today, rel) };
}

export async function getTeam(ctx: ServiceContext, actor: Actor, id: number): Promise<OversightTeam> {
  if (!canReadOversightTeams(actor)) throw forbidden();
  const today = todayOf(ctx.now());
  const rows = await repo.findTeams(ctx.db, [id]);
  if (rows.length === 0) throw notFound('Tim pengawas');
  const [team] = await toTeams(ctx.db, rows, today, await relationOf(ctx.db, actor, today));
  return team!;
}

/** The employees who may be put on a team: active holders of the oversight-team role. */
export async function listInspectorCandidates(
  ctx: ServiceContext,
  actor: Actor,
): Promise<InspectorCandidateList> {
  if (!canManageOversightTeams(actor)) throw forbidden();
  const rows = await repo.findRoleHolders(ctx.db, INSPECTOR_CANDIDATE_ROLE, todayOf(ctx.now()));
  return {
    items: rows
      .map((r) => ({ employeeId: r.employee_id, name: fullNameOf(r), nip: r.nip, unitName: r.unit_name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'id')),
  };
}

/** Checks a decree's members: each once, exactly one leader, every one a holder of the oversight-team role. */
async function checkTeam(db: Database, input: OversightTeamInput, today: string) {
  if (input.periodEnd < input.periodStart) {
    throw invalid('periodEnd', 'Akhir masa tugas tidak boleh sebelum awal masa tugas');
  }
  const ids = input.members.map((m) => m.employeeId);
  const seen = new Set<number>();
  ids.forEach((id, i) => {
    if (seen.has(id)) throw invalid(`members.${i}.employeeId`, 'Pegawai ini sudah ada di daftar anggota');
    seen.add(id);
  });
  const leaders = input.members.filter((m) => m.isLeader).length;
  if (leaders !== 1) throw invalid('members', 'Tim harus memiliki tepat satu ketua');
  const holders = new Set(
    (await repo.findRoleHolders(db, INSPECTOR_CANDIDATE_ROLE, today, ids)).map((h) => h.employee_id),
  );
  ids.forEach((id, i) => {
    if (!holders.has(id)) {
      throw invalid(
        `members.${i}.employeeId`,
        'Anggota tim harus pegawai aktif yang memegang peran Tim Pengawas',
      );
    }
  });
}

/** Forms a team by decree. */
export async function createTeam(
  ctx: ServiceContext,
  actor: Actor,
  input: OversightTeamInput,
): Promise<OversightTeam> {
  if (!canManageOversightTeams(actor)) throw forbidden();
  const today = todayOf(ctx.now());
  await checkTeam(ctx.db, input, today);
  if (await repo.findTeamByDecree(ctx.db, input.decreeNumber)) {
    throw conflict('decreeNumber', 'Nomor surat tugas sudah dipakai tim lain');
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await repo.insertTeam(trx, {
      name: input.name,
      decree_number: input.decreeNumber,
      decree_date: input.decreeDate,
      mandate: input.mandate,
      period_start: input.periodStart,
      period_end: input.periodEnd,
      created_by: actor.userId,
    });
    await repo.replaceTeamMembers(trx, id, input.members);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'oversight.team.create',
      entityType: 'oversight_team',
      entityId: id,
      after: input,
    });
    return id;
  });
  return getTeam(ctx, actor, id);
}

/** Changes a team: a new decree, members or period (ending the period early ends the members' rights). */
export async function updateTeam(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: OversightTeamInput,
): Promise<OversightTeam> {
  if (!canManageOversightTeams(actor)) throw forbidden();
  const today = todayOf(ctx.now());
  await checkTeam(ctx.db, input, today);
  const other = await repo.findTeamByDecree(ctx.db, input.decreeNumber);
  if (other && other.id !== id) throw conflict('decreeNumber', 'Nomor surat tugas sudah dipakai tim lain');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findTeamById(trx, id, { forUpdate: true });
    if (!before) throw notFound('Tim pengawas');
    const beforeMembers = await repo.findTeamMembers(trx, [id]);
    await repo.updateTeam(trx, id, {
      name: input.name,
      decree_number: input.decreeNumber,
      decree_date: input.decreeDate,
      mandate: input.mandate,
      period_start: input.periodStart,
      period_end: input.periodEnd,
      updated_at: ctx.now(),
    });
    await repo.replaceTeamMembers(trx, id, input.members);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'oversight.team.update',
      entityType: 'oversight_team',
      entityId: id,
      before: {
        ...before,
        members: beforeMembers.map((m) => ({ employeeId: m.employee_id, isLeader: m.is_leader })),
      },
      after: input,
    });
  });
  return getTeam(ctx, actor, id);
}

/**
 * Every active employee with their unit, for the pickers of plans and recommendations: the team and the Pimpinan
 * name targets and owners anywhere in the office.
 */
export async function listPeople(ctx: ServiceContext, actor: Actor): Promise<OversightPersonList> {
  if (!canReadOversightTeams(actor)) throw forbidden();
  const rows = await repo.findActiveEmployees(ctx.db, todayOf(ctx.now()));
  return {
    items: rows
      .map((r) => ({
        employeeId: r.id,
        name: fullNameOf(r),
        nip: r.nip,
        unitId: r.unit_id,
        unitName: r.unit_name,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'id')),
  };
}
