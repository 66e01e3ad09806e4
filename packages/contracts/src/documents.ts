import { z } from 'zod';
import { ISSUED_DOCUMENT_KINDS } from './values/index';

// The public check of a document's verification code, whichever module issued it (docs/adr/0007).

export const issuedDocumentVerification = z.object({
  code: z.string(),
  valid: z.boolean(),
  kind: z.enum(ISSUED_DOCUMENT_KINDS).nullable(),
  title: z.string().nullable(),
  employeeName: z.string().nullable(),
  issuedAt: z.string().nullable(),
  sha256: z.string().nullable(),
  /** True when the data the document was rendered from still matches its stored hash. */
  isCurrent: z.boolean().nullable(),
  message: z.string(),
});
export type IssuedDocumentVerification = z.infer<typeof issuedDocumentVerification>;
