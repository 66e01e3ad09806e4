import type {
  OfficerSkm,
  SkmFollowup,
  SkmFollowupInput,
  SkmFollowupList,
  SkmInvitation,
  SkmInvitationInput,
  SkmModerationBody,
  SkmOfficerList,
  SkmSuggestionItem,
  SkmSuggestionQuery,
  Survey,
  SurveyInput,
  SurveyListQuery,
  SurveyResponse,
  SurveyResults,
  SurveyStatus,
} from '@sim/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Paged } from '../../app/api';
// The feature's strings load with every screen that reads its data through these hooks (docs/ARCHITECTURE.md).
import './skm.i18n';

/** The moderation queue a suggestion list shows (pending, approved or rejected). */
export type SkmSuggestionFilter = NonNullable<SkmSuggestionQuery['status']>;

export const surveyKeys = {
  all: ['surveys'] as const,
  list: (query: SurveyListQuery) => ['surveys', 'list', query] as const,
  detail: (id: number) => ['surveys', 'detail', id] as const,
  results: (id: number, serviceType: string | null) => ['surveys', 'results', id, serviceType] as const,
  followups: (id: number) => ['surveys', 'followups', id] as const,
  responses: (id: number, filter: string, page: number) =>
    ['surveys', 'responses', id, filter, page] as const,
  suggestions: (id: number, status: string, page: number) =>
    ['surveys', 'suggestions', id, status, page] as const,
  invitations: (id: number, page: number) => ['surveys', 'invitations', id, page] as const,
  officers: (id: number) => ['surveys', 'officers', id] as const,
};

export function useSurveys(query: SurveyListQuery) {
  return useQuery({
    queryKey: surveyKeys.list(query),
    queryFn: ({ signal }) => api.get<Paged<Survey>>('/surveys', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useSurvey(id: number) {
  return useQuery({
    queryKey: surveyKeys.detail(id),
    queryFn: ({ signal }) => api.get<Survey>(`/surveys/${id}`, { signal }),
    enabled: id > 0,
  });
}

export function useSurveyResults(id: number, serviceType: string | null, enabled = true) {
  return useQuery({
    queryKey: surveyKeys.results(id, serviceType),
    queryFn: ({ signal }) =>
      api.get<SurveyResults>(`/surveys/${id}/results`, { query: { serviceType }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useSurveyOfficers(id: number, enabled = true) {
  return useQuery({
    queryKey: surveyKeys.officers(id),
    queryFn: ({ signal }) => api.get<SkmOfficerList>(`/surveys/${id}/officers`, { signal }),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useFollowups(id: number) {
  return useQuery({
    queryKey: surveyKeys.followups(id),
    queryFn: ({ signal }) => api.get<SkmFollowupList>(`/surveys/${id}/followups`, { signal }),
  });
}

export function useSurveyResponses(id: number, filter: 'all' | 'flagged' | 'excluded', page: number) {
  return useQuery({
    queryKey: surveyKeys.responses(id, filter, page),
    queryFn: ({ signal }) =>
      api.get<Paged<SurveyResponse>>(`/surveys/${id}/responses`, {
        query: { filter, page, pageSize: 25 },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useSuggestions(id: number, status: SkmSuggestionFilter, page: number) {
  return useQuery({
    queryKey: surveyKeys.suggestions(id, status, page),
    queryFn: ({ signal }) =>
      api.get<Paged<SkmSuggestionItem>>(`/surveys/${id}/suggestions`, {
        query: { status, page, pageSize: 25 },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useInvitations(id: number, page: number) {
  return useQuery({
    queryKey: surveyKeys.invitations(id, page),
    queryFn: ({ signal }) =>
      api.get<Paged<SkmInvitation>>(`/surveys/${id}/invitations`, { query: { page, pageSize: 25 }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Any change to a survey or its answers can move every number shown for it. */
function useInvalidateSurveys() {
  const queryClient = useQueryClient();
  return async (survey?: Survey) => {
    if (survey) queryClient.setQueryData(surveyKeys.detail(survey.id), survey);
    await queryClient.invalidateQueries({ queryKey: surveyKeys.all });
  };
}

export function useSaveSurvey() {
  const invalidate = useInvalidateSurveys();
  return useMutation({
    mutationFn: ({ id, values }: { id?: number; values: Partial<SurveyInput> }) =>
      id ? api.patch<Survey>(`/surveys/${id}`, values) : api.post<Survey>('/surveys', values),
    onSuccess: (survey) => invalidate(survey),
  });
}

export function useSetSurveyStatus(id: number) {
  const invalidate = useInvalidateSurveys();
  return useMutation({
    mutationFn: (status: SurveyStatus) => api.post<Survey>(`/surveys/${id}/status`, { status }),
    onSuccess: (survey) => invalidate(survey),
  });
}

export function useSetPublication(id: number) {
  const invalidate = useInvalidateSurveys();
  return useMutation({
    mutationFn: (published: boolean) => api.put<Survey>(`/surveys/${id}/publication`, { published }),
    onSuccess: (survey) => invalidate(survey),
  });
}

export function useExcludeResponse(id: number) {
  const invalidate = useInvalidateSurveys();
  return useMutation({
    mutationFn: ({ responseId, reason, restore }: { responseId: number; reason: string; restore: boolean }) =>
      api.post<SurveyResponse>(`/surveys/${id}/responses/${responseId}/${restore ? 'restore' : 'exclude'}`, {
        reason,
      }),
    onSuccess: () => invalidate(),
  });
}

export function useModerateSuggestion(id: number) {
  const invalidate = useInvalidateSurveys();
  return useMutation({
    mutationFn: ({ responseId, decision }: SkmModerationBody & { responseId: number }) =>
      api.post<SkmSuggestionItem>(`/surveys/${id}/suggestions/${responseId}/moderation`, { decision }),
    onSuccess: () => invalidate(),
  });
}

export function useCreateInvitation(id: number) {
  const invalidate = useInvalidateSurveys();
  return useMutation({
    mutationFn: (values: SkmInvitationInput) => api.post<SkmInvitation>(`/surveys/${id}/invitations`, values),
    onSuccess: () => invalidate(),
  });
}

export function useSaveFollowup(surveyId: number) {
  const invalidate = useInvalidateSurveys();
  return useMutation({
    mutationFn: ({ id, values }: { id?: number; values: Partial<SkmFollowupInput> }) =>
      id
        ? api.patch<SkmFollowup>(`/surveys/${surveyId}/followups/${id}`, values)
        : api.post<SkmFollowup>(`/surveys/${surveyId}/followups`, values),
    onSuccess: () => invalidate(),
  });
}

/** The signed-in officer's own per-officer SKM (U6/U7) for a year; scores only above the response threshold. */
export function useOfficerSkm(employeeId: number | null, year: number) {
  return useQuery({
    queryKey: ['surveys', 'officer', employeeId, year],
    queryFn: ({ signal }) => api.get<OfficerSkm>(`/skm/officers/${employeeId}`, { query: { year }, signal }),
    enabled: employeeId !== null,
  });
}
