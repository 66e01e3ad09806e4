import type { Employee, EmployeeDetail } from '@sim/contracts';
import { employeeInput, employeeListQuery, employeePatch, transferBody } from '@sim/contracts';
import type { z } from 'zod';
import { fullNameOf, todayOf } from '@sim/domain';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, conflict, forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { EMPLOYEE_ACCOUNT_ROLES } from '../auth/auth.policy';
import * as accounts from '../auth/auth.service';
import * as employees from './employee.repository';
import {
  checkIdentity,
  dayBefore,
  isBeforeTmt,
  isRealDate,
  normalizeGolongan,
  pangkatOfGolongan,
  type Kind,
} from './employee.rules';
import { canManageOrg, employeeReadScope } from './org.policy';
import * as org from './org.repository';
import { findReadableEmployeeIds, findSubordinateEmployeeIds, getSuperiorOf } from './org.service';

// Employee records: list and detail within the actor's scope, and HR's changes (create with a login account, edit,
// deactivate/activate, transfer with effective-dated history).

/** The list/detail DTO of an employee row (also used by the export so both show the same values). */
export function toEmployee(e: employees.EmployeeRow): Employee {
  return {
    id: e.id,
    nip: e.nip,
    name: e.name,
    frontTitle: e.front_title,
    backTitle: e.back_title,
    fullName: fullNameOf(e),
    kind: e.kind,
    gender: e.gender,
    birthDate: e.birth_date,
    golongan: e.golongan,
    pangkat: pangkatOfGolongan(e.kind, e.golongan),
    email: e.email,
    phone: e.phone,
    isActive: e.is_active,
    position:
      e.position_id !== null &&
      e.position_name !== null &&
      e.position_category !== null &&
      e.unit_id !== null &&
      e.unit_name !== null
        ? {
            id: e.position_id,
            name: e.position_name,
            category: e.position_category,
            unitId: e.unit_id,
            unitName: e.unit_name,
          }
        : null,
  };
}

function assertCanManage(actor: Actor) {
  if (!canManageOrg(actor)) throw forbidden('Hanya Admin Kepegawaian yang dapat mengubah data pegawai');
}

const validation = (details: { path: string; message: string }[]) =>
  new AppError('VALIDATION', details[0]!.message, details);

const isUniqueViolation = (err: unknown, constraint: string) =>
  typeof err === 'object' &&
  err !== null &&
  (err as { code?: string }).code === '23505' &&
  (err as { constraint?: string }).constraint === constraint;

/** Self, a subordinate, or everybody for HR and the Pimpinan; anyone else is refused before existence is revealed. */
async function assertCanRead(db: Database, actor: Actor, employeeId: number, today: string) {
  const scope = employeeReadScope(actor);
  if (scope.kind === 'all') return;
  if (scope.kind === 'self_and_subordinates') {
    if (scope.employeeId === employeeId) return;
    if ((await findSubordinateEmployeeIds(db, scope.employeeId, today)).includes(employeeId)) return;
  }
  throw forbidden('Anda hanya dapat melihat data Anda sendiri dan bawahan Anda');
}

async function getDetail(db: Database, id: number, today: string): Promise<EmployeeDetail> {
  const row = await employees.findEmployeeById(db, id, today);
  if (!row) throw notFound('Pegawai');
  const [history, superior, userId] = await Promise.all([
    employees.findPositionHistory(db, id),
    getSuperiorOf(db, id, today),
    accounts.findUserIdOfEmployee(db, id),
  ]);
  return {
    ...toEmployee(row),
    tmt: row.tmt,
    history: history.map((h) => ({
      id: h.id,
      positionId: h.position_id,
      positionName: h.position_name,
      unitName: h.unit_name,
      startDate: h.start_date,
      endDate: h.end_date,
      reason: h.reason,
    })),
    superior,
    userId,
  };
}

/**
 * The employee list: search by name (anywhere in it) or NIP prefix, unit filter including sub-units. HR and the
 * Pimpinan see everybody; others only themselves and their subordinates, so the same screen serves an atasan.
 */
export async function listEmployees(ctx: ServiceContext, actor: Actor, q: z.infer<typeof employeeListQuery>) {
  const today = todayOf(ctx.now());
  const ids = await findReadableEmployeeIds(ctx.db, actor, today);
  const { items, total } = await employees.findEmployeesPage(
    ctx.db,
    { q: q.q, unitId: q.unitId, kind: q.kind, status: q.status, ids: ids ?? undefined, date: today },
    q.sort,
    q.page,
    q.pageSize,
  );
  return { items: items.map(toEmployee), total, page: q.page, pageSize: q.pageSize };
}

/** One employee with position history and today's superior; 403 outside the actor's scope. */
export async function getEmployee(ctx: ServiceContext, actor: Actor, id: number): Promise<EmployeeDetail> {
  const today = todayOf(ctx.now());
  await assertCanRead(ctx.db, actor, id, today);
  return getDetail(ctx.db, id, today);
}

/** "Who was X's superior on D?" — for ratings and approvals looked at after a transfer. */
export async function getEmployeeSuperior(ctx: ServiceContext, actor: Actor, id: number, date?: string) {
  const today = todayOf(ctx.now());
  await assertCanRead(ctx.db, actor, id, today);
  if (date !== undefined && !isRealDate(date)) throw invalid('date', 'Tanggal tidak valid');
  if (!(await employees.findEmployeeById(ctx.db, id, today))) throw notFound('Pegawai');
  const on = date ?? today;
  return { superior: await getSuperiorOf(ctx.db, id, on), date: on };
}

function golonganOrThrow(kind: Kind, golongan: string | null | undefined): string | null | undefined {
  if (golongan === undefined || golongan === null || golongan === '')
    return golongan === '' ? null : golongan;
  const g = normalizeGolongan(kind, golongan);
  if (!g.ok) throw invalid('golongan', g.message);
  return g.value;
}

async function assertPositionUsable(db: Database, positionId: number) {
  const position = await org.findPositionRow(db, positionId);
  if (!position) throw invalid('positionId', 'Jabatan tidak ditemukan');
  if (!position.is_active) throw invalid('positionId', `Jabatan ${position.name} tidak aktif`);
  return position;
}

/**
 * Registers an employee. Gender, birth date and TMT come from the NIP (a mismatching gender or birth date sent by
 * the client is refused rather than silently overridden). The login account (username = NIP, role PEGAWAI) is
 * created in the same transaction with an unusable password: HR hands out a temporary one with a reset.
 */
export async function createEmployee(
  ctx: ServiceContext,
  actor: Actor,
  input: z.infer<typeof employeeInput>,
): Promise<EmployeeDetail> {
  assertCanManage(actor);
  const today = todayOf(ctx.now());
  const identity = checkIdentity(input, today);
  if (!identity.ok) throw validation(identity.errors);
  const info = identity.value;
  const golongan = golonganOrThrow(input.kind, input.golongan) ?? null;
  const startDate = input.startDate ?? today;
  if (input.positionId && !isRealDate(startDate)) {
    throw invalid('startDate', 'Tanggal mulai jabatan tidak valid');
  }
  if (input.positionId && isBeforeTmt(startDate, info.kind, info.tmt)) {
    throw invalid(
      'startDate',
      `Tanggal mulai jabatan lebih awal dari TMT pengangkatan pada NIP (${info.tmt})`,
    );
  }
  const audit = auditContextOf(actor);

  const id = await ctx.db.transaction().execute(async (trx) => {
    if (await employees.findEmployeeIdByNip(trx, info.nip))
      throw conflict('nip', `NIP ${info.nip} sudah terdaftar`);
    if ((await accounts.findTakenUsernames(trx, [info.nip])).size) {
      throw conflict('nip', `Akun dengan nama pengguna ${info.nip} sudah ada`);
    }
    if (input.positionId) await assertPositionUsable(trx, input.positionId);
    const row = {
      nip: info.nip,
      name: input.name,
      front_title: input.frontTitle || null,
      back_title: input.backTitle || null,
      kind: info.kind,
      gender: info.gender,
      birth_date: info.birthDate,
      tmt: info.tmt,
      golongan,
      email: input.email || null,
      phone: input.phone || null,
    };
    let newId: number;
    try {
      newId = (await employees.insertEmployee(trx, row)).id;
    } catch (err) {
      if (isUniqueViolation(err, 'employees_nip_key'))
        throw conflict('nip', `NIP ${info.nip} sudah terdaftar`);
      throw err;
    }
    if (input.positionId) {
      await employees.insertAssignments(trx, [
        { employee_id: newId, position_id: input.positionId, start_date: startDate, reason: 'Data awal' },
      ]);
    }
    await accounts.createUser(trx, audit, {
      username: info.nip,
      displayName: fullNameOf(row),
      roles: [...EMPLOYEE_ACCOUNT_ROLES],
      employeeId: newId,
    });
    await recordAudit(trx, audit, {
      action: 'employee.created',
      entityType: 'employee',
      entityId: newId,
      after: { ...row, positionId: input.positionId ?? null, startDate: input.positionId ? startDate : null },
    });
    return newId;
  });
  return getDetail(ctx.db, id, today);
}

/**
 * Edits the parts of a record that are not derived from the NIP (name, titles, golongan, contact). Gender and birth
 * date may be sent back by a form but must still match the NIP; to change them, the NIP itself is wrong.
 */
export async function updateEmployee(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  patch: z.infer<typeof employeePatch>,
): Promise<EmployeeDetail> {
  assertCanManage(actor);
  const today = todayOf(ctx.now());
  await ctx.db.transaction().execute(async (trx) => {
    const before = await employees.findEmployeeById(trx, id, today);
    if (!before) throw notFound('Pegawai');
    const identity = checkIdentity(
      { nip: before.nip, kind: before.kind, gender: patch.gender, birthDate: patch.birthDate },
      today,
    );
    if (!identity.ok && identity.errors.some((e) => e.path !== 'nip')) {
      throw validation(identity.errors.filter((e) => e.path !== 'nip'));
    }
    const golongan = golonganOrThrow(before.kind, patch.golongan);
    const changes = {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.frontTitle !== undefined ? { front_title: patch.frontTitle || null } : {}),
      ...(patch.backTitle !== undefined ? { back_title: patch.backTitle || null } : {}),
      ...(golongan !== undefined ? { golongan } : {}),
      ...(patch.email !== undefined ? { email: patch.email || null } : {}),
      ...(patch.phone !== undefined ? { phone: patch.phone || null } : {}),
    };
    await employees.updateEmployee(trx, id, { ...changes, updated_at: ctx.now() });
    const after = { ...before, ...changes };
    if (fullNameOf(after) !== fullNameOf(before)) {
      await accounts.setEmployeeAccountDisplayName(trx, id, fullNameOf(after));
    }
    await recordAudit(trx, auditContextOf(actor), {
      action: 'employee.updated',
      entityType: 'employee',
      entityId: id,
      before: toEmployee(before),
      after: toEmployee(after),
    });
  });
  return getDetail(ctx.db, id, today);
}

/**
 * Takes an employee out of service from today (retirement, transfer out, dismissal): the current assignment ends
 * yesterday, so the position is vacant for superior look-ups from today; the login account is disabled. History
 * is kept.
 */
export async function deactivateEmployee(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  reason: string,
): Promise<EmployeeDetail> {
  assertCanManage(actor);
  if (actor.employeeId === id) {
    throw invalid('id', 'Anda tidak dapat menonaktifkan data kepegawaian Anda sendiri');
  }
  const today = todayOf(ctx.now());
  await ctx.db.transaction().execute(async (trx) => {
    const before = await employees.findEmployeeById(trx, id, today);
    if (!before) throw notFound('Pegawai');
    if (!before.is_active) throw conflict('isActive', 'Pegawai sudah nonaktif');
    // Out of office from today: the assignment ends yesterday; one that would only start today or later never
    // took effect and is removed.
    const open = await employees.findOpenAssignment(trx, id);
    const endDate = dayBefore(today);
    if (open && open.start_date <= endDate) await employees.closeAssignment(trx, open.id, endDate);
    else if (open) await employees.deleteAssignment(trx, open.id);
    await employees.updateEmployee(trx, id, {
      is_active: false,
      deactivated_reason: reason,
      updated_at: ctx.now(),
    });
    await accounts.setEmployeeAccountActive(trx, id, false);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'employee.deactivated',
      entityType: 'employee',
      entityId: id,
      before: { isActive: true, positionId: open?.position_id ?? null },
      after: {
        isActive: false,
        reason,
        positionEndDate: open && open.start_date <= endDate ? endDate : null,
      },
    });
  });
  return getDetail(ctx.db, id, today);
}

/** Brings an employee back into service and re-enables the account; a position is then given with a transfer. */
export async function activateEmployee(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
): Promise<EmployeeDetail> {
  assertCanManage(actor);
  const today = todayOf(ctx.now());
  await ctx.db.transaction().execute(async (trx) => {
    const before = await employees.findEmployeeById(trx, id, today);
    if (!before) throw notFound('Pegawai');
    if (before.is_active) throw conflict('isActive', 'Pegawai sudah aktif');
    await employees.updateEmployee(trx, id, {
      is_active: true,
      deactivated_reason: null,
      updated_at: ctx.now(),
    });
    await accounts.setEmployeeAccountActive(trx, id, true);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'employee.activated',
      entityType: 'employee',
      entityId: id,
      before: { isActive: false, reason: before.deactivated_reason },
      after: { isActive: true },
    });
  });
  return getDetail(ctx.db, id, today);
}

/**
 * Moves an employee to another position from `effectiveDate` (mutasi/promosi). The current assignment ends the day
 * before and a new one starts, so "who held what on date D" stays answerable. The date must come after the start
 * of the current assignment (and after any ended one) so assignments never overlap.
 */
export async function transferEmployee(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  body: z.infer<typeof transferBody>,
): Promise<EmployeeDetail> {
  assertCanManage(actor);
  const today = todayOf(ctx.now());
  if (!isRealDate(body.effectiveDate)) throw invalid('effectiveDate', 'Tanggal efektif tidak valid');
  await ctx.db.transaction().execute(async (trx) => {
    const employee = await employees.findEmployeeById(trx, id, today);
    if (!employee) throw notFound('Pegawai');
    if (!employee.is_active) throw conflict('isActive', 'Pegawai nonaktif; aktifkan terlebih dahulu');
    if (isBeforeTmt(body.effectiveDate, employee.kind, employee.tmt)) {
      throw invalid(
        'effectiveDate',
        `Tanggal efektif lebih awal dari TMT pengangkatan pada NIP (${employee.tmt})`,
      );
    }
    const position = await assertPositionUsable(trx, body.positionId);
    const open = await employees.findOpenAssignment(trx, id);
    if (open && open.position_id === body.positionId) {
      throw invalid('positionId', `Pegawai sudah menduduki jabatan ${position.name}`);
    }
    const bounds = await employees.findAssignmentBounds(trx, id);
    if (bounds.lastStart && body.effectiveDate <= bounds.lastStart) {
      throw invalid(
        'effectiveDate',
        `Tanggal efektif harus setelah tanggal mulai jabatan saat ini (${bounds.lastStart})`,
      );
    }
    if (bounds.lastEnd && body.effectiveDate <= bounds.lastEnd) {
      throw invalid(
        'effectiveDate',
        `Tanggal efektif harus setelah jabatan terakhir berakhir (${bounds.lastEnd})`,
      );
    }
    if (open) await employees.closeAssignment(trx, open.id, dayBefore(body.effectiveDate));
    await employees.insertAssignments(trx, [
      { employee_id: id, position_id: body.positionId, start_date: body.effectiveDate, reason: body.reason },
    ]);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'employee.transferred',
      entityType: 'employee',
      entityId: id,
      before: open ? { positionId: open.position_id, startDate: open.start_date } : { positionId: null },
      after: { positionId: body.positionId, startDate: body.effectiveDate, reason: body.reason },
    });
  });
  return getDetail(ctx.db, id, today);
}
