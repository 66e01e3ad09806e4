import {
  attachmentResult,
  complaintMessageBody,
  publicComplaintView,
  ratingBody,
  reopenBody,
} from '@sim/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppInstance } from '../../lib/app-instance';
import { AppError } from '../../lib/errors';
import * as tracking from './complaint-tracking.service';

const publicTags = ['complaints-public'];

const trackingHeaders = z.object({
  'x-tracking-secret': z.string().trim().min(1, 'Kode pelacakan wajib dikirim').max(200),
});

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

/**
 * The reporter's private tracking page (no login; the tracking secret in a header): read, answer, confirm, reopen,
 * rate, attach.
 */
export async function complaintTrackingRoutes(app: AppInstance) {
  const { ctx } = app;
  // Attachments count against the filing limit, reading and answering against the tracking limit.
  const FILE_RATE_LIMIT = ctx.config.rateLimits.complaintFiling;
  const TRACK_RATE_LIMIT = ctx.config.rateLimits.complaintTracking;

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
}
