import {
  checklistTemplate,
  checklistTemplateInput,
  checklistTemplateList,
  checklistTemplatePatch,
  checklistVersion,
  clientUuidParam,
  findingDetail,
  findingInput,
  findingList,
  findingListQuery,
  findingPatch,
  idParam,
  inspectionDetail,
  inspectionList,
  inspectionListQuery,
  inspectionPhoto,
  inspectionPhotoParams,
  inspectionPhotoQuery,
  inspectionSubmission,
  inspectorCandidateList,
  oversightPlan,
  oversightPlanInput,
  oversightPlanList,
  oversightPlanPatch,
  oversightPersonList,
  oversightPlanQuery,
  oversightSettings,
  oversightTeam,
  oversightTeamInput,
  oversightTeamList,
  recommendationInput,
  recommendationPatch,
} from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import { binary, readSingleFile, sendStoredFile } from '../../lib/http';
import * as checklists from './oversight-checklists.service';
import * as findings from './oversight-findings.service';
import * as inspections from './oversight-inspections.service';
import * as plans from './oversight-plans.service';
import * as settings from './oversight-settings.service';
import * as teams from './oversight-teams.service';

const tags = ['oversight'];
const base = '/api/v1/oversight';

/** Internal oversight: teams, checklist templates, plans, field inspections, findings and recommendations. */
export async function oversightRoutes(app: AppInstance) {
  const { ctx } = app;

  // ---------------------------------------------------------------- settings
  app.get(
    `${base}/settings`,
    {
      schema: {
        tags,
        summary: 'Pengaturan pengawasan (batas waktu rekomendasi per tingkat temuan)',
        response: { 200: oversightSettings },
      },
    },
    async (req) => settings.getOversightSettings(ctx, req.actor!),
  );
  app.put(
    `${base}/settings`,
    {
      schema: {
        tags,
        summary: 'Ubah batas waktu bawaan rekomendasi per tingkat temuan (Pimpinan)',
        body: oversightSettings,
        response: { 200: oversightSettings },
      },
    },
    async (req) => settings.updateOversightSettings(ctx, req.actor!, req.body),
  );

  // ---------------------------------------------------------------- teams
  app.get(
    `${base}/teams`,
    { schema: { tags, summary: 'Daftar tim pengawas', response: { 200: oversightTeamList } } },
    async (req) => teams.listTeams(ctx, req.actor!),
  );
  app.get(
    `${base}/teams/candidates`,
    {
      schema: {
        tags,
        summary: 'Calon anggota tim: pegawai pemegang peran Tim Pengawas',
        response: { 200: inspectorCandidateList },
      },
    },
    async (req) => teams.listInspectorCandidates(ctx, req.actor!),
  );
  app.get(
    `${base}/people`,
    {
      schema: {
        tags,
        summary: 'Pegawai aktif beserta unitnya, untuk memilih sasaran dan penanggung jawab',
        response: { 200: oversightPersonList },
      },
    },
    async (req) => teams.listPeople(ctx, req.actor!),
  );
  app.get(
    `${base}/teams/:id`,
    { schema: { tags, summary: 'Rincian tim pengawas', params: idParam, response: { 200: oversightTeam } } },
    async (req) => teams.getTeam(ctx, req.actor!, req.params.id),
  );
  app.post(
    `${base}/teams`,
    {
      schema: {
        tags,
        summary: 'Bentuk tim pengawas dengan surat tugas (Pimpinan)',
        body: oversightTeamInput,
        response: { 201: oversightTeam },
      },
    },
    async (req, reply) => reply.status(201).send(await teams.createTeam(ctx, req.actor!, req.body)),
  );
  app.put(
    `${base}/teams/:id`,
    {
      schema: {
        tags,
        summary: 'Ubah surat tugas, anggota, atau masa tugas tim (Pimpinan)',
        params: idParam,
        body: oversightTeamInput,
        response: { 200: oversightTeam },
      },
    },
    async (req) => teams.updateTeam(ctx, req.actor!, req.params.id, req.body),
  );

  // ---------------------------------------------------------------- checklist templates
  app.get(
    `${base}/templates`,
    {
      schema: {
        tags,
        summary: 'Template checklist dengan versi terbarunya',
        response: { 200: checklistTemplateList },
      },
    },
    async (req) => checklists.listTemplates(ctx, req.actor!),
  );
  app.get(
    `${base}/templates/:id`,
    {
      schema: {
        tags,
        summary: 'Rincian template checklist',
        params: idParam,
        response: { 200: checklistTemplate },
      },
    },
    async (req) => checklists.getTemplate(ctx, req.actor!, req.params.id),
  );
  app.post(
    `${base}/templates`,
    {
      schema: {
        tags,
        summary: 'Buat template checklist (versi 1)',
        body: checklistTemplateInput,
        response: { 201: checklistTemplate },
      },
    },
    async (req, reply) => reply.status(201).send(await checklists.createTemplate(ctx, req.actor!, req.body)),
  );
  app.patch(
    `${base}/templates/:id`,
    {
      schema: {
        tags,
        summary: 'Ubah template; butir baru pada versi yang sudah dipakai menjadi versi berikutnya',
        params: idParam,
        body: checklistTemplatePatch,
        response: { 200: checklistTemplate },
      },
    },
    async (req) => checklists.updateTemplate(ctx, req.actor!, req.params.id, req.body),
  );
  app.get(
    `${base}/checklist-versions/:id`,
    {
      schema: {
        tags,
        summary: 'Satu versi checklist dengan butir-butirnya',
        params: idParam,
        response: { 200: checklistVersion },
      },
    },
    async (req) => checklists.getVersion(ctx, req.actor!, req.params.id),
  );

  // ---------------------------------------------------------------- plans
  app.get(
    `${base}/plans`,
    {
      schema: {
        tags,
        summary: 'Rencana pengawasan dalam rentang tanggal (sidak hanya terlihat oleh tim dan Pimpinan)',
        querystring: oversightPlanQuery,
        response: { 200: oversightPlanList },
      },
    },
    async (req) => plans.listPlans(ctx, req.actor!, req.query),
  );
  app.get(
    `${base}/plans/:id`,
    {
      schema: {
        tags,
        summary: 'Rincian rencana pengawasan',
        params: idParam,
        response: { 200: oversightPlan },
      },
    },
    async (req) => plans.getPlan(ctx, req.actor!, req.params.id),
  );
  app.post(
    `${base}/plans`,
    {
      schema: {
        tags,
        summary: 'Buat rencana pengawasan (terjadwal atau sidak)',
        body: oversightPlanInput,
        response: { 201: oversightPlan },
      },
    },
    async (req, reply) => reply.status(201).send(await plans.createPlan(ctx, req.actor!, req.body)),
  );
  app.patch(
    `${base}/plans/:id`,
    {
      schema: {
        tags,
        summary: 'Ubah atau batalkan (dengan alasan) rencana yang belum dimulai',
        params: idParam,
        body: oversightPlanPatch,
        response: { 200: oversightPlan },
      },
    },
    async (req) => plans.updatePlan(ctx, req.actor!, req.params.id, req.body),
  );

  // ---------------------------------------------------------------- inspections
  app.get(
    `${base}/inspections`,
    {
      schema: {
        tags,
        summary: 'Inspeksi tim (Pimpinan: semua), terbaru dahulu',
        querystring: inspectionListQuery,
        response: { 200: inspectionList },
      },
    },
    async (req) => inspections.listInspections(ctx, req.actor!, req.query),
  );
  app.get(
    `${base}/inspections/:id`,
    { schema: { tags, summary: 'Rincian inspeksi', params: idParam, response: { 200: inspectionDetail } } },
    async (req) => inspections.getInspection(ctx, req.actor!, req.params.id),
  );
  app.put(
    `${base}/inspections/by-uuid/:uuid`,
    {
      schema: {
        tags,
        summary: 'Kirim isian inspeksi dari ponsel (idempoten per UUID; submit mengakhiri inspeksi)',
        description:
          'Kiriman pertama membuat inspeksi (201), kiriman berikutnya mengganti jawaban draf (200). Kiriman ulang ' +
          'setelah inspeksi dikirim menjawab 200 dengan inspeksi apa adanya, tanpa membuat duplikat.',
        params: clientUuidParam,
        body: inspectionSubmission,
        response: { 200: inspectionDetail, 201: inspectionDetail },
      },
    },
    async (req, reply) => {
      const { inspection, created } = await inspections.saveInspection(
        ctx,
        req.actor!,
        req.params.uuid,
        req.body,
      );
      return reply.status(created ? 201 : 200).send(inspection);
    },
  );
  app.put(
    `${base}/inspections/by-uuid/:uuid/photos/:photoUuid`,
    {
      schema: {
        tags,
        summary: 'Unggah foto inspeksi (multipart: file; JPEG/PNG, 5 MB; idempoten per UUID foto)',
        consumes: ['multipart/form-data'],
        params: inspectionPhotoParams,
        querystring: inspectionPhotoQuery,
        response: { 200: inspectionPhoto, 201: inspectionPhoto },
      },
    },
    async (req, reply) => {
      const file = await readSingleFile(req);
      const { photo, created } = await inspections.addInspectionPhoto(
        ctx,
        req.actor!,
        req.params.uuid,
        req.params.photoUuid,
        req.query.itemId ?? null,
        file,
      );
      return reply.status(created ? 201 : 200).send(photo);
    },
  );
  app.get(
    `${base}/inspection-photos/:id`,
    { schema: { tags, summary: 'Unduh foto inspeksi', params: idParam, response: { 200: binary } } },
    async (req, reply) =>
      sendStoredFile(reply, await inspections.getInspectionPhoto(ctx, req.actor!, req.params.id)),
  );

  // ---------------------------------------------------------------- findings and recommendations
  app.get(
    `${base}/findings`,
    {
      schema: {
        tags,
        summary: 'Temuan yang boleh dibaca pengguna, terbaru dahulu',
        querystring: findingListQuery,
        response: { 200: findingList },
      },
    },
    async (req) => findings.listFindings(ctx, req.actor!, req.query),
  );
  app.get(
    `${base}/findings/:id`,
    {
      schema: {
        tags,
        summary: 'Rincian temuan dengan rekomendasinya',
        params: idParam,
        response: { 200: findingDetail },
      },
    },
    async (req) => findings.getFinding(ctx, req.actor!, req.params.id),
  );
  app.post(
    `${base}/findings`,
    {
      schema: {
        tags,
        summary: 'Catat temuan dari inspeksi atau pengaduan integritas, dengan rekomendasinya',
        body: findingInput,
        response: { 201: findingDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await findings.createFinding(ctx, req.actor!, req.body)),
  );
  app.patch(
    `${base}/findings/:id`,
    {
      schema: {
        tags,
        summary: 'Ubah temuan',
        params: idParam,
        body: findingPatch,
        response: { 200: findingDetail },
      },
    },
    async (req) => findings.updateFinding(ctx, req.actor!, req.params.id, req.body),
  );
  app.post(
    `${base}/findings/:id/files`,
    {
      schema: {
        tags,
        summary: 'Tambah bukti temuan (multipart: file; JPEG/PNG/PDF, 5 MB)',
        consumes: ['multipart/form-data'],
        params: idParam,
        response: { 201: findingDetail },
      },
    },
    async (req, reply) => {
      const file = await readSingleFile(req);
      return reply.status(201).send(await findings.addFindingFile(ctx, req.actor!, req.params.id, file));
    },
  );
  app.get(
    `${base}/finding-files/:id`,
    { schema: { tags, summary: 'Unduh bukti temuan', params: idParam, response: { 200: binary } } },
    async (req, reply) =>
      sendStoredFile(reply, await findings.getFindingFile(ctx, req.actor!, req.params.id)),
  );
  app.post(
    `${base}/findings/:id/recommendations`,
    {
      schema: {
        tags,
        summary: 'Tambah rekomendasi (batas waktu bawaan menurut tingkat temuan bila dikosongkan)',
        params: idParam,
        body: recommendationInput,
        response: { 201: findingDetail },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await findings.addRecommendation(ctx, req.actor!, req.params.id, req.body)),
  );
  app.patch(
    `${base}/recommendations/:id`,
    {
      schema: {
        tags,
        summary: 'Ubah rekomendasi yang belum ditindaklanjuti (isi, penanggung jawab, batas waktu)',
        params: idParam,
        body: recommendationPatch,
        response: { 200: findingDetail },
      },
    },
    async (req) => findings.updateRecommendation(ctx, req.actor!, req.params.id, req.body),
  );
}
