// System-generated lines of a complaint's timeline, stored as a code with parameters (issue 10 §3) so each reader
// sees them in their own language. The server also stores the Indonesian rendering in `message`, which Open311
// `status_notes`, e-mails and older readers use unchanged; rows written before the codes keep only that text.

/** Indonesian template of each code; `{{name}}` is a parameter. The web app has the same keys in both languages. */
export const COMPLAINT_MESSAGES_ID = {
  RECEIVED: 'Pengaduan diterima melalui {{channel}} dengan nomor {{ticket}}.',
  VERIFIED: 'Pengaduan telah diverifikasi dan akan diteruskan ke unit yang berwenang.',
  DISPOSED: 'Pengaduan diteruskan ke {{unit}} untuk ditindaklanjuti.',
  TRANSFERRED: 'Pengaduan dialihkan ke {{unit}}.',
  CITIZEN_CONFIRMED: 'Pelapor mengonfirmasi bahwa pengaduan telah diselesaikan.',
  RATED: 'Penilaian {{score}}/5',
  RATED_WITH_COMMENT: 'Penilaian {{score}}/5: {{comment}}',
  ATTACHMENT_ADDED: 'Lampiran ditambahkan: {{fileName}}',
  UNDER_OVERSIGHT: 'Pengaduan sedang diperiksa tim pengawas.',
} as const;

export type ComplaintMessageCode = keyof typeof COMPLAINT_MESSAGES_ID;
export type ComplaintMessageParams = Record<string, string | number>;

/** The Indonesian text of a coded message (what `complaint_events.message` stores beside the code). */
export function renderComplaintMessageId(
  code: ComplaintMessageCode,
  params: ComplaintMessageParams = {},
): string {
  return COMPLAINT_MESSAGES_ID[code].replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(params[name] ?? ''),
  );
}
