import { objectionDecisionInput } from '@sim/contracts';
import { predikatKinerja, type Predikat } from '@sim/domain';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { todayOf } from '../org/employee.rules';
import { getSuperiorOf } from '../org/org.service';
import { getPersonRefs } from './performance-access';
import * as policy from './performance.policy';
import * as repo from './performance.repository';
import { loadReadable, objectionWindowStart, toEvaluation } from './evaluation.service';

// Objections (keberatan) to a rating: filed by the employee within the window, decided by the rater's superior.

/**
 * The employee objects to a rating within the year's objection window, counted from the latest change of the rating;
 * one open objection at a time, and none against a rating whose objection has been decided since that change.
 */
export async function fileObjection(ctx: ServiceContext, actor: Actor, evaluationId: number, reason: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const ev = await repo.findEvaluationById(trx, evaluationId);
    if (!ev) throw notFound('Penilaian');
    const { relation } = await loadReadable(trx, actor, ev.skp_id, ctx.now());
    if (relation !== 'self') throw forbidden('Keberatan diajukan oleh pegawai yang dinilai');
    const dto = await toEvaluation(trx, ev, ctx.now());
    if (todayOf(ctx.now()) > dto.objectionDeadline) {
      throw conflict('evaluationId', `Batas waktu keberatan telah lewat (${dto.objectionDeadline})`);
    }
    if (dto.objections.some((o) => o.status === 'PENDING')) {
      throw conflict('evaluationId', 'Masih ada keberatan yang belum diputuskan');
    }
    const history = await repo.findRatingHistory(trx, [ev.id]);
    const windowStart = objectionWindowStart(ev, history);
    if (dto.objections.some((o) => o.decidedAt !== null && new Date(o.decidedAt) >= windowStart)) {
      throw conflict('evaluationId', 'Keberatan atas penilaian ini sudah diputuskan');
    }
    const { id } = await repo.insertObjection(trx, {
      evaluation_id: evaluationId,
      reason,
      created_by: actor.userId,
      created_at: ctx.now(),
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'skp.objection_filed',
      entityType: 'perf_evaluation',
      entityId: evaluationId,
      after: { objectionId: id, reason },
    });
  });
  return toEvaluation(ctx.db, (await repo.findEvaluationById(ctx.db, evaluationId))!, ctx.now());
}

/**
 * Who decides an objection: the rater's superior (Atasan Pejabat Penilai Kinerja) on the period's last day. When the
 * rater has nobody above in the tree (the head of the office), the rater's superior is outside the system: the
 * decision is external and recorded by Admin Kepegawaian or a Pimpinan — never by the rater.
 */
async function objectionDeciderOf(
  db: Database,
  rater: number,
  periodEnd: string,
): Promise<policy.ObjectionDecider> {
  const superior = await getSuperiorOf(db, rater, periodEnd);
  return superior
    ? { kind: 'SUPERIOR', raterId: rater, employeeId: superior.employeeId }
    : { kind: 'EXTERNAL', raterId: rater };
}

/**
 * The Atasan Pejabat Penilai Kinerja decides an objection with reasons. Accepting sets new ratings (appended to the
 * history as an OBJECTION change); rejecting keeps the rating. Both are kept. An external decision (the rater has no
 * superior in the tree) is recorded with the deciding official's name and position and who recorded it.
 */
export async function decideObjection(
  ctx: ServiceContext,
  actor: Actor,
  objectionId: number,
  input: z.infer<typeof objectionDecisionInput>,
) {
  const evaluationId = await ctx.db.transaction().execute(async (trx) => {
    const objection = await repo.findObjectionById(trx, objectionId);
    if (!objection) throw notFound('Keberatan');
    const ev = (await repo.findEvaluationById(trx, objection.evaluation_id))!;
    const period = (await repo.findPeriodById(trx, ev.period_id))!;
    const decider = await objectionDeciderOf(trx, ev.rater_employee_id, period.end_date);
    if (!policy.canDecideObjection(actor, decider)) {
      throw forbidden(
        decider.kind === 'EXTERNAL'
          ? 'Pejabat penilai tidak memutuskan keberatan atas penilaiannya sendiri; keputusan atasannya dicatat oleh Admin Kepegawaian atau Pimpinan lain'
          : 'Keberatan diputuskan oleh atasan pejabat penilai kinerja',
      );
    }
    if (objection.status !== 'PENDING') throw conflict('status', 'Keberatan ini sudah diputuskan');
    const external =
      decider.kind === 'EXTERNAL'
        ? { name: input.externalDeciderName ?? '', position: input.externalDeciderPosition ?? '' }
        : null;
    if (external && external.name === '') {
      throw invalid('externalDeciderName', 'Nama pejabat yang memutuskan keberatan wajib diisi');
    }
    if (external && external.position === '') {
      throw invalid('externalDeciderPosition', 'Jabatan pejabat yang memutuskan keberatan wajib diisi');
    }
    const now = ctx.now();
    await repo.decideObjection(trx, objectionId, {
      status: input.accept ? 'ACCEPTED' : 'REJECTED',
      decision_reason: input.reason,
      decided_by_employee_id: external ? null : actor.employeeId,
      decided_by_name: external ? external.name : actor.displayName,
      decided_by_position: external ? external.position : null,
      is_external: external !== null,
      recorded_by_name: external ? actor.displayName : null,
      decided_at: now,
    });
    if (input.accept) {
      const predikat = predikatKinerja(input.ratingHasilKerja!, input.ratingPerilaku!);
      await repo.updateEvaluation(trx, ev.id, {
        rating_hasil_kerja: input.ratingHasilKerja!,
        rating_perilaku: input.ratingPerilaku!,
        predikat,
        updated_at: now,
      });
      await repo.insertRatingHistory(trx, {
        evaluation_id: ev.id,
        rating_hasil_kerja: input.ratingHasilKerja!,
        rating_perilaku: input.ratingPerilaku!,
        predikat,
        reason: input.reason,
        source: 'OBJECTION',
        actor_user_id: actor.userId,
        actor_name: external
          ? `${external.name} (${external.position}), dicatat oleh ${actor.displayName}`
          : actor.displayName,
        at: now,
      });
    }
    await recordAudit(trx, auditContextOf(actor), {
      action: input.accept ? 'skp.objection_accepted' : 'skp.objection_rejected',
      entityType: 'perf_evaluation',
      entityId: ev.id,
      before: { predikat: ev.predikat },
      after: { ...input, isExternal: external !== null },
    });
    return ev.id;
  });
  return toEvaluation(ctx.db, (await repo.findEvaluationById(ctx.db, evaluationId))!, ctx.now());
}

/** Objections waiting for the actor's decision (or, for external ones, for the actor to record the decision). */
export async function listPendingObjections(ctx: ServiceContext, actor: Actor) {
  const rows = await repo.findPendingObjections(ctx.db);
  const mine: { row: (typeof rows)[number]; isExternal: boolean }[] = [];
  for (const r of rows) {
    const decider = await objectionDeciderOf(ctx.db, r.rater_employee_id, r.end_date);
    if (policy.canDecideObjection(actor, decider))
      mine.push({ row: r, isExternal: decider.kind === 'EXTERNAL' });
  }
  const people = await getPersonRefs(
    ctx.db,
    mine.flatMap(({ row }) => [row.employee_id, row.rater_employee_id]),
    todayOf(ctx.now()),
  );
  return {
    items: mine.flatMap(({ row: r, isExternal }) => {
      const employee = people.get(r.employee_id);
      const rater = people.get(r.rater_employee_id);
      return employee && rater
        ? [
            {
              id: r.id,
              evaluationId: r.evaluation_id,
              skpId: r.skp_id,
              employee,
              periodLabel: r.period_label,
              predikat: r.predikat as Predikat,
              reason: r.reason,
              isExternal,
              rater,
              createdAt: r.created_at.toISOString(),
            },
          ]
        : [];
    }),
  };
}
