import type {
  ForumDecisionInput,
  ForumDecisionResult,
  ForumMyReports,
  ForumNotificationPreferences,
  ForumPostRevisions,
  ForumQueue,
  ForumQueueQuery,
  ForumReportInput,
  ForumReportResult,
  ForumRevealResult,
  ForumSettings,
  NotificationPage,
} from '@sim/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import { forumKeys } from './use-forum';
// The moderation screens' strings load with every screen that reads their data through these hooks.
import './forum-moderation.i18n';

// Moderation, reports, the digest switch and settings of the policy forum (issue 13; its notifications are in the
// notification centre since issue 14). Kept beside use-forum.ts so the forum's
// own reads stay small; every key starts with `forum`, so any forum write refreshes these too.

/** The moderators' queue: reported posts, reports counted by reason, no reporter named. */
export function useModerationQueue(status: ForumQueueQuery['status']) {
  return useQuery({
    queryKey: ['forum', 'moderation', 'queue', status],
    queryFn: ({ signal }) => api.get<ForumQueue>('/forum/moderation/queue', { query: { status }, signal }),
  });
}

/** A post's edit history (moderators only); read when the moderator opens it. */
export function usePostRevisions(postId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['forum', 'moderation', 'revisions', postId],
    queryFn: ({ signal }) =>
      api.get<ForumPostRevisions>(`/forum/moderation/posts/${postId}/revisions`, { signal }),
    enabled,
  });
}

export function useMyReports() {
  return useQuery({
    queryKey: ['forum', 'reports', 'mine'],
    queryFn: ({ signal }) => api.get<ForumMyReports>('/forum/reports/mine', { signal }),
  });
}

/**
 * How many of my forum notifications are unread, from the notification centre (issue 14). The key sits under
 * `notifications`, so the centre's live updates and "mark read" refresh it too.
 */
export function useForumUnread() {
  return useQuery({
    queryKey: ['notifications', 'forum-unread'],
    queryFn: ({ signal }) =>
      api
        .get<NotificationPage>('/notifications', {
          query: { group: 'forum', unreadOnly: 'true', pageSize: 1 },
          signal,
        })
        .then((p) => p.total),
  });
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: ['forum', 'notifications', 'preferences'],
    queryFn: ({ signal }) =>
      api.get<ForumNotificationPreferences>('/forum/notifications/preferences', { signal }),
  });
}

export function useForumSettings() {
  return useQuery({
    queryKey: ['forum', 'settings'],
    queryFn: ({ signal }) => api.get<ForumSettings>('/forum/settings', { signal }),
  });
}

/** Any write here: every forum query is read again (a decision changes the thread, the queue and the reports). */
function useForumWrite<V, R>(fn: (values: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: forumKeys.all }),
  });
}

export const useReportPost = (postId: number) =>
  useForumWrite((v: ForumReportInput) => api.post<ForumReportResult>(`/forum/posts/${postId}/reports`, v));

export const useModerationDecision = (postId: number) =>
  useForumWrite((v: ForumDecisionInput) =>
    api.post<ForumDecisionResult>(`/forum/moderation/posts/${postId}/decision`, v),
  );

/** The recorded reveal (reason required, audit-logged, told to the author); answers with the author. */
export const useRevealAuthor = (postId: number) =>
  useForumWrite((reason: string) => api.post<ForumRevealResult>(`/forum/posts/${postId}/reveal`, { reason }));

export const useUpdateNotificationPreferences = () =>
  useForumWrite((v: ForumNotificationPreferences) =>
    api.put<ForumNotificationPreferences>('/forum/notifications/preferences', v),
  );

export const useUpdateForumSettings = () =>
  useForumWrite((v: ForumSettings) => api.put<ForumSettings>('/forum/settings', v));
