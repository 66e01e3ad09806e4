import { auditEntry, auditListQuery, auditVerifyResult, paged } from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import { listAudit, verifyAuditFor } from './audit.service';

export async function auditRoutes(app: AppInstance) {
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Log audit (filter dan halaman)',
        querystring: auditListQuery,
        response: { 200: paged(auditEntry) },
      },
    },
    async (req) => {
      const { page, pageSize, ...filter } = req.query;
      return listAudit(app.db, req.actor!, filter, page, pageSize);
    },
  );

  app.get(
    '/api/v1/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: 'Verifikasi rantai hash log audit',
        response: { 200: auditVerifyResult },
      },
    },
    async (req) => verifyAuditFor(app.db, req.actor!),
  );
}
