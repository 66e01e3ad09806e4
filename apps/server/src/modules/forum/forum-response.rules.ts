import { getConsultationCloseBlockers, type ConsultationCloseError } from '@sim/domain';
import { AppError } from '../../lib/errors';

// Closing a consultation (oversight-and-forum.md [decision]): only an open policy, and only with its official
// response (tanggapan resmi) and the closing summary of what changed. The policy's close calls the assertion.

export function closeBlockersOf(
  row: { status: 'DRAFT' | 'OPEN' | 'CLOSED'; official_response: string | null },
  closingSummary: string | null,
): ConsultationCloseError[] {
  return getConsultationCloseBlockers({
    status: row.status,
    hasOfficialResponse: row.official_response !== null,
    closingSummary,
  });
}

/**
 * Refuses to close a consultation that lacks its official response or its closing summary (422 naming each
 * missing field). Called by the policy's close before it changes anything.
 */
export function assertConsultationMayClose(
  row: { status: 'DRAFT' | 'OPEN' | 'CLOSED'; official_response: string | null },
  closingSummary: string | null,
): void {
  const blockers = closeBlockersOf(row, closingSummary);
  if (blockers.length > 0) {
    throw new AppError(
      blockers.some((b) => b.field === 'status') ? 'CONFLICT' : 'UNPROCESSABLE',
      blockers.map((b) => b.message).join(' '),
      blockers.map((b) => ({ path: b.field, message: b.message })),
    );
  }
}
