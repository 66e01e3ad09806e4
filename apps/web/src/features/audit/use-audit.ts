import type { AuditEntry } from '@sim/contracts';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, type Paged } from '../../app/api';
// The feature's strings load with every screen that reads its data through these hooks (docs/ARCHITECTURE.md).
import './audit.i18n';

export type AuditQuery = {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorId?: number;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};
export type AuditVerifyResult = {
  ok: boolean;
  checked: number;
  firstBrokenId: number | null;
  reason: string | null;
};

export function useAuditLog(query: AuditQuery) {
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
