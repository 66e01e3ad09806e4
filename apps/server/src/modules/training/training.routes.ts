import { z } from 'zod';
import {
  attendanceInput,
  attendanceSheet,
  completionResult,
  enrolmentAssignInput,
  enrolmentCancelInput,
  enrolmentRequestInput,
  externalEvidence,
  idParam,
  jpSummary,
  myTraining,
  testScoresInput,
  trainingApprovals,
  trainingDecisionInput,
  trainingEnrolment,
  trainingEnrolmentList,
  trainingFeedbackInput,
  trainingFeedbackSummary,
  trainingProgramme,
  trainingProgrammeInput,
  trainingProgrammeList,
  trainingProgrammePatch,
  trainingProgrammeQuery,
  trainingReminderList,
  trainingSession,
  trainingSessionInput,
  trainingSessionList,
  trainingSessionPatch,
  trainingSessionQuery,
  trainingSettings,
  trainingTrainer,
  trainingTrainerInput,
  trainingTrainerList,
  trainingTrainerPatch,
  yearQuery,
} from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import { binary, contentDisposition, readSingleFile, readUpload } from '../../lib/http';
import * as attendance from './training-attendance.service';
import * as catalogue from './training-catalogue.service';
import * as certificates from './training-certificates.service';
import * as enrolment from './training-enrolment.service';
import * as evidence from './training-evidence.service';
import * as reminders from './training-reminders.service';

const tags = ['training'];
const materialParams = z.object({
  id: z.coerce.number().int().positive(),
  materialId: z.coerce.number().int().positive(),
});

export async function trainingRoutes(app: AppInstance) {
  const { ctx } = app;
  const P = '/api/v1/training';

  // ---------------------------------------------------------------- settings

  app.get(
    `${P}/settings`,
    {
      schema: {
        tags,
        summary: 'Pengaturan pelatihan (aturan kelulusan bawaan)',
        response: { 200: trainingSettings },
      },
    },
    async (req) => catalogue.getTrainingSettings(ctx, req.actor!),
  );
  app.put(
    `${P}/settings`,
    {
      schema: {
        tags,
        summary: 'Ubah pengaturan pelatihan (Admin Kepegawaian)',
        body: trainingSettings,
        response: { 200: trainingSettings },
      },
    },
    async (req) => catalogue.updateTrainingSettings(ctx, req.actor!, req.body),
  );

  // ---------------------------------------------------------------- programmes

  app.get(
    `${P}/programmes`,
    {
      schema: {
        tags,
        summary: 'Katalog program pelatihan',
        querystring: trainingProgrammeQuery,
        response: { 200: trainingProgrammeList },
      },
    },
    async (req) => catalogue.listProgrammes(ctx, req.actor!, req.query.includeInactive),
  );
  app.get(
    `${P}/programmes/:id`,
    {
      schema: {
        tags,
        summary: 'Satu program pelatihan',
        params: idParam,
        response: { 200: trainingProgramme },
      },
    },
    async (req) => catalogue.getProgramme(ctx, req.actor!, req.params.id),
  );
  app.post(
    `${P}/programmes`,
    {
      schema: {
        tags,
        summary: 'Tambah program pelatihan (Admin Kepegawaian)',
        body: trainingProgrammeInput,
        response: { 201: trainingProgramme },
      },
    },
    async (req, reply) => reply.status(201).send(await catalogue.createProgramme(ctx, req.actor!, req.body)),
  );
  app.patch(
    `${P}/programmes/:id`,
    {
      schema: {
        tags,
        summary: 'Ubah program pelatihan (Admin Kepegawaian)',
        params: idParam,
        body: trainingProgrammePatch,
        response: { 200: trainingProgramme },
      },
    },
    async (req) => catalogue.updateProgramme(ctx, req.actor!, req.params.id, req.body),
  );

  // ---------------------------------------------------------------- trainer registry

  app.get(
    `${P}/trainers`,
    { schema: { tags, summary: 'Registri pelatih internal', response: { 200: trainingTrainerList } } },
    async (req) => catalogue.listTrainers(ctx, req.actor!),
  );
  app.post(
    `${P}/trainers`,
    {
      schema: {
        tags,
        summary: 'Daftarkan pegawai sebagai pelatih internal (Admin Kepegawaian)',
        body: trainingTrainerInput,
        response: { 201: trainingTrainer },
      },
    },
    async (req, reply) => reply.status(201).send(await catalogue.createTrainer(ctx, req.actor!, req.body)),
  );
  app.patch(
    `${P}/trainers/:id`,
    {
      schema: {
        tags,
        summary: 'Ubah pelatih internal (Admin Kepegawaian)',
        params: idParam,
        body: trainingTrainerPatch,
        response: { 200: trainingTrainer },
      },
    },
    async (req) => catalogue.updateTrainer(ctx, req.actor!, req.params.id, req.body),
  );

  // ---------------------------------------------------------------- sessions

  app.get(
    `${P}/sessions`,
    {
      schema: {
        tags,
        summary: 'Sesi pelatihan (dengan sisa kursi)',
        querystring: trainingSessionQuery,
        response: { 200: trainingSessionList },
      },
    },
    async (req) => catalogue.listSessions(ctx, req.actor!, req.query),
  );
  app.get(
    `${P}/sessions/:id`,
    { schema: { tags, summary: 'Satu sesi pelatihan', params: idParam, response: { 200: trainingSession } } },
    async (req) => catalogue.getSession(ctx, req.actor!, req.params.id),
  );
  app.post(
    `${P}/sessions`,
    {
      schema: {
        tags,
        summary: 'Buat sesi pelatihan (Admin Kepegawaian)',
        body: trainingSessionInput,
        response: { 201: trainingSession },
      },
    },
    async (req, reply) => reply.status(201).send(await catalogue.createSession(ctx, req.actor!, req.body)),
  );
  app.patch(
    `${P}/sessions/:id`,
    {
      schema: {
        tags,
        summary: 'Ubah, buka, tutup atau batalkan sesi pelatihan (Admin Kepegawaian)',
        params: idParam,
        body: trainingSessionPatch,
        response: { 200: trainingSession },
      },
    },
    async (req) => catalogue.updateSession(ctx, req.actor!, req.params.id, req.body),
  );
  app.get(
    `${P}/sessions/:id/calendar.ics`,
    {
      schema: {
        tags,
        summary: 'Berkas kalender (.ics, RFC 5545) sesi pelatihan',
        params: idParam,
        produces: ['text/calendar'],
        response: { 200: binary },
      },
    },
    async (req, reply) => {
      const { body, fileName } = await enrolment.buildSessionIcs(ctx, req.actor!, req.params.id);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', contentDisposition('attachment', fileName))
        .send(body);
    },
  );

  app.post(
    `${P}/sessions/:id/materials`,
    {
      schema: {
        tags,
        summary: 'Unggah materi sesi (multipart: file; PDF/PNG/JPG ≤ 5 MB)',
        consumes: ['multipart/form-data'],
        params: idParam,
        response: { 201: trainingSession },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await catalogue.addMaterial(ctx, req.actor!, req.params.id, await readSingleFile(req))),
  );
  app.get(
    `${P}/sessions/:id/materials/:materialId`,
    {
      schema: {
        tags,
        summary: 'Unduh materi sesi (peserta, pelatih, Admin Kepegawaian)',
        params: materialParams,
        produces: ['application/octet-stream'],
        response: { 200: binary },
      },
    },
    async (req, reply) => {
      const f = await catalogue.getMaterialFile(ctx, req.actor!, req.params.id, req.params.materialId);
      return reply
        .type(f.mime)
        .header('content-disposition', contentDisposition('attachment', f.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(f.content);
    },
  );
  app.delete(
    `${P}/sessions/:id/materials/:materialId`,
    {
      schema: {
        tags,
        summary: 'Hapus materi sesi',
        params: materialParams,
        response: { 200: trainingSession },
      },
    },
    async (req) => catalogue.removeMaterial(ctx, req.actor!, req.params.id, req.params.materialId),
  );

  // ---------------------------------------------------------------- enrolment

  app.post(
    `${P}/sessions/:id/requests`,
    {
      schema: {
        tags,
        summary: 'Ajukan diri sebagai peserta (diputuskan atasan langsung)',
        params: idParam,
        body: enrolmentRequestInput,
        response: { 201: trainingEnrolment },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await enrolment.requestEnrolment(ctx, req.actor!, req.params.id, req.body)),
  );
  app.post(
    `${P}/sessions/:id/assignments`,
    {
      schema: {
        tags,
        summary: 'Tugaskan pegawai ke sesi (atasan langsung atau Admin Kepegawaian)',
        params: idParam,
        body: enrolmentAssignInput,
        response: { 201: trainingEnrolment },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await enrolment.assignEnrolment(ctx, req.actor!, req.params.id, req.body)),
  );
  app.get(
    `${P}/sessions/:id/enrolments`,
    {
      schema: {
        tags,
        summary: 'Peserta, daftar tunggu dan permintaan sesi (pelatih, Admin Kepegawaian)',
        params: idParam,
        response: { 200: trainingEnrolmentList },
      },
    },
    async (req) => enrolment.listSessionEnrolments(ctx, req.actor!, req.params.id),
  );
  app.get(
    `${P}/enrolments/:id`,
    {
      schema: {
        tags,
        summary: 'Satu pendaftaran pelatihan',
        params: idParam,
        response: { 200: trainingEnrolment },
      },
    },
    async (req) => enrolment.getEnrolment(ctx, req.actor!, req.params.id),
  );
  app.post(
    `${P}/enrolments/:id/decision`,
    {
      schema: {
        tags,
        summary: 'Setujui atau tolak permintaan pelatihan (atasan langsung)',
        params: idParam,
        body: trainingDecisionInput,
        response: { 200: trainingEnrolment },
      },
    },
    async (req) => enrolment.decideEnrolment(ctx, req.actor!, req.params.id, req.body),
  );
  app.post(
    `${P}/enrolments/:id/cancel`,
    {
      schema: {
        tags,
        summary: 'Batalkan pendaftaran (kursi diberikan ke daftar tunggu pertama)',
        params: idParam,
        body: enrolmentCancelInput,
        response: { 200: trainingEnrolment },
      },
    },
    async (req) => enrolment.cancelEnrolment(ctx, req.actor!, req.params.id, req.body),
  );
  app.post(
    `${P}/enrolments/:id/feedback`,
    {
      schema: {
        tags,
        summary: 'Umpan balik peserta untuk sesi dan pelatih (1–5)',
        params: idParam,
        body: trainingFeedbackInput,
        response: { 201: trainingEnrolment },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await attendance.submitFeedback(ctx, req.actor!, req.params.id, req.body)),
  );
  app.get(
    `${P}/enrolments/:id/certificate.pdf`,
    {
      schema: {
        tags,
        summary: 'Sertifikat pelatihan (PDF dengan kode verifikasi dan QR)',
        params: idParam,
        produces: ['application/pdf'],
        response: { 200: binary },
      },
    },
    async (req, reply) => {
      const { body, code, fileName } = await certificates.buildCertificatePdf(ctx, req.actor!, req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition('attachment', fileName))
        .header('x-verification-code', code)
        .send(body);
    },
  );

  // ---------------------------------------------------------------- attendance, scores, completion, feedback

  app.get(
    `${P}/sessions/:id/attendance`,
    {
      schema: {
        tags,
        summary: 'Daftar hadir sesi (pelatih internal, Admin Kepegawaian)',
        params: idParam,
        response: { 200: attendanceSheet },
      },
    },
    async (req) => attendance.getAttendanceSheet(ctx, req.actor!, req.params.id),
  );
  app.put(
    `${P}/sessions/:id/attendance`,
    {
      schema: {
        tags,
        summary: 'Catat kehadiran satu hari sesi',
        params: idParam,
        body: attendanceInput,
        response: { 200: attendanceSheet },
      },
    },
    async (req) => attendance.recordAttendance(ctx, req.actor!, req.params.id, req.body),
  );
  app.put(
    `${P}/sessions/:id/scores`,
    {
      schema: {
        tags,
        summary: 'Catat nilai pre-test dan post-test',
        params: idParam,
        body: testScoresInput,
        response: { 200: attendanceSheet },
      },
    },
    async (req) => attendance.recordTestScores(ctx, req.actor!, req.params.id, req.body),
  );
  app.post(
    `${P}/sessions/:id/complete`,
    {
      schema: {
        tags,
        summary: 'Nyatakan sesi selesai: kelulusan, JP dan sertifikat',
        params: idParam,
        response: { 200: completionResult },
      },
    },
    async (req) => attendance.completeSession(ctx, req.actor!, req.params.id),
  );
  app.get(
    `${P}/sessions/:id/feedback`,
    {
      schema: {
        tags,
        summary: 'Ringkasan umpan balik sesi (pelatih, Admin Kepegawaian)',
        params: idParam,
        response: { 200: trainingFeedbackSummary },
      },
    },
    async (req) => attendance.getFeedbackSummary(ctx, req.actor!, req.params.id),
  );

  // ---------------------------------------------------------------- my training, approvals, JP, evidence

  app.get(
    `${P}/me`,
    {
      schema: {
        tags,
        summary: 'Pelatihan saya: JP tahun ini, pendaftaran, sertifikat, bukti eksternal',
        querystring: yearQuery,
        response: { 200: myTraining },
      },
    },
    async (req) => evidence.getMyTraining(ctx, req.actor!, req.query.year),
  );
  app.get(
    `${P}/approvals`,
    {
      schema: {
        tags,
        summary: 'Permintaan dan bukti pelatihan bawahan yang menunggu keputusan saya',
        response: { 200: trainingApprovals },
      },
    },
    async (req) => evidence.getApprovals(ctx, req.actor!),
  );
  app.get(
    `${P}/reminders`,
    {
      schema: {
        tags,
        summary: 'Pengingat pelatihan (dihitung saat dibaca)',
        response: { 200: trainingReminderList },
      },
    },
    async (req) => reminders.listTrainingReminders(ctx, req.actor!),
  );
  app.get(
    `${P}/employees/:id/jp`,
    {
      schema: {
        tags,
        summary: 'JP seorang pegawai dalam setahun (diri sendiri, atasan, Admin Kepegawaian, Pimpinan)',
        params: idParam,
        querystring: yearQuery,
        response: { 200: jpSummary },
      },
    },
    async (req) => evidence.getEmployeeJp(ctx, req.actor!, req.params.id, req.query.year),
  );
  app.post(
    `${P}/evidence`,
    {
      schema: {
        tags,
        summary:
          'Unggah bukti pelatihan eksternal (multipart: title, organiser, form, startsOn, endsOn, jp, file; PDF/PNG/JPG ≤ 5 MB)',
        consumes: ['multipart/form-data'],
        response: { 201: externalEvidence },
      },
    },
    async (req, reply) => {
      const { fields, file } = await readUpload(req);
      return reply
        .status(201)
        .send(
          await evidence.uploadEvidence(
            ctx,
            req.actor!,
            fields,
            file ? { fileName: file.fileName, content: file.buffer } : null,
          ),
        );
    },
  );
  app.post(
    `${P}/evidence/:id/decision`,
    {
      schema: {
        tags,
        summary: 'Setujui (JP diakui) atau tolak bukti pelatihan eksternal (atasan langsung)',
        params: idParam,
        body: trainingDecisionInput,
        response: { 200: externalEvidence },
      },
    },
    async (req) => evidence.decideEvidence(ctx, req.actor!, req.params.id, req.body),
  );
  app.get(
    `${P}/evidence/:id/file`,
    {
      schema: {
        tags,
        summary: 'Unduh sertifikat bukti pelatihan eksternal',
        params: idParam,
        produces: ['application/octet-stream'],
        response: { 200: binary },
      },
    },
    async (req, reply) => {
      const f = await evidence.getEvidenceFile(ctx, req.actor!, req.params.id);
      return reply
        .type(f.mime)
        .header('content-disposition', contentDisposition('attachment', f.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(f.content);
    },
  );
}
