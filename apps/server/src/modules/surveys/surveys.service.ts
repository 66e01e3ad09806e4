import { randomInt } from 'node:crypto';
import {
  SKM_DEFAULT_QUESTIONS,
  SKM_PROFILE_FIELDS,
  UNSUR_CODE_LIST,
  type Survey,
  type SkmSettings,
  surveyInput,
  surveyListQuery,
  surveyPatch,
} from '@sim/contracts';
import {
  DEFAULT_SKM_MIN_RESPONSES_PER_OFFICER,
  isValidIsoDate,
  SKM_UNSUR,
  skmSampleSize,
  type UnsurCode,
  todayOf,
} from '@sim/domain';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, conflict, forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { publishPublicLive } from '../live/live.service';
import { findUnitAncestorIds, findUnitSubtreeIds } from '../org/org.service';
import {
  canInviteToSurvey,
  canListAllSurveys,
  canManageSurveys,
  canOpenSurvey,
  canReadSurveyResults,
} from './surveys.policy';
import { notifySurveyResult } from './survey-result-notices.service';
import * as repo from './surveys.repository';
import * as aggregateRepo from './survey-aggregates.repository';
import * as followupRepo from './survey-followups.repository';
import * as peopleRepo from './survey-people.repository';
import * as responseRepo from './survey-responses.repository';
import * as settingRepo from '../../db/settings';
import { ikmOfAggregate, personName, weightOption } from './surveys.rules';

// Surveys: a service unit's SKM for a period, with the nine unsur (wording editable, codes fixed), optional extra
// questions, profile fields, the weight option and the population behind the target sample.

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const SETTING_OFFICER_MIN = 'skm.officerMinResponses';

/** A random code without look-alike characters (0/O, 1/I/L), for survey links and invitations. */
export function generateCode(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return out;
}

export const publicPathOf = (code: string) => `/survei/${code}`;

/** The survey row or 404. */
export async function loadSurvey(db: Database, id: number): Promise<repo.SurveyRow> {
  const row = await repo.findSurveyById(db, id);
  if (!row) throw notFound('Survei');
  return row;
}

/**
 * The units whose surveys an employee works in: their position's unit today and every unit below it. Null means
 * "not limited" (managers). An account without an employee record or position gets an empty list.
 */
export async function unitScopeOf(ctx: ServiceContext, actor: Actor): Promise<number[] | null> {
  if (canManageSurveys(actor)) return null;
  if (actor.employeeId === null) return [];
  const unitId = await peopleRepo.findEmployeeUnitId(ctx.db, actor.employeeId, todayOf(ctx.now()));
  if (unitId === null) return [];
  return findUnitSubtreeIds(ctx.db, unitId);
}

export const isInScope = (scope: number[] | null, unitId: number) => scope === null || scope.includes(unitId);

/** The surveys in which the actor owns a follow-up action (they open those whatever the survey's unit). */
export async function ownedFollowupSurveyIds(ctx: ServiceContext, actor: Actor): Promise<Set<number>> {
  if (actor.employeeId === null) return new Set();
  return new Set(await followupRepo.findSurveyIdsWithFollowupsOwnedBy(ctx.db, actor.employeeId));
}

/** Results of the survey may be read by the actor, or 403 (after 404 for a survey that does not exist). */
export async function assertCanReadResults(ctx: ServiceContext, actor: Actor, surveyId: number) {
  const survey = await loadSurvey(ctx.db, surveyId);
  const scope = await unitScopeOf(ctx, actor);
  if (!canReadSurveyResults(actor, isInScope(scope, survey.unit_id))) {
    throw forbidden('Anda hanya dapat melihat hasil survei unit kerja Anda');
  }
  return { survey, scope };
}

export function assertCanManage(actor: Actor) {
  if (!canManageSurveys(actor)) {
    throw forbidden('Hanya Admin Kepegawaian dan Pimpinan yang dapat mengelola survei kepuasan');
  }
}

/** The per-officer threshold (setting `skm.officerMinResponses`, default 10, never below 10). */
export async function getOfficerMinResponses(db: Database): Promise<number> {
  const value = await settingRepo.findSetting(db, SETTING_OFFICER_MIN);
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= DEFAULT_SKM_MIN_RESPONSES_PER_OFFICER
    ? value
    : DEFAULT_SKM_MIN_RESPONSES_PER_OFFICER;
}

/** The survey's nine unsur with the regulation's names and answer labels and the survey's own wording. */
export function unsurOf(row: Pick<repo.SurveyRow, 'unsur'>) {
  const byCode = new Map(row.unsur.map((u) => [u.code, u.question]));
  return UNSUR_CODE_LIST.map((code) => ({
    code,
    name: SKM_UNSUR[code].name,
    question: byCode.get(code) ?? SKM_DEFAULT_QUESTIONS[code],
    answerLabels: [...SKM_UNSUR[code].answerLabels],
  }));
}

export function targetSampleOf(population: number | null): number | null {
  return population === null ? null : skmSampleSize(population);
}

function statsOf(row: repo.SurveyRow, aggregate: aggregateRepo.SurveyAggregate | undefined): Survey['stats'] {
  const ikm = ikmOfAggregate(aggregate, row.weight);
  const target = targetSampleOf(row.population);
  const respondents = aggregate?.respondents ?? 0;
  return {
    respondents,
    flagged: aggregate?.flagged ?? 0,
    excluded: aggregate?.excluded ?? 0,
    targetSample: target,
    progress: target ? respondents / target : null,
    konversi: ikm.ok ? ikm.result.konversi : null,
    mutu: ikm.ok ? ikm.result.mutu : null,
    kinerja: ikm.ok ? ikm.result.kinerja : null,
  };
}

function toSurvey(
  row: repo.SurveyRow,
  aggregate: aggregateRepo.SurveyAggregate | undefined,
  actor: Actor,
  scope: number[] | null,
  owned: Set<number>,
): Survey {
  const inScope = isInScope(scope, row.unit_id);
  return {
    id: row.id,
    code: row.code,
    unitId: row.unit_id,
    unitName: row.unit_name,
    title: row.title,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    serviceTypes: row.service_types,
    unsur: unsurOf(row),
    extraQuestions: row.extra_questions,
    profileFields: row.profile_fields,
    weight: weightOption(row.weight),
    population: row.population,
    status: row.status,
    isPublished: row.is_published,
    publishedAt: row.published_at ? row.published_at.toISOString() : null,
    publicPath: publicPathOf(row.code),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    stats: statsOf(row, aggregate),
    permissions: {
      manage: canManageSurveys(actor),
      invite: canInviteToSurvey(actor, inScope),
      results: canReadSurveyResults(actor, inScope),
      followups: canReadSurveyResults(actor, inScope) || owned.has(row.id),
    },
  };
}

async function surveyDto(ctx: ServiceContext, actor: Actor, id: number, scope?: number[] | null) {
  const row = await loadSurvey(ctx.db, id);
  const aggregates = await aggregateRepo.findSurveyAggregates(ctx.db, [id]);
  return toSurvey(
    row,
    aggregates.get(id),
    actor,
    scope === undefined ? await unitScopeOf(ctx, actor) : scope,
    await ownedFollowupSurveyIds(ctx, actor),
  );
}

/**
 * The surveys the actor may see: managers and the complaint desk all of them, other staff those of their unit
 * scope; with respondents, target, progress and the current IKM of each (one grouped query for the page).
 */
export async function listSurveys(ctx: ServiceContext, actor: Actor, q: z.infer<typeof surveyListQuery>) {
  const scope = await unitScopeOf(ctx, actor);
  const owned = await ownedFollowupSurveyIds(ctx, actor);
  const unitIds = canListAllSurveys(actor) ? undefined : (scope ?? undefined);
  const { items, total } = await repo.findSurveysPage(
    ctx.db,
    { q: q.q, unitId: q.unitId, status: q.status, year: q.year, unitIds, alsoSurveyIds: [...owned] },
    q.page,
    q.pageSize,
  );
  const aggregates = await aggregateRepo.findSurveyAggregates(
    ctx.db,
    items.map((s) => s.id),
  );
  return {
    items: items.map((row) => toSurvey(row, aggregates.get(row.id), actor, scope, owned)),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** One survey with its settings and current stats; 403 outside the actor's scope unless they own a follow-up. */
export async function getSurvey(ctx: ServiceContext, actor: Actor, id: number): Promise<Survey> {
  const row = await loadSurvey(ctx.db, id);
  const scope = await unitScopeOf(ctx, actor);
  const owned = await ownedFollowupSurveyIds(ctx, actor);
  if (!canOpenSurvey(actor, isInScope(scope, row.unit_id), owned.has(row.id))) {
    throw forbidden('Anda hanya dapat melihat survei unit kerja Anda');
  }
  return surveyDto(ctx, actor, id, scope);
}

type SurveyFields = z.infer<typeof surveyPatch>;

/** Checks what zod cannot: dates, unique codes/ids/options, the unit. Returns normalised values. */
async function checkFields(db: Database, input: SurveyFields, current?: repo.SurveyRow) {
  const start = input.periodStart ?? current?.period_start;
  const end = input.periodEnd ?? current?.period_end;
  for (const [path, value] of [
    ['periodStart', input.periodStart],
    ['periodEnd', input.periodEnd],
  ] as const) {
    if (value !== undefined && !isValidIsoDate(value)) throw invalid(path, 'Tanggal tidak valid');
  }
  if (start && end && end < start)
    throw invalid('periodEnd', 'Akhir periode tidak boleh sebelum awal periode');
  if (input.unitId !== undefined && !(await repo.findUnitName(db, input.unitId))) {
    throw invalid('unitId', 'Unit layanan tidak ditemukan atau tidak aktif');
  }
  let serviceTypes: string[] | undefined;
  if (input.serviceTypes) {
    const seen = new Set<string>();
    serviceTypes = [];
    for (const [i, s] of input.serviceTypes.entries()) {
      if (seen.has(s.toLowerCase()))
        throw invalid(`serviceTypes.${i}`, `Jenis layanan "${s}" ditulis dua kali`);
      seen.add(s.toLowerCase());
      serviceTypes.push(s);
    }
  }
  if (input.unsur) {
    const codes = new Set(input.unsur.map((u) => u.code));
    if (codes.size !== UNSUR_CODE_LIST.length) {
      throw invalid('unsur', 'Setiap unsur U1–U9 harus ada tepat satu kali');
    }
  }
  if (input.extraQuestions) {
    const ids = new Set<string>();
    for (const [i, q] of input.extraQuestions.entries()) {
      if (ids.has(q.id)) throw invalid(`extraQuestions.${i}.id`, `ID pertanyaan "${q.id}" dipakai dua kali`);
      ids.add(q.id);
      if (q.kind === 'CHOICE' && (q.options?.length ?? 0) < 2) {
        throw invalid(`extraQuestions.${i}.options`, 'Pertanyaan pilihan memerlukan minimal dua pilihan');
      }
    }
  }
  if (input.profileFields && new Set(input.profileFields).size !== input.profileFields.length) {
    throw invalid('profileFields', 'Kolom profil tidak boleh berulang');
  }
  return { serviceTypes };
}

const unsurRows = (input: z.infer<typeof surveyInput>['unsur']) =>
  UNSUR_CODE_LIST.map((code) => ({
    code,
    question: input?.find((u) => u.code === code)?.question ?? SKM_DEFAULT_QUESTIONS[code as UnsurCode],
  }));

const extraRows = (input: z.infer<typeof surveyInput>['extraQuestions']) =>
  (input ?? []).map((q) => ({
    id: q.id,
    text: q.text,
    kind: q.kind,
    ...(q.kind === 'CHOICE' ? { options: q.options ?? [] } : {}),
  }));

/** A new survey in DRAFT with a fresh public code; the standard wording fills any unsur not given. */
export async function createSurvey(
  ctx: ServiceContext,
  actor: Actor,
  input: z.infer<typeof surveyInput>,
): Promise<Survey> {
  assertCanManage(actor);
  const { serviceTypes } = await checkFields(ctx.db, input);
  const now = ctx.now();
  const id = await ctx.db.transaction().execute(async (trx) => {
    let code = generateCode(8);
    for (let i = 0; i < 5 && (await repo.isSurveyCodeTaken(trx, code)); i++) code = generateCode(8);
    const row: repo.NewSurveyRow = {
      code,
      unit_id: input.unitId,
      title: input.title,
      period_start: input.periodStart,
      period_end: input.periodEnd,
      service_types: serviceTypes ?? input.serviceTypes,
      unsur: unsurRows(input.unsur),
      extra_questions: extraRows(input.extraQuestions),
      profile_fields: input.profileFields ?? [...SKM_PROFILE_FIELDS],
      weight: input.weight ?? 'exact',
      population: input.population ?? null,
      status: 'DRAFT',
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    };
    const newId = await repo.insertSurvey(trx, row);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'skm.survey.create',
      entityType: 'skm_survey',
      entityId: newId,
      after: row,
    });
    return newId;
  });
  return surveyDto(ctx, actor, id);
}

/**
 * Edits a survey. Once responses exist, the unit, the unsur wording and the extra questions are frozen (the answers
 * were given to that wording); title, period, service types, population and weight stay editable.
 */
export async function updateSurvey(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  patch: z.infer<typeof surveyPatch>,
): Promise<Survey> {
  assertCanManage(actor);
  await ctx.db.transaction().execute(async (trx) => {
    const current = await loadSurvey(trx, id);
    const { serviceTypes } = await checkFields(trx, patch, current);
    if ((await responseRepo.countSurveyResponses(trx, id)) > 0) {
      for (const field of ['unitId', 'unsur', 'extraQuestions'] as const) {
        if (patch[field] !== undefined) {
          throw conflict(
            field,
            'Survei sudah memiliki jawaban; unit, teks unsur dan pertanyaan tambahan tidak dapat diubah',
          );
        }
      }
    }
    const change: repo.SurveyPatchRow = {
      ...(patch.unitId !== undefined ? { unit_id: patch.unitId } : {}),
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.periodStart !== undefined ? { period_start: patch.periodStart } : {}),
      ...(patch.periodEnd !== undefined ? { period_end: patch.periodEnd } : {}),
      ...(serviceTypes !== undefined ? { service_types: serviceTypes } : {}),
      ...(patch.unsur !== undefined ? { unsur: unsurRows(patch.unsur) } : {}),
      ...(patch.extraQuestions !== undefined ? { extra_questions: extraRows(patch.extraQuestions) } : {}),
      ...(patch.profileFields !== undefined ? { profile_fields: patch.profileFields } : {}),
      ...(patch.weight !== undefined ? { weight: patch.weight } : {}),
      ...(patch.population !== undefined ? { population: patch.population } : {}),
    };
    if (Object.keys(change).length === 0) return;
    await repo.updateSurvey(trx, id, { ...change, updated_at: ctx.now() });
    const before = Object.fromEntries(
      Object.keys(change).map((k) => [k, (current as Record<string, unknown>)[k]]),
    );
    await recordAudit(trx, auditContextOf(actor), {
      action: 'skm.survey.update',
      entityType: 'skm_survey',
      entityId: id,
      before,
      after: change,
    });
  });
  return surveyDto(ctx, actor, id);
}

const TRANSITIONS: Record<string, readonly string[]> = {
  DRAFT: ['OPEN'],
  OPEN: ['CLOSED', 'DRAFT'],
  CLOSED: ['OPEN'],
};

/** Opens, closes or reopens a survey; back to draft only while it has no responses. */
export async function setSurveyStatus(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  status: Survey['status'],
): Promise<Survey> {
  assertCanManage(actor);
  await ctx.db.transaction().execute(async (trx) => {
    const current = await loadSurvey(trx, id);
    if (!TRANSITIONS[current.status]?.includes(status)) {
      throw conflict('status', `Status survei tidak dapat diubah dari ${current.status} ke ${status}`);
    }
    if (status === 'DRAFT' && (await responseRepo.countSurveyResponses(trx, id)) > 0) {
      throw conflict('status', 'Survei yang sudah memiliki jawaban tidak dapat dikembalikan ke draf');
    }
    await repo.updateSurvey(trx, id, {
      status,
      updated_at: ctx.now(),
      ...(status === 'DRAFT' ? { is_published: false, published_at: null } : {}),
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'skm.survey.status',
      entityType: 'skm_survey',
      entityId: id,
      before: { status: current.status },
      after: { status },
    });
    // Closing makes the result final: the unit's head and the managers hear of it (issue 14, a survey result).
    if (status === 'CLOSED') await notifySurveyResult(trx, actor, current, ctx.now());
  });
  return surveyDto(ctx, actor, id);
}

/** Publishes the unit-level result on the public transparency page (or withdraws it); needs a computable IKM. */
export async function setSurveyPublication(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  published: boolean,
): Promise<Survey> {
  assertCanManage(actor);
  await ctx.db.transaction().execute(async (trx) => {
    const current = await loadSurvey(trx, id);
    if (published) {
      if (current.status === 'DRAFT') throw conflict('published', 'Survei draf belum dapat dipublikasikan');
      const aggregate = (await aggregateRepo.findSurveyAggregates(trx, [id])).get(id);
      const ikm = ikmOfAggregate(aggregate, current.weight);
      if (!ikm.ok) throw conflict('published', `Hasil belum dapat dipublikasikan: ${ikm.reason}`);
    }
    if (current.is_published === published) return;
    await repo.updateSurvey(trx, id, {
      is_published: published,
      published_at: published ? ctx.now() : null,
      updated_at: ctx.now(),
    });
    // The public page's IKM figures change with a publication or a withdrawal (ADR 0011).
    await publishPublicLive(trx, 'public.transparency');
    await recordAudit(trx, auditContextOf(actor), {
      action: published ? 'skm.survey.publish' : 'skm.survey.unpublish',
      entityType: 'skm_survey',
      entityId: id,
      before: { isPublished: current.is_published },
      after: { isPublished: published },
    });
  });
  return surveyDto(ctx, actor, id);
}

/** Active employees of the survey's unit (and its sub-units) today: names for the officer list and RTL owners. */
export async function findSurveyOfficers(ctx: ServiceContext, unitId: number) {
  const unitIds = await findUnitSubtreeIds(ctx.db, unitId);
  const rows = await peopleRepo.findUnitOfficers(ctx.db, unitIds, todayOf(ctx.now()));
  return rows.map((r) => ({ id: r.id, name: personName(r) }));
}

/**
 * The employees who read a survey's results by unit scope (`canReadSurveyResults`): whoever holds a position on
 * `date` in the survey's unit or a unit above it (a unit's staff read their own and their sub-units' surveys). The
 * managers, who read every survey, are `SURVEY_RESULT_WATCHER_ROLES`.
 */
export async function findSurveyResultReaders(db: Database, unitId: number, date: string): Promise<number[]> {
  const rows = await peopleRepo.findUnitOfficers(db, await findUnitAncestorIds(db, unitId), date);
  return rows.map((r) => r.id);
}

/** The officer list of a survey for staff who may read it. */
export async function listSurveyOfficers(ctx: ServiceContext, actor: Actor, id: number) {
  const row = await loadSurvey(ctx.db, id);
  const scope = await unitScopeOf(ctx, actor);
  if (!canListAllSurveys(actor) && !isInScope(scope, row.unit_id)) throw forbidden();
  return { items: await findSurveyOfficers(ctx, row.unit_id) };
}

/** SKM settings (the per-officer threshold), readable by every signed-in user because it explains hidden rows. */
export async function getSkmSettings(ctx: ServiceContext, _actor: Actor): Promise<SkmSettings> {
  return { officerMinResponses: await getOfficerMinResponses(ctx.db) };
}

/** Changes the per-officer threshold (never below 10: the privacy decision in the SKM domain document). */
export async function updateSkmSettings(
  ctx: ServiceContext,
  actor: Actor,
  input: SkmSettings,
): Promise<SkmSettings> {
  assertCanManage(actor);
  if (input.officerMinResponses < DEFAULT_SKM_MIN_RESPONSES_PER_OFFICER) {
    throw new AppError('VALIDATION', 'Batas minimum tidak boleh kurang dari 10 responden', [
      { path: 'officerMinResponses', message: 'Minimal 10' },
    ]);
  }
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getOfficerMinResponses(trx);
    await settingRepo.upsertSetting(trx, SETTING_OFFICER_MIN, input.officerMinResponses, ctx.now());
    await recordAudit(trx, auditContextOf(actor), {
      action: 'skm.settings.update',
      entityType: 'setting',
      entityId: SETTING_OFFICER_MIN,
      before: { officerMinResponses: before },
      after: input,
    });
  });
  return getSkmSettings(ctx, actor);
}
