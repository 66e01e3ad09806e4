import type { MyDashboard, TeamDashboard } from '@sim/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';

/** Query keys of the dashboards; live updates invalidate `['dashboards']` on every topic that changes a figure. */
export const dashboardKeys = {
  all: ['dashboards'] as const,
  me: (year: number) => ['dashboards', 'me', year] as const,
  team: (year: number, unitId: number | null) => ['dashboards', 'team', year, unitId] as const,
};

export function useMyDashboard(year: number) {
  return useQuery({
    queryKey: dashboardKeys.me(year),
    queryFn: ({ signal }) => api.get<MyDashboard>('/dashboards/me', { query: { year }, signal }),
  });
}

export function useTeamDashboard(year: number, unitId: number | null) {
  return useQuery({
    queryKey: dashboardKeys.team(year, unitId),
    queryFn: ({ signal }) => api.get<TeamDashboard>('/dashboards/team', { query: { year, unitId }, signal }),
  });
}
