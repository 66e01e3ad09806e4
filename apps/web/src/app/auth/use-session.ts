import type { Capabilities, Me, MeBody, Screen } from '@sim/contracts';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../api';

export const SESSION_KEY = ['auth', 'me'] as const;

// The last session this tab saw, so a page reloaded with no network (the inspector's field form, docs/adr/0010)
// still knows who is signed in and what they may open. sessionStorage: this tab only, gone when it closes; emptied
// on logout and on a 401. Used only when the server cannot be reached — the server still decides every request.
const OFFLINE_SESSION = 'sim.session.offline';

function offlineSession(): Me | null {
  try {
    const raw = sessionStorage.getItem(OFFLINE_SESSION);
    return raw ? (JSON.parse(raw) as Me) : null;
  } catch {
    return null;
  }
}

/** Keeps the tab's copy of the session in step with the session query (login, logout, 401, refresh). */
export function keepSessionForOffline(queryClient: QueryClient): void {
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.query.queryKey[0] !== SESSION_KEY[0]) return;
    if (event.query.queryKey[1] !== SESSION_KEY[1] || event.query.state.status !== 'success') return;
    const user = event.query.state.data as Me | null;
    try {
      if (user) sessionStorage.setItem(OFFLINE_SESSION, JSON.stringify(user));
      else sessionStorage.removeItem(OFFLINE_SESSION);
    } catch {
      // Storage full or blocked: the app works as before, only an offline reload asks for the network.
    }
  });
}

/** Who is logged in, or null when nobody is (the server answers 401); offline, the tab's last session. */
export async function fetchSession(): Promise<Me | null> {
  try {
    const body = await api.get<MeBody>('/auth/me', { allowUnauthorized: true });
    return body.user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    const last = isApiError(error) && error.status === 0 ? offlineSession() : null;
    if (last) return last;
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
