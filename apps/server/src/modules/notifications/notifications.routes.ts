import {
  idParam,
  notification,
  notificationListQuery,
  notificationMarkedAll,
  notificationPage,
  notificationPreferences,
  notificationPreferencesInput,
  notificationUnread,
} from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import * as service from './notifications.service';

const tags = ['notifications'];

/** My notification centre: list, unread count, mark read, e-mail preferences per kind. */
export async function notificationRoutes(app: AppInstance) {
  const { ctx } = app;

  app.get(
    '/api/v1/notifications',
    {
      schema: {
        tags,
        summary: 'Notifikasi saya (belum dibaca lebih dulu, terbaru lebih dulu)',
        querystring: notificationListQuery,
        response: { 200: notificationPage },
      },
    },
    async (req) => service.listMyNotifications(ctx, req.actor!, req.query),
  );

  app.get(
    '/api/v1/notifications/unread-count',
    {
      schema: {
        tags,
        summary: 'Jumlah notifikasi saya yang belum dibaca',
        response: { 200: notificationUnread },
      },
    },
    async (req) => service.countMyUnread(ctx, req.actor!),
  );

  app.post(
    '/api/v1/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Tandai satu notifikasi saya sudah dibaca',
        params: idParam,
        response: { 200: notification },
      },
    },
    async (req) => service.markMyNotificationRead(ctx, req.actor!, req.params.id),
  );

  app.post(
    '/api/v1/notifications/read-all',
    {
      schema: {
        tags,
        summary: 'Tandai semua notifikasi saya sudah dibaca',
        response: { 200: notificationMarkedAll },
      },
    },
    async (req) => service.markAllMyNotificationsRead(ctx, req.actor!),
  );

  app.get(
    '/api/v1/notifications/preferences',
    {
      schema: {
        tags,
        summary: 'Preferensi e-mail saya per jenis notifikasi',
        response: { 200: notificationPreferences },
      },
    },
    async (req) => service.getMyPreferences(ctx, req.actor!),
  );

  app.put(
    '/api/v1/notifications/preferences',
    {
      schema: {
        tags,
        summary: 'Ubah preferensi e-mail saya per jenis notifikasi',
        body: notificationPreferencesInput,
        response: { 200: notificationPreferences },
      },
    },
    async (req) => service.updateMyPreferences(ctx, req.actor!, req.body),
  );
}
