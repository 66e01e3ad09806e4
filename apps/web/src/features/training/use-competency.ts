import type {
  Competency,
  CompetencyAssessment,
  CompetencyAssessmentInput,
  CompetencyGapSummary,
  CompetencyInput,
  CompetencyList,
  CompetencyPatch,
  CompetencyProfile,
  CompetencyScope,
  PositionStandard,
  PositionStandardInput,
  PositionStandardList,
  TrainingNeed,
  TrainingNeedDecisionInput,
  TrainingNeedList,
  TrainingNeedSettings,
  TrainingNeedStatus,
} from '@sim/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
// The feature's strings load with every screen that reads its data through these hooks (docs/ARCHITECTURE.md).
import './competency.i18n';

// Server state of the competency and training-needs screens; every shape is a contract type.

export const competencyKeys = {
  all: ['competency'] as const,
  list: ['competency', 'list'] as const,
  standards: ['competency', 'standards'] as const,
  profile: (id: number) => ['competency', 'profile', id] as const,
  gaps: (scope: string, unitId?: number) => ['competency', 'gaps', scope, unitId] as const,
  needs: (scope: string, status?: string) => ['competency', 'needs', scope, status] as const,
  needSettings: ['competency', 'needSettings'] as const,
};

export function useCompetencies() {
  return useQuery({
    queryKey: competencyKeys.list,
    queryFn: ({ signal }) => api.get<CompetencyList>('/competencies', { signal }),
  });
}

export function useStandards() {
  return useQuery({
    queryKey: competencyKeys.standards,
    queryFn: ({ signal }) => api.get<PositionStandardList>('/competency-standards', { signal }),
  });
}

export function useCompetencyProfile(employeeId: number) {
  return useQuery({
    queryKey: competencyKeys.profile(employeeId),
    queryFn: ({ signal }) => api.get<CompetencyProfile>(`/competency-profiles/${employeeId}`, { signal }),
  });
}

export function useGapSummary(scope: CompetencyScope) {
  return useQuery({
    queryKey: competencyKeys.gaps(scope),
    queryFn: ({ signal }) => api.get<CompetencyGapSummary>('/competency-gaps', { query: { scope }, signal }),
  });
}

export function useTrainingNeeds(scope: CompetencyScope, status?: TrainingNeedStatus) {
  return useQuery({
    queryKey: competencyKeys.needs(scope, status),
    queryFn: ({ signal }) =>
      api.get<TrainingNeedList>('/training-needs', {
        query: { scope, ...(status ? { status } : {}) },
        signal,
      }),
  });
}

export function useNeedSettings(enabled: boolean) {
  return useQuery({
    queryKey: competencyKeys.needSettings,
    queryFn: ({ signal }) => api.get<TrainingNeedSettings>('/training-needs/settings', { signal }),
    enabled,
  });
}

function useCompetencyMutation<A, R>(fn: (args: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: competencyKeys.all }),
  });
}

export const useCreateCompetency = () =>
  useCompetencyMutation((body: CompetencyInput) => api.post<Competency>('/competencies', body));
export const useUpdateCompetency = () =>
  useCompetencyMutation(({ id, ...body }: CompetencyPatch & { id: number }) =>
    api.patch<Competency>(`/competencies/${id}`, body),
  );
export const useSetStandard = () =>
  useCompetencyMutation(({ positionId, body }: { positionId: number; body: PositionStandardInput }) =>
    api.put<PositionStandard>(`/competency-standards/${positionId}`, body),
  );
export const useAssess = () =>
  useCompetencyMutation((body: CompetencyAssessmentInput) =>
    api.post<CompetencyAssessment>('/competency-assessments', body),
  );
export const useDecideNeed = () =>
  useCompetencyMutation((body: TrainingNeedDecisionInput) =>
    api.post<TrainingNeed>('/training-needs/decisions', body),
  );
export const useSaveNeedSettings = () =>
  useCompetencyMutation((body: TrainingNeedSettings) =>
    api.put<TrainingNeedSettings>('/training-needs/settings', body),
  );
