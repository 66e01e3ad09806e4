import type { OrgUnit, Position, Role, SuperiorRef } from '@sim/contracts';
import { orgUnitInput, orgUnitPatch, positionInput, positionListQuery, positionPatch } from '@sim/contracts';
import type { z } from 'zod';
import { fullNameOf, todayOf } from '@sim/domain';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors';
import { isReadView, memoRead, primeRead } from '../../lib/read-memo';
import { recordAudit } from '../audit/audit.service';
import { canManageOrg, canReadOrg, employeeReadScope } from './org.policy';
import * as repo from './org.repository';

// Organisation units (the tree Kota → Kecamatan → Kelurahan/Seksi …), positions (the tree of superiors), and the
// scope helpers other modules use: who is below whom, who is whose superior on a date, which units lie below a unit.

type UnitRow = NonNullable<Awaited<ReturnType<typeof repo.findUnitById>>>;

const toOrgUnit = (u: UnitRow): OrgUnit => ({
  id: u.id,
  parentId: u.parent_id,
  name: u.name,
  type: u.type,
  kemendagriCode: u.kemendagri_code,
  isActive: u.is_active,
});

const toPosition = (p: repo.PositionRow): Position => ({
  id: p.id,
  name: p.name,
  category: p.category,
  unitId: p.unit_id,
  unitName: p.unit_name,
  superiorPositionId: p.superior_position_id,
  superiorPositionName: p.superior_name,
  holder:
    p.holder_id !== null && p.holder_name !== null
      ? {
          employeeId: p.holder_id,
          name: fullNameOf({
            name: p.holder_name,
            front_title: p.holder_front_title,
            back_title: p.holder_back_title,
          }),
        }
      : null,
  isActive: p.is_active,
});

function assertCanManage(actor: Actor) {
  if (!canManageOrg(actor)) throw forbidden('Hanya Admin Kepegawaian yang dapat mengubah data organisasi');
}

// ---------------------------------------------------------------- units

/** The whole unit tree as a flat list (the client builds the tree); a city has a few hundred units at most. */
export async function listUnits(ctx: ServiceContext, actor: Actor): Promise<{ items: OrgUnit[] }> {
  if (!canReadOrg(actor)) throw forbidden();
  return { items: (await repo.findUnits(ctx.db)).map(toOrgUnit) };
}

async function assertCodeFree(db: Database, code: string | null | undefined, exceptId?: number) {
  if (!code) return;
  const other = await repo.findUnitByCode(db, code);
  if (other && other.id !== exceptId) {
    throw conflict('kemendagriCode', `Kode Kemendagri ${code} sudah dipakai oleh ${other.name}`);
  }
}

/** Adds a unit under an existing parent (or a new root). Kemendagri codes are unique across the installation. */
export async function createUnit(
  ctx: ServiceContext,
  actor: Actor,
  input: z.infer<typeof orgUnitInput>,
): Promise<OrgUnit> {
  assertCanManage(actor);
  return ctx.db.transaction().execute(async (trx) => {
    if (input.parentId !== null && !(await repo.findUnitById(trx, input.parentId))) {
      throw invalid('parentId', 'Unit induk tidak ditemukan');
    }
    await assertCodeFree(trx, input.kemendagriCode);
    const row = await repo.insertUnit(trx, {
      parent_id: input.parentId,
      name: input.name,
      type: input.type,
      kemendagri_code: input.kemendagriCode ?? null,
    });
    const dto = toOrgUnit(row);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'org_unit.created',
      entityType: 'org_unit',
      entityId: row.id,
      after: dto,
    });
    return dto;
  });
}

/**
 * Edits a unit. Moving it under one of its own sub-units would cut that branch off the tree, so a parent inside the
 * unit's subtree is refused.
 */
export async function updateUnit(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  patch: z.infer<typeof orgUnitPatch>,
): Promise<OrgUnit> {
  assertCanManage(actor);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findUnitById(trx, id);
    if (!before) throw notFound('Unit kerja');
    if (patch.parentId !== undefined && patch.parentId !== null) {
      if (!(await repo.findUnitById(trx, patch.parentId)))
        throw invalid('parentId', 'Unit induk tidak ditemukan');
      const ancestors = await repo.findUnitAncestorIds(trx, patch.parentId);
      if (ancestors.includes(id)) {
        throw invalid(
          'parentId',
          'Unit induk tidak boleh unit ini sendiri atau salah satu sub-unitnya (membentuk siklus)',
        );
      }
    }
    if (patch.kemendagriCode !== undefined) await assertCodeFree(trx, patch.kemendagriCode, id);
    const row = await repo.updateUnit(trx, id, {
      ...(patch.parentId !== undefined ? { parent_id: patch.parentId } : {}),
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.type !== undefined ? { type: patch.type } : {}),
      ...(patch.kemendagriCode !== undefined ? { kemendagri_code: patch.kemendagriCode } : {}),
      ...(patch.isActive !== undefined ? { is_active: patch.isActive } : {}),
      updated_at: ctx.now(),
    });
    const dto = toOrgUnit(row);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'org_unit.updated',
      entityType: 'org_unit',
      entityId: id,
      before: toOrgUnit(before),
      after: dto,
    });
    return dto;
  });
}

// ---------------------------------------------------------------- positions

/** Positions with their current holder; `unitId` includes sub-units, `vacant` looks at today's holders. */
export async function listPositions(ctx: ServiceContext, actor: Actor, q: z.infer<typeof positionListQuery>) {
  if (!canReadOrg(actor)) throw forbidden();
  const { items, total } = await repo.findPositionsPage(
    ctx.db,
    {
      q: q.q,
      unitId: q.unitId,
      vacant: q.vacant === undefined ? undefined : q.vacant === 'true',
      date: todayOf(ctx.now()),
    },
    q.page,
    q.pageSize,
  );
  return { items: items.map(toPosition), total, page: q.page, pageSize: q.pageSize };
}

async function getPositionDto(db: Database, id: number, date: string): Promise<Position> {
  const row = await repo.findPositionById(db, id, date);
  if (!row) throw notFound('Jabatan');
  return toPosition(row);
}

/** Refuses a superior that does not exist or that sits below the position (the chain of superiors must end). */
async function assertSuperiorAllowed(db: Database, positionId: number | null, superiorId: number | null) {
  if (superiorId === null) return;
  if (!(await repo.findPositionRow(db, superiorId))) {
    throw invalid('superiorPositionId', 'Jabatan atasan tidak ditemukan');
  }
  if (positionId === null) return;
  const chain = await repo.findPositionAncestorIds(db, superiorId);
  if (chain.includes(positionId)) {
    throw invalid(
      'superiorPositionId',
      'Jabatan atasan tidak boleh jabatan ini sendiri atau jabatan bawahannya (membentuk siklus)',
    );
  }
}

/** Adds a position in a unit, under a superior position (null for the head of the installation). */
export async function createPosition(
  ctx: ServiceContext,
  actor: Actor,
  input: z.infer<typeof positionInput>,
) {
  assertCanManage(actor);
  const today = todayOf(ctx.now());
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.findUnitById(trx, input.unitId))) throw invalid('unitId', 'Unit kerja tidak ditemukan');
    await assertSuperiorAllowed(trx, null, input.superiorPositionId);
    const { id } = await repo.insertPosition(trx, {
      name: input.name,
      category: input.category,
      unit_id: input.unitId,
      superior_position_id: input.superiorPositionId,
    });
    const dto = await getPositionDto(trx, id, today);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'position.created',
      entityType: 'position',
      entityId: id,
      after: dto,
    });
    return dto;
  });
}

/**
 * Edits a position. A new superior must not lie below it (no cycle); a position somebody holds today cannot be
 * deactivated — transfer the holder first, so nobody is left in a position that no longer exists.
 */
export async function updatePosition(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  patch: z.infer<typeof positionPatch>,
) {
  assertCanManage(actor);
  const today = todayOf(ctx.now());
  return ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findPositionById(trx, id, today);
    if (!before) throw notFound('Jabatan');
    if (patch.unitId !== undefined && !(await repo.findUnitById(trx, patch.unitId))) {
      throw invalid('unitId', 'Unit kerja tidak ditemukan');
    }
    if (patch.superiorPositionId !== undefined)
      await assertSuperiorAllowed(trx, id, patch.superiorPositionId);
    if (patch.isActive === false && before.holder_id !== null) {
      throw conflict('isActive', 'Jabatan masih diduduki; pindahkan pemangkunya terlebih dahulu');
    }
    await repo.updatePosition(trx, id, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.category !== undefined ? { category: patch.category } : {}),
      ...(patch.unitId !== undefined ? { unit_id: patch.unitId } : {}),
      ...(patch.superiorPositionId !== undefined ? { superior_position_id: patch.superiorPositionId } : {}),
      ...(patch.isActive !== undefined ? { is_active: patch.isActive } : {}),
      updated_at: ctx.now(),
    });
    const dto = await getPositionDto(trx, id, today);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'position.updated',
      entityType: 'position',
      entityId: id,
      before: toPosition(before),
      after: dto,
    });
    return dto;
  });
}

// ---------------------------------------------------------------- scope helpers (for other modules too)

/**
 * Everyone below an employee on a date, transitively through the position tree (vacant positions included in the
 * walk), the employee left out. Scopes such as "an atasan sees the SKP of their team" are built on this.
 */
export async function findSubordinateEmployeeIds(
  db: Database,
  employeeId: number,
  date: string,
): Promise<number[]> {
  // Asked by several modules in one dashboard read: once per read view (lib/read-memo), a copy to each caller.
  const ids = await memoRead(db, `org.subordinates:${employeeId}:${date}`, () =>
    repo.findSubordinateEmployeeIds(db, employeeId, date),
  );
  return [...ids];
}

/**
 * The employee's superior (atasan langsung) on a date: whoever held the superior position that day; when it was
 * vacant, the holder of the next filled position up acts (`isActing`). Null when the employee held no position
 * that day or nobody above was in office. Rater assignment and approvals rely on this.
 */
export async function getSuperiorOf(
  db: Database,
  employeeId: number,
  date: string,
): Promise<SuperiorRef | null> {
  const row = await repo.findSuperiorOf(db, employeeId, date);
  if (!row) return null;
  return {
    employeeId: row.employee_id,
    fullName: fullNameOf(row),
    positionName: row.position_name,
    positionId: row.position_id,
    isActing: row.depth > 1,
  };
}

/**
 * The superior on a date of each of many employees, in one query (employee id → superior's employee id; absent when
 * nobody above is in office). For lists that would otherwise ask `getSuperiorOf` once per person.
 */
export async function findSuperiorIdsOf(
  db: Database,
  employeeIds: number[],
  date: string,
): Promise<Map<number, number>> {
  const rows = await repo.findSuperiorIdsOf(db, employeeIds, date);
  return new Map(rows.map((r) => [r.owner_id, r.superior_id]));
}

/** A unit's name (for headings and report filter lines), or null when there is no such unit. */
export async function getUnitName(db: Database, unitId: number): Promise<string | null> {
  return (await repo.findUnitById(db, unitId))?.name ?? null;
}

/** The whole unit tree as a flat list for another module's figures (the caller decided who may read them). */
export async function findAllUnits(db: Database): Promise<OrgUnit[]> {
  return (await repo.findUnits(db)).map(toOrgUnit);
}

/** A unit and all units below it, so "unit scope" filters include kelurahan and seksi under a kecamatan. */
export async function findUnitSubtreeIds(db: Database, unitId: number): Promise<number[]> {
  return repo.findUnitSubtreeIds(db, unitId);
}

/**
 * The holders of `role` nearest up the tree from a unit on a date: the unit's own holders, else its parent's, and so
 * on — so a kecamatan's matter goes to its own Camat, never to the Camat of another kecamatan nor to a Pimpinan
 * higher up while the office has its own. Complaint and oversight escalations use it to find the head of office.
 */
export async function findNearestRoleHolders(
  db: Database,
  role: Role,
  unitId: number,
  date: string,
): Promise<{ id: number; name: string }[]> {
  const chain = await repo.findUnitAncestorIds(db, unitId);
  const holders = await repo.findRoleHoldersInUnits(db, role, chain, date);
  for (const unit of chain) {
    const here = holders.filter((h) => h.unit_id === unit);
    if (here.length > 0) return here.map((h) => ({ id: h.employee_id, name: fullNameOf(h) }));
  }
  return [];
}

/**
 * The head(s) of a unit on a date: whoever holds a position in the unit whose superior position is outside the
 * unit (or absent) — the Lurah of a kelurahan, the Kasi of a seksi, the Camat of the kecamatan. Oversight owners
 * of a unit and SKM result notices go to them.
 */
export async function findUnitHeads(db: Database, unitId: number, date: string) {
  // A dashboard asks it for every recommendation a unit owns (lib/read-memo).
  return [...(await memoRead(db, unitHeadsKey(unitId, date), () => repo.findUnitHeads(db, unitId, date)))];
}

const unitHeadsKey = (unitId: number, date: string) => `org.unit-heads:${unitId}:${date}`;

/**
 * Reads the heads of many units in one query for the `findUnitHeads` calls that follow in the same read view (a
 * dashboard checks every overdue recommendation a unit owns: one query instead of one per unit). Outside a read
 * view nothing would keep the answers, so it reads nothing.
 */
export async function preloadUnitHeads(db: Database, unitIds: Iterable<number>, date: string): Promise<void> {
  if (!isReadView(db)) return;
  const units = [...new Set(unitIds)];
  const rows = await repo.findHeadsOfUnits(db, units, date);
  for (const unit of units)
    primeRead(
      db,
      unitHeadsKey(unit, date),
      rows.filter((r) => r.unit_id === unit).map(({ unit_id: _unit, ...head }) => head),
    );
}

/** The e-mail address of each employee who has one, by employee id (jobs mailing staff use it). */
export async function findEmployeeEmails(db: Database, ids: readonly number[]): Promise<Map<number, string>> {
  const rows = await repo.findEmployeeEmails(db, ids);
  return new Map(rows.flatMap((r) => (r.email ? [[r.id, r.email] as const] : [])));
}

/** A unit and the units above it up to the root, nearest first (the unit itself leads). */
export async function findUnitAncestorIds(db: Database, unitId: number): Promise<number[]> {
  return repo.findUnitAncestorIds(db, unitId);
}

/**
 * The employees an actor may read on a date: null means everybody (HR, Pimpinan); otherwise their own id and their
 * subordinates' (an account without an employee record gets an empty list). Lists in other modules filter with it.
 */
export async function findReadableEmployeeIds(
  db: Database,
  actor: Actor,
  date: string,
): Promise<number[] | null> {
  const scope = employeeReadScope(actor);
  if (scope.kind === 'all') return null;
  if (scope.kind === 'none') return [];
  return [scope.employeeId, ...(await findSubordinateEmployeeIds(db, scope.employeeId, date))];
}

/**
 * The employee's superiors on a date, nearest first, up to `limit` levels (acting holders of vacant positions
 * included, as `getSuperiorOf` finds them). Live updates tell them of a change their team view shows.
 */
export async function findSuperiorChain(
  db: Database,
  employeeId: number,
  date: string,
  limit = 6,
): Promise<number[]> {
  const chain: number[] = [];
  let current = employeeId;
  for (let i = 0; i < limit; i++) {
    const superior = await getSuperiorOf(db, current, date);
    if (!superior || superior.employeeId === employeeId || chain.includes(superior.employeeId)) break;
    chain.push(superior.employeeId);
    current = superior.employeeId;
  }
  return chain;
}
