import type { Evaluation } from '@sim/contracts';
import {
  calibrationAdjustmentInput,
  calibrationFinalizeInput,
  delegationInput,
  distributionRules,
  evaluationInput,
  objectionDecisionInput,
  perfDeadlines,
} from '@sim/contracts';
import {
  DEFAULT_DISTRIBUTION_RULES,
  addCalendarDays,
  angkaKreditPeriodik,
  canBeRaterByCategory,
  angkaKreditTahunan,
  checkPredikatDistribution,
  countPredikat,
  predikatKinerja,
  SKM_UNSUR,
  type DistributionRules,
  type OrganisationPredikat,
  type Predikat,
  type Rating,
} from '@sim/domain';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { auditContextOf, hasRole, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { getComplaintStatsForEmployee } from '../complaints/complaint-stats.service';
import { todayOf } from '../org/employee.rules';
import { getOfficerSkmEvidence } from '../surveys/survey-results.service';
import { findSubordinateEmployeeIds, getSuperiorOf } from '../org/org.service';
import {
  buildSkpDto,
  getPersonRef,
  getPersonRefs,
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
// change, objections decided by the rater's superior, angka kredit for functional positions, the organisation
// predikat with the calibration of the distribution, and the cascade view.

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
): Promise<{ employeeId: number; delegatedFrom: number | null } | null> {
  let current = await getSuperiorOf(db, ownerId, date);
  for (let hops = 0; current && hops < 16; hops++) {
    const [person] = await repo.findPersons(db, [current.employeeId], date);
    const category = person?.position_category;
    if (!category || canBeRaterByCategory(category)) break;
    current = await getSuperiorOf(db, current.employeeId, date);
  }
  if (!current) return null;
  const delegation = await repo.findDelegationFrom(db, yearId, current.employeeId);
  return delegation
    ? { employeeId: delegation.to_employee_id, delegatedFrom: current.employeeId }
    : { employeeId: current.employeeId, delegatedFrom: null };
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
function objectionWindowStart(ev: repo.EvaluationRow, history: { source: string; at: Date }[]): Date {
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

async function toEvaluation(db: Database, ev: repo.EvaluationRow, now: Date): Promise<Evaluation> {
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
    const predikat = ev.predikat as Predikat;
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
    ratingHasilKerja: ev.rating_hasil_kerja as Rating,
    ratingPerilaku: ev.rating_perilaku as Rating,
    predikat: ev.predikat as Predikat,
    reason: ev.reason,
    catatan: ev.catatan,
    rater,
    evaluatedAt: ev.evaluated_at.toISOString(),
    objectionDeadline: addCalendarDays(todayOf(windowStart), deadlines.objectionDays),
    lockReason: ratingLockReason(year, period, objections),
    angkaKredit,
    history: history.map((h) => ({
      ratingHasilKerja: h.rating_hasil_kerja as Rating,
      ratingPerilaku: h.rating_perilaku as Rating,
      predikat: h.predikat as Predikat,
      reason: h.reason,
      source: h.source as 'RATER' | 'OBJECTION' | 'CALIBRATION',
      actorName: h.actor_name,
      at: h.at.toISOString(),
    })),
    objections: objections.map((o) => ({
      id: o.id,
      reason: o.reason,
      status: o.status as 'PENDING' | 'ACCEPTED' | 'REJECTED',
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
async function loadReadable(
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
) {
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
      { label: 'Bukti dukung pada periode ini', value: String(evidenceCount) },
      {
        label: 'Umpan balik atasan (seluruh tahun)',
        value: String(feedback.filter((f) => f.isFromSuperior).length),
      },
      {
        label: 'Permintaan umpan balik dari pegawai',
        value: String(feedback.filter((f) => f.kind === 'REQUEST').length),
      },
      {
        label: 'Pengaduan ditangani / selesai tepat waktu (periode ini)',
        value: `${complaints.assigned} / ${complaints.finishedOnTime} (${percent(complaints.onTimePercent)})`,
      },
      {
        // The unsur names come from the SKM table (PermenPANRB 14/2017): U6 is competence, U7 behaviour.
        label: `SKM atas pelayanan pegawai (U6 ${SKM_UNSUR.U6.name}, U7 ${SKM_UNSUR.U7.name}), tahun ${row.year}`,
        value:
          skm.isShown && skm.konversi !== null
            ? `${skm.konversi.toLocaleString('id-ID')} (${skm.responses} responden)`
            : `${skm.responses} responden (ditampilkan setelah sedikitnya ${skm.minResponses})`,
      },
      {
        label: 'Rata-rata penilaian warga atas pengaduan (1–5)',
        value:
          complaints.averageRating === null
            ? '—'
            : `${complaints.averageRating.toLocaleString('id-ID')} dari ${complaints.rated} penilaian`,
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

// ---------------------------------------------------------------- objection (keberatan)

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

// ---------------------------------------------------------------- calibration

function rulesOf(year: { distribution_rules: unknown }): DistributionRules {
  const parsed = distributionRules.safeParse(year.distribution_rules);
  return parsed.success ? (parsed.data as DistributionRules) : DEFAULT_DISTRIBUTION_RULES;
}

/**
 * The period calibration opens on: the annual evaluation once it has ratings; before that, the latest periodic one
 * with ratings (so a year in progress shows its distribution so far); the annual one when nothing is rated yet.
 */
async function defaultCalibrationPeriod(db: Database, periods: repo.PeriodRow[]) {
  const annual = periods.find((p) => p.kind === 'TAHUNAN');
  for (const p of [...periods].sort((a, b) => b.seq - a.seq)) {
    if ((await repo.findEvaluationsOfPeriod(db, p.id)).length > 0) return p;
  }
  return annual;
}

/**
 * The calibration screen (SE MenPANRB 3/2023): the organisation predikat, the employee predikat of a period (the
 * annual one by default) counted against the allowed pattern, and whether it has been finalised.
 */
export async function getCalibration(ctx: ServiceContext, actor: Actor, yearId: number, periodId?: number) {
  if (!hasRole(actor, 'PIMPINAN', 'ADMIN_KEPEGAWAIAN'))
    throw forbidden('Kalibrasi hanya untuk Pimpinan dan Admin');
  const year = await getYearRow(ctx.db, yearId);
  const periods = await repo.findPeriodsOfYears(ctx.db, [yearId]);
  const period = periodId
    ? periods.find((p) => p.id === periodId)
    : await defaultCalibrationPeriod(ctx.db, periods);
  if (!period) throw invalid('periodId', 'Periode tidak ditemukan pada tahun ini');
  const skps = await repo.findSkps(ctx.db, { yearId, employeeIds: null });
  const evaluations = await repo.findEvaluationsOfPeriod(ctx.db, period.id);
  const bySkp = new Map(evaluations.map((e) => [e.skp_id, e]));
  const predikats = evaluations.map((e) => e.predikat as Predikat);
  const rules = rulesOf(year);
  const counts = countPredikat(predikats);
  const check = year.org_predikat
    ? checkPredikatDistribution(year.org_predikat as OrganisationPredikat, counts, rules)
    : { ok: true, total: predikats.length, violations: [] };
  const people = await getPersonRefs(
    ctx.db,
    skps.map((s) => s.employee_id),
    referenceDate(year.year, ctx.now()),
  );
  return {
    yearId,
    year: year.year,
    periodId: period.id,
    periodLabel: period.label,
    isAnnual: period.kind === 'TAHUNAN',
    orgPredikat: (year.org_predikat as OrganisationPredikat | null) ?? null,
    rules: rules as z.infer<typeof distributionRules>,
    counts: counts as Record<string, number>,
    total: check.total,
    ok: check.ok,
    violations: check.violations.map((v) => ({ message: v.message })),
    finalizedAt: year.calibration_finalized_at?.toISOString() ?? null,
    justification: year.calibration_justification,
    employees: skps.flatMap((s) => {
      const employee = people.get(s.employee_id);
      const ev = bySkp.get(s.id);
      return employee
        ? [
            {
              skpId: s.id,
              employee,
              predikat: (ev?.predikat as Predikat | undefined) ?? null,
              evaluationId: ev?.id ?? null,
            },
          ]
        : [];
    }),
  };
}

/** The Pimpinan sets the organisation predikat (capaian kinerja organisasi) of the year. */
export async function setOrgPredikat(
  ctx: ServiceContext,
  actor: Actor,
  yearId: number,
  orgPredikat: OrganisationPredikat,
) {
  if (!policy.canCalibrate(actor)) throw forbidden('Predikat organisasi ditetapkan oleh Pimpinan');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getYearRow(trx, yearId);
    await repo.updateYear(trx, yearId, { org_predikat: orgPredikat });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'perf_year.org_predikat_set',
      entityType: 'perf_year',
      entityId: yearId,
      before: { orgPredikat: before.org_predikat },
      after: { orgPredikat },
    });
  });
  return getCalibration(ctx, actor, yearId);
}

/** Edits the allowed distribution (defaults from performance-skp.md) for a year. */
export async function setDistributionRules(
  ctx: ServiceContext,
  actor: Actor,
  yearId: number,
  rules: z.infer<typeof distributionRules>,
) {
  if (!policy.canEditDistributionRules(actor)) throw forbidden();
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getYearRow(trx, yearId);
    await repo.updateYear(trx, yearId, { distribution_rules: JSON.stringify(rules) });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'perf_year.distribution_rules_set',
      entityType: 'perf_year',
      entityId: yearId,
      before: before.distribution_rules,
      after: rules,
    });
  });
  return getCalibration(ctx, actor, yearId);
}

/**
 * The Pimpinan finalises the calibration of the annual evaluation — never of a quarter, even when the annual ratings
 * are not in yet (then it is refused). Outside the allowed pattern this is still possible, but only with a written
 * justification (warn, never block — performance-skp.md). Afterwards the year's ratings change only through the
 * calibration adjustment or an objection decision.
 */
export async function finalizeCalibration(
  ctx: ServiceContext,
  actor: Actor,
  yearId: number,
  input: z.infer<typeof calibrationFinalizeInput>,
) {
  if (!policy.canCalibrate(actor)) throw forbidden('Kalibrasi ditetapkan oleh Pimpinan');
  const annual = (await repo.findPeriodsOfYears(ctx.db, [yearId])).find((p) => p.kind === 'TAHUNAN');
  if (!annual) throw notFound('Periode tahunan');
  const current = await getCalibration(ctx, actor, yearId, annual.id);
  if (current.orgPredikat === null)
    throw invalid('orgPredikat', 'Tetapkan predikat organisasi terlebih dahulu');
  if (current.total === 0) {
    throw conflict(
      'periodId',
      'Belum ada penilaian tahunan; kalibrasi difinalkan atas hasil evaluasi tahunan, bukan triwulan',
    );
  }
  if (!current.ok && !input.justification) {
    throw invalid(
      'justification',
      'Distribusi predikat di luar pola yang diizinkan; tuliskan justifikasinya',
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateYear(trx, yearId, {
      calibration_finalized_at: ctx.now(),
      calibration_finalized_by: actor.userId,
      calibration_justification: input.justification,
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'perf_year.calibration_finalized',
      entityType: 'perf_year',
      entityId: yearId,
      after: {
        periodId: annual.id,
        ok: current.ok,
        counts: current.counts,
        justification: input.justification,
      },
    });
  });
  return getCalibration(ctx, actor, yearId, annual.id);
}

/**
 * The Pimpinan adjusts the predikat of an annual evaluation during calibration (SE MenPANRB 3/2023), with a reason.
 * The rater's two ratings stay as given; the predikat changes and the change is appended to the rating history as a
 * CALIBRATION entry (and opens a new objection window for the employee). Allowed before and after finalising — it is
 * the recorded procedure for changing a calibrated result — but not while an objection is under way.
 */
export async function adjustPredikat(
  ctx: ServiceContext,
  actor: Actor,
  evaluationId: number,
  input: z.infer<typeof calibrationAdjustmentInput>,
) {
  if (!policy.canCalibrate(actor))
    throw forbidden('Penyesuaian predikat dalam kalibrasi dilakukan oleh Pimpinan');
  const { yearId, periodId } = await ctx.db.transaction().execute(async (trx) => {
    const found = await repo.findEvaluationById(trx, evaluationId);
    if (!found) throw notFound('Penilaian');
    await repo.lockSkp(trx, found.skp_id);
    const ev = (await repo.findEvaluationById(trx, evaluationId))!;
    const period = (await repo.findPeriodById(trx, ev.period_id))!;
    if (period.kind !== 'TAHUNAN') {
      throw conflict('evaluationId', 'Penyesuaian kalibrasi hanya untuk hasil evaluasi tahunan');
    }
    const objections = await repo.findObjections(trx, [ev.id]);
    if (objections.some((o) => o.status === 'PENDING')) {
      throw conflict(
        'evaluationId',
        'Keberatan atas penilaian ini sedang diproses; putuskan keberatan terlebih dahulu',
      );
    }
    if (ev.predikat === input.predikat) {
      throw invalid('predikat', 'Predikat hasil penyesuaian sama dengan predikat sekarang');
    }
    const now = ctx.now();
    await repo.updateEvaluation(trx, ev.id, { predikat: input.predikat, updated_at: now });
    await repo.insertRatingHistory(trx, {
      evaluation_id: ev.id,
      rating_hasil_kerja: ev.rating_hasil_kerja,
      rating_perilaku: ev.rating_perilaku,
      predikat: input.predikat,
      reason: input.reason,
      source: 'CALIBRATION',
      actor_user_id: actor.userId,
      actor_name: actor.displayName,
      at: now,
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'skp.predikat_calibrated',
      entityType: 'perf_evaluation',
      entityId: ev.id,
      before: { predikat: ev.predikat },
      after: { predikat: input.predikat, reason: input.reason },
    });
    return { yearId: period.year_id, periodId: period.id };
  });
  return getCalibration(ctx, actor, yearId, periodId);
}

// ---------------------------------------------------------------- cascade

/** The head of the office on a date: the first employee in office with nobody above in the position tree. */
async function findHeadOfOffice(db: Database, date: string): Promise<number | null> {
  for (const id of (await repo.findEmployeeIdsInOffice(db, date)).sort((a, b) => a - b)) {
    if (!(await getSuperiorOf(db, id, date))) return id;
  }
  return null;
}

/**
 * The tree of RHK from a leader down through everybody below, flattened with parent pointers. Gaps are marked: a
 * leader's RHK nobody below supports, and a subordinate's RHK that supports nothing of the superior's.
 */
export async function getCascade(ctx: ServiceContext, actor: Actor, yearId: number, rootId?: number) {
  const year = await getYearRow(ctx.db, yearId);
  const date = referenceDate(year.year, ctx.now());
  const root =
    rootId ??
    actor.employeeId ??
    (hasRole(actor, 'ADMIN_KEPEGAWAIAN', 'PIMPINAN') ? await findHeadOfOffice(ctx.db, date) : null);
  if (root === null) throw invalid('employeeId', 'Pilih pegawai puncak pohon kaskade');
  const relation = await relationTo(ctx.db, actor, root, date);
  if (!policy.canReadSkp(actor, relation))
    throw forbidden('Anda tidak berwenang melihat kaskade pegawai ini');
  const below = await findSubordinateEmployeeIds(ctx.db, root, date);
  const ids = [root, ...below];
  const parentOf = new Map<number, number | null>([[root, null]]);
  for (const id of below) parentOf.set(id, (await getSuperiorOf(ctx.db, id, date))?.employeeId ?? null);
  const skps = await repo.findSkps(ctx.db, { yearId, employeeIds: ids });
  const skpOf = new Map(skps.map((s) => [s.employee_id, s]));
  const rhk = await repo.findRhkOfSkps(
    ctx.db,
    skps.map((s) => s.id),
  );
  const children = await repo.findChildRhk(
    ctx.db,
    rhk.map((r) => r.id),
  );
  const supported = new Set(children.map((c) => c.parent_rhk_id));
  const rhkOfSkp = (skpId: number | undefined) => rhk.filter((r) => r.skp_id === skpId);
  const people = await getPersonRefs(ctx.db, ids, date);
  const depthOf = (id: number): number => {
    let depth = 0;
    let cur = parentOf.get(id) ?? null;
    while (cur !== null && depth < 64) {
      depth += 1;
      cur = parentOf.get(cur) ?? null;
    }
    return depth;
  };
  // Depth-first, so each person's team follows them directly (the screen indents by depth).
  const ordered: number[] = [];
  const visit = (id: number, guard: number) => {
    ordered.push(id);
    if (guard > 64) return;
    for (const child of below.filter((b) => parentOf.get(b) === id)) visit(child, guard + 1);
  };
  visit(root, 0);
  return {
    items: ordered.flatMap((id) => {
      const employee = people.get(id);
      if (!employee) return [];
      const skp = skpOf.get(id);
      const parentId = parentOf.get(id) ?? null;
      const parentRhkIds = new Set(
        rhkOfSkp(parentId !== null ? skpOf.get(parentId)?.id : undefined).map((r) => r.id),
      );
      const hasSubordinates = below.some((b) => parentOf.get(b) === id);
      return [
        {
          skpId: skp?.id ?? null,
          parentEmployeeId: parentId,
          depth: depthOf(id),
          employee,
          status: (skp?.status as 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED' | undefined) ?? null,
          rhk: rhkOfSkp(skp?.id).map((r) => ({
            id: r.id,
            text: r.text,
            parentRhkId: r.parent_rhk_id,
            isUnsupported: hasSubordinates && !supported.has(r.id),
            isOrphan: parentId !== null && (r.parent_rhk_id === null || !parentRhkIds.has(r.parent_rhk_id)),
          })),
        },
      ];
    }),
  };
}

// ---------------------------------------------------------------- rater delegation

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
