import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openEmptyTestDatabase, type TestDatabase } from '../../../test/test-db';
import { migrations } from './index';

// The two migrations that give old timeline rows their codes (2026-12-04T16 and 2026-12-05T01) run here on rows
// written in the shape the server used before codes existed: only the Indonesian text in `message`, and `data`.

let t: TestDatabase | undefined;
afterEach(async () => t?.close());

const provider: MigrationProvider = { getMigrations: async () => migrations };
const BEFORE_CODES = '2026-12-04T15-00-action-plan-period-target';

type OldLine = { type: string; message: string; data?: object };

/** A database migrated to just before the codes, holding one complaint with the given old-format lines. */
async function databaseWithOldLines(lines: OldLine[]) {
  t = await openEmptyTestDatabase();
  const db = t.db as unknown as Kysely<any>;
  const migrator = new Migrator({ db, provider });
  const before = await migrator.migrateTo(BEFORE_CODES);
  expect(before.error).toBeUndefined();
  const unit = await db
    .insertInto('org_units')
    .values({ name: 'Kecamatan Kertapati', type: 'KECAMATAN' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const category = await db
    .insertInto('complaint_categories')
    .values({ code: 'JALAN', name: 'Jalan rusak', unit_id: unit.id, complexity: 'NORMATIF' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const complaint = await db
    .insertInto('complaints')
    .values({
      ticket: 'KTP-2026-000001',
      tracking_hash: 'hash-1',
      category_id: category.id,
      kind: 'PENGADUAN',
      channel: 'WEB',
      description: 'Jalan berlubang di depan pasar',
      kelurahan: 'Kertapati',
      address: 'Jl. Abikusno No. 3',
      status: 'DITUTUP',
      received_at: new Date('2026-03-02T02:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const at = new Date('2026-03-02T02:00:00Z');
  for (const [i, line] of lines.entries()) {
    await db
      .insertInto('complaint_events')
      .values({
        complaint_id: complaint.id,
        at: new Date(at.getTime() + i * 60_000),
        type: line.type,
        is_public: true,
        actor_label: 'Sistem',
        message: line.message,
        data: JSON.stringify(line.data ?? {}),
      })
      .execute();
  }
  const after = await migrator.migrateToLatest();
  expect(after.error).toBeUndefined();
  const rows = await db
    .selectFrom('complaint_events')
    .select(['message', 'message_code', 'message_params'])
    .orderBy('id')
    .execute();
  return rows as { message: string; message_code: string | null; message_params: object | null }[];
}

const DEADLINE = '2026-03-09T09:00:00.000Z';

describe('timeline codes for rows written before them', () => {
  it('T16 codes the received, verified, disposed, transferred, confirmed, rating and attachment lines', async () => {
    const rows = await databaseWithOldLines([
      {
        type: 'DITERIMA',
        message: 'Pengaduan diterima melalui formulir daring dengan nomor KTP-2026-000001.',
        data: { channel: 'WEB' },
      },
      {
        type: 'DIVERIFIKASI',
        message: 'Pengaduan telah diverifikasi dan akan diteruskan ke unit yang berwenang.',
      },
      { type: 'DIDISPOSISI', message: 'Pengaduan diteruskan ke Seksi Trantib untuk ditindaklanjuti.' },
      { type: 'DIALIHKAN', message: 'Pengaduan dialihkan ke Kelurahan Ogan Baru.' },
      { type: 'DITUTUP', message: 'Pelapor mengonfirmasi bahwa pengaduan telah diselesaikan.' },
      { type: 'PENILAIAN', message: 'Penilaian 4/5' },
      { type: 'PENILAIAN', message: 'Penilaian 2/5: Lama sekali' },
      { type: 'LAMPIRAN', message: 'Lampiran ditambahkan: foto-1.jpg' },
    ]);
    expect(rows.map((r) => [r.message_code, r.message_params])).toEqual([
      ['RECEIVED', { channel: 'WEB', ticket: 'KTP-2026-000001' }],
      ['VERIFIED', {}],
      ['DISPOSED', { unit: 'Seksi Trantib' }],
      ['TRANSFERRED', { unit: 'Kelurahan Ogan Baru' }],
      ['CITIZEN_CONFIRMED', {}],
      ['RATED', { score: '4' }],
      ['RATED_WITH_COMMENT', { score: '2', comment: 'Lama sekali' }],
      ['ATTACHMENT_ADDED', { fileName: 'foto-1.jpg' }],
    ]);
  });

  it('T01 codes the deadline job, rejection, merge, reassignment and work-photo lines, dates taken from data', async () => {
    const rows = await databaseWithOldLines([
      {
        type: 'PERINGATAN',
        message:
          'Peringatan: 75% batas waktu penyelesaian telah berjalan; batas waktu 9 Maret 2026 pukul 16.00 WIB.',
        data: { deadline: DEADLINE, window: 'PENYELESAIAN' },
      },
      {
        type: 'TERLAMBAT',
        message: 'Batas waktu verifikasi (9 Maret 2026 pukul 16.00 WIB) terlampaui.',
        data: { deadline: DEADLINE, window: 'VERIFIKASI' },
      },
      {
        type: 'TINDAK_LANJUT_TERLAMBAT',
        message:
          'Belum ada tindak lanjut pertama untuk pelapor dalam 5 hari kerja sejak disposisi (batas waktu 9 Maret 2026 pukul 16.00 WIB).',
        data: { deadline: DEADLINE, window: 'TINDAK_LANJUT' },
      },
      {
        type: 'TINDAK_LANJUT_ESKALASI_ATASAN',
        message:
          'Dieskalasi ke atasan langsung (tindak lanjut pertama): Siti Aminah, S.Sos. (Kepala Seksi (Kasi) Trantib).',
        data: { toEmployeeId: 3, window: 'TINDAK_LANJUT' },
      },
      // The shape before the first-follow-up window existed: no window named, it was the resolution's.
      { type: 'ESKALASI_ATASAN', message: 'Dieskalasi ke atasan langsung, tetapi jabatan atasan kosong.' },
      {
        type: 'ESKALASI_PIMPINAN',
        message: 'Dieskalasi ke pimpinan kantor (penyelesaian): Drs. H. Ahmad Fauzi, M.Si.',
        data: { toEmployeeIds: [1], window: 'PENYELESAIAN' },
      },
      { type: 'ESKALASI_PIMPINAN', message: 'Dieskalasi ke pimpinan kantor (verifikasi).' },
      {
        type: 'DITUTUP',
        message:
          'Pengaduan ditutup otomatis karena tidak ada tanggapan pelapor selama 10 hari kerja setelah penyelesaian.',
        data: { reason: 'OTOMATIS', lastReporterReplyAt: null },
      },
      {
        type: 'DITUTUP',
        message:
          'Pengaduan ditutup otomatis karena tidak ada tanggapan lagi dari pelapor selama 10 hari kerja sejak pesan terakhir pelapor pada 26 Mei 2026.',
        data: { reason: 'OTOMATIS', lastReporterReplyAt: '2026-05-26T03:00:00.000Z' },
      },
      {
        type: 'DITOLAK',
        message:
          'Pengaduan tidak dapat diproses: bukan wewenang Kecamatan Kertapati. Kewenangan Dinas PUPR. Silakan lapor ke SP4N.',
        data: { reason: 'BUKAN_WEWENANG' },
      },
      {
        type: 'DITOLAK',
        message:
          'Pengaduan tidak dapat diproses: pengaduan yang sama sudah pernah diterima (sama dengan KTP-2026-000002). Sama.',
        data: { reason: 'DUPLIKAT' },
      },
      {
        type: 'DIGABUNG',
        message: 'Pengaduan KTP-2026-000003 digabungkan ke pengaduan ini sebagai duplikat.',
      },
      {
        type: 'PENUGASAN_ULANG',
        message: 'Penanggung jawab diganti. Alasan: Petugas cuti.\nDiganti sementara.',
      },
      {
        type: 'LAMPIRAN',
        message: 'Foto sesudah penanganan ditambahkan: foto-2.png',
        data: { phase: 'SESUDAH' },
      },
    ]);
    expect(rows.map((r) => [r.message_code, r.message_params])).toEqual([
      ['DEADLINE_WARNING', { percent: 75, window: 'PENYELESAIAN', deadline: DEADLINE }],
      ['DEADLINE_BREACHED', { window: 'VERIFIKASI', deadline: DEADLINE }],
      ['FIRST_RESPONSE_BREACHED', { days: 5, deadline: DEADLINE }],
      [
        'ESCALATED_TO_SUPERIOR',
        { window: 'TINDAK_LANJUT', name: 'Siti Aminah, S.Sos.', position: 'Kepala Seksi (Kasi) Trantib' },
      ],
      ['ESCALATED_TO_VACANT_SUPERIOR', { window: 'PENYELESAIAN' }],
      ['ESCALATED_TO_HEAD', { window: 'PENYELESAIAN', names: 'Drs. H. Ahmad Fauzi, M.Si' }],
      ['ESCALATED_TO_NO_HEAD', { window: 'VERIFIKASI' }],
      ['AUTO_CLOSED', { days: 10 }],
      ['AUTO_CLOSED_AFTER_REPLY', { days: 10, lastReply: '2026-05-26T03:00:00.000Z' }],
      ['REJECTED', { reason: 'BUKAN_WEWENANG', note: 'Kewenangan Dinas PUPR. Silakan lapor ke SP4N.' }],
      ['REJECTED_DUPLICATE', { reason: 'DUPLIKAT', duplicateOf: 'KTP-2026-000002', note: 'Sama.' }],
      ['MERGED_DUPLICATE', { ticket: 'KTP-2026-000003' }],
      ['REASSIGNED', { note: 'Petugas cuti.\nDiganti sementara.' }],
      ['WORK_PHOTO_ADDED', { phase: 'SESUDAH', fileName: 'foto-2.png' }],
    ]);
    // The stored Indonesian text is never rewritten: Open311 and e-mails keep reading it.
    expect(rows[0]!.message).toBe(
      'Peringatan: 75% batas waktu penyelesaian telah berjalan; batas waktu 9 Maret 2026 pukul 16.00 WIB.',
    );
  });

  it('leaves free text and lines it cannot read whole as written, without a code', async () => {
    const rows = await databaseWithOldLines([
      { type: 'PROGRES', message: 'Petugas sudah mengecek ke lokasi.' },
      // A deadline line without its deadline in data cannot give the reader a date: it stays text.
      { type: 'TERLAMBAT', message: 'Batas waktu penyelesaian terlampaui.' },
      { type: 'DITOLAK', message: 'Pengaduan tidak dapat diproses. Mohon lengkapi lokasi.' },
      { type: 'CATATAN', message: 'Penanggung jawab diganti. Alasan: bukan baris sistem' },
    ]);
    expect(rows.map((r) => r.message_code)).toEqual([null, null, null, null]);
    expect(rows.map((r) => r.message)).toEqual([
      'Petugas sudah mengecek ke lokasi.',
      'Batas waktu penyelesaian terlampaui.',
      'Pengaduan tidak dapat diproses. Mohon lengkapi lokasi.',
      'Penanggung jawab diganti. Alasan: bukan baris sistem',
    ]);
  });
});
