import { pageQuery, skmInvitationInput, type SkmInvitation } from '@sim/contracts';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { auditContextOf, systemContext, type Actor, type AuditContext } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { conflict, forbidden } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { canInviteToSurvey } from './surveys.policy';
import * as repo from './surveys.repository';
import { generateCode, isInScope, loadSurvey, publicPathOf, unitScopeOf } from './surveys.service';

// Single-use invitations: after a complaint is closed or a service delivered, the citizen gets a code for that
// event's survey. The invitation names the event (a complaint or register number), never the person, and a
// response does not point back to its invitation; only the WIB day of use is kept.

const DEFAULT_VALID_DAYS = 30;
type InvitationRow = NonNullable<Awaited<ReturnType<typeof repo.findInvitationByCode>>>;

function toInvitation(row: InvitationRow, surveyCode: string): SkmInvitation {
  return {
    id: row.id,
    surveyId: row.survey_id,
    code: row.code,
    eventType: row.event_type as SkmInvitation['eventType'],
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
  return db.transaction().execute(async (trx) => {
    if (await repo.findInvitationByEvent(trx, survey.id, input.eventType, input.eventRef)) {
      throw conflict('eventRef', 'Undangan untuk peristiwa ini sudah dibuat');
    }
    let code = generateCode(10);
    for (let i = 0; i < 5 && (await repo.findInvitationByCode(trx, code)); i++) code = generateCode(10);
    const validDays = input.validDays ?? DEFAULT_VALID_DAYS;
    const row = await repo.insertInvitation(trx, {
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
  const { items, total } = await repo.findInvitationsPage(ctx.db, surveyId, q.page, q.pageSize);
  return { items: items.map((r) => toInvitation(r, survey.code)), total, page: q.page, pageSize: q.pageSize };
}

/**
 * For other modules (complaints closing a case, a service register): the invitation for this event in the given
 * survey, created on first call and returned unchanged afterwards, so retries never mint a second code.
 */
export async function ensureSkmInvitationForEvent(
  ctx: ServiceContext,
  surveyId: number,
  event: { eventType: SkmInvitation['eventType']; eventRef: string },
): Promise<SkmInvitation> {
  const survey = await loadSurvey(ctx.db, surveyId);
  const existing = await repo.findInvitationByEvent(ctx.db, surveyId, event.eventType, event.eventRef);
  if (existing) return toInvitation(existing, survey.code);
  const row = await insertNew(ctx.db, systemContext('skm'), survey, event, null, ctx.now());
  return toInvitation(row, survey.code);
}
