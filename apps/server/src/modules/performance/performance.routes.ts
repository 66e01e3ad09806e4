import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  calibration,
  calibrationAdjustmentInput,
  calibrationFinalizeInput,
  cascadeQuery,
  cascadeTree,
  deadlineStatus,
  delegationInput,
  delegationList,
  distributionRulesInput,
  documentVerification,
  ekspektasiInput,
  evaluation,
  evaluationContext,
  evaluationInput,
  evaluationList,
  evidence,
  feedback,
  feedbackInput,
  feedbackList,
  idParam,
  linkEvidenceInput,
  objectionDecisionInput,
  objectionInput,
  orgPredikatInput,
  parentRhkOptions,
  pendingObjectionList,
  perfDeadlines,
  perfYear,
  perfYearInput,
  perfYearList,
  realisation,
  realisationInput,
  realisationMatrix,
  skp,
  skpContentInput,
  skpCreateInput,
  skpDecisionInput,
  skpList,
  skpListQuery,
  skpReturnInput,
  skpVersionList,
  verifyParams,
} from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import { AppError } from '../../lib/errors';
import * as deadlines from './performance-deadlines.service';
import * as documents from './performance-documents.service';
import * as work from './performance-work.service';
import * as calibrations from './calibration.service';
import * as cascade from './cascade.service';
import * as objections from './evaluation-objection.service';
import * as evaluations from './evaluation.service';
import * as delegations from './rater-delegation.service';
import * as skps from './skp.service';

const tags = ['performance'];
const file = z.any().describe('Berkas unduhan');
const periodParams = z.object({
  id: z.coerce.number().int().positive(),
  periodId: z.coerce.number().int().positive(),
});
const calibrationQuery = z.object({ periodId: z.coerce.number().int().positive().optional() });
const exportQuery = z.object({ unitId: z.coerce.number().int().positive() });

const disposition = (fileName: string) => `attachment; filename="${fileName.replace(/[^\w.-]+/g, '_')}"`;

/** Reads a multipart upload (fields in any order, one file); an oversized file ends in a 413 from the plugin. */
async function readUpload(req: FastifyRequest) {
  if (!req.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Unggah berkas sebagai multipart/form-data', [
      { path: 'file', message: 'Unggah berkas sebagai multipart/form-data' },
    ]);
  }
  const fields: Record<string, string> = {};
  let upload: { buffer: Buffer; fileName: string } | null = null;
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      const buffer = await part.toBuffer();
      if (part.fieldname === 'file' && !upload) upload = { buffer, fileName: part.filename };
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  return { fields, file: upload };
}

export async function performanceRoutes(app: AppInstance) {
  const { ctx } = app;
  const VERIFY_RATE_LIMIT = ctx.config.rateLimits.documentVerify;

  // ---------------------------------------------------------------- years

  app.get(
    '/api/v1/performance/years',
    { schema: { tags, summary: 'Daftar tahun kinerja dengan periodenya', response: { 200: perfYearList } } },
    async () => skps.listYears(ctx),
  );

  app.post(
    '/api/v1/performance/years',
    {
      schema: {
        tags,
        summary: 'Buka tahun kinerja (skema periode dan tenggat)',
        body: perfYearInput,
        response: { 201: perfYear },
      },
    },
    async (req, reply) => reply.status(201).send(await skps.openYear(ctx, req.actor!, req.body)),
  );

  app.put(
    '/api/v1/performance/years/:id/deadlines',
    {
      schema: {
        tags,
        summary: 'Ubah tenggat tahun kinerja',
        params: idParam,
        body: perfDeadlines,
        response: { 200: perfYear },
      },
    },
    async (req) => skps.updateYearDeadlines(ctx, req.actor!, req.params.id, req.body),
  );

  app.get(
    '/api/v1/performance/years/:id/deadlines',
    {
      schema: {
        tags,
        summary: 'Pengingat tenggat dan daftar keterlambatan (diri sendiri, bawahan, atau semua)',
        params: idParam,
        response: { 200: deadlineStatus },
      },
    },
    async (req) => deadlines.getDeadlineStatus(ctx, req.actor!, req.params.id),
  );

  // ---------------------------------------------------------------- SKP

  app.get(
    '/api/v1/performance/skps',
    {
      schema: {
        tags,
        summary: 'Daftar SKP (milik sendiri, tim, atau semua)',
        querystring: skpListQuery,
        response: { 200: skpList },
      },
    },
    async (req) => skps.listSkps(ctx, req.actor!, req.query),
  );

  app.post(
    '/api/v1/performance/skps',
    {
      schema: {
        tags,
        summary: 'Mulai SKP sendiri untuk satu tahun',
        body: skpCreateInput,
        response: { 201: skp },
      },
    },
    async (req, reply) => reply.status(201).send(await skps.createSkp(ctx, req.actor!, req.body.yearId)),
  );

  app.get(
    '/api/v1/performance/skps/:id',
    { schema: { tags, summary: 'Detail SKP', params: idParam, response: { 200: skp } } },
    async (req) => skps.getSkp(ctx, req.actor!, req.params.id),
  );

  app.put(
    '/api/v1/performance/skps/:id/content',
    {
      schema: {
        tags,
        summary: 'Simpan isi SKP (RHK, indikator, lampiran) selama draf atau dikembalikan',
        params: idParam,
        body: skpContentInput,
        response: { 200: skp },
      },
    },
    async (req) => skps.saveSkpContent(ctx, req.actor!, req.params.id, req.body),
  );

  app.put(
    '/api/v1/performance/skps/:id/ekspektasi',
    {
      schema: {
        tags,
        summary: 'Ekspektasi khusus pimpinan per nilai BerAKHLAK (atasan langsung)',
        params: idParam,
        body: ekspektasiInput,
        response: { 200: skp },
      },
    },
    async (req) => skps.setEkspektasi(ctx, req.actor!, req.params.id, req.body),
  );

  app.get(
    '/api/v1/performance/skps/:id/parent-options',
    {
      schema: {
        tags,
        summary: 'RHK atasan yang dapat diintervensi (dari SKP atasan yang disetujui)',
        params: idParam,
        response: { 200: parentRhkOptions },
      },
    },
    async (req) => skps.getParentRhkOptions(ctx, req.actor!, req.params.id),
  );

  // The workflow transitions share one shape: a comment in, the SKP out; the service checks who may do which.
  const transitions = [
    { action: 'submit', summary: 'Ajukan SKP ke atasan', body: skpDecisionInput },
    { action: 'approve', summary: 'Setujui SKP (atasan langsung)', body: skpDecisionInput },
    { action: 'return', summary: 'Kembalikan SKP dengan catatan (atasan langsung)', body: skpReturnInput },
    { action: 'revise', summary: 'Mulai revisi SKP yang sudah disetujui', body: skpDecisionInput },
  ] as const;
  for (const { action, summary, body } of transitions) {
    app.post(
      `/api/v1/performance/skps/:id/${action}`,
      { schema: { tags, summary, params: idParam, body, response: { 200: skp } } },
      async (req) => skps.transitionSkp(ctx, req.actor!, req.params.id, action, req.body.comment),
    );
  }

  app.get(
    '/api/v1/performance/skps/:id/versions',
    {
      schema: {
        tags,
        summary: 'Versi SKP yang tersimpan',
        params: idParam,
        response: { 200: skpVersionList },
      },
    },
    async (req) => skps.listVersions(ctx, req.actor!, req.params.id),
  );

  // ---------------------------------------------------------------- realisation, evidence, feedback

  app.get(
    '/api/v1/performance/skps/:id/realisations',
    {
      schema: {
        tags,
        summary: 'Target dan realisasi per periode',
        params: idParam,
        response: { 200: realisationMatrix },
      },
    },
    async (req) => work.getRealisationMatrix(ctx, req.actor!, req.params.id),
  );

  app.put(
    '/api/v1/performance/skps/:id/realisations',
    {
      schema: {
        tags,
        summary: 'Catat realisasi dan rencana aksi satu indikator pada satu periode',
        params: idParam,
        body: realisationInput,
        response: { 200: realisation },
      },
    },
    async (req) => work.recordRealisation(ctx, req.actor!, req.params.id, req.body),
  );

  app.post(
    '/api/v1/performance/skps/:id/evidence/link',
    {
      schema: {
        tags,
        summary: 'Tambah tautan bukti dukung',
        params: idParam,
        body: linkEvidenceInput,
        response: { 201: evidence },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await work.addLinkEvidence(ctx, req.actor!, req.params.id, req.body)),
  );

  app.post(
    '/api/v1/performance/skps/:id/evidence/file',
    {
      schema: {
        tags,
        summary:
          'Unggah berkas bukti dukung (multipart: indicatorId, periodId, file; PDF/PNG/JPG/DOCX/XLSX ≤ 5 MB)',
        consumes: ['multipart/form-data'],
        params: idParam,
        response: { 201: evidence },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await work.addFileEvidence(ctx, req.actor!, req.params.id, await readUpload(req))),
  );

  app.get(
    '/api/v1/performance/evidence/:id/file',
    {
      schema: {
        tags,
        summary: 'Unduh berkas bukti dukung',
        params: idParam,
        produces: ['application/octet-stream'],
        response: { 200: file },
      },
    },
    async (req, reply) => {
      const f = await work.getEvidenceFile(ctx, req.actor!, req.params.id);
      return reply
        .type(f.mime)
        .header('content-disposition', disposition(f.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(f.body);
    },
  );

  app.get(
    '/api/v1/performance/skps/:id/feedback',
    { schema: { tags, summary: 'Linimasa umpan balik', params: idParam, response: { 200: feedbackList } } },
    async (req) => work.listFeedback(ctx, req.actor!, req.params.id),
  );

  app.post(
    '/api/v1/performance/skps/:id/feedback',
    {
      schema: {
        tags,
        summary: 'Tulis umpan balik (atasan) atau minta umpan balik (pegawai)',
        params: idParam,
        body: feedbackInput,
        response: { 201: feedback },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await work.addFeedback(ctx, req.actor!, req.params.id, req.body)),
  );

  // ---------------------------------------------------------------- evaluation and objection

  app.get(
    '/api/v1/performance/skps/:id/evaluations',
    { schema: { tags, summary: 'Penilaian SKP', params: idParam, response: { 200: evaluationList } } },
    async (req) => evaluations.listEvaluations(ctx, req.actor!, req.params.id),
  );

  app.get(
    '/api/v1/performance/skps/:id/evaluation-context/:periodId',
    {
      schema: {
        tags,
        summary: 'Layar evaluasi: target, realisasi, bukti, umpan balik, data lain',
        params: periodParams,
        response: { 200: evaluationContext },
      },
    },
    async (req) => evaluations.getEvaluationContext(ctx, req.actor!, req.params.id, req.params.periodId),
  );

  app.post(
    '/api/v1/performance/skps/:id/evaluations',
    {
      schema: {
        tags,
        summary: 'Nilai pegawai untuk satu periode (pejabat penilai kinerja)',
        params: idParam,
        body: evaluationInput,
        response: { 200: evaluation },
      },
    },
    async (req) => evaluations.rateEmployee(ctx, req.actor!, req.params.id, req.body),
  );

  app.post(
    '/api/v1/performance/evaluations/:id/objections',
    {
      schema: {
        tags,
        summary: 'Ajukan keberatan atas penilaian (pegawai yang dinilai)',
        params: idParam,
        body: objectionInput,
        response: { 201: evaluation },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await objections.fileObjection(ctx, req.actor!, req.params.id, req.body.reason)),
  );

  app.get(
    '/api/v1/performance/objections/pending',
    {
      schema: {
        tags,
        summary: 'Keberatan yang menunggu keputusan saya',
        response: { 200: pendingObjectionList },
      },
    },
    async (req) => objections.listPendingObjections(ctx, req.actor!),
  );

  app.post(
    '/api/v1/performance/objections/:id/decision',
    {
      schema: {
        tags,
        summary:
          'Putuskan keberatan (atasan pejabat penilai kinerja), atau catat keputusan pejabat di luar pohon jabatan',
        params: idParam,
        body: objectionDecisionInput,
        response: { 200: evaluation },
      },
    },
    async (req) => objections.decideObjection(ctx, req.actor!, req.params.id, req.body),
  );

  // ---------------------------------------------------------------- calibration and cascade

  app.get(
    '/api/v1/performance/years/:id/calibration',
    {
      schema: {
        tags,
        summary: 'Kalibrasi: distribusi predikat terhadap pola yang diizinkan',
        params: idParam,
        querystring: calibrationQuery,
        response: { 200: calibration },
      },
    },
    async (req) => calibrations.getCalibration(ctx, req.actor!, req.params.id, req.query.periodId),
  );

  app.put(
    '/api/v1/performance/years/:id/org-predikat',
    {
      schema: {
        tags,
        summary: 'Tetapkan predikat kinerja organisasi (Pimpinan)',
        params: idParam,
        body: orgPredikatInput,
        response: { 200: calibration },
      },
    },
    async (req) => calibrations.setOrgPredikat(ctx, req.actor!, req.params.id, req.body.orgPredikat),
  );

  app.put(
    '/api/v1/performance/years/:id/distribution-rules',
    {
      schema: {
        tags,
        summary: 'Ubah pola distribusi predikat yang diizinkan',
        params: idParam,
        body: distributionRulesInput,
        response: { 200: calibration },
      },
    },
    async (req) => calibrations.setDistributionRules(ctx, req.actor!, req.params.id, req.body.rules),
  );

  app.post(
    '/api/v1/performance/years/:id/calibration/finalize',
    {
      schema: {
        tags,
        summary: 'Tetapkan hasil kalibrasi (justifikasi wajib bila di luar pola)',
        params: idParam,
        body: calibrationFinalizeInput,
        response: { 200: calibration },
      },
    },
    async (req) => calibrations.finalizeCalibration(ctx, req.actor!, req.params.id, req.body),
  );

  app.post(
    '/api/v1/performance/evaluations/:id/calibration-adjustment',
    {
      schema: {
        tags,
        summary: 'Sesuaikan predikat hasil evaluasi tahunan dalam kalibrasi, dengan alasan (Pimpinan)',
        params: idParam,
        body: calibrationAdjustmentInput,
        response: { 200: calibration },
      },
    },
    async (req) => calibrations.adjustPredikat(ctx, req.actor!, req.params.id, req.body),
  );

  app.get(
    '/api/v1/performance/years/:id/delegations',
    {
      schema: {
        tags,
        summary: 'Delegasi kewenangan penilai kinerja',
        params: idParam,
        response: { 200: delegationList },
      },
    },
    async (req) => delegations.listDelegations(ctx, req.actor!, req.params.id),
  );

  app.put(
    '/api/v1/performance/years/:id/delegations',
    {
      schema: {
        tags,
        summary: 'Catat delegasi kewenangan penilai kinerja (Admin Kepegawaian)',
        params: idParam,
        body: delegationInput,
        response: { 200: delegationList },
      },
    },
    async (req) => delegations.setDelegation(ctx, req.actor!, req.params.id, req.body),
  );

  app.get(
    '/api/v1/performance/cascade',
    {
      schema: {
        tags,
        summary: 'Pohon kaskade RHK dari seorang pimpinan ke bawah (celah ditandai)',
        querystring: cascadeQuery,
        response: { 200: cascadeTree },
      },
    },
    async (req) => cascade.getCascade(ctx, req.actor!, req.query.yearId, req.query.employeeId),
  );

  // ---------------------------------------------------------------- documents

  app.get(
    '/api/v1/performance/skps/:id/skp.pdf',
    {
      schema: {
        tags,
        summary: 'Dokumen SKP (PDF dengan kode verifikasi)',
        params: idParam,
        produces: ['application/pdf'],
        response: { 200: file },
      },
    },
    async (req, reply) => {
      const { body, code, fileName } = await documents.buildSkpPdf(ctx, req.actor!, req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', disposition(fileName))
        .header('x-verification-code', code)
        .send(body);
    },
  );

  app.get(
    '/api/v1/performance/skps/:id/evaluations/:periodId/document.pdf',
    {
      schema: {
        tags,
        summary: 'Dokumen Evaluasi Kinerja Pegawai (PDF dengan kode verifikasi)',
        params: periodParams,
        produces: ['application/pdf'],
        response: { 200: file },
      },
    },
    async (req, reply) => {
      const { body, code, fileName } = await documents.buildEvaluationPdf(
        ctx,
        req.actor!,
        req.params.id,
        req.params.periodId,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', disposition(fileName))
        .header('x-verification-code', code)
        .send(body);
    },
  );

  app.get(
    '/api/v1/performance/years/:id/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Ekspor target, realisasi dan predikat satu unit (XLSX)',
        params: idParam,
        querystring: exportQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: file },
      },
    },
    async (req, reply) => {
      const { body, fileName } = await documents.buildUnitXlsx(
        ctx,
        req.actor!,
        req.params.id,
        req.query.unitId,
      );
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', disposition(fileName))
        .send(body);
    },
  );

  app.get(
    '/api/v1/public/performance-documents/:code',
    {
      config: { public: true, rateLimit: VERIFY_RATE_LIMIT },
      schema: {
        tags: ['public'],
        summary: 'Verifikasi keaslian dokumen kinerja (tanpa login)',
        security: [],
        params: verifyParams,
        response: { 200: documentVerification },
      },
    },
    async (req) => documents.verifyDocument(ctx, req.params.code),
  );
}
