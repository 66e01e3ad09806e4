import {
  assigneeList,
  assigneeQuery,
  attachmentResult,
  complaintCategory,
  complaintCategoryInput,
  complaintCategoryList,
  complaintCategoryPatch,
  complaintCreated,
  complaintDetail,
  complaintDispositionBody,
  complaintListQuery,
  complaintMessageBody,
  complaintNoteBody,
  complaintReassignBody,
  complaintRejectBody,
  complaintSlaPolicy,
  complaintStats,
  complaintStatsQuery,
  complaintSummary,
  complaintVerifyBody,
  holiday,
  holidayDateParam,
  holidayInput,
  holidayList,
  holidayYearParam,
  idParam,
  open311Key,
  open311KeyCreated,
  open311KeyInput,
  open311KeyList,
  paged,
  publicComplaintInput,
  publicComplaintOptions,
  publicComplaintView,
  ratingBody,
  reopenBody,
  staffComplaintInput,
  powChallenge,
} from '@sim/contracts';
import type { ComplaintDetail } from '@sim/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppInstance } from '../../lib/app-instance';
import { contentDisposition } from '../../lib/content-disposition';
import { AppError } from '../../lib/errors';
import * as settings from './complaint-settings.service';
import * as stats from './complaint-stats.service';
import * as tracking from './complaint-tracking.service';
import * as complaints from './complaints.service';
import { issueChallenge, verifySolution } from './complaint-pow';
import { open311Routes } from './open311.routes';

const tags = ['complaints'];
const adminTags = ['complaints-admin'];
const publicTags = ['complaints-public'];

/** Filing is limited per IP: enough for a family sharing a phone, too little for a script. */

const trackingHeaders = z.object({
  'x-tracking-secret': z.string().trim().min(1, 'Kode pelacakan wajib dikirim').max(200),
});
const noContent = z.null().describe('Tanpa isi');
const binary = z.any().meta({ type: 'string', format: 'binary' });

async function readSingleFile(req: FastifyRequest) {
  if (!req.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Unggah berkas sebagai multipart/form-data', [
      { path: 'file', message: 'Unggah berkas sebagai multipart/form-data' },
    ]);
  }
  const part = await req.file();
  if (!part || part.fieldname !== 'file') {
    throw new AppError('VALIDATION', 'Berkas wajib diunggah pada isian "file"', [
      { path: 'file', message: 'Berkas wajib diunggah' },
    ]);
  }
  return { fileName: part.filename, content: await part.toBuffer() };
}

/** Complaint routes: public intake and tracking (no login), staff workflow, statistics and administration. */
export async function complaintRoutes(app: AppInstance) {
  const { ctx } = app;
  const FILE_RATE_LIMIT = ctx.config.rateLimits.complaintFiling;
  const TRACK_RATE_LIMIT = ctx.config.rateLimits.complaintTracking;
  await app.register(open311Routes);

  // ---------------------------------------------------------------- public (no login)

  app.get(
    '/api/v1/public/complaint-options',
    {
      config: { public: true, rateLimit: TRACK_RATE_LIMIT },
      schema: {
        tags: publicTags,
        summary: 'Kategori layanan dan kelurahan untuk formulir pengaduan',
        security: [],
        response: { 200: publicComplaintOptions },
      },
    },
    async () => settings.getPublicOptions(ctx),
  );

  app.get(
    '/api/v1/public/complaints/challenge',
    {
      config: { public: true, rateLimit: TRACK_RATE_LIMIT },
      schema: {
        tags: publicTags,
        summary: 'Tantangan anti-spam (proof-of-work) untuk formulir pengaduan',
        security: [],
        response: { 200: powChallenge },
      },
    },
    async (_req, reply) => {
      reply.header('cache-control', 'no-store');
      return issueChallenge(ctx.config.complaintPow, ctx.now());
    },
  );

  app.post(
    '/api/v1/public/complaints',
    {
      config: { public: true, rateLimit: FILE_RATE_LIMIT },
      schema: {
        tags: publicTags,
        summary: 'Ajukan pengaduan tanpa login; mengembalikan nomor tiket dan kode pelacakan rahasia',
        security: [],
        body: publicComplaintInput,
        response: { 201: complaintCreated },
      },
    },
    async (req, reply) => {
      // Honeypot: the field is hidden from people; a bot that fills it gets a generic error (naming nothing it could
      // learn from) and nothing is stored.
      if (req.body.website) throw new AppError('VALIDATION', 'Pengaduan tidak dapat diterima');
      const pow = ctx.config.complaintPow;
      if (pow.bits > 0) {
        const failure = verifySolution(pow, ctx.now(), req.body.powChallenge, req.body.powNonce);
        if (failure) {
          req.log.info({ failure }, 'proof-of-work refused');
          throw new AppError(
            'VALIDATION',
            'Verifikasi anti-spam gagal. Muat ulang formulir lalu kirim lagi.',
            [{ path: 'body.powNonce', message: 'Verifikasi anti-spam gagal atau kedaluwarsa' }],
          );
        }
      }
      const { website: _honeypot, powChallenge: _c, powNonce: _n, ...input } = req.body;
      return reply.status(201).send(await complaints.fileComplaint(ctx, input, req.ip));
    },
  );

  app.get(
    '/api/v1/public/complaints/tracking',
    {
      config: { public: true, rateLimit: TRACK_RATE_LIMIT },
      schema: {
        tags: publicTags,
        summary: 'Lacak pengaduan dengan kode pelacakan rahasia (header x-tracking-secret)',
        security: [],
        headers: trackingHeaders,
        response: { 200: publicComplaintView },
      },
    },
    async (req) => tracking.getTrackedComplaint(ctx, req.headers['x-tracking-secret']),
  );

  app.post(
    '/api/v1/public/complaints/tracking/information',
    {
      config: { public: true, rateLimit: TRACK_RATE_LIMIT },
      schema: {
        tags: publicTags,
        summary: 'Pelapor menambah informasi (melanjutkan jam yang berhenti)',
        security: [],
        headers: trackingHeaders,
        body: complaintMessageBody,
        response: { 200: publicComplaintView },
      },
    },
    async (req) =>
      tracking.addCitizenInformation(ctx, req.headers['x-tracking-secret'], req.body.message, req.ip),
  );

  app.post(
    '/api/v1/public/complaints/tracking/confirmation',
    {
      config: { public: true, rateLimit: TRACK_RATE_LIMIT },
      schema: {
        tags: publicTags,
        summary: 'Pelapor mengonfirmasi penyelesaian (pengaduan ditutup)',
        security: [],
        headers: trackingHeaders,
        response: { 200: publicComplaintView },
      },
    },
    async (req) => tracking.confirmResolution(ctx, req.headers['x-tracking-secret'], req.ip),
  );

  app.post(
    '/api/v1/public/complaints/tracking/reopen',
    {
      config: { public: true, rateLimit: TRACK_RATE_LIMIT },
      schema: {
        tags: publicTags,
        summary: 'Pelapor membuka kembali pengaduan dalam batas waktu',
        security: [],
        headers: trackingHeaders,
        body: reopenBody,
        response: { 200: publicComplaintView },
      },
    },
    async (req) => tracking.reopenComplaint(ctx, req.headers['x-tracking-secret'], req.body.reason, req.ip),
  );

  app.post(
    '/api/v1/public/complaints/tracking/rating',
    {
      config: { public: true, rateLimit: TRACK_RATE_LIMIT },
      schema: {
        tags: publicTags,
        summary: 'Pelapor menilai penanganan (1–5 dan komentar)',
        security: [],
        headers: trackingHeaders,
        body: ratingBody,
        response: { 200: publicComplaintView },
      },
    },
    async (req) => tracking.rateComplaint(ctx, req.headers['x-tracking-secret'], req.body, req.ip),
  );

  app.post(
    '/api/v1/public/complaints/tracking/attachments',
    {
      config: { public: true, rateLimit: FILE_RATE_LIMIT },
      schema: {
        tags: publicTags,
        summary: 'Lampirkan foto JPEG/PNG atau PDF (multipart: file), paling banyak 5',
        security: [],
        consumes: ['multipart/form-data'],
        headers: trackingHeaders,
        response: { 201: attachmentResult },
      },
    },
    async (req, reply) => {
      const file = await readSingleFile(req);
      return reply
        .status(201)
        .send(await tracking.addCitizenAttachment(ctx, req.headers['x-tracking-secret'], file, req.ip));
    },
  );

  // ---------------------------------------------------------------- staff

  app.get(
    '/api/v1/complaints',
    {
      schema: {
        tags,
        summary: 'Daftar pengaduan menurut cakupan (milik saya, tim, verifikasi, semua, integritas)',
        querystring: complaintListQuery,
        response: { 200: paged(complaintSummary) },
      },
    },
    async (req) => complaints.listComplaints(ctx, req.actor!, req.query),
  );

  app.post(
    '/api/v1/complaints',
    {
      schema: {
        tags,
        summary: 'Catat pengaduan datang langsung atau telepon (Petugas Pengaduan)',
        body: staffComplaintInput,
        response: { 201: complaintCreated },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await complaints.recordStaffComplaint(ctx, req.actor!, req.body)),
  );

  app.get(
    '/api/v1/complaints/stats',
    {
      schema: {
        tags,
        summary: 'Statistik penanganan pengaduan per pegawai atau unit dan periode',
        querystring: complaintStatsQuery,
        response: { 200: complaintStats },
      },
    },
    async (req) => stats.getComplaintStats(ctx, req.actor!, req.query),
  );

  app.get(
    '/api/v1/complaints/assignees',
    {
      schema: {
        tags,
        summary: 'Pegawai yang dapat ditugasi pada sebuah unit',
        querystring: assigneeQuery,
        response: { 200: assigneeList },
      },
    },
    async (req) => complaints.listAssignees(ctx, req.actor!, req.query.unitId),
  );

  app.get(
    '/api/v1/complaints/attachments/:id',
    {
      schema: {
        tags,
        summary: 'Unduh lampiran pengaduan',
        params: idParam,
        response: { 200: binary },
      },
    },
    async (req, reply) => {
      const file = await complaints.getAttachmentForStaff(ctx, req.actor!, req.params.id);
      // Re-encoded photos may show in the page; anything else (a PDF can carry JavaScript) is only a download.
      const isImage = file.mime === 'image/jpeg' || file.mime === 'image/png';
      return reply
        .type(file.mime)
        .header('content-disposition', contentDisposition(isImage ? 'inline' : 'attachment', file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );

  app.get(
    '/api/v1/complaints/:id',
    {
      schema: {
        tags,
        summary: 'Rincian pengaduan dengan linimasa',
        params: idParam,
        response: { 200: complaintDetail },
      },
    },
    async (req) => complaints.getComplaint(ctx, req.actor!, req.params.id),
  );

  const step = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    run: (
      actor: NonNullable<FastifyRequest['actor']>,
      id: number,
      body: z.output<B>,
    ) => Promise<ComplaintDetail>,
  ) =>
    app.post(
      `/api/v1/complaints/:id/${path}`,
      { schema: { tags, summary, params: idParam, body, response: { 200: complaintDetail } } },
      async (req) => run(req.actor!, req.params.id, req.body as z.output<B>),
    );

  step('verification', 'Verifikasi pengaduan (Petugas Pengaduan)', complaintVerifyBody, (a, id, b) =>
    complaints.verifyComplaint(ctx, a, id, b),
  );
  step(
    'rejection',
    'Tolak pengaduan dengan alasan (bukan wewenang, tidak lengkap, duplikat)',
    complaintRejectBody,
    (a, id, b) => complaints.rejectComplaint(ctx, a, id, b),
  );
  step(
    'disposition',
    'Disposisi ke unit dan pegawai penanggung jawab',
    complaintDispositionBody,
    (a, id, b) => complaints.dispositionComplaint(ctx, a, id, b),
  );
  step(
    'reassignment',
    'Alihkan penanggung jawab atau unit, dengan alasan',
    complaintReassignBody,
    (a, id, b) => complaints.reassignComplaint(ctx, a, id, b),
  );
  step('notes', 'Tambah catatan internal atau perkembangan untuk pelapor', complaintNoteBody, (a, id, b) =>
    complaints.addNote(ctx, a, id, b),
  );
  step(
    'information-requests',
    'Minta informasi dari pelapor (jam berhenti)',
    complaintMessageBody,
    (a, id, b) => complaints.requestInformation(ctx, a, id, b),
  );
  step('resolution', 'Kirim tindak lanjut penyelesaian kepada pelapor', complaintMessageBody, (a, id, b) =>
    complaints.resolveComplaint(ctx, a, id, b),
  );

  // ---------------------------------------------------------------- administration

  app.get(
    '/api/v1/complaint-categories',
    {
      schema: {
        tags: adminTags,
        summary: 'Katalog layanan pengaduan',
        response: { 200: complaintCategoryList },
      },
    },
    async (req) => settings.listCategories(ctx, req.actor!),
  );

  app.post(
    '/api/v1/complaint-categories',
    {
      schema: {
        tags: adminTags,
        summary: 'Tambah kategori layanan (Admin)',
        body: complaintCategoryInput,
        response: { 201: complaintCategory },
      },
    },
    async (req, reply) => reply.status(201).send(await settings.createCategory(ctx, req.actor!, req.body)),
  );

  app.patch(
    '/api/v1/complaint-categories/:id',
    {
      schema: {
        tags: adminTags,
        summary: 'Ubah kategori layanan: unit, kompleksitas, batas waktu (Admin)',
        params: idParam,
        body: complaintCategoryPatch,
        response: { 200: complaintCategory },
      },
    },
    async (req) => settings.updateCategory(ctx, req.actor!, req.params.id, req.body),
  );

  app.get(
    '/api/v1/complaint-settings/sla-policy',
    {
      schema: {
        tags: adminTags,
        summary: 'Kebijakan batas waktu pengaduan',
        response: { 200: complaintSlaPolicy },
      },
    },
    async (req) => settings.getSlaPolicy(ctx, req.actor!),
  );

  app.put(
    '/api/v1/complaint-settings/sla-policy',
    {
      schema: {
        tags: adminTags,
        summary: 'Ubah kebijakan batas waktu pengaduan (Admin)',
        body: complaintSlaPolicy,
        response: { 200: complaintSlaPolicy },
      },
    },
    async (req) => settings.updateSlaPolicy(ctx, req.actor!, req.body),
  );

  app.get(
    '/api/v1/complaint-holidays/:year',
    {
      schema: {
        tags: adminTags,
        summary: 'Hari libur nasional dan cuti bersama satu tahun',
        params: holidayYearParam,
        response: { 200: holidayList },
      },
    },
    async (req) => settings.listHolidays(ctx, req.actor!, req.params.year),
  );

  app.post(
    '/api/v1/complaint-holidays',
    {
      schema: {
        tags: adminTags,
        summary: 'Tambah hari libur (Admin)',
        body: holidayInput,
        response: { 201: holiday },
      },
    },
    async (req, reply) => reply.status(201).send(await settings.addHoliday(ctx, req.actor!, req.body)),
  );

  app.delete(
    '/api/v1/complaint-holidays/:date',
    {
      schema: {
        tags: adminTags,
        summary: 'Hapus hari libur (Admin)',
        params: holidayDateParam,
        response: { 204: noContent },
      },
    },
    async (req, reply) => {
      await settings.removeHoliday(ctx, req.actor!, req.params.date);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/open311-keys',
    { schema: { tags: adminTags, summary: 'Kunci API Open311', response: { 200: open311KeyList } } },
    async (req) => settings.listOpen311Keys(ctx, req.actor!),
  );

  app.post(
    '/api/v1/open311-keys',
    {
      schema: {
        tags: adminTags,
        summary: 'Terbitkan kunci API Open311 (ditampilkan sekali)',
        body: open311KeyInput,
        response: { 201: open311KeyCreated },
      },
    },
    async (req, reply) => reply.status(201).send(await settings.createOpen311Key(ctx, req.actor!, req.body)),
  );

  app.delete(
    '/api/v1/open311-keys/:id',
    {
      schema: {
        tags: adminTags,
        summary: 'Cabut kunci API Open311',
        params: idParam,
        response: { 200: open311Key },
      },
    },
    async (req) => settings.revokeOpen311Key(ctx, req.actor!, req.params.id),
  );
}
