import {
  LEADERSHIP_TABLES,
  leadershipDashboard,
  leadershipMonthlyQuery,
  leadershipQuery,
} from '@sim/contracts';
import { z } from 'zod';
import type { AppInstance } from '../../lib/app-instance';
import { binaryResponse, contentDisposition } from '../../lib/http';
import { exportFileParam, sendExportFile } from '../../lib/table-export';
import { cachedDashboard } from './dashboard-cache';
import * as monthly from './dashboard-leadership-monthly.service';
import * as service from './dashboard-leadership.service';

const tags = ['dashboards'];

/** The Pimpinan dashboard (issue 14 §2, §5): figures per unit, and the monthly summary PDF. */
export async function dashboardLeadershipRoutes(app: AppInstance) {
  const { ctx } = app;

  app.get(
    '/api/v1/dashboards/leadership',
    {
      schema: {
        tags,
        summary: 'Dasbor pimpinan: angka per unit dengan tautan ke data di baliknya',
        querystring: leadershipQuery,
        response: { 200: leadershipDashboard },
      },
    },
    // Reused until a write (ADR 0012); the PDF and the table files are always made afresh.
    async (req, reply) =>
      cachedDashboard(ctx, reply, req.actor!, 'leadership', req.query, () =>
        service.getLeadershipDashboard(ctx, req.actor!, req.query),
      ),
  );

  app.get(
    '/api/v1/dashboards/leadership/monthly.pdf',
    {
      schema: {
        tags,
        summary: 'Ringkasan kinerja bulanan untuk pimpinan (PDF)',
        querystring: leadershipMonthlyQuery,
        response: { 200: binaryResponse('application/pdf', 'Berkas PDF') },
      },
    },
    async (req, reply) => {
      const file = await monthly.getMonthlySummaryPdf(ctx, req.actor!, req.query);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', contentDisposition('attachment', file.fileName))
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );

  // Registered after monthly.pdf: Fastify matches the static path first, so "monthly" is never a table name here.
  app.get(
    '/api/v1/dashboards/leadership/:file',
    {
      schema: {
        tags,
        summary: 'Tabel dasbor pimpinan sebagai XLSX atau PDF (unit, ikm, predikat), dengan filter yang sama',
        params: z.object({ file: exportFileParam(LEADERSHIP_TABLES) }),
        querystring: leadershipQuery,
        response: { 200: binaryResponse('application/octet-stream', 'Berkas XLSX atau PDF') },
      },
    },
    async (req, reply) =>
      sendExportFile(reply, await service.exportLeadershipTable(ctx, req.actor!, req.query, req.params.file)),
  );
}
