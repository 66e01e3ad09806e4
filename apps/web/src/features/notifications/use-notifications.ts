import type {
  Notification,
  NotificationGroup,
  NotificationMarkedAll,
  NotificationPage,
  NotificationPreference,
  NotificationPreferences,
  NotificationUnread,
} from '@sim/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
// The feature's strings load with every screen that reads its data through these hooks (docs/ARCHITECTURE.md).
import './notifications.i18n';

export const notificationKeys = { all: ['notifications'] as const };

/**
 * The bell's unread count. Polled once a minute as a fallback; live updates (issue 14 §1) invalidate
 * `notificationKeys.all` when the server says something changed.
 */
export function useUnreadCount() {
  return useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: ({ signal }) => api.get<NotificationUnread>('/notifications/unread-count', { signal }),
    refetchInterval: 60_000,
  });
}

export function useNotifications(page: number, unreadOnly: boolean, group?: NotificationGroup) {
  return useQuery({
    queryKey: ['notifications', 'list', page, unreadOnly, group ?? null],
    queryFn: ({ signal }) =>
      api.get<NotificationPage>('/notifications', {
        query: { page, pageSize: 20, unreadOnly: unreadOnly ? 'true' : undefined, group },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<Notification>(`/notifications/${id}/read`),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<NotificationMarkedAll>('/notifications/read-all'),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: ['notifications', 'preferences'],
    queryFn: ({ signal }) => api.get<NotificationPreferences>('/notifications/preferences', { signal }),
  });
}

export function useSaveNotificationPreferences() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (items: NotificationPreference[]) =>
      api.put<NotificationPreferences>('/notifications/preferences', { items }),
    onSuccess: (data) => qc.setQueryData(['notifications', 'preferences'], data),
  });
}
