import { calibrationAdjustmentInput, calibrationFinalizeInput, distributionRules } from '@sim/contracts';
import {
  DEFAULT_DISTRIBUTION_RULES,
  calibrationReadiness,
  checkPredikatDistribution,
  countPredikat,
  currentPeriodIndex,
  toWibIsoDate,
  type DistributionRules,
  type OrganisationPredikat,
  type Predikat,
} from '@sim/domain';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { getPersonRefs, getYearRow, referenceDate } from './performance-access';
import * as policy from './performance.policy';
import * as repo from './performance.repository';
import { raterOf } from './evaluation.service';

// Calibration (SE MenPANRB 3/2023): the organisation predikat, the allowed distribution of the employee predikat,
// finalising and adjusting it.

function rulesOf(year: { distribution_rules: unknown }): DistributionRules {
  const parsed = distributionRules.safeParse(year.distribution_rules);
  return parsed.success ? (parsed.data as DistributionRules) : DEFAULT_DISTRIBUTION_RULES;
}

/**
 * The period calibration opens on: the periodic one that contains today (WIB), or the annual evaluation once the
 * year's last period has ended (that is the one finalised).
 */
function currentCalibrationPeriod(periods: repo.PeriodRow[], today: string) {
  const periodic = periods.filter((p) => p.kind === 'PERIODIK').sort((a, b) => a.seq - b.seq);
  const annual = periods.find((p) => p.kind === 'TAHUNAN');
  const last = periodic.at(-1);
  if (annual && (!last || today > last.end_date)) return annual;
  return (
    periodic[
      currentPeriodIndex(
        periodic.map((p) => ({ endDate: p.end_date })),
        today,
      )
    ] ?? annual
  );
}

/**
 * How many must be rated in a period: the approved SKPs (version > 0) whose owner has a rater in the system on the
 * period's last day. The head of the office is rated outside (no superior in the tree), so is not counted.
 */
async function countExpectedRatings(db: Database, skps: repo.SkpRow[], period: repo.PeriodRow) {
  let expected = 0;
  for (const skp of skps) {
    if (skp.version > 0 && (await raterOf(db, skp.employee_id, period)) !== null) expected++;
  }
  return expected;
}

/**
 * The calibration screen (SE MenPANRB 3/2023): the organisation predikat, the employee predikat of a period (the
 * annual one by default) counted against the allowed pattern, and whether it has been finalised.
 */
export async function getCalibration(ctx: ServiceContext, actor: Actor, yearId: number, periodId?: number) {
  if (!policy.canReadCalibration(actor)) throw forbidden('Kalibrasi hanya untuk Pimpinan dan Admin');
  const year = await getYearRow(ctx.db, yearId);
  const periods = await repo.findPeriodsOfYears(ctx.db, [yearId]);
  const period = periodId
    ? periods.find((p) => p.id === periodId)
    : currentCalibrationPeriod(periods, toWibIsoDate(ctx.now()));
  if (!period) throw invalid('periodId', 'Periode tidak ditemukan pada tahun ini');
  const skps = await repo.findSkps(ctx.db, { yearId, employeeIds: null });
  const evaluations = await repo.findEvaluationsOfPeriod(ctx.db, period.id);
  const bySkp = new Map(evaluations.map((e) => [e.skp_id, e]));
  const predikats = evaluations.map((e) => e.predikat);
  const rules = rulesOf(year);
  const counts = countPredikat(predikats);
  const check = year.org_predikat
    ? checkPredikatDistribution(year.org_predikat, counts, rules)
    : { ok: true, total: predikats.length, violations: [] };
  const expected = await countExpectedRatings(ctx.db, skps, period);
  const readiness = calibrationReadiness({
    rated: check.total,
    expected,
    distributionOk: check.ok,
    hasJustification: false,
  });
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
    orgPredikat: year.org_predikat ?? null,
    rules: rules as z.infer<typeof distributionRules>,
    counts: counts as Record<string, number>,
    total: check.total,
    rated: readiness.rated,
    expected: readiness.expected,
    isComplete: readiness.isComplete,
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
              predikat: ev?.predikat ?? null,
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
 * are not in yet (then it is refused). Before everyone who must be rated is rated, or outside the allowed pattern,
 * this is still possible, but only with a written justification (warn, never block — performance-skp.md), which is
 * stored and audited. Afterwards the year's ratings change only through the calibration adjustment or an objection
 * decision.
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
  const readiness = calibrationReadiness({
    rated: current.rated,
    expected: current.expected,
    distributionOk: current.ok,
    hasJustification: input.justification !== null && input.justification !== '',
  });
  if (!readiness.canFinalize && !current.isComplete) {
    throw invalid(
      'justification',
      `Baru ${current.rated} dari ${current.expected} pegawai dinilai pada evaluasi tahunan; lengkapi penilaiannya atau tuliskan justifikasinya`,
    );
  }
  if (!readiness.canFinalize) {
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
        rated: current.rated,
        expected: current.expected,
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

export type PeriodDistribution = {
  yearId: number;
  year: number;
  periodId: number;
  periodLabel: string;
  orgPredikat: OrganisationPredikat | null;
  rules: DistributionRules;
  /** Each evaluation's predikat with the rated employee's unit on the period's last day. */
  ratings: { unitId: number | null; predikat: Predikat }[];
};

/**
 * The last evaluation period that has ended by `today` (the annual one when it ends with the last periodic one), its
 * year's organisation predikat and allowed pattern, and every predikat given in it with the employee's unit: the
 * Pimpinan dashboard counts them per unit with `countPredikat` and checks them with `checkPredikatDistribution`,
 * as the calibration screen does. A fixed number of queries; no actor check (the caller decided). Null before any
 * period has ended.
 */
export async function getLastPeriodRatings(db: Database, today: string): Promise<PeriodDistribution | null> {
  const years = await repo.findYears(db);
  const periods = (
    await repo.findPeriodsOfYears(
      db,
      years.map((y) => y.id),
    )
  ).filter((p) => p.end_date < today);
  // The latest ended period that has ratings (the annual one first when it ends with the last periodic one); a
  // period that ended before anyone was rated would show an empty distribution. A few periods at most are looked at,
  // in one query.
  const ended = periods.sort(
    (a, b) => b.end_date.localeCompare(a.end_date) || (a.kind === b.kind ? 0 : a.kind === 'TAHUNAN' ? -1 : 1),
  );
  const candidates = ended.slice(0, 8);
  const ratedId = await repo.findFirstRatedPeriodId(
    db,
    candidates.map((p) => p.id),
  );
  const last = ratedId !== undefined ? candidates.find((p) => p.id === ratedId) : ended[0];
  if (!last) return null;
  const year = years.find((y) => y.id === last.year_id)!;
  // Each rating with its owner's unit on the period's last day, matched in the database (one row per evaluation).
  const ratings =
    ratedId === undefined ? [] : await repo.findPeriodRatingUnits(db, last.id, year.id, last.end_date);
  return {
    yearId: year.id,
    year: year.year,
    periodId: last.id,
    periodLabel: last.label,
    orgPredikat: year.org_predikat ?? null,
    rules: rulesOf(year),
    ratings: ratings.map((r) => ({ unitId: r.unit_id, predikat: r.predikat })),
  };
}
