import type {
  AttendanceInput,
  AttendanceSheet,
  CompletionResult,
  EnrolmentAssignInput,
  EnrolmentRequestInput,
  ExternalEvidence,
  MyTraining,
  TestScoresInput,
  TrainingApprovals,
  TrainingDecisionInput,
  TrainingEnrolment,
  TrainingEnrolmentList,
  TrainingFeedbackInputRequest,
  TrainingProgramme,
  TrainingProgrammeInputRequest,
  TrainingProgrammeList,
  TrainingProgrammePatchRequest,
  TrainingSession,
  TrainingSessionInputRequest,
  TrainingSessionList,
  TrainingSessionPatchRequest,
  TrainingTrainer,
  TrainingTrainerInputRequest,
  TrainingTrainerList,
  TrainingTrainerPatchRequest,
} from '@sim/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
// The feature's strings load with every screen that reads its data through these hooks (docs/ARCHITECTURE.md).
import './training.i18n';

// Server state of the training screens; every shape is a contract type. Mutations refresh the whole feature's
// cache: lists are small and a seat taken in one place changes counts in another.

export const trainingKeys = { all: ['training'] as const };

export const useProgrammes = (includeInactive = false) =>
  useQuery({
    queryKey: ['training', 'programmes', includeInactive],
    queryFn: () => api.get<TrainingProgrammeList>('/training/programmes', { query: { includeInactive } }),
  });

export const useSessions = (query: { from?: string; mine?: boolean } = {}) =>
  useQuery({
    queryKey: ['training', 'sessions', query],
    queryFn: () => api.get<TrainingSessionList>('/training/sessions', { query }),
  });

export const useSession = (id: number) =>
  useQuery({
    queryKey: ['training', 'session', id],
    queryFn: () => api.get<TrainingSession>(`/training/sessions/${id}`),
  });

export const useMyTraining = () =>
  useQuery({ queryKey: ['training', 'me'], queryFn: () => api.get<MyTraining>('/training/me') });

export const useApprovals = () =>
  useQuery({
    queryKey: ['training', 'approvals'],
    queryFn: () => api.get<TrainingApprovals>('/training/approvals'),
  });

export const useTrainers = () =>
  useQuery({
    queryKey: ['training', 'trainers'],
    queryFn: () => api.get<TrainingTrainerList>('/training/trainers'),
  });

export const useAttendanceSheet = (id: number) =>
  useQuery({
    queryKey: ['training', 'attendance', id],
    queryFn: () => api.get<AttendanceSheet>(`/training/sessions/${id}/attendance`),
  });

/** Participants, waiting list and requests of a session (HR and its trainers); off for everybody else. */
export const useSessionEnrolments = (id: number, enabled: boolean) =>
  useQuery({
    queryKey: ['training', 'session', id, 'enrolments'],
    queryFn: () => api.get<TrainingEnrolmentList>(`/training/sessions/${id}/enrolments`),
    enabled,
  });

function useTrainingMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

export const useRequestSeat = (sessionId: number) =>
  useTrainingMutation((body: EnrolmentRequestInput) =>
    api.post<TrainingEnrolment>(`/training/sessions/${sessionId}/requests`, body),
  );
export const useCancelEnrolment = () =>
  useTrainingMutation((id: number) => api.post<TrainingEnrolment>(`/training/enrolments/${id}/cancel`, {}));
export const useDecideEnrolment = () =>
  useTrainingMutation(({ id, ...body }: TrainingDecisionInput & { id: number }) =>
    api.post<TrainingEnrolment>(`/training/enrolments/${id}/decision`, body),
  );
export const useDecideEvidence = () =>
  useTrainingMutation(({ id, ...body }: TrainingDecisionInput & { id: number }) =>
    api.post<ExternalEvidence>(`/training/evidence/${id}/decision`, body),
  );
export const useUploadEvidence = () =>
  useTrainingMutation((form: FormData) => api.post<ExternalEvidence>('/training/evidence', form));
export const useSendFeedback = () =>
  useTrainingMutation(({ id, ...body }: TrainingFeedbackInputRequest & { id: number }) =>
    api.post<TrainingEnrolment>(`/training/enrolments/${id}/feedback`, body),
  );
export const useCreateProgramme = () =>
  useTrainingMutation((body: TrainingProgrammeInputRequest) =>
    api.post<TrainingProgramme>('/training/programmes', body),
  );
export const useCreateSession = () =>
  useTrainingMutation((body: TrainingSessionInputRequest) =>
    api.post<TrainingSession>('/training/sessions', body),
  );
export const useCreateTrainer = () =>
  useTrainingMutation((body: TrainingTrainerInputRequest) =>
    api.post<TrainingTrainer>('/training/trainers', body),
  );
export const useUpdateProgramme = () =>
  useTrainingMutation(({ id, ...body }: TrainingProgrammePatchRequest & { id: number }) =>
    api.patch<TrainingProgramme>(`/training/programmes/${id}`, body),
  );
/** Edits a session; with status CANCELLED and a reason it cancels it. */
export const useUpdateSession = (id: number) =>
  useTrainingMutation((body: TrainingSessionPatchRequest) =>
    api.patch<TrainingSession>(`/training/sessions/${id}`, body),
  );
export const useUpdateTrainer = () =>
  useTrainingMutation(({ id, ...body }: TrainingTrainerPatchRequest & { id: number }) =>
    api.patch<TrainingTrainer>(`/training/trainers/${id}`, body),
  );
export const useAssignEmployee = (sessionId: number) =>
  useTrainingMutation((body: EnrolmentAssignInput) =>
    api.post<TrainingEnrolment>(`/training/sessions/${sessionId}/assignments`, body),
  );
export const useUploadMaterial = (sessionId: number) =>
  useTrainingMutation((form: FormData) =>
    api.post<TrainingSession>(`/training/sessions/${sessionId}/materials`, form),
  );
export const useRemoveMaterial = (sessionId: number) =>
  useTrainingMutation((materialId: number) =>
    api.delete<TrainingSession>(`/training/sessions/${sessionId}/materials/${materialId}`),
  );
export const useRecordAttendance = (sessionId: number) =>
  useTrainingMutation((body: AttendanceInput) =>
    api.put<AttendanceSheet>(`/training/sessions/${sessionId}/attendance`, body),
  );
export const useRecordScores = (sessionId: number) =>
  useTrainingMutation((body: TestScoresInput) =>
    api.put<AttendanceSheet>(`/training/sessions/${sessionId}/scores`, body),
  );
export const useCompleteSession = (sessionId: number) =>
  useTrainingMutation(() => api.post<CompletionResult>(`/training/sessions/${sessionId}/complete`, {}));

/** Download links go straight to the API (same-origin cookie). */
export const trainingFileUrl = (path: string) => `/api/v1/training${path}`;
