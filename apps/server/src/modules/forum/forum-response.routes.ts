import { forumConsultation, forumLeadershipFlags, forumOfficialResponseInput, idParam } from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import * as response from './forum-response.service';

const tags = ['forum'];

/** The official response (tanggapan resmi) of a policy, its consultation record, and the leadership flags. */
export async function forumResponseRoutes(app: AppInstance) {
  const { ctx } = app;

  app.get(
    '/api/v1/forum/policies/:id/consultation',
    {
      schema: {
        tags,
        summary: 'Status konsultasi kebijakan: tanggapan resmi, ringkasan penutupan, syarat penutupan',
        params: idParam,
        response: { 200: forumConsultation },
      },
    },
    async (req) => response.getConsultation(ctx, req.actor!, req.params.id),
  );

  app.put(
    '/api/v1/forum/policies/:id/official-response',
    {
      schema: {
        tags,
        summary: 'Terbitkan atau perbaiki tanggapan resmi pimpinan atas kebijakan',
        params: idParam,
        body: forumOfficialResponseInput,
        response: { 200: forumConsultation },
      },
    },
    async (req) => response.publishOfficialResponse(ctx, req.actor!, req.params.id, req.body),
  );

  app.get(
    '/api/v1/forum/leadership-flags',
    {
      schema: {
        tags,
        summary: 'Kebijakan terbuka tanpa tanggapan resmi (dasbor pimpinan)',
        response: { 200: forumLeadershipFlags },
      },
    },
    async (req) => response.listLeadershipFlags(ctx, req.actor!),
  );
}
