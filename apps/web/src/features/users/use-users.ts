import type { Role, UserSummary } from '@sim/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Paged } from '../../app/api';
// The feature's strings load with every screen that reads its data through these hooks (docs/ARCHITECTURE.md).
import './users.i18n';

export type UserQuery = { q?: string; role?: Role; page: number; pageSize: number };

export const userKeys = {
  all: ['users'] as const,
  list: (query: UserQuery) => ['users', 'list', query] as const,
};

export function useUsers(query: UserQuery) {
  return useQuery({
    queryKey: userKeys.list(query),
    queryFn: ({ signal }) => api.get<Paged<UserSummary>>('/users', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: userKeys.all });
}

export function useSetRoles() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, roles }: { id: number; roles: Role[] }) =>
      api.put<UserSummary>(`/users/${id}/roles`, { roles }),
    onSuccess: invalidate,
  });
}

export function useResetPassword() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (id: number) => api.post<{ temporaryPassword: string }>(`/users/${id}/reset-password`),
    onSuccess: invalidate,
  });
}

export function useUnlockUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (id: number) => api.post<UserSummary>(`/users/${id}/unlock`),
    onSuccess: invalidate,
  });
}
