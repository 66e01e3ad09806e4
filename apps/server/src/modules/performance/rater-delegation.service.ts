import { delegationInput } from '@sim/contracts';
import type { z } from 'zod';
import { auditContextOf, hasRole, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden, invalid } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { getPersonRefs, getYearRow, referenceDate } from './performance-access';
import * as policy from './performance.policy';
import * as repo from './performance.repository';

// Delegation of the rater's authority for a year (PermenPANRB 6/2022); raterOn in evaluation.service.ts applies it.

/** Delegations of the rater's authority recorded for a year (Admin Kepegawaian and the Pimpinan read them). */
export async function listDelegations(ctx: ServiceContext, actor: Actor, yearId: number) {
  if (!hasRole(actor, 'ADMIN_KEPEGAWAIAN', 'PIMPINAN')) throw forbidden();
  const year = await getYearRow(ctx.db, yearId);
  const rows = await repo.findDelegations(ctx.db, yearId);
  const people = await getPersonRefs(
    ctx.db,
    rows.flatMap((r) => [r.from_employee_id, r.to_employee_id]),
    referenceDate(year.year, ctx.now()),
  );
  return {
    items: rows.flatMap((r) => {
      const from = people.get(r.from_employee_id);
      const to = people.get(r.to_employee_id);
      return from && to
        ? [{ id: r.id, from, to, reason: r.reason, createdAt: r.created_at.toISOString() }]
        : [];
    }),
  };
}

/**
 * Records that an official's rating authority for the year is delegated to another (PermenPANRB 6/2022: "or an
 * official with delegated authority"). Administrative, so Admin Kepegawaian records it on the written delegation;
 * the change is audited and replaces an earlier delegation from the same official.
 */
export async function setDelegation(
  ctx: ServiceContext,
  actor: Actor,
  yearId: number,
  input: z.infer<typeof delegationInput>,
) {
  if (!policy.canManageYears(actor)) throw forbidden('Delegasi penilai dicatat oleh Admin Kepegawaian');
  if (input.fromEmployeeId === input.toEmployeeId) {
    throw invalid('toEmployeeId', 'Penerima delegasi harus pejabat lain');
  }
  await ctx.db.transaction().execute(async (trx) => {
    const year = await getYearRow(trx, yearId);
    const date = referenceDate(year.year, ctx.now());
    const found = await repo.findPersons(trx, [input.fromEmployeeId, input.toEmployeeId], date);
    if (!found.some((p) => p.employee_id === input.fromEmployeeId)) {
      throw invalid('fromEmployeeId', 'Pejabat pemberi delegasi tidak ditemukan');
    }
    if (!found.some((p) => p.employee_id === input.toEmployeeId)) {
      throw invalid('toEmployeeId', 'Pejabat penerima delegasi tidak ditemukan');
    }
    await repo.upsertDelegation(trx, {
      year_id: yearId,
      from_employee_id: input.fromEmployeeId,
      to_employee_id: input.toEmployeeId,
      reason: input.reason,
      created_by: actor.userId,
      created_at: ctx.now(),
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'perf_year.rater_delegated',
      entityType: 'perf_year',
      entityId: yearId,
      after: input,
    });
  });
  return listDelegations(ctx, actor, yearId);
}
