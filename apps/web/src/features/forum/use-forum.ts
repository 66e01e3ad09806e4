import type {
  ForumConsultation,
  ForumLeadershipFlags,
  ForumMentions,
  ForumMyReveals,
  ForumParticipation,
  ForumPeople,
  ForumPolicy,
  ForumPolicyRequest,
  ForumPolicySummary,
  ForumPoll,
  ForumPollList,
  ForumPollRequest,
  ForumPollVoters,
  ForumPost,
  ForumPostRequest,
  ForumReactionKindValue,
  ForumSearchResult,
  ForumThread,
  ForumThreadRequest,
  ForumThreadSummary,
} from '@sim/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, API_BASE, type Paged } from '../../app/api';
// The feature's strings load with every screen that reads its data through these hooks (docs/ARCHITECTURE.md).
import './forum.i18n';

export const forumKeys = { all: ['forum'] as const };

export function usePolicies(page: number) {
  return useQuery({
    queryKey: ['forum', 'policies', page],
    queryFn: ({ signal }) =>
      api.get<Paged<ForumPolicySummary>>('/forum/policies', { query: { page }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePolicy(id: number) {
  return useQuery({
    queryKey: ['forum', 'policy', id],
    queryFn: ({ signal }) => api.get<ForumPolicy>(`/forum/policies/${id}`, { signal }),
  });
}

export function useParticipation(id: number) {
  return useQuery({
    queryKey: ['forum', 'participation', id],
    queryFn: ({ signal }) => api.get<ForumParticipation>(`/forum/policies/${id}/participation`, { signal }),
  });
}

export function useThreads(policyId: number | null, page = 1) {
  return useQuery({
    queryKey: ['forum', 'threads', policyId, page],
    queryFn: ({ signal }) =>
      api.get<Paged<ForumThreadSummary>>('/forum/threads', { query: { policyId, page }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useThread(id: number) {
  return useQuery({
    queryKey: ['forum', 'thread', id],
    queryFn: ({ signal }) => api.get<ForumThread>(`/forum/threads/${id}`, { signal }),
  });
}

export function useMentions() {
  return useQuery({
    queryKey: ['forum', 'mentions'],
    queryFn: ({ signal }) => api.get<ForumMentions>('/forum/me/mentions', { signal }),
  });
}

export function useMyReveals() {
  return useQuery({
    queryKey: ['forum', 'reveals'],
    queryFn: ({ signal }) => api.get<ForumMyReveals>('/forum/me/reveals', { signal }),
  });
}

export function useForumSearch(q: string) {
  return useQuery({
    queryKey: ['forum', 'search', q],
    queryFn: ({ signal }) => api.get<ForumSearchResult>('/forum/search', { query: { q }, signal }),
    enabled: q.trim().length >= 2,
  });
}

export function usePeople(q: string) {
  return useQuery({
    queryKey: ['forum', 'people', q],
    queryFn: ({ signal }) => api.get<ForumPeople>('/forum/people', { query: { q }, signal }),
    enabled: q.trim().length >= 2,
  });
}

/** Where a poll hangs: a thread or a policy (the API takes exactly one of them). */
export type PollParent = { threadId: number } | { policyId: number };

export function usePolls(parent: PollParent) {
  return useQuery({
    queryKey: ['forum', 'polls', parent],
    queryFn: ({ signal }) => api.get<ForumPollList>('/forum/polls', { query: parent, signal }),
  });
}

/** Who voted what: asked only when the person opens the list, and only for polls whose voting is not anonymous. */
export function usePollVoters(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ['forum', 'poll-voters', id],
    queryFn: ({ signal }) => api.get<ForumPollVoters>(`/forum/polls/${id}/voters`, { signal }),
    enabled,
  });
}

export function useConsultation(policyId: number) {
  return useQuery({
    queryKey: ['forum', 'consultation', policyId],
    queryFn: ({ signal }) =>
      api.get<ForumConsultation>(`/forum/policies/${policyId}/consultation`, { signal }),
  });
}

/** Open policies still waiting for the official response (only asked for by those who lead the forum). */
export function useLeadershipFlags(enabled: boolean) {
  return useQuery({
    queryKey: ['forum', 'leadership-flags'],
    queryFn: ({ signal }) => api.get<ForumLeadershipFlags>('/forum/leadership-flags', { signal }),
    enabled,
  });
}

/** Any forum write: the answer replaces what was read, so every forum query is read again. */
function useForumMutation<V, R>(fn: (values: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: forumKeys.all }),
  });
}

export const useCreatePolicy = () =>
  useForumMutation((v: ForumPolicyRequest) => api.post<ForumPolicy>('/forum/policies', v));
export const useUpdatePolicy = (id: number) =>
  useForumMutation((v: ForumPolicyRequest) => api.put<ForumPolicy>(`/forum/policies/${id}`, v));
export const usePolicyAction = (id: number) =>
  useForumMutation((v: { action: 'publish' | 'close' | 'read'; closingSummary?: string }) =>
    api.post<unknown>(
      `/forum/policies/${id}/${v.action}`,
      v.action === 'close' ? { closingSummary: v.closingSummary } : undefined,
    ),
  );
export const useUploadDocument = (id: number) =>
  useForumMutation((file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api.post<unknown>(`/forum/policies/${id}/documents`, form);
  });
export const useCreateThread = () =>
  useForumMutation((v: ForumThreadRequest) => api.post<ForumThread>('/forum/threads', v));
export const useReply = (threadId: number) =>
  useForumMutation((v: ForumPostRequest) => api.post<ForumPost>(`/forum/threads/${threadId}/posts`, v));
export const useEditPost = () =>
  useForumMutation((v: { id: number; body: string }) =>
    api.patch<ForumPost>(`/forum/posts/${v.id}`, { body: v.body }),
  );
export const useReact = () =>
  useForumMutation((v: { id: number; kind: ForumReactionKindValue; on: boolean }) =>
    v.on
      ? api.put<ForumPost>(`/forum/posts/${v.id}/reactions/${v.kind}`, undefined)
      : api.delete<ForumPost>(`/forum/posts/${v.id}/reactions/${v.kind}`),
  );
export const useReveal = () =>
  useForumMutation((v: { id: number; reason: string }) =>
    api.post<unknown>(`/forum/posts/${v.id}/reveal`, { reason: v.reason }),
  );

export const useCreatePoll = () =>
  useForumMutation((v: ForumPollRequest) => api.post<ForumPoll>('/forum/polls', v));
export const useVote = () =>
  useForumMutation((v: { id: number; optionIds: number[] }) =>
    api.put<ForumPoll>(`/forum/polls/${v.id}/vote`, { optionIds: v.optionIds }),
  );
export const usePublishOfficialResponse = (policyId: number) =>
  useForumMutation((text: string) =>
    api.put<ForumConsultation>(`/forum/policies/${policyId}/official-response`, { text }),
  );

export const documentUrl = (policyId: number, documentId: number) =>
  `${API_BASE}/forum/policies/${policyId}/documents/${documentId}`;
