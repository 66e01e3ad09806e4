import { createHmac, randomBytes } from 'node:crypto';
import {
  UNSUR_CODE_LIST,
  publicSurveyResponseBody,
  skmSuggestionQuery,
  surveyResponseQuery,
  type PublicSurvey,
  type SkmProfileField,
  type SkmSuggestionItem,
  type SurveyResponse,
} from '@sim/contracts';
import { canShowOfficerOnResponse, toWibIsoDate, todayOf } from '@sim/domain';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, conflict, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './surveys.repository';
import * as aggregateRepo from './survey-aggregates.repository';
import * as invitationRepo from './survey-invitations.repository';
import * as responseRepo from './survey-responses.repository';
import * as settingRepo from '../../db/settings';
import * as suggestionRepo from './survey-suggestions.repository';
import { columnOf, personName } from './surveys.rules';
import {
  assertCanManage,
  findSurveyOfficers,
  findSurveyResultReaders,
  getOfficerMinResponses,
  loadSurvey,
  unsurOf,
} from './surveys.service';
import { publishLive } from '../live/live.service';
import { SURVEY_RESULT_WATCHER_ROLES } from './surveys.policy';

// Answering (public, anonymous) and what managers do with answers: review flags, exclude with a reason, moderate
// suggestions. Anonymity: no IP, user agent or account is stored with a response; open-link duplicates are found
// with a keyed hash of (survey, WIB day, IP, user agent) that cannot be reversed without the server's secret and
// says nothing across days. Responses themselves are not written to the audit log (that would tie them to a time
// and IP); every official's action on them is.

const SETTING_DEDUPE_SECRET = 'skm.dedupeSecret';
const secrets = new WeakMap<object, string>();

async function dedupeSecret(db: Database, now: Date): Promise<string> {
  const cached = secrets.get(db);
  if (cached) return cached;
  const stored = await settingRepo.insertSettingIfAbsent(
    db,
    SETTING_DEDUPE_SECRET,
    randomBytes(32).toString('hex'),
    now,
  );
  if (typeof stored !== 'string') throw new Error('skm.dedupeSecret is not a string');
  secrets.set(db, stored);
  return stored;
}

export type ClientInfo = { ip: string; userAgent: string };

/** Why a survey does not take answers now, or null when it does (open, and today in its period, WIB). */
function closedReasonOf(survey: repo.SurveyRow, today: string): string | null {
  if (survey.status !== 'OPEN') return 'Survei ini sudah ditutup. Terima kasih atas perhatian Anda.';
  if (today < survey.period_start) return 'Survei ini belum dibuka.';
  if (today > survey.period_end) return 'Periode survei ini sudah berakhir.';
  return null;
}

/** A draft is invisible to the public: it answers like an unknown code. */
async function loadPublicSurvey(db: Database, code: string): Promise<repo.SurveyRow> {
  const survey = await repo.findSurveyByCode(db, code.toUpperCase());
  if (!survey || survey.status === 'DRAFT') throw notFound('Survei');
  return survey;
}

function invitationProblem(
  inv: Awaited<ReturnType<typeof invitationRepo.findInvitationByCode>>,
  surveyId: number,
  now: Date,
): { status: 'VALIDATION' | 'CONFLICT'; message: string } | null {
  if (!inv || inv.survey_id !== surveyId)
    return { status: 'VALIDATION', message: 'Kode undangan tidak dikenal' };
  if (inv.used_on !== null) return { status: 'CONFLICT', message: 'Kode undangan ini sudah dipakai' };
  if (inv.expires_at.getTime() < now.getTime()) {
    return { status: 'CONFLICT', message: 'Kode undangan ini sudah kedaluwarsa' };
  }
  return null;
}

/**
 * The public form of a survey: its questions, the unit's officers (names only) and, when an invitation code is
 * given, whether it can still be used — so the citizen learns it before filling in the whole form.
 */
export async function getPublicSurvey(
  ctx: ServiceContext,
  code: string,
  invitationCode: string | undefined,
): Promise<PublicSurvey> {
  const survey = await loadPublicSurvey(ctx.db, code);
  const reason = closedReasonOf(survey, todayOf(ctx.now()));
  let invitation: PublicSurvey['invitation'] = null;
  if (invitationCode) {
    const inv = await invitationRepo.findInvitationByCode(ctx.db, invitationCode.toUpperCase());
    const problem = invitationProblem(inv, survey.id, ctx.now());
    invitation = { valid: problem === null, message: problem?.message ?? null };
  }
  return {
    code: survey.code,
    title: survey.title,
    unitName: survey.unit_name,
    periodStart: survey.period_start,
    periodEnd: survey.period_end,
    isAccepting: reason === null,
    closedReason: reason,
    serviceTypes: survey.service_types,
    unsur: unsurOf(survey),
    extraQuestions: survey.extra_questions,
    profileFields: survey.profile_fields,
    officers: reason === null ? await findSurveyOfficers(ctx, survey.unit_id) : [],
    invitation,
  };
}

type PublicBody = z.infer<typeof publicSurveyResponseBody>;

function checkExtraAnswers(survey: repo.SurveyRow, given: Record<string, string> | undefined) {
  const out: Record<string, string> = {};
  for (const [id, value] of Object.entries(given ?? {})) {
    const question = survey.extra_questions.find((q) => q.id === id);
    if (!question) throw invalid(`extraAnswers.${id}`, 'Pertanyaan tambahan tidak dikenal');
    if (value === '') continue;
    if (question.kind === 'CHOICE' && !(question.options ?? []).includes(value)) {
      throw invalid(`extraAnswers.${id}`, 'Pilihan jawaban tidak dikenal');
    }
    out[id] = value;
  }
  return out;
}

/**
 * Stores one anonymous response. Rules: the survey must be open and in its period; at least one unsur answered;
 * the service received is one of the survey's; a named officer must work in the unit today. With an invitation
 * code the invitation is used up atomically (a second use answers 409). On an open link a repeat from the same
 * device and network on the same day is kept but flagged for an admin to review.
 */
export async function submitPublicResponse(
  ctx: ServiceContext,
  code: string,
  body: PublicBody,
  client: ClientInfo,
): Promise<{ ok: true }> {
  const survey = await loadPublicSurvey(ctx.db, code);
  const now = ctx.now();
  const today = toWibIsoDate(now);
  const reason = closedReasonOf(survey, today);
  if (reason) throw conflict('code', reason);

  const answers: Partial<Record<repo.UnsurColumn, number>> = {};
  for (const c of UNSUR_CODE_LIST) {
    const value = body.answers[c];
    if (value !== undefined) answers[columnOf(c)] = value;
  }
  if (Object.keys(answers).length === 0) throw invalid('answers', 'Jawab minimal satu unsur pelayanan');
  if (!survey.service_types.includes(body.serviceType)) {
    throw invalid('serviceType', 'Jenis layanan tidak ada dalam daftar layanan survei ini');
  }
  if (body.officerId) {
    const officers = await findSurveyOfficers(ctx, survey.unit_id);
    if (!officers.some((o) => o.id === body.officerId)) {
      throw invalid('officerId', 'Petugas tidak ditemukan di unit layanan ini');
    }
  }
  const extra = checkExtraAnswers(survey, body.extraAnswers);
  const asks = (field: SkmProfileField) => survey.profile_fields.includes(field);
  const suggestion = body.suggestion ? body.suggestion : null;
  const base = {
    survey_id: survey.id,
    submitted_at: now,
    answers,
    extra_answers: extra,
    service_type: body.serviceType,
    gender: asks('gender') ? (body.gender ?? null) : null,
    age: asks('age') ? (body.age ?? null) : null,
    education: asks('education') ? (body.education ?? null) : null,
    occupation: asks('occupation') ? (body.occupation ?? null) : null,
    officer_employee_id: body.officerId ?? null,
    suggestion,
    suggestion_status: suggestion ? ('PENDING' as const) : ('NONE' as const),
    counter: body.counter ? body.counter : null,
  };

  if (body.invitationCode) {
    const invitationCode = body.invitationCode.toUpperCase();
    await ctx.db.transaction().execute(async (trx) => {
      const inv = await invitationRepo.findInvitationByCode(trx, invitationCode);
      const problem = invitationProblem(inv, survey.id, now);
      if (problem)
        throw new AppError(problem.status, problem.message, [
          { path: 'invitationCode', message: problem.message },
        ]);
      if (!(await invitationRepo.markInvitationUsed(trx, inv!.id, today))) {
        throw conflict('invitationCode', 'Kode undangan ini sudah dipakai');
      }
      await responseRepo.insertResponses(trx, [
        { ...base, source: 'INVITATION', dedupe_hash: null, is_flagged: false, flag_reason: null },
      ]);
      await publishSurveyResponse(trx, survey, today);
    });
    return { ok: true };
  }

  const secret = await dedupeSecret(ctx.db, now);
  const hash = createHmac('sha256', secret)
    .update(`${survey.id}|${today}|${client.ip}|${client.userAgent}`)
    .digest('hex');
  const isRepeat = await responseRepo.hasResponseWithHash(ctx.db, survey.id, hash);
  // The response and its live event commit together (docs/adr/0008), as on the invitation path above.
  await ctx.db.transaction().execute(async (trx) => {
    await responseRepo.insertResponses(trx, [
      {
        ...base,
        source: body.source === 'QR' ? 'QR' : 'LINK',
        dedupe_hash: hash,
        is_flagged: isRepeat,
        flag_reason: isRepeat
          ? 'Kemungkinan pengisian berulang: perangkat dan jaringan yang sama pada hari yang sama'
          : null,
      },
    ]);
    await publishSurveyResponse(trx, survey, today);
  });
  return { ok: true };
}

/**
 * A new response changes the survey's results: the open results screens of everyone who reads them refresh (issue
 * 14 §1) — the managers and the staff of the survey's unit and the units above it.
 */
const publishSurveyResponse = async (db: Database, survey: { id: number; unit_id: number }, today: string) =>
  publishLive(
    db,
    {
      roles: SURVEY_RESULT_WATCHER_ROLES,
      employeeIds: await findSurveyResultReaders(db, survey.unit_id, today),
    },
    'survey.response',
    { surveyId: survey.id },
  );

/** What the response list needs to keep officer-level answers private: U6/U7 answer counts per officer. */
type OfficerPrivacy = { minResponses: number; counts: Map<number, { U6: number; U7: number }> };

/**
 * The U6/U7 answer counts per officer behind the survey's results (excluded responses left out, as in the
 * results), with the threshold: the response list shows an officer's name only where the results would show it.
 */
async function loadOfficerPrivacy(db: Database, surveyId: number): Promise<OfficerPrivacy> {
  const [rows, minResponses] = await Promise.all([
    aggregateRepo.findOfficerAggregates(db, { surveyIds: [surveyId] }),
    getOfficerMinResponses(db),
  ]);
  return { minResponses, counts: new Map(rows.map((o) => [o.employee_id, { U6: o.c_u6, U7: o.c_u7 }])) };
}

/** Shown instead of the officer's name when it would pair the officer with an answer below the threshold. */
const hiddenOfficerLabel = (min: number) =>
  `Disembunyikan (jawaban U6/U7 untuk petugas ini kurang dari ${min})`;

function officerNameOf(r: responseRepo.ResponseRow, privacy: OfficerPrivacy): string | null {
  if (r.officer_name === null || r.officer_employee_id === null) return null;
  const counts = privacy.counts.get(r.officer_employee_id) ?? { U6: 0, U7: 0 };
  const answered = { U6: r.u6 !== null, U7: r.u7 !== null };
  if (!canShowOfficerOnResponse(answered, counts, { minResponses: privacy.minResponses })) {
    return hiddenOfficerLabel(privacy.minResponses);
  }
  return personName({
    name: r.officer_name,
    front_title: r.officer_front_title,
    back_title: r.officer_back_title,
  });
}

function toResponse(r: responseRepo.ResponseRow, privacy: OfficerPrivacy): SurveyResponse {
  const answers: Record<string, number> = {};
  for (const code of UNSUR_CODE_LIST) {
    const v = r[columnOf(code)];
    if (v !== null) answers[code] = v;
  }
  return {
    id: r.id,
    submittedAt: r.submitted_at.toISOString(),
    answers,
    serviceType: r.service_type,
    gender: r.gender,
    age: r.age,
    education: r.education,
    occupation: r.occupation,
    officerName: officerNameOf(r, privacy),
    suggestion: r.suggestion,
    suggestionStatus: r.suggestion_status,
    source: r.source,
    counter: r.counter,
    isFlagged: r.is_flagged,
    flagReason: r.flag_reason,
    isExcluded: r.is_excluded,
    excludedReason: r.excluded_reason,
  };
}

/** Individual responses for review (flags, exclusions): managers only. Never carries IP, user agent or hash. */
export async function listResponses(
  ctx: ServiceContext,
  actor: Actor,
  surveyId: number,
  q: z.infer<typeof surveyResponseQuery>,
) {
  assertCanManage(actor);
  await loadSurvey(ctx.db, surveyId);
  const { items, total } = await responseRepo.findResponsesPage(
    ctx.db,
    surveyId,
    q.filter,
    q.page,
    q.pageSize,
  );
  const privacy = await loadOfficerPrivacy(ctx.db, surveyId);
  return { items: items.map((r) => toResponse(r, privacy)), total, page: q.page, pageSize: q.pageSize };
}

async function loadResponse(db: Database, surveyId: number, responseId: number) {
  const row = await responseRepo.findResponseById(db, surveyId, responseId);
  if (!row) throw notFound('Jawaban survei');
  return row;
}

/** Leaves a response out of every result, with the reason recorded (audited); the response itself is kept. */
export async function excludeResponse(
  ctx: ServiceContext,
  actor: Actor,
  surveyId: number,
  responseId: number,
  reason: string,
): Promise<SurveyResponse> {
  assertCanManage(actor);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadResponse(trx, surveyId, responseId);
    if (row.is_excluded) throw conflict('responseId', 'Jawaban ini sudah dikecualikan');
    await responseRepo.updateResponse(trx, responseId, {
      is_excluded: true,
      excluded_reason: reason,
      excluded_by: actor.userId,
      excluded_at: ctx.now(),
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'skm.response.exclude',
      entityType: 'skm_response',
      entityId: responseId,
      before: { isExcluded: false, isFlagged: row.is_flagged, flagReason: row.flag_reason },
      after: { isExcluded: true, reason, surveyId },
    });
  });
  return toResponse(
    await loadResponse(ctx.db, surveyId, responseId),
    await loadOfficerPrivacy(ctx.db, surveyId),
  );
}

/** Counts an excluded response again (audited, with the reason). */
export async function restoreResponse(
  ctx: ServiceContext,
  actor: Actor,
  surveyId: number,
  responseId: number,
  reason: string,
): Promise<SurveyResponse> {
  assertCanManage(actor);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadResponse(trx, surveyId, responseId);
    if (!row.is_excluded) throw conflict('responseId', 'Jawaban ini tidak sedang dikecualikan');
    await responseRepo.updateResponse(trx, responseId, {
      is_excluded: false,
      excluded_reason: null,
      excluded_by: null,
      excluded_at: null,
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'skm.response.restore',
      entityType: 'skm_response',
      entityId: responseId,
      before: { isExcluded: true, reason: row.excluded_reason },
      after: { isExcluded: false, reason, surveyId },
    });
  });
  return toResponse(
    await loadResponse(ctx.db, surveyId, responseId),
    await loadOfficerPrivacy(ctx.db, surveyId),
  );
}

/** Suggestions awaiting or past moderation: managers only (the raw text may name people). */
export async function listSuggestions(
  ctx: ServiceContext,
  actor: Actor,
  surveyId: number,
  q: z.infer<typeof skmSuggestionQuery>,
) {
  assertCanManage(actor);
  await loadSurvey(ctx.db, surveyId);
  const { items, total } = await suggestionRepo.findSuggestionsPage(
    ctx.db,
    surveyId,
    q.status,
    q.page,
    q.pageSize,
  );
  return {
    items: items.map((r): SkmSuggestionItem => ({
      responseId: r.id,
      submittedOn: toWibIsoDate(r.submitted_at),
      serviceType: r.service_type,
      text: r.suggestion ?? '',
      status: r.suggestion_status,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Approves (shown in results and on the public page) or rejects a suggestion; audited. */
export async function moderateSuggestion(
  ctx: ServiceContext,
  actor: Actor,
  surveyId: number,
  responseId: number,
  decision: 'APPROVED' | 'REJECTED',
): Promise<SkmSuggestionItem> {
  assertCanManage(actor);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await loadResponse(trx, surveyId, responseId);
    if (row.suggestion_status === 'NONE' || !row.suggestion) throw notFound('Saran');
    await responseRepo.updateResponse(trx, responseId, { suggestion_status: decision });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'skm.suggestion.moderate',
      entityType: 'skm_response',
      entityId: responseId,
      before: { status: row.suggestion_status },
      after: { status: decision, surveyId },
    });
    return {
      responseId,
      submittedOn: toWibIsoDate(row.submitted_at),
      serviceType: row.service_type,
      text: row.suggestion,
      status: decision,
    };
  });
}
