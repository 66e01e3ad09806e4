import {
  trainingNeed,
  trainingNeedDecisionInput,
  trainingNeedList,
  trainingNeedQuery,
  trainingNeedSettings,
} from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import * as needs from './training-needs.service';

const tags = ['training-needs'];

/** Issue 11 §5: the computed needs list, the superior's decisions and the agency settings. */
export async function trainingNeedRoutes(app: AppInstance) {
  const { ctx } = app;

  app.get(
    '/api/v1/training-needs',
    {
      schema: {
        tags,
        summary:
          'Kebutuhan pelatihan (dihitung dari kesenjangan kompetensi, evaluasi, pengaduan terlambat, SKM)',
        querystring: trainingNeedQuery,
        response: { 200: trainingNeedList },
      },
    },
    async (req) => needs.listTrainingNeeds(ctx, req.actor!, req.query),
  );

  app.post(
    '/api/v1/training-needs/decisions',
    {
      schema: {
        tags,
        summary:
          'Atasan langsung menerima (mendaftarkan ke sesi) atau menolak kebutuhan pelatihan dengan alasan',
        body: trainingNeedDecisionInput,
        response: { 200: trainingNeed },
      },
    },
    async (req) => needs.decideTrainingNeed(ctx, req.actor!, req.body),
  );

  app.get(
    '/api/v1/training-needs/settings',
    {
      schema: {
        tags,
        summary: 'Pengaturan kebutuhan pelatihan: rentang waktu, ambang dan pemetaan sinyal ke kompetensi',
        response: { 200: trainingNeedSettings },
      },
    },
    async (req) => needs.getNeedSettings(ctx, req.actor!),
  );

  app.put(
    '/api/v1/training-needs/settings',
    {
      schema: {
        tags,
        summary: 'Ubah pengaturan kebutuhan pelatihan (Admin Kepegawaian)',
        body: trainingNeedSettings,
        response: { 200: trainingNeedSettings },
      },
    },
    async (req) => needs.updateNeedSettings(ctx, req.actor!, req.body),
  );
}
