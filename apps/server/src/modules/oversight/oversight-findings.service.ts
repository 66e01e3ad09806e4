import type {
  FindingDetail,
  FindingInput,
  FindingList,
  FindingListQuery,
  FindingPatch,
  FindingSummary,
  Recommendation,
  RecommendationInput,
  RecommendationPatch,
} from '@sim/contracts';
import { RECOMMENDATION_OPEN_STATUSES, isOneOf } from '@sim/contracts';
import {
  defaultRecommendationDueDate,
  formatTanggal,
  fullNameOf,
  todayOf,
  type RecommendationDuePolicy,
} from '@sim/domain';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notifications.service';
import { findOwnerEmployeeIds, publishRecommendationLive } from './oversight-followups.service';
import { acceptUpload, storedFileName } from '../complaints/complaint-files.sanitizer';
import { MAX_ATTACHMENT_BYTES } from '../complaints/complaint-tracking.service';
import * as repo from './oversight.repository';
import {
  canActForTeam,
  canReadFinding,
  canReadOversightTeams,
  seesAllOversight,
  type OversightRelation,
} from './oversight.policy';
import { loadDueDays } from './oversight-settings.service';
import { relationOf } from './oversight-teams.service';
import { recordOversightExamination } from '../complaints/complaint-workflow.service';
import { recordIntegrityRead } from './oversight-integrity.service';

// Findings (temuan: condition, criterion, cause, effect, severity) from an inspection or an integrity complaint,
// and the recommendations that follow from them, each with an owner (an employee or a unit) and a due date that
// defaults by the finding's severity (setting; berat 30, sedang 60, ringan 90 days) and may be changed. Written by
// the team's members within its period.

/** Evidence files per finding. */
export const MAX_FINDING_FILES = 20;

const person = (name: string | null, front: string | null, back: string | null) =>
  name === null ? null : fullNameOf({ name, front_title: front, back_title: back });

function toRecommendation(r: repo.RecommendationRow, today: string, canEdit: boolean): Recommendation {
  return {
    id: r.id,
    findingId: r.finding_id,
    text: r.text,
    ownerKind: r.owner_kind,
    ownerEmployeeId: r.owner_employee_id,
    ownerEmployeeName: person(r.owner_name, r.owner_front_title, r.owner_back_title),
    ownerUnitId: r.owner_unit_id,
    ownerUnitName: r.owner_unit_name,
    dueDate: r.due_date,
    status: r.status,
    isOverdue: isOneOf(RECOMMENDATION_OPEN_STATUSES, r.status) && r.due_date < today,
    createdAt: r.created_at.toISOString(),
    closedAt: r.closed_at?.toISOString() ?? null,
    can: { edit: canEdit && isOneOf(RECOMMENDATION_OPEN_STATUSES, r.status) },
  };
}

function toSummary(f: repo.FindingRow): FindingSummary {
  return {
    id: f.id,
    teamId: f.team_id,
    teamName: f.team_name,
    inspectionId: f.inspection_id,
    complaintId: f.complaint_id,
    unitId: f.unit_id,
    unitName: f.unit_name,
    title: f.title,
    severity: f.severity,
    isIntegrity: f.is_integrity,
    createdAt: f.created_at.toISOString(),
    recommendationCount: Number(f.recommendation_count ?? 0),
    openRecommendationCount: Number(f.open_recommendation_count ?? 0),
  };
}

/** Whether the actor (or a unit they work in) owns one of the finding's recommendations. */
const ownsOne = (actor: Actor, recs: repo.RecommendationRow[], rel: OversightRelation) =>
  recs.some(
    (r) =>
      (actor.employeeId !== null && r.owner_employee_id === actor.employeeId) ||
      (r.owner_unit_id !== null && rel.ownUnitIds.includes(r.owner_unit_id)),
  );

async function loadFinding(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  rel: OversightRelation,
  via = 'finding',
) {
  const row = await repo.findFindingById(ctx.db, id);
  if (!row) throw notFound('Temuan');
  const recs = await repo.findRecommendations(ctx.db, [row.id]);
  if (!canReadFinding(actor, row, rel, ownsOne(actor, recs, rel))) throw notFound('Temuan');
  // i12-follow hook: every read of an integrity finding is audit-logged (issue 12 §3).
  if (row.is_integrity) await recordIntegrityRead(ctx.db, actor, row.id, via);
  return { row, recs };
}

export async function getFinding(ctx: ServiceContext, actor: Actor, id: number): Promise<FindingDetail> {
  const today = todayOf(ctx.now());
  const rel = await relationOf(ctx.db, actor, today);
  const { row, recs } = await loadFinding(ctx, actor, id, rel);
  const files = await repo.findFindingFiles(ctx.db, row.id);
  const acts = canActForTeam(actor, row.team_id, rel);
  const dueDays = await loadDueDays(ctx.db);
  return {
    ...toSummary(row),
    concernedEmployeeId: row.concerned_employee_id,
    concernedEmployeeName: person(row.concerned_name, row.concerned_front_title, row.concerned_back_title),
    condition: row.condition,
    criterion: row.criterion,
    cause: row.cause,
    effect: row.effect,
    createdByName: person(row.created_by_name, row.created_by_front_title, row.created_by_back_title),
    files: files.map((f) => ({ id: f.id, fileName: f.file_name, mime: f.mime, size: f.size })),
    recommendations: recs.map((r) => toRecommendation(r, today, acts)),
    defaultDueDate: defaultRecommendationDueDate(today, row.severity, dueDays),
    can: { edit: acts, addRecommendation: acts },
  };
}

/**
 * The findings the actor may read: the Pimpinan all; oversight-team members their teams' and every ordinary one;
 * anybody else those concerning them and the ordinary ones where they or their unit own a recommendation.
 */
export async function listFindings(
  ctx: ServiceContext,
  actor: Actor,
  q: FindingListQuery,
): Promise<FindingList> {
  if (actor.employeeId === null && !seesAllOversight(actor)) throw forbidden();
  const rel = await relationOf(ctx.db, actor, todayOf(ctx.now()));
  const scope: repo.FindingScope = seesAllOversight(actor)
    ? { all: true }
    : {
        all: false,
        teamIds: [...rel.memberTeamIds],
        allOrdinary: canReadOversightTeams(actor),
        employeeId: actor.employeeId,
        ownerUnitIds: [...rel.ownUnitIds],
      };
  const { items, total } = await repo.findFindingsPage(ctx.db, scope, q, q.page, q.pageSize);
  return { items: items.map(toSummary), total, page: q.page, pageSize: q.pageSize };
}

/** An owner is one active employee or one existing unit, as the kind says. */
async function checkOwner(
  db: Database,
  input: { ownerKind: 'EMPLOYEE' | 'UNIT'; ownerEmployeeId?: number | null; ownerUnitId?: number | null },
  path: string,
) {
  if (input.ownerKind === 'EMPLOYEE') {
    const employee = input.ownerEmployeeId ? await repo.findEmployeeById(db, input.ownerEmployeeId) : null;
    if (!employee?.is_active)
      throw invalid(`${path}ownerEmployeeId`, 'Pegawai penanggung jawab wajib dipilih');
    return { owner_kind: 'EMPLOYEE' as const, owner_employee_id: employee.id, owner_unit_id: null };
  }
  const unit = input.ownerUnitId ? await repo.findUnitById(db, input.ownerUnitId) : null;
  if (!unit) throw invalid(`${path}ownerUnitId`, 'Unit penanggung jawab wajib dipilih');
  return { owner_kind: 'UNIT' as const, owner_employee_id: null, owner_unit_id: unit.id };
}

/** Tells an owner of a recommendation that it is theirs to follow up (in-app, and e-mail unless turned off). */
async function notifyRecommendationAssigned(
  trx: Database,
  employeeId: number,
  rec: { id: number; dueDate: string; text: string },
  at: Date,
) {
  await notify(trx, {
    to: { employeeId },
    type: 'RECOMMENDATION_ASSIGNED',
    params: { dueDate: rec.dueDate },
    link: `/pengawasan/rekomendasi/${rec.id}`,
    at,
    mail: {
      subject: 'Rekomendasi pengawasan baru untuk Anda',
      text: `Ada rekomendasi hasil pengawasan internal yang perlu Anda tindak lanjuti paling lambat ${formatTanggal(rec.dueDate)}:\n\n${rec.text}\n\nKirim tindak lanjut beserta buktinya di SIM Kinerja.`,
    },
  });
}

async function insertRecommendations(
  trx: Database,
  actor: Actor,
  findingId: number,
  severity: FindingInput['severity'],
  inputs: RecommendationInput[],
  ctx: {
    now: Date;
    today: string;
    dueDays: RecommendationDuePolicy;
    pathPrefix: (i: number) => string;
    teamId: number;
  },
) {
  const ids: number[] = [];
  for (const [i, input] of inputs.entries()) {
    const owner = await checkOwner(trx, input, ctx.pathPrefix(i));
    const dueDate = input.dueDate ?? defaultRecommendationDueDate(ctx.today, severity, ctx.dueDays);
    if (dueDate < ctx.today)
      throw invalid(`${ctx.pathPrefix(i)}dueDate`, 'Batas waktu tidak boleh sebelum hari ini');
    const { id } = await repo.insertRecommendation(trx, {
      finding_id: findingId,
      text: input.text,
      ...owner,
      due_date: dueDate,
      created_by: actor.userId,
    });
    await repo.insertRecommendationEvent(trx, {
      recommendation_id: id,
      at: ctx.now,
      type: 'CREATED',
      actor_user_id: actor.userId,
      data: JSON.stringify({ dueDate, ...owner, defaulted: !input.dueDate }),
    });
    // Whoever must act on it hears of it now (the employee named, or the unit's head), in this transaction.
    for (const employeeId of await findOwnerEmployeeIds(trx, owner, ctx.today)) {
      await notifyRecommendationAssigned(trx, employeeId, { id, dueDate, text: input.text }, ctx.now);
    }
    // The owners' to-dos, their superiors' team view and the team's finding page refresh (issue 14 §1).
    await publishRecommendationLive(
      trx,
      { ...owner, team_id: ctx.teamId },
      { recommendationId: id, status: 'OPEN' },
      ctx.today,
    );
    ids.push(id);
  }
  return ids;
}

/**
 * Records a finding from a submitted inspection of the actor's team, or from an integrity complaint for a team
 * the actor acts for; copies the chosen inspection photos as its evidence and adds its first recommendations.
 */
export async function createFinding(
  ctx: ServiceContext,
  actor: Actor,
  input: FindingInput,
): Promise<FindingDetail> {
  const now = ctx.now();
  const today = todayOf(now);
  const rel = await relationOf(ctx.db, actor, today);
  let teamId: number;
  let unitId = input.unitId ?? null;
  let inspectionId: number | null = null;
  let complaintId: number | null = null;
  if (input.inspectionId) {
    const inspection = await repo.findInspectionById(ctx.db, input.inspectionId);
    if (!inspection) throw invalid('inspectionId', 'Inspeksi tidak ditemukan');
    if (inspection.status !== 'SUBMITTED') {
      throw invalid('inspectionId', 'Temuan dicatat setelah inspeksi dikirim');
    }
    teamId = inspection.team_id;
    unitId ??= inspection.target_unit_id;
    inspectionId = inspection.id;
    complaintId = inspection.complaint_id;
  } else if (input.complaintId) {
    const complaint = await repo.findComplaintById(ctx.db, input.complaintId);
    if (!complaint?.is_integrity) throw invalid('complaintId', 'Pengaduan integritas tidak ditemukan');
    if (!input.teamId) throw invalid('teamId', 'Pilih tim pengawas yang mencatat temuan ini');
    teamId = input.teamId;
    unitId ??= complaint.unit_id;
    complaintId = complaint.id;
  } else {
    throw invalid('inspectionId', 'Temuan harus berasal dari inspeksi atau pengaduan integritas');
  }
  if (!canActForTeam(actor, teamId, rel)) {
    throw forbidden('Hanya anggota tim pada masa tugasnya yang dapat mencatat temuan');
  }
  if (unitId === null || !(await repo.findUnitById(ctx.db, unitId))) {
    throw invalid('unitId', 'Unit kerja yang bersangkutan wajib dipilih');
  }
  if (input.concernedEmployeeId && !(await repo.findEmployeeById(ctx.db, input.concernedEmployeeId))) {
    throw invalid('concernedEmployeeId', 'Pegawai yang bersangkutan tidak ditemukan');
  }
  const photos = inspectionId ? await repo.findPhotosWithContent(ctx.db, inspectionId, input.photoIds) : [];
  if (photos.length !== input.photoIds.length) throw invalid('photoIds', 'Foto tidak ada pada inspeksi ini');
  const dueDays = await loadDueDays(ctx.db);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await repo.insertFinding(trx, {
      team_id: teamId,
      inspection_id: inspectionId,
      complaint_id: complaintId,
      unit_id: unitId!,
      concerned_employee_id: input.concernedEmployeeId ?? null,
      title: input.title,
      condition: input.condition,
      criterion: input.criterion,
      cause: input.cause,
      effect: input.effect,
      severity: input.severity,
      is_integrity: input.isIntegrity,
      created_by_employee_id: actor.employeeId,
      created_by: actor.userId,
    });
    for (const p of photos) {
      await repo.insertFindingFile(trx, {
        finding_id: id,
        file_name: p.file_name,
        mime: p.mime,
        size: p.size,
        content: p.content,
      });
    }
    const recommendationIds = await insertRecommendations(
      trx,
      actor,
      id,
      input.severity,
      input.recommendations,
      {
        now,
        today,
        dueDays,
        pathPrefix: (i) => `recommendations.${i}.`,
        teamId,
      },
    );
    if (complaintId !== null) {
      // i12-follow hook: the complaint's timeline says the team examines it (issue 12 §4).
      await recordOversightExamination(trx, actor, complaintId, { kind: 'FINDING', id }, now);
    }
    await recordAudit(trx, auditContextOf(actor), {
      action: 'oversight.finding.create',
      entityType: 'oversight_finding',
      entityId: id,
      after: { ...input, teamId, unitId, inspectionId, complaintId, recommendationIds },
    });
    return id;
  });
  return getFinding(ctx, actor, id);
}

async function lockForTeamWork(trx: Database, actor: Actor, id: number, rel: OversightRelation) {
  const finding = await repo.lockFinding(trx, id);
  if (!finding) throw notFound('Temuan');
  if (!canActForTeam(actor, finding.team_id, rel)) {
    throw forbidden('Hanya anggota tim pada masa tugasnya yang dapat mengubah temuan ini');
  }
  return finding;
}

export async function updateFinding(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  patch: FindingPatch,
): Promise<FindingDetail> {
  const rel = await relationOf(ctx.db, actor, todayOf(ctx.now()));
  if (patch.concernedEmployeeId && !(await repo.findEmployeeById(ctx.db, patch.concernedEmployeeId))) {
    throw invalid('concernedEmployeeId', 'Pegawai yang bersangkutan tidak ditemukan');
  }
  await ctx.db.transaction().execute(async (trx) => {
    const before = await lockForTeamWork(trx, actor, id, rel);
    await repo.updateFinding(trx, id, {
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.condition !== undefined ? { condition: patch.condition } : {}),
      ...(patch.criterion !== undefined ? { criterion: patch.criterion } : {}),
      ...(patch.cause !== undefined ? { cause: patch.cause } : {}),
      ...(patch.effect !== undefined ? { effect: patch.effect } : {}),
      ...(patch.severity !== undefined ? { severity: patch.severity } : {}),
      ...(patch.isIntegrity !== undefined ? { is_integrity: patch.isIntegrity } : {}),
      ...(patch.concernedEmployeeId !== undefined
        ? { concerned_employee_id: patch.concernedEmployeeId ?? null }
        : {}),
      updated_at: ctx.now(),
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'oversight.finding.update',
      entityType: 'oversight_finding',
      entityId: id,
      before,
      after: patch,
    });
  });
  return getFinding(ctx, actor, id);
}

/** Adds an evidence file (photo or PDF, checked and cleaned like a complaint attachment) to a finding. */
export async function addFindingFile(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  file: { fileName: string; content: Buffer },
): Promise<FindingDetail> {
  if (file.content.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'Berkas paling besar 5 MB', [
      { path: 'file', message: 'Terlalu besar' },
    ]);
  }
  const accepted = await acceptUpload(file.content);
  if (!accepted) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Hanya foto JPEG/PNG atau PDF yang diterima', [
      { path: 'file', message: 'Jenis berkas tidak didukung' },
    ]);
  }
  const rel = await relationOf(ctx.db, actor, todayOf(ctx.now()));
  await ctx.db.transaction().execute(async (trx) => {
    await lockForTeamWork(trx, actor, id, rel);
    if ((await repo.findFindingFiles(trx, id)).length >= MAX_FINDING_FILES) {
      throw invalid('file', `Paling banyak ${MAX_FINDING_FILES} berkas bukti per temuan`);
    }
    const fileName = storedFileName(file.fileName, accepted.extension, 'bukti');
    const { id: fileId } = await repo.insertFindingFile(trx, {
      finding_id: id,
      file_name: fileName,
      mime: accepted.mime,
      size: accepted.content.length,
      content: accepted.content,
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'oversight.finding.file',
      entityType: 'oversight_finding',
      entityId: id,
      after: { fileId, fileName, mime: accepted.mime, size: accepted.content.length },
    });
  });
  return getFinding(ctx, actor, id);
}

/** An evidence file of a finding, for those who may read the finding. */
export async function getFindingFile(ctx: ServiceContext, actor: Actor, fileId: number) {
  const file = await repo.findFindingFileContent(ctx.db, fileId);
  if (!file) throw notFound('Berkas');
  const rel = await relationOf(ctx.db, actor, todayOf(ctx.now()));
  await loadFinding(ctx, actor, file.finding_id, rel, 'finding-file');
  return { fileName: file.file_name, mime: file.mime, content: file.content };
}

/** Adds a recommendation to a finding; without a due date it gets the default for the finding's severity. */
export async function addRecommendation(
  ctx: ServiceContext,
  actor: Actor,
  findingId: number,
  input: RecommendationInput,
): Promise<FindingDetail> {
  const now = ctx.now();
  const today = todayOf(now);
  const rel = await relationOf(ctx.db, actor, today);
  const dueDays = await loadDueDays(ctx.db);
  await ctx.db.transaction().execute(async (trx) => {
    const finding = await lockForTeamWork(trx, actor, findingId, rel);
    const [id] = await insertRecommendations(trx, actor, findingId, finding.severity, [input], {
      now,
      today,
      dueDays,
      pathPrefix: () => '',
      teamId: finding.team_id,
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'oversight.recommendation.create',
      entityType: 'oversight_recommendation',
      entityId: id!,
      after: { findingId, ...input },
    });
  });
  return getFinding(ctx, actor, findingId);
}

/** Changes a recommendation the owner still owes: its text, owner or due date. */
export async function updateRecommendation(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  patch: RecommendationPatch,
): Promise<FindingDetail> {
  const now = ctx.now();
  const today = todayOf(now);
  const rel = await relationOf(ctx.db, actor, today);
  const findingId = await ctx.db.transaction().execute(async (trx) => {
    const rec = await repo.lockRecommendation(trx, id);
    if (!rec) throw notFound('Rekomendasi');
    const finding = await lockForTeamWork(trx, actor, rec.finding_id, rel);
    if (!isOneOf(RECOMMENDATION_OPEN_STATUSES, rec.status)) {
      throw new AppError(
        'CONFLICT',
        'Rekomendasi yang sedang diverifikasi atau sudah selesai tidak dapat diubah',
      );
    }
    const owner =
      patch.ownerKind !== undefined
        ? await checkOwner(trx, { ...patch, ownerKind: patch.ownerKind }, '')
        : null;
    if (patch.dueDate !== undefined && patch.dueDate < today && patch.dueDate !== rec.due_date) {
      throw invalid('dueDate', 'Batas waktu tidak boleh sebelum hari ini');
    }
    await repo.updateRecommendation(trx, id, {
      ...(patch.text !== undefined ? { text: patch.text } : {}),
      ...(owner ?? {}),
      ...(patch.dueDate !== undefined ? { due_date: patch.dueDate } : {}),
      updated_at: now,
    });
    await repo.insertRecommendationEvent(trx, {
      recommendation_id: id,
      at: now,
      type: 'UPDATED',
      actor_user_id: actor.userId,
      data: JSON.stringify({ before: { text: rec.text, dueDate: rec.due_date }, after: patch }),
    });
    // The owners' screens refresh — the former owner's too when it moved (issue 14 §1); a new owner hears of it as
    // of a new recommendation (RECOMMENDATION_ASSIGNED).
    const live = { recommendationId: id, status: rec.status };
    await publishRecommendationLive(trx, { ...rec, team_id: finding.team_id }, live, today);
    if (owner) {
      await publishRecommendationLive(trx, { ...owner, team_id: finding.team_id }, live, today);
      const before = new Set(await findOwnerEmployeeIds(trx, rec, today));
      const dueDate = patch.dueDate ?? rec.due_date;
      for (const employeeId of await findOwnerEmployeeIds(trx, owner, today)) {
        if (before.has(employeeId)) continue;
        await notifyRecommendationAssigned(
          trx,
          employeeId,
          { id, dueDate, text: patch.text ?? rec.text },
          now,
        );
      }
    }
    await recordAudit(trx, auditContextOf(actor), {
      action: 'oversight.recommendation.update',
      entityType: 'oversight_recommendation',
      entityId: id,
      before: rec,
      after: patch,
    });
    return rec.finding_id;
  });
  return getFinding(ctx, actor, findingId);
}
