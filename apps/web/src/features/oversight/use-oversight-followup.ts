import type {
  CannotFollowUpDecisionBody,
  FollowUpVerificationInput,
  OversightReport,
  OversightReportQueryRequest,
  OversightWork,
  RecommendationFollowUp,
} from '@sim/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl } from '../../app/api';
// The feature's strings load with every screen that reads its data through these hooks (docs/ARCHITECTURE.md).
import './oversight-followup.i18n';

export const followUpKeys = {
  all: ['oversight-followup'] as const,
  work: ['oversight-followup', 'work'] as const,
  detail: (id: number) => ['oversight-followup', 'detail', id] as const,
  report: (q: OversightReportQueryRequest) => ['oversight-followup', 'report', q] as const,
};

/** What waits for me: mine, to verify, to decide, escalated (computed by the server on read). */
export function useOversightWork(options: { enabled?: boolean } = {}) {
  return useQuery({
    enabled: options.enabled ?? true,
    queryKey: followUpKeys.work,
    queryFn: ({ signal }) => api.get<OversightWork>('/oversight/work', { signal }),
    refetchInterval: 60_000,
  });
}

export function useRecommendationFollowUp(id: number) {
  return useQuery({
    queryKey: followUpKeys.detail(id),
    queryFn: ({ signal }) =>
      api.get<RecommendationFollowUp>(`/oversight/recommendations/${id}/follow-up`, { signal }),
  });
}

function useFollowUpMutation<V>(id: number, fn: (v: V) => Promise<RecommendationFollowUp>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (data) => {
      qc.setQueryData(followUpKeys.detail(id), data);
      void qc.invalidateQueries({ queryKey: followUpKeys.work });
    },
  });
}

export const useSubmitFollowUp = (id: number) =>
  useFollowUpMutation(id, ({ text, files }: { text: string; files: File[] }) => {
    const form = new FormData();
    form.set('text', text);
    for (const f of files) form.append('file', f);
    return api.post<RecommendationFollowUp>(`/oversight/recommendations/${id}/follow-ups`, form);
  });

export const useVerifyFollowUp = (id: number) =>
  useFollowUpMutation(id, (body: FollowUpVerificationInput) =>
    api.post<RecommendationFollowUp>(`/oversight/recommendations/${id}/verification`, body),
  );

export const useDecideCannotFollowUp = (id: number) =>
  useFollowUpMutation(id, (body: CannotFollowUpDecisionBody) =>
    api.post<RecommendationFollowUp>(`/oversight/recommendations/${id}/cannot-follow-up-decision`, body),
  );

export function useOversightReport(q: OversightReportQueryRequest) {
  return useQuery({
    queryKey: followUpKeys.report(q),
    queryFn: ({ signal }) =>
      api.get<OversightReport>('/oversight/reports', { query: q as Record<string, string | number>, signal }),
  });
}

export const followUpFileUrl = (fileId: number) => apiUrl(`/oversight/follow-up-files/${fileId}`);
export const reportXlsxUrl = (q: OversightReportQueryRequest) =>
  apiUrl('/oversight/reports/export.xlsx', q as Record<string, string | number>);
export const inspectionPdfUrl = (inspectionId: number) =>
  apiUrl(`/oversight/inspections/${inspectionId}/report.pdf`);
