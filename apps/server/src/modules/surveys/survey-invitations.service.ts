import { pageQuery, skmInvitationInput, type SkmInvitation } from '@sim/contracts';
import type { z } from 'zod';
import { todayOf } from '@sim/domain';
import type { Database } from '../../db/database';
import { auditContextOf, systemContext, type Actor, type AuditContext } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { conflict, forbidden } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { canInviteToSurvey } from './surveys.policy';
import * as invitationRepo from './survey-invitations.repository';
import { findUnitAncestorIds, findUnitSubtreeIds } from '../org/org.service';
import { generateCode, isInScope, loadSurvey, publicPathOf, unitScopeOf } from './surveys.service';

// Single-use invitations: after a complaint is closed or a service delivered, the citizen gets a code for that
// event's survey. The invitation names the event (a complaint or register number), never the person, and a
// response does not point back to its invitation; only the WIB day of use is kept.

const DEFAULT_VALID_DAYS = 30;
type InvitationRow = NonNullable<Awaited<ReturnType<typeof invitationRepo.findInvitationByCode>>>;

function toInvitation(row: InvitationRow, surveyCode: string): SkmInvitation {
  return {
    id: row.id,
    surveyId: row.survey_id,
    code: row.code,
    eventType: row.event_type,
    eventRef: row.event_ref,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    usedOn: row.used_on,
    path: `${publicPathOf(surveyCode)}?undangan=${row.code}`,
  };
}

async function insertNew(
  db: Database,
  audit: AuditContext,
  survey: { id: number; code: string },
  input: z.infer<typeof skmInvitationInput>,
  createdBy: number | null,
  now: Date,
) {
  // Another module may call in while holding its own transaction (a complaint being resolved): join it, so the
  // invitation commits or rolls back with the event that caused it.
  const inTransaction = <T>(fn: (trx: Database) => Promise<T>) =>
    db.isTransaction ? fn(db) : db.transaction().execute(fn);
  return inTransaction(async (trx) => {
    if (await invitationRepo.findInvitationByEvent(trx, survey.id, input.eventType, input.eventRef)) {
      throw conflict('eventRef', 'Undangan untuk peristiwa ini sudah dibuat');
    }
    let code = generateCode(10);
    for (let i = 0; i < 5 && (await invitationRepo.findInvitationByCode(trx, code)); i++)
      code = generateCode(10);
    const validDays = input.validDays ?? DEFAULT_VALID_DAYS;
    const row = await invitationRepo.insertInvitation(trx, {
      survey_id: survey.id,
      code,
      event_type: input.eventType,
      event_ref: input.eventRef,
      created_by: createdBy,
      created_at: now,
      expires_at: new Date(now.getTime() + validDays * 86_400_000),
    });
    await recordAudit(trx, audit, {
      action: 'skm.invitation.create',
      entityType: 'skm_invitation',
      entityId: row.id,
      after: { surveyId: survey.id, eventType: input.eventType, eventRef: input.eventRef, validDays },
    });
    return row;
  });
}

/** A new single-use invitation for an event; one per event (409 for a second one). */
export async function createInvitation(
  ctx: ServiceContext,
  actor: Actor,
  surveyId: number,
  input: z.infer<typeof skmInvitationInput>,
): Promise<SkmInvitation> {
  const survey = await loadSurvey(ctx.db, surveyId);
  const scope = await unitScopeOf(ctx, actor);
  if (!canInviteToSurvey(actor, isInScope(scope, survey.unit_id))) {
    throw forbidden('Anda tidak berwenang membuat undangan survei untuk unit ini');
  }
  if (survey.status === 'CLOSED')
    throw conflict('surveyId', 'Survei sudah ditutup; undangan tidak dapat dibuat');
  const row = await insertNew(ctx.db, auditContextOf(actor), survey, input, actor.userId, ctx.now());
  return toInvitation(row, survey.code);
}

/** Invitations of a survey, newest first, for whoever may create them. */
export async function listInvitations(
  ctx: ServiceContext,
  actor: Actor,
  surveyId: number,
  q: z.infer<typeof pageQuery>,
) {
  const survey = await loadSurvey(ctx.db, surveyId);
  const scope = await unitScopeOf(ctx, actor);
  if (!canInviteToSurvey(actor, isInScope(scope, survey.unit_id))) throw forbidden();
  const { items, total } = await invitationRepo.findInvitationsPage(ctx.db, surveyId, q.page, q.pageSize);
  return { items: items.map((r) => toInvitation(r, survey.code)), total, page: q.page, pageSize: q.pageSize };
}

/**
 * For other modules (complaints closing a case, a service register): the invitation for this event in the given
 * survey, created on first call and returned unchanged afterwards, so retries never mint a second code. `ctx.db`
 * may be the caller's transaction.
 */
export async function ensureSkmInvitationForEvent(
  ctx: ServiceContext,
  surveyId: number,
  event: { eventType: SkmInvitation['eventType']; eventRef: string },
): Promise<SkmInvitation> {
  const survey = await loadSurvey(ctx.db, surveyId);
  const existing = await invitationRepo.findInvitationByEvent(
    ctx.db,
    surveyId,
    event.eventType,
    event.eventRef,
  );
  if (existing) return toInvitation(existing, survey.code);
  const row = await insertNew(ctx.db, systemContext('skm'), survey, event, null, ctx.now());
  return toInvitation(row, survey.code);
}

/**
 * The survey an event of a unit belongs to, following one documented rule: an OPEN survey whose period covers
 * today (WIB) of the unit itself, else of the nearest unit above it (a kelurahan's, the kecamatan's), else of the
 * kecamatan's PATEN counter (a unit under the kecamatan, not a kelurahan, whose name contains "PATEN" — every
 * kecamatan runs one under Permendagri 4/2010, and it serves the public on the kecamatan's behalf). Within one
 * unit the survey with the latest period start wins. Null when none is open.
 */
export async function findSkmSurveyForUnit(
  ctx: ServiceContext,
  unitId: number,
): Promise<{ id: number; code: string; unitId: number } | null> {
  const ancestors = await findUnitAncestorIds(ctx.db, unitId);
  const brief = await invitationRepo.findUnitsBrief(ctx.db, ancestors);
  const kecamatan = ancestors.find((id) => brief.find((u) => u.id === id)?.type === 'KECAMATAN');
  let paten: number[] = [];
  if (kecamatan !== undefined) {
    const subtree = await findUnitSubtreeIds(ctx.db, kecamatan);
    paten = (await invitationRepo.findUnitsBrief(ctx.db, subtree))
      .filter((u) => u.type !== 'KELURAHAN' && /\bPATEN\b/i.test(u.name))
      .map((u) => u.id)
      .sort((a, b) => a - b);
  }
  const candidates = [...ancestors, ...paten.filter((id) => !ancestors.includes(id))];
  const open = await invitationRepo.findOpenSurveysOfUnits(ctx.db, candidates, todayOf(ctx.now()));
  for (const id of candidates) {
    const survey = open.find((s) => s.unit_id === id);
    if (survey) return { id: survey.id, code: survey.code, unitId: survey.unit_id };
  }
  return null;
}

/**
 * Invites the citizen after an event of a unit (a complaint resolved): ONE invitation per event, whatever happens
 * later — when one already exists in any survey it is returned as it is (used or not), so a reopened and
 * re-resolved complaint, or a survey that changed meanwhile, never mints a second code. Without an open survey for
 * the unit (see findSkmSurveyForUnit) nothing is created and null is returned; that is not an error.
 */
export async function inviteToSkmAfterEvent(
  ctx: ServiceContext,
  event: { unitId: number; eventType: SkmInvitation['eventType']; eventRef: string },
): Promise<SkmInvitation | null> {
  const existing = await invitationRepo.findFirstInvitationForEvent(ctx.db, event.eventType, event.eventRef);
  if (existing) return toInvitation(existing, existing.survey_code);
  const survey = await findSkmSurveyForUnit(ctx, event.unitId);
  if (!survey) return null;
  return ensureSkmInvitationForEvent(ctx, survey.id, {
    eventType: event.eventType,
    eventRef: event.eventRef,
  });
}

/**
 * What the holder of the event's private link may see of its invitation: the survey link while it can be used
 * (unused, not expired, survey open and in its period), only the fact that it was used afterwards, or null.
 */
export async function getSkmInvitationStateForEvent(
  ctx: ServiceContext,
  event: { eventType: SkmInvitation['eventType']; eventRef: string },
): Promise<{ isUsed: boolean; path: string | null } | null> {
  const inv = await invitationRepo.findFirstInvitationForEvent(ctx.db, event.eventType, event.eventRef);
  if (!inv) return null;
  if (inv.used_on !== null) return { isUsed: true, path: null };
  const today = todayOf(ctx.now());
  const usable =
    inv.expires_at.getTime() >= ctx.now().getTime() &&
    inv.survey_status === 'OPEN' &&
    inv.period_start <= today &&
    today <= inv.period_end;
  return usable ? { isUsed: false, path: toInvitation(inv, inv.survey_code).path } : null;
}

/**
 * The SKM invitation made for an event (its survey, when it was made, the WIB day it was used), or null. For the
 * complainant data export (issue 16 §5): the answers stay anonymous and are never linked to the invitation.
 */
export async function getSkmInvitationForEvent(
  ctx: ServiceContext,
  event: { eventType: SkmInvitation['eventType']; eventRef: string },
): Promise<{ surveyCode: string; createdAt: string; usedOn: string | null } | null> {
  const inv = await invitationRepo.findFirstInvitationForEvent(ctx.db, event.eventType, event.eventRef);
  if (!inv) return null;
  return { surveyCode: inv.survey_code, createdAt: inv.created_at.toISOString(), usedOn: inv.used_on };
}
