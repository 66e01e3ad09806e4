import { sql, type Kysely } from 'kysely';

// Issue 10: the rest of the generated timeline lines get codes (the deadlines job's warning, breach, escalation and
// automatic closure; rejection, duplicate merge, reassignment and work photos), so an English reader sees them in
// English. Rows written before carry only their Indonesian text: each one whose whole text is one of those lines
// gets its code and parameters here; anything else (free text, a line whose shape changed) keeps showing as written.
// Parsing is done here in TypeScript rather than in SQL patterns because a rejection's reason is a phrase that must
// be matched exactly before the officer's free-text note, and the dates come from the row's `data`, not the text.
// The words below are frozen copies of what the server wrote at the time (migrations never import app code).

type Coded = { code: string; params: Record<string, string | number> };
type OldRow = { id: number; type: string; message: string; data: Record<string, unknown> | null };

const WINDOWS: Record<string, string> = {
  verifikasi: 'VERIFIKASI',
  'tindak lanjut pertama': 'TINDAK_LANJUT',
  penyelesaian: 'PENYELESAIAN',
};
const WINDOW = '(verifikasi|tindak lanjut pertama|penyelesaian)';
const REASONS: [string, string][] = [
  ['BUKAN_WEWENANG', 'bukan wewenang Kecamatan Kertapati'],
  ['TIDAK_LENGKAP', 'data pengaduan tidak lengkap'],
  ['DUPLIKAT', 'pengaduan yang sama sudah pernah diterima'],
];
const REJECTED = 'Pengaduan tidak dapat diproses: ';

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/** The code and parameters of one old generated line, or null when the text is not one (it then stays as is). */
export function codeOldComplaintLine(message: string, data: Record<string, unknown> | null): Coded | null {
  const d = data ?? {};
  // Lines older than the first-follow-up window named no window: they were all about the resolution.
  const windowOf = (label: string | undefined): string =>
    (label ? WINDOWS[label] : undefined) ?? str(d.window) ?? 'PENYELESAIAN';
  let m: RegExpExecArray | null;

  if ((m = /^Foto (sebelum|sesudah) penanganan ditambahkan: ([\s\S]+)$/.exec(message))) {
    return { code: 'WORK_PHOTO_ADDED', params: { phase: m[1]!.toUpperCase(), fileName: m[2]! } };
  }
  if (message.startsWith(REJECTED)) {
    const rest = message.slice(REJECTED.length);
    for (const [reason, label] of REASONS) {
      if ((m = new RegExp(`^${label} \\(sama dengan (\\S+)\\)\\. ([\\s\\S]*)$`).exec(rest))) {
        return { code: 'REJECTED_DUPLICATE', params: { reason, duplicateOf: m[1]!, note: m[2]! } };
      }
      if (rest.startsWith(`${label}. `)) {
        return { code: 'REJECTED', params: { reason, note: rest.slice(label.length + 2) } };
      }
    }
    return null;
  }
  if ((m = /^Pengaduan (\S+) digabungkan ke pengaduan ini sebagai duplikat\.$/.exec(message))) {
    return { code: 'MERGED_DUPLICATE', params: { ticket: m[1]! } };
  }
  if ((m = /^Penanggung jawab diganti\. Alasan: ([\s\S]*)$/.exec(message))) {
    return { code: 'REASSIGNED', params: { note: m[1]! } };
  }
  const deadline = str(d.deadline);
  if (
    deadline &&
    (m = new RegExp(`^Peringatan: (\\d+)% batas waktu ${WINDOW} telah berjalan; batas waktu .+ WIB\\.$`).exec(
      message,
    ))
  ) {
    return {
      code: 'DEADLINE_WARNING',
      params: { percent: Number(m[1]), window: windowOf(m[2]), deadline },
    };
  }
  if (deadline && (m = new RegExp(`^Batas waktu ${WINDOW} \\(.+ WIB\\) terlampaui\\.$`).exec(message))) {
    return { code: 'DEADLINE_BREACHED', params: { window: windowOf(m[1]), deadline } };
  }
  if (
    deadline &&
    (m =
      /^Belum ada tindak lanjut pertama untuk pelapor dalam (\d+) hari kerja sejak disposisi \(batas waktu .+ WIB\)\.$/.exec(
        message,
      ))
  ) {
    return { code: 'FIRST_RESPONSE_BREACHED', params: { days: Number(m[1]), deadline } };
  }
  if (
    (m = new RegExp(
      `^Dieskalasi ke atasan langsung(?: \\(${WINDOW}\\))?, tetapi jabatan atasan kosong\\.$`,
    ).exec(message))
  ) {
    return { code: 'ESCALATED_TO_VACANT_SUPERIOR', params: { window: windowOf(m[1]) } };
  }
  if (
    (m = new RegExp(`^Dieskalasi ke atasan langsung(?: \\(${WINDOW}\\))?: (.+?) \\((.+)\\)\\.$`).exec(
      message,
    ))
  ) {
    return {
      code: 'ESCALATED_TO_SUPERIOR',
      params: { window: windowOf(m[1]), name: m[2]!, position: m[3]! },
    };
  }
  if ((m = new RegExp(`^Dieskalasi ke pimpinan kantor(?: \\(${WINDOW}\\))?: (.+)\\.$`).exec(message))) {
    return { code: 'ESCALATED_TO_HEAD', params: { window: windowOf(m[1]), names: m[2]! } };
  }
  if ((m = new RegExp(`^Dieskalasi ke pimpinan kantor(?: \\(${WINDOW}\\))?\\.$`).exec(message))) {
    return { code: 'ESCALATED_TO_NO_HEAD', params: { window: windowOf(m[1]) } };
  }
  if (
    (m =
      /^Pengaduan ditutup otomatis karena tidak ada tanggapan pelapor selama (\d+) hari kerja setelah penyelesaian\.$/.exec(
        message,
      ))
  ) {
    return { code: 'AUTO_CLOSED', params: { days: Number(m[1]) } };
  }
  const lastReply = str(d.lastReporterReplyAt);
  if (
    lastReply &&
    (m =
      /^Pengaduan ditutup otomatis karena tidak ada tanggapan lagi dari pelapor selama (\d+) hari kerja sejak pesan terakhir pelapor pada .+\.$/.exec(
        message,
      ))
  ) {
    return { code: 'AUTO_CLOSED_AFTER_REPLY', params: { days: Number(m[1]), lastReply } };
  }
  return null;
}

/** Event types whose system lines this migration codes (the others were coded by 2026-12-04T16). */
const TYPES = [
  'LAMPIRAN',
  'DITOLAK',
  'DIGABUNG',
  'PENUGASAN_ULANG',
  'PERINGATAN',
  'TERLAMBAT',
  'ESKALASI_ATASAN',
  'ESKALASI_PIMPINAN',
  'TINDAK_LANJUT_PERINGATAN',
  'TINDAK_LANJUT_TERLAMBAT',
  'TINDAK_LANJUT_ESKALASI_ATASAN',
  'TINDAK_LANJUT_ESKALASI_PIMPINAN',
  'DITUTUP',
];

export async function up(db: Kysely<any>): Promise<void> {
  // Keyset pages so a large history never sits in memory at once.
  let after = 0;
  for (;;) {
    const rows = await sql<OldRow>`
      select id, type, message, data from complaint_events
      where message_code is null and message is not null and type in (${sql.join(TYPES)}) and id > ${after}
      order by id limit 500`.execute(db);
    if (rows.rows.length === 0) return;
    for (const row of rows.rows) {
      const coded = codeOldComplaintLine(row.message, row.data);
      if (coded) {
        await sql`update complaint_events
                  set message_code = ${coded.code}, message_params = ${JSON.stringify(coded.params)}::jsonb
                  where id = ${row.id}`.execute(db);
      }
    }
    after = Number(rows.rows.at(-1)!.id);
  }
}

/** The codes stay harmless for the older server (it reads `message`), but going down removes what `up` added. */
export async function down(db: Kysely<any>): Promise<void> {
  await sql`update complaint_events set message_code = null, message_params = null
            where message_code in (${sql.join([
              'WORK_PHOTO_ADDED',
              'REJECTED',
              'REJECTED_DUPLICATE',
              'MERGED_DUPLICATE',
              'REASSIGNED',
              'DEADLINE_WARNING',
              'DEADLINE_BREACHED',
              'FIRST_RESPONSE_BREACHED',
              'ESCALATED_TO_SUPERIOR',
              'ESCALATED_TO_VACANT_SUPERIOR',
              'ESCALATED_TO_HEAD',
              'ESCALATED_TO_NO_HEAD',
              'AUTO_CLOSED',
              'AUTO_CLOSED_AFTER_REPLY',
            ])})`.execute(db);
}
