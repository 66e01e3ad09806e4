import {
  assigneeList,
  assigneeQuery,
  complaintCreated,
  complaintDetail,
  complaintListPage,
  complaintListQuery,
  complaintQueueCounts,
  complaintStats,
  complaintStatsQuery,
  idParam,
  staffComplaintInput,
} from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import { binary, contentDisposition } from '../../lib/http';
import * as intake from './complaint-intake.service';
import * as reading from './complaint-reading.service';
import * as stats from './complaint-stats.service';

const tags = ['complaints'];

/**
 * Staff reading (the list in scope, statistics, assignees, attachments, detail) and the desk recording a walk-in
 * or phone complaint.
 */
export async function complaintStaffRoutes(app: AppInstance) {
  const { ctx } = app;

  app.get(
    '/api/v1/complaints',
    {
      schema: {
        tags,
        summary: 'Daftar pengaduan menurut cakupan (milik saya, tim, verifikasi, semua, integritas)',
        querystring: complaintListQuery,
        response: { 200: complaintListPage },
      },
    },
    async (req) => reading.listComplaints(ctx, req.actor!, req.query),
  );

  app.get(
    '/api/v1/complaints/queue-counts',
    {
      schema: {
        tags,
        summary: 'Jumlah pengaduan berjalan per antrean yang boleh dibuka (angka pada tab)',
        response: { 200: complaintQueueCounts },
      },
    },
    async (req) => reading.countComplaintQueues(ctx, req.actor!),
  );

  app.post(
    '/api/v1/complaints',
    {
      schema: {
        tags,
        summary: 'Catat pengaduan datang langsung atau telepon (Petugas Pengaduan)',
        body: staffComplaintInput,
        response: { 201: complaintCreated },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await intake.recordStaffComplaint(ctx, req.actor!, req.body)),
  );

  app.get(
    '/api/v1/complaints/stats',
    {
      schema: {
        tags,
        summary: 'Statistik penanganan pengaduan per pegawai atau unit dan periode',
        querystring: complaintStatsQuery,
        response: { 200: complaintStats },
      },
    },
    async (req) => stats.getComplaintStats(ctx, req.actor!, req.query),
  );

  app.get(
    '/api/v1/complaints/assignees',
    {
      schema: {
        tags,
        summary: 'Pegawai yang dapat ditugasi pada sebuah unit',
        querystring: assigneeQuery,
        response: { 200: assigneeList },
      },
    },
    async (req) => reading.listAssignees(ctx, req.actor!, req.query.unitId),
  );

  app.get(
    '/api/v1/complaints/attachments/:id',
    {
      schema: {
        tags,
        summary: 'Unduh lampiran pengaduan',
        params: idParam,
        response: { 200: binary },
      },
    },
    async (req, reply) => {
      const file = await reading.getAttachmentForStaff(ctx, req.actor!, req.params.id);
      // Re-encoded photos may show in the page; anything else (a PDF can carry JavaScript) is only a download.
      const isImage = file.mime === 'image/jpeg' || file.mime === 'image/png';
      return reply
        .type(file.mime)
        .header('content-disposition', contentDisposition(isImage ? 'inline' : 'attachment', file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );

  app.get(
    '/api/v1/complaints/:id',
    {
      schema: {
        tags,
        summary: 'Rincian pengaduan dengan linimasa',
        params: idParam,
        response: { 200: complaintDetail },
      },
    },
    async (req) => reading.getComplaint(ctx, req.actor!, req.params.id),
  );
}
