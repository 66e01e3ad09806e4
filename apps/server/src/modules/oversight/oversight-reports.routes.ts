import { idParam, oversightReport, oversightReportQuery } from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import { binary, contentDisposition } from '../../lib/http';
import * as reports from './oversight-reports.service';

const tags = ['oversight'];

/** Oversight reports: the period/unit report (JSON, XLSX) and the laporan hasil pengawasan of one inspection (PDF). */
export async function oversightReportRoutes(app: AppInstance) {
  const { ctx } = app;

  app.get(
    '/api/v1/oversight/reports',
    {
      schema: {
        tags,
        summary: 'Laporan pengawasan per periode dan unit',
        querystring: oversightReportQuery,
        response: { 200: oversightReport },
      },
    },
    async (req) => reports.getOversightReport(ctx, req.actor!, req.query),
  );

  app.get(
    '/api/v1/oversight/reports/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Ekspor laporan pengawasan (XLSX)',
        querystring: oversightReportQuery,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: binary },
      },
    },
    async (req, reply) => {
      const f = await reports.buildOversightReportXlsx(ctx, req.actor!, req.query);
      return reply
        .type(f.contentType)
        .header('content-disposition', contentDisposition('attachment', f.fileName))
        .send(f.body);
    },
  );

  app.get(
    '/api/v1/oversight/inspections/:id/report.pdf',
    {
      schema: {
        tags,
        summary: 'Laporan hasil pengawasan satu inspeksi (PDF, dengan kode verifikasi dan QR)',
        params: idParam,
        produces: ['application/pdf'],
        response: { 200: binary },
      },
    },
    async (req, reply) => {
      const f = await reports.buildInspectionReportPdf(ctx, req.actor!, req.params.id);
      return reply
        .type('application/pdf')
        .header('x-verification-code', f.code)
        .header('content-disposition', contentDisposition('attachment', f.fileName))
        .send(f.body);
    },
  );
}
