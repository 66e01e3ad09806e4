import {
  complainantExport,
  complainantExportQuery,
  complaintRetentionSettings,
  complaintRetentionState,
} from '@sim/contracts';
import { todayOf } from '@sim/domain';
import type { AppInstance } from '../../lib/app-instance';
import { contentDisposition } from '../../lib/http';
import * as privacy from './complaint-privacy.service';

/** Complainants' personal data (issue 16 §5): the retention setting and the export on request. */
export async function complaintPrivacyRoutes(app: AppInstance) {
  const { ctx } = app;

  app.get(
    '/api/v1/complaint-settings/retention',
    {
      schema: {
        tags: ['complaints-admin'],
        summary: 'Masa retensi data pribadi pelapor dan jumlah pengaduan yang dianonimkan (Admin)',
        response: { 200: complaintRetentionState },
      },
    },
    async (req) => privacy.getRetention(ctx, req.actor!),
  );

  app.put(
    '/api/v1/complaint-settings/retention',
    {
      schema: {
        tags: ['complaints-admin'],
        summary: 'Ubah masa retensi data pribadi pelapor (Admin)',
        body: complaintRetentionSettings,
        response: { 200: complaintRetentionState },
      },
    },
    async (req) => privacy.updateRetention(ctx, req.actor!, req.body),
  );

  app.get(
    '/api/v1/complaint-privacy/export',
    {
      schema: {
        tags: ['complaints'],
        summary:
          'Unduh seluruh data yang disimpan tentang seorang pelapor (JSON), dicari dengan kontak atau nomor tiket (Petugas Pengaduan, Admin)',
        querystring: complainantExportQuery,
        response: { 200: complainantExport },
      },
    },
    async (req, reply) => {
      const body = await privacy.exportComplainantData(ctx, req.actor!, req.query);
      reply
        .header(
          'content-disposition',
          contentDisposition('attachment', `data-pelapor-${todayOf(ctx.now())}.json`),
        )
        .header('cache-control', 'no-store');
      return body;
    },
  );
}
