import type { AuditEntry, AuditListQuery, AuditVerifyResult } from '@sim/contracts';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, type Paged } from '../../app/api';
// The feature's strings load with every screen that reads its data through these hooks (docs/ARCHITECTURE.md).
import './audit.i18n';

export function useAuditLog(query: AuditListQuery) {
  return useQuery({
    queryKey: ['audit', 'list', query],
    queryFn: ({ signal }) => api.get<Paged<AuditEntry>>('/audit', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Re-checks the hash chain of the whole log on the server. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api.get<AuditVerifyResult>('/audit/verify') });
}
