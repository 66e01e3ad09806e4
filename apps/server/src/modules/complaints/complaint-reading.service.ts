import type {
  ComplaintDetail,
  ComplaintQueueCounts,
  ComplaintQueueScope,
  ComplaintSummary,
  TimelineEntry,
  complaintListQuery,
} from '@sim/contracts';
import type { z } from 'zod';
import { fullNameOf, maskPersonalData, todayOf } from '@sim/domain';
import type { Database } from '../../db/database';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden, notFound } from '../../lib/errors';
import { findSubordinateEmployeeIds, findUnitSubtreeIds } from '../org/org.service';
import { slaInfoOf } from './complaint-clock.rules';
import { LABEL_CITIZEN } from './complaint-common';
import { loadIntakeReference, loadSlaPolicy, loadWorkCalendar } from './complaint-settings.service';
import * as repo from './complaints.repository';
import {
  allowedActions,
  canListAssignees,
  canOpenComplaintQueue,
  canReadComplaint,
  canSeeOversightExamination,
  canSeeReporter,
  canWritePublicNote,
  complaintQueueScopesOf,
  type ComplaintRelation,
} from './complaints.policy';

// Reading complaints as staff: the scoped list, the detail with its timeline, assignees and attachments.

export async function relationOf(
  db: Database,
  actor: Actor,
  row: repo.ComplaintRow,
  now: Date,
): Promise<ComplaintRelation> {
  const assignee = row.assignee_employee_id;
  const isAssignee = actor.employeeId !== null && assignee !== null && actor.employeeId === assignee;
  let isAssigneesSuperior = false;
  if (!isAssignee && actor.employeeId !== null && assignee !== null) {
    isAssigneesSuperior = (await findSubordinateEmployeeIds(db, actor.employeeId, todayOf(now))).includes(
      assignee,
    );
  }
  return { isAssignee, isAssigneesSuperior };
}

function assigneeNameOf(row: repo.ComplaintRow): string | null {
  return row.assignee_name
    ? fullNameOf({
        name: row.assignee_name,
        front_title: row.assignee_front_title,
        back_title: row.assignee_back_title,
      })
    : null;
}

const excerptOf = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);

/**
 * The citizen's own words as staff who may not see the reporter read them (issue 16 §5): contacts, NIKs and the
 * reporter's name written into the text are masked; what the problem is stays readable. Lists always mask.
 */
const maskedFor = (row: repo.ComplaintRow, text: string) => maskPersonalData(text, [row.reporter_name]);

function toSummary(row: repo.ComplaintRow, sla: ComplaintSummary['sla']): ComplaintSummary {
  return {
    id: row.id,
    ticket: row.ticket,
    status: row.status,
    categoryCode: row.category_code,
    categoryName: row.category_name,
    kelurahan: row.kelurahan,
    excerpt: excerptOf(maskPersonalData(row.description, [row.reporter_name])),
    channel: row.channel,
    isAnonymous: row.is_anonymous,
    isConfidential: row.is_confidential,
    isIntegrity: row.is_integrity,
    receivedAt: row.received_at.toISOString(),
    unitName: row.unit_name,
    assigneeId: row.assignee_employee_id,
    assigneeName: assigneeNameOf(row),
    escalationLevel: row.escalation_level,
    wasBreached: row.was_breached,
    sla,
  };
}

/** The internal event that the oversight team is examining an integrity complaint (issue 12 §4). */
export const OVERSIGHT_EXAMINATION_EVENT = 'DIPERIKSA_TIM_PENGAWAS';

async function loadTimeline(
  db: Database,
  complaintId: number,
  publicOnly: boolean,
  hideOversightExamination = true,
  maskCitizen: ((text: string) => string) | null = null,
): Promise<TimelineEntry[]> {
  const events = (await repo.findEvents(db, complaintId, { publicOnly })).filter(
    (e) => !hideOversightExamination || e.type !== OVERSIGHT_EXAMINATION_EVENT,
  );
  const files = await repo.findAttachmentsMeta(db, complaintId);
  return events.map((e) => ({
    id: e.id,
    at: e.at.toISOString(),
    type: e.type,
    isPublic: e.is_public,
    actor: publicOnly ? e.actor_label : (e.actor_name ?? e.actor_label),
    ...(maskCitizen && e.actor_name === null && e.actor_label === LABEL_CITIZEN
      ? {
          message: e.message === null ? null : maskCitizen(e.message),
          messageCode: e.message_code,
          messageParams: e.message_params
            ? Object.fromEntries(
                Object.entries(e.message_params).map(([k, v]) => [
                  k,
                  typeof v === 'string' ? maskCitizen(v) : v,
                ]),
              )
            : null,
        }
      : { message: e.message, messageCode: e.message_code, messageParams: e.message_params }),
    attachments: files
      .filter((f) => f.event_id === e.id && (!publicOnly || f.is_public))
      .map((f) => ({
        id: f.id,
        fileName: f.file_name,
        mime: f.mime,
        phase: f.phase as 'SEBELUM' | 'SESUDAH' | null,
      })),
  }));
}

/**
 * The rows of one queue (the policy's `canOpenComplaintQueue`): own assignments, the team's (subordinates'), the
 * desk's verification queue, integrity complaints, or all. An account without an employee record has an empty own and
 * team queue rather than a refusal.
 */
async function queueFilter(
  ctx: ServiceContext,
  actor: Actor,
  scope: ComplaintQueueScope,
  now: Date,
): Promise<repo.ComplaintFilter> {
  switch (scope) {
    case 'mine':
      return {
        visibility: { assigneeIds: actor.employeeId ? [actor.employeeId] : [], includeIntegrity: false },
      };
    case 'team': {
      const team = actor.employeeId
        ? await findSubordinateEmployeeIds(ctx.db, actor.employeeId, todayOf(now))
        : [];
      return { visibility: { assigneeIds: team, includeIntegrity: false } };
    }
    case 'verification':
      if (!canOpenComplaintQueue(actor, scope)) throw forbidden();
      return { visibility: null, awaitingVerification: true };
    case 'integrity':
      if (!canOpenComplaintQueue(actor, scope)) throw forbidden();
      return { visibility: { assigneeIds: [], includeIntegrity: true, integrityOnly: true } };
    case 'all':
      if (!canOpenComplaintQueue(actor, scope)) throw forbidden();
      return { visibility: null };
  }
}

/**
 * Open complaints in every queue the actor may open, in the order of the tabs (issue 10 §3: the desk officer sees
 * where work waits, and the list opens on the first queue that has some). One count query per queue.
 */
export async function countComplaintQueues(ctx: ServiceContext, actor: Actor): Promise<ComplaintQueueCounts> {
  const now = ctx.now();
  const items: ComplaintQueueCounts['items'] = [];
  for (const scope of complaintQueueScopesOf(actor)) {
    const filter = await queueFilter(ctx, actor, scope, now);
    items.push({ scope, open: await repo.countComplaints(ctx.db, { ...filter, openOnly: true }) });
  }
  return { items };
}

/** Lists complaints in the actor's scope: own queue, team queue (subordinates), verification desk, all, integrity. */
export async function listComplaints(
  ctx: ServiceContext,
  actor: Actor,
  q: z.output<typeof complaintListQuery>,
) {
  const now = ctx.now();
  const filter = await queueFilter(ctx, actor, q.scope, now);
  if (q.status) filter.status = q.status;
  if (q.open === 'true') filter.openOnly = true;
  if (q.open === 'false') filter.closedOnly = true;
  if (q.q) filter.q = q.q;
  if (q.assigneeId) filter.assigneeId = q.assigneeId;
  if (q.unitId) filter.unitIds = await findUnitSubtreeIds(ctx.db, q.unitId);
  if (q.from) filter.receivedFrom = new Date(`${q.from}T00:00:00+07:00`);
  if (q.to) filter.receivedTo = new Date(new Date(`${q.to}T00:00:00+07:00`).getTime() + 86_400_000);
  if (q.metric) filter.metric = q.metric;
  // The countdowns use the deadline policy and calendar this instance keeps for intake (ADR 0014, dropped on a write
  // to their tables, ADR 0018) and read alongside the page: two statements fewer per list (issue 15).
  const [page, { policy, calendar }] = await Promise.all([
    repo.findComplaintsPage(ctx.db, filter, q.page, q.pageSize),
    loadIntakeReference(ctx),
  ]);
  return {
    items: page.items.map((row) => toSummary(row, slaInfoOf(row, now, calendar, policy))),
    total: page.total,
    totalCapped: page.totalCapped,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function loadReadable(db: Database, actor: Actor, id: number, now: Date, forUpdate = false) {
  const row = await repo.findComplaintById(db, id, { forUpdate });
  if (!row) throw notFound('Pengaduan');
  const rel = await relationOf(db, actor, row, now);
  if (!canReadComplaint(actor, row, rel)) throw forbidden('Anda tidak berwenang melihat pengaduan ini');
  return { row, rel };
}

export async function toDetail(
  db: Database,
  actor: Actor,
  row: repo.ComplaintRow,
  rel: ComplaintRelation,
  now: Date,
): Promise<ComplaintDetail> {
  const policy = await loadSlaPolicy(db);
  const calendar = await loadWorkCalendar(db);
  // Past retention the contact is gone for everybody; say so rather than "not authorised" (issue 16 §5).
  const showReporter = row.anonymised_at === null && canSeeReporter(actor, row, rel);
  return {
    ...toSummary(row, slaInfoOf(row, now, calendar, policy)),
    description: showReporter ? row.description : maskedFor(row, row.description),
    address: row.address,
    lat: row.lat,
    lng: row.lng,
    kind: row.kind,
    maladministration: row.maladministration,
    complexity: row.complexity,
    resolutionDays: row.resolution_days,
    unitId: row.unit_id,
    rejectReason: row.reject_reason,
    rejectNote: row.reject_note,
    duplicateOfTicket: row.duplicate_of_id ? await repo.findTicketById(db, row.duplicate_of_id) : null,
    mergedTickets: await repo.findMergedTickets(db, row.id),
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
    reopenCount: row.reopen_count,
    rating: row.rating,
    ratingComment: row.rating_comment,
    attributes: row.attributes,
    reporter: showReporter
      ? { name: row.reporter_name, phone: row.reporter_phone, email: row.reporter_email }
      : null,
    reporterHidden: showReporter
      ? null
      : row.is_anonymous
        ? 'ANONIM'
        : row.anonymised_at !== null
          ? 'DIANONIMKAN'
          : 'TIDAK_BERWENANG',
    timeline: await loadTimeline(
      db,
      row.id,
      false,
      !canSeeOversightExamination(actor),
      showReporter ? null : (text) => maskedFor(row, text),
    ),
    actions: allowedActions(actor, row, rel),
    canWritePublicNote: canWritePublicNote(actor, rel),
  };
}

/** One complaint with its full timeline (internal notes included) for the staff who may see it. */
export async function getComplaint(ctx: ServiceContext, actor: Actor, id: number): Promise<ComplaintDetail> {
  const now = ctx.now();
  const { row, rel } = await loadReadable(ctx.db, actor, id, now);
  return toDetail(ctx.db, actor, row, rel, now);
}

/** Employees who may receive a complaint of a unit (its sub-units included), for the disposition form. */
export async function listAssignees(ctx: ServiceContext, actor: Actor, unitId: number) {
  if (!canListAssignees(actor)) throw forbidden();
  const units = await findUnitSubtreeIds(ctx.db, unitId);
  const rows = await repo.findEmployeesInUnits(ctx.db, units, todayOf(ctx.now()));
  const seen = new Set<number>();
  return {
    items: rows
      .filter((r) => (seen.has(r.employee_id) ? false : (seen.add(r.employee_id), true)))
      .map((r) => ({
        employeeId: r.employee_id,
        name: fullNameOf(r),
        positionName: r.position_name,
        unitId: r.unit_id,
        unitName: r.unit_name,
      })),
  };
}

/** Attachment bytes for staff who may read the complaint. */
export async function getAttachmentForStaff(ctx: ServiceContext, actor: Actor, attachmentId: number) {
  const file = await repo.findAttachment(ctx.db, attachmentId);
  if (!file) throw notFound('Lampiran');
  await loadReadable(ctx.db, actor, file.complaint_id, ctx.now());
  return { fileName: file.file_name, mime: file.mime, content: file.content };
}
