import type {
  ComplaintDetail,
  complaintDispositionBody,
  complaintNoteBody,
  complaintReassignBody,
  complaintRejectBody,
  complaintVerifyBody,
} from '@sim/contracts';
import { countElapsedWorkingDays, getClassificationDefaults, todayOf } from '@sim/domain';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import type { ComplaintPause } from '../../db/schema';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, forbidden, invalid } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notifications.service';
import { findUnitSubtreeIds } from '../org/org.service';
import { inviteToSkmAfterEvent } from '../surveys/survey-invitations.service';
import { clockOf, deadlineOf, type ClockFields } from './complaint-clock.rules';
import {
  formatDateTimeId as fmtDateTime,
  LABEL_DESK,
  LABEL_HANDLER,
  publicLinkOf,
  skmEventOf,
} from './complaint-common';
import { publishComplaintFigures, publishComplaintLive } from './complaint-live.service';
import { mailUpdate } from './complaint-mail.service';
import { loadReadable, OVERSIGHT_EXAMINATION_EVENT, relationOf, toDetail } from './complaint-reading.service';
import { loadSlaPolicy, loadWorkCalendar, resolutionDaysOf } from './complaint-settings.service';
import * as repo from './complaints.repository';
import {
  allowedActions,
  canWritePublicNote,
  type ComplaintActionName,
  type ComplaintRelation,
} from './complaints.policy';

// The workflow of a complaint (complaints.md, issue 4): diterima → diverifikasi | ditolak → didisposisi (unit and
// a named employee) → diproses ⇄ menunggu informasi pelapor (clock paused) → selesai → ditutup; reopening within
// the window goes back to diproses. Every transition is a timeline entry (public or internal) and an audit event.

function pausesClosed(pauses: ComplaintPause[], at: Date): ComplaintPause[] {
  return pauses.map((p) => (p.to === null ? { ...p, to: at.toISOString() } : p));
}
type Step = {
  trx: Database;
  row: repo.ComplaintRow;
  rel: ComplaintRelation;
  now: Date;
};

/**
 * Runs one staff transition: locks the row, checks that the action is open to the actor in the current state,
 * applies it, audits the before/after state and returns the fresh detail.
 */
async function transition(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  action: ComplaintActionName,
  apply: (step: Step) => Promise<void>,
): Promise<ComplaintDetail> {
  const now = ctx.now();
  const detail = await ctx.db.transaction().execute(async (trx) => {
    const { row, rel } = await loadReadable(trx, actor, id, now, true);
    if (!allowedActions(actor, row, rel).includes(action)) {
      throw new AppError('CONFLICT', 'Tindakan ini tidak dapat dilakukan pada status pengaduan saat ini', [
        { path: 'status', message: `Status saat ini: ${row.status}` },
      ]);
    }
    await apply({ trx, row, rel, now });
    // A public step is e-mailed to the reporter through the outbox, in this transaction (the verification has its
    // own receipt wording and is not mailed again).
    const lastPublic = (await repo.findEvents(trx, id, { publicOnly: true })).at(-1);
    if (action !== 'VERIFY' && lastPublic && lastPublic.at.getTime() === now.getTime()) {
      await mailUpdate(trx, ctx, id);
    }
    const after = (await repo.findComplaintById(trx, id))!;
    // The previous assignee's screens too, when the complaint moved to someone else.
    if (row.assignee_employee_id !== after.assignee_employee_id) await publishComplaintLive(trx, row, now);
    await publishComplaintLive(trx, after, now);
    await publishComplaintFigures(trx, { before: row.status, after: after.status });
    await recordAudit(trx, auditContextOf(actor), {
      action: `complaint.${action.toLowerCase()}`,
      entityType: 'complaint',
      entityId: id,
      before: auditState(row),
      after: auditState(after),
    });
    return toDetail(trx, actor, after, await relationOf(trx, actor, after, now), now);
  });
  return detail;
}

/** The audited state of a complaint: workflow fields only, never reporter data. */
function auditState(row: repo.ComplaintRow) {
  return {
    status: row.status,
    unitId: row.unit_id,
    assigneeId: row.assignee_employee_id,
    complexity: row.complexity,
    isConfidential: row.is_confidential,
    isIntegrity: row.is_integrity,
    deadline: row.deadline_at?.toISOString() ?? null,
  };
}

async function addEvent(
  trx: Database,
  row: { id: number },
  now: Date,
  e: {
    type: string;
    isPublic: boolean;
    actor: Actor | null;
    label: string;
    message?: string | null;
    /** A generated line: stored as its code and parameters, `message` then being its Indonesian text. */
    coded?: ReturnType<typeof repo.codedMessage>;
    data?: object;
  },
) {
  return repo.insertEvent(trx, {
    complaint_id: row.id,
    at: now,
    type: e.type,
    is_public: e.isPublic,
    actor_user_id: e.actor?.userId ?? null,
    actor_label: e.label,
    message: e.message ?? null,
    ...e.coded,
    data: JSON.stringify(e.data ?? {}),
  });
}

/**
 * Verification by the desk: accepts the complaint, optionally correcting its category, complexity class and
 * classification (a change needs a reason). The integrity rule is applied again on the corrected classification.
 */
export async function verifyComplaint(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  body: z.output<typeof complaintVerifyBody>,
) {
  return transition(ctx, actor, id, 'VERIFY', async ({ trx, row, now }) => {
    const policy = await loadSlaPolicy(trx);
    let category = await repo.findCategoryById(trx, row.category_id);
    if (body.categoryCode && body.categoryCode !== row.category_code) {
      category = await repo.findCategoryByCode(trx, body.categoryCode);
      if (!category || !category.is_active) throw invalid('categoryCode', 'Kategori pengaduan tidak dikenal');
    }
    const complexity =
      body.complexity ?? (category!.id !== row.category_id ? category!.complexity : row.complexity!);
    const changed = category!.id !== row.category_id || complexity !== row.complexity;
    if (changed && !body.note)
      throw invalid('note', 'Alasan wajib diisi bila kategori atau kompleksitas diubah');
    const kind = body.kind ?? row.kind;
    const mal = body.maladministration === undefined ? row.maladministration : body.maladministration;
    const isIntegrity =
      category!.is_integrity ||
      getClassificationDefaults({
        kind,
        maladministration: mal,
      }).isIntegrityIssue;
    const days =
      complexity === category!.complexity
        ? resolutionDaysOf(policy, complexity, category!.resolution_days)
        : resolutionDaysOf(policy, complexity, null);
    await repo.updateComplaint(trx, row.id, {
      status: 'DIVERIFIKASI',
      category_id: category!.id,
      unit_id: category!.id !== row.category_id ? category!.unit_id : row.unit_id,
      complexity,
      resolution_days: days,
      kind,
      maladministration: mal,
      is_integrity: isIntegrity,
      is_confidential: isIntegrity || (body.isConfidential ?? row.is_confidential),
      verifier_user_id: actor.userId,
      verified_at: now,
      // Verification stops the verification clock; the resolution clock starts at disposition.
      deadline_at: null,
      updated_at: now,
    });
    await addEvent(trx, row, now, {
      type: 'DIVERIFIKASI',
      isPublic: true,
      actor,
      label: LABEL_DESK,
      coded: repo.codedMessage('VERIFIED'),
    });
    if (body.note) {
      await addEvent(trx, row, now, {
        type: 'CATATAN',
        isPublic: false,
        actor,
        label: LABEL_DESK,
        message: body.note,
      });
    }
  });
}

/** Rejection with a reason shown to the citizen; a duplicate is merged into the earlier complaint, linked both ways. */
export async function rejectComplaint(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  body: z.output<typeof complaintRejectBody>,
) {
  return transition(ctx, actor, id, 'REJECT', async ({ trx, row, now }) => {
    let duplicateOf: repo.ComplaintRow | undefined;
    if (body.reason === 'DUPLIKAT') {
      if (!body.duplicateOfTicket) throw invalid('duplicateOfTicket', 'Nomor pengaduan asal wajib diisi');
      duplicateOf = await repo.findComplaintByTicket(trx, body.duplicateOfTicket.toUpperCase());
      if (!duplicateOf || duplicateOf.id === row.id) {
        throw invalid('duplicateOfTicket', 'Nomor pengaduan asal tidak ditemukan');
      }
    }
    await repo.updateComplaint(trx, row.id, {
      status: 'DITOLAK',
      paused_status: null,
      pauses: JSON.stringify(pausesClosed(row.pauses, now)),
      reject_reason: body.reason,
      reject_note: body.note,
      duplicate_of_id: duplicateOf?.id ?? null,
      verifier_user_id: row.verifier_user_id ?? actor.userId,
      closed_at: now,
      close_reason: 'DITOLAK',
      deadline_at: null,
      updated_at: now,
    });
    await addEvent(trx, row, now, {
      type: 'DITOLAK',
      isPublic: true,
      actor,
      label: LABEL_DESK,
      coded: duplicateOf
        ? repo.codedMessage('REJECTED_DUPLICATE', {
            reason: body.reason,
            duplicateOf: duplicateOf.ticket,
            note: body.note,
          })
        : repo.codedMessage('REJECTED', { reason: body.reason, note: body.note }),
      data: { reason: body.reason },
    });
    if (duplicateOf) {
      await addEvent(trx, duplicateOf, now, {
        type: 'DIGABUNG',
        isPublic: false,
        actor,
        label: LABEL_DESK,
        coded: repo.codedMessage('MERGED_DUPLICATE', { ticket: row.ticket }),
        data: { ticket: row.ticket },
      });
    }
  });
}

async function checkAssignee(trx: Database, unitId: number, employeeId: number, now: Date) {
  const unitName = await repo.findUnitName(trx, unitId);
  if (!unitName) throw invalid('unitId', 'Unit kerja tidak ditemukan');
  const units = await findUnitSubtreeIds(trx, unitId);
  const people = await repo.findEmployeesInUnits(trx, units, todayOf(now));
  if (!people.some((p) => p.employee_id === employeeId)) {
    throw invalid('assigneeEmployeeId', 'Pegawai tidak bertugas di unit tersebut');
  }
  return unitName;
}

/** Tells the newly assigned employee (in-app, and e-mail unless they turned it off), in the step's transaction. */
async function notifyAssignee(
  trx: Database,
  ctx: ServiceContext,
  row: repo.ComplaintRow,
  employeeId: number,
  now: Date,
) {
  const deadline = (await repo.findComplaintById(trx, row.id))?.deadline_at ?? null;
  await notify(trx, {
    to: { employeeId },
    type: 'COMPLAINT_ASSIGNED',
    params: { ticket: row.ticket, deadline: deadline?.toISOString() ?? null },
    link: `/complaints/${row.id}`,
    at: now,
    mail: {
      subject: `Pengaduan ${row.ticket} ditugaskan kepada Anda`,
      text: [
        `Pengaduan ${row.ticket} ditugaskan kepada Anda.`,
        ...(deadline ? [`Batas waktu penyelesaian: ${fmtDateTime(deadline)} WIB.`] : []),
        '',
        `Buka: ${publicLinkOf(ctx, `/complaints/${row.id}`)}`,
      ].join('\n'),
    },
  });
}

/**
 * Disposition to a unit and a named employee (this project goes beyond LAPOR!, which routes to units only): the
 * resolution clock starts now with the window of the complexity class.
 */
export async function dispositionComplaint(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  body: z.output<typeof complaintDispositionBody>,
) {
  return transition(ctx, actor, id, 'DISPOSITION', async ({ trx, row, now }) => {
    const unitName = await checkAssignee(trx, body.unitId, body.assigneeEmployeeId, now);
    const calendar = await loadWorkCalendar(trx);
    const clock: ClockFields = {
      status: 'DIDISPOSISI',
      paused_status: null,
      window_started_at: now,
      window_days: row.resolution_days,
      window_cycle: row.window_cycle + 1,
      pauses: [],
    };
    await repo.updateComplaint(trx, row.id, {
      status: 'DIDISPOSISI',
      unit_id: body.unitId,
      assignee_employee_id: body.assigneeEmployeeId,
      window_started_at: now,
      window_days: row.resolution_days,
      window_cycle: row.window_cycle + 1,
      pauses: JSON.stringify([]),
      deadline_at: deadlineOf(clock, calendar),
      updated_at: now,
    });
    await addEvent(trx, row, now, {
      type: 'DIDISPOSISI',
      isPublic: true,
      actor,
      label: LABEL_DESK,
      coded: repo.codedMessage('DISPOSED', { unit: unitName }),
      data: { unitId: body.unitId, assigneeId: body.assigneeEmployeeId },
    });
    await notifyAssignee(trx, ctx, row, body.assigneeEmployeeId, now);
    if (body.note) {
      await addEvent(trx, row, now, {
        type: 'CATATAN',
        isPublic: false,
        actor,
        label: LABEL_DESK,
        message: body.note,
      });
    }
  });
}

/** Reassignment or transfer to another unit, with a reason; the running deadline is kept. */
export async function reassignComplaint(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  body: z.output<typeof complaintReassignBody>,
) {
  return transition(ctx, actor, id, 'REASSIGN', async ({ trx, row, now }) => {
    const unitName = await checkAssignee(trx, body.unitId, body.assigneeEmployeeId, now);
    const transferred = body.unitId !== row.unit_id;
    await repo.updateComplaint(trx, row.id, {
      unit_id: body.unitId,
      assignee_employee_id: body.assigneeEmployeeId,
      updated_at: now,
    });
    if (transferred) {
      await addEvent(trx, row, now, {
        type: 'DIALIHKAN',
        isPublic: true,
        actor,
        label: LABEL_DESK,
        coded: repo.codedMessage('TRANSFERRED', { unit: unitName }),
        data: { unitId: body.unitId },
      });
    }
    await addEvent(trx, row, now, {
      type: 'PENUGASAN_ULANG',
      isPublic: false,
      actor,
      label: LABEL_DESK,
      coded: repo.codedMessage('REASSIGNED', { note: body.note }),
      data: { from: row.assignee_employee_id, to: body.assigneeEmployeeId, unitId: body.unitId },
    });
    if (body.assigneeEmployeeId !== row.assignee_employee_id) {
      await notifyAssignee(trx, ctx, row, body.assigneeEmployeeId, now);
    }
  });
}

/**
 * A note on the complaint: internal, or public progress shown to the citizen. The assignee's first note starts
 * handling (didisposisi → diproses); their first public note is the first follow-up (tindak lanjut pertama).
 */
export async function addNote(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  body: z.output<typeof complaintNoteBody>,
) {
  return transition(ctx, actor, id, 'NOTE', async ({ trx, row, rel, now }) => {
    if (body.isPublic && !canWritePublicNote(actor, rel)) {
      throw forbidden('Hanya petugas dan penanggung jawab yang dapat menulis catatan untuk pelapor');
    }
    const patch: Parameters<typeof repo.updateComplaint>[2] = { updated_at: now };
    if (rel.isAssignee && row.status === 'DIDISPOSISI') patch.status = 'DIPROSES';
    if (rel.isAssignee && body.isPublic && !row.first_response_at) patch.first_response_at = now;
    await repo.updateComplaint(trx, row.id, patch);
    await addEvent(trx, row, now, {
      type: body.isPublic ? 'PROGRES' : 'CATATAN',
      isPublic: body.isPublic,
      actor,
      label: rel.isAssignee ? LABEL_HANDLER : LABEL_DESK,
      message: body.message,
    });
  });
}

/** Asks the reporter for more information: the clock pauses until the reporter answers on the tracking page. */
export async function requestInformation(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  body: { message: string },
) {
  return transition(ctx, actor, id, 'REQUEST_INFO', async ({ trx, row, rel, now }) => {
    const calendar = await loadWorkCalendar(trx);
    const paused: ClockFields = {
      ...row,
      status: 'MENUNGGU_INFO',
      paused_status: row.status === 'DIDISPOSISI' ? 'DIPROSES' : row.status,
      pauses: [...row.pauses, { from: now.toISOString(), to: null }],
    };
    await repo.updateComplaint(trx, row.id, {
      status: paused.status,
      paused_status: paused.paused_status,
      pauses: JSON.stringify(paused.pauses),
      // A question before the deadline stops the clock (no deadline while waiting); a question after it leaves the
      // breached deadline standing, so it stays visible (Open311, tracking page) and keeps escalating.
      deadline_at: deadlineOf(paused, calendar),
      updated_at: now,
    });
    await addEvent(trx, row, now, {
      type: 'MINTA_INFO',
      isPublic: true,
      actor,
      label: rel.isAssignee ? LABEL_HANDLER : LABEL_DESK,
      message: body.message,
    });
  });
}

/**
 * The assignee posts the resolution (tindak lanjut) to the citizen. Records the time taken in working days without
 * the paused time, and whether the deadline was missed; the complaint closes itself after the configured days.
 */
export async function resolveComplaint(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  body: { message: string },
) {
  return transition(ctx, actor, id, 'RESOLVE', async ({ trx, row, now }) => {
    const calendar = await loadWorkCalendar(trx);
    const current = clockOf(row);
    const deadline = deadlineOf(row, calendar);
    await repo.updateComplaint(trx, row.id, {
      status: 'SELESAI',
      resolved_at: now,
      first_response_at: row.first_response_at ?? now,
      resolution_working_days: current ? countElapsedWorkingDays(current.clock, now, calendar) : null,
      was_breached: row.was_breached || (deadline !== null && now.getTime() > deadline.getTime()),
      deadline_at: null,
      updated_at: now,
    });
    await addEvent(trx, row, now, {
      type: 'SELESAI',
      isPublic: true,
      actor,
      label: LABEL_HANDLER,
      message: body.message,
    });
    // Issue 5 §2: the citizen is invited to the SKM of the responsible unit, once per complaint (a reopened and
    // re-resolved complaint keeps its first invitation); no open survey means no invitation, not an error.
    if (row.unit_id !== null) {
      await inviteToSkmAfterEvent({ ...ctx, db: trx }, { unitId: row.unit_id, ...skmEventOf(row.id) });
    }
  });
}

/**
 * Records on an integrity complaint's timeline that the oversight team examines it (an inspection or a finding was
 * opened from it, issue 12 §4): an internal line, coded so each reader sees it in their language, once per
 * complaint however many inspections or findings follow. Called by the oversight module inside its transaction;
 * the reading service shows the line only to those who may see it (`canSeeOversightExamination`).
 */
export async function recordOversightExamination(
  db: Database,
  actor: Actor,
  complaintId: number,
  source: { kind: 'INSPECTION' | 'FINDING'; id: number },
  now: Date,
): Promise<void> {
  const fresh = await repo.insertEventOnce(db, {
    complaint_id: complaintId,
    at: now,
    type: OVERSIGHT_EXAMINATION_EVENT,
    is_public: false,
    actor_user_id: actor.userId,
    actor_label: 'Tim Pengawas',
    ...repo.codedMessage('UNDER_OVERSIGHT'),
    data: JSON.stringify({ source: source.kind, id: source.id }),
    dedupe_key: OVERSIGHT_EXAMINATION_EVENT,
  });
  if (fresh) {
    await recordAudit(db, auditContextOf(actor), {
      action: 'complaint.oversight_examination',
      entityType: 'complaint',
      entityId: complaintId,
      after: { source: source.kind, id: source.id },
    });
  }
}
