import type { ResetPasswordResult, Role, UserListQuery, UserSummary } from '@sim/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Paged } from '../../app/api';
// The feature's strings load with every screen that reads its data through these hooks (docs/ARCHITECTURE.md).
import './users.i18n';

export const userKeys = {
  all: ['users'] as const,
  list: (query: UserListQuery) => ['users', 'list', query] as const,
};

export function useUsers(query: UserListQuery) {
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
    mutationFn: (id: number) => api.post<ResetPasswordResult>(`/users/${id}/reset-password`),
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
