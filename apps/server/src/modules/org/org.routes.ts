import {
  idParam,
  orgUnit,
  orgUnitInput,
  orgUnitList,
  orgUnitPatch,
  paged,
  position,
  positionInput,
  positionListQuery,
  positionPatch,
} from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import { employeeRoutes } from './employee.routes';
import * as org from './org.service';

export async function orgRoutes(app: AppInstance) {
  const { ctx } = app;

  app.get(
    '/api/v1/org/units',
    {
      schema: {
        tags: ['org'],
        summary: 'Daftar unit kerja (pohon organisasi, datar)',
        response: { 200: orgUnitList },
      },
    },
    async (req) => org.listUnits(ctx, req.actor!),
  );

  app.post(
    '/api/v1/org/units',
    {
      schema: {
        tags: ['org'],
        summary: 'Tambah unit kerja',
        body: orgUnitInput,
        response: { 201: orgUnit },
      },
    },
    async (req, reply) => reply.status(201).send(await org.createUnit(ctx, req.actor!, req.body)),
  );

  app.patch(
    '/api/v1/org/units/:id',
    {
      schema: {
        tags: ['org'],
        summary: 'Ubah unit kerja (induk tidak boleh membentuk siklus)',
        params: idParam,
        body: orgUnitPatch,
        response: { 200: orgUnit },
      },
    },
    async (req) => org.updateUnit(ctx, req.actor!, req.params.id, req.body),
  );

  app.get(
    '/api/v1/org/positions',
    {
      schema: {
        tags: ['org'],
        summary: 'Daftar jabatan dengan pemangku saat ini',
        querystring: positionListQuery,
        response: { 200: paged(position) },
      },
    },
    async (req) => org.listPositions(ctx, req.actor!, req.query),
  );

  app.post(
    '/api/v1/org/positions',
    {
      schema: {
        tags: ['org'],
        summary: 'Tambah jabatan',
        body: positionInput,
        response: { 201: position },
      },
    },
    async (req, reply) => reply.status(201).send(await org.createPosition(ctx, req.actor!, req.body)),
  );

  app.patch(
    '/api/v1/org/positions/:id',
    {
      schema: {
        tags: ['org'],
        summary: 'Ubah jabatan (atasan tidak boleh membentuk siklus)',
        params: idParam,
        body: positionPatch,
        response: { 200: position },
      },
    },
    async (req) => org.updatePosition(ctx, req.actor!, req.params.id, req.body),
  );

  await employeeRoutes(app);
}
