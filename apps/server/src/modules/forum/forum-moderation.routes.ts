import {
  forumDecisionInput,
  forumDecisionResult,
  forumMyReports,
  forumPostRevisions,
  forumQueue,
  forumQueueQuery,
  forumReportInput,
  forumReportResult,
  forumSettings,
  idParam,
} from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import * as moderation from './forum-moderation.service';

const tags = ['forum'];

/** Forum moderation: reports, the moderators' queue and decisions, edit history, the forum settings. */
export async function forumModerationRoutes(app: AppInstance) {
  const { ctx } = app;

  app.post(
    '/api/v1/forum/posts/:id/reports',
    {
      schema: {
        tags,
        summary: 'Laporkan kiriman forum dengan alasan (disembunyikan otomatis setelah ambang laporan)',
        params: idParam,
        body: forumReportInput,
        response: { 201: forumReportResult },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await moderation.reportPost(ctx, req.actor!, req.params.id, req.body)),
  );

  app.get(
    '/api/v1/forum/reports/mine',
    {
      schema: {
        tags,
        summary: 'Laporan kiriman yang saya buat dan hasil tinjauannya',
        response: { 200: forumMyReports },
      },
    },
    async (req) => moderation.listMyReports(ctx, req.actor!),
  );

  app.get(
    '/api/v1/forum/moderation/queue',
    {
      schema: {
        tags,
        summary: 'Antrean moderasi: kiriman yang dilaporkan (moderator)',
        querystring: forumQueueQuery,
        response: { 200: forumQueue },
      },
    },
    async (req) => moderation.listModerationQueue(ctx, req.actor!, req.query),
  );

  app.post(
    '/api/v1/forum/moderation/posts/:id/decision',
    {
      schema: {
        tags,
        summary:
          'Keputusan moderator atas kiriman: pulihkan, sembunyikan, hapus, atau beri peringatan (dengan alasan)',
        params: idParam,
        body: forumDecisionInput,
        response: { 200: forumDecisionResult },
      },
    },
    async (req) => moderation.decideOnPost(ctx, req.actor!, req.params.id, req.body),
  );

  app.get(
    '/api/v1/forum/moderation/posts/:id/revisions',
    {
      schema: {
        tags,
        summary: 'Riwayat suntingan kiriman (hanya moderator)',
        params: idParam,
        response: { 200: forumPostRevisions },
      },
    },
    async (req) => moderation.getPostRevisions(ctx, req.actor!, req.params.id),
  );

  app.get(
    '/api/v1/forum/settings',
    { schema: { tags, summary: 'Pengaturan forum', response: { 200: forumSettings } } },
    async (req) => moderation.getForumSettings(ctx, req.actor!),
  );

  app.put(
    '/api/v1/forum/settings',
    {
      schema: {
        tags,
        summary: 'Ubah pengaturan forum',
        body: forumSettings,
        response: { 200: forumSettings },
      },
    },
    async (req) => moderation.updateForumSettings(ctx, req.actor!, req.body),
  );
}
