import type { PerfYear, Skp, SkpSummary } from '@sim/contracts';
import {
  ekspektasiInput,
  perfYearInput,
  skpContentInput,
  skpListQuery,
  type PerfDeadlines,
  type RhkInput,
} from '@sim/contracts';
import { addCalendarDays, performancePeriods, todayOf } from '@sim/domain';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, conflict, forbidden, invalid } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notifications.service';
import { findSubordinateEmployeeIds, getSuperiorOf } from '../org/org.service';
import {
  buildSkpDto,
  getPersonRefs,
  getSkpRow,
  getYearRow,
  referenceDate,
  relationTo,
  toYear,
} from './performance-access';
import * as policy from './performance.policy';
import * as repo from './performance.repository';
import { publishSkpLive } from './performance-live.service';

// Performance years and the SKP document: drafting, the cascade link to the superior's RHK, submission, approval or
// return with comments, revision after approval, and every version kept.

// ---------------------------------------------------------------- years

/** Every performance year with its periods; everybody logged in reads them (they frame every screen). */
export async function listYears(ctx: ServiceContext): Promise<{ items: PerfYear[] }> {
  const years = await repo.findYears(ctx.db);
  const periods = await repo.findPeriodsOfYears(
    ctx.db,
    years.map((y) => y.id),
  );
  return { items: years.map((y) => toYear(y, periods)) };
}

export async function getYear(ctx: ServiceContext, id: number): Promise<PerfYear> {
  const y = await getYearRow(ctx.db, id);
  return toYear(y, await repo.findPeriodsOfYears(ctx.db, [id]));
}

/**
 * Opens a performance year: the periods follow the scheme (quarterly by default), each periodic evaluation is due a
 * set number of days after its period, the annual one by its own deadline. One year once.
 */
export async function openYear(
  ctx: ServiceContext,
  actor: Actor,
  input: z.infer<typeof perfYearInput>,
): Promise<PerfYear> {
  if (!policy.canManageYears(actor))
    throw forbidden('Hanya Admin Kepegawaian yang dapat membuka tahun kinerja');
  const d: PerfDeadlines = input.deadlines;
  for (const key of ['skpSubmission', 'skpApproval', 'annualEvaluation'] as const) {
    const value = d[key];
    if (value !== null && !value.startsWith(`${input.year}`) && !value.startsWith(`${input.year + 1}`)) {
      throw invalid(
        `deadlines.${key}`,
        `Tenggat harus jatuh pada tahun ${input.year} atau ${input.year + 1}`,
      );
    }
  }
  return ctx.db.transaction().execute(async (trx) => {
    if (await repo.findYearByYear(trx, input.year)) {
      throw conflict('year', `Tahun kinerja ${input.year} sudah dibuka`);
    }
    const year = await repo.insertYear(trx, {
      year: input.year,
      scheme: input.scheme,
      deadlines: JSON.stringify(d),
      distribution_rules: null,
    });
    await repo.insertPeriods(
      trx,
      performancePeriods(input.year, input.scheme).map((p) => ({
        year_id: year.id,
        seq: p.seq,
        kind: p.kind,
        label: p.label,
        start_date: p.startDate,
        end_date: p.endDate,
        months: p.months,
        evaluation_deadline: evaluationDeadlineOf(p, d),
      })),
    );
    const dto = toYear(year, await repo.findPeriodsOfYears(trx, [year.id]));
    await recordAudit(trx, auditContextOf(actor), {
      action: 'perf_year.opened',
      entityType: 'perf_year',
      entityId: year.id,
      after: dto,
    });
    return dto;
  });
}

/** A period's evaluation deadline under the year's deadlines: the annual one by its own date, the others N days on. */
function evaluationDeadlineOf(p: { kind: string; endDate: string }, d: PerfDeadlines): string {
  return p.kind === 'TAHUNAN' && d.annualEvaluation
    ? d.annualEvaluation
    : addCalendarDays(p.endDate, d.periodicEvaluationDays);
}

/**
 * Changes a year's deadlines (not its scheme: periods may already carry realisations and ratings). The stored
 * evaluation deadline of every period follows, so reminders and the overdue list use the new dates. Once the
 * calibration is finalised the year is closed: its period deadlines are part of the record and no longer move, so a
 * change to the periodic or annual evaluation deadline is refused (the other deadlines may still be corrected).
 */
export async function updateYearDeadlines(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  deadlines: PerfDeadlines,
): Promise<PerfYear> {
  if (!policy.canManageYears(actor)) throw forbidden('Hanya Admin Kepegawaian yang dapat mengubah tenggat');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await getYearRow(trx, id);
    const periods = await repo.findPeriodsOfYears(trx, [id]);
    const moved = periods
      .map((p) => ({ p, deadline: evaluationDeadlineOf({ kind: p.kind, endDate: p.end_date }, deadlines) }))
      .filter(({ p, deadline }) => p.evaluation_deadline !== deadline);
    if (moved.length > 0 && before.calibration_finalized_at !== null) {
      throw conflict(
        'deadlines.periodicEvaluationDays',
        'Kalibrasi tahun ini sudah difinalkan; tenggat evaluasi periode tidak dapat diubah lagi',
      );
    }
    const row = await repo.updateYear(trx, id, { deadlines: JSON.stringify(deadlines) });
    for (const { p, deadline } of moved) await repo.updatePeriodDeadline(trx, p.id, deadline);
    const dto = toYear(row, await repo.findPeriodsOfYears(trx, [id]));
    await recordAudit(trx, auditContextOf(actor), {
      action: 'perf_year.deadlines_changed',
      entityType: 'perf_year',
      entityId: id,
      before: {
        deadlines: before.deadlines,
        periods: moved.map(({ p }) => ({ periodId: p.id, evaluationDeadline: p.evaluation_deadline })),
      },
      after: {
        deadlines,
        periods: moved.map(({ p, deadline }) => ({ periodId: p.id, evaluationDeadline: deadline })),
      },
    });
    return dto;
  });
}

// ---------------------------------------------------------------- SKP reading

/** Reads one SKP if the actor may: the owner, anybody above in the tree, the Pimpinan, Admin Kepegawaian. */
export async function getSkp(ctx: ServiceContext, actor: Actor, id: number): Promise<Skp> {
  const row = await getSkpRow(ctx.db, id);
  const relation = await relationTo(ctx.db, actor, row.employee_id, referenceDate(row.year, ctx.now()));
  if (!policy.canReadSkp(actor, relation)) throw forbidden('Anda tidak berwenang membaca SKP pegawai ini');
  return buildSkpDto(ctx.db, actor, row, relation, ctx.now());
}

/**
 * SKP lists: `mine` (own), `team` (everybody below in the tree today), `all` (Pimpinan and Admin Kepegawaian only).
 */
export async function listSkps(
  ctx: ServiceContext,
  actor: Actor,
  q: z.infer<typeof skpListQuery>,
): Promise<{ items: SkpSummary[] }> {
  const today = todayOf(ctx.now());
  let employeeIds: number[] | null;
  if (q.scope === 'all') {
    if (!policy.canReadAllSkp(actor)) throw forbidden('Daftar semua SKP hanya untuk Pimpinan dan Admin');
    employeeIds = null;
  } else if (actor.employeeId === null) {
    employeeIds = [];
  } else if (q.scope === 'mine') {
    employeeIds = [actor.employeeId];
  } else {
    employeeIds = await findSubordinateEmployeeIds(ctx.db, actor.employeeId, today);
  }
  const rows = await repo.findSkps(ctx.db, { yearId: q.yearId, employeeIds, status: q.status });
  const people = await getPersonRefs(
    ctx.db,
    rows.map((r) => r.employee_id),
    today,
  );
  const positionNow = new Map(
    (
      await repo.findPersons(
        ctx.db,
        rows.map((r) => r.employee_id),
        today,
      )
    ).map((p) => [p.employee_id, p.position_id]),
  );
  return {
    items: rows.flatMap((r) => {
      const employee = people.get(r.employee_id);
      if (!employee) return [];
      return [
        {
          id: r.id,
          year: r.year,
          yearId: r.year_id,
          status: r.status,
          version: r.version,
          isRevision: r.is_revision,
          employee,
          rhkCount: Number(r.rhk_count ?? 0),
          latestPredikat: (r.latest_predikat as SkpSummary['latestPredikat']) ?? null,
          isCurrentPosition: r.position_id === (positionNow.get(r.employee_id) ?? null),
        },
      ];
    }),
  };
}

/** The versions kept of an SKP (each submission, return, approval and revision), newest last. */
export async function listVersions(ctx: ServiceContext, actor: Actor, id: number) {
  await getSkp(ctx, actor, id);
  const rows = await repo.findVersions(ctx.db, id);
  return {
    items: rows.map((v) => ({
      version: v.version,
      event: v.event,
      note: v.note,
      at: v.at.toISOString(),
      actorName: v.actor_name,
      snapshot: v.snapshot,
    })),
  };
}

/**
 * The RHK the owner's RHK may support: the superior's approved SKP of the same year (the cascade). Empty with the
 * superior's status when that SKP is not approved yet, so the screen can say why.
 */
export async function getParentRhkOptions(ctx: ServiceContext, actor: Actor, id: number) {
  const skp = await getSkp(ctx, actor, id);
  if (!skp.superior) return { superior: null, superiorSkpStatus: null, items: [] };
  const superiorSkp = await repo.findSkpOf(ctx.db, skp.yearId, skp.superior.employeeId);
  if (!superiorSkp || superiorSkp.version === 0) {
    return {
      superior: skp.superior,
      superiorSkpStatus: superiorSkp?.status ?? null,
      items: [],
    };
  }
  const rhk = await repo.findRhkOfSkps(ctx.db, [superiorSkp.id]);
  return {
    superior: skp.superior,
    superiorSkpStatus: superiorSkp.status,
    items: rhk.map((r) => ({ id: r.id, text: r.text, section: r.section })),
  };
}

// ---------------------------------------------------------------- SKP writing

const EMPTY_LAMPIRAN = { dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] };

/**
 * Starts the actor's own SKP for a year, tied to the position they hold on the reference date. One per employee,
 * year and position: after a transfer a new one starts and the old one keeps its history.
 */
export async function createSkp(ctx: ServiceContext, actor: Actor, yearId: number): Promise<Skp> {
  if (actor.employeeId === null) throw forbidden('Akun ini tidak terhubung dengan data pegawai');
  const employeeId = actor.employeeId;
  const year = await getYearRow(ctx.db, yearId).catch(() => {
    throw invalid('yearId', 'Tahun kinerja tidak ditemukan');
  });
  const date = referenceDate(year.year, ctx.now());
  const id = await ctx.db.transaction().execute(async (trx) => {
    const [person] = await repo.findPersons(trx, [employeeId], date);
    const existing = await repo.findSkpOf(trx, yearId, employeeId);
    if (existing && existing.position_id === (person?.position_id ?? null)) {
      throw conflict('yearId', `SKP tahun ${year.year} untuk jabatan ini sudah ada`);
    }
    const { id } = await repo.insertSkp(trx, {
      year_id: yearId,
      employee_id: employeeId,
      position_id: person?.position_id ?? null,
      lampiran: JSON.stringify(EMPTY_LAMPIRAN),
      ekspektasi: JSON.stringify({}),
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'skp.created',
      entityType: 'perf_skp',
      entityId: id,
      after: { yearId, employeeId, positionId: person?.position_id ?? null },
    });
    return id;
  });
  return getSkp(ctx, actor, id);
}

/** The superior's RHK ids on their approved SKP of the year: the only RHK the owner's RHK may support. */
async function allowedParentIds(db: Database, yearId: number, ownerId: number, date: string) {
  const superior = await getSuperiorOf(db, ownerId, date);
  if (!superior) return { hasSuperior: false, ids: new Set<number>() };
  const skp = await repo.findSkpOf(db, yearId, superior.employeeId);
  if (!skp || skp.version === 0) return { hasSuperior: true, ids: new Set<number>() };
  const rhk = await repo.findRhkOfSkps(db, [skp.id]);
  return { hasSuperior: true, ids: new Set(rhk.map((r) => r.id)) };
}

async function replaceContent(db: Database, skpId: number, items: RhkInput[]) {
  const existing = await repo.findRhkOfSkps(db, [skpId]);
  const existingIds = new Set(existing.map((r) => r.id));
  const existingIndicators = await repo.findIndicatorsOfRhk(db, [...existingIds]);
  const indicatorOwner = new Map(existingIndicators.map((i) => [i.id, i.rhk_id]));
  const keptRhk = new Set<number>();
  const keptIndicators = new Set<number>();
  for (const [i, item] of items.entries()) {
    if (item.id !== undefined && !existingIds.has(item.id)) {
      throw invalid(`rhk.${i}.id`, 'RHK ini bukan bagian dari SKP ini');
    }
    for (const [j, ind] of item.indicators.entries()) {
      if (ind.id !== undefined && (item.id === undefined || indicatorOwner.get(ind.id) !== item.id)) {
        throw invalid(`rhk.${i}.indicators.${j}.id`, 'Indikator ini bukan bagian dari RHK ini');
      }
    }
  }
  for (const [i, item] of items.entries()) {
    const fields = {
      section: item.section,
      text: item.text,
      parent_rhk_id: item.parentRhkId,
      perspektif: item.perspektif,
      sort: i,
    };
    let rhkId: number;
    if (item.id !== undefined) {
      rhkId = item.id;
      await repo.updateRhk(db, rhkId, fields);
    } else {
      rhkId = (await repo.insertRhk(db, { skp_id: skpId, ...fields })).id;
    }
    keptRhk.add(rhkId);
    for (const [j, ind] of item.indicators.entries()) {
      const values = {
        aspek: ind.aspek,
        text: ind.text,
        target_kind: ind.targetKind,
        target_value: ind.targetKind === 'NUMBER' || ind.targetKind === 'PERCENT' ? ind.targetValue : null,
        target_unit: ind.targetKind === 'NUMBER' ? ind.targetUnit : null,
        target_date: ind.targetKind === 'DATE' ? ind.targetDate : null,
        target_text: ind.targetKind === 'QUALITATIVE' ? ind.targetText : null,
        system_source: ind.systemSource,
        sort: j,
      };
      if (ind.id !== undefined) {
        keptIndicators.add(ind.id);
        await repo.updateIndicator(db, ind.id, values);
      } else {
        await repo.insertIndicator(db, { rhk_id: rhkId, ...values });
      }
    }
  }
  await repo.deleteIndicators(
    db,
    existingIndicators.filter((i) => keptRhk.has(i.rhk_id) && !keptIndicators.has(i.id)).map((i) => i.id),
  );
  await repo.deleteRhk(
    db,
    existing.filter((r) => !keptRhk.has(r.id)).map((r) => r.id),
  );
}

/**
 * Saves the owner's draft (or returned / revision) SKP: RHK, indicators, lampiran, approach. A linked leader's RHK
 * must come from the superior's approved SKP of the same year; completeness is checked on submission, not here, so
 * a draft can be saved half-done.
 */
export async function saveSkpContent(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: z.infer<typeof skpContentInput>,
): Promise<Skp> {
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockSkp(trx, id);
    const row = await getSkpRow(trx, id);
    const date = referenceDate(row.year, ctx.now());
    const relation = await relationTo(trx, actor, row.employee_id, date);
    if (!policy.canReadSkp(actor, relation)) throw forbidden('Anda tidak berwenang membaca SKP pegawai ini');
    if (relation !== 'self') throw forbidden('Hanya pemilik SKP yang dapat mengubahnya');
    if (!policy.canEditSkp(relation, row.status)) {
      throw new AppError(
        'CONFLICT',
        'SKP yang sudah diajukan atau disetujui tidak dapat diubah; ajukan revisi',
        [{ path: 'status', message: `Status SKP: ${row.status}` }],
      );
    }
    const allowed = await allowedParentIds(trx, row.year_id, row.employee_id, date);
    for (const [i, item] of input.rhk.entries()) {
      if (item.parentRhkId !== null && !allowed.ids.has(item.parentRhkId)) {
        throw invalid(
          `rhk.${i}.parentRhkId`,
          'RHK pimpinan yang diintervensi harus dipilih dari SKP atasan yang sudah disetujui',
        );
      }
    }
    await replaceContent(trx, id, input.rhk);
    await repo.updateSkp(trx, id, {
      approach: input.approach,
      lampiran: JSON.stringify(input.lampiran),
      angka_kredit_koefisien: input.angkaKreditKoefisien,
      updated_at: ctx.now(),
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'skp.saved',
      entityType: 'perf_skp',
      entityId: id,
      after: input,
    });
  });
  return getSkp(ctx, actor, id);
}

/** The superior's ekspektasi khusus per BerAKHLAK value, written before the SKP is approved. */
export async function setEkspektasi(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: z.infer<typeof ekspektasiInput>,
): Promise<Skp> {
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockSkp(trx, id);
    const row = await getSkpRow(trx, id);
    const relation = await relationTo(trx, actor, row.employee_id, referenceDate(row.year, ctx.now()));
    if (!policy.canReadSkp(actor, relation)) throw forbidden('Anda tidak berwenang membaca SKP pegawai ini');
    if (relation !== 'superior') throw forbidden('Ekspektasi khusus ditulis oleh atasan langsung');
    if (row.status === 'APPROVED') {
      throw conflict('status', 'SKP sudah disetujui; ekspektasi diubah melalui revisi');
    }
    const next = { ...(row.ekspektasi as Record<string, string>) };
    for (const item of input.items) next[item.code] = item.text;
    await repo.updateSkp(trx, id, { ekspektasi: JSON.stringify(next), updated_at: ctx.now() });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'skp.ekspektasi_set',
      entityType: 'perf_skp',
      entityId: id,
      before: row.ekspektasi,
      after: next,
    });
  });
  return getSkp(ctx, actor, id);
}

/** Every RHK must be complete before the superior sees it: the cascade link (or perspektif) and an Utama RHK. */
function assertComplete(skp: Skp) {
  if (!skp.rhk.some((r) => r.section === 'UTAMA')) {
    throw invalid('rhk', 'SKP memerlukan sedikitnya satu RHK Utama');
  }
  for (const [i, r] of skp.rhk.entries()) {
    if (skp.needsPerspektif && r.perspektif === null) {
      throw invalid(`rhk.${i}.perspektif`, `Perspektif RHK "${r.text}" wajib diisi`);
    }
    if (!skp.needsPerspektif && r.parentRhkId === null) {
      throw invalid(`rhk.${i}.parentRhkId`, `RHK "${r.text}" harus menyebut RHK pimpinan yang diintervensi`);
    }
  }
}

type Transition = 'submit' | 'approve' | 'return' | 'revise';

/**
 * Moves an SKP through its workflow — submit (owner), approve or return with a comment (direct superior; for the
 * head of the office, who has no superior in the tree, Admin Kepegawaian records the external approval), revise
 * (owner, after approval) — keeping a version snapshot of each step.
 */
export async function transitionSkp(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  transition: Transition,
  comment: string,
): Promise<Skp> {
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockSkp(trx, id);
    const row = await getSkpRow(trx, id);
    const relation = await relationTo(trx, actor, row.employee_id, referenceDate(row.year, ctx.now()));
    if (!policy.canReadSkp(actor, relation)) throw forbidden('Anda tidak berwenang membaca SKP pegawai ini');
    const before = await buildSkpDto(trx, actor, row, relation, ctx.now());
    const now = ctx.now();
    let event: string;
    let version = row.version;
    if (transition === 'submit') {
      if (relation !== 'self') throw forbidden('Hanya pemilik SKP yang dapat mengajukannya');
      if (!before.can.submit) throw conflict('status', 'SKP ini tidak dalam status yang dapat diajukan');
      assertComplete(before);
      await repo.updateSkp(trx, id, { status: 'SUBMITTED', submitted_at: now, updated_at: now });
      event = 'SUBMITTED';
    } else if (transition === 'revise') {
      if (relation !== 'self') throw forbidden('Hanya pemilik SKP yang dapat merevisinya');
      if (row.status !== 'APPROVED')
        throw conflict('status', 'Hanya SKP yang sudah disetujui yang dapat direvisi');
      await repo.updateSkp(trx, id, { status: 'DRAFT', is_revision: true, updated_at: now });
      event = 'REVISION_STARTED';
    } else {
      const isDecider = relation === 'superior' || (before.superior === null && policy.canManageYears(actor));
      if (!isDecider) throw forbidden('Hanya atasan langsung yang dapat menyetujui atau mengembalikan SKP');
      if (row.status !== 'SUBMITTED') throw conflict('status', 'SKP ini belum diajukan');
      if (transition === 'approve') {
        version += 1;
        await repo.updateSkp(trx, id, {
          status: 'APPROVED',
          version,
          is_revision: false,
          return_comment: null,
          approved_at: now,
          approved_by: actor.employeeId,
          updated_at: now,
        });
        event = 'APPROVED';
      } else {
        await repo.updateSkp(trx, id, { status: 'RETURNED', return_comment: comment, updated_at: now });
        event = 'RETURNED';
      }
    }
    const after = await buildSkpDto(trx, actor, await getSkpRow(trx, id), relation, now);
    const { can: _can, ...snapshot } = after;
    await repo.insertVersion(trx, {
      skp_id: id,
      version,
      event,
      note: comment || null,
      snapshot,
      actor_name: actor.displayName,
      at: now,
    });
    await publishSkpLive(trx, row, now, 'skp.changed', event);
    await recordAudit(trx, auditContextOf(actor), {
      action: `skp.${event.toLowerCase()}`,
      entityType: 'perf_skp',
      entityId: id,
      before: { status: row.status, version: row.version },
      after: { status: after.status, version: after.version, comment: comment || null },
    });
    // The owner hears of the superior's decision (in-app, and e-mail unless turned off), with this step.
    if (event === 'APPROVED' || event === 'RETURNED') {
      const approved = event === 'APPROVED';
      await notify(trx, {
        to: { employeeId: row.employee_id },
        type: approved ? 'SKP_APPROVED' : 'SKP_RETURNED',
        params: { year: row.year, by: actor.displayName, comment: approved ? null : comment },
        link: `/kinerja/skp/${id}`,
        at: now,
        mail: {
          subject: approved
            ? `SKP ${row.year} Anda disetujui`
            : `SKP ${row.year} Anda dikembalikan untuk diperbaiki`,
          text: approved
            ? `${actor.displayName} menyetujui SKP ${row.year} Anda.`
            : `${actor.displayName} mengembalikan SKP ${row.year} Anda dengan catatan:\n\n${comment}\n\nPerbaiki lalu ajukan kembali di SIM Kinerja.`,
        },
      });
    }
  });
  return getSkp(ctx, actor, id);
}

/** For the employee's screen: the SKP of the actor for a year, or null when none has been started. */
export async function findOwnSkpId(
  ctx: ServiceContext,
  actor: Actor,
  yearId: number,
): Promise<number | null> {
  if (actor.employeeId === null) return null;
  const row = await repo.findSkpOf(ctx.db, yearId, actor.employeeId);
  return row?.id ?? null;
}
