import type {
  CannotFollowUpDecisionBody,
  FollowUpEntry,
  FollowUpVerificationInput,
  FindingSeverity,
  FollowUpPolicySettings,
  OversightWork,
  RecommendationEventType,
  RecommendationFollowUp,
  RecommendationSummary,
} from '@sim/contracts';
import { FOLLOW_UP_MAX_FILES, followUpFields } from '@sim/contracts';
import {
  allowedRecommendationActions,
  daysUntilDue,
  DEFAULT_OVERSIGHT_FOLLOW_UP_POLICY,
  dueFollowUpStages,
  fullNameOf,
  isRecommendationOverdue,
  nextRecommendationStatus,
  startOfWibDayNumber,
  todayOf,
  toWibIsoDate,
  validateOversightFollowUpPolicy,
  wibDayNumberFromIsoDate,
  type OversightFollowUpPolicy,
  type RecommendationAction,
} from '@sim/domain';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { acceptUpload, storedFileName } from '../complaints/complaint-files.sanitizer';
import {
  findSubordinateEmployeeIds,
  findSuperiorChain,
  findUnitHeads,
  preloadUnitHeads,
} from '../org/org.service';
import {
  canManageFollowUpSettings,
  canReadRecommendation,
  isHeadOfOffice,
  recommendationRelationsOf,
  type RecommendationFacts,
} from './oversight-followups.policy';
import * as repo from './oversight-followups.repository';
import { recordIntegrityRead } from './oversight-integrity.service';
import { publishLive } from '../live/live.service';

// The follow-up of a recommendation (oversight-and-forum.md steps 6–7): the owner's tindak lanjut with evidence
// files, the inspector's verification, the Pimpinan's decision on "tidak dapat ditindaklanjuti"; every step is a
// row on the recommendation's timeline and in the audit log. Which step is allowed for whom is the state machine
// in @sim/domain; how the actor stands to the recommendation (owner, inspector, superior) is resolved here, on the
// day of the request.

export type RecommendationRow = NonNullable<Awaited<ReturnType<typeof repo.findRecommendation>>>;
type Row = RecommendationRow;

/** The owner's name: the employee's, or the unit's. */
const ownerNameOf = (r: Row) =>
  r.owner_kind === 'EMPLOYEE' && r.owner_name
    ? fullNameOf({ name: r.owner_name, front_title: r.owner_front_title, back_title: r.owner_back_title })
    : (r.owner_unit_name ?? '—');

/** A recommendation as the lists show it, on `today`. */
export function toRecommendationSummary(r: Row, today: string): RecommendationSummary {
  return {
    id: r.id,
    findingId: r.finding_id,
    findingTitle: r.finding_title,
    severity: r.severity,
    text: r.text,
    ownerKind: r.owner_kind,
    ownerName: ownerNameOf(r),
    unitName: r.finding_unit_name ?? null,
    dueDate: r.due_date,
    status: r.status,
    daysUntilDue: daysUntilDue(r.due_date, today),
    isOverdue: isRecommendationOverdue(r.status, r.due_date, today),
    escalationLevel: r.escalation_level,
  };
}

/** The employees who answer for a recommendation on a date: the owning employee, or the heads of the owning unit. */
export async function findOwnerEmployeeIds(
  db: Database,
  r: Pick<Row, 'owner_kind' | 'owner_employee_id' | 'owner_unit_id'>,
  date: string,
): Promise<number[]> {
  if (r.owner_kind === 'EMPLOYEE') return r.owner_employee_id ? [r.owner_employee_id] : [];
  if (r.owner_unit_id === null) return [];
  return (await findUnitHeads(db, r.owner_unit_id, date)).map((h) => h.id);
}

/** Reads the heads of the units owning these recommendations at once, for a read view's owner checks after it. */
function preloadOwners(db: Database, rows: Row[], date: string): Promise<void> {
  return preloadUnitHeads(
    db,
    rows.flatMap((r) => (r.owner_kind === 'UNIT' && r.owner_unit_id !== null ? [r.owner_unit_id] : [])),
    date,
  );
}

/**
 * Live updates (issue 14 §1), in the step's transaction: the owners' and their superiors' screens (to-dos,
 * recommendations) and the team's (a follow-up waiting for verification, the finding's recommendations) refresh.
 */
export async function publishRecommendationLive(
  trx: Database,
  r: Pick<Row, 'owner_kind' | 'owner_employee_id' | 'owner_unit_id' | 'team_id'>,
  payload: { recommendationId: number; status: string },
  today: string,
): Promise<void> {
  const owners = await findOwnerEmployeeIds(trx, r, today);
  const superiors = (await Promise.all(owners.map((o) => findSuperiorChain(trx, o, today)))).flat();
  const team = await repo.findTeamMemberIdsOn(trx, r.team_id, today);
  await publishLive(
    trx,
    { employeeIds: [...owners, ...superiors, ...team] },
    'oversight.recommendation',
    payload,
  );
}

async function factsOf(db: Database, actor: Actor, r: Row, today: string): Promise<RecommendationFacts> {
  const me = actor.employeeId;
  if (me === null) {
    return {
      isOwner: false,
      isInspector: false,
      isOwnersSuperior: false,
      isIntegrity: r.is_integrity,
      isConcerned: false,
    };
  }
  const owners = await findOwnerEmployeeIds(db, r, today);
  const isOwner = owners.includes(me);
  const isInspector = await repo.isTeamMemberOn(db, r.team_id, me, today);
  let isOwnersSuperior = false;
  if (!isOwner && owners.length > 0) {
    const below = new Set(await findSubordinateEmployeeIds(db, me, today));
    isOwnersSuperior = owners.some((o) => below.has(o));
  }
  return {
    isOwner,
    isInspector,
    isOwnersSuperior,
    isIntegrity: r.is_integrity,
    isConcerned: r.concerned_employee_id !== null && r.concerned_employee_id === me,
  };
}

/**
 * Loads a recommendation the actor may read, with the actor's relations. An unreadable one answers 404 like a
 * missing one, so nobody learns that an integrity finding exists. An integrity read is audit-logged as `via`.
 */
async function loadReadable(db: Database, actor: Actor, id: number, today: string, via: string | null) {
  const row = await repo.findRecommendation(db, id);
  if (!row) throw notFound('Rekomendasi');
  const facts = await factsOf(db, actor, row, today);
  if (!canReadRecommendation(actor, facts)) throw notFound('Rekomendasi');
  if (row.is_integrity && via !== null)
    await recordIntegrityRead(db, actor, row.finding_id, via, { recommendationId: id });
  return { row, facts, relations: recommendationRelationsOf(actor, facts) };
}

function toFollowUpEntry(
  f: Awaited<ReturnType<typeof repo.findFollowUps>>[number],
  files: Awaited<ReturnType<typeof repo.findFollowUpFilesMeta>>,
): FollowUpEntry {
  const person = (name: string | null, front: string | null, back: string | null, user: string | null) =>
    name ? fullNameOf({ name, front_title: front, back_title: back }) : user;
  return {
    id: f.id,
    text: f.text,
    submittedAt: f.submitted_at.toISOString(),
    submittedByName: person(
      f.submitter_name,
      f.submitter_front_title,
      f.submitter_back_title,
      f.submitter_user_name,
    ),
    files: files
      .filter((x) => x.follow_up_id === f.id)
      .map((x) => ({ id: x.id, fileName: x.file_name, mime: x.mime, size: x.size })),
    result: f.result,
    reason: f.reason,
    verifiedAt: f.verified_at?.toISOString() ?? null,
    verifiedByName: f.verified_at
      ? person(f.verifier_name, f.verifier_front_title, f.verifier_back_title, f.verifier_user_name)
      : null,
  };
}

async function buildPanel(
  db: Database,
  row: Row,
  relations: ReturnType<typeof recommendationRelationsOf>,
  today: string,
): Promise<RecommendationFollowUp> {
  const followUps = await repo.findFollowUps(db, row.id);
  const files = await repo.findFollowUpFilesMeta(
    db,
    followUps.map((f) => f.id),
  );
  const events = await repo.findEvents(db, row.id);
  return {
    ...toRecommendationSummary(row, today),
    actions: allowedRecommendationActions(row.status, relations),
    cannotFollowUpReason: row.cannot_follow_up_reason,
    followUps: followUps.map((f) => toFollowUpEntry(f, files)),
    events: events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      type: e.type,
      actorName: e.actor_name,
      message: e.message,
    })),
  };
}

/** The rows the actor may read (lists and reports never show an integrity finding to anybody else). */
export async function filterReadableRecommendations(
  db: Database,
  actor: Actor,
  rows: Row[],
  today: string,
): Promise<Row[]> {
  const out: Row[] = [];
  for (const r of rows) if (canReadRecommendation(actor, await factsOf(db, actor, r, today))) out.push(r);
  return out;
}

/** The follow-up panel of one recommendation: status, the reader's actions, follow-ups with files, the timeline. */
export async function getRecommendationFollowUp(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
): Promise<RecommendationFollowUp> {
  const today = todayOf(ctx.now());
  return ctx.db.transaction().execute(async (trx) => {
    const { row, relations } = await loadReadable(trx, actor, id, today, 'recommendation');
    return buildPanel(trx, row, relations, today);
  });
}

/**
 * Applies one step of the state machine inside a transaction: locks the row, re-reads it, checks the step against
 * the actor's relations (403 for the wrong person, 409 for a recommendation that has moved on), runs `apply`,
 * records the status, the timeline event and the audit entry, and returns the new panel.
 */
async function step(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  action: RecommendationAction,
  apply: (
    trx: Database,
    row: Row,
    now: Date,
  ) => Promise<{ event: RecommendationEventType; message: string; data?: object; patch?: object }>,
): Promise<RecommendationFollowUp> {
  const now = ctx.now();
  const today = todayOf(now);
  return ctx.db.transaction().execute(async (trx) => {
    await repo.lockRecommendation(trx, id);
    const { row, relations } = await loadReadable(trx, actor, id, today, null);
    const next = nextRecommendationStatus(row.status, action, relations);
    if (!next.ok) {
      if (next.code === 'NOT_ALLOWED') throw forbidden(next.message);
      throw new AppError('CONFLICT', next.message, [{ path: 'status', message: next.message }]);
    }
    const done = await apply(trx, row, now);
    const isClosed = next.status === 'CLOSED' || next.status === 'CANNOT_FOLLOW_UP_APPROVED';
    await repo.updateRecommendation(trx, id, {
      status: next.status,
      updated_at: now,
      closed_at: isClosed ? now : null,
      ...done.patch,
    });
    await repo.insertEvent(trx, {
      recommendation_id: id,
      at: now,
      type: done.event,
      actor_user_id: actor.userId,
      message: done.message,
      data: JSON.stringify(done.data ?? {}),
      dedupe_key: null,
    });
    await publishRecommendationLive(trx, row, { recommendationId: id, status: next.status }, today);
    await recordAudit(trx, auditContextOf(actor), {
      action: `oversight.recommendation.${action.toLowerCase()}`,
      entityType: 'oversight_recommendation',
      entityId: id,
      before: { status: row.status },
      after: { status: next.status, ...done.data },
    });
    const fresh = await repo.findRecommendation(trx, id);
    if (!fresh) throw notFound('Rekomendasi');
    return buildPanel(trx, fresh, relations, today);
  });
}

/**
 * The owner's tindak lanjut: a written account and up to {@link FOLLOW_UP_MAX_FILES} evidence files (images are
 * re-encoded without their metadata, PDFs kept; anything else is refused), from OPEN or RETURNED.
 */
export async function submitFollowUp(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  upload: { fields: Record<string, string>; files: { buffer: Buffer; fileName: string }[] },
): Promise<RecommendationFollowUp> {
  const parsed = followUpFields.safeParse(upload.fields);
  if (!parsed.success)
    throw invalid('text', 'Uraian tindak lanjut wajib diisi (paling banyak 4.000 karakter).');
  if (upload.files.length > FOLLOW_UP_MAX_FILES) {
    throw invalid('file', `Paling banyak ${FOLLOW_UP_MAX_FILES} berkas bukti.`);
  }
  const accepted: { mime: string; content: Buffer; fileName: string }[] = [];
  for (const [i, f] of upload.files.entries()) {
    const clean = await acceptUpload(f.buffer);
    if (!clean)
      throw invalid(`file.${i}`, `Berkas bukti "${f.fileName}" harus berupa gambar JPEG/PNG atau PDF.`);
    accepted.push({ ...clean, fileName: storedFileName(f.fileName, clean.extension, `bukti-${i + 1}`) });
  }
  return step(ctx, actor, id, 'SUBMIT_FOLLOW_UP', async (trx, _row, now) => {
    const followUp = await repo.insertFollowUp(trx, {
      recommendation_id: id,
      text: parsed.data.text,
      submitted_by_employee_id: actor.employeeId,
      submitted_by: actor.userId,
      submitted_at: now,
    });
    for (const f of accepted) {
      await repo.insertFollowUpFile(trx, {
        follow_up_id: followUp.id,
        file_name: f.fileName,
        mime: f.mime,
        size: f.content.length,
        content: f.content,
      });
    }
    return {
      event: 'FOLLOW_UP_SUBMITTED',
      message: `Tindak lanjut dikirim${accepted.length > 0 ? ` dengan ${accepted.length} berkas bukti` : ''}.`,
      data: { followUpId: followUp.id, files: accepted.length },
    };
  });
}

const VERIFY_ACTION = {
  SESUAI: 'VERIFY_SESUAI',
  BELUM_SESUAI: 'VERIFY_BELUM_SESUAI',
  TIDAK_DAPAT_DITINDAKLANJUTI: 'VERIFY_TIDAK_DAPAT',
} as const;

const VERIFY_EVENT = {
  SESUAI: 'VERIFIED_SESUAI',
  BELUM_SESUAI: 'VERIFIED_BELUM_SESUAI',
  TIDAK_DAPAT_DITINDAKLANJUTI: 'VERIFIED_TIDAK_DAPAT_DITINDAKLANJUTI',
} as const;

/**
 * The inspector's verification of the waiting follow-up: SESUAI closes the recommendation, BELUM_SESUAI returns it
 * to the owner with the note, TIDAK_DAPAT_DITINDAKLANJUTI (with the reason) waits for the Pimpinan.
 */
export async function verifyFollowUp(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: FollowUpVerificationInput,
): Promise<RecommendationFollowUp> {
  return step(ctx, actor, id, VERIFY_ACTION[input.result], async (trx, _row, now) => {
    const pending = await repo.findPendingFollowUp(trx, id);
    if (!pending) throw new AppError('CONFLICT', 'Tidak ada tindak lanjut yang menunggu verifikasi.');
    await repo.updateFollowUp(trx, pending.id, {
      result: input.result,
      reason: input.note ?? null,
      verified_by_employee_id: actor.employeeId,
      verified_by: actor.userId,
      verified_at: now,
    });
    const message = {
      SESUAI: 'Tindak lanjut diverifikasi sesuai; rekomendasi selesai.',
      BELUM_SESUAI: `Tindak lanjut belum sesuai; dikembalikan kepada penanggung jawab. Catatan: ${input.note ?? ''}`,
      TIDAK_DAPAT_DITINDAKLANJUTI: `Rekomendasi dinyatakan tidak dapat ditindaklanjuti, menunggu persetujuan pimpinan. Alasan: ${input.note ?? ''}`,
    }[input.result];
    return {
      event: VERIFY_EVENT[input.result],
      message,
      data: { followUpId: pending.id, result: input.result },
      patch:
        input.result === 'TIDAK_DAPAT_DITINDAKLANJUTI'
          ? {
              cannot_follow_up_reason: input.note ?? null,
              cannot_follow_up_decided_by: null,
              cannot_follow_up_decided_at: null,
              cannot_follow_up_decision_note: null,
            }
          : {},
    };
  });
}

/** The Pimpinan's decision on "tidak dapat ditindaklanjuti": approve (closed as such) or refuse (open again). */
export async function decideCannotFollowUp(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: CannotFollowUpDecisionBody,
): Promise<RecommendationFollowUp> {
  const approve = input.decision === 'APPROVED';
  return step(
    ctx,
    actor,
    id,
    approve ? 'APPROVE_CANNOT_FOLLOW_UP' : 'REFUSE_CANNOT_FOLLOW_UP',
    async (_trx, _row, now) => ({
      event: approve ? 'CANNOT_FOLLOW_UP_APPROVED' : 'CANNOT_FOLLOW_UP_REJECTED',
      message: approve
        ? `Pimpinan menyetujui bahwa rekomendasi tidak dapat ditindaklanjuti${input.note ? `: ${input.note}` : '.'}`
        : `Pimpinan menolak; rekomendasi kembali terbuka untuk ditindaklanjuti. Alasan: ${input.note ?? ''}`,
      data: { decision: input.decision },
      patch: {
        cannot_follow_up_decided_by: actor.userId,
        cannot_follow_up_decided_at: now,
        cannot_follow_up_decision_note: input.note ?? null,
      },
    }),
  );
}

/** One evidence file of a follow-up, for whoever may read the recommendation (an integrity read is audited). */
export async function getFollowUpFile(ctx: ServiceContext, actor: Actor, fileId: number) {
  const today = todayOf(ctx.now());
  return ctx.db.transaction().execute(async (trx) => {
    const file = await repo.findFollowUpFile(trx, fileId);
    if (!file) throw notFound('Berkas');
    await loadReadable(trx, actor, file.recommendation_id, today, 'follow-up-file');
    return { fileName: file.file_name, mime: file.mime, content: file.content };
  });
}

// ---------------------------------------------------------------- work lists (computed on read)

const OWNER_STATUSES = ['OPEN', 'RETURNED', 'SUBMITTED', 'CANNOT_FOLLOW_UP_PENDING'] as const;

/**
 * What waits for the actor, computed on read (there is no notification table): the recommendations they answer for
 * (own or of the units they head, still open), follow-ups waiting for their verification (teams they are in today),
 * "tidak dapat ditindaklanjuti" cases for the Pimpinan, and overdue recommendations escalated to them (their
 * subordinates', or every one for the Pimpinan). Integrity findings show only to those the policy allows.
 */
export async function getOversightWork(ctx: ServiceContext, actor: Actor): Promise<OversightWork> {
  const today = todayOf(ctx.now());
  const me = actor.employeeId;
  const summary = (rows: Row[]) => rows.map((r) => toRecommendationSummary(r, today));
  const policy = await loadFollowUpPolicy(ctx.db);
  /** Escalated by the rule the job follows (the escalation setting), not merely overdue. */
  const isEscalated = (r: Row) =>
    dueFollowUpStages({ status: r.status, dueDate: r.due_date, today, policy }).includes('ESKALASI');
  const readable = (rows: Row[]) => filterReadableRecommendations(ctx.db, actor, rows, today);
  let mine: Row[] = [];
  let toVerify: Row[] = [];
  let escalated: Row[] = [];
  if (me !== null) {
    const units = await repo.findUnitsHeadedBy(ctx.db, me, today);
    mine = await repo.findRecommendations(ctx.db, {
      statuses: OWNER_STATUSES,
      ownerEmployeeIds: [me],
      ownerUnitIds: units,
    });
    const teams = await repo.findTeamIdsOf(ctx.db, me, today);
    if (teams.length > 0) {
      toVerify = await repo.findRecommendations(ctx.db, { statuses: ['SUBMITTED'], teamIds: teams });
      await preloadOwners(ctx.db, toVerify, today);
    }
    const below = await findSubordinateEmployeeIds(ctx.db, me, today);
    if (below.length > 0 && !isHeadOfOffice(actor)) {
      // Only what the team may own is read — its members' own and those of units one of them heads — instead of
      // every overdue recommendation of the office; the owners check below still decides.
      const overdue = (
        await repo.findRecommendations(ctx.db, {
          statuses: ['OPEN', 'RETURNED'],
          dueBefore: today,
          excludeIntegrity: true,
          ownerEmployeeIds: below,
          ownerUnitIds: await repo.findUnitsHeadedByAny(ctx.db, below, today),
        })
      ).filter(isEscalated);
      await preloadOwners(ctx.db, overdue, today);
      const belowSet = new Set(below);
      for (const r of overdue) {
        const owners = await findOwnerEmployeeIds(ctx.db, r, today);
        if (owners.some((o) => belowSet.has(o))) escalated.push(r);
      }
    }
  }
  const toDecide = isHeadOfOffice(actor)
    ? await repo.findRecommendations(ctx.db, { statuses: ['CANNOT_FOLLOW_UP_PENDING'] })
    : [];
  if (isHeadOfOffice(actor)) {
    escalated = (
      await repo.findRecommendations(ctx.db, { statuses: ['OPEN', 'RETURNED'], dueBefore: today })
    ).filter(isEscalated);
    // The readability check below asks each one's owners.
    await preloadOwners(ctx.db, escalated, today);
  }
  return {
    mine: summary(mine),
    toVerify: summary(await readable(toVerify)),
    toDecide: summary(toDecide),
    escalated: summary(await readable(escalated)),
  };
}

/**
 * The evaluation evidence of an employee (performance's evaluation screen, docs/adr/0004: computed on read): the
 * recommendations they answer for — their own and those of the units they head on `date` — open and overdue on
 * `date`, and those closed. Integrity findings are left out: the rater reading the evaluation is not among those
 * who may know of one.
 */
export async function getRecommendationEvidenceForEmployee(db: Database, employeeId: number, date: string) {
  const units = await repo.findUnitsHeadedBy(db, employeeId, date);
  const rows = await repo.findRecommendations(db, {
    ownerEmployeeIds: [employeeId],
    ownerUnitIds: units,
    excludeIntegrity: true,
  });
  const open = rows.filter((r) => r.status !== 'CLOSED' && r.status !== 'CANNOT_FOLLOW_UP_APPROVED');
  return {
    open: open.length,
    overdue: open.filter((r) => isRecommendationOverdue(r.status, r.due_date, date)).length,
    closed: rows.filter((r) => r.status === 'CLOSED').length,
  };
}

/** An ordinary finding an employee answers for, as the training needs list reads it. */
export type FindingForEmployee = {
  findingId: number;
  title: string;
  severity: FindingSeverity;
  unitName: string | null;
  /** WIB date the finding was recorded. */
  recordedOn: string;
  /**
   * The recommendation the employee answers for (their own, or their unit's), which they may open; null when they
   * are only the person concerned, who reads the finding.
   */
  recommendationId: number | null;
};

/**
 * The ordinary findings recorded from `since` (WIB date) on that concern an employee (issue 11 §5, training needs
 * computed on read): those with a recommendation they answer for — their own or one of a unit they head on `date` —
 * and those naming them as the person concerned, with a recommendation yet or not. Integrity findings are never
 * returned: they are for the team, the Pimpinan and the person concerned only (oversight-and-forum.md), and the
 * needs list is read by the superior and HR.
 */
export async function getOrdinaryFindingsForEmployee(
  db: Database,
  employeeId: number,
  since: string,
  date: string,
): Promise<FindingForEmployee[]> {
  const from = startOfWibDayNumber(wibDayNumberFromIsoDate(since));
  const units = await repo.findUnitsHeadedBy(db, employeeId, date);
  const owned = await repo.findRecommendations(db, {
    ownerEmployeeIds: [employeeId],
    ownerUnitIds: units,
    excludeIntegrity: true,
    findingCreatedFrom: from,
  });
  const concerned = await repo.findOrdinaryFindingsConcerning(db, employeeId, from);
  const byFinding = new Map<number, FindingForEmployee>();
  for (const r of owned) {
    // The first (earliest due) recommendation of a finding is the one to link to.
    if (byFinding.has(r.finding_id)) continue;
    byFinding.set(r.finding_id, {
      findingId: r.finding_id,
      title: r.finding_title,
      severity: r.severity,
      unitName: r.finding_unit_name ?? null,
      recordedOn: toWibIsoDate(r.finding_created_at),
      recommendationId: r.id,
    });
  }
  for (const f of concerned) {
    if (byFinding.has(f.id)) continue;
    byFinding.set(f.id, {
      findingId: f.id,
      title: f.title,
      severity: f.severity,
      unitName: f.unit_name ?? null,
      recordedOn: toWibIsoDate(f.created_at),
      recommendationId: null,
    });
  }
  return [...byFinding.values()].sort(
    (a, b) => a.recordedOn.localeCompare(b.recordedOn) || a.findingId - b.findingId,
  );
}

// ---------------------------------------------------------------- settings

/** The reminder and escalation settings in force: the saved ones over the oversight-and-forum.md defaults. */
export async function loadFollowUpPolicy(db: Database): Promise<OversightFollowUpPolicy> {
  const saved = (await repo.findFollowUpPolicyValue(db)) as Partial<OversightFollowUpPolicy> | null;
  return { ...DEFAULT_OVERSIGHT_FOLLOW_UP_POLICY, ...(saved && typeof saved === 'object' ? saved : {}) };
}

export async function getFollowUpSettings(
  ctx: ServiceContext,
  actor: Actor,
): Promise<FollowUpPolicySettings> {
  if (actor.employeeId === null && !canManageFollowUpSettings(actor)) throw forbidden();
  return loadFollowUpPolicy(ctx.db);
}

/** The Pimpinan changes the reminder and escalation days; audited with the old and new values. */
export async function updateFollowUpSettings(
  ctx: ServiceContext,
  actor: Actor,
  input: FollowUpPolicySettings,
): Promise<FollowUpPolicySettings> {
  if (!canManageFollowUpSettings(actor))
    throw forbidden('Pengaturan tindak lanjut hanya dapat diubah oleh Pimpinan');
  const problems = validateOversightFollowUpPolicy(input);
  if (problems.length > 0) throw invalid('reminderDaysBefore', problems.join(' '));
  return ctx.db.transaction().execute(async (trx) => {
    const before = await loadFollowUpPolicy(trx);
    await repo.upsertFollowUpPolicyValue(trx, input, ctx.now());
    await recordAudit(trx, auditContextOf(actor), {
      action: 'oversight.follow_up_settings.updated',
      entityType: 'setting',
      entityId: 'oversight.follow_up_policy',
      before,
      after: input,
    });
    return loadFollowUpPolicy(trx);
  });
}
