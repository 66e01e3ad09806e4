import { sql, type Kysely } from 'kysely';

// Issue 10 §3: system-generated timeline lines are stored as a code with parameters, so an English reader sees
// them in English. `message` keeps the Indonesian text (Open311 status_notes, e-mails). Existing rows whose text is
// one of the generated lines get their code here; any other row stays plain text and is shown as written.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('complaint_events')
    .addColumn('message_code', 'text')
    .addColumn('message_params', 'jsonb')
    .execute();
  const fixed: [string, string][] = [
    ['VERIFIED', 'Pengaduan telah diverifikasi dan akan diteruskan ke unit yang berwenang.'],
    ['CITIZEN_CONFIRMED', 'Pelapor mengonfirmasi bahwa pengaduan telah diselesaikan.'],
  ];
  for (const [code, text] of fixed) {
    await sql`update complaint_events set message_code = ${code}, message_params = '{}'::jsonb
              where message_code is null and message = ${text}`.execute(db);
  }
  // One captured parameter each; the pattern anchors the whole text so free text is never taken for a code.
  const oneParam: [string, string, string][] = [
    ['DISPOSED', 'unit', '^Pengaduan diteruskan ke (.+) untuk ditindaklanjuti\\.$'],
    ['TRANSFERRED', 'unit', '^Pengaduan dialihkan ke (.+)\\.$'],
    ['ATTACHMENT_ADDED', 'fileName', '^Lampiran ditambahkan: (.+)$'],
    ['RATED', 'score', '^Penilaian ([1-5])/5$'],
  ];
  for (const [code, param, pattern] of oneParam) {
    await sql`update complaint_events
              set message_code = ${code},
                  message_params = jsonb_build_object(${param}::text, substring(message from ${pattern}))
              where message_code is null and message ~ ${pattern}`.execute(db);
  }
  await sql`update complaint_events
            set message_code = 'RATED_WITH_COMMENT',
                message_params = jsonb_build_object(
                  'score', substring(message from '^Penilaian ([1-5])/5: '),
                  'comment', substring(message from '^Penilaian [1-5]/5: (.*)$'))
            where message_code is null and message ~ '^Penilaian [1-5]/5: '`.execute(db);
  await sql`update complaint_events
            set message_code = 'RECEIVED',
                message_params = jsonb_build_object(
                  'channel', data->>'channel',
                  'ticket', substring(message from '^Pengaduan diterima melalui .+ dengan nomor (\\S+)\\.$'))
            where message_code is null and data ? 'channel'
              and message ~ '^Pengaduan diterima melalui .+ dengan nomor \\S+\\.$'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('complaint_events')
    .dropColumn('message_code')
    .dropColumn('message_params')
    .execute();
}
