import { z } from 'zod';
import { isoDate } from './common';

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  /**
   * Who acted, as a reader understands it: an account (USER, named by `actorDisplayName`), the citizen on the public
   * pages (CITIZEN, shown as "Pelapor"), a scheduled job or the seeding (SYSTEM), the Open311 API (INTEGRATION), or
   * a name typed at a failed sign-in (UNKNOWN, `actorName` holds what was typed).
   */
  actorKind: z.enum(['USER', 'CITIZEN', 'SYSTEM', 'INTEGRATION', 'UNKNOWN']),
  actorDisplayName: z.string().nullable(),
  /** The record's readable name (employee name, ticket number, SKP owner and year…), null when it no longer exists. */
  entityLabel: z.string().nullable(),
  /** Ids the web app needs to link to the record's page (an evaluation opens within its SKP and period). */
  entityRef: z
    .object({
      skpId: z.number().int().nullable(),
      periodId: z.number().int().nullable(),
      surveyId: z.number().int().nullable(),
    })
    .nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditListQuery = z.object({
  entityType: z.string().trim().max(50).optional(),
  entityId: z.string().trim().max(50).optional(),
  action: z.string().trim().max(80).optional(),
  actorId: z.coerce.number().int().positive().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditListQuery = z.infer<typeof auditListQuery>;

export const auditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenId: z.number().int().nullable(),
  reason: z.string().nullable(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifyResult>;
