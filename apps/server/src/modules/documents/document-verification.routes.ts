import { issuedDocumentVerification, verifyParams } from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import { verifyIssuedDocument } from './document-verification.service';

export async function documentVerificationRoutes(app: AppInstance) {
  const { ctx } = app;
  app.get(
    '/api/v1/public/documents/:code',
    {
      config: { public: true, rateLimit: ctx.config.rateLimits.documentVerify },
      schema: {
        tags: ['public'],
        summary: 'Verifikasi keaslian dokumen (SKP, evaluasi, sertifikat pelatihan) tanpa login',
        security: [],
        params: verifyParams,
        response: { 200: issuedDocumentVerification },
      },
    },
    async (req) => verifyIssuedDocument(ctx, req.params.code),
  );
}
