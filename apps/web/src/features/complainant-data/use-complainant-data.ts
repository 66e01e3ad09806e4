import type {
  ComplainantExport,
  ComplainantExportQuery,
  ComplaintRetentionSettings,
  ComplaintRetentionState,
} from '@sim/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
// The feature's strings load with every screen that reads its data through these hooks (docs/ARCHITECTURE.md).
import './complainant-data.i18n';

const retentionKey = ['complaints', 'retention'] as const;

export function useRetention() {
  return useQuery({
    queryKey: retentionKey,
    queryFn: ({ signal }) => api.get<ComplaintRetentionState>('/complaint-settings/retention', { signal }),
  });
}

export function useSaveRetention() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ComplaintRetentionSettings) =>
      api.put<ComplaintRetentionState>('/complaint-settings/retention', body),
    onSuccess: (data) => qc.setQueryData(retentionKey, data),
  });
}

/** One export per search (each is audited on the server), so a mutation rather than a cached query. */
export function useComplainantExport() {
  return useMutation({
    mutationFn: (query: ComplainantExportQuery) =>
      api.get<ComplainantExport>('/complaint-privacy/export', { query }),
  });
}

/** Saves the export the officer has just checked as a JSON file (what the server sent, pretty-printed). */
export function saveExportFile(data: ComplainantExport) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `data-pelapor-${data.generatedAt.slice(0, 10)}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
