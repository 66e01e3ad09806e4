import { z } from 'zod';
import {
  officerSkm,
  officerSkmParams,
  officerSkmQuery,
  paged,
  pageQuery,
  publicSkmQuery,
  publicSkmResults,
  publicSurvey,
  publicSurveyParams,
  publicSurveyQuery,
  publicSurveyResponseBody,
  publicSurveyResponseResult,
  skmExclusionBody,
  skmFollowup,
  skmFollowupInput,
  skmFollowupList,
  skmFollowupPatch,
  skmInvitation,
  skmInvitationInput,
  skmModerationBody,
  skmOfficerList,
  skmRestoreBody,
  skmSettings,
  skmSuggestionItem,
  skmSuggestionQuery,
  survey,
  surveyFollowupParams,
  surveyIdParams,
  surveyInput,
  surveyListQuery,
  surveyPatch,
  surveyPublicationBody,
  surveyResponse,
  surveyResponseParams,
  surveyResponseQuery,
  surveyResults,
  surveyResultsQuery,
  surveyStatusBody,
} from '@sim/contracts';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../lib/app-instance';
import { binary, contentDisposition } from '../../lib/http';
import * as invitations from './survey-invitations.service';
import * as responses from './survey-responses.service';
import * as results from './survey-results.service';
import * as reports from './skm-report.service';
import * as surveys from './surveys.service';

const tags = ['surveys'];
const publicTags = ['surveys-public'];
const posterQuery = z.object({ counter: z.string().trim().max(60).optional() });

/** Submitting is limited per IP: a counter tablet serves a queue, a script cannot flood the survey. */

const originOf = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

/** SKM routes: management and results (signed-in staff), answering and transparency (public, no login). */
export async function surveyRoutes(app: AppInstance) {
  const { ctx } = app;
  const SUBMIT_RATE_LIMIT = ctx.config.rateLimits.surveySubmit;
  const READ_RATE_LIMIT = ctx.config.rateLimits.surveyRead;

  // ---------------------------------------------------------------- public (no login)

  app.get(
    '/api/v1/public/surveys/:code',
    {
      config: { public: true, rateLimit: READ_RATE_LIMIT },
      schema: {
        tags: publicTags,
        summary: 'Formulir survei kepuasan untuk masyarakat (tanpa login)',
        security: [],
        params: publicSurveyParams,
        querystring: publicSurveyQuery,
        response: { 200: publicSurvey },
      },
    },
    async (req) => responses.getPublicSurvey(ctx, req.params.code, req.query.invitation),
  );

  app.post(
    '/api/v1/public/surveys/:code/responses',
    {
      config: { public: true, rateLimit: SUBMIT_RATE_LIMIT },
      schema: {
        tags: publicTags,
        summary: 'Kirim jawaban survei (anonim; undangan sekali pakai bila ada)',
        security: [],
        params: publicSurveyParams,
        body: publicSurveyResponseBody,
        response: { 201: publicSurveyResponseResult },
      },
    },
    async (req, reply) =>
      reply.status(201).send(
        await responses.submitPublicResponse(ctx, req.params.code, req.body, {
          ip: req.ip,
          userAgent: req.headers['user-agent'] ?? '',
        }),
      ),
  );

  app.get(
    '/api/v1/public/skm-results',
    {
      config: { public: true, rateLimit: READ_RATE_LIMIT },
      schema: {
        tags: publicTags,
        summary: 'Hasil SKM yang dipublikasikan per unit (transparansi, tanpa data pribadi)',
        security: [],
        querystring: publicSkmQuery,
        response: { 200: publicSkmResults },
      },
    },
    async (req) => results.listPublicSkmResults(ctx, req.query),
  );

  // ---------------------------------------------------------------- surveys

  app.get(
    '/api/v1/surveys',
    {
      schema: {
        tags,
        summary: 'Daftar survei kepuasan masyarakat (SKM)',
        querystring: surveyListQuery,
        response: { 200: paged(survey) },
      },
    },
    async (req) => surveys.listSurveys(ctx, req.actor!, req.query),
  );

  app.post(
    '/api/v1/surveys',
    {
      schema: { tags, summary: 'Buat survei SKM (draf)', body: surveyInput, response: { 201: survey } },
    },
    async (req, reply) => reply.status(201).send(await surveys.createSurvey(ctx, req.actor!, req.body)),
  );

  app.get(
    '/api/v1/surveys/:id',
    { schema: { tags, summary: 'Detail survei SKM', params: surveyIdParams, response: { 200: survey } } },
    async (req) => surveys.getSurvey(ctx, req.actor!, req.params.id),
  );

  app.patch(
    '/api/v1/surveys/:id',
    {
      schema: {
        tags,
        summary: 'Ubah survei SKM',
        params: surveyIdParams,
        body: surveyPatch,
        response: { 200: survey },
      },
    },
    async (req) => surveys.updateSurvey(ctx, req.actor!, req.params.id, req.body),
  );

  app.post(
    '/api/v1/surveys/:id/status',
    {
      schema: {
        tags,
        summary: 'Buka, tutup atau buka kembali survei',
        params: surveyIdParams,
        body: surveyStatusBody,
        response: { 200: survey },
      },
    },
    async (req) => surveys.setSurveyStatus(ctx, req.actor!, req.params.id, req.body.status),
  );

  app.put(
    '/api/v1/surveys/:id/publication',
    {
      schema: {
        tags,
        summary: 'Publikasikan atau tarik hasil survei dari halaman transparansi',
        params: surveyIdParams,
        body: surveyPublicationBody,
        response: { 200: survey },
      },
    },
    async (req) => surveys.setSurveyPublication(ctx, req.actor!, req.params.id, req.body.published),
  );

  app.get(
    '/api/v1/surveys/:id/officers',
    {
      schema: {
        tags,
        summary: 'Petugas aktif di unit layanan survei',
        params: surveyIdParams,
        response: { 200: skmOfficerList },
      },
    },
    async (req) => surveys.listSurveyOfficers(ctx, req.actor!, req.params.id),
  );

  // ---------------------------------------------------------------- results, follow-up

  app.get(
    '/api/v1/surveys/:id/results',
    {
      schema: {
        tags,
        summary: 'Hasil survei: IKM, NRR per unsur, sampel, profil, tren, tindak lanjut',
        params: surveyIdParams,
        querystring: surveyResultsQuery,
        response: { 200: surveyResults },
      },
    },
    async (req) => results.getSurveyResults(ctx, req.actor!, req.params.id, req.query),
  );

  app.get(
    '/api/v1/surveys/:id/followups',
    {
      schema: {
        tags,
        summary: 'Rencana tindak lanjut survei',
        params: surveyIdParams,
        response: { 200: skmFollowupList },
      },
    },
    async (req) => results.listFollowups(ctx, req.actor!, req.params.id),
  );

  app.post(
    '/api/v1/surveys/:id/followups',
    {
      schema: {
        tags,
        summary: 'Tambah rencana tindak lanjut',
        params: surveyIdParams,
        body: skmFollowupInput,
        response: { 201: skmFollowup },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await results.createFollowup(ctx, req.actor!, req.params.id, req.body)),
  );

  app.patch(
    '/api/v1/surveys/:id/followups/:followupId',
    {
      schema: {
        tags,
        summary: 'Ubah rencana tindak lanjut (penanggung jawab: status dan catatan)',
        params: surveyFollowupParams,
        body: skmFollowupPatch,
        response: { 200: skmFollowup },
      },
    },
    async (req) => results.updateFollowup(ctx, req.actor!, req.params.id, req.params.followupId, req.body),
  );

  // ---------------------------------------------------------------- responses, moderation

  app.get(
    '/api/v1/surveys/:id/responses',
    {
      schema: {
        tags,
        summary: 'Jawaban survei untuk ditinjau (tanda dan pengecualian)',
        params: surveyIdParams,
        querystring: surveyResponseQuery,
        response: { 200: paged(surveyResponse) },
      },
    },
    async (req) => responses.listResponses(ctx, req.actor!, req.params.id, req.query),
  );

  app.post(
    '/api/v1/surveys/:id/responses/:responseId/exclude',
    {
      schema: {
        tags,
        summary: 'Kecualikan jawaban dari hasil (dengan alasan)',
        params: surveyResponseParams,
        body: skmExclusionBody,
        response: { 200: surveyResponse },
      },
    },
    async (req) =>
      responses.excludeResponse(ctx, req.actor!, req.params.id, req.params.responseId, req.body.reason),
  );

  app.post(
    '/api/v1/surveys/:id/responses/:responseId/restore',
    {
      schema: {
        tags,
        summary: 'Hitung kembali jawaban yang dikecualikan',
        params: surveyResponseParams,
        body: skmRestoreBody,
        response: { 200: surveyResponse },
      },
    },
    async (req) =>
      responses.restoreResponse(ctx, req.actor!, req.params.id, req.params.responseId, req.body.reason),
  );

  app.get(
    '/api/v1/surveys/:id/suggestions',
    {
      schema: {
        tags,
        summary: 'Saran masyarakat untuk dimoderasi',
        params: surveyIdParams,
        querystring: skmSuggestionQuery,
        response: { 200: paged(skmSuggestionItem) },
      },
    },
    async (req) => responses.listSuggestions(ctx, req.actor!, req.params.id, req.query),
  );

  app.post(
    '/api/v1/surveys/:id/suggestions/:responseId/moderation',
    {
      schema: {
        tags,
        summary: 'Setujui atau tolak saran',
        params: surveyResponseParams,
        body: skmModerationBody,
        response: { 200: skmSuggestionItem },
      },
    },
    async (req) =>
      responses.moderateSuggestion(ctx, req.actor!, req.params.id, req.params.responseId, req.body.decision),
  );

  // ---------------------------------------------------------------- invitations

  app.get(
    '/api/v1/surveys/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Undangan survei sekali pakai',
        params: surveyIdParams,
        querystring: pageQuery,
        response: { 200: paged(skmInvitation) },
      },
    },
    async (req) => invitations.listInvitations(ctx, req.actor!, req.params.id, req.query),
  );

  app.post(
    '/api/v1/surveys/:id/invitations',
    {
      schema: {
        tags,
        summary: 'Buat undangan survei sekali pakai untuk satu peristiwa layanan/pengaduan',
        params: surveyIdParams,
        body: skmInvitationInput,
        response: { 201: skmInvitation },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await invitations.createInvitation(ctx, req.actor!, req.params.id, req.body)),
  );

  // ---------------------------------------------------------------- documents

  app.get(
    '/api/v1/surveys/:id/report.pdf',
    {
      schema: {
        tags,
        summary: 'Laporan Hasil SKM (PDF)',
        params: surveyIdParams,
        produces: ['application/pdf'],
        response: { 200: binary },
      },
    },
    async (req, reply) => {
      const { body, fileName } = await reports.buildSkmReportPdf(ctx, req.actor!, req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition('attachment', fileName))
        .send(body);
    },
  );

  app.get(
    '/api/v1/surveys/:id/responses.xlsx',
    {
      schema: {
        tags,
        summary: 'Jawaban mentah anonim (XLSX)',
        params: surveyIdParams,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: binary },
      },
    },
    async (req, reply) => {
      const { body, fileName } = await reports.buildResponsesXlsx(ctx, req.actor!, req.params.id);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition('attachment', fileName))
        .send(body);
    },
  );

  app.get(
    '/api/v1/surveys/:id/poster.pdf',
    {
      schema: {
        tags,
        summary: 'Poster QR survei untuk loket (PDF)',
        params: surveyIdParams,
        querystring: posterQuery,
        produces: ['application/pdf'],
        response: { 200: binary },
      },
    },
    async (req, reply) => {
      const { body, fileName } = await reports.buildPosterPdf(ctx, req.actor!, req.params.id, {
        origin: originOf(req),
        counter: req.query.counter || undefined,
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition('attachment', fileName))
        .send(body);
    },
  );

  app.get(
    '/api/v1/surveys/:id/qr.svg',
    {
      schema: {
        tags,
        summary: 'Kode QR survei (SVG) dan alamat yang dituju',
        params: surveyIdParams,
        querystring: posterQuery,
        produces: ['image/svg+xml'],
        response: { 200: binary },
      },
    },
    async (req, reply) => {
      const { svg, url } = await reports.buildPosterQrSvg(ctx, req.actor!, req.params.id, {
        origin: originOf(req),
        counter: req.query.counter || undefined,
      });
      return reply.type('image/svg+xml').header('x-survey-url', encodeURI(url)).send(svg);
    },
  );

  // ---------------------------------------------------------------- per officer, settings

  app.get(
    '/api/v1/skm/officers/:employeeId',
    {
      schema: {
        tags,
        summary: 'Hasil SKM per petugas (U6/U7), hanya bila didukung cukup responden',
        params: officerSkmParams,
        querystring: officerSkmQuery,
        response: { 200: officerSkm },
      },
    },
    async (req) => results.getOfficerSkm(ctx, req.actor!, req.params.employeeId, req.query),
  );

  app.get(
    '/api/v1/skm/settings',
    { schema: { tags, summary: 'Pengaturan SKM', response: { 200: skmSettings } } },
    async (req) => surveys.getSkmSettings(ctx, req.actor!),
  );

  app.put(
    '/api/v1/skm/settings',
    { schema: { tags, summary: 'Ubah pengaturan SKM', body: skmSettings, response: { 200: skmSettings } } },
    async (req) => surveys.updateSkmSettings(ctx, req.actor!, req.body),
  );
}
