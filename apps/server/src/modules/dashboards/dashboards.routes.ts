import {
  dashboardYearQuery,
  myDashboard,
  teamDashboard,
  teamDashboardExportQuery,
  teamDashboardQuery,
} from '@sim/contracts';
import { MY_DASHBOARD_TABLES, TEAM_DASHBOARD_TABLES } from '@sim/contracts/values';
import { z } from 'zod';
import type { AppInstance } from '../../lib/app-instance';
import { binary } from '../../lib/http';
import { exportFileParam, sendExportFile } from '../../lib/table-export';
import { cachedDashboard } from './dashboard-cache';
import * as exports from './dashboards-export.service';
import * as dashboards from './dashboards.service';

const tags = ['dashboards'];
const fileProduces = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf'];

/** Kinerja Saya and Tim Saya: the figures as JSON and each table as XLSX or PDF. */
export async function dashboardsRoutes(app: AppInstance) {
  const { ctx } = app;

  app.get(
    '/api/v1/dashboards/me',
    {
      schema: {
        tags,
        summary:
          'Kinerja Saya: angka pegawai sendiri dalam satu tahun, masing-masing dengan tautan ke datanya',
        querystring: dashboardYearQuery,
        response: { 200: myDashboard },
      },
    },
    // The JSON answers are reused until a write (ADR 0012); the file exports below are always made afresh.
    async (req, reply) =>
      cachedDashboard(ctx, reply, req.actor!, 'me', req.query, () =>
        dashboards.getMyDashboard(ctx, req.actor!, req.query),
      ),
  );

  app.get(
    '/api/v1/dashboards/me/:file',
    {
      schema: {
        tags,
        summary: `Unduh satu tabel Kinerja Saya (<tabel>.xlsx atau <tabel>.pdf; tabel: ${MY_DASHBOARD_TABLES.join(', ')})`,
        params: z.object({ file: exportFileParam(MY_DASHBOARD_TABLES) }),
        querystring: dashboardYearQuery,
        produces: fileProduces,
        response: { 200: binary },
      },
    },
    async (req, reply) =>
      sendExportFile(
        reply,
        await exports.exportMyDashboardTable(
          ctx,
          req.actor!,
          req.query,
          req.params.file.table,
          req.params.file.format,
        ),
      ),
  );

  app.get(
    '/api/v1/dashboards/team',
    {
      schema: {
        tags,
        summary:
          'Tim Saya: satu halaman bawahan (urut nama) dengan angkanya, tugas atasan, dan distribusi predikat seluruh tim',
        querystring: teamDashboardQuery,
        response: { 200: teamDashboard },
      },
    },
    async (req, reply) =>
      cachedDashboard(ctx, reply, req.actor!, 'team', req.query, () =>
        dashboards.getTeamDashboard(ctx, req.actor!, req.query),
      ),
  );

  app.get(
    '/api/v1/dashboards/team/:file',
    {
      schema: {
        tags,
        summary: `Unduh satu tabel Tim Saya (<tabel>.xlsx atau <tabel>.pdf; tabel: ${TEAM_DASHBOARD_TABLES.join(', ')})`,
        params: z.object({ file: exportFileParam(TEAM_DASHBOARD_TABLES) }),
        // No page: a file holds every member in scope (ADR 0021).
        querystring: teamDashboardExportQuery,
        produces: fileProduces,
        response: { 200: binary },
      },
    },
    async (req, reply) =>
      sendExportFile(
        reply,
        await exports.exportTeamDashboardTable(
          ctx,
          req.actor!,
          req.query,
          req.params.file.table,
          req.params.file.format,
        ),
      ),
  );
}
