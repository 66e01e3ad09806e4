import { forumNotificationPreferences, forumNotifications } from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import * as digest from './forum-digest.service';

const tags = ['forum'];

/** The forum's in-app notifications (computed on read) and the e-mail digest preference. */
export async function forumDigestRoutes(app: AppInstance) {
  const { ctx } = app;

  app.get(
    '/api/v1/forum/notifications',
    {
      schema: {
        tags,
        summary: 'Notifikasi forum saya (30 hari terakhir)',
        response: { 200: forumNotifications },
      },
    },
    async (req) => digest.listNotifications(ctx, req.actor!),
  );

  app.post(
    '/api/v1/forum/notifications/seen',
    {
      schema: {
        tags,
        summary: 'Tandai semua notifikasi forum sudah dibaca',
        response: { 200: forumNotifications },
      },
    },
    async (req) => digest.markNotificationsSeen(ctx, req.actor!),
  );

  app.get(
    '/api/v1/forum/notifications/preferences',
    {
      schema: {
        tags,
        summary: 'Preferensi ringkasan e-mail harian forum',
        response: { 200: forumNotificationPreferences },
      },
    },
    async (req) => digest.getPreferences(ctx, req.actor!),
  );

  app.put(
    '/api/v1/forum/notifications/preferences',
    {
      schema: {
        tags,
        summary: 'Aktifkan atau matikan ringkasan e-mail harian forum',
        body: forumNotificationPreferences,
        response: { 200: forumNotificationPreferences },
      },
    },
    async (req) => digest.updatePreferences(ctx, req.actor!, req.body),
  );
}
