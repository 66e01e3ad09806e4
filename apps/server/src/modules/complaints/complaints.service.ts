import { createHash, randomBytes } from 'node:crypto';
import type {
  ComplaintCreated,
  ComplaintDetail,
  ComplaintSummary,
  TimelineEntry,
  complaintDispositionBody,
  complaintIntakeBase,
  complaintListQuery,
  complaintNoteBody,
  complaintReassignBody,
  complaintRejectBody,
  complaintVerifyBody,
} from '@sim/contracts';
import {
  countElapsedWorkingDays,
  getClassificationDefaults,
  toWibIsoDate,
  type ComplaintKind,
  type MaladministrationType,
} from '@sim/domain';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import type { ComplaintPause } from '../../db/schema';
import { auditContextOf, type Actor, type AuditContext } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { fullNameOf } from '../org/employee.rules';
import { sendMail } from '../notifications/mailer';
import { getSkmInvitationStateForEvent, inviteToSkmAfterEvent } from '../surveys/survey-invitations.service';
import { findSubordinateEmployeeIds, findUnitSubtreeIds } from '../org/org.service';
import { clockOf, deadlineOf, slaInfoOf, type ClockFields } from './complaint-clock.rules';
import { loadSlaPolicy, loadWorkCalendar, resolutionDaysOf } from './complaint-settings.service';
import * as repo from './complaints.repository';
import {
  allowedActions,
  canReadComplaint,
  canSeeReporter,
  canWritePublicNote,
  isComplaintDesk,
  seesAllComplaints,
  type ComplaintActionName,
  type ComplaintRelation,
} from './complaints.policy';
import { hasRole } from '../../lib/actor';

// The workflow of a complaint (complaints.md, issue 4): diterima → diverifikasi | ditolak → didisposisi (unit and
// a named employee) → diproses ⇄ menunggu informasi pelapor (clock paused) → selesai → ditutup; reopening within
// the window goes back to diproses. Every transition is a timeline entry (public or internal) and an audit event.

export type IntakeInput = z.output<typeof complaintIntakeBase>;
type Channel = 'WEB' | 'WALK_IN' | 'PHONE' | 'OPEN311';

const CLOSED_STATES = ['DITOLAK', 'SELESAI', 'DITUTUP'];
const REJECT_LABELS: Record<string, string> = {
  BUKAN_WEWENANG: 'bukan wewenang Kecamatan Kertapati',
  TIDAK_LENGKAP: 'data pengaduan tidak lengkap',
  DUPLIKAT: 'pengaduan yang sama sudah pernah diterima',
};
const CHANNEL_LABELS: Record<Channel, string> = {
  WEB: 'formulir daring',
  WALK_IN: 'datang langsung',
  PHONE: 'telepon',
  OPEN311: 'aplikasi mitra (Open311)',
};
export const LABEL_CITIZEN = 'Pelapor';
export const LABEL_DESK = 'Petugas Pengaduan';
export const LABEL_HANDLER = 'Petugas penanganan';
export const LABEL_SYSTEM = 'Sistem';

/** Tracking secrets are 256-bit random strings, so one SHA-256 is enough to store them safely. */
export const hashTrackingSecret = (secret: string) =>
  createHash('sha256').update(secret, 'utf8').digest('hex');

const todayOf = (now: Date) => toWibIsoDate(now);

/**
 * The SKM invitation event of a complaint: keyed by the complaint's id, never by anything about the reporter, so
 * the invitation (and the anonymous response given with it) cannot lead back to the citizen.
 */
export const skmEventOf = (complaintId: number) => ({
  eventType: 'COMPLAINT_CLOSED' as const,
  eventRef: String(complaintId),
});

/** An absolute link on the public site (PUBLIC_URL, or localhost with the port when unset). */
function publicLinkOf(ctx: ServiceContext, path: string): string {
  const base = ctx.config.publicUrl?.replace(/\/$/, '') ?? `http://localhost:${ctx.config.port}`;
  return `${base}${path}`;
}

function pausesClosed(pauses: ComplaintPause[], at: Date): ComplaintPause[] {
  return pauses.map((p) => (p.to === null ? { ...p, to: at.toISOString() } : p));
}

// ---------------------------------------------------------------- intake

/**
 * Receives a complaint from any channel (web form, desk, Open311): checks the category and its required
 * attributes, applies the integrity rule (Rahasia by default, visible to the oversight team), numbers the ticket
 * per year (KTP-2026-000123), starts the verification clock and returns the tracking secret — shown once, stored
 * only as a hash. Runs inside the caller's transaction.
 */
export async function receiveComplaint(
  trx: Database,
  now: Date,
  input: IntakeInput,
  source: { channel: Channel; audit: AuditContext; actorUserId: number | null },
): Promise<ComplaintCreated & { id: number }> {
  const category = await repo.findCategoryByCode(trx, input.categoryCode);
  if (!category || !category.is_active) throw invalid('categoryCode', 'Kategori pengaduan tidak dikenal');
  const kelurahan = await repo.findKelurahanNames(trx);
  // Open311 clients know no kelurahan: theirs is derived from the address and may stay "Belum ditentukan".
  const checksKelurahan = source.channel !== 'OPEN311' && kelurahan.length > 0;
  if (checksKelurahan && !kelurahan.some((k) => k.toLowerCase() === input.kelurahan.toLowerCase())) {
    throw invalid('kelurahan', `Kelurahan harus salah satu dari: ${kelurahan.join(', ')}`);
  }
  const attributes = checkAttributeValues(category.attributes, input.attributes);
  const policy = await loadSlaPolicy(trx);
  const calendar = await loadWorkCalendar(trx);
  const defaults = getClassificationDefaults({
    kind: input.kind as ComplaintKind,
    maladministration: (input.maladministration ?? null) as MaladministrationType | null,
  });
  const isIntegrity = category.is_integrity || defaults.isIntegrityIssue;
  const year = Number(todayOf(now).slice(0, 4));
  const seq = await repo.nextTicketNumber(trx, year);
  const ticket = `KTP-${year}-${String(seq).padStart(6, '0')}`;
  const secret = randomBytes(32).toString('base64url');
  const clock: ClockFields = {
    status: 'DITERIMA',
    paused_status: null,
    window_started_at: now,
    window_days: policy.verificationDays,
    window_cycle: 0,
    pauses: [],
  };
  const { id } = await repo.insertComplaint(trx, {
    ticket,
    tracking_hash: hashTrackingSecret(secret),
    category_id: category.id,
    kind: input.kind,
    maladministration: input.maladministration ?? null,
    channel: source.channel,
    description: input.description,
    kelurahan: kelurahan.find((k) => k.toLowerCase() === input.kelurahan.toLowerCase()) ?? input.kelurahan,
    address: input.address,
    lat: input.lat ?? null,
    lng: input.lng ?? null,
    attributes: JSON.stringify(attributes),
    reporter_name: input.reporterName ?? null,
    reporter_phone: input.reporterPhone ?? null,
    reporter_email: input.reporterEmail ?? null,
    is_anonymous: input.isAnonymous,
    is_confidential: input.isConfidential || isIntegrity,
    is_integrity: isIntegrity,
    status: 'DITERIMA',
    complexity: category.complexity,
    resolution_days: resolutionDaysOf(policy, category.complexity, category.resolution_days),
    unit_id: category.unit_id,
    received_at: now,
    window_started_at: now,
    window_days: policy.verificationDays,
    window_cycle: 0,
    pauses: JSON.stringify([]),
    deadline_at: deadlineOf(clock, calendar),
    updated_at: now,
  });
  await repo.insertEvent(trx, {
    complaint_id: id,
    at: now,
    type: 'DITERIMA',
    is_public: true,
    actor_user_id: source.actorUserId,
    actor_label: source.actorUserId ? LABEL_DESK : LABEL_CITIZEN,
    message: `Pengaduan diterima melalui ${CHANNEL_LABELS[source.channel]} dengan nomor ${ticket}.`,
    data: JSON.stringify({ channel: source.channel }),
  });
  await recordAudit(trx, source.audit, {
    action: 'complaint.received',
    entityType: 'complaint',
    entityId: id,
    after: { ticket, category: category.code, channel: source.channel, isIntegrity },
  });
  return { id, ticket, trackingSecret: secret, status: 'DITERIMA' };
}

function checkAttributeValues(
  definitions: { code: string; datatype: string; required: boolean; values?: { key: string }[] }[],
  given: Record<string, string | string[]>,
): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const def of definitions) {
    const value = given[def.code];
    const empty = value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === '');
    if (empty) {
      if (def.required) throw invalid(`attributes.${def.code}`, 'Isian ini wajib diisi');
      continue;
    }
    const keys = def.values?.map((v) => v.key);
    const values = Array.isArray(value) ? value : [value];
    if (def.datatype === 'singlevaluelist' || def.datatype === 'multivaluelist') {
      if (def.datatype === 'singlevaluelist' && values.length > 1) {
        throw invalid(`attributes.${def.code}`, 'Pilih satu nilai saja');
      }
      const wrong = values.find((v) => !keys?.includes(v));
      if (wrong !== undefined) throw invalid(`attributes.${def.code}`, `Pilihan "${wrong}" tidak dikenal`);
    }
    if (def.datatype === 'number' && values.some((v) => !Number.isFinite(Number(v)))) {
      throw invalid(`attributes.${def.code}`, 'Isian ini harus berupa angka');
    }
    result[def.code] = def.datatype === 'multivaluelist' ? values : values[0]!;
  }
  return result;
}

/** A complaint filed by a citizen on the public form (no login); the honeypot is checked by the route. */
export async function fileComplaint(
  ctx: ServiceContext,
  input: IntakeInput,
  ip: string,
): Promise<ComplaintCreated> {
  const now = ctx.now();
  const created = await ctx.db.transaction().execute((trx) =>
    receiveComplaint(trx, now, input, {
      channel: 'WEB',
      audit: auditContextOf(null, ip),
      actorUserId: null,
    }),
  );
  mailReceipt(ctx, input.reporterEmail, created);
  return { ticket: created.ticket, trackingSecret: created.trackingSecret, status: created.status };
}

/** A walk-in or phone complaint recorded by the Petugas Pengaduan, with the channel noted. */
export async function recordStaffComplaint(
  ctx: ServiceContext,
  actor: Actor,
  input: IntakeInput & { channel: 'WALK_IN' | 'PHONE' },
): Promise<ComplaintCreated> {
  if (!isComplaintDesk(actor))
    throw forbidden('Hanya Petugas Pengaduan yang dapat mencatat pengaduan langsung');
  const now = ctx.now();
  const created = await ctx.db.transaction().execute((trx) =>
    receiveComplaint(trx, now, input, {
      channel: input.channel,
      audit: auditContextOf(actor),
      actorUserId: actor.userId,
    }),
  );
  mailReceipt(ctx, input.reporterEmail, created);
  return { ticket: created.ticket, trackingSecret: created.trackingSecret, status: created.status };
}

/** The private tracking link (the secret in the fragment, never sent to the server by browsers). */
export function trackingLinkOf(ctx: ServiceContext, secret: string): string {
  return publicLinkOf(ctx, `/pengaduan/lacak#${secret}`);
}

/** E-mail confirmation with the ticket and the private tracking link, when the reporter gave an address. */
function mailReceipt(ctx: ServiceContext, email: string | undefined, created: ComplaintCreated) {
  if (!email) return;
  void sendMail(ctx.config, {
    to: email,
    subject: `Pengaduan ${created.ticket} diterima`,
    text: [
      'Terima kasih, pengaduan Anda sudah kami terima.',
      `Nomor tiket: ${created.ticket}`,
      `Tautan pelacakan pribadi: ${trackingLinkOf(ctx, created.trackingSecret)}`,
      '',
      'Simpan tautan ini dan jangan bagikan kepada orang lain: siapa pun yang memegangnya dapat melihat dan',
      'menanggapi pengaduan Anda. Petugas akan memverifikasi pengaduan dalam batas waktu yang berlaku.',
      '',
      'Kecamatan Kertapati, Kota Palembang',
    ].join('\n'),
  });
}

/** E-mail to the reporter about a public step on their complaint (the latest public timeline entry). */
async function mailUpdate(ctx: ServiceContext, complaintId: number) {
  const row = await repo.findComplaintById(ctx.db, complaintId);
  if (!row?.reporter_email) return;
  const events = await repo.findEvents(ctx.db, complaintId, { publicOnly: true });
  const last = events.at(-1);
  if (!last) return;
  // The resolution e-mail carries the single-use survey link; it goes only to the reporter's own address.
  const survey =
    last.type === 'SELESAI' ? await getSkmInvitationStateForEvent(ctx, skmEventOf(complaintId)) : null;
  const surveyLines = survey?.path
    ? [
        '',
        'Bagaimana pelayanan kami? Isi survei kepuasan masyarakat (±2 menit, tanpa nama):',
        publicLinkOf(ctx, survey.path),
        'Tautan survei ini hanya dapat dipakai satu kali.',
      ]
    : [];
  await sendMail(ctx.config, {
    to: row.reporter_email,
    subject: `Perkembangan pengaduan ${row.ticket}`,
    text: [
      `Ada perkembangan pada pengaduan ${row.ticket} (${row.category_name}):`,
      '',
      last.message ?? last.type,
      '',
      'Buka tautan pelacakan pribadi yang Anda terima saat mengirim pengaduan untuk melihat seluruh linimasa,',
      'menambah informasi, mengonfirmasi penyelesaian, atau memberi penilaian.',
      ...surveyLines,
    ].join('\n'),
  });
}

// ---------------------------------------------------------------- reading

async function relationOf(
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

function toSummary(row: repo.ComplaintRow, sla: ComplaintSummary['sla']): ComplaintSummary {
  return {
    id: row.id,
    ticket: row.ticket,
    status: row.status as ComplaintSummary['status'],
    categoryCode: row.category_code,
    categoryName: row.category_name,
    kelurahan: row.kelurahan,
    excerpt: row.description.length > 140 ? `${row.description.slice(0, 139)}…` : row.description,
    channel: row.channel as ComplaintSummary['channel'],
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

async function loadTimeline(
  db: Database,
  complaintId: number,
  publicOnly: boolean,
): Promise<TimelineEntry[]> {
  const events = await repo.findEvents(db, complaintId, { publicOnly });
  const files = await repo.findAttachmentsMeta(db, complaintId);
  return events.map((e) => ({
    id: e.id,
    at: e.at.toISOString(),
    type: e.type,
    isPublic: e.is_public,
    actor: publicOnly ? e.actor_label : (e.actor_name ?? e.actor_label),
    message: e.message,
    attachments: files
      .filter((f) => f.event_id === e.id && (!publicOnly || f.is_public))
      .map((f) => ({ id: f.id, fileName: f.file_name, mime: f.mime })),
  }));
}

/** Lists complaints in the actor's scope: own queue, team queue (subordinates), verification desk, all, integrity. */
export async function listComplaints(
  ctx: ServiceContext,
  actor: Actor,
  q: z.output<typeof complaintListQuery>,
) {
  const now = ctx.now();
  const filter: repo.ComplaintFilter = { visibility: null };
  switch (q.scope) {
    case 'mine':
      filter.visibility = {
        assigneeIds: actor.employeeId ? [actor.employeeId] : [],
        includeIntegrity: false,
      };
      break;
    case 'team': {
      const team = actor.employeeId
        ? await findSubordinateEmployeeIds(ctx.db, actor.employeeId, todayOf(now))
        : [];
      filter.visibility = { assigneeIds: team, includeIntegrity: false };
      break;
    }
    case 'verification':
      if (!isComplaintDesk(actor)) throw forbidden();
      filter.awaitingVerification = true;
      break;
    case 'integrity':
      if (!seesAllComplaints(actor) && !hasRole(actor, 'TIM_PENGAWAS')) throw forbidden();
      filter.visibility = { assigneeIds: [], includeIntegrity: true, integrityOnly: true };
      break;
    case 'all':
      if (!seesAllComplaints(actor)) throw forbidden();
      break;
  }
  if (q.status) filter.status = q.status;
  if (q.open === 'true') filter.openOnly = true;
  if (q.open === 'false') filter.closedOnly = true;
  if (q.q) filter.q = q.q;
  if (q.assigneeId) filter.assigneeId = q.assigneeId;
  if (q.unitId) filter.unitIds = await findUnitSubtreeIds(ctx.db, q.unitId);
  if (q.from) filter.receivedFrom = new Date(`${q.from}T00:00:00+07:00`);
  if (q.to) filter.receivedTo = new Date(new Date(`${q.to}T00:00:00+07:00`).getTime() + 86_400_000);
  if (q.metric) filter.metric = q.metric;
  const page = await repo.findComplaintsPage(ctx.db, filter, q.page, q.pageSize);
  const policy = await loadSlaPolicy(ctx.db);
  const calendar = await loadWorkCalendar(ctx.db);
  return {
    items: page.items.map((row) => toSummary(row, slaInfoOf(row, now, calendar, policy))),
    total: page.total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

async function loadReadable(db: Database, actor: Actor, id: number, now: Date, forUpdate = false) {
  const row = await repo.findComplaintById(db, id, { forUpdate });
  if (!row) throw notFound('Pengaduan');
  const rel = await relationOf(db, actor, row, now);
  if (!canReadComplaint(actor, row, rel)) throw forbidden('Anda tidak berwenang melihat pengaduan ini');
  return { row, rel };
}

async function toDetail(
  db: Database,
  actor: Actor,
  row: repo.ComplaintRow,
  rel: ComplaintRelation,
  now: Date,
): Promise<ComplaintDetail> {
  const policy = await loadSlaPolicy(db);
  const calendar = await loadWorkCalendar(db);
  const showReporter = canSeeReporter(actor, row, rel);
  return {
    ...toSummary(row, slaInfoOf(row, now, calendar, policy)),
    description: row.description,
    address: row.address,
    lat: row.lat,
    lng: row.lng,
    kind: row.kind as ComplaintDetail['kind'],
    maladministration: row.maladministration as ComplaintDetail['maladministration'],
    complexity: row.complexity as ComplaintDetail['complexity'],
    resolutionDays: row.resolution_days,
    unitId: row.unit_id,
    rejectReason: row.reject_reason as ComplaintDetail['rejectReason'],
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
    reporterHidden: showReporter ? null : row.is_anonymous ? 'ANONIM' : 'TIDAK_BERWENANG',
    timeline: await loadTimeline(db, row.id, false),
    actions: allowedActions(actor, row, rel),
  };
}

/** One complaint with its full timeline (internal notes included) for the staff who may see it. */
export async function getComplaint(ctx: ServiceContext, actor: Actor, id: number): Promise<ComplaintDetail> {
  const now = ctx.now();
  const { row, rel } = await loadReadable(ctx.db, actor, id, now);
  return toDetail(ctx.db, actor, row, rel, now);
}

// ---------------------------------------------------------------- transitions by staff

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
    const after = (await repo.findComplaintById(trx, id))!;
    await recordAudit(trx, auditContextOf(actor), {
      action: `complaint.${action.toLowerCase()}`,
      entityType: 'complaint',
      entityId: id,
      before: auditState(row),
      after: auditState(after),
    });
    return toDetail(trx, actor, after, await relationOf(trx, actor, after, now), now);
  });
  const addedPublic = detail.timeline.some((e) => e.isPublic && e.at === now.toISOString());
  if (addedPublic && action !== 'VERIFY') void mailUpdate(ctx, id).catch(() => undefined);
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
        kind: kind as ComplaintKind,
        maladministration: mal as MaladministrationType | null,
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
      message: 'Pengaduan telah diverifikasi dan akan diteruskan ke unit yang berwenang.',
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
    const dup = duplicateOf ? ` (sama dengan ${duplicateOf.ticket})` : '';
    await addEvent(trx, row, now, {
      type: 'DITOLAK',
      isPublic: true,
      actor,
      label: LABEL_DESK,
      message: `Pengaduan tidak dapat diproses: ${REJECT_LABELS[body.reason]}${dup}. ${body.note}`,
      data: { reason: body.reason },
    });
    if (duplicateOf) {
      await addEvent(trx, duplicateOf, now, {
        type: 'DIGABUNG',
        isPublic: false,
        actor,
        label: LABEL_DESK,
        message: `Pengaduan ${row.ticket} digabungkan ke pengaduan ini sebagai duplikat.`,
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
      message: `Pengaduan diteruskan ke ${unitName} untuk ditindaklanjuti.`,
      data: { unitId: body.unitId, assigneeId: body.assigneeEmployeeId },
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
        message: `Pengaduan dialihkan ke ${unitName}.`,
        data: { unitId: body.unitId },
      });
    }
    await addEvent(trx, row, now, {
      type: 'PENUGASAN_ULANG',
      isPublic: false,
      actor,
      label: LABEL_DESK,
      message: `Penanggung jawab diganti. Alasan: ${body.note}`,
      data: { from: row.assignee_employee_id, to: body.assigneeEmployeeId, unitId: body.unitId },
    });
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

/** Employees who may receive a complaint of a unit (its sub-units included), for the disposition form. */
export async function listAssignees(ctx: ServiceContext, actor: Actor, unitId: number) {
  if (!isComplaintDesk(actor) && !hasRole(actor, 'PIMPINAN') && actor.employeeId === null) throw forbidden();
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

export { CLOSED_STATES };
