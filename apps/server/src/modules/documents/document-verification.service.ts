import type { IssuedDocumentVerification } from '@sim/contracts';
import type { ServiceContext } from '../../lib/context';
import { verifyOversightReport } from '../oversight/oversight-reports.service';
import { verifyDocument } from '../performance/performance-documents.service';
import { verifyTrainingCertificate } from '../training/training-certificates.service';

// One public check for every document SIM Kinerja issues with a verification code (docs/adr/0007): each issuing
// module answers for its own codes through its service, and this list asks them in turn. The issuers never know
// about each other (performance does not import training nor the reverse); a new kind of document adds one line.

type Verifier = (ctx: ServiceContext, code: string) => Promise<IssuedDocumentVerification | null>;

const VERIFIERS: Verifier[] = [
  async (ctx, code) => {
    const result = await verifyDocument(ctx, code);
    return result.valid ? result : null;
  },
  verifyTrainingCertificate,
  verifyOversightReport,
];

/** Whether a code was issued here, by whichever module, and whether its data is unchanged since. */
export async function verifyIssuedDocument(
  ctx: ServiceContext,
  code: string,
): Promise<IssuedDocumentVerification> {
  for (const verify of VERIFIERS) {
    const result = await verify(ctx, code);
    if (result) return result;
  }
  return {
    code,
    valid: false,
    kind: null,
    title: null,
    employeeName: null,
    issuedAt: null,
    sha256: null,
    isCurrent: null,
    message: 'Kode tidak dikenal: dokumen ini tidak diterbitkan oleh SIM Kinerja Kecamatan Kertapati.',
  };
}
