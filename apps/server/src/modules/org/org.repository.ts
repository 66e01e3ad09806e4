import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Role } from '@sim/contracts';
import type { Database } from '../../db/database';
import type { OrgUnitsTable, PositionsTable } from '../../db/schema';
import { fetchPage } from '../../db/paging';
import { activeOn } from './org-queries';

// Organisation units and positions, and the tree walks (recursive CTEs) the scope rules rely on. Every tree walk
// carries a depth bound: the service refuses cycles on write, the bound keeps a corrupted row from looping forever.
const MAX_DEPTH = 64;

/** LIKE pattern for "contains", with the user's % _ \ taken literally. */
export const containsPattern = (text: string) => `%${text.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;

/** `unit_id in (unitId and all its sub-units)` as a sub-query, so a list stays one query. */
export function unitSubtreeSql(unitId: number): Expression<number> {
  return sql<number>`(with recursive sub(id, depth) as (
      select id, 0 from org_units where id = ${unitId}
      union all
      select u.id, sub.depth + 1 from org_units u join sub on u.parent_id = sub.id where sub.depth < ${MAX_DEPTH}
    ) select id from sub)`;
}

// ---------------------------------------------------------------- units

export async function findUnits(db: Database) {
  return db
    .selectFrom('org_units')
    .selectAll()
    .orderBy(sql`kemendagri_code is null`)
    .orderBy('kemendagri_code')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function findUnitById(db: Database, id: number) {
  return db.selectFrom('org_units').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUnitByCode(db: Database, code: string) {
  return db.selectFrom('org_units').selectAll().where('kemendagri_code', '=', code).executeTakeFirst();
}

export async function insertUnit(db: Database, row: Insertable<OrgUnitsTable>) {
  return db.insertInto('org_units').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateUnit(
  db: Database,
  id: number,
  patch: Pick<
    Updateable<OrgUnitsTable>,
    'parent_id' | 'name' | 'type' | 'kemendagri_code' | 'is_active' | 'updated_at'
  >,
) {
  return db.updateTable('org_units').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** The unit and every unit below it. */
export async function findUnitSubtreeIds(db: Database, unitId: number): Promise<number[]> {
  const rows = await sql<{ id: number }>`select id from ${unitSubtreeSql(unitId)} as t(id)`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** Ids from `unitId` up to the root (itself first); used to refuse a parent that would close a cycle. */
export async function findUnitAncestorIds(db: Database, unitId: number): Promise<number[]> {
  const rows = await sql<{ id: number }>`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from org_units where id = ${unitId}
      union all
      select u.id, u.parent_id, up.depth + 1 from org_units u join up on u.id = up.parent_id where up.depth < ${MAX_DEPTH}
    ) select id from up order by depth`.execute(db);
  return rows.rows.map((r) => r.id);
}

// ---------------------------------------------------------------- positions

function positionBase(db: Database) {
  return db
    .selectFrom('positions as p')
    .innerJoin('org_units as u', 'u.id', 'p.unit_id')
    .leftJoin('positions as sp', 'sp.id', 'p.superior_position_id');
}

/** Adds the first holder on `date` (earliest start) and the columns every position DTO needs. */
function selectWithHolder(q: ReturnType<typeof positionBase>, date: string) {
  return q
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('employee_positions as ep')
          .innerJoin('employees as e', 'e.id', 'ep.employee_id')
          .whereRef('ep.position_id', '=', 'p.id')
          .where(activeOn('ep', date))
          .select(['e.id as holder_id', 'e.name as holder_name', 'e.front_title', 'e.back_title'])
          .orderBy('ep.start_date')
          .orderBy('e.id')
          .limit(1)
          .as('h'),
      (join) => join.onTrue(),
    )
    .select([
      'p.id',
      'p.name',
      'p.category',
      'p.unit_id',
      'p.superior_position_id',
      'p.is_active',
      'u.name as unit_name',
      'sp.name as superior_name',
      'h.holder_id',
      'h.holder_name',
      'h.front_title as holder_front_title',
      'h.back_title as holder_back_title',
    ]);
}

/** Positions with unit, superior and first holder on `date`; one query for the page and one for the count. */
export async function findPositionsPage(
  db: Database,
  f: { q?: string; unitId?: number; vacant?: boolean; date: string },
  page: number,
  pageSize: number,
) {
  let q = positionBase(db);
  if (f.q) {
    const like = containsPattern(f.q);
    q = q.where((eb) => eb.or([eb(sql`lower(p.name)`, 'like', like), eb(sql`lower(u.name)`, 'like', like)]));
  }
  if (f.unitId) q = q.where('p.unit_id', 'in', unitSubtreeSql(f.unitId));
  if (f.vacant !== undefined) {
    const vacant = f.vacant;
    q = q.where((eb) => {
      const held = eb.exists(
        eb
          .selectFrom('employee_positions as ep')
          .whereRef('ep.position_id', '=', 'p.id')
          .where(activeOn('ep', f.date))
          .select('ep.id'),
      );
      return vacant ? eb.not(held) : held;
    });
  }
  return fetchPage(
    selectWithHolder(q, f.date)
      .orderBy(sql`u.kemendagri_code is null`)
      .orderBy('u.kemendagri_code')
      .orderBy('u.name')
      .orderBy(
        sql`case p.category when 'JPT' then 0 when 'ADMINISTRATOR' then 1 when 'PENGAWAS' then 2 when 'FUNGSIONAL' then 3 else 4 end`,
      )
      .orderBy('p.name')
      .orderBy('p.id'),
    q,
    page,
    pageSize,
  );
}

export type PositionRow = Awaited<ReturnType<typeof findPositionsPage>>['items'][number];

export async function findPositionById(
  db: Database,
  id: number,
  date: string,
): Promise<PositionRow | undefined> {
  return selectWithHolder(positionBase(db), date).where('p.id', '=', id).executeTakeFirst();
}

/** The bare row (no joins), e.g. to check that a referenced position exists. */
export async function findPositionRow(db: Database, id: number) {
  return db.selectFrom('positions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Positions by id with their unit name, for checking many references at once (import). */
export async function findPositionsByIds(db: Database, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('positions as p')
    .innerJoin('org_units as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.name', 'p.is_active', 'u.name as unit_name'])
    .where(sql<SqlBool>`p.id = any(${ids}::int[])`)
    .execute();
}

/** Active positions with their unit, in tree-ish order (for the import template's position sheet). */
export async function findActivePositionsWithUnit(db: Database) {
  return db
    .selectFrom('positions as p')
    .innerJoin('org_units as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.name', 'p.category', 'u.name as unit_name'])
    .where('p.is_active', '=', true)
    .orderBy(sql`u.kemendagri_code is null`)
    .orderBy('u.kemendagri_code')
    .orderBy('u.name')
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
}

export async function insertPosition(db: Database, row: Insertable<PositionsTable>) {
  return db.insertInto('positions').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updatePosition(
  db: Database,
  id: number,
  patch: Pick<
    Updateable<PositionsTable>,
    'name' | 'category' | 'unit_id' | 'superior_position_id' | 'is_active' | 'updated_at'
  >,
) {
  await db.updateTable('positions').set(patch).where('id', '=', id).execute();
}

/** Ids from `positionId` up the superior chain (itself first); used to refuse a superior that closes a cycle. */
export async function findPositionAncestorIds(db: Database, positionId: number): Promise<number[]> {
  const rows = await sql<{ id: number }>`
    with recursive up(id, superior_position_id, depth) as (
      select id, superior_position_id, 0 from positions where id = ${positionId}
      union all
      select p.id, p.superior_position_id, up.depth + 1
      from positions p join up on p.id = up.superior_position_id where up.depth < ${MAX_DEPTH}
    ) select id from up`.execute(db);
  return rows.rows.map((r) => r.id);
}

// ---------------------------------------------------------------- scope (position tree on a date)

/**
 * Employees holding, on `date`, any position below the positions `employeeId` holds on that date (transitively,
 * through vacant positions too). The employee themself is left out.
 */
export async function findSubordinateEmployeeIds(
  db: Database,
  employeeId: number,
  date: string,
): Promise<number[]> {
  const rows = await sql<{ employee_id: number }>`
    with recursive own as (
      select ep.position_id from employee_positions ep where ep.employee_id = ${employeeId} and ${activeOn('ep', date)}
    ),
    below(id, depth) as (
      select p.id, 1 from positions p where p.superior_position_id in (select position_id from own)
      union
      select p.id, below.depth + 1 from positions p join below on p.superior_position_id = below.id
      where below.depth < ${MAX_DEPTH}
    )
    select distinct ep.employee_id from employee_positions ep
    where ep.position_id in (select id from below) and ${activeOn('ep', date)} and ep.employee_id <> ${employeeId}
    order by ep.employee_id`.execute(db);
  return rows.rows.map((r) => r.employee_id);
}

/**
 * The superior on `date` of each of many employees (the same walk as `findSuperiorOf`: the first filled position
 * above, acting holders of vacant ones included), in one query: employee id → superior's employee id.
 */
export async function findSuperiorIdsOf(db: Database, employeeIds: number[], date: string) {
  if (employeeIds.length === 0) return [];
  const rows = await sql<{ owner_id: number; superior_id: number }>`
    select o.id as owner_id, s.employee_id as superior_id
    from employees o
    cross join lateral (
      with recursive own as (
        select ep.position_id from employee_positions ep
        where ep.employee_id = o.id and ${activeOn('ep', date)}
        order by ep.start_date desc limit 1
      ),
      up(id, depth) as (
        select p.superior_position_id, 1 from positions p where p.id = (select position_id from own)
          and p.superior_position_id is not null
        union all
        select p.superior_position_id, up.depth + 1 from positions p join up on p.id = up.id
        where p.superior_position_id is not null and up.depth < ${MAX_DEPTH}
      )
      select ep.employee_id from up
      join employee_positions ep on ep.position_id = up.id and ${activeOn('ep', date)}
      where ep.employee_id <> o.id
      order by up.depth, ep.start_date, ep.employee_id
      limit 1
    ) s
    where o.id in (${sql.join(employeeIds)})`.execute(db);
  return rows.rows;
}

export type SuperiorRow = {
  employee_id: number;
  name: string;
  front_title: string | null;
  back_title: string | null;
  position_id: number;
  position_name: string;
  depth: number;
};

/**
 * The holder on `date` of the first filled position above the employee's position on that date. depth 1 is the
 * direct superior position; a larger depth means it was vacant and the next filled one up acts.
 */
export async function findSuperiorOf(
  db: Database,
  employeeId: number,
  date: string,
): Promise<SuperiorRow | undefined> {
  const rows = await sql<SuperiorRow>`
    with recursive own as (
      select ep.position_id from employee_positions ep
      where ep.employee_id = ${employeeId} and ${activeOn('ep', date)}
      order by ep.start_date desc limit 1
    ),
    up(id, depth) as (
      select p.superior_position_id, 1 from positions p where p.id = (select position_id from own)
        and p.superior_position_id is not null
      union all
      select p.superior_position_id, up.depth + 1 from positions p join up on p.id = up.id
      where p.superior_position_id is not null and up.depth < ${MAX_DEPTH}
    )
    select e.id as employee_id, e.name, e.front_title, e.back_title, p.id as position_id, p.name as position_name,
           up.depth
    from up
    join positions p on p.id = up.id
    join employee_positions ep on ep.position_id = p.id and ${activeOn('ep', date)}
    join employees e on e.id = ep.employee_id
    where e.id <> ${employeeId}
    order by up.depth, ep.start_date, e.id
    limit 1`.execute(db);
  return rows.rows[0];
}
/**
 * Active employees with an active account holding `role` whose position on `date` is in one of the units, with
 * that unit (an employee holding two posts appears once per unit).
 */
export async function findRoleHoldersInUnits(
  db: Database,
  role: Role,
  unitIds: number[],
  date: string,
): Promise<
  {
    employee_id: number;
    unit_id: number;
    name: string;
    front_title: string | null;
    back_title: string | null;
  }[]
> {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('user_roles as r')
    .innerJoin('users as us', 'us.id', 'r.user_id')
    .innerJoin('employees as e', 'e.id', 'us.employee_id')
    .innerJoin('employee_positions as ep', 'ep.employee_id', 'e.id')
    .innerJoin('positions as p', 'p.id', 'ep.position_id')
    .select(['e.id as employee_id', 'p.unit_id', 'e.name', 'e.front_title', 'e.back_title'])
    .distinct()
    .where('r.role', '=', role)
    .where('us.is_active', '=', true)
    .where('e.is_active', '=', true)
    .where('p.unit_id', 'in', unitIds)
    .where(activeOn('ep', date))
    .orderBy('e.id')
    .execute();
}

/** The e-mail addresses of employees (those without one left out), in one query. */
export async function findEmployeeEmails(db: Database, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('employees')
    .select(['id', 'email'])
    .where('id', 'in', [...ids])
    .where('email', 'is not', null)
    .execute();
}

/**
 * The head(s) of a unit on a date: whoever holds a position in the unit whose superior position is outside the
 * unit (or absent) — the Lurah of a kelurahan, the Kasi of a seksi, the Camat of the kecamatan.
 */
export async function findUnitHeads(db: Database, unitId: number, date: string) {
  return (await findHeadsOfUnits(db, [unitId], date)).map(({ unit_id: _unit, ...head }) => head);
}

/** `findUnitHeads` of many units in one query, each head with the unit it heads; by unit, then employee id. */
export async function findHeadsOfUnits(db: Database, unitIds: readonly number[], date: string) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('positions as p')
    .leftJoin('positions as sp', 'sp.id', 'p.superior_position_id')
    .innerJoin('employee_positions as ep', 'ep.position_id', 'p.id')
    .innerJoin('employees as e', 'e.id', 'ep.employee_id')
    .select(['p.unit_id', 'e.id', 'e.name', 'e.front_title', 'e.back_title'])
    .where('p.unit_id', 'in', [...unitIds])
    .where('p.is_active', '=', true)
    .where((eb) => eb.or([eb('sp.id', 'is', null), eb('sp.unit_id', '<>', eb.ref('p.unit_id'))]))
    .where(activeOn('ep', date))
    .where('e.is_active', '=', true)
    .orderBy('p.unit_id')
    .orderBy('e.id')
    .execute();
}
