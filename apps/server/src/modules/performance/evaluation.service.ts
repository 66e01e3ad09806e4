import type { Evaluation, EvaluationContext } from '@sim/contracts';
import { evaluationInput, perfDeadlines } from '@sim/contracts';
import {
  addCalendarDays,
  angkaKreditPeriodik,
  canBeRaterByCategory,
  angkaKreditTahunan,
  predikatKinerja,
  SKM_UNSUR,
  todayOf,
} from '@sim/domain';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { conflict, forbidden, invalid } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { getComplaintStatsForEmployee } from '../complaints/complaint-stats.service';
import { getTrainingForEvaluation } from '../training/training-reports.service';
import { getOfficerSkmEvidence } from '../surveys/survey-results.service';
import { getRecommendationEvidenceForEmployee } from '../oversight/oversight-followups.service';
import { findSuperiorIdsOf } from '../org/org.service';
import {
  buildSkpDto,
  getPersonRef,
  getSkpRow,
  getYearRow,
  referenceDate,
  relationTo,
  toPeriod,
} from './performance-access';
import { loadRealisations, toFeedback } from './performance-work.service';
import * as policy from './performance.policy';
import * as repo from './performance.repository';

// Evaluation (penilaian kinerja): periodic and annual ratings by the rater, the append-only history of every rating
// change and angka kredit for functional positions. Objections are in evaluation-objection.service.ts, calibration
// in calibration.service.ts, the cascade view in cascade.service.ts, rater delegation in rater-delegation.service.ts.

export type RaterOf = { employeeId: number; delegatedFrom: number | null };

/**
 * The rater (Pejabat Penilai Kinerja) of an employee on a date: the superior from the position tree; a superior who
 * may not rate by rank (below pejabat pengawas) passes it up the tree; when the year records a delegation from that
 * official, the delegate rates instead. The evaluation and the SKP document both name this person.
 */
export async function raterOn(
  db: Database,
  ownerId: number,
  yearId: number,
  date: string,
): Promise<RaterOf | null> {
  return (await ratersOn(db, [ownerId], yearId, date)).get(ownerId) ?? null;
}

/**
 * `raterOn` for many employees at once (absent: no rater): the walk up the tree goes a step for all of them together,
 * so the queries are two per step (at most 16 steps) and one for the delegations, however many employees there are.
 */
export async function ratersOn(
  db: Database,
  ownerIds: number[],
  yearId: number,
  date: string,
): Promise<Map<number, RaterOf>> {
  const candidate = await findSuperiorIdsOf(db, ownerIds, date);
  let walking = [...candidate.keys()];
  for (let hops = 0; walking.length > 0 && hops < 16; hops++) {
    const current = [...new Set(walking.map((o) => candidate.get(o)!))];
    const categories = new Map(
      (await repo.findPersons(db, current, date)).map((p) => [p.employee_id, p.position_category]),
    );
    // A superior without a position that day, or one who may rate by rank, stops the walk.
    const passesUp = new Set(
      current.filter((id) => {
        const category = categories.get(id);
        return !!category && !canBeRaterByCategory(category);
      }),
    );
    if (passesUp.size === 0) break;
    const above = await findSuperiorIdsOf(db, [...passesUp], date);
    walking = walking.filter((o) => {
      if (!passesUp.has(candidate.get(o)!)) return false;
      const next = above.get(candidate.get(o)!);
      if (next === undefined) candidate.delete(o);
      else candidate.set(o, next);
      return next !== undefined;
    });
  }
  const delegateOf = new Map(
    (await repo.findDelegations(db, yearId)).map((d) => [d.from_employee_id, d.to_employee_id]),
  );
  return new Map(
    [...candidate].map(([ownerId, official]) => {
      const delegate = delegateOf.get(official);
      return [
        ownerId,
        delegate === undefined
          ? { employeeId: official, delegatedFrom: null }
          : { employeeId: delegate, delegatedFrom: official },
      ];
    }),
  );
}

/** The rater of a period: the rater on the period's last day. */
export async function raterOf(db: Database, ownerId: number, period: repo.PeriodRow) {
  return raterOn(db, ownerId, period.year_id, period.end_date);
}

async function getPeriodOfSkp(db: Database, skp: repo.SkpRow, periodId: number) {
  const period = await repo.findPeriodById(db, periodId);
  if (!period || period.year_id !== skp.year_id)
    throw invalid('periodId', 'Periode tidak ditemukan pada tahun SKP ini');
  return period;
}

/**
 * When the objection window opens: at the latest change by the rater or by the calibration, so a changed rating can
 * be objected to afresh. An objection decision does not reopen it (the decision is the answer to the objection).
 */
export function objectionWindowStart(ev: repo.EvaluationRow, history: { source: string; at: Date }[]): Date {
  const changes = history.filter((h) => h.source === 'RATER' || h.source === 'CALIBRATION');
  return changes.at(-1)?.at ?? ev.evaluated_at;
}

/**
 * Why the rater may no longer change a rating by a normal edit, or null. A rating with an objection under way or
 * decided changes only through the objection decision. Once the year's calibration is finalised, the annual result
 * it covers (existing or new) changes only through the Pimpinan's calibration adjustment or an objection decision.
 * Every such procedure is recorded in the rating history.
 */
function ratingLockReason(
  year: { calibration_finalized_at: Date | null },
  period: { kind: string },
  objections: { status: string }[],
): string | null {
  if (year.calibration_finalized_at !== null && period.kind === 'TAHUNAN') {
    return 'Kalibrasi tahun ini sudah difinalkan; predikat hanya dapat diubah melalui penyesuaian kalibrasi oleh Pimpinan atau keputusan keberatan';
  }
  if (objections.some((o) => o.status === 'PENDING')) {
    return 'Keberatan atas penilaian ini sedang diproses; penilaian hanya berubah melalui keputusan keberatan';
  }
  if (objections.length > 0) {
    return 'Keberatan atas penilaian ini sudah diputuskan; penilaian tidak dapat diubah lagi oleh pejabat penilai';
  }
  return null;
}

export async function toEvaluation(db: Database, ev: repo.EvaluationRow, now: Date): Promise<Evaluation> {
  const skp = await getSkpRow(db, ev.skp_id);
  const period = (await repo.findPeriodById(db, ev.period_id))!;
  const year = await getYearRow(db, skp.year_id);
  const deadlines = perfDeadlines.parse(year.deadlines);
  const [history, objections] = await Promise.all([
    repo.findRatingHistory(db, [ev.id]),
    repo.findObjections(db, [ev.id]),
  ]);
  const rater = await getPersonRef(db, ev.rater_employee_id, period.end_date);
  const owner = await getPersonRef(db, skp.employee_id, referenceDate(skp.year, now));
  const windowStart = objectionWindowStart(ev, history);
  let angkaKredit: number | null = null;
  if (skp.angka_kredit_koefisien !== null && owner.positionCategory === 'FUNGSIONAL') {
    const predikat = ev.predikat;
    angkaKredit =
      period.kind === 'TAHUNAN'
        ? angkaKreditTahunan(predikat, skp.angka_kredit_koefisien, { decimals: 2 })
        : angkaKreditPeriodik(predikat, skp.angka_kredit_koefisien, period.months, { decimals: 2 });
  }
  return {
    id: ev.id,
    skpId: ev.skp_id,
    periodId: ev.period_id,
    periodLabel: period.label,
    ratingHasilKerja: ev.rating_hasil_kerja,
    ratingPerilaku: ev.rating_perilaku,
    predikat: ev.predikat,
    reason: ev.reason,
    catatan: ev.catatan,
    rater,
    evaluatedAt: ev.evaluated_at.toISOString(),
    objectionDeadline: addCalendarDays(todayOf(windowStart), deadlines.objectionDays),
    lockReason: ratingLockReason(year, period, objections),
    angkaKredit,
    history: history.map((h) => ({
      ratingHasilKerja: h.rating_hasil_kerja,
      ratingPerilaku: h.rating_perilaku,
      predikat: h.predikat,
      reason: h.reason,
      source: h.source,
      actorName: h.actor_name,
      at: h.at.toISOString(),
    })),
    objections: objections.map((o) => ({
      id: o.id,
      reason: o.reason,
      status: o.status,
      decisionReason: o.decision_reason,
      decidedByName: o.decided_by_name,
      isExternal: o.is_external,
      decidedByPosition: o.decided_by_position,
      recordedByName: o.recorded_by_name,
      createdAt: o.created_at.toISOString(),
      decidedAt: o.decided_at?.toISOString() ?? null,
    })),
  };
}

/** Loads an SKP the actor may read; `isRater` lets a delegated rater (outside the chain) read what they rate. */
export async function loadReadable(
  db: Database,
  actor: Actor,
  skpId: number,
  now: Date,
  isRater?: (row: repo.SkpRow) => Promise<boolean>,
) {
  const row = await getSkpRow(db, skpId);
  const relation = await relationTo(db, actor, row.employee_id, referenceDate(row.year, now));
  if (!policy.canReadSkp(actor, relation) && !(isRater && (await isRater(row)))) {
    throw forbidden('Anda tidak berwenang membaca SKP pegawai ini');
  }
  return { row, relation };
}

/** Whether the actor is the rater of this SKP in the period (possibly by delegation). */
const raterCheck = (db: Database, actor: Actor, periodId: number) => async (row: repo.SkpRow) => {
  const period = await repo.findPeriodById(db, periodId);
  if (!period || period.year_id !== row.year_id) return false;
  return policy.canRate(actor, (await raterOf(db, row.employee_id, period))?.employeeId ?? null);
};

/** Every evaluation of an SKP (periodic and annual), with history and objections. */
export async function listEvaluations(ctx: ServiceContext, actor: Actor, skpId: number) {
  await loadReadable(ctx.db, actor, skpId, ctx.now());
  const rows = await repo.findEvaluationsOfSkp(ctx.db, skpId);
  return { items: await Promise.all(rows.map((r) => toEvaluation(ctx.db, r, ctx.now()))) };
}

/**
 * The evaluation screen: targets, realisations and evidence of the period (all periods for the annual one), the
 * feedback history, the existing evaluation, and the data other modules hold about the employee as it exists.
 */
export async function getEvaluationContext(
  ctx: ServiceContext,
  actor: Actor,
  skpId: number,
  periodId: number,
): Promise<EvaluationContext> {
  const { row, relation } = await loadReadable(
    ctx.db,
    actor,
    skpId,
    ctx.now(),
    raterCheck(ctx.db, actor, periodId),
  );
  const period = await getPeriodOfSkp(ctx.db, row, periodId);
  const rater = await raterOf(ctx.db, row.employee_id, period);
  const realisations = (await loadRealisations(ctx.db, skpId, { now: ctx.now(), viewer: relation })).filter(
    (r) => period.kind === 'TAHUNAN' || r.periodId === period.id,
  );
  const feedback = (await repo.findFeedback(ctx.db, skpId)).map(toFeedback);
  const existing = await repo.findEvaluation(ctx.db, skpId, periodId);
  const lockReason = ratingLockReason(
    await getYearRow(ctx.db, row.year_id),
    period,
    existing ? await repo.findObjections(ctx.db, [existing.id]) : [],
  );
  const evidenceCount = realisations.reduce((n, r) => n + r.evidence.length, 0);
  const complaints = await getComplaintStatsForEmployee(
    ctx.db,
    row.employee_id,
    period.start_date,
    period.end_date,
  );
  const skm = await getOfficerSkmEvidence(ctx.db, row.employee_id, row.year);
  const training = await getTrainingForEvaluation(ctx.db, {
    employeeId: row.employee_id,
    year: row.year,
    from: period.start_date,
    to: period.end_date,
  });
  const jp = (n: number) => n.toLocaleString('id-ID', { maximumFractionDigits: 1 });
  // Oversight recommendations the employee answers for, as of the period's end (or today, if earlier).
  const today = todayOf(ctx.now());
  const oversight = await getRecommendationEvidenceForEmployee(
    ctx.db,
    row.employee_id,
    period.end_date < today ? period.end_date : today,
  );
  const percent = (value: number | null) => (value === null ? '—' : `${value.toLocaleString('id-ID')}%`);
  return {
    skp: await buildSkpDto(ctx.db, actor, row, relation, ctx.now()),
    period: toPeriod(period),
    rater: rater ? await getPersonRef(ctx.db, rater.employeeId, period.end_date) : null,
    canRate: policy.canRate(actor, rater?.employeeId ?? null) && row.version > 0 && lockReason === null,
    lockReason,
    realisations,
    feedback,
    evaluation: existing ? await toEvaluation(ctx.db, existing, ctx.now()) : null,
    otherData: [
      {
        code: 'EVIDENCE',
        figures: { count: evidenceCount },
        label: 'Bukti dukung pada periode ini',
        value: String(evidenceCount),
      },
      {
        code: 'SUPERIOR_FEEDBACK',
        figures: { count: feedback.filter((f) => f.isFromSuperior).length },
        label: 'Umpan balik atasan (seluruh tahun)',
        value: String(feedback.filter((f) => f.isFromSuperior).length),
      },
      {
        code: 'FEEDBACK_REQUESTS',
        figures: { count: feedback.filter((f) => f.kind === 'REQUEST').length },
        label: 'Permintaan umpan balik dari pegawai',
        value: String(feedback.filter((f) => f.kind === 'REQUEST').length),
      },
      {
        code: 'COMPLAINTS',
        figures: {
          assigned: complaints.assigned,
          finishedOnTime: complaints.finishedOnTime,
          onTimePercent: complaints.onTimePercent,
        },
        label: 'Pengaduan ditangani / selesai tepat waktu (periode ini)',
        value: `${complaints.assigned} / ${complaints.finishedOnTime} (${percent(complaints.onTimePercent)})`,
      },
      {
        // The unsur names come from the SKM table (PermenPANRB 14/2017): U6 is competence, U7 behaviour.
        code: 'SKM_OFFICER',
        figures: {
          year: row.year,
          konversi: skm.isShown ? skm.konversi : null,
          responses: skm.responses,
          minResponses: skm.minResponses,
        },
        label: `SKM atas pelayanan pegawai (U6 ${SKM_UNSUR.U6.name}, U7 ${SKM_UNSUR.U7.name}), tahun ${row.year}`,
        value:
          skm.isShown && skm.konversi !== null
            ? `${skm.konversi.toLocaleString('id-ID')} (${skm.responses} responden)`
            : `${skm.responses} responden (ditampilkan setelah sedikitnya ${skm.minResponses})`,
      },
      {
        code: 'CITIZEN_RATING',
        figures: { average: complaints.averageRating, rated: complaints.rated },
        label: 'Rata-rata penilaian warga atas pengaduan (1–5)',
        value:
          complaints.averageRating === null
            ? '—'
            : `${complaints.averageRating.toLocaleString('id-ID')} dari ${complaints.rated} penilaian`,
      },
      {
        // Issue 11: the employee's JP of the year against the 20 JP target, and what they completed in the period.
        code: 'TRAINING_JP',
        figures: {
          year: row.year,
          jp: training.jp,
          target: training.target,
          isReached: training.isReached ? 1 : 0,
        },
        label: `JP pengembangan kompetensi tahun ${row.year} (target ${jp(training.target)} JP)`,
        value: `${jp(training.jp)} JP${training.isReached ? ' — target tercapai' : ' — belum mencapai target'}`,
      },
      {
        code: 'TRAINING_COMPLETED',
        figures: { count: training.completedInPeriod.length },
        label: 'Pelatihan yang diselesaikan pada periode ini',
        value:
          training.completedInPeriod.length === 0
            ? 'Belum ada'
            : training.completedInPeriod.map((c) => `${c.title} (${jp(c.jp)} JP)`).join('; '),
      },
      {
        code: 'OVERSIGHT_RECOMMENDATIONS',
        figures: { open: oversight.open, overdue: oversight.overdue, closed: oversight.closed },
        label: 'Rekomendasi pengawasan internal: terbuka / lewat batas waktu / selesai',
        value: `${oversight.open} / ${oversight.overdue} / ${oversight.closed}`,
      },
    ],
  };
}

/**
 * Rates an employee for a period: only the rater (the superior on the period's last day), on an approved SKP, once
 * the period has started. The predikat follows from the two ratings; every rating and change is appended to the
 * history with who, when and why.
 */
export async function rateEmployee(
  ctx: ServiceContext,
  actor: Actor,
  skpId: number,
  input: z.infer<typeof evaluationInput>,
): Promise<Evaluation> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    await repo.lockSkp(trx, skpId);
    const { row } = await loadReadable(trx, actor, skpId, ctx.now(), raterCheck(trx, actor, input.periodId));
    const period = await getPeriodOfSkp(trx, row, input.periodId);
    const rater = await raterOf(trx, row.employee_id, period);
    if (!policy.canRate(actor, rater?.employeeId ?? null)) {
      throw forbidden(
        'Hanya pejabat penilai kinerja (atasan langsung pada akhir periode) yang dapat menilai',
      );
    }
    if (row.version === 0) throw conflict('skpId', 'SKP belum disetujui; penilaian belum dapat dilakukan');
    if (todayOf(ctx.now()) < period.start_date) {
      throw invalid('periodId', 'Periode ini belum dimulai');
    }
    const predikat = predikatKinerja(input.ratingHasilKerja, input.ratingPerilaku);
    const now = ctx.now();
    const existing = await repo.findEvaluation(trx, skpId, input.periodId);
    const lockReason = ratingLockReason(
      await getYearRow(trx, row.year_id),
      period,
      existing ? await repo.findObjections(trx, [existing.id]) : [],
    );
    if (lockReason !== null) throw conflict('periodId', lockReason);
    let evaluationId: number;
    if (existing) {
      evaluationId = existing.id;
      await repo.updateEvaluation(trx, existing.id, {
        rater_employee_id: rater!.employeeId,
        rating_hasil_kerja: input.ratingHasilKerja,
        rating_perilaku: input.ratingPerilaku,
        predikat,
        reason: input.reason,
        catatan: input.catatan,
        updated_at: now,
      });
    } else {
      evaluationId = (
        await repo.insertEvaluation(trx, {
          skp_id: skpId,
          period_id: input.periodId,
          rater_employee_id: rater!.employeeId,
          rating_hasil_kerja: input.ratingHasilKerja,
          rating_perilaku: input.ratingPerilaku,
          predikat,
          reason: input.reason,
          catatan: input.catatan,
          evaluated_at: now,
          updated_at: now,
        })
      ).id;
    }
    await repo.insertRatingHistory(trx, {
      evaluation_id: evaluationId,
      rating_hasil_kerja: input.ratingHasilKerja,
      rating_perilaku: input.ratingPerilaku,
      predikat,
      reason: input.reason,
      source: 'RATER',
      actor_user_id: actor.userId,
      actor_name: actor.displayName,
      at: now,
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: existing ? 'skp.rating_changed' : 'skp.rated',
      entityType: 'perf_evaluation',
      entityId: evaluationId,
      before: existing
        ? {
            hasilKerja: existing.rating_hasil_kerja,
            perilaku: existing.rating_perilaku,
            predikat: existing.predikat,
          }
        : null,
      after: {
        hasilKerja: input.ratingHasilKerja,
        perilaku: input.ratingPerilaku,
        predikat,
        reason: input.reason,
      },
    });
    return evaluationId;
  });
  return toEvaluation(ctx.db, (await repo.findEvaluationById(ctx.db, id))!, ctx.now());
}

/**
 * The employee's evaluations of periods that ended on or after `since` (WIB date), newest first, with the predikat
 * in force. For the training needs (issue 11 §5), which list a need for a predikat of Butuh Perbaikan or lower; no
 * actor check here — the caller has decided who may read the employee's needs.
 */
export async function findEvaluationsOfEmployeeSince(db: Database, employeeId: number, since: string) {
  const rows = await repo.findEvaluationsOfEmployeeSince(db, employeeId, since);
  return rows.map((r) => ({
    evaluationId: r.id,
    skpId: r.skp_id,
    periodId: r.period_id,
    periodLabel: `${r.label} ${r.year}`,
    periodEnd: r.end_date,
    predikat: r.predikat,
  }));
}
