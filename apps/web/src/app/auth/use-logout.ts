import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../api';
import { SESSION_KEY } from './use-session';

/** Ends the session on the server, forgets every cached answer and goes to the login page. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    // Even if the server cannot be reached, forget the session locally.
    await api.post('/auth/logout', undefined, { allowUnauthorized: true }).catch(() => undefined);
    queryClient.clear();
    queryClient.setQueryData(SESSION_KEY, null);
    await navigate('/login', { replace: true });
  };
}
