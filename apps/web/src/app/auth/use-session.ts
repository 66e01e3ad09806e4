import type { Capabilities, Me, MeBody, Screen } from '@sim/contracts';
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

/**
 * What the logged-in user may do, as the server's policies decided it (/auth/me). The web app reads this, never role
 * names: menus, route guards and buttons show what the server allows and nothing more.
 */
export function useCapabilities(): Capabilities {
  return useMe().capabilities;
}

/** Whether the user may open a staff screen (a menu entry, a guarded route). */
export const canOpen = (me: Pick<Me, 'capabilities'>, screen: Screen): boolean =>
  me.capabilities.screens.includes(screen);
