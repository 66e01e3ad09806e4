import { complaintCreated, powChallenge, publicComplaintInput, publicComplaintOptions } from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import { AppError } from '../../lib/errors';
import { issueChallenge, verifySolution } from './complaint-pow';
import * as intake from './complaint-intake.service';
import * as settings from './complaint-settings.service';

const publicTags = ['complaints-public'];

/** Public intake (no login): the form options, the anti-spam challenge and filing a complaint. */
export async function complaintIntakeRoutes(app: AppInstance) {
  const { ctx } = app;
  // Filing is limited per IP: enough for a family sharing a phone, too little for a script.
  const FILE_RATE_LIMIT = ctx.config.rateLimits.complaintFiling;
  const TRACK_RATE_LIMIT = ctx.config.rateLimits.complaintTracking;

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
      return reply.status(201).send(await intake.fileComplaint(ctx, input, req.ip));
    },
  );
}
