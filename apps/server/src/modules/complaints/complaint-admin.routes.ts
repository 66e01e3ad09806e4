import {
  complaintCategory,
  complaintCategoryInput,
  complaintCategoryList,
  complaintCategoryPatch,
  complaintSlaPolicy,
  holiday,
  holidayDateParam,
  holidayInput,
  holidayList,
  holidayYearParam,
  idParam,
  open311Key,
  open311KeyCreated,
  open311KeyInput,
  open311KeyList,
} from '@sim/contracts';
import { z } from 'zod';
import type { AppInstance } from '../../lib/app-instance';
import * as settings from './complaint-settings.service';

const adminTags = ['complaints-admin'];
const noContent = z.null().describe('Tanpa isi');

/** Administration: the service catalogue, the SLA policy, holidays and Open311 API keys. */
export async function complaintAdminRoutes(app: AppInstance) {
  const { ctx } = app;

  app.get(
    '/api/v1/complaint-categories',
    {
      schema: {
        tags: adminTags,
        summary: 'Katalog layanan pengaduan',
        response: { 200: complaintCategoryList },
      },
    },
    async (req) => settings.listCategories(ctx, req.actor!),
  );

  app.post(
    '/api/v1/complaint-categories',
    {
      schema: {
        tags: adminTags,
        summary: 'Tambah kategori layanan (Admin)',
        body: complaintCategoryInput,
        response: { 201: complaintCategory },
      },
    },
    async (req, reply) => reply.status(201).send(await settings.createCategory(ctx, req.actor!, req.body)),
  );

  app.patch(
    '/api/v1/complaint-categories/:id',
    {
      schema: {
        tags: adminTags,
        summary: 'Ubah kategori layanan: unit, kompleksitas, batas waktu (Admin)',
        params: idParam,
        body: complaintCategoryPatch,
        response: { 200: complaintCategory },
      },
    },
    async (req) => settings.updateCategory(ctx, req.actor!, req.params.id, req.body),
  );

  app.get(
    '/api/v1/complaint-settings/sla-policy',
    {
      schema: {
        tags: adminTags,
        summary: 'Kebijakan batas waktu pengaduan',
        response: { 200: complaintSlaPolicy },
      },
    },
    async (req) => settings.getSlaPolicy(ctx, req.actor!),
  );

  app.put(
    '/api/v1/complaint-settings/sla-policy',
    {
      schema: {
        tags: adminTags,
        summary: 'Ubah kebijakan batas waktu pengaduan (Admin)',
        body: complaintSlaPolicy,
        response: { 200: complaintSlaPolicy },
      },
    },
    async (req) => settings.updateSlaPolicy(ctx, req.actor!, req.body),
  );

  app.get(
    '/api/v1/complaint-holidays/:year',
    {
      schema: {
        tags: adminTags,
        summary: 'Hari libur nasional dan cuti bersama satu tahun',
        params: holidayYearParam,
        response: { 200: holidayList },
      },
    },
    async (req) => settings.listHolidays(ctx, req.actor!, req.params.year),
  );

  app.post(
    '/api/v1/complaint-holidays',
    {
      schema: {
        tags: adminTags,
        summary: 'Tambah hari libur (Admin)',
        body: holidayInput,
        response: { 201: holiday },
      },
    },
    async (req, reply) => reply.status(201).send(await settings.addHoliday(ctx, req.actor!, req.body)),
  );

  app.delete(
    '/api/v1/complaint-holidays/:date',
    {
      schema: {
        tags: adminTags,
        summary: 'Hapus hari libur (Admin)',
        params: holidayDateParam,
        response: { 204: noContent },
      },
    },
    async (req, reply) => {
      await settings.removeHoliday(ctx, req.actor!, req.params.date);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/open311-keys',
    { schema: { tags: adminTags, summary: 'Kunci API Open311', response: { 200: open311KeyList } } },
    async (req) => settings.listOpen311Keys(ctx, req.actor!),
  );

  app.post(
    '/api/v1/open311-keys',
    {
      schema: {
        tags: adminTags,
        summary: 'Terbitkan kunci API Open311 (ditampilkan sekali)',
        body: open311KeyInput,
        response: { 201: open311KeyCreated },
      },
    },
    async (req, reply) => reply.status(201).send(await settings.createOpen311Key(ctx, req.actor!, req.body)),
  );

  app.delete(
    '/api/v1/open311-keys/:id',
    {
      schema: {
        tags: adminTags,
        summary: 'Cabut kunci API Open311',
        params: idParam,
        response: { 200: open311Key },
      },
    },
    async (req) => settings.revokeOpen311Key(ctx, req.actor!, req.params.id),
  );
}
