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
  WORK_PHOTO_ADDED: 'Foto {{phase}} penanganan ditambahkan: {{fileName}}',
  REJECTED: 'Pengaduan tidak dapat diproses: {{reason}}. {{note}}',
  REJECTED_DUPLICATE: 'Pengaduan tidak dapat diproses: {{reason}} (sama dengan {{duplicateOf}}). {{note}}',
  MERGED_DUPLICATE: 'Pengaduan {{ticket}} digabungkan ke pengaduan ini sebagai duplikat.',
  REASSIGNED: 'Penanggung jawab diganti. Alasan: {{note}}',
  // The deadlines job. `deadline` is an instant (ISO) and `lastReply` too: each reader formats them in WIB in
  // their own language; the Indonesian text carries the server's long Indonesian form ("5 Mei 2026 pukul 10.00 WIB").
  DEADLINE_WARNING:
    'Peringatan: {{percent}}% batas waktu {{window}} telah berjalan; batas waktu {{deadline}}.',
  DEADLINE_BREACHED: 'Batas waktu {{window}} ({{deadline}}) terlampaui.',
  FIRST_RESPONSE_BREACHED:
    'Belum ada tindak lanjut pertama untuk pelapor dalam {{days}} hari kerja sejak disposisi (batas waktu {{deadline}}).',
  ESCALATED_TO_SUPERIOR: 'Dieskalasi ke atasan langsung ({{window}}): {{name}} ({{position}}).',
  ESCALATED_TO_VACANT_SUPERIOR: 'Dieskalasi ke atasan langsung ({{window}}), tetapi jabatan atasan kosong.',
  ESCALATED_TO_HEAD: 'Dieskalasi ke pimpinan kantor ({{window}}): {{names}}.',
  ESCALATED_TO_NO_HEAD: 'Dieskalasi ke pimpinan kantor ({{window}}).',
  AUTO_CLOSED:
    'Pengaduan ditutup otomatis karena tidak ada tanggapan pelapor selama {{days}} hari kerja setelah penyelesaian.',
  AUTO_CLOSED_AFTER_REPLY:
    'Pengaduan ditutup otomatis karena tidak ada tanggapan lagi dari pelapor selama {{days}} hari kerja sejak pesan terakhir pelapor pada {{lastReply}}.',
  UNDER_OVERSIGHT: 'Pengaduan sedang diperiksa tim pengawas.',
} as const;

/**
 * Parameters stored as a code of a closed list (the channel of receipt, a deadline window, a rejection reason, a photo phase) and the
 * Indonesian words each reads as inside a message. The web app has the same codes in both languages.
 */
export const COMPLAINT_MESSAGE_TERMS_ID = {
  channel: {
    WEB: 'formulir daring',
    WALK_IN: 'datang langsung',
    PHONE: 'telepon',
    OPEN311: 'aplikasi mitra (Open311)',
  },
  window: {
    VERIFIKASI: 'verifikasi',
    TINDAK_LANJUT: 'tindak lanjut pertama',
    PENYELESAIAN: 'penyelesaian',
  },
  reason: {
    BUKAN_WEWENANG: 'bukan wewenang Kecamatan Kertapati',
    TIDAK_LENGKAP: 'data pengaduan tidak lengkap',
    DUPLIKAT: 'pengaduan yang sama sudah pernah diterima',
  },
  phase: { SEBELUM: 'sebelum', SESUDAH: 'sesudah' },
} as const;

/** Parameters that hold an instant (ISO 8601), shown as a date and time in WIB (`dateTime`) or a date (`date`). */
export const COMPLAINT_MESSAGE_DATE_PARAMS = { deadline: 'dateTime', lastReply: 'date' } as const;

export type ComplaintMessageCode = keyof typeof COMPLAINT_MESSAGES_ID;
export type ComplaintMessageParams = Record<string, string | number>;

/** The Indonesian words of a closed-list parameter, or the value itself when it is not one. */
export function complaintMessageTermId(name: string, value: string | number): string | number {
  const terms = (COMPLAINT_MESSAGE_TERMS_ID as Record<string, Record<string, string>>)[name];
  return terms?.[String(value)] ?? value;
}

/**
 * The Indonesian text of a coded message (what `complaint_events.message` stores beside the code). Closed-list
 * parameters read as their Indonesian words; dates must be given already formatted (the server's Indonesian form).
 */
export function renderComplaintMessageId(
  code: ComplaintMessageCode,
  params: ComplaintMessageParams = {},
): string {
  return COMPLAINT_MESSAGES_ID[code].replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(name in params ? complaintMessageTermId(name, params[name]!) : ''),
  );
}
