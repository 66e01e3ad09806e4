import type { OpenDataSettings } from '@sim/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
// The feature's strings load with every screen that reads its data through these hooks (docs/ARCHITECTURE.md).
import './open-data.i18n';

const key = ['open-data', 'settings'] as const;

export function useOpenDataSettings() {
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api.get<OpenDataSettings>('/portal/open-data-settings', { signal }),
  });
}

export function useSaveOpenDataSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenDataSettings) => api.put<OpenDataSettings>('/portal/open-data-settings', body),
    onSuccess: (data) => qc.setQueryData(key, data),
  });
}
