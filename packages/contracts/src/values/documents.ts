// Values of the API without zod: documents with a public verification code (SKP and evaluation PDFs, training
// certificates, oversight inspection reports). See ./index.ts and docs/adr/0007.
import { PERF_DOCUMENT_KINDS } from './performance';

/** Every kind of document the public page /verifikasi/:code can check, whichever module issued it. */
export const ISSUED_DOCUMENT_KINDS = [
  ...PERF_DOCUMENT_KINDS,
  'SERTIFIKAT_PELATIHAN',
  'LAPORAN_HASIL_PENGAWASAN',
] as const;
export type IssuedDocumentKind = (typeof ISSUED_DOCUMENT_KINDS)[number];
