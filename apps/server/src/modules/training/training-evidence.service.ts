import type {
  ExternalEvidenceFields,
  JpSummary,
  MyTraining,
  TrainingApprovals,
  TrainingDecisionInput,
} from '@sim/contracts';
import { externalEvidenceFields } from '@sim/contracts';
import { todayOf } from '@sim/domain';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, conflict, forbidden, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { findSubordinateEmployeeIds, getSuperiorOf } from '../org/org.service';
import { acceptTrainingFile, isDirectSuperior, toEvidence } from './training-common';
import { listEnrolmentsOf, listPendingEnrolmentDecisions } from './training-enrolment.service';
import * as policy from './training.policy';
import * as repo from './training.repository';

// Training done elsewhere (issue 11 §2): the employee uploads the certificate with title, organiser, dates and
// JP; the direct superior approves (the JP are credited to the year of the last day) or rejects with a reason.
// Also the employee's JP per year, "my training" and the superior's approvals list.

async function canRead(ctx: ServiceContext, actor: Actor, employeeId: number) {
  const isSelf = actor.employeeId === employeeId;
  const isSubordinate =
    !isSelf &&
    actor.employeeId !== null &&
    (await findSubordinateEmployeeIds(ctx.db, actor.employeeId, todayOf(ctx.now()))).includes(employeeId);
  return policy.canReadEmployeeTraining(actor, isSelf, isSubordinate);
}

/** The decider of the employee's evidence: the direct superior, or HR for the head of office (no superior). */
async function decidesFor(ctx: ServiceContext, actor: Actor, employeeId: number) {
  const today = todayOf(ctx.now());
  if (await isDirectSuperior(ctx.db, actor.employeeId, employeeId, today)) return true;
  return policy.canManageTraining(actor) && (await getSuperiorOf(ctx.db, employeeId, today)) === null;
}

export async function uploadEvidence(
  ctx: ServiceContext,
  actor: Actor,
  fields: Record<string, string>,
  file: { fileName: string; content: Buffer } | null,
) {
  if (actor.employeeId === null) throw forbidden('Hanya pegawai yang dapat mengunggah bukti pelatihan');
  const parsed = externalEvidenceFields.safeParse(fields);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new AppError('VALIDATION', details[0]?.message ?? 'Isian tidak valid', details);
  }
  const input: ExternalEvidenceFields = parsed.data;
  if (input.endsOn > todayOf(ctx.now())) {
    throw new AppError('VALIDATION', 'Pelatihan yang belum selesai belum dapat diakui', [
      { path: 'endsOn', message: 'Tanggal selesai di masa depan' },
    ]);
  }
  if (!file) {
    throw new AppError('VALIDATION', 'Sertifikat wajib diunggah', [
      { path: 'file', message: 'Wajib diunggah' },
    ]);
  }
  const accepted = await acceptTrainingFile(file, 'sertifikat');
  const employeeId = actor.employeeId;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertEvidence(trx, {
      employee_id: employeeId,
      title: input.title,
      organiser: input.organiser,
      form: input.form,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      jp: input.jp,
      file_name: accepted.fileName,
      mime: accepted.mime,
      size: accepted.content.length,
      content: accepted.content,
      created_by: actor.userId,
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'training.evidence_uploaded',
      entityType: 'training_evidence',
      entityId: id,
      after: { title: input.title, jp: input.jp },
    });
    return id;
  });
  return toEvidence((await repo.findEvidenceById(ctx.db, id))!);
}

/** The direct superior approves (JP credited for the year of the last day) or rejects with a reason. */
export async function decideEvidence(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  input: TrainingDecisionInput,
) {
  const row = await repo.findEvidenceById(ctx.db, id);
  if (!row) throw notFound('Bukti pelatihan');
  if (!policy.canDecideForEmployee(actor, await decidesFor(ctx, actor, row.employee_id))) {
    throw forbidden('Bukti pelatihan diputuskan oleh atasan langsung pegawai');
  }
  if (row.status !== 'AWAITING_APPROVAL') throw conflict('status', 'Bukti ini sudah diputuskan');
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateEvidence(trx, id, {
      status: input.approve ? 'APPROVED' : 'REJECTED',
      decided_by: actor.userId,
      decided_by_name: actor.displayName,
      decided_at: now,
      reject_reason: input.approve ? null : input.reason,
    });
    if (input.approve) {
      await repo.insertJpCredit(trx, {
        employee_id: row.employee_id,
        year: Number(row.ends_on.slice(0, 4)),
        jp: row.jp,
        source: 'EXTERNAL',
        enrolment_id: null,
        evidence_id: id,
        title: `${row.title} (${row.organiser})`,
        completed_on: row.ends_on,
      });
    }
    await recordAudit(trx, auditContextOf(actor), {
      action: input.approve ? 'training.evidence_approved' : 'training.evidence_rejected',
      entityType: 'training_evidence',
      entityId: id,
      after: { reason: input.reason, jp: input.approve ? row.jp : 0 },
    });
  });
  return toEvidence((await repo.findEvidenceById(ctx.db, id))!);
}

/** The uploaded certificate: the employee, their superiors and HR. */
export async function getEvidenceFile(ctx: ServiceContext, actor: Actor, id: number) {
  const file = await repo.findEvidenceContent(ctx.db, id);
  if (!file) throw notFound('Bukti pelatihan');
  if (!(await canRead(ctx, actor, file.employee_id))) throw forbidden();
  return { fileName: file.file_name, mime: file.mime, content: file.content };
}

/**
 * An employee's JP in a year: completed sessions and approved external evidence. Other modules (dashboards, the
 * evaluation screen, SKP evidence) read JP through this.
 */
export async function getJpOfEmployee(db: Database, employeeId: number, year: number): Promise<JpSummary> {
  const credits = await repo.findJpCredits(db, employeeId, year);
  return {
    employeeId,
    year,
    totalJp: credits.reduce((s, c) => s + c.jp, 0),
    credits: credits.map((c) => ({
      id: c.id,
      source: c.source,
      title: c.title,
      jp: c.jp,
      completedOn: c.completed_on,
      enrolmentId: c.enrolment_id,
      evidenceId: c.evidence_id,
    })),
  };
}

/** JP per employee in a year, for lists and coverage (employees without credits are absent: 0 JP). */
export async function getJpTotals(db: Database, employeeIds: number[] | null, year: number) {
  return repo.sumJpByEmployee(db, employeeIds, year);
}

export async function getEmployeeJp(ctx: ServiceContext, actor: Actor, employeeId: number, year?: number) {
  if (!(await canRead(ctx, actor, employeeId)))
    throw forbidden('Anda tidak berwenang melihat JP pegawai ini');
  return getJpOfEmployee(ctx.db, employeeId, year ?? Number(todayOf(ctx.now()).slice(0, 4)));
}

/** "Pelatihan Saya": JP this year, enrolments with certificates, and the external evidence. */
export async function getMyTraining(ctx: ServiceContext, actor: Actor, year?: number): Promise<MyTraining> {
  if (actor.employeeId === null) throw forbidden('Akun ini tidak terhubung dengan data pegawai');
  const employeeId = actor.employeeId;
  return {
    jp: await getJpOfEmployee(ctx.db, employeeId, year ?? Number(todayOf(ctx.now()).slice(0, 4))),
    enrolments: await listEnrolmentsOf(ctx.db, employeeId),
    evidence: (await repo.findEvidence(ctx.db, { employeeIds: [employeeId] })).map(toEvidence),
  };
}

/** What waits for the actor as direct superior: enrolment requests and external evidence of their team. */
export async function getApprovals(ctx: ServiceContext, actor: Actor): Promise<TrainingApprovals> {
  const enrolments = await listPendingEnrolmentDecisions(ctx, actor);
  const pending = await repo.findEvidence(ctx.db, { employeeIds: null, statuses: ['AWAITING_APPROVAL'] });
  const evidence = [];
  for (const row of pending)
    if (await decidesFor(ctx, actor, row.employee_id)) evidence.push(toEvidence(row));
  return { enrolments, evidence };
}
