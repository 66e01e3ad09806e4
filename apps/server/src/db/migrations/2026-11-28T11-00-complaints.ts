import { sql, type Kysely } from 'kysely';

// Complaints (pengaduan, complaints.md): the service catalogue (categories = Open311 services), the holiday
// calendar the working-day deadlines count on, the complaints with their timeline and attachments, a per-year
// ticket counter, and the Open311 API keys. SLA events are timeline rows with a unique dedupe key, so the
// scheduled job can run on several instances and each warning, breach, escalation and closure happens once.
// A snapshot of packages/domain/src/__fixtures__/holidays-2026.json (SKB 3 Menteri 2026): migrations never import
// app code, and a test checks that the seeded calendar equals holidaysFromJson(fixture).
const HOLIDAYS_2026: [string, string, string][] = [
  ['2026-01-01', 'LIBUR_NASIONAL', 'Tahun Baru 2026 Masehi'],
  ['2026-01-16', 'LIBUR_NASIONAL', 'Isra Mikraj Nabi Muhammad SAW'],
  ['2026-02-16', 'CUTI_BERSAMA', 'Cuti bersama Tahun Baru Imlek'],
  ['2026-02-17', 'LIBUR_NASIONAL', 'Tahun Baru Imlek 2577 Kongzili'],
  ['2026-03-18', 'CUTI_BERSAMA', 'Cuti bersama Hari Suci Nyepi'],
  ['2026-03-19', 'LIBUR_NASIONAL', 'Hari Suci Nyepi Tahun Baru Saka 1948'],
  ['2026-03-20', 'CUTI_BERSAMA', 'Cuti bersama Idul Fitri 1447 H'],
  ['2026-03-21', 'LIBUR_NASIONAL', 'Hari Raya Idul Fitri 1447 H'],
  ['2026-03-22', 'LIBUR_NASIONAL', 'Hari Raya Idul Fitri 1447 H'],
  ['2026-03-23', 'CUTI_BERSAMA', 'Cuti bersama Idul Fitri 1447 H'],
  ['2026-03-24', 'CUTI_BERSAMA', 'Cuti bersama Idul Fitri 1447 H'],
  ['2026-04-03', 'LIBUR_NASIONAL', 'Wafat Yesus Kristus'],
  ['2026-04-05', 'LIBUR_NASIONAL', 'Hari Paskah'],
  ['2026-05-01', 'LIBUR_NASIONAL', 'Hari Buruh Internasional'],
  ['2026-05-14', 'LIBUR_NASIONAL', 'Kenaikan Yesus Kristus'],
  ['2026-05-15', 'CUTI_BERSAMA', 'Cuti bersama Kenaikan Yesus Kristus'],
  ['2026-05-27', 'LIBUR_NASIONAL', 'Hari Raya Idul Adha 1447 H'],
  ['2026-05-28', 'CUTI_BERSAMA', 'Cuti bersama Idul Adha 1447 H'],
  ['2026-05-31', 'LIBUR_NASIONAL', 'Hari Raya Waisak 2570 BE'],
  ['2026-06-01', 'LIBUR_NASIONAL', 'Hari Lahir Pancasila'],
  ['2026-06-16', 'LIBUR_NASIONAL', '1 Muharam Tahun Baru Islam 1448 H'],
  ['2026-08-17', 'LIBUR_NASIONAL', 'Proklamasi Kemerdekaan Republik Indonesia'],
  ['2026-08-25', 'LIBUR_NASIONAL', 'Maulid Nabi Muhammad SAW'],
  ['2026-12-24', 'CUTI_BERSAMA', 'Cuti bersama Hari Raya Natal'],
  ['2026-12-25', 'LIBUR_NASIONAL', 'Hari Raya Natal'],
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('complaint_categories')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('group_name', 'text')
    .addColumn('keywords', 'text')
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('complexity', 'text', (c) => c.notNull())
    .addColumn('resolution_days', 'integer')
    .addColumn('is_integrity', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('attributes', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('is_active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'complaint_categories_complexity',
      sql`complexity in ('RINGAN', 'NORMATIF', 'KOMPLEKS', 'PEMERIKSAAN')`,
    )
    .addCheckConstraint(
      'complaint_categories_days',
      sql`resolution_days is null or resolution_days between 1 and 60`,
    )
    .execute();

  await db.schema
    .createTable('work_holidays')
    .addColumn('date', 'date', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('work_holidays_kind', sql`kind in ('LIBUR_NASIONAL', 'CUTI_BERSAMA', 'LAINNYA')`)
    .execute();

  await db
    .insertInto('work_holidays')
    .values(HOLIDAYS_2026.map(([date, kind, name]) => ({ date, kind, name })))
    .execute();

  await db.schema
    .createTable('complaint_ticket_counters')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('last', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('complaints')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('ticket', 'text', (c) => c.notNull().unique())
    .addColumn('tracking_hash', 'text', (c) => c.notNull().unique())
    .addColumn('category_id', 'integer', (c) => c.notNull().references('complaint_categories.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('maladministration', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('kelurahan', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision')
    .addColumn('lng', 'double precision')
    .addColumn('attributes', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('reporter_name', 'text')
    .addColumn('reporter_phone', 'text')
    .addColumn('reporter_email', 'text')
    .addColumn('is_anonymous', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('is_confidential', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('is_integrity', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('paused_status', 'text')
    .addColumn('complexity', 'text')
    .addColumn('resolution_days', 'integer')
    .addColumn('unit_id', 'integer', (c) => c.references('org_units.id'))
    .addColumn('assignee_employee_id', 'integer', (c) => c.references('employees.id'))
    .addColumn('verifier_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('verified_at', 'timestamptz')
    .addColumn('window_started_at', 'timestamptz')
    .addColumn('window_days', 'integer')
    .addColumn('window_cycle', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('pauses', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('deadline_at', 'timestamptz')
    .addColumn('first_response_at', 'timestamptz')
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('resolution_working_days', 'integer')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('close_reason', 'text')
    .addColumn('reject_reason', 'text')
    .addColumn('reject_note', 'text')
    .addColumn('duplicate_of_id', 'integer', (c) => c.references('complaints.id'))
    .addColumn('reopen_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('escalation_level', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('was_breached', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('rating', 'smallint')
    .addColumn('rating_comment', 'text')
    .addColumn('rated_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'complaints_status',
      sql`status in ('DITERIMA', 'DIVERIFIKASI', 'DITOLAK', 'DIDISPOSISI', 'DIPROSES', 'MENUNGGU_INFO', 'SELESAI', 'DITUTUP')`,
    )
    .addCheckConstraint('complaints_rating', sql`rating is null or rating between 1 and 5`)
    .addCheckConstraint('complaints_channel', sql`channel in ('WEB', 'WALK_IN', 'PHONE', 'OPEN311')`)
    .execute();
  await db.schema.createIndex('complaints_status_idx').on('complaints').columns(['status']).execute();
  await db.schema
    .createIndex('complaints_assignee_idx')
    .on('complaints')
    .columns(['assignee_employee_id', 'status'])
    .execute();
  await db.schema.createIndex('complaints_received_idx').on('complaints').columns(['received_at']).execute();
  await db.schema.createIndex('complaints_unit_idx').on('complaints').columns(['unit_id']).execute();

  await db.schema
    .createTable('complaint_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('complaint_id', 'integer', (c) => c.notNull().references('complaints.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('is_public', 'boolean', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('message', 'text')
    .addColumn('data', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('dedupe_key', 'text')
    .execute();
  await db.schema
    .createIndex('complaint_events_complaint_idx')
    .on('complaint_events')
    .columns(['complaint_id', 'at'])
    .execute();
  await db.schema
    .createIndex('complaint_events_dedupe_idx')
    .on('complaint_events')
    .columns(['complaint_id', 'dedupe_key'])
    .unique()
    .where(sql.ref('dedupe_key'), 'is not', null)
    .execute();

  await db.schema
    .createTable('complaint_attachments')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('complaint_id', 'integer', (c) => c.notNull().references('complaints.id'))
    .addColumn('event_id', 'bigint', (c) => c.references('complaint_events.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('is_public', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('complaint_attachments_complaint_idx')
    .on('complaint_attachments')
    .columns(['complaint_id'])
    .execute();

  await db.schema
    .createTable('open311_api_keys')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('is_active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_used_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'open311_api_keys',
    'complaint_attachments',
    'complaint_events',
    'complaints',
    'complaint_ticket_counters',
    'work_holidays',
    'complaint_categories',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
