import {
  cannotFollowUpDecisionBody,
  FOLLOW_UP_MAX_FILES,
  followUpVerificationInput,
  idParam,
  followUpPolicySettings,
  oversightWork,
  recommendationFollowUp,
} from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import { binary, contentDisposition, readUploadFiles } from '../../lib/http';
import * as followUps from './oversight-followups.service';

const tags = ['oversight'];

/** Follow-up, verification and the Pimpinan's decision on recommendations; the work lists; the settings. */
export async function oversightFollowUpRoutes(app: AppInstance) {
  const { ctx } = app;

  app.get(
    '/api/v1/oversight/recommendations/:id/follow-up',
    {
      schema: {
        tags,
        summary: 'Tindak lanjut satu rekomendasi: status, tindakan yang boleh, riwayat',
        params: idParam,
        response: { 200: recommendationFollowUp },
      },
    },
    async (req) => followUps.getRecommendationFollowUp(ctx, req.actor!, req.params.id),
  );

  app.post(
    '/api/v1/oversight/recommendations/:id/follow-ups',
    {
      schema: {
        tags,
        summary: `Kirim tindak lanjut (multipart: text, sampai ${FOLLOW_UP_MAX_FILES} berkas "file")`,
        params: idParam,
        consumes: ['multipart/form-data'],
        response: { 201: recommendationFollowUp },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await followUps.submitFollowUp(
            ctx,
            req.actor!,
            req.params.id,
            await readUploadFiles(req, FOLLOW_UP_MAX_FILES),
          ),
        ),
  );

  app.post(
    '/api/v1/oversight/recommendations/:id/verification',
    {
      schema: {
        tags,
        summary:
          'Verifikasi tindak lanjut oleh pengawas (sesuai / belum sesuai / tidak dapat ditindaklanjuti)',
        params: idParam,
        body: followUpVerificationInput,
        response: { 200: recommendationFollowUp },
      },
    },
    async (req) => followUps.verifyFollowUp(ctx, req.actor!, req.params.id, req.body),
  );

  app.post(
    '/api/v1/oversight/recommendations/:id/cannot-follow-up-decision',
    {
      schema: {
        tags,
        summary: 'Keputusan pimpinan atas "tidak dapat ditindaklanjuti"',
        params: idParam,
        body: cannotFollowUpDecisionBody,
        response: { 200: recommendationFollowUp },
      },
    },
    async (req) => followUps.decideCannotFollowUp(ctx, req.actor!, req.params.id, req.body),
  );

  app.get(
    '/api/v1/oversight/follow-up-files/:id',
    {
      schema: {
        tags,
        summary: 'Unduh berkas bukti tindak lanjut',
        params: idParam,
        produces: ['application/octet-stream'],
        response: { 200: binary },
      },
    },
    async (req, reply) => {
      const f = await followUps.getFollowUpFile(ctx, req.actor!, req.params.id);
      return reply
        .type(f.mime)
        .header('content-disposition', contentDisposition('attachment', f.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(f.content);
    },
  );

  app.get(
    '/api/v1/oversight/work',
    {
      schema: {
        tags,
        summary: 'Rekomendasi yang menunggu saya: milik saya, untuk diverifikasi, untuk diputuskan, eskalasi',
        response: { 200: oversightWork },
      },
    },
    async (req) => followUps.getOversightWork(ctx, req.actor!),
  );

  app.get(
    '/api/v1/oversight/settings/follow-up',
    {
      schema: {
        tags,
        summary: 'Pengaturan pengingat dan eskalasi rekomendasi',
        response: { 200: followUpPolicySettings },
      },
    },
    async (req) => followUps.getFollowUpSettings(ctx, req.actor!),
  );

  app.put(
    '/api/v1/oversight/settings/follow-up',
    {
      schema: {
        tags,
        summary: 'Ubah pengaturan pengingat dan eskalasi rekomendasi (Pimpinan)',
        body: followUpPolicySettings,
        response: { 200: followUpPolicySettings },
      },
    },
    async (req) => followUps.updateFollowUpSettings(ctx, req.actor!, req.body),
  );
}
