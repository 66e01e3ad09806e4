import { z } from 'zod';
import {
  competency,
  competencyAssessment,
  competencyAssessmentInput,
  competencyGapQuery,
  competencyGapSummary,
  competencyInput,
  competencyList,
  competencyPatch,
  competencyProfile,
  idParam,
  positionStandard,
  positionStandardInput,
  positionStandardList,
} from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import * as competencies from './competency.service';
import { trainingNeedRoutes } from './training-needs.routes';

const tags = ['competency'];
const positionParam = z.object({ positionId: z.coerce.number().int().positive() });
const employeeParam = z.object({ employeeId: z.coerce.number().int().positive() });

/** Issue 11 §1 (competencies, standards, assessments, gaps) and §5 (training needs). */
export async function competencyRoutes(app: AppInstance) {
  const { ctx } = app;

  app.get(
    '/api/v1/competencies',
    {
      schema: {
        tags,
        summary: 'Kamus kompetensi (teknis, manajerial, sosial kultural) dengan deskripsi level',
        response: { 200: competencyList },
      },
    },
    async (req) => competencies.listCompetencies(ctx, req.actor!),
  );

  app.post(
    '/api/v1/competencies',
    {
      schema: {
        tags,
        summary: 'Tambah kompetensi teknis (Admin Kepegawaian)',
        body: competencyInput,
        response: { 201: competency },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await competencies.createCompetency(ctx, req.actor!, req.body)),
  );

  app.patch(
    '/api/v1/competencies/:id',
    {
      schema: {
        tags,
        summary: 'Ubah nama, deskripsi, level atau status kompetensi (Admin Kepegawaian)',
        params: idParam,
        body: competencyPatch,
        response: { 200: competency },
      },
    },
    async (req) => competencies.updateCompetency(ctx, req.actor!, req.params.id, req.body),
  );

  app.get(
    '/api/v1/competency-standards',
    {
      schema: {
        tags,
        summary: 'Standar kompetensi semua jabatan',
        response: { 200: positionStandardList },
      },
    },
    async (req) => competencies.listStandards(ctx, req.actor!),
  );

  app.get(
    '/api/v1/competency-standards/:positionId',
    {
      schema: {
        tags,
        summary: 'Standar kompetensi satu jabatan',
        params: positionParam,
        response: { 200: positionStandard },
      },
    },
    async (req) => competencies.getPositionStandard(ctx, req.actor!, req.params.positionId),
  );

  app.put(
    '/api/v1/competency-standards/:positionId',
    {
      schema: {
        tags,
        summary:
          'Tetapkan standar kompetensi jabatan: kompetensi dan level yang dipersyaratkan (Admin Kepegawaian)',
        params: positionParam,
        body: positionStandardInput,
        response: { 200: positionStandard },
      },
    },
    async (req) => competencies.setPositionStandard(ctx, req.actor!, req.params.positionId, req.body),
  );

  app.post(
    '/api/v1/competency-assessments',
    {
      schema: {
        tags,
        summary: 'Penilaian kompetensi 1–5 dengan alasan oleh atasan langsung (Format B.1.9)',
        body: competencyAssessmentInput,
        response: { 201: competencyAssessment },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await competencies.assessCompetency(ctx, req.actor!, req.body)),
  );

  app.get(
    '/api/v1/competency-profiles/:employeeId',
    {
      schema: {
        tags,
        summary: 'Kompetensi pegawai terhadap standar jabatannya, dengan riwayat penilaian',
        params: employeeParam,
        response: { 200: competencyProfile },
      },
    },
    async (req) => competencies.getCompetencyProfile(ctx, req.actor!, req.params.employeeId),
  );

  app.get(
    '/api/v1/competency-gaps',
    {
      schema: {
        tags,
        summary: 'Kesenjangan kompetensi per pegawai, unit dan kompetensi',
        querystring: competencyGapQuery,
        response: { 200: competencyGapSummary },
      },
    },
    async (req) => competencies.getGapSummary(ctx, req.actor!, req.query),
  );

  await trainingNeedRoutes(app);
}
