import type {
  ChecklistVersion,
  InspectionDetail,
  InspectionList,
  InspectionListQuery,
  InspectionPhoto,
  InspectionSubmission,
  InspectionSummary,
} from '@sim/contracts';
import { fullNameOf, todayOf } from '@sim/domain';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, conflict, forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { acceptUpload, storedFileName } from '../complaints/complaint-files.sanitizer';
import { MAX_ATTACHMENT_BYTES } from '../complaints/complaint-tracking.service';
import * as repo from './oversight.repository';
import {
  canActForTeam,
  canReadOversightTeams,
  readsTeamRecords,
  seesAllOversight,
  type OversightRelation,
} from './oversight.policy';
import { loadVersion } from './oversight-checklists.service';
import { resolveTarget, type Target } from './oversight-plans.service';
import { relationOf } from './oversight-teams.service';
import { recordOversightExamination } from '../complaints/complaint-workflow.service';

// Field execution. The inspector's phone makes a UUID when the form opens and keeps every change locally; when it
// is online it sends the whole form to PUT /inspections/:uuid (the first send creates the inspection, later ones
// replace its answers), each photo to PUT /inspections/:uuid/photos/:photoUuid, and finally the form with
// `submit`. Every step is keyed by a UUID made on the phone, so a step re-sent after a lost answer finds what the
// first one stored: one inspection, each photo once. A send after the submission answers with the inspection as
// it was submitted and changes nothing.

/** Photos per inspection: enough for every item of a long checklist twice over. */
export const MAX_INSPECTION_PHOTOS = 60;

const personName = (name: string, front: string | null, back: string | null) =>
  fullNameOf({ name, front_title: front, back_title: back });

function toSummary(i: repo.InspectionRow): InspectionSummary {
  return {
    id: i.id,
    clientUuid: i.client_uuid,
    planId: i.plan_id,
    teamId: i.team_id,
    teamName: i.team_name,
    kind: i.kind,
    targetKind: i.target_kind,
    targetUnitId: i.target_unit_id,
    targetUnitName: i.target_unit_name,
    targetCategoryId: i.target_category_id,
    targetCategoryName: i.target_category_name,
    targetServiceText: i.target_service_text,
    targetEmployeeId: i.target_employee_id,
    targetEmployeeName: i.target_employee_name
      ? personName(i.target_employee_name, i.target_employee_front_title, i.target_employee_back_title)
      : null,
    inspectorEmployeeId: i.inspector_employee_id,
    inspectorName: personName(i.inspector_name, i.inspector_front_title, i.inspector_back_title),
    checklistName: i.checklist_name,
    status: i.status,
    startedAt: i.started_at.toISOString(),
    submittedAt: i.submitted_at?.toISOString() ?? null,
    findingCount: Number(i.finding_count ?? 0),
  };
}

const isInspectorOf = (actor: Actor, i: { inspector_employee_id: number }) =>
  actor.employeeId !== null && actor.employeeId === i.inspector_employee_id;

const canReadInspection = (
  actor: Actor,
  i: { team_id: number; inspector_employee_id: number },
  rel: OversightRelation,
) => isInspectorOf(actor, i) || readsTeamRecords(actor, i.team_id, rel);

async function toDetail(
  db: Database,
  actor: Actor,
  row: repo.InspectionRow,
  rel: OversightRelation,
): Promise<InspectionDetail> {
  const [checklist, answers, photos] = [
    await loadVersion(db, row.checklist_version_id),
    await repo.findAnswers(db, row.id),
    await repo.findPhotos(db, row.id),
  ];
  const acts = canActForTeam(actor, row.team_id, rel);
  return {
    ...toSummary(row),
    complaintId: row.complaint_id,
    location: row.location,
    notes: row.notes,
    checklist: checklist!,
    answers: answers.map((a) => ({
      itemId: a.item_id,
      yes: a.answer_yes,
      score: a.answer_score,
      text: a.answer_text,
      note: a.note,
    })),
    photos: photos.map(toPhoto),
    can: {
      edit: row.status === 'DRAFT' && isInspectorOf(actor, row) && acts,
      addFinding: row.status === 'SUBMITTED' && acts,
    },
  };
}

const toPhoto = (p: {
  id: number;
  client_uuid: string;
  item_id: number | null;
  file_name: string;
  mime: string;
  size: number;
}): InspectionPhoto => ({
  id: p.id,
  clientUuid: p.client_uuid,
  itemId: p.item_id,
  fileName: p.file_name,
  mime: p.mime,
  size: p.size,
});

export async function getInspection(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
): Promise<InspectionDetail> {
  const rel = await relationOf(ctx.db, actor, todayOf(ctx.now()));
  const row = await repo.findInspectionById(ctx.db, id);
  if (!row || !canReadInspection(actor, row, rel)) throw notFound('Inspeksi');
  return toDetail(ctx.db, actor, row, rel);
}

/** The inspections of the teams the actor is on (the Pimpinan: all), newest first. */
export async function listInspections(
  ctx: ServiceContext,
  actor: Actor,
  q: InspectionListQuery,
): Promise<InspectionList> {
  const rel = await relationOf(ctx.db, actor, todayOf(ctx.now()));
  if (!canReadOversightTeams(actor)) throw forbidden();
  const teamIds = seesAllOversight(actor) ? null : [...rel.memberTeamIds];
  const { items, total } = await repo.findInspectionsPage(
    ctx.db,
    { teamIds, status: q.status, complaintId: q.complaintId },
    q.page,
    q.pageSize,
  );
  return { items: items.map(toSummary), total, page: q.page, pageSize: q.pageSize };
}

/** Checks the answers against the checklist version: known items, each answer of the item's type and range. */
function checkAnswers(version: ChecklistVersion, answers: InspectionSubmission['answers']) {
  const items = new Map(version.items.map((i) => [i.id, i]));
  const seen = new Set<number>();
  return answers.map((a, n) => {
    const item = items.get(a.itemId);
    if (!item) throw invalid(`answers.${n}.itemId`, 'Butir periksa tidak ada pada checklist inspeksi ini');
    if (seen.has(a.itemId)) throw invalid(`answers.${n}.itemId`, 'Butir periksa dijawab dua kali');
    seen.add(a.itemId);
    const yes = item.type === 'YES_NO' ? (a.yes ?? null) : null;
    const score = item.type === 'SCORE' ? (a.score ?? null) : null;
    const text = item.type === 'TEXT' ? a.text : null;
    if ((a.yes ?? null) !== null && item.type !== 'YES_NO') {
      throw invalid(`answers.${n}.yes`, `Butir "${item.text}" tidak dijawab ya/tidak`);
    }
    if ((a.score ?? null) !== null && item.type !== 'SCORE') {
      throw invalid(`answers.${n}.score`, `Butir "${item.text}" tidak dijawab dengan nilai`);
    }
    if (score !== null && (score < item.scoreMin! || score > item.scoreMax!)) {
      throw invalid(
        `answers.${n}.score`,
        `Nilai butir "${item.text}" harus ${item.scoreMin}–${item.scoreMax}`,
      );
    }
    return { item_id: item.id, answer_yes: yes, answer_score: score, answer_text: text, note: a.note };
  });
}

/** At submission: every yes/no and score item answered, every item that needs a photo has one. */
function checkComplete(
  version: ChecklistVersion,
  answers: ReturnType<typeof checkAnswers>,
  photoItemIds: (number | null)[],
) {
  version.items.forEach((item, n) => {
    const answer = answers.find((a) => a.item_id === item.id);
    if (item.type === 'YES_NO' && answer?.answer_yes == null) {
      throw invalid(`answers.${n}`, `Butir "${item.text}" belum dijawab`);
    }
    if (item.type === 'SCORE' && answer?.answer_score == null) {
      throw invalid(`answers.${n}`, `Butir "${item.text}" belum diberi nilai`);
    }
    if (item.photoRequired && !photoItemIds.includes(item.id)) {
      throw invalid(`photos.${item.id}`, `Butir "${item.text}" wajib disertai foto`);
    }
  });
}

type NewInspection = {
  teamId: number;
  versionId: number;
  planId: number | null;
  kind: 'PLANNED' | 'UNANNOUNCED';
  target: Target;
  complaintId: number | null;
};

/** What a first send creates: from a plan (its team, checklist and target) or ad hoc (all given, unannounced). */
async function newInspectionOf(
  trx: Database,
  actor: Actor,
  body: InspectionSubmission,
  rel: OversightRelation,
  now: Date,
): Promise<NewInspection> {
  const today = todayOf(now);
  if (body.planId) {
    const plan = await repo.lockPlan(trx, body.planId);
    if (!plan) throw invalid('planId', 'Rencana pengawasan tidak ditemukan');
    if (!canActForTeam(actor, plan.team_id, rel)) {
      throw forbidden('Hanya anggota tim pada masa tugasnya yang dapat melakukan inspeksi ini');
    }
    if (plan.status === 'CANCELLED') throw conflict('planId', 'Rencana ini sudah dibatalkan');
    if (plan.status === 'DONE') throw conflict('planId', 'Rencana ini sudah selesai diinspeksi');
    await repo.updatePlan(trx, plan.id, { status: 'IN_PROGRESS', updated_at: now });
    return {
      teamId: plan.team_id,
      versionId: plan.checklist_version_id,
      planId: plan.id,
      kind: plan.kind,
      complaintId: null,
      target: {
        targetKind: plan.target_kind,
        targetUnitId: plan.target_unit_id,
        targetCategoryId: plan.target_category_id,
        targetServiceText: plan.target_service_text,
        targetEmployeeId: plan.target_employee_id,
      },
    };
  }
  if (!body.teamId) throw invalid('teamId', 'Pilih tim pengawas untuk inspeksi tanpa rencana');
  if (!canActForTeam(actor, body.teamId, rel)) {
    throw forbidden('Hanya anggota tim pada masa tugasnya yang dapat melakukan inspeksi');
  }
  if (!body.checklistVersionId) throw invalid('checklistVersionId', 'Pilih checklist yang diisi');
  const version = await repo.findVersionById(trx, body.checklistVersionId);
  if (!version?.template_is_active)
    throw invalid('checklistVersionId', 'Checklist tidak ditemukan atau tidak aktif');
  if (!body.targetKind) throw invalid('targetKind', 'Pilih sasaran inspeksi');
  let complaintId: number | null = null;
  if (body.complaintId) {
    const complaint = await repo.findComplaintById(trx, body.complaintId);
    if (!complaint?.is_integrity) throw invalid('complaintId', 'Pengaduan integritas tidak ditemukan');
    complaintId = complaint.id;
  }
  const target = await resolveTarget(trx, { ...body, targetKind: body.targetKind }, today);
  return {
    teamId: body.teamId,
    versionId: version.id,
    planId: null,
    kind: 'UNANNOUNCED',
    target,
    complaintId,
  };
}

/**
 * Receives the inspector's form (see the module note): creates the inspection on the first send, replaces the
 * answers of a draft, and with `submit` checks it is complete and ends it. Only a member of the team within its
 * period may do any of it, and only the inspector who started it may continue it.
 */
export async function saveInspection(
  ctx: ServiceContext,
  actor: Actor,
  uuid: string,
  body: InspectionSubmission,
): Promise<{ inspection: InspectionDetail; created: boolean }> {
  if (actor.employeeId === null)
    throw forbidden('Hanya pegawai anggota tim pengawas yang dapat melakukan inspeksi');
  const now = ctx.now();
  const today = todayOf(now);
  const startedAt = new Date(body.startedAt);
  if (startedAt.getTime() > now.getTime() + 60 * 60 * 1000) {
    throw invalid('startedAt', 'Waktu mulai inspeksi tidak boleh di masa depan');
  }
  const rel = await relationOf(ctx.db, actor, today);
  const { id, created } = await ctx.db.transaction().execute(async (trx) => {
    let row = await repo.lockInspectionByUuid(trx, uuid);
    let created = false;
    if (!row) {
      const fresh = await newInspectionOf(trx, actor, body, rel, now);
      const id = await repo.insertInspection(trx, {
        client_uuid: uuid,
        plan_id: fresh.planId,
        team_id: fresh.teamId,
        checklist_version_id: fresh.versionId,
        inspector_employee_id: actor.employeeId!,
        inspector_user_id: actor.userId,
        kind: fresh.kind,
        target_kind: fresh.target.targetKind,
        target_unit_id: fresh.target.targetUnitId,
        target_category_id: fresh.target.targetCategoryId,
        target_service_text: fresh.target.targetServiceText,
        target_employee_id: fresh.target.targetEmployeeId,
        complaint_id: fresh.complaintId,
        status: 'DRAFT',
        location: body.location,
        notes: body.notes,
        started_at: startedAt,
      });
      created = id !== null;
      row = await repo.lockInspectionByUuid(trx, uuid);
      if (!row) throw new AppError('CONFLICT', 'Inspeksi sedang dikirim dari tempat lain; coba lagi');
      if (created && fresh.complaintId !== null) {
        // i12-follow hook: the complaint's timeline says the team examines it (issue 12 §4).
        await recordOversightExamination(
          trx,
          actor,
          fresh.complaintId,
          { kind: 'INSPECTION', id: row.id },
          now,
        );
      }
      if (created) {
        await recordAudit(trx, auditContextOf(actor), {
          action: 'oversight.inspection.start',
          entityType: 'oversight_inspection',
          entityId: row.id,
          after: { clientUuid: uuid, planId: fresh.planId, teamId: fresh.teamId, ...fresh.target },
        });
      }
    }
    if (!isInspectorOf(actor, row)) throw forbidden('Inspeksi ini dimulai oleh pengawas lain');
    // A re-sent form after the submission: the inspection stays as it was submitted.
    if (row.status === 'SUBMITTED') return { id: row.id, created: false };
    if (!canActForTeam(actor, row.team_id, rel)) {
      throw forbidden('Masa tugas tim sudah berakhir atau Anda bukan lagi anggota tim ini');
    }
    const version = (await loadVersion(trx, row.checklist_version_id))!;
    const answers = checkAnswers(version, body.answers);
    if (body.submit) {
      const photos = await repo.findPhotos(trx, row.id);
      checkComplete(
        version,
        answers,
        photos.map((p) => p.item_id),
      );
    }
    await repo.replaceAnswers(trx, row.id, answers);
    await repo.updateInspection(trx, row.id, {
      location: body.location,
      notes: body.notes,
      ...(body.submit ? { status: 'SUBMITTED', submitted_at: now } : {}),
      updated_at: now,
    });
    if (body.submit) {
      if (row.plan_id !== null) await repo.updatePlan(trx, row.plan_id, { status: 'DONE', updated_at: now });
      await recordAudit(trx, auditContextOf(actor), {
        action: 'oversight.inspection.submit',
        entityType: 'oversight_inspection',
        entityId: row.id,
        after: { clientUuid: uuid, answers: answers.length },
      });
    }
    return { id: row.id, created };
  });
  const row = (await repo.findInspectionById(ctx.db, id))!;
  return { inspection: await toDetail(ctx.db, actor, row, rel), created };
}

/**
 * Adds a photo to a draft inspection, keyed by the phone's photo UUID: a re-sent photo answers with the stored
 * one. The content is checked and re-encoded like a complaint attachment (type from the content, metadata such
 * as GPS removed); photos only.
 */
export async function addInspectionPhoto(
  ctx: ServiceContext,
  actor: Actor,
  uuid: string,
  photoUuid: string,
  itemId: number | null,
  file: { fileName: string; content: Buffer },
): Promise<{ photo: InspectionPhoto; created: boolean }> {
  const rel = await relationOf(ctx.db, actor, todayOf(ctx.now()));
  const inspection = await repo.findInspectionIdByUuid(ctx.db, uuid);
  if (inspection === null) throw notFound('Inspeksi');
  const existing = await repo.findPhotoByUuid(ctx.db, photoUuid);
  if (existing) {
    if (existing.inspection_id !== inspection)
      throw conflict('photoUuid', 'Kode foto sudah dipakai inspeksi lain');
    return { photo: toPhoto(existing), created: false };
  }
  if (file.content.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'Foto paling besar 5 MB', [
      { path: 'file', message: 'Terlalu besar' },
    ]);
  }
  const accepted = await acceptUpload(file.content);
  if (!accepted || accepted.mime === 'application/pdf') {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Hanya foto JPEG atau PNG yang diterima', [
      { path: 'file', message: 'Jenis berkas tidak didukung' },
    ]);
  }
  const created = await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.lockInspectionByUuid(trx, uuid);
    if (!row) throw notFound('Inspeksi');
    if (!isInspectorOf(actor, row)) throw forbidden('Inspeksi ini dimulai oleh pengawas lain');
    if (!canActForTeam(actor, row.team_id, rel)) {
      throw forbidden('Masa tugas tim sudah berakhir atau Anda bukan lagi anggota tim ini');
    }
    if (row.status !== 'DRAFT')
      throw new AppError('CONFLICT', 'Inspeksi sudah dikirim; foto tidak dapat ditambah');
    if (itemId !== null) {
      const version = (await loadVersion(trx, row.checklist_version_id))!;
      if (!version.items.some((i) => i.id === itemId)) {
        throw invalid('itemId', 'Butir periksa tidak ada pada checklist inspeksi ini');
      }
    }
    if ((await repo.countPhotos(trx, row.id)) >= MAX_INSPECTION_PHOTOS) {
      throw invalid('file', `Paling banyak ${MAX_INSPECTION_PHOTOS} foto per inspeksi`);
    }
    const id = await repo.insertPhoto(trx, {
      inspection_id: row.id,
      item_id: itemId,
      client_uuid: photoUuid,
      file_name: storedFileName(file.fileName, accepted.extension, 'foto'),
      mime: accepted.mime,
      size: accepted.content.length,
      content: accepted.content,
    });
    return id !== null;
  });
  const stored = await repo.findPhotoByUuid(ctx.db, photoUuid);
  if (!stored || stored.inspection_id !== inspection)
    throw conflict('photoUuid', 'Kode foto sudah dipakai inspeksi lain');
  return { photo: toPhoto(stored), created };
}

/** A photo of an inspection, for those who may read the inspection. */
export async function getInspectionPhoto(ctx: ServiceContext, actor: Actor, photoId: number) {
  const photo = await repo.findPhotoContent(ctx.db, photoId);
  if (!photo) throw notFound('Foto');
  const rel = await relationOf(ctx.db, actor, todayOf(ctx.now()));
  const inspection = await repo.findInspectionById(ctx.db, photo.inspection_id);
  if (!inspection || !canReadInspection(actor, inspection, rel)) throw notFound('Foto');
  return { fileName: photo.file_name, mime: photo.mime, content: photo.content };
}
