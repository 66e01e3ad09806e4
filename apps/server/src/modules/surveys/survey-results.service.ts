import {
  UNSUR_CODE_LIST,
  skmFollowupInput,
  skmFollowupPatch,
  type OfficerSkm,
  type PublicSkmOffice,
  type PublicSkmResults,
  type SkmFollowup,
  type SurveyResults,
} from '@sim/contracts';
import {
  getOfficerSkmVisibility,
  isValidIsoDate,
  SKM_UNSUR,
  toWibIsoDate,
  type UnsurCode,
  todayOf,
} from '@sim/domain';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { findSubordinateEmployeeIds } from '../org/org.service';
import {
  canManageSurveys,
  canReadOfficerSkm,
  canUpdateFollowupProgress,
  followupsReadableBy,
} from './surveys.policy';
import * as repo from './surveys.repository';
import * as aggregateRepo from './survey-aggregates.repository';
import * as followupRepo from './survey-followups.repository';
import * as peopleRepo from './survey-people.repository';
import * as suggestionRepo from './survey-suggestions.repository';
import {
  columnOf,
  ikmOfAggregate,
  nrrOf,
  officerKonversi,
  personName,
  poolAggregates,
  weightOption,
} from './surveys.rules';
import {
  assertCanManage,
  assertCanReadResults,
  getOfficerMinResponses,
  isInScope,
  loadSurvey,
  ownedFollowupSurveyIds,
  targetSampleOf,
  unitScopeOf,
  unsurOf,
} from './surveys.service';

// Results of a survey (IKM, NRR per unsur, sample progress, weakest unsur, profile, officers above the threshold,
// trend, follow-up actions and whether they helped), per-officer SKM evidence, and the public transparency list.

type UnitSurvey = Awaited<ReturnType<typeof repo.findUnitSurveys>>[number];

/** The unit's surveys in period order, with the given survey included even while it is a draft. */
async function unitSurveysWith(db: Database, survey: repo.SurveyRow): Promise<UnitSurvey[]> {
  const list = await repo.findUnitSurveys(db, survey.unit_id);
  if (!list.some((s) => s.id === survey.id)) {
    list.push({
      id: survey.id,
      title: survey.title,
      period_start: survey.period_start,
      period_end: survey.period_end,
      weight: survey.weight,
      status: survey.status,
    });
    list.sort((a, b) =>
      a.period_start < b.period_start ? -1 : a.period_start > b.period_start ? 1 : a.id - b.id,
    );
  }
  return list;
}

/** The unit's next survey: the earliest one starting after this one ends (parallel surveys are not "next"). */
const nextOf = (list: UnitSurvey[], s: { period_end: string }) =>
  list.find((o) => o.period_start > s.period_end);
/** The unit's previous survey: the latest one ending before this one starts. */
const previousOf = (list: UnitSurvey[], s: { period_start: string }) =>
  [...list].reverse().find((o) => o.period_end < s.period_start);

function nrrIn(
  aggregates: Map<number, aggregateRepo.SurveyAggregate>,
  surveyId: number,
  code: UnsurCode,
): number | null {
  const a = aggregates.get(surveyId);
  if (!a) return null;
  const col = columnOf(code);
  return nrrOf(a.sums[col], a.counts[col]);
}

function toFollowup(
  row: followupRepo.FollowupRow,
  list: UnitSurvey[],
  aggregates: Map<number, aggregateRepo.SurveyAggregate>,
  actor: Actor | null,
): SkmFollowup {
  const code = row.unsur_code;
  const own = list.find((s) => s.id === row.survey_id);
  const next = own ? nextOf(list, own) : undefined;
  return {
    id: row.id,
    surveyId: row.survey_id,
    unsurCode: code,
    unsurName: SKM_UNSUR[code].name,
    action: row.action,
    ownerEmployeeId: row.owner_employee_id,
    ownerName:
      row.owner_name !== null
        ? personName({
            name: row.owner_name,
            front_title: row.owner_front_title,
            back_title: row.owner_back_title,
          })
        : null,
    dueDate: row.due_date,
    status: row.status,
    note: row.note,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    // What the reader may do with this action, decided here so the web app copies no rule (none for a report).
    canUpdateProgress: actor !== null && canUpdateFollowupProgress(actor, row.owner_employee_id),
    canEditPlan: actor !== null && canManageSurveys(actor),
    evaluation: {
      nrrBefore: nrrIn(aggregates, row.survey_id, code),
      nrrAfter: next ? nrrIn(aggregates, next.id, code) : null,
      nextSurveyId: next?.id ?? null,
      nextSurveyTitle: next?.title ?? null,
    },
  };
}

/** Which named officers' results the actor may see (before the threshold): null = all of them. */
async function visibleOfficerIds(ctx: ServiceContext, actor: Actor): Promise<Set<number> | null> {
  if (canManageSurveys(actor)) return null;
  if (actor.employeeId === null) return new Set();
  const below = await findSubordinateEmployeeIds(ctx.db, actor.employeeId, todayOf(ctx.now()));
  return new Set([actor.employeeId, ...below]);
}

const approxEqual = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/**
 * Everything the results screen and the PDF report show for one survey. `officerScope` decides whose per-officer
 * rows may appear (null = every officer); the response threshold applies in every case.
 */
export async function buildSurveyResults(
  ctx: ServiceContext,
  survey: repo.SurveyRow,
  opts: { serviceType?: string; officerScope: Set<number> | null; actor?: Actor },
): Promise<SurveyResults> {
  const db = ctx.db;
  const serviceType = opts.serviceType || undefined;
  const list = await unitSurveysWith(db, survey);
  const ids = list.map((s) => s.id);
  const previous = previousOf(list, survey);
  const [all, filtered, profile, byService, officerRows, minResponses, followupRows, approved, pendingCount] =
    await Promise.all([
      aggregateRepo.findSurveyAggregates(db, ids),
      serviceType !== undefined
        ? aggregateRepo.findSurveyAggregates(db, ids, serviceType)
        : Promise.resolve(undefined),
      aggregateRepo.findProfileCounts(db, survey.id, serviceType),
      aggregateRepo.findServiceTypeAggregates(db, survey.id),
      aggregateRepo.findOfficerAggregates(db, { surveyIds: [survey.id], serviceType }),
      getOfficerMinResponses(db),
      followupRepo.findFollowups(db, previous ? [survey.id, previous.id] : [survey.id]),
      suggestionRepo.findApprovedSuggestions(db, survey.id, 20),
      suggestionRepo.countPendingSuggestions(db, survey.id),
    ]);
  const aggregates = filtered ?? all;
  const aggregate = aggregates.get(survey.id);
  const ikm = ikmOfAggregate(aggregate, survey.weight);
  const unsur = unsurOf(survey);
  const target = targetSampleOf(survey.population);
  const respondents = aggregate?.respondents ?? 0;

  let weakest: SurveyResults['weakest'] = [];
  if (ikm.ok) {
    const min = Math.min(...UNSUR_CODE_LIST.map((c) => ikm.result.nrr[c]));
    weakest = UNSUR_CODE_LIST.filter((c) => approxEqual(ikm.result.nrr[c], min)).map((c) => ({
      code: c,
      name: SKM_UNSUR[c].name,
      nrr: ikm.result.nrr[c],
    }));
  }

  // Each unsur is shown by its own answer count (a response naming the officer may leave U6 or U7 unanswered).
  const officers = officerRows
    .map((o) => ({ ...o, visible: getOfficerSkmVisibility({ U6: o.c_u6, U7: o.c_u7 }, { minResponses }) }))
    .filter((o) => o.visible.any && (opts.officerScope === null || opts.officerScope.has(o.employee_id)));

  return {
    survey: {
      id: survey.id,
      title: survey.title,
      unitId: survey.unit_id,
      unitName: survey.unit_name,
      periodStart: survey.period_start,
      periodEnd: survey.period_end,
      status: survey.status,
      weight: weightOption(survey.weight),
    },
    serviceType: serviceType ?? null,
    sample: {
      respondents,
      flagged: aggregate?.flagged ?? 0,
      excluded: aggregate?.excluded ?? 0,
      population: survey.population,
      targetSample: target,
      progress: target ? respondents / target : null,
    },
    ikm: ikm.ok
      ? {
          ikm: ikm.result.ikm,
          konversi: ikm.result.konversi,
          nilaiPersepsi: ikm.result.nilaiPersepsi,
          mutu: ikm.result.mutu,
          kinerja: ikm.result.kinerja,
          weight: weightOption(survey.weight),
          unsur: unsur.map((u) => ({
            code: u.code,
            name: u.name,
            question: u.question,
            nrr: ikm.result.nrr[u.code],
            answered: ikm.result.answered[u.code],
          })),
        }
      : null,
    ikmUnavailableReason: ikm.ok ? null : ikm.reason,
    weakest,
    profile: {
      ...profile,
      serviceType: byService.map(({ serviceType: key, aggregate: a }) => {
        const r = ikmOfAggregate(a, survey.weight);
        return {
          key,
          count: a.respondents,
          konversi: r.ok ? r.result.konversi : null,
          mutu: r.ok ? r.result.mutu : null,
        };
      }),
    },
    officers: {
      minResponses,
      items: officers.map((o) => ({
        employeeId: o.employee_id,
        name: personName(o),
        responses: o.responses,
        nrrU6: o.visible.U6 ? nrrOf(o.s_u6, o.c_u6) : null,
        nrrU7: o.visible.U7 ? nrrOf(o.s_u7, o.c_u7) : null,
      })),
      hiddenCount: officerRows.length - officers.length,
    },
    trend: list.map((s) => {
      const r = ikmOfAggregate(aggregates.get(s.id), s.weight);
      return {
        surveyId: s.id,
        title: s.title,
        periodStart: s.period_start,
        periodEnd: s.period_end,
        respondents: aggregates.get(s.id)?.respondents ?? 0,
        konversi: r.ok ? r.result.konversi : null,
        mutu: r.ok ? r.result.mutu : null,
      };
    }),
    followups: followupRows
      .filter((f) => f.survey_id === survey.id)
      .map((f) => toFollowup(f, list, all, opts.actor ?? null)),
    previousFollowups: previous
      ? followupRows
          .filter((f) => f.survey_id === previous.id)
          .map((f) => toFollowup(f, list, all, opts.actor ?? null))
      : [],
    suggestions: {
      approved: approved.map((s) => ({
        text: s.suggestion ?? '',
        submittedOn: toWibIsoDate(s.submitted_at),
        serviceType: s.service_type,
      })),
      pendingCount,
    },
  };
}

/**
 * Results of one survey for managers and the unit's staff, optionally for one service type. Per-officer rows
 * appear only above the response threshold, and for non-managers only their own and their subordinates'.
 */
export async function getSurveyResults(
  ctx: ServiceContext,
  actor: Actor,
  surveyId: number,
  q: { serviceType?: string },
): Promise<SurveyResults> {
  const { survey } = await assertCanReadResults(ctx, actor, surveyId);
  return buildSurveyResults(ctx, survey, {
    serviceType: q.serviceType,
    officerScope: await visibleOfficerIds(ctx, actor),
    actor,
  });
}

// ---------------------------------------------------------------- follow-up actions

async function followupsOf(
  db: Database,
  actor: Actor,
  survey: repo.SurveyRow,
  onlyId?: number,
  onlyOwn = false,
) {
  const list = await unitSurveysWith(db, survey);
  const [rows, aggregates] = await Promise.all([
    followupRepo.findFollowups(db, [survey.id]),
    aggregateRepo.findSurveyAggregates(
      db,
      list.map((s) => s.id),
    ),
  ]);
  return rows
    .filter((r) => onlyId === undefined || r.id === onlyId)
    .filter((r) => !onlyOwn || (actor.employeeId !== null && r.owner_employee_id === actor.employeeId))
    .map((r) => toFollowup(r, list, aggregates, actor));
}

/**
 * The survey's rencana tindak lanjut, each with the unsur's NRR now and in the unit's next survey: all of them for
 * readers of the results, only their own for an owner outside the survey's unit scope; 403 for anyone else.
 */
export async function listFollowups(ctx: ServiceContext, actor: Actor, surveyId: number) {
  const survey = await loadSurvey(ctx.db, surveyId);
  const scope = await unitScopeOf(ctx, actor);
  if (followupsReadableBy(actor, isInScope(scope, survey.unit_id)) === 'ALL') {
    return { items: await followupsOf(ctx.db, actor, survey) };
  }
  if (!(await ownedFollowupSurveyIds(ctx, actor)).has(survey.id)) {
    throw forbidden('Anda hanya dapat melihat hasil survei unit kerja Anda');
  }
  return { items: await followupsOf(ctx.db, actor, survey, undefined, true) };
}

async function checkOwner(db: Database, ownerId: number | null | undefined) {
  if (ownerId === null || ownerId === undefined) return;
  const [owner] = await peopleRepo.findEmployeeNames(db, [ownerId]);
  if (!owner || !owner.is_active)
    throw invalid('ownerEmployeeId', 'Pegawai penanggung jawab tidak ditemukan atau tidak aktif');
}

/** Records an improvement action for an unsur (usually the weakest), with owner and due date; audited. */
export async function createFollowup(
  ctx: ServiceContext,
  actor: Actor,
  surveyId: number,
  input: z.infer<typeof skmFollowupInput>,
): Promise<SkmFollowup> {
  assertCanManage(actor);
  const survey = await loadSurvey(ctx.db, surveyId);
  if (!isValidIsoDate(input.dueDate)) throw invalid('dueDate', 'Tanggal tidak valid');
  await checkOwner(ctx.db, input.ownerEmployeeId);
  const now = ctx.now();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = {
      survey_id: surveyId,
      unsur_code: input.unsurCode,
      action: input.action,
      owner_employee_id: input.ownerEmployeeId,
      due_date: input.dueDate,
      status: input.status ?? 'PLANNED',
      note: input.note ?? null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    };
    const newId = await followupRepo.insertFollowup(trx, row);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'skm.followup.create',
      entityType: 'skm_followup',
      entityId: newId,
      after: row,
    });
    return newId;
  });
  const [dto] = await followupsOf(ctx.db, actor, survey, id);
  return dto!;
}

/** Managers change anything; the action's owner may report progress (status and note) only. Audited. */
export async function updateFollowup(
  ctx: ServiceContext,
  actor: Actor,
  surveyId: number,
  followupId: number,
  patch: z.infer<typeof skmFollowupPatch>,
): Promise<SkmFollowup> {
  const survey = await loadSurvey(ctx.db, surveyId);
  await ctx.db.transaction().execute(async (trx) => {
    const current = await followupRepo.findFollowupById(trx, surveyId, followupId);
    if (!current) throw notFound('Rencana tindak lanjut');
    if (!canUpdateFollowupProgress(actor, current.owner_employee_id)) throw forbidden();
    const touchesPlan = (['unsurCode', 'action', 'ownerEmployeeId', 'dueDate'] as const).some(
      (k) => patch[k] !== undefined,
    );
    if (touchesPlan && !canManageSurveys(actor)) {
      throw forbidden('Penanggung jawab hanya dapat memperbarui status dan catatan');
    }
    if (patch.dueDate !== undefined && !isValidIsoDate(patch.dueDate))
      throw invalid('dueDate', 'Tanggal tidak valid');
    await checkOwner(trx, patch.ownerEmployeeId);
    const change = {
      ...(patch.unsurCode !== undefined ? { unsur_code: patch.unsurCode } : {}),
      ...(patch.action !== undefined ? { action: patch.action } : {}),
      ...(patch.ownerEmployeeId !== undefined ? { owner_employee_id: patch.ownerEmployeeId } : {}),
      ...(patch.dueDate !== undefined ? { due_date: patch.dueDate } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      ...(patch.note !== undefined ? { note: patch.note } : {}),
    };
    if (Object.keys(change).length === 0) return;
    await followupRepo.updateFollowup(trx, followupId, { ...change, updated_at: ctx.now() });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'skm.followup.update',
      entityType: 'skm_followup',
      entityId: followupId,
      before: Object.fromEntries(
        Object.keys(change).map((k) => [k, (current as Record<string, unknown>)[k]]),
      ),
      after: change,
    });
  });
  const [dto] = await followupsOf(ctx.db, actor, survey, followupId);
  return dto!;
}

// ---------------------------------------------------------------- per officer

/** Start of 1 January of a year in WIB. */
const wibYearStart = (year: number) => new Date(`${year}-01-01T00:00:00+07:00`);

/**
 * An officer's SKM evidence for a year (responses submitted in that WIB year that name the officer): U6 and U7
 * NRR and their converted score, or only the count while fewer responses than the threshold back it. For the
 * performance module (evaluation evidence) and the superior's screen; no actor check here.
 */
export async function getOfficerSkmEvidence(
  db: Database,
  employeeId: number,
  year: number,
): Promise<OfficerSkm> {
  const [rows, minResponses] = await Promise.all([
    aggregateRepo.findOfficerAggregates(db, {
      employeeId,
      from: wibYearStart(year),
      to: wibYearStart(year + 1),
    }),
    getOfficerMinResponses(db),
  ]);
  const row = rows[0];
  const responses = row?.responses ?? 0;
  // The threshold counts answers per unsur; the combined score needs both unsur above it.
  const visible = getOfficerSkmVisibility({ U6: row?.c_u6 ?? 0, U7: row?.c_u7 ?? 0 }, { minResponses });
  return {
    employeeId,
    year,
    minResponses,
    responses,
    isShown: visible.any,
    nrrU6: row && visible.U6 ? nrrOf(row.s_u6, row.c_u6) : null,
    nrrU7: row && visible.U7 ? nrrOf(row.s_u7, row.c_u7) : null,
    konversi: row && visible.both ? officerKonversi(row.s_u6, row.c_u6, row.s_u7, row.c_u7) : null,
  };
}

/** Per-officer SKM for the officer, their superiors and managers; 403 for anybody else. */
export async function getOfficerSkm(
  ctx: ServiceContext,
  actor: Actor,
  employeeId: number,
  q: { year?: number },
): Promise<OfficerSkm> {
  const today = todayOf(ctx.now());
  const isSubordinate =
    actor.employeeId !== null &&
    actor.employeeId !== employeeId &&
    (await findSubordinateEmployeeIds(ctx.db, actor.employeeId, today)).includes(employeeId);
  if (!canReadOfficerSkm(actor, employeeId, isSubordinate)) {
    throw forbidden('Hasil SKM per petugas hanya untuk petugas itu, atasannya dan pimpinan');
  }
  return getOfficerSkmEvidence(ctx.db, employeeId, q.year ?? Number(today.slice(0, 4)));
}

// ---------------------------------------------------------------- leadership dashboard

export type SurveyIkmOfPeriod = {
  surveyId: number;
  unitId: number;
  unitName: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  respondents: number;
  konversi: number | null;
  mutu: string | null;
  /** The same unit's previous survey (by period start), for the trend. */
  previousKonversi: number | null;
};

/**
 * IKM and mutu of every survey past its draft whose period overlaps `from`–`to`, published or not, each with its
 * unit's previous survey's IKM (the Pimpinan dashboard's trend). Three queries whatever the number of units; no
 * officer or response detail. No actor check: the caller decided who may read unit figures.
 */
export async function listSurveyIkmOfPeriod(
  db: Database,
  period: { from: string; to: string },
): Promise<SurveyIkmOfPeriod[]> {
  const shownRows = await repo.findSurveysOfPeriod(db, period);
  const previousById = new Map(
    (
      await repo.findSurveysByIds(db, [
        ...new Set(shownRows.flatMap((s) => (s.previous_id === null ? [] : [s.previous_id]))),
      ])
    ).map((p) => [p.id, p]),
  );
  const shown = shownRows.map((s) => ({
    s,
    previous: s.previous_id === null ? undefined : previousById.get(s.previous_id),
  }));
  // Only the surveys shown and the one before each are aggregated: a city's earlier years of responses are not read.
  const aggregates = await aggregateRepo.findSurveyAggregates(db, [
    ...new Set(shown.flatMap(({ s, previous }) => (previous ? [s.id, previous.id] : [s.id]))),
  ]);
  const konversiOf = (s: { id: number; weight: string }) => {
    const r = ikmOfAggregate(aggregates.get(s.id), s.weight);
    return r.ok ? r.result : null;
  };
  return shown
    .map(({ s, previous }) => {
      const r = konversiOf(s);
      return {
        surveyId: s.id,
        unitId: s.unit_id,
        unitName: s.unit_name,
        title: s.title,
        periodStart: s.period_start,
        periodEnd: s.period_end,
        respondents: aggregates.get(s.id)?.respondents ?? 0,
        konversi: r ? r.konversi : null,
        mutu: r ? r.mutu : null,
        previousKonversi: previous ? (konversiOf(previous)?.konversi ?? null) : null,
      };
    })
    .sort((a, b) => a.unitName.localeCompare(b.unitName, 'id') || a.periodStart.localeCompare(b.periodStart));
}

// ---------------------------------------------------------------- public transparency

/**
 * Published unit-level results for the public transparency page: IKM, NRR per unsur and the follow-up plan
 * (without owners). No response, officer or personal data. With a year (or a from–to period, the open data's
 * quarter), only the surveys whose period overlaps it, and the office-wide IKM pools just those.
 */
export async function listPublicSkmResults(
  ctx: ServiceContext,
  q: { year?: number | undefined } | { from: string; to: string },
): Promise<PublicSkmResults> {
  const period = 'from' in q ? q : q.year ? { from: `${q.year}-01-01`, to: `${q.year}-12-31` } : undefined;
  const surveys = await repo.findPublishedSurveys(ctx.db, period);
  const ids = surveys.map((s) => s.id);
  const today = todayOf(ctx.now());
  const [aggregates, followups, open] = await Promise.all([
    aggregateRepo.findSurveyAggregates(ctx.db, ids),
    followupRepo.findFollowups(ctx.db, ids),
    repo.findSurveysPage(ctx.db, { status: 'OPEN' }, 1, 200),
  ]);
  return {
    office: officeWideIkm(surveys, aggregates),
    // Answerable today: open and the day inside the survey's period (the public form refuses anything else).
    openSurveys: open.items
      .filter((s) => s.period_start <= today && s.period_end >= today)
      .map((s) => ({ code: s.code, unitName: s.unit_name, title: s.title })),
    items: surveys.map((s) => {
      const a = aggregates.get(s.id);
      const ikm = ikmOfAggregate(a, s.weight);
      return {
        surveyCode: s.code,
        unitName: s.unit_name,
        title: s.title,
        periodStart: s.period_start,
        periodEnd: s.period_end,
        respondents: a?.respondents ?? 0,
        targetSample: targetSampleOf(s.population),
        konversi: ikm.ok ? ikm.result.konversi : null,
        mutu: ikm.ok ? ikm.result.mutu : null,
        kinerja: ikm.ok ? ikm.result.kinerja : null,
        unsur: ikm.ok
          ? UNSUR_CODE_LIST.map((code) => ({ code, name: SKM_UNSUR[code].name, nrr: ikm.result.nrr[code] }))
          : [],
        followups: followups
          .filter((f) => f.survey_id === s.id && f.status !== 'CANCELLED')
          .map((f) => ({
            unsurName: SKM_UNSUR[f.unsur_code].name,
            action: f.action,
            dueDate: f.due_date,
            status: f.status,
          })),
        publishedAt: s.published_at ? s.published_at.toISOString() : null,
      };
    }),
  };
}

/**
 * The office-wide figure before the per-unit cards: the listed surveys' answers pooled and scored with the
 * regulation's default weight (1/9 per unsur), whatever weight a unit's own report chose; surveys without an IKM
 * yet (no answers, an unsur unanswered) are left out. Null when none has one.
 */
function officeWideIkm(
  surveys: Awaited<ReturnType<typeof repo.findPublishedSurveys>>,
  aggregates: Map<number, aggregateRepo.SurveyAggregate>,
): PublicSkmOffice | null {
  const scored = surveys.filter((s) => ikmOfAggregate(aggregates.get(s.id), s.weight).ok);
  const pooled = poolAggregates(scored.map((s) => aggregates.get(s.id)!));
  const ikm = ikmOfAggregate(pooled, 'exact');
  if (!pooled || !ikm.ok) return null;
  return {
    units: new Set(scored.map((s) => s.unit_name)).size,
    respondents: pooled.respondents,
    periodStart: scored.map((s) => s.period_start).reduce((a, b) => (a < b ? a : b)),
    periodEnd: scored.map((s) => s.period_end).reduce((a, b) => (a > b ? a : b)),
    konversi: ikm.result.konversi,
    mutu: ikm.result.mutu,
    kinerja: ikm.result.kinerja,
  };
}
