import type { Me, MeBody, Role } from '@sim/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../api';

export const SESSION_KEY = ['auth', 'me'] as const;

/** Who is logged in, or null when nobody is (the server answers 401). */
export async function fetchSession(): Promise<Me | null> {
  try {
    const body = await api.get<MeBody>('/auth/me', { allowUnauthorized: true });
    return body.user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000, retry: false });
}

/** The logged-in user; only call it below the route guard that waits for the session. */
export function useMe(): Me {
  const { data } = useSession();
  if (!data) throw new Error('useMe() used outside an authenticated route');
  return data;
}

export function useSetSession() {
  const queryClient = useQueryClient();
  return (user: Me | null) => queryClient.setQueryData(SESSION_KEY, user);
}

export function hasAnyRole(me: Pick<Me, 'roles'>, roles: readonly Role[]): boolean {
  return roles.some((role) => me.roles.includes(role));
}

/** HR admins manage employees, units, positions, imports and accounts. */
export const MANAGER_ROLES: readonly Role[] = ['ADMIN_KEPEGAWAIAN'];
/** Leadership reads the organisation, employees and the audit log. */
export const VIEWER_ROLES: readonly Role[] = ['ADMIN_KEPEGAWAIAN', 'PIMPINAN'];

export function canManagePeople(me: Pick<Me, 'roles'>): boolean {
  return hasAnyRole(me, MANAGER_ROLES);
}
