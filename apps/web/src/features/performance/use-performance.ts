import type {
  Calibration,
  CalibrationAdjustmentInput,
  CascadeTree,
  DeadlineStatus,
  DelegationInput,
  DelegationList,
  DistributionRules,
  Evaluation,
  EvaluationContext,
  EvaluationInput,
  EvaluationList,
  Evidence,
  Feedback,
  FeedbackInput,
  FeedbackList,
  IssuedDocumentVerification,
  LinkEvidenceInput,
  ObjectionDecisionInput,
  OrgPredikatValue,
  ParentRhkOptions,
  PendingObjectionList,
  PerfYear,
  PerfYearList,
  Realisation,
  RealisationInput,
  RealisationMatrix,
  Skp,
  SkpContentInput,
  SkpList,
  SkpScope,
  SkpVersionList,
} from '@sim/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
// The feature's strings load with every screen that reads its data through these hooks (docs/ARCHITECTURE.md).
import './performance.i18n';

// Server state of the performance screens. Every mutation refreshes the SKP it touched (and its lists). Every
// shape is a contract type: the server validates its answers against the same schemas.

export const perfKeys = {
  all: ['performance'] as const,
  years: ['performance', 'years'] as const,
  skps: (yearId: number | undefined, scope: string) => ['performance', 'skps', yearId, scope] as const,
  skp: (id: number) => ['performance', 'skp', id] as const,
  parents: (id: number) => ['performance', 'skp', id, 'parents'] as const,
  realisations: (id: number) => ['performance', 'skp', id, 'realisations'] as const,
  feedback: (id: number) => ['performance', 'skp', id, 'feedback'] as const,
  evaluations: (id: number) => ['performance', 'skp', id, 'evaluations'] as const,
  versions: (id: number) => ['performance', 'skp', id, 'versions'] as const,
  context: (id: number, periodId: number) => ['performance', 'skp', id, 'context', periodId] as const,
  cascade: (yearId: number) => ['performance', 'cascade', yearId] as const,
  calibration: (yearId: number, periodId?: number) =>
    ['performance', 'calibration', yearId, periodId] as const,
  objections: ['performance', 'objections'] as const,
  deadlines: (yearId: number) => ['performance', 'deadlines', yearId] as const,
};

export function useYears() {
  return useQuery({
    queryKey: perfKeys.years,
    queryFn: () => api.get<PerfYearList>('/performance/years'),
  });
}

export function useSkps(yearId: number | undefined, scope: SkpScope, enabled = true) {
  return useQuery({
    queryKey: perfKeys.skps(yearId, scope),
    queryFn: () => api.get<SkpList>('/performance/skps', { query: { yearId, scope } }),
    enabled: enabled && yearId !== undefined,
  });
}

export function useSkp(id: number) {
  return useQuery({ queryKey: perfKeys.skp(id), queryFn: () => api.get<Skp>(`/performance/skps/${id}`) });
}

export function useParentOptions(id: number, enabled: boolean) {
  return useQuery({
    queryKey: perfKeys.parents(id),
    queryFn: () => api.get<ParentRhkOptions>(`/performance/skps/${id}/parent-options`),
    enabled,
  });
}

export function useRealisations(id: number) {
  return useQuery({
    queryKey: perfKeys.realisations(id),
    queryFn: () => api.get<RealisationMatrix>(`/performance/skps/${id}/realisations`),
  });
}

export function useFeedback(id: number) {
  return useQuery({
    queryKey: perfKeys.feedback(id),
    queryFn: () => api.get<FeedbackList>(`/performance/skps/${id}/feedback`),
  });
}

export function useEvaluations(id: number) {
  return useQuery({
    queryKey: perfKeys.evaluations(id),
    queryFn: () => api.get<EvaluationList>(`/performance/skps/${id}/evaluations`),
  });
}

export function useVersions(id: number) {
  return useQuery({
    queryKey: perfKeys.versions(id),
    queryFn: () => api.get<SkpVersionList>(`/performance/skps/${id}/versions`),
  });
}

export function useEvaluationContext(id: number, periodId: number) {
  return useQuery({
    queryKey: perfKeys.context(id, periodId),
    queryFn: () => api.get<EvaluationContext>(`/performance/skps/${id}/evaluation-context/${periodId}`),
  });
}

export function useCascade(yearId: number | undefined) {
  return useQuery({
    queryKey: perfKeys.cascade(yearId ?? 0),
    queryFn: () => api.get<CascadeTree>('/performance/cascade', { query: { yearId } }),
    enabled: yearId !== undefined,
  });
}

export function useCalibration(yearId: number | undefined, periodId?: number) {
  return useQuery({
    queryKey: perfKeys.calibration(yearId ?? 0, periodId),
    queryFn: () => api.get<Calibration>(`/performance/years/${yearId}/calibration`, { query: { periodId } }),
    enabled: yearId !== undefined,
  });
}

export function useDeadlines(yearId: number) {
  return useQuery({
    queryKey: perfKeys.deadlines(yearId),
    queryFn: () => api.get<DeadlineStatus>(`/performance/years/${yearId}/deadlines`),
  });
}

export function usePendingObjections() {
  return useQuery({
    queryKey: perfKeys.objections,
    queryFn: () => api.get<PendingObjectionList>('/performance/objections/pending'),
  });
}

/** A mutation that refreshes everything under `performance` when it succeeds. */
function usePerfMutation<TVars, TResult>(fn: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: perfKeys.all }),
  });
}

export const useOpenYear = () =>
  usePerfMutation((body: { year: number; scheme: string; deadlines: Record<string, unknown> }) =>
    api.post<PerfYear>('/performance/years', body),
  );

export const useCreateSkp = () =>
  usePerfMutation((yearId: number) => api.post<Skp>('/performance/skps', { yearId }));

export const useSaveSkp = (id: number) =>
  usePerfMutation((body: SkpContentInput) => api.put<Skp>(`/performance/skps/${id}/content`, body));

export const useSkpTransition = (id: number) =>
  usePerfMutation(
    ({ action, comment }: { action: 'submit' | 'approve' | 'return' | 'revise'; comment?: string }) =>
      api.post<Skp>(`/performance/skps/${id}/${action}`, { comment: comment ?? '' }),
  );

export const useSaveEkspektasi = (id: number) =>
  usePerfMutation((items: { code: string; text: string }[]) =>
    api.put<Skp>(`/performance/skps/${id}/ekspektasi`, { items }),
  );

export const useRecordRealisation = (id: number) =>
  usePerfMutation((body: RealisationInput) =>
    api.put<Realisation>(`/performance/skps/${id}/realisations`, body),
  );

export const useAddLink = (id: number) =>
  usePerfMutation((body: Omit<LinkEvidenceInput, 'description'>) =>
    api.post<Evidence>(`/performance/skps/${id}/evidence/link`, body),
  );

export const useUploadEvidence = (id: number) =>
  usePerfMutation(
    ({ periodId, indicatorId, file }: { periodId: number; indicatorId: number; file: File }) => {
      const form = new FormData();
      form.set('indicatorId', String(indicatorId));
      form.set('periodId', String(periodId));
      form.set('file', file);
      return api.post<Evidence>(`/performance/skps/${id}/evidence/file`, form);
    },
  );

export const useAddFeedback = (id: number) =>
  usePerfMutation((body: Omit<FeedbackInput, 'periodId'>) =>
    api.post<Feedback>(`/performance/skps/${id}/feedback`, body),
  );

export const useRate = (id: number) =>
  usePerfMutation((body: EvaluationInput) =>
    api.post<Evaluation>(`/performance/skps/${id}/evaluations`, body),
  );

export const useFileObjection = () =>
  usePerfMutation(({ evaluationId, reason }: { evaluationId: number; reason: string }) =>
    api.post<Evaluation>(`/performance/evaluations/${evaluationId}/objections`, { reason }),
  );

export const useDecideObjection = () =>
  usePerfMutation(({ id, ...body }: ObjectionDecisionInput & { id: number }) =>
    api.post<Evaluation>(`/performance/objections/${id}/decision`, body),
  );

export const useSetOrgPredikat = (yearId: number) =>
  usePerfMutation((orgPredikat: OrgPredikatValue) =>
    api.put(`/performance/years/${yearId}/org-predikat`, { orgPredikat }),
  );

export const useSetDistributionRules = (yearId: number) =>
  usePerfMutation((rules: DistributionRules) =>
    api.put(`/performance/years/${yearId}/distribution-rules`, { rules }),
  );

/** The Pimpinan's calibration adjustment of an annual predikat, with its reason (recorded in the rating history). */
export const useAdjustPredikat = () =>
  usePerfMutation(({ evaluationId, ...body }: CalibrationAdjustmentInput & { evaluationId: number }) =>
    api.post<Calibration>(`/performance/evaluations/${evaluationId}/calibration-adjustment`, body),
  );

export const useFinalizeCalibration = (yearId: number) =>
  usePerfMutation((justification: string | null) =>
    api.post(`/performance/years/${yearId}/calibration/finalize`, { justification }),
  );

export function useDelegations(yearId: number | undefined) {
  return useQuery({
    queryKey: ['performance', 'delegations', yearId ?? 0],
    queryFn: () => api.get<DelegationList>(`/performance/years/${yearId}/delegations`),
    enabled: yearId !== undefined,
  });
}

export const useSetDelegation = (yearId: number) =>
  usePerfMutation((body: DelegationInput) =>
    api.put<DelegationList>(`/performance/years/${yearId}/delegations`, body),
  );

/** Public: no session needed. */
export function useVerification(code: string) {
  return useQuery({
    queryKey: ['performance', 'verify', code],
    queryFn: () =>
      api.get<IssuedDocumentVerification>(`/public/documents/${encodeURIComponent(code)}`, {
        allowUnauthorized: true,
      }),
    retry: false,
  });
}
