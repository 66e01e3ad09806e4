import {
  costSavingReport,
  jpCoverage,
  jpEmployeeList,
  jpEmployeeListQuery,
  jpProgress,
  jpYearQuery,
  trainerEmployeeParams,
  trainerSessions,
  trainerSessionsQuery,
  trainerStatsList,
  trainingPeriodQuery,
  trainingTargetSettings,
} from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import { binaryResponse, contentDisposition } from '../../lib/http';
import { XLSX_CONTENT_TYPE } from '../../lib/table-export';
import * as reports from './training-reports.service';
import * as trainers from './training-trainers.service';

const tags = ['training'];

/** Training figures (issue 11 §3–4): the JP target, its coverage, trainers' statistics and the cost saving. */
export async function trainingReportsRoutes(app: AppInstance) {
  const { ctx } = app;

  app.get(
    '/api/v1/training/jp/me',
    {
      schema: {
        tags,
        summary: 'JP saya tahun ini terhadap target (dengan pengingat triwulan terakhir)',
        querystring: jpYearQuery,
        response: { 200: jpProgress },
      },
    },
    async (req) => reports.getMyJpProgress(ctx, req.actor!, req.query.year),
  );

  app.get(
    '/api/v1/training/jp/coverage',
    {
      schema: {
        tags,
        summary: 'Cakupan target JP: kantor (Admin/Pimpinan) atau tim bawahan, total dan per unit',
        querystring: jpYearQuery,
        response: { 200: jpCoverage },
      },
    },
    async (req) => reports.getJpCoverage(ctx, req.actor!, req.query.year),
  );

  app.get(
    '/api/v1/training/jp/employees',
    {
      schema: {
        tags,
        summary: 'Pegawai dengan JP-nya (bawaan: yang belum mencapai target), kantor atau tim bawahan',
        querystring: jpEmployeeListQuery,
        response: { 200: jpEmployeeList },
      },
    },
    async (req) => reports.listJpEmployees(ctx, req.actor!, req.query),
  );

  app.get(
    '/api/v1/training/targets',
    {
      schema: {
        tags,
        summary: 'Pengaturan target JP dan biaya pelatih eksternal per JP',
        response: { 200: trainingTargetSettings },
      },
    },
    async (req) => reports.getTrainingTargetSettings(ctx, req.actor!),
  );

  app.put(
    '/api/v1/training/targets',
    {
      schema: {
        tags,
        summary: 'Ubah target JP dan biaya pelatih eksternal per JP (Admin Kepegawaian)',
        body: trainingTargetSettings,
        response: { 200: trainingTargetSettings },
      },
    },
    async (req) => reports.updateTrainingTargetSettings(ctx, req.actor!, req.body),
  );

  app.get(
    '/api/v1/training/trainer-stats',
    {
      schema: {
        tags,
        summary: 'Statistik pelatih internal: sesi, JP diajarkan, peserta, rata-rata penilaian',
        querystring: trainingPeriodQuery,
        response: { 200: trainerStatsList },
      },
    },
    async (req) => trainers.listTrainerStats(ctx, req.actor!, req.query),
  );

  app.get(
    '/api/v1/training/trainer-stats/:employeeId/sessions',
    {
      schema: {
        tags,
        summary: 'Sesi yang diajarkan seorang pelatih internal pada suatu periode',
        params: trainerEmployeeParams,
        querystring: trainerSessionsQuery,
        response: { 200: trainerSessions },
      },
    },
    async (req) => trainers.getTrainerSessions(ctx, req.actor!, req.params.employeeId, req.query),
  );

  app.get(
    '/api/v1/training/cost-saving',
    {
      schema: {
        tags,
        summary: 'Penghematan biaya oleh pelatih internal per periode (tahun/triwulan)',
        querystring: trainingPeriodQuery,
        response: { 200: costSavingReport },
      },
    },
    async (req) => reports.getCostSavingReport(ctx, req.actor!, req.query),
  );

  app.get(
    '/api/v1/training/cost-saving.xlsx',
    {
      schema: {
        tags,
        summary: 'Laporan penghematan biaya pelatihan (XLSX)',
        querystring: trainingPeriodQuery,
        response: { 200: binaryResponse(XLSX_CONTENT_TYPE, 'Berkas XLSX') },
      },
    },
    async (req, reply) => {
      const file = await reports.exportCostSavingXlsx(ctx, req.actor!, req.query);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition('attachment', file.fileName))
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
}
