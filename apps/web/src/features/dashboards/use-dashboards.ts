import type { MyDashboard, PredikatValue, TeamDashboard } from '@sim/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

/** Query keys of the dashboards; live updates invalidate `['dashboards']` on every topic that changes a figure. */
export const dashboardKeys = {
  all: ['dashboards'] as const,
  me: (year: number) => ['dashboards', 'me', year] as const,
  team: (q: TeamDashboardFilter) => ['dashboards', 'team', q] as const,
};

export function useMyDashboard(year: number) {
  return useQuery({
    queryKey: dashboardKeys.me(year),
    queryFn: ({ signal }) => api.get<MyDashboard>('/dashboards/me', { query: { year }, signal }),
  });
}

/** What Tim Saya asks for: the year, the unit (Admin Kepegawaian, Pimpinan), the predikat and the page. */
export type TeamDashboardFilter = {
  year: number;
  unitId: number | null;
  predikat: PredikatValue | null;
  page: number;
};

/** One page of Tim Saya (ADR 0021); the page shown stays on screen while the next one loads. */
export function useTeamDashboard(q: TeamDashboardFilter) {
  return useQuery({
    queryKey: dashboardKeys.team(q),
    queryFn: ({ signal }) => api.get<TeamDashboard>('/dashboards/team', { query: q, signal }),
    placeholderData: keepPreviousData,
  });
}
