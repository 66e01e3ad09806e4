import type {
  CostSavingReport,
  JpCoverage,
  JpEmployeeList,
  JpEmployeeListQueryRequest,
  JpProgress,
  TrainerSessions,
  TrainerStatsList,
  TrainingTargetSettings,
} from '@sim/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl } from '../../app/api';
// The feature's strings load with every screen that reads its data through these hooks (docs/ARCHITECTURE.md).
import './training-reports.i18n';

export const trainingReportKeys = {
  all: ['training-reports'] as const,
  myJp: (year?: number) => ['training-reports', 'my-jp', year] as const,
  coverage: (year?: number) => ['training-reports', 'coverage', year] as const,
  employees: (q: JpEmployeeListQueryRequest) => ['training-reports', 'employees', q] as const,
  targets: ['training-reports', 'targets'] as const,
  trainers: (year?: number, quarter?: number) => ['training-reports', 'trainers', year, quarter] as const,
  trainerSessions: (id: number, from?: string, to?: string) =>
    ['training-reports', 'trainer-sessions', id, from, to] as const,
  cost: (year?: number, quarter?: number) => ['training-reports', 'cost', year, quarter] as const,
};

/** The signed-in employee's JP this year against the target (the home bar). */
export function useMyJp(year?: number) {
  return useQuery({
    queryKey: trainingReportKeys.myJp(year),
    queryFn: ({ signal }) => api.get<JpProgress>('/training/jp/me', { query: { year }, signal }),
  });
}

export function useJpCoverage(year?: number) {
  return useQuery({
    queryKey: trainingReportKeys.coverage(year),
    queryFn: ({ signal }) => api.get<JpCoverage>('/training/jp/coverage', { query: { year }, signal }),
  });
}

export function useJpEmployees(q: JpEmployeeListQueryRequest) {
  return useQuery({
    queryKey: trainingReportKeys.employees(q),
    queryFn: ({ signal }) =>
      api.get<JpEmployeeList>('/training/jp/employees', {
        query: q as Record<string, string | number | boolean | undefined>,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useTrainingTargets(enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: trainingReportKeys.targets,
    queryFn: ({ signal }) => api.get<TrainingTargetSettings>('/training/targets', { signal }),
  });
}

export function useSaveTrainingTargets() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (values: TrainingTargetSettings) =>
      api.put<TrainingTargetSettings>('/training/targets', values),
    onSuccess: () => qc.invalidateQueries({ queryKey: trainingReportKeys.all }),
  });
}

export function useTrainerStats(year?: number, quarter?: number) {
  return useQuery({
    queryKey: trainingReportKeys.trainers(year, quarter),
    queryFn: ({ signal }) =>
      api.get<TrainerStatsList>('/training/trainer-stats', { query: { year, quarter }, signal }),
  });
}

export function useTrainerSessions(employeeId: number, from?: string, to?: string) {
  return useQuery({
    queryKey: trainingReportKeys.trainerSessions(employeeId, from, to),
    queryFn: ({ signal }) =>
      api.get<TrainerSessions>(`/training/trainer-stats/${employeeId}/sessions`, {
        query: { from, to },
        signal,
      }),
  });
}

export function useCostSaving(enabled: boolean, year?: number, quarter?: number) {
  return useQuery({
    enabled,
    queryKey: trainingReportKeys.cost(year, quarter),
    queryFn: ({ signal }) =>
      api.get<CostSavingReport>('/training/cost-saving', { query: { year, quarter }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The XLSX download of the cost saving report (a plain link: the browser saves the file). */
export const costSavingXlsxUrl = (year?: number, quarter?: number) =>
  apiUrl('/training/cost-saving.xlsx', { year, quarter });
