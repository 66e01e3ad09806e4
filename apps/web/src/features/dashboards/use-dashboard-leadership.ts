import type { LeadershipDashboard } from '@sim/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, apiUrl } from '../../app/api';
// The feature's strings load with every screen that reads its data through this hook (docs/ARCHITECTURE.md).
import './dashboard-leadership.i18n';

export type LeadershipFilter = { from: string; to: string; unitId?: number | undefined };

export const leadershipKeys = {
  all: ['dashboard-leadership'] as const,
  dashboard: (f: LeadershipFilter) => ['dashboard-leadership', f] as const,
};

export function useLeadershipDashboard(f: LeadershipFilter) {
  return useQuery({
    queryKey: leadershipKeys.dashboard(f),
    queryFn: ({ signal }) => api.get<LeadershipDashboard>('/dashboards/leadership', { query: f, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The monthly summary PDF of `YYYY-MM`. */
export const monthlySummaryUrl = (month: string) => apiUrl('/dashboards/leadership/monthly.pdf', { month });
