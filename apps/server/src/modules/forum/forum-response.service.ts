import type { ForumConsultation, ForumLeadershipFlags, ForumOfficialResponseInput } from '@sim/contracts';
import { fullNameOf, getOfficialResponseState, isPolicyFlaggedForLeadership } from '@sim/domain';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, forbidden, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { notifyAll } from '../notifications/notifications.service';
import { canReadForumPolicy } from './forum-moderation.access';
import { sanitizeForumHtml, storedSanitizedHtml } from './forum-text.sanitizer';
import { canLeadForum } from './forum-moderation.policy';
import { loadForumSettings } from './forum-moderation.service';
import { closeBlockersOf } from './forum-response.rules';
import * as repo from './forum-response.repository';

// The official response (tanggapan resmi) and the close of a consultation (oversight-and-forum.md [decision]):
// the Pimpinan publishes the response to the main concerns before the window closes; open policies without one
// are flagged on the leadership dashboard (and flagged harder when the end is near or past: the "due soon" days
// are a setting, default 7); a consultation closes only with both the response and the closing summary of what
// changed in the policy.

const DAY_MS = 24 * 60 * 60 * 1000;

/** The consultation state of a policy the actor may read: response, its state, summary, and what blocks closing. */
export async function getConsultation(
  ctx: ServiceContext,
  actor: Actor,
  policyId: number,
): Promise<ForumConsultation> {
  if (!(await canReadForumPolicy(ctx, actor, policyId))) throw notFound('Kebijakan');
  const row = await repo.findConsultation(ctx.db, policyId);
  if (!row) throw notFound('Kebijakan');
  const settings = await loadForumSettings(ctx.db);
  const lead = canLeadForum(actor);
  const closeBlockers = closeBlockersOf(row, row.closing_summary);
  return {
    policyId: row.id,
    status: row.status,
    consultationClosesAt: row.consultation_closes_at?.toISOString() ?? null,
    officialResponse: row.official_response === null ? null : storedSanitizedHtml(row.official_response),
    officialResponseAt: row.official_response_at?.toISOString() ?? null,
    officialResponseByName: row.responder_name
      ? fullNameOf({
          name: row.responder_name,
          front_title: row.responder_front_title,
          back_title: row.responder_back_title,
        })
      : row.official_response_by_name,
    officialResponseState: responseStateOf(row, ctx.now(), settings.responseDueSoonDays),
    closingSummary: row.closing_summary === null ? null : storedSanitizedHtml(row.closing_summary),
    closedAt: row.closed_at?.toISOString() ?? null,
    canRespond: lead && row.status === 'OPEN',
    canClose: lead && row.status === 'OPEN' && !closeBlockers.some((b) => b.field !== 'closingSummary'),
    closeBlockers: lead ? closeBlockers : [],
  };
}

function responseStateOf(
  row: {
    status: 'DRAFT' | 'OPEN' | 'CLOSED';
    consultation_closes_at: Date | null;
    official_response_at: Date | null;
  },
  now: Date,
  dueSoonDays: number,
) {
  // A policy without a window end never runs out of time: it is "missing", never "due soon" or overdue.
  const closesAt = row.consultation_closes_at ?? new Date(8.64e15);
  return getOfficialResponseState(
    {
      status: row.status,
      consultationClosesAt: closesAt,
      officialResponsePublishedAt: row.official_response_at,
    },
    now,
    { dueSoonDays },
  );
}

/**
 * Publishes (or corrects) the official response of an open policy. The first publication time is kept, so a
 * response published late stays "late" after a correction; every version is in the audit log.
 */
export async function publishOfficialResponse(
  ctx: ServiceContext,
  actor: Actor,
  policyId: number,
  input: ForumOfficialResponseInput,
): Promise<ForumConsultation> {
  if (!canLeadForum(actor)) throw forbidden();
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findConsultation(trx, policyId);
    if (!row) throw notFound('Kebijakan');
    if (row.status !== 'OPEN') {
      throw new AppError('CONFLICT', 'Tanggapan resmi hanya dapat diterbitkan saat konsultasi berlangsung', [
        { path: 'status', message: 'Kebijakan tidak sedang dikonsultasikan' },
      ]);
    }
    const html = sanitizeForumHtml(input.text);
    await repo.updateOfficialResponse(trx, policyId, {
      html,
      at: row.official_response_at ?? now,
      by: actor.userId,
    });
    await recordAudit(trx, auditContextOf(actor), {
      action:
        row.official_response === null
          ? 'forum.policy.official_response'
          : 'forum.policy.official_response_edit',
      entityType: 'forum_policy',
      entityId: policyId,
      before: { officialResponse: row.official_response },
      after: { officialResponse: html },
    });
    // The first publication is news for everyone who read the policy or took part; a correction is not.
    if (row.official_response === null) {
      const followers = await repo.findPolicyFollowerIds(trx, policyId);
      await notifyAll(
        trx,
        followers
          .filter((userId) => userId !== actor.userId)
          .map((userId) => ({
            to: { userId },
            type: 'FORUM_OFFICIAL_RESPONSE',
            params: { policy: row.title },
            link: `/forum/kebijakan/${policyId}`,
            at: now,
            mail: {
              subject: `Tanggapan resmi diterbitkan: ${row.title}`,
              text: `Pimpinan menerbitkan tanggapan resmi atas kebijakan "${row.title}" yang Anda baca atau tanggapi.\n\nBuka: ${ctx.config.publicUrl ?? ''}/forum/kebijakan/${policyId}`,
            },
          })),
      );
    }
  });
  return getConsultation(ctx, actor, policyId);
}

/**
 * The leadership dashboard's flags: every open policy without an official response, the most urgent first
 * (window ended, then ending within the "due soon" days, then the rest), with the whole days left.
 */
export async function listLeadershipFlags(ctx: ServiceContext, actor: Actor): Promise<ForumLeadershipFlags> {
  if (!canLeadForum(actor)) throw forbidden();
  return findLeadershipFlags(ctx.db, ctx.now());
}

/** The flags themselves, for the Pimpinan dashboard (its own policy decided who reads them); no actor check. */
export async function findLeadershipFlags(db: Database, now: Date): Promise<ForumLeadershipFlags> {
  const settings = await loadForumSettings(db);
  const rank = { MISSING_OVERDUE: 0, DUE_SOON: 1, MISSING: 2 } as const;
  const items = (await repo.findOpenPoliciesWithoutResponse(db))
    .map((r) => ({ r, state: responseStateOf(r, now, settings.responseDueSoonDays) }))
    .filter(({ r, state }) => isPolicyFlaggedForLeadership(state, r.status))
    .map(({ r, state }) => ({
      policyId: r.id,
      title: r.title,
      consultationClosesAt: r.consultation_closes_at?.toISOString() ?? null,
      state,
      daysLeft:
        r.consultation_closes_at === null
          ? null
          : Math.ceil((r.consultation_closes_at.getTime() - now.getTime()) / DAY_MS),
    }))
    .sort((a, b) => (rank[a.state as keyof typeof rank] ?? 3) - (rank[b.state as keyof typeof rank] ?? 3));
  return { items };
}
