import {
  attachmentResult,
  complaintLookupBody,
  complaintLookupResult,
  idParam,
  workPhotoQuery,
} from '@sim/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppInstance } from '../../lib/app-instance';
import { contentDisposition } from '../../lib/http';
import { AppError } from '../../lib/errors';
import { lookupComplaint } from './complaint-lookup.service';
import { addWorkPhoto } from './complaint-photos.service';
import { getCitizenAttachment } from './complaint-tracking.service';

// Issue 10 §2, the citizen's journey: finding a complaint whose tracking link was lost, the citizen's view of the
// photos (thumbnails on the tracking page), and the assignee's before/after photos of the work.

const publicTags = ['complaints-public'];
const tags = ['complaints'];
const trackingHeaders = z.object({
  'x-tracking-secret': z.string().trim().min(1, 'Kode pelacakan wajib dikirim').max(200),
});
const binary = z.any().meta({ type: 'string', format: 'binary' });

async function readPhoto(req: FastifyRequest) {
  if (!req.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Unggah foto sebagai multipart/form-data', [
      { path: 'file', message: 'Unggah foto sebagai multipart/form-data' },
    ]);
  }
  const part = await req.file();
  if (!part || part.fieldname !== 'file') {
    throw new AppError('VALIDATION', 'Foto wajib diunggah pada isian "file"', [
      { path: 'file', message: 'Foto wajib diunggah' },
    ]);
  }
  return { fileName: part.filename, content: await part.toBuffer() };
}

/** Re-encoded photos may show in the page; anything else (a PDF can carry JavaScript) is only a download. */
function sendFile(reply: FastifyReply, file: { fileName: string; mime: string; content: Buffer }) {
  const isImage = file.mime === 'image/jpeg' || file.mime === 'image/png';
  return reply
    .type(file.mime)
    .header('content-disposition', contentDisposition(isImage ? 'inline' : 'attachment', file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.content);
}

export async function complaintCitizenRoutes(app: AppInstance) {
  const { ctx } = app;
  const rates = ctx.config.rateLimits;

  app.post(
    '/api/v1/public/complaints/lookup',
    {
      config: { public: true, rateLimit: rates.complaintLookup },
      schema: {
        tags: publicTags,
        summary:
          'Temukan pengaduan dengan nomor tiket dan nomor telepon atau e-mail pelapor; menerbitkan tautan pelacakan baru',
        description:
          'Jawaban 404 yang sama untuk tiket yang tidak ada dan kontak yang salah. Dibatasi per alamat ' +
          '(RATE_LIMIT_COMPLAINT_LOOKUP) dan per nomor tiket (RATE_LIMIT_COMPLAINT_LOOKUP_TICKET, 429 dengan ' +
          'Retry-After). Tautan lama tidak berlaku lagi; tautan baru juga dikirim ke e-mail pelapor bila ada.',
        security: [],
        body: complaintLookupBody,
        response: { 200: complaintLookupResult },
      },
    },
    async (req) => lookupComplaint(ctx, req.body, req.ip),
  );

  app.get(
    '/api/v1/public/complaints/tracking/attachments/:id',
    {
      config: { public: true, rateLimit: rates.complaintTracking },
      schema: {
        tags: publicTags,
        summary: 'Unduh lampiran atau foto penanganan pengaduan sendiri (header x-tracking-secret)',
        security: [],
        params: idParam,
        headers: trackingHeaders,
        response: { 200: binary },
      },
    },
    async (req, reply) =>
      sendFile(reply, await getCitizenAttachment(ctx, req.headers['x-tracking-secret'], req.params.id)),
  );

  app.post(
    '/api/v1/complaints/:id/work-photos',
    {
      schema: {
        tags,
        summary:
          'Penanggung jawab menambah foto sebelum/sesudah penanganan (multipart: file; JPEG/PNG, 5 MB)',
        consumes: ['multipart/form-data'],
        params: idParam,
        querystring: workPhotoQuery,
        response: { 201: attachmentResult },
      },
    },
    async (req, reply) => {
      const file = await readPhoto(req);
      return reply
        .status(201)
        .send(await addWorkPhoto(ctx, req.actor!, req.params.id, req.query.phase, file));
    },
  );
}
