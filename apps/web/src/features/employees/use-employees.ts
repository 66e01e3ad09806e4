import type {
  Employee,
  EmployeeDetail,
  EmployeeInput,
  EmployeeListQuery,
  EmployeePatch,
  ImportJob,
  ImportMode,
  TransferBody,
} from '@sim/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Paged } from '../../app/api';
// The feature's strings load with every screen that reads its data through these hooks (docs/ARCHITECTURE.md).
import './employees.i18n';

export const employeeKeys = {
  all: ['employees'] as const,
  list: (query: EmployeeListQuery) => ['employees', 'list', query] as const,
  detail: (id: number) => ['employees', 'detail', id] as const,
  importJob: (id: string) => ['employees', 'import', id] as const,
};

export function useEmployees(query: EmployeeListQuery) {
  return useQuery({
    queryKey: employeeKeys.list(query),
    queryFn: ({ signal }) => api.get<Paged<Employee>>('/employees', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useEmployee(id: number | null) {
  return useQuery({
    queryKey: employeeKeys.detail(id ?? 0),
    queryFn: ({ signal }) => api.get<EmployeeDetail>(`/employees/${id}`, { signal }),
    enabled: id !== null && id > 0,
  });
}

/** Every change to an employee can move positions, holders and superiors: refresh employees and org. */
function useInvalidatePeople() {
  const queryClient = useQueryClient();
  return async (detail?: EmployeeDetail) => {
    if (detail) queryClient.setQueryData(employeeKeys.detail(detail.id), detail);
    await queryClient.invalidateQueries({ queryKey: employeeKeys.all });
    await queryClient.invalidateQueries({ queryKey: ['org'] });
  };
}

export function useCreateEmployee() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (values: EmployeeInput) => api.post<EmployeeDetail>('/employees', values),
    onSuccess: (detail) => invalidate(detail),
  });
}

export function useUpdateEmployee(id: number) {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (values: EmployeePatch) => api.patch<EmployeeDetail>(`/employees/${id}`, values),
    onSuccess: (detail) => invalidate(detail),
  });
}

export function useSetEmployeeActive(id: number) {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (change: { active: true } | { active: false; reason: string }) =>
      change.active
        ? api.post<unknown>(`/employees/${id}/activate`)
        : api.post<unknown>(`/employees/${id}/deactivate`, { reason: change.reason }),
    onSuccess: () => invalidate(),
  });
}

export function useTransferEmployee(id: number) {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (values: TransferBody) => api.post<EmployeeDetail>(`/employees/${id}/transfer`, values),
    onSuccess: (detail) => invalidate(detail),
  });
}

export function useStartImport() {
  return useMutation({
    mutationFn: ({ file, mode }: { file: File; mode: ImportMode }) => {
      const body = new FormData();
      // Fields before the file: a streaming multipart parser reads `mode` first.
      body.append('mode', mode);
      body.append('file', file, file.name);
      return api.post<ImportJob>('/employees/import', body);
    },
  });
}

const isFinished = (job: ImportJob | undefined) => job?.status === 'done' || job?.status === 'failed';

/** Polls an import job every 500 ms until it is done or failed. */
export function useImportJob(jobId: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: employeeKeys.importJob(jobId ?? ''),
    queryFn: async ({ signal }) => {
      const job = await api.get<ImportJob>(`/employees/import/${jobId}`, { signal });
      if (isFinished(job) && job.inserted > 0) {
        await queryClient.invalidateQueries({ queryKey: employeeKeys.all, refetchType: 'none' });
      }
      return job;
    },
    enabled: jobId !== null,
    refetchInterval: (query) => (isFinished(query.state.data) ? false : 500),
    staleTime: 0,
  });
}
