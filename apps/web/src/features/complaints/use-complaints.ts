import type {
  AssigneeList,
  AttachmentResult,
  ComplaintCategoryList,
  ComplaintCreated,
  ComplaintDetail,
  ComplaintListQuery,
  ComplaintQueueCounts,
  ComplaintStats,
  ComplaintStatsQuery,
  ErrorBody,
  ComplaintListPage,
  PublicComplaintInput,
  PublicComplaintOptions,
  PublicComplaintView,
  PowChallengeBody,
  StaffComplaintRequest,
} from '@sim/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, apiUrl } from '../../app/api';
import { solveProofOfWork } from '../portal/proof-of-work';
// The feature's strings load with every screen that reads its data through these hooks (docs/ARCHITECTURE.md).
import './complaints.i18n';

export const complaintKeys = {
  all: ['complaints'] as const,
  list: (query: ComplaintListQuery) => ['complaints', 'list', query] as const,
  queueCounts: ['complaints', 'queue-counts'] as const,
  detail: (id: number) => ['complaints', 'detail', id] as const,
  stats: (query: ComplaintStatsQuery) => ['complaints', 'stats', query] as const,
  assignees: (unitId: number | null) => ['complaints', 'assignees', unitId] as const,
  categories: ['complaints', 'categories'] as const,
  publicOptions: ['complaints', 'public-options'] as const,
  tracking: (secret: string) => ['complaints', 'tracking', secret] as const,
};

export function useComplaints(query: ComplaintListQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    enabled: options.enabled ?? true,
    queryKey: complaintKeys.list(query),
    queryFn: ({ signal }) =>
      api.get<ComplaintListPage>('/complaints', {
        query: query as Record<string, string | number>,
        signal,
      }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

/** Open complaints per queue the user may open (the tab counts): one request for every tab. */
export function useComplaintQueueCounts() {
  return useQuery({
    queryKey: complaintKeys.queueCounts,
    queryFn: ({ signal }) => api.get<ComplaintQueueCounts>('/complaints/queue-counts', { signal }),
    refetchInterval: 60_000,
  });
}

export function useComplaint(id: number) {
  return useQuery({
    queryKey: complaintKeys.detail(id),
    queryFn: ({ signal }) => api.get<ComplaintDetail>(`/complaints/${id}`, { signal }),
  });
}

export function useComplaintCategories() {
  return useQuery({
    queryKey: complaintKeys.categories,
    queryFn: ({ signal }) => api.get<ComplaintCategoryList>('/complaint-categories', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useAssignees(unitId: number | null) {
  return useQuery({
    queryKey: complaintKeys.assignees(unitId),
    queryFn: ({ signal }) => api.get<AssigneeList>('/complaints/assignees', { query: { unitId }, signal }),
    enabled: unitId !== null,
  });
}

export function useComplaintStats(query: ComplaintStatsQuery) {
  return useQuery({
    queryKey: complaintKeys.stats(query),
    queryFn: ({ signal }) => api.get<ComplaintStats>('/complaints/stats', { query, signal }),
  });
}

/** One workflow step (verification, disposition, notes …) on a complaint; refreshes the lists and the detail. */
export function useComplaintStep(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ step, body }: { step: string; body: object }) =>
      api.post<ComplaintDetail>(`/complaints/${id}/${step}`, body),
    onSuccess: (detail) => {
      queryClient.setQueryData(complaintKeys.detail(id), detail);
      void queryClient.invalidateQueries({ queryKey: ['complaints', 'list'] });
    },
  });
}

export function useRecordWalkIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StaffComplaintRequest) => api.post<ComplaintCreated>('/complaints', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: complaintKeys.all }),
  });
}

// ---------------------------------------------------------------- public (no login)

export function usePublicComplaintOptions() {
  return useQuery({
    queryKey: complaintKeys.publicOptions,
    queryFn: ({ signal }) => api.get<PublicComplaintOptions>('/public/complaint-options', { signal }),
    staleTime: 10 * 60_000,
  });
}

/**
 * Files a public complaint: asks for a proof-of-work challenge, solves it in the browser (the server refuses
 * complaints without one, to keep scripts from flooding the desk) and sends the complaint with the solution.
 * `onSolving` is told when solving starts and ends, for a progress note on slow phones.
 */
export function useFileComplaint(onSolving?: (solving: boolean, tries: number) => void) {
  return useMutation({
    mutationFn: async (body: PublicComplaintInput) => {
      const pow = await api.get<PowChallengeBody>('/public/complaints/challenge');
      let nonce = '0';
      if (pow.difficulty > 0) {
        onSolving?.(true, 0);
        try {
          nonce = await solveProofOfWork(pow.challenge, pow.difficulty, (tries) => onSolving?.(true, tries));
        } finally {
          onSolving?.(false, 0);
        }
      }
      return api.post<ComplaintCreated>('/public/complaints', {
        ...body,
        powChallenge: pow.challenge,
        powNonce: nonce,
      });
    },
  });
}

/** The secret travels in a header, never in a URL the server would log. */
async function trackingRequest<T>(
  method: 'GET' | 'POST',
  path: string,
  secret: string,
  body?: BodyInit,
  json = true,
) {
  const headers: Record<string, string> = { Accept: 'application/json', 'x-tracking-secret': secret };
  if (json && body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`/api/v1/public/complaints/tracking${path}`, {
    method,
    headers,
    body,
    credentials: 'same-origin',
  });
  const data = (await response.json().catch(() => null)) as (T & { error?: undefined }) | ErrorBody | null;
  if (!response.ok) {
    const error = data && 'error' in data && data.error ? data.error : null;
    throw new ApiError(
      response.status,
      error?.code ?? 'HTTP_ERROR',
      error?.message ?? response.statusText,
      error?.details ?? [],
    );
  }
  return data as T;
}

export function useTrackedComplaint(secret: string) {
  return useQuery({
    queryKey: complaintKeys.tracking(secret),
    queryFn: () => trackingRequest<PublicComplaintView>('GET', '', secret),
    enabled: secret.length > 0,
    retry: false,
  });
}

export function useCitizenAction(secret: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body?: object }) =>
      trackingRequest<PublicComplaintView>('POST', path, secret, JSON.stringify(body ?? {})),
    onSuccess: (view) => queryClient.setQueryData(complaintKeys.tracking(secret), view),
  });
}

/** Uploads one attachment with the tracking secret (multipart, field "file"). */
export function uploadCitizenAttachment(secret: string, file: File) {
  const form = new FormData();
  form.append('file', file);
  return trackingRequest<AttachmentResult>('POST', '/attachments', secret, form, false);
}

/** DELETE through the same error handling as `api` (the shared client has no delete helper). */
export async function apiDelete<T>(path: string): Promise<T> {
  const response = await fetch(apiUrl(path), {
    method: 'DELETE',
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
  });
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => null)) as Partial<ErrorBody> | null;
  if (!response.ok) {
    const error = data?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'HTTP_ERROR',
      error?.message ?? response.statusText,
      error?.details ?? [],
    );
  }
  return data as T;
}

/**
 * An attachment's bytes for the citizen's tracking page, fetched with the secret in its header (an <img src> cannot
 * send one, and a secret in the URL would reach logs): the page shows it through an object URL.
 */
export async function fetchCitizenAttachment(secret: string, id: number): Promise<Blob> {
  const response = await fetch(`/api/v1/public/complaints/tracking/attachments/${id}`, {
    headers: { 'x-tracking-secret': secret },
    credentials: 'same-origin',
  });
  if (!response.ok) throw new ApiError(response.status, 'HTTP_ERROR', response.statusText, []);
  return response.blob();
}

/** The assignee adds a before/after photo of the work to the complaint (multipart field "file", phase in the query). */
export async function uploadResolutionPhoto(complaintId: number, phase: 'SEBELUM' | 'SESUDAH', file: File) {
  const form = new FormData();
  form.append('file', file);
  const response = await fetch(apiUrl(`/complaints/${complaintId}/work-photos`, { phase }), {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  const data = (await response.json().catch(() => null)) as {
    error?: { code: string; message: string; details?: { path: string; message: string }[] };
  } | null;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      data?.error?.code ?? 'HTTP_ERROR',
      data?.error?.message ?? response.statusText,
      data?.error?.details ?? [],
    );
  }
  return data as { id: number; fileName: string; mime: string };
}
