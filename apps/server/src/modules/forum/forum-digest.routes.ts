import { forumNotificationPreferences } from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import * as digest from './forum-digest.service';

const tags = ['forum'];

/**
 * The forum's daily e-mail digest switch. The forum's in-app notifications are in the notification centre
 * (`GET /api/v1/notifications?group=forum`).
 */
export async function forumDigestRoutes(app: AppInstance) {
  const { ctx } = app;

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
