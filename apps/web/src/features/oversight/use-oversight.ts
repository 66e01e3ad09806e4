import type {
  ChecklistTemplate,
  ChecklistTemplateList,
  ChecklistVersion,
  FindingDetail,
  FindingList,
  FindingListQuery,
  InspectionDetail,
  InspectionList,
  InspectorCandidateList,
  OversightPersonList,
  OversightPlanList,
  OversightSettings,
  OversightTeamList,
} from '@sim/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
// The feature's strings load with every screen that reads its data through these hooks (docs/ARCHITECTURE.md).
import './oversight.i18n';

export const oversightKeys = {
  all: ['oversight'] as const,
  teams: ['oversight', 'teams'] as const,
  candidates: ['oversight', 'candidates'] as const,
  people: ['oversight', 'people'] as const,
  settings: ['oversight', 'settings'] as const,
  templates: ['oversight', 'templates'] as const,
  version: (id: number) => ['oversight', 'version', id] as const,
  plans: (from: string, to: string) => ['oversight', 'plans', from, to] as const,
  inspections: (page: number) => ['oversight', 'inspections', page] as const,
  inspection: (id: number) => ['oversight', 'inspection', id] as const,
  findings: (query: Partial<FindingListQuery>) => ['oversight', 'findings', query] as const,
  finding: (id: number) => ['oversight', 'finding', id] as const,
  ofComplaint: (complaintId: number) => ['oversight', 'complaint', complaintId] as const,
};

export const useOversightTeams = (enabled = true) =>
  useQuery({
    queryKey: oversightKeys.teams,
    queryFn: ({ signal }) => api.get<OversightTeamList>('/oversight/teams', { signal }),
    enabled,
  });

export const useInspectorCandidates = (enabled: boolean) =>
  useQuery({
    queryKey: oversightKeys.candidates,
    queryFn: ({ signal }) => api.get<InspectorCandidateList>('/oversight/teams/candidates', { signal }),
    enabled,
  });

export const useOversightPeople = (enabled = true) =>
  useQuery({
    queryKey: oversightKeys.people,
    queryFn: ({ signal }) => api.get<OversightPersonList>('/oversight/people', { signal }),
    staleTime: 5 * 60_000,
    enabled,
  });

export const useOversightSettings = (enabled = true) =>
  useQuery({
    queryKey: oversightKeys.settings,
    queryFn: ({ signal }) => api.get<OversightSettings>('/oversight/settings', { signal }),
    enabled,
  });

export const useChecklistTemplates = (enabled = true) =>
  useQuery({
    queryKey: oversightKeys.templates,
    queryFn: ({ signal }) => api.get<ChecklistTemplateList>('/oversight/templates', { signal }),
    enabled,
  });

export const fetchChecklistVersion = (id: number) =>
  api.get<ChecklistVersion>(`/oversight/checklist-versions/${id}`);

export const usePlans = (from: string, to: string) =>
  useQuery({
    queryKey: oversightKeys.plans(from, to),
    queryFn: ({ signal }) => api.get<OversightPlanList>('/oversight/plans', { query: { from, to }, signal }),
    placeholderData: keepPreviousData,
  });

export const useInspections = (page: number) =>
  useQuery({
    queryKey: oversightKeys.inspections(page),
    queryFn: ({ signal }) =>
      api.get<InspectionList>('/oversight/inspections', { query: { page, pageSize: 25 }, signal }),
    placeholderData: keepPreviousData,
  });

/**
 * The inspections and findings opened from one integrity complaint that the reader may see (the lists' own rules;
 * issue 12 §4), for the complaint page.
 */
export const useOversightOfComplaint = (complaintId: number) =>
  useQuery({
    queryKey: oversightKeys.ofComplaint(complaintId),
    queryFn: async ({ signal }) => {
      const query = { complaintId, pageSize: 50 };
      const [inspections, findings] = await Promise.all([
        api.get<InspectionList>('/oversight/inspections', { query, signal }),
        api.get<FindingList>('/oversight/findings', { query, signal }),
      ]);
      return { inspections: inspections.items, findings: findings.items };
    },
  });

export const useInspection = (id: number) =>
  useQuery({
    queryKey: oversightKeys.inspection(id),
    queryFn: ({ signal }) => api.get<InspectionDetail>(`/oversight/inspections/${id}`, { signal }),
  });

export const useFindings = (query: Partial<FindingListQuery>) =>
  useQuery({
    queryKey: oversightKeys.findings(query),
    queryFn: ({ signal }) =>
      api.get<FindingList>('/oversight/findings', {
        query: query as Record<string, string | number>,
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const useFinding = (id: number) =>
  useQuery({
    queryKey: oversightKeys.finding(id),
    queryFn: ({ signal }) => api.get<FindingDetail>(`/oversight/findings/${id}`, { signal }),
  });

/** A write that refreshes everything oversight shows afterwards (lists and details are small). */
export function useOversightMutation<TBody, TResult>(run: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: oversightKeys.all }),
  });
}

export type { ChecklistTemplate };
