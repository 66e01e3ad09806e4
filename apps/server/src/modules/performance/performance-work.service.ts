import { createHash } from 'node:crypto';
import type { Evidence, Realisation } from '@sim/contracts';
import { feedbackInput, linkEvidenceInput, realisationInput } from '@sim/contracts';
import { capaianMeasure, periodCapaian } from '@sim/domain';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, conflict, forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notifications.service';
import { getSkpRow, loadSkpParts, referenceDate, relationTo, toPeriod } from './performance-access';
import * as policy from './performance.policy';
import * as repo from './performance.repository';
import { computeSystemEvidence } from './system-evidence.service';
// A pure helper shared with complaint photos: decode and re-encode by content.
import { acceptUpload } from '../complaints/complaint-files.sanitizer';
import { cleanUploadName } from '../../lib/http';
import { checkZipArchive } from '../../lib/zip-guard';
import { publishSkpLive } from './performance-live.service';

// Doing the work: rencana aksi and realisation per indicator per period, bukti dukung (links and uploaded files),
// and continuous feedback between the employee and the superiors.

/** Largest accepted evidence file; the multipart plugin's global limit is higher. */
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;

/**
 * File types accepted as bukti dukung, recognised by their first bytes rather than the name or the browser's
 * claim, so an executable renamed to .pdf is refused.
 */
const SIGNATURES: { mime: string; ext: string[]; test: (b: Buffer) => boolean }[] = [
  { mime: 'application/pdf', ext: ['pdf'], test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  {
    mime: 'image/png',
    ext: ['png'],
    test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { mime: 'image/jpeg', ext: ['jpg', 'jpeg'], test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ext: ['docx'],
    test: (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  },
  {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ext: ['xlsx'],
    test: (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  },
];

/** The MIME type of an accepted evidence file, or null: the extension picks the candidate, the bytes must match. */
export function detectEvidenceType(fileName: string, content: Buffer): string | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const candidate = SIGNATURES.find((s) => s.ext.includes(ext));
  return candidate && candidate.test(content) ? candidate.mime : null;
}

type OwnerCheck = { row: repo.SkpRow; relation: policy.Relation };

async function loadForOwner(db: Database, actor: Actor, skpId: number, now: Date): Promise<OwnerCheck> {
  const row = await getSkpRow(db, skpId);
  const relation = await relationTo(db, actor, row.employee_id, referenceDate(row.year, now));
  if (!policy.canReadSkp(actor, relation)) throw forbidden('Anda tidak berwenang membaca SKP pegawai ini');
  return { row, relation };
}

/** The indicator and period must belong to this SKP and its year; periods are the periodic ones. */
async function assertIndicatorAndPeriod(
  db: Database,
  row: repo.SkpRow,
  indicatorId: number,
  periodId: number,
) {
  const { indicators } = await loadSkpParts(db, row.id);
  const indicator = indicators.find((i) => i.id === indicatorId);
  if (!indicator) throw invalid('indicatorId', 'Indikator tidak ditemukan pada SKP ini');
  const period = await repo.findPeriodById(db, periodId);
  if (!period || period.year_id !== row.year_id || period.kind !== 'PERIODIK') {
    throw invalid('periodId', 'Periode tidak ditemukan pada tahun SKP ini');
  }
  return { indicator, period };
}

function toEvidence(e: Awaited<ReturnType<typeof repo.findEvidence>>[number]): Evidence {
  return {
    id: e.id,
    kind: e.kind,
    url: e.url,
    fileName: e.file_name,
    mimeType: e.mime_type,
    sizeBytes: e.size_bytes,
    description: e.description,
    createdAt: e.created_at.toISOString(),
  };
}

/**
 * Realisations with their evidence for every indicator of an SKP, per periodic period. An indicator linked to a
 * system source also gets its bukti sistem for every period that has started, computed now from the other module;
 * when the employee entered no value of their own, the system value stands as the realisation. A numeric
 * indicator's capaian is measured against the period target of its rencana aksi, or else as progress toward the
 * annual target (`periodCapaian`).
 */
export async function loadRealisations(
  db: Database,
  skpId: number,
  opts: { now: Date; viewer: policy.Relation },
): Promise<Realisation[]> {
  const { indicators } = await loadSkpParts(db, skpId);
  const ids = indicators.map((i) => i.id);
  const [rows, evidence] = await Promise.all([repo.findRealisations(db, ids), repo.findEvidence(db, ids)]);
  const byKey = new Map<string, Realisation>();
  const key = (i: number, p: number) => `${i}:${p}`;
  const empty = (indicatorId: number, periodId: number): Realisation => ({
    indicatorId,
    periodId,
    value: null,
    text: null,
    actionPlan: null,
    periodTarget: null,
    percent: null,
    percentBasis: null,
    percentOf: null,
    evidence: [],
    updatedAt: null,
    systemEvidence: null,
    isSystemValue: false,
  });
  for (const r of rows) {
    byKey.set(key(r.indicator_id, r.period_id), {
      ...empty(r.indicator_id, r.period_id),
      value: r.value,
      text: r.text,
      actionPlan: r.action_plan,
      periodTarget: r.period_target,
      updatedAt: r.updated_at.toISOString(),
    });
  }
  for (const e of evidence) {
    const k = key(e.indicator_id, e.period_id);
    let entry = byKey.get(k);
    if (!entry) {
      entry = empty(e.indicator_id, e.period_id);
      byKey.set(k, entry);
    }
    entry.evidence.push(toEvidence(e));
  }
  const skp = await getSkpRow(db, skpId);
  const periods = (await repo.findPeriodsOfYears(db, [skp.year_id]))
    .filter((p) => p.kind === 'PERIODIK')
    .sort((a, b) => a.seq - b.seq);
  if (indicators.some((i) => i.system_source !== null)) {
    const system = await computeSystemEvidence(db, {
      ownerId: skp.employee_id,
      year: skp.year,
      indicators,
      periods,
      now: opts.now,
      viewer: opts.viewer,
    });
    for (const [k, ev] of system) {
      const [indicatorId, periodId] = k.split(':').map(Number) as [number, number];
      let entry = byKey.get(k);
      if (!entry) {
        entry = empty(indicatorId, periodId);
        byKey.set(k, entry);
      }
      entry.systemEvidence = ev;
      if (entry.value === null && ev.value !== null) {
        entry.value = ev.value;
        entry.isSystemValue = true;
      }
    }
  }
  for (const ind of indicators) {
    if (ind.target_kind !== 'NUMBER' && ind.target_kind !== 'PERCENT') continue;
    const measure = capaianMeasure(ind.target_kind, ind.system_source);
    const sofar: { value: number | null; periodTarget: number | null }[] = [];
    for (const period of periods) {
      const entry = byKey.get(key(ind.id, period.id));
      sofar.push({ value: entry?.value ?? null, periodTarget: entry?.periodTarget ?? null });
      if (!entry) continue;
      const capaian = periodCapaian(sofar, ind.target_value, measure);
      entry.percent = capaian.percent;
      entry.percentBasis = capaian.basis;
      entry.percentOf = capaian.realised;
    }
  }
  return [...byKey.values()];
}

/** Targets against realisation per period, for the owner's own page and everybody who may read the SKP. */
export async function getRealisationMatrix(ctx: ServiceContext, actor: Actor, skpId: number) {
  const { row, relation } = await loadForOwner(ctx.db, actor, skpId, ctx.now());
  const periods = await repo.findPeriodsOfYears(ctx.db, [row.year_id]);
  return {
    periods: periods.filter((p) => p.kind === 'PERIODIK').map(toPeriod),
    items: await loadRealisations(ctx.db, skpId, { now: ctx.now(), viewer: relation }),
  };
}

/**
 * Records (or corrects) the realisation and rencana aksi of one indicator in one period. Only the owner, and only
 * once the SKP has been approved at least once (realisation needs agreed targets).
 */
export async function recordRealisation(
  ctx: ServiceContext,
  actor: Actor,
  skpId: number,
  input: z.infer<typeof realisationInput>,
): Promise<Realisation> {
  await ctx.db.transaction().execute(async (trx) => {
    const { row, relation } = await loadForOwner(trx, actor, skpId, ctx.now());
    if (relation !== 'self') throw forbidden('Realisasi dicatat oleh pemilik SKP');
    if (!policy.canRealise(relation, row.version > 0)) {
      throw conflict('status', 'Realisasi dapat dicatat setelah SKP disetujui atasan');
    }
    const { indicator } = await assertIndicatorAndPeriod(trx, row, input.indicatorId, input.periodId);
    const numeric = indicator.target_kind === 'NUMBER' || indicator.target_kind === 'PERCENT';
    // A rencana aksi (its text or its period target) may be planned before anything is realised.
    if (numeric && input.value === null && !input.actionPlan && input.periodTarget === null) {
      throw invalid('value', 'Nilai realisasi wajib diisi untuk target berupa angka');
    }
    if (!numeric && input.periodTarget !== null) {
      throw invalid('periodTarget', 'Target periode hanya untuk indikator berupa angka atau persentase');
    }
    if (indicator.target_kind === 'PERCENT' && input.periodTarget !== null && input.periodTarget > 100) {
      throw invalid('periodTarget', 'Target periode berupa persentase paling besar 100');
    }
    if (!numeric && !input.text && !input.actionPlan) {
      throw invalid('text', 'Uraian realisasi wajib diisi');
    }
    await repo.upsertRealisation(trx, {
      indicator_id: input.indicatorId,
      period_id: input.periodId,
      value: numeric ? input.value : null,
      text: input.text,
      action_plan: input.actionPlan,
      period_target: numeric ? input.periodTarget : null,
      updated_by: actor.userId,
      updated_at: ctx.now(),
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'skp.realisation_recorded',
      entityType: 'perf_skp',
      entityId: skpId,
      after: input,
    });
  });
  const items = await loadRealisations(ctx.db, skpId, { now: ctx.now(), viewer: 'self' });
  return items.find((r) => r.indicatorId === input.indicatorId && r.periodId === input.periodId)!;
}

/** Adds a link as bukti dukung. */
export async function addLinkEvidence(
  ctx: ServiceContext,
  actor: Actor,
  skpId: number,
  input: z.infer<typeof linkEvidenceInput>,
): Promise<Evidence> {
  return addEvidence(ctx, actor, skpId, input.indicatorId, input.periodId, {
    kind: 'LINK',
    url: input.url,
    description: input.description,
  });
}

/**
 * Adds an uploaded file as bukti dukung, stored in the database (one place for backups and for several app
 * instances). The type is judged by content, the size by the module's limit.
 */
export async function addFileEvidence(
  ctx: ServiceContext,
  actor: Actor,
  skpId: number,
  upload: { fields: Record<string, string>; file: { buffer: Buffer; fileName: string } | null },
): Promise<Evidence> {
  const indicatorId = Number(upload.fields.indicatorId);
  const periodId = Number(upload.fields.periodId);
  if (!Number.isInteger(indicatorId) || indicatorId <= 0)
    throw invalid('indicatorId', 'Indikator wajib dipilih');
  if (!Number.isInteger(periodId) || periodId <= 0) throw invalid('periodId', 'Periode wajib dipilih');
  const file = upload.file;
  if (!file || file.buffer.length === 0) throw invalid('file', 'Berkas bukti dukung wajib diunggah');
  if (file.buffer.length > EVIDENCE_MAX_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', 'Berkas bukti dukung paling besar 5 MB', [
      { path: 'file', message: 'Berkas bukti dukung paling besar 5 MB' },
    ]);
  }
  const mime = detectEvidenceType(file.fileName, file.buffer);
  if (!mime) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Jenis berkas tidak diterima (PDF, PNG, JPG, DOCX, XLSX)', [
      {
        path: 'file',
        message: 'Isi berkas tidak sesuai dengan jenis yang diterima (PDF, PNG, JPG, DOCX, XLSX)',
      },
    ]);
  }
  // An office file is a ZIP archive that Word or Excel will open: one that would inflate without bound is refused.
  const unsafeArchive = mime.startsWith('application/vnd.openxmlformats')
    ? checkZipArchive(file.buffer)
    : null;
  if (unsafeArchive) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', unsafeArchive, [{ path: 'file', message: unsafeArchive }]);
  }
  // Images are decoded and re-encoded as complaint photos are (no metadata, no polyglot passes); other types are
  // kept as sent and are only ever served as downloads.
  let content = file.buffer;
  if (mime === 'image/png' || mime === 'image/jpeg') {
    const clean = await acceptUpload(file.buffer);
    if (!clean || clean.mime !== mime) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Gambar tidak dapat dibaca', [
        { path: 'file', message: 'Berkas gambar rusak atau bukan gambar PNG/JPG yang utuh' },
      ]);
    }
    content = clean.content;
  }
  const safeName = cleanUploadName(file.fileName, 120).replace(/[^\w.\- ]+/g, '_') || 'bukti';
  return addEvidence(ctx, actor, skpId, indicatorId, periodId, {
    kind: 'FILE',
    fileName: safeName,
    mime,
    content,
    description: upload.fields.description?.trim().slice(0, 500) || null,
  });
}

async function addEvidence(
  ctx: ServiceContext,
  actor: Actor,
  skpId: number,
  indicatorId: number,
  periodId: number,
  e: {
    kind: 'LINK' | 'FILE';
    url?: string;
    fileName?: string;
    mime?: string;
    content?: Buffer;
    description: string | null;
  },
): Promise<Evidence> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { row, relation } = await loadForOwner(trx, actor, skpId, ctx.now());
    if (relation !== 'self') throw forbidden('Bukti dukung diunggah oleh pemilik SKP');
    if (row.version === 0)
      throw conflict('status', 'Bukti dukung dapat dicatat setelah SKP disetujui atasan');
    await assertIndicatorAndPeriod(trx, row, indicatorId, periodId);
    const sha256 = e.content ? createHash('sha256').update(e.content).digest('hex') : null;
    const { id } = await repo.insertEvidence(trx, {
      indicator_id: indicatorId,
      period_id: periodId,
      kind: e.kind,
      url: e.url ?? null,
      file_name: e.fileName ?? null,
      mime_type: e.mime ?? null,
      size_bytes: e.content?.length ?? null,
      sha256,
      content: e.content ?? null,
      description: e.description,
      created_by: actor.userId,
      created_at: ctx.now(),
    });
    await recordAudit(trx, auditContextOf(actor), {
      action: 'skp.evidence_added',
      entityType: 'perf_skp',
      entityId: skpId,
      after: {
        evidenceId: id,
        kind: e.kind,
        indicatorId,
        periodId,
        url: e.url,
        fileName: e.fileName,
        sha256,
      },
    });
    return id;
  });
  const [row] = (await repo.findEvidence(ctx.db, [indicatorId])).filter((x) => x.id === id);
  return toEvidence(row!);
}

/** Downloads an evidence file for anybody who may read the SKP. */
export async function getEvidenceFile(ctx: ServiceContext, actor: Actor, evidenceId: number) {
  const file = await repo.findEvidenceFile(ctx.db, evidenceId);
  if (!file || file.kind !== 'FILE' || !file.content) throw notFound('Berkas bukti dukung');
  await loadForOwner(ctx.db, actor, file.skp_id, ctx.now());
  return {
    body: file.content,
    mime: file.mime_type ?? 'application/octet-stream',
    fileName: file.file_name ?? 'bukti',
  };
}

// ---------------------------------------------------------------- feedback

/** The feedback timeline of an SKP, newest first. */
export async function listFeedback(ctx: ServiceContext, actor: Actor, skpId: number) {
  await loadForOwner(ctx.db, actor, skpId, ctx.now());
  return { items: (await repo.findFeedback(ctx.db, skpId)).map(toFeedback) };
}

export function toFeedback(f: Awaited<ReturnType<typeof repo.findFeedback>>[number]) {
  return {
    id: f.id,
    kind: f.kind,
    rhkId: f.rhk_id,
    rhkText: f.rhk_text,
    valueCode: f.value_code as z.infer<typeof feedbackInput>['valueCode'],
    periodId: f.period_id,
    text: f.text,
    authorName: f.author_name,
    isFromSuperior: f.is_from_superior,
    createdAt: f.created_at.toISOString(),
  };
}

/**
 * Umpan balik berkelanjutan: a superior (any level above) writes feedback on an RHK, a BerAKHLAK value or the SKP
 * as a whole, at any time; the owner asks for feedback (kind REQUEST) or answers in the same timeline.
 */
export async function addFeedback(
  ctx: ServiceContext,
  actor: Actor,
  skpId: number,
  input: z.infer<typeof feedbackInput>,
) {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { row, relation } = await loadForOwner(trx, actor, skpId, ctx.now());
    const isSuperior = policy.canGiveFeedback(relation);
    if (!isSuperior && !policy.canAskFeedback(relation)) {
      throw forbidden('Umpan balik ditulis oleh atasan atau diminta oleh pemilik SKP');
    }
    if (input.kind === 'REQUEST' && relation !== 'self') {
      throw invalid('kind', 'Permintaan umpan balik diajukan oleh pemilik SKP');
    }
    if (input.rhkId !== null) {
      const { rhk } = await loadSkpParts(trx, row.id);
      if (!rhk.some((r) => r.id === input.rhkId)) throw invalid('rhkId', 'RHK tidak ditemukan pada SKP ini');
    }
    if (input.periodId !== null) {
      const period = await repo.findPeriodById(trx, input.periodId);
      if (!period || period.year_id !== row.year_id) throw invalid('periodId', 'Periode tidak ditemukan');
    }
    const { id } = await repo.insertFeedback(trx, {
      skp_id: skpId,
      kind: input.kind,
      rhk_id: input.rhkId,
      value_code: input.valueCode,
      period_id: input.periodId,
      text: input.text,
      author_user_id: actor.userId,
      author_name: actor.displayName,
      is_from_superior: isSuperior,
      created_at: ctx.now(),
    });
    await publishSkpLive(trx, row, ctx.now(), 'skp.feedback', input.kind);
    await recordAudit(trx, auditContextOf(actor), {
      action: input.kind === 'REQUEST' ? 'skp.feedback_requested' : 'skp.feedback_given',
      entityType: 'perf_skp',
      entityId: skpId,
      after: { feedbackId: id, ...input },
    });
    // Feedback from a superior reaches the owner at once; the owner's own request or answer notifies nobody.
    if (isSuperior) {
      await notify(trx, {
        to: { employeeId: row.employee_id },
        type: 'SKP_FEEDBACK',
        params: { by: actor.displayName, year: row.year },
        link: `/kinerja/skp/${skpId}`,
        at: ctx.now(),
        mail: {
          subject: `Umpan balik baru pada SKP ${row.year} Anda`,
          text: `${actor.displayName} menulis umpan balik pada SKP ${row.year} Anda:\n\n${input.text}`,
        },
      });
    }
    return id;
  });
  const all = await repo.findFeedback(ctx.db, skpId);
  return toFeedback(all.find((f) => f.id === id)!);
}
