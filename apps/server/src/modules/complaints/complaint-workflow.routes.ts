import {
  complaintDetail,
  complaintDispositionBody,
  complaintMessageBody,
  complaintNoteBody,
  complaintReassignBody,
  complaintRejectBody,
  complaintVerifyBody,
  idParam,
} from '@sim/contracts';
import type { ComplaintDetail } from '@sim/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppInstance } from '../../lib/app-instance';
import * as workflow from './complaint-workflow.service';

const tags = ['complaints'];

/** Staff workflow steps on one complaint: each a POST /api/v1/complaints/:id/<step> returning the fresh detail. */
export async function complaintWorkflowRoutes(app: AppInstance) {
  const { ctx } = app;

  const step = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    run: (
      actor: NonNullable<FastifyRequest['actor']>,
      id: number,
      body: z.output<B>,
    ) => Promise<ComplaintDetail>,
  ) =>
    app.post(
      `/api/v1/complaints/:id/${path}`,
      { schema: { tags, summary, params: idParam, body, response: { 200: complaintDetail } } },
      async (req) => run(req.actor!, req.params.id, req.body as z.output<B>),
    );

  step('verification', 'Verifikasi pengaduan (Petugas Pengaduan)', complaintVerifyBody, (a, id, b) =>
    workflow.verifyComplaint(ctx, a, id, b),
  );
  step(
    'rejection',
    'Tolak pengaduan dengan alasan (bukan wewenang, tidak lengkap, duplikat)',
    complaintRejectBody,
    (a, id, b) => workflow.rejectComplaint(ctx, a, id, b),
  );
  step(
    'disposition',
    'Disposisi ke unit dan pegawai penanggung jawab',
    complaintDispositionBody,
    (a, id, b) => workflow.dispositionComplaint(ctx, a, id, b),
  );
  step(
    'reassignment',
    'Alihkan penanggung jawab atau unit, dengan alasan',
    complaintReassignBody,
    (a, id, b) => workflow.reassignComplaint(ctx, a, id, b),
  );
  step('notes', 'Tambah catatan internal atau perkembangan untuk pelapor', complaintNoteBody, (a, id, b) =>
    workflow.addNote(ctx, a, id, b),
  );
  step(
    'information-requests',
    'Minta informasi dari pelapor (jam berhenti)',
    complaintMessageBody,
    (a, id, b) => workflow.requestInformation(ctx, a, id, b),
  );
  step('resolution', 'Kirim tindak lanjut penyelesaian kepada pelapor', complaintMessageBody, (a, id, b) =>
    workflow.resolveComplaint(ctx, a, id, b),
  );
}
