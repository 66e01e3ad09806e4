import { createHash } from 'node:crypto';
import type {
  ForumDocument,
  ForumParticipation,
  ForumPolicy,
  ForumPolicyCloseBody,
  ForumPolicyInput,
  ForumPolicyListQuery,
  ForumPolicySummary,
  ForumReadConfirmation,
  Paged,
} from '@sim/contracts';
import { todayOf } from '@sim/domain';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, forbidden, invalid, notFound } from '../../lib/errors';
import { cleanUploadName } from '../../lib/http';
import { normalizeStoredText } from '../../lib/text';
import { recordAudit } from '../audit/audit.service';
import { notifyPolicyClosed } from './forum-notify.service';
import { findPolicyFollowerIds } from './forum-response.repository';
import { forumScopeOf } from './forum-posts.dto';
import { plainTextOf, sanitizeForumHtml, storedSanitizedHtml } from './forum-text.sanitizer';
import { canConfirmRead, canManageForumPolicies, canPostOnPolicy } from './forum.policy';
import { assertConsultationMayClose } from './forum-response.rules';
import * as repo from './forum.repository';

// Policies (kebijakan) of the forum (issue 13 §1): drafted and published by the Pimpinan, open for consultation in
// their window, then closed; addressed to the whole office or to units (each with the units below it). An employee
// outside the audience does not see the policy at all (404, as if it did not exist).

/** Whether the consultation window is running at `now` (a missing bound does not limit it). */
export const windowOpen = (p: repo.PolicyRow, now: Date) =>
  (p.consultation_opens_at === null || p.consultation_opens_at <= now) &&
  (p.consultation_closes_at === null || now < p.consultation_closes_at);

/** The policy as this viewer may see it, or 404; with whether the viewer is in its audience. */
export async function loadVisiblePolicy(ctx: ServiceContext, actor: Actor, id: number) {
  const scope = await forumScopeOf(ctx, actor);
  const row = await repo.findVisiblePolicy(ctx.db, id, scope);
  if (!row) throw notFound('Kebijakan');
  const audienceScope = { ...scope, drafts: true, anyAudience: false };
  const inAudience = (await repo.findVisiblePolicy(ctx.db, id, audienceScope)) !== undefined;
  return { row, scope, inAudience };
}

function toSummary(r: repo.PolicyRow, extra: { threadCount: number; readByMe: boolean }): ForumPolicySummary {
  return {
    id: r.id,
    title: r.title,
    benefitsSummary: r.benefits_summary,
    status: r.status,
    audience: r.audience,
    effectiveDate: r.effective_date,
    consultationOpensAt: r.consultation_opens_at,
    consultationClosesAt: r.consultation_closes_at,
    publishedAt: r.published_at,
    threadCount: extra.threadCount,
    hasOfficialResponse: r.official_response !== null,
    readByMe: extra.readByMe,
  };
}

export async function listPolicies(
  ctx: ServiceContext,
  actor: Actor,
  q: ForumPolicyListQuery,
): Promise<Paged<ForumPolicySummary>> {
  const scope = await forumScopeOf(ctx, actor);
  const page = await repo.listPolicies(ctx.db, scope, q);
  return {
    items: page.items.map((r) =>
      toSummary(r, { threadCount: Number(r.thread_count ?? 0), readByMe: Boolean(r.read_by_me) }),
    ),
    total: page.total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function getPolicy(ctx: ServiceContext, actor: Actor, id: number): Promise<ForumPolicy> {
  const { row, scope, inAudience } = await loadVisiblePolicy(ctx, actor, id);
  const [units, documents, threadCount, read] = await Promise.all([
    repo.findPolicyUnits(ctx.db, id),
    repo.listDocuments(ctx.db, id),
    repo.countVisibleThreads(ctx.db, id, scope),
    repo.findReadConfirmation(ctx.db, id, actor.userId),
  ]);
  const manage = canManageForumPolicies(actor);
  const facts = { status: row.status, inAudience, windowOpen: windowOpen(row, ctx.now()) };
  return {
    ...toSummary(row, { threadCount, readByMe: read !== undefined }),
    body: storedSanitizedHtml(row.body),
    units,
    documents: documents.map(toDocument),
    officialResponse: row.official_response === null ? null : storedSanitizedHtml(row.official_response),
    officialResponseAt: row.official_response_at,
    closingSummary: row.closing_summary === null ? null : storedSanitizedHtml(row.closing_summary),
    closedAt: row.closed_at,
    readAt: read?.confirmed_at ?? null,
    can: {
      manage: manage && row.status !== 'CLOSED',
      publish: manage && row.status === 'DRAFT',
      close: manage && row.status === 'OPEN',
      post: canPostOnPolicy(actor, facts),
      confirmRead: canConfirmRead(actor, facts) && read === undefined,
    },
  };
}

const toDocument = (d: {
  id: number;
  file_name: string;
  mime: string;
  size: number;
  created_at: Date;
}): ForumDocument => ({
  id: d.id,
  fileName: d.file_name,
  mime: d.mime,
  size: d.size,
  createdAt: d.created_at,
});

async function checkInput(ctx: ServiceContext, input: ForumPolicyInput) {
  if (input.audience === 'UNITS') {
    if (input.unitIds.length === 0) throw invalid('unitIds', 'Pilih minimal satu unit sasaran kebijakan');
    const unique = [...new Set(input.unitIds)];
    if ((await repo.countExistingUnits(ctx.db, unique)) !== unique.length) {
      throw invalid('unitIds', 'Unit sasaran tidak ditemukan');
    }
  }
  const opens = input.consultationOpensAt ? new Date(input.consultationOpensAt) : null;
  const closes = input.consultationClosesAt ? new Date(input.consultationClosesAt) : null;
  if (opens && closes && closes <= opens) {
    throw invalid('consultationClosesAt', 'Akhir masa konsultasi harus sesudah awalnya');
  }
  return { opens, closes, unitIds: input.audience === 'UNITS' ? [...new Set(input.unitIds)] : [] };
}

function policyColumns(input: ForumPolicyInput, window: { opens: Date | null; closes: Date | null }) {
  const body = sanitizeForumHtml(input.body);
  return {
    title: normalizeStoredText(input.title),
    benefits_summary: normalizeStoredText(input.benefitsSummary),
    body,
    body_text: plainTextOf(body),
    effective_date: input.effectiveDate,
    consultation_opens_at: window.opens,
    consultation_closes_at: window.closes,
    audience: input.audience,
  };
}

export async function createPolicy(ctx: ServiceContext, actor: Actor, input: ForumPolicyInput) {
  if (!canManageForumPolicies(actor)) throw forbidden('Hanya Pimpinan yang dapat menyusun kebijakan');
  const checked = await checkInput(ctx, input);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.now();
    const id = await repo.insertPolicy(trx, {
      ...policyColumns(input, checked),
      status: 'DRAFT',
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await repo.replacePolicyUnits(trx, id, checked.unitIds);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'forum.policy.create',
      entityType: 'forum_policy',
      entityId: id,
      after: { title: input.title, audience: input.audience, unitIds: checked.unitIds },
    });
    return id;
  });
  return getPolicy(ctx, actor, id);
}

/** The policy a manager changes, or 404/403; a closed policy is the record of the consultation and stays as it is. */
async function loadManaged(ctx: ServiceContext, actor: Actor, id: number) {
  if (!canManageForumPolicies(actor)) throw forbidden('Hanya Pimpinan yang dapat mengubah kebijakan');
  const row = await repo.findPolicy(ctx.db, id);
  if (!row) throw notFound('Kebijakan');
  if (row.status === 'CLOSED') {
    throw new AppError('CONFLICT', 'Kebijakan yang sudah ditutup tidak dapat diubah', [
      { path: 'status', message: 'Kebijakan sudah ditutup' },
    ]);
  }
  return row;
}

export async function updatePolicy(ctx: ServiceContext, actor: Actor, id: number, input: ForumPolicyInput) {
  const before = await loadManaged(ctx, actor, id);
  const checked = await checkInput(ctx, input);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updatePolicy(trx, id, { ...policyColumns(input, checked), updated_at: ctx.now() });
    await repo.replacePolicyUnits(trx, id, checked.unitIds);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'forum.policy.update',
      entityType: 'forum_policy',
      entityId: id,
      before: { title: before.title, audience: before.audience },
      after: { title: input.title, audience: input.audience, unitIds: checked.unitIds },
    });
  });
  return getPolicy(ctx, actor, id);
}

/** Draft → open: the consultation needs an end in the future; it starts now unless a start was set. */
export async function publishPolicy(ctx: ServiceContext, actor: Actor, id: number) {
  const row = await loadManaged(ctx, actor, id);
  if (row.status !== 'DRAFT') {
    throw new AppError('CONFLICT', 'Kebijakan sudah dipublikasikan', [
      { path: 'status', message: 'Hanya draf yang dapat dipublikasikan' },
    ]);
  }
  const now = ctx.now();
  if (!row.consultation_closes_at || row.consultation_closes_at <= now) {
    throw invalid(
      'consultationClosesAt',
      'Isi akhir masa konsultasi yang belum lewat sebelum mempublikasikan',
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updatePolicy(trx, id, {
      status: 'OPEN',
      published_at: now,
      published_by: actor.userId,
      consultation_opens_at: row.consultation_opens_at ?? now,
      updated_at: now,
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'forum.policy.publish',
      entityType: 'forum_policy',
      entityId: id,
      after: { status: 'OPEN' },
    });
  });
  return getPolicy(ctx, actor, id);
}

/** Open → closed, with the closing summary (what changed in the policy) when given. */
export async function closePolicy(ctx: ServiceContext, actor: Actor, id: number, body: ForumPolicyCloseBody) {
  const row = await loadManaged(ctx, actor, id);
  if (row.status !== 'OPEN') {
    throw new AppError('CONFLICT', 'Hanya kebijakan yang sedang dikonsultasikan yang dapat ditutup', [
      { path: 'status', message: 'Kebijakan belum dipublikasikan' },
    ]);
  }
  const now = ctx.now();
  const summary = body.closingSummary?.trim() ? sanitizeForumHtml(body.closingSummary) : row.closing_summary;
  // i13-mod: no close without the official response and the summary of what changed (forum-response.service).
  assertConsultationMayClose(row, summary);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updatePolicy(trx, id, {
      status: 'CLOSED',
      closed_at: now,
      closed_by: actor.userId,
      closing_summary: summary,
      consultation_closes_at:
        row.consultation_closes_at && row.consultation_closes_at < now ? row.consultation_closes_at : now,
      updated_at: now,
    });
    await notifyPolicyClosed(
      trx,
      ctx,
      { id, title: row.title, closedByUserId: actor.userId },
      await findPolicyFollowerIds(trx, id),
    );
    await recordAudit(trx, auditContextOf(actor), {
      action: 'forum.policy.close',
      entityType: 'forum_policy',
      entityId: id,
      after: { status: 'CLOSED' },
    });
  });
  return getPolicy(ctx, actor, id);
}

// ---------------------------------------------------------------- documents

const PDF_MAGIC = Buffer.from('%PDF-');

/**
 * A policy document: a PDF (checked by its content, not its name), kept in the database. The file name is plain
 * text: control characters and any folder part removed, shown escaped everywhere and sent in a safe
 * Content-Disposition.
 */
export async function addDocument(
  ctx: ServiceContext,
  actor: Actor,
  policyId: number,
  file: { fileName: string; content: Buffer },
): Promise<ForumDocument> {
  await loadManaged(ctx, actor, policyId);
  if (!file.content.subarray(0, 5).equals(PDF_MAGIC)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Dokumen kebijakan harus berupa berkas PDF', [
      { path: 'file', message: 'Unggah berkas PDF' },
    ]);
  }
  const base = cleanUploadName(file.fileName, 150);
  const fileName = /\.pdf$/i.test(base) ? base : `${base || 'dokumen'}.pdf`;
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.insertDocument(trx, {
      policy_id: policyId,
      file_name: fileName,
      mime: 'application/pdf',
      size: file.content.length,
      sha256: createHash('sha256').update(file.content).digest('hex'),
      content: file.content,
      uploaded_by: actor.userId,
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'forum.policy.document.add',
      entityType: 'forum_policy',
      entityId: policyId,
      after: { documentId: row.id, fileName },
    });
    return toDocument(row);
  });
}

export async function getDocument(ctx: ServiceContext, actor: Actor, policyId: number, documentId: number) {
  await loadVisiblePolicy(ctx, actor, policyId);
  const doc = await repo.findDocument(ctx.db, policyId, documentId);
  if (!doc) throw notFound('Dokumen');
  return { fileName: doc.file_name, mime: doc.mime, content: doc.content };
}

// ---------------------------------------------------------------- read confirmation, participation

export async function confirmRead(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
): Promise<ForumReadConfirmation> {
  const { row, inAudience } = await loadVisiblePolicy(ctx, actor, id);
  if (!canConfirmRead(actor, { status: row.status, inAudience })) {
    throw forbidden('Konfirmasi membaca hanya untuk pegawai sasaran kebijakan ini');
  }
  await repo.insertReadConfirmation(ctx.db, {
    policy_id: id,
    user_id: actor.userId,
    employee_id: actor.employeeId,
    confirmed_at: ctx.now(),
  });
  const read = await repo.findReadConfirmation(ctx.db, id, actor.userId);
  return { policyId: id, readAt: read!.confirmed_at };
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/** Read confirmations per unit of the audience (by each employee's unit today): counts and percentages, never who. */
export async function getParticipation(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
): Promise<ForumParticipation> {
  const { row } = await loadVisiblePolicy(ctx, actor, id);
  const units = await repo.participationByUnit(ctx.db, row, todayOf(ctx.now()));
  const audience = units.reduce((n, u) => n + u.audience, 0);
  const confirmed = units.reduce((n, u) => n + u.confirmed, 0);
  return {
    audience,
    confirmed,
    percent: percent(confirmed, audience),
    units: units.map((u) => ({ ...u, percent: percent(u.confirmed, u.audience) })),
  };
}
