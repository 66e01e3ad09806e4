import type {
  TrainingNeed,
  TrainingNeedDecisionInput,
  TrainingNeedList,
  TrainingNeedQuery,
  TrainingNeedSettings,
  TrainingNeedSignal,
} from '@sim/contracts';
import {
  addCalendarDays,
  DEFAULT_TRAINING_NEED_SETTINGS,
  formatTanggal,
  fullNameOf,
  hasLateComplaintSignal,
  isLowPredikat,
  isWeakSkmUnsur,
  needStatus,
  predikatLabel,
  toWibIsoDate,
} from '@sim/domain';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { getComplaintStatsForEmployee } from '../complaints/complaint-stats.service';
import { getOrdinaryFindingsForEmployee } from '../oversight/oversight-followups.service';
import { findEvaluationsOfEmployeeSince } from '../performance/evaluation.service';
import { getOfficerSkmEvidence } from '../surveys/survey-results.service';
import * as competencyRepo from './competency.repository';
import {
  directReportsAmong,
  employeesInScope,
  loadGapRows,
  relationTo,
  type ScopedEmployee,
} from './competency.service';
import { canDecideTrainingNeed, canManageTrainingNeedSettings } from './competency.policy';
import { enrolEmployeeInSession } from './training-enrolment.service';
import * as repo from './training-needs.repository';

// Issue 11 §5: training needs computed on every read from their signals (docs/adr/0004), so they follow the data as
// it changes; only the superior's decisions are stored, each bound to the fingerprint of the signal it was made for.
// Signals: competency gaps; evaluations rated Butuh Perbaikan or lower (performance); late complaints (complaint
// statistics); weak SKM U6/U7 answers naming the employee (SKM per-officer evidence, privacy threshold applied);
// ordinary oversight findings about the employee (oversight's service) — see `oversightFindingSignals`.

/** Signals whose source module does not exist yet: the screen says they are not counted (none left). */
const PENDING_SIGNALS: TrainingNeedSignal[] = [];

const konversi = (nrr: number) => (Math.round(nrr * 25 * 100) / 100).toLocaleString('id-ID');

// ---------------------------------------------------------------- settings

/** The settings in force: the agency's saved values over the documented defaults. */
export async function loadNeedSettings(db: Database): Promise<TrainingNeedSettings> {
  const saved = (await repo.findNeedSettingsValue(db)) as Partial<TrainingNeedSettings> | null;
  const d = DEFAULT_TRAINING_NEED_SETTINGS;
  if (!saved || typeof saved !== 'object') return structuredClone(d);
  return {
    lookbackDays: saved.lookbackDays ?? d.lookbackDays,
    lateComplaintsMin: saved.lateComplaintsMin ?? d.lateComplaintsMin,
    skmMinKonversi: saved.skmMinKonversi ?? d.skmMinKonversi,
    signalCompetencies: { ...d.signalCompetencies, ...(saved.signalCompetencies ?? {}) },
  };
}

export async function getNeedSettings(ctx: ServiceContext, _actor: Actor): Promise<TrainingNeedSettings> {
  return loadNeedSettings(ctx.db);
}

/** HR changes the look-back, thresholds and the signal → competency mapping; every code must be in the dictionary. */
export async function updateNeedSettings(
  ctx: ServiceContext,
  actor: Actor,
  input: TrainingNeedSettings,
): Promise<TrainingNeedSettings> {
  if (!canManageTrainingNeedSettings(actor))
    throw forbidden('Hanya Admin Kepegawaian yang dapat mengubah pengaturan kebutuhan pelatihan');
  const codes = [...new Set(Object.values(input.signalCompetencies).flat())];
  const known = new Set((await competencyRepo.findCompetenciesByCodes(ctx.db, codes)).map((c) => c.code));
  for (const [signal, list] of Object.entries(input.signalCompetencies)) {
    const unknown = list.find((code) => !known.has(code));
    if (unknown)
      throw invalid(`signalCompetencies.${signal}`, `Kode kompetensi ${unknown} tidak ada di kamus`);
  }
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadNeedSettings(trx);
    await repo.upsertNeedSettingsValue(trx, input, ctx.now());
    await recordAudit(trx, auditContextOf(actor), {
      action: 'training.needs.settings.update',
      entityType: 'setting',
      entityId: 'training.needs',
      before,
      after: input,
    });
  });
  return loadNeedSettings(ctx.db);
}

// ---------------------------------------------------------------- signals

type Signal = {
  key: string;
  employeeId: number;
  signal: TrainingNeedSignal;
  summary: string;
  links: { label: string; href: string }[];
  /** Competency codes the need points to. */
  codes: string[];
  fingerprint: string;
};

/**
 * Oversight findings (issue 11 §5): the ordinary findings of the look-back window that concern the employee — as the
 * person concerned, or through a recommendation they or the unit they head must follow up — make one need naming
 * each finding and linking to its recommendation (or, for the person concerned only, to the finding), pointing to
 * `settings.signalCompetencies.OVERSIGHT_FINDING` (default Pelayanan Publik: the checklist is about service
 * standards). Read through oversight's service, which
 * never returns integrity findings: those are for the team, the Pimpinan and the person concerned only, and this
 * list is read by the superior and HR. Any new finding reopens a decided need.
 */
async function oversightFindingSignals(
  db: Database,
  id: number,
  settings: TrainingNeedSettings,
  since: string,
  today: string,
): Promise<Signal[]> {
  const findings = await getOrdinaryFindingsForEmployee(db, id, since, today);
  if (findings.length === 0) return [];
  return [
    {
      key: 'OVERSIGHT_FINDING',
      employeeId: id,
      signal: 'OVERSIGHT_FINDING',
      summary: `Temuan pengawasan: ${findings
        .map(
          (f) =>
            `"${f.title}" (${f.severity.toLowerCase()}, ${formatTanggal(f.recordedOn)}${f.unitName ? `, ${f.unitName}` : ''})`,
        )
        .join('; ')}`,
      // The recommendation for whoever answers for it (they, their superiors and the Pimpinan may open it); the
      // finding itself for the person concerned, who may read the finding but not another owner's follow-up.
      links: findings.map((f) => ({
        label: `Temuan: ${f.title}`,
        href:
          f.recommendationId !== null
            ? `/pengawasan/rekomendasi/${f.recommendationId}`
            : `/pengawasan/temuan/${f.findingId}`,
      })),
      codes: settings.signalCompetencies.OVERSIGHT_FINDING,
      fingerprint: findings.map((f) => f.findingId).join(','),
    },
  ];
}

async function signalsOf(
  db: Database,
  employee: ScopedEmployee,
  gapRows: Awaited<ReturnType<typeof loadGapRows>>['rows'],
  settings: TrainingNeedSettings,
  today: string,
): Promise<Signal[]> {
  const out: Signal[] = [];
  const id = employee.id;
  const profile = { label: 'Profil kompetensi', href: `/kompetensi/pegawai/${id}` };
  for (const r of gapRows) {
    if (r.employeeId !== id || r.status !== 'KURANG' || !r.latest) continue;
    out.push({
      key: `COMPETENCY_GAP:${r.code}`,
      employeeId: id,
      signal: 'COMPETENCY_GAP',
      summary: `${r.name}: level ${r.latest.score} dari standar jabatan ${r.requiredLevel} (kurang ${r.gap} level), dinilai ${formatTanggal(r.latest.assessedOn)}`,
      links: [profile],
      codes: [r.code],
      fingerprint: `required=${r.requiredLevel};score=${r.latest.score}`,
    });
  }

  const since = addCalendarDays(today, -settings.lookbackDays);
  const low = (await findEvaluationsOfEmployeeSince(db, id, since)).filter((e) => isLowPredikat(e.predikat));
  if (low.length > 0) {
    out.push({
      key: 'LOW_EVALUATION',
      employeeId: id,
      signal: 'LOW_EVALUATION',
      summary: `Predikat kinerja ${low.map((e) => `${predikatLabel(e.predikat)} (${e.periodLabel})`).join(', ')}`,
      links: low.map((e) => ({
        label: `Evaluasi ${e.periodLabel}`,
        href: `/kinerja/skp/${e.skpId}/evaluasi/${e.periodId}`,
      })),
      codes: settings.signalCompetencies.LOW_EVALUATION,
      fingerprint: low.map((e) => `${e.evaluationId}:${e.predikat}`).join(','),
    });
  }

  const complaints = await getComplaintStatsForEmployee(db, id, since, today);
  if (hasLateComplaintSignal(complaints.breached, settings.lateComplaintsMin)) {
    out.push({
      key: 'LATE_COMPLAINTS',
      employeeId: id,
      signal: 'LATE_COMPLAINTS',
      summary: `${complaints.breached} pengaduan melewati batas waktu penyelesaian sejak ${formatTanggal(since)}`,
      links: [
        {
          label: 'Statistik pengaduan',
          href: `/complaints/stats?employeeId=${id}&from=${since}&to=${today}`,
        },
      ],
      codes: settings.signalCompetencies.LATE_COMPLAINTS,
      fingerprint: `breached=${complaints.breached}`,
    });
  }

  // The officer's SKM of this year, or of last year while this year's answers are still below the threshold.
  const year = Number(today.slice(0, 4));
  let skm = await getOfficerSkmEvidence(db, id, year);
  if (!skm.isShown) skm = await getOfficerSkmEvidence(db, id, year - 1);
  const weak = (
    [
      ['U6', 'kompetensi petugas', skm.nrrU6],
      ['U7', 'perilaku petugas', skm.nrrU7],
    ] as const
  ).filter(([, , nrr]) => isWeakSkmUnsur(nrr, settings.skmMinKonversi));
  if (weak.length > 0) {
    out.push({
      key: 'WEAK_SKM_UNSUR',
      employeeId: id,
      signal: 'WEAK_SKM_UNSUR',
      summary: `SKM ${skm.year}: ${weak.map(([u, label, nrr]) => `${u} (${label}) ${konversi(nrr!)}`).join(', ')} di bawah batas ${settings.skmMinKonversi.toLocaleString('id-ID')} (${skm.responses} responden)`,
      links: [{ label: `SKM per petugas ${skm.year}`, href: `/skm` }],
      codes: settings.signalCompetencies.WEAK_SKM_UNSUR,
      fingerprint: `${skm.year}:${weak.map(([u, , nrr]) => `${u}=${nrr}`).join(',')}`,
    });
  }

  out.push(...(await oversightFindingSignals(db, id, settings, since, today)));
  return out;
}

// ---------------------------------------------------------------- the list

async function computeNeeds(
  ctx: ServiceContext,
  actor: Actor,
  employees: ScopedEmployee[],
): Promise<TrainingNeed[]> {
  const db = ctx.db;
  const today = toWibIsoDate(ctx.now());
  const settings = await loadNeedSettings(db);
  const { rows } = await loadGapRows(db, employees);
  const signals: Signal[] = [];
  for (const e of employees) signals.push(...(await signalsOf(db, e, rows, settings, today)));

  const codes = [...new Set(signals.flatMap((s) => s.codes))];
  const competencies = await competencyRepo.findCompetenciesByCodes(db, codes);
  const byCode = new Map(competencies.map((c) => [c.code, c]));
  const programmes = await repo.findProgrammesForCompetencies(
    db,
    competencies.map((c) => c.id),
  );
  const sessions = await repo.findUpcomingSessions(db, [...new Set(programmes.map((p) => p.id))], ctx.now());
  const decisions = await repo.findLatestDecisions(
    db,
    employees.map((e) => e.id),
  );
  const direct = await directReportsAmong(
    ctx,
    actor,
    employees.map((e) => e.id),
  );
  const employeeById = new Map(employees.map((e) => [e.id, e]));

  return signals.map((s) => {
    const needCompetencies = s.codes.map((c) => byCode.get(c)).filter((c) => c !== undefined);
    const ids = new Set(needCompetencies.map((c) => c.id));
    const matched = [
      ...new Map(programmes.filter((p) => ids.has(p.competency_id)).map((p) => [p.id, p])).values(),
    ];
    const decision = decisions.find((d) => d.employee_id === s.employeeId && d.need_key === s.key) ?? null;
    const status = needStatus(decision, s.fingerprint);
    const e = employeeById.get(s.employeeId)!;
    return {
      key: s.key,
      employeeId: s.employeeId,
      employeeName: fullNameOf(e),
      unitName: e.unit_name,
      signal: s.signal,
      summary: s.summary,
      links: s.links,
      competencies: needCompetencies.map((c) => ({ id: c.id, code: c.code, name: c.name })),
      fingerprint: s.fingerprint,
      status,
      decision:
        decision && status !== 'OPEN'
          ? {
              decision: decision.decision,
              reason: decision.reason,
              decidedAt: decision.decided_at.toISOString(),
              decidedByName: decision.decided_by_name,
              enrollmentId: decision.enrolment_id,
            }
          : null,
      programmes: matched.map((p) => ({
        id: p.id,
        title: p.title,
        jp: Number(p.jp),
        sessions: sessions
          .filter((x) => x.programme_id === p.id)
          .map((x) => ({
            id: x.id,
            title: x.title_suffix ? `${x.title} — ${x.title_suffix}` : x.title,
            startsAt: new Date(x.starts_at).toISOString(),
            place: x.location ?? x.online_url,
          })),
      })),
      canDecide: canDecideTrainingNeed(direct.has(s.employeeId) ? 'superior' : 'none'),
    };
  });
}

/**
 * The needs list of one's own, one's team or everyone (HR, Pimpinan), optionally for a unit, one employee or one
 * status. Each need names its signal, the records behind it and the programmes and upcoming sessions that address it.
 */
export async function listTrainingNeeds(
  ctx: ServiceContext,
  actor: Actor,
  q: TrainingNeedQuery,
): Promise<TrainingNeedList> {
  let employees = await employeesInScope(ctx, actor, q);
  if (q.employeeId !== undefined) employees = employees.filter((e) => e.id === q.employeeId);
  const needs = await computeNeeds(ctx, actor, employees);
  return {
    items: q.status ? needs.filter((n) => n.status === q.status) : needs,
    pendingSignals: PENDING_SIGNALS,
  };
}

// ---------------------------------------------------------------- decisions

/**
 * The direct superior accepts a need — enrolling the employee in an upcoming session of a programme that addresses
 * it, through the enrolment service (a seat or the waiting list) — or dismisses it with a reason. The need must be
 * open now; the decision is stored with the signal's fingerprint, so it stands until the signal changes.
 */
export async function decideTrainingNeed(
  ctx: ServiceContext,
  actor: Actor,
  input: TrainingNeedDecisionInput,
): Promise<TrainingNeed> {
  const today = toWibIsoDate(ctx.now());
  const relation = await relationTo(ctx.db, actor, input.employeeId, today);
  if (!canDecideTrainingNeed(relation))
    throw forbidden('Hanya atasan langsung pegawai yang dapat menerima atau menolak kebutuhan pelatihannya');
  const employees = await competencyRepo.findEmployeesWithPosition(ctx.db, today, {
    employeeIds: [input.employeeId],
  });
  const need = (await computeNeeds(ctx, actor, employees)).find((n) => n.key === input.key);
  if (!need) throw notFound('Kebutuhan pelatihan');
  if (need.status !== 'OPEN')
    throw invalid(
      'key',
      'Kebutuhan pelatihan ini sudah diputuskan; keputusan baru setelah sinyalnya berubah',
    );

  await ctx.db.transaction().execute(async (trx) => {
    let enrolmentId: number | null = null;
    if (input.decision === 'ACCEPTED') {
      const offered = need.programmes.some((p) => p.sessions.some((s) => s.id === input.sessionId));
      if (!offered)
        throw invalid('sessionId', 'Pilih sesi mendatang dari program yang sesuai dengan kebutuhan ini');
      const enrolment = await enrolEmployeeInSession(
        ctx,
        actor,
        {
          sessionId: input.sessionId,
          employeeId: input.employeeId,
          note: `Kebutuhan pelatihan: ${need.summary}`,
        },
        trx,
      );
      enrolmentId = enrolment.id;
    }
    await repo.insertDecision(trx, {
      employee_id: input.employeeId,
      need_key: input.key,
      fingerprint: need.fingerprint,
      decision: input.decision,
      reason: input.decision === 'DISMISSED' ? input.reason : null,
      enrolment_id: enrolmentId,
      decided_by: actor.employeeId,
      decided_by_name: actor.displayName,
      decided_by_user: actor.userId,
      decided_at: ctx.now(),
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: input.decision === 'ACCEPTED' ? 'training.need.accept' : 'training.need.dismiss',
      entityType: 'employee',
      entityId: input.employeeId,
      after: { ...input, fingerprint: need.fingerprint, enrolmentId },
    });
  });
  const after = (await computeNeeds(ctx, actor, employees)).find((n) => n.key === input.key);
  return after!;
}
