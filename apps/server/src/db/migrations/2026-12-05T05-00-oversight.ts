import { sql, type Kysely } from 'kysely';

// Internal oversight (pengawasan internal, oversight-and-forum.md): teams formed by decree with their members and
// period; inspection plans (planned or unannounced) on a checklist template version; templates whose versions are
// frozen once an inspection or plan uses them; inspections filled in the field and submitted with a client-made UUID
// so a re-sent offline submission finds the same row; answers and photos (files in the database, like complaint
// attachments); findings from an inspection or an integrity complaint; recommendations with an owner (employee or
// unit) and a due date; follow-ups with evidence and the inspector's verification; and a recommendation timeline
// whose reminder/escalation rows carry a unique dedupe key so the scheduled job writes each once on any instance.
// The starter checklist for a kecamatan service point is reference data (a snapshot here: migrations never import
// app code).

type StarterItem = [
  text: string,
  type: 'YES_NO' | 'SCORE' | 'TEXT',
  photoRequired: boolean,
  guidance: string,
];
const STARTER_ITEMS: StarterItem[] = [
  [
    'Seluruh petugas layanan hadir dan berada di tempat pada jam pelayanan',
    'YES_NO',
    false,
    'Cocokkan daftar hadir dengan petugas yang ada di loket.',
  ],
  [
    'Petugas melayani sesuai SOP (alur, persyaratan, dan produk layanan)',
    'SCORE',
    false,
    'Nilai 1 (tidak sesuai) sampai 5 (sepenuhnya sesuai) berdasarkan pengamatan satu atau lebih layanan.',
  ],
  [
    'Maklumat pelayanan dipajang dan mudah dilihat pengguna layanan',
    'YES_NO',
    true,
    'Foto maklumat pelayanan di ruang tunggu.',
  ],
  [
    'Standar pelayanan (persyaratan, prosedur, waktu, biaya) dipajang',
    'YES_NO',
    true,
    'Foto papan atau layar standar pelayanan.',
  ],
  [
    'Waktu tunggu pengguna layanan (menit)',
    'TEXT',
    false,
    'Catat waktu tunggu rata-rata dari nomor antrean yang diamati.',
  ],
  [
    'Kesopanan dan keramahan petugas',
    'SCORE',
    false,
    'Nilai 1 (tidak sopan) sampai 5 (sangat sopan dan ramah).',
  ],
  [
    'Biaya layanan diumumkan dan tidak ada pungutan liar (pungli)',
    'YES_NO',
    true,
    'Foto pengumuman biaya; tanyakan kepada pengguna layanan apakah diminta imbalan.',
  ],
  ['Catatan umum pengawas', 'TEXT', false, 'Hal lain yang perlu dicatat dari kunjungan ini.'],
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('oversight_teams')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('decree_number', 'text', (c) => c.notNull().unique())
    .addColumn('decree_date', 'date', (c) => c.notNull())
    .addColumn('mandate', 'text', (c) => c.notNull())
    .addColumn('period_start', 'date', (c) => c.notNull())
    .addColumn('period_end', 'date', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('oversight_teams_period', sql`period_end >= period_start`)
    .execute();

  await db.schema
    .createTable('oversight_team_members')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('team_id', 'integer', (c) => c.notNull().references('oversight_teams.id').onDelete('cascade'))
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('is_leader', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('oversight_team_members_unique', ['team_id', 'employee_id'])
    .execute();
  await db.schema
    .createIndex('oversight_team_members_leader_idx')
    .on('oversight_team_members')
    .column('team_id')
    .unique()
    .where(sql.ref('is_leader'), '=', true)
    .execute();
  await db.schema
    .createIndex('oversight_team_members_employee_idx')
    .on('oversight_team_members')
    .column('employee_id')
    .execute();

  await db.schema
    .createTable('oversight_checklist_templates')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('is_active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('oversight_checklist_versions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('template_id', 'integer', (c) => c.notNull().references('oversight_checklist_templates.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('oversight_checklist_versions_unique', ['template_id', 'version'])
    .execute();

  await db.schema
    .createTable('oversight_checklist_items')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('version_id', 'integer', (c) => c.notNull().references('oversight_checklist_versions.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('guidance', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('score_min', 'integer')
    .addColumn('score_max', 'integer')
    .addColumn('photo_required', 'boolean', (c) => c.notNull().defaultTo(false))
    .addUniqueConstraint('oversight_checklist_items_position', ['version_id', 'position'])
    .addCheckConstraint('oversight_checklist_items_type', sql`type in ('YES_NO', 'SCORE', 'TEXT')`)
    .addCheckConstraint(
      'oversight_checklist_items_score',
      sql`(type = 'SCORE' and score_min is not null and score_max is not null and score_min < score_max)
          or (type <> 'SCORE' and score_min is null and score_max is null)`,
    )
    .execute();

  await db.schema
    .createTable('oversight_plans')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('team_id', 'integer', (c) => c.notNull().references('oversight_teams.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('target_category_id', 'integer', (c) => c.references('complaint_categories.id'))
    .addColumn('target_service_text', 'text')
    .addColumn('target_employee_id', 'integer', (c) => c.references('employees.id'))
    .addColumn('planned_date', 'date', (c) => c.notNull())
    .addColumn('checklist_version_id', 'integer', (c) =>
      c.notNull().references('oversight_checklist_versions.id'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('PLANNED'))
    .addColumn('notes', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('oversight_plans_kind', sql`kind in ('PLANNED', 'UNANNOUNCED')`)
    .addCheckConstraint(
      'oversight_plans_status',
      sql`status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')`,
    )
    .addCheckConstraint('oversight_plans_target_kind', sql`target_kind in ('UNIT', 'SERVICE', 'EMPLOYEE')`)
    .addCheckConstraint(
      'oversight_plans_target',
      sql`(target_kind <> 'SERVICE' or target_category_id is not null or target_service_text is not null)
          and (target_kind <> 'EMPLOYEE' or target_employee_id is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('oversight_plans_date_idx')
    .on('oversight_plans')
    .column('planned_date')
    .execute();
  await db.schema
    .createIndex('oversight_plans_team_idx')
    .on('oversight_plans')
    .columns(['team_id', 'planned_date'])
    .execute();

  await db.schema
    .createTable('oversight_inspections')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('client_uuid', 'uuid', (c) => c.notNull().unique())
    .addColumn('plan_id', 'integer', (c) => c.references('oversight_plans.id'))
    .addColumn('team_id', 'integer', (c) => c.notNull().references('oversight_teams.id'))
    .addColumn('checklist_version_id', 'integer', (c) =>
      c.notNull().references('oversight_checklist_versions.id'),
    )
    .addColumn('inspector_employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('inspector_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('target_category_id', 'integer', (c) => c.references('complaint_categories.id'))
    .addColumn('target_service_text', 'text')
    .addColumn('target_employee_id', 'integer', (c) => c.references('employees.id'))
    .addColumn('complaint_id', 'integer', (c) => c.references('complaints.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('notes', 'text')
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('oversight_inspections_kind', sql`kind in ('PLANNED', 'UNANNOUNCED')`)
    .addCheckConstraint('oversight_inspections_status', sql`status in ('DRAFT', 'SUBMITTED')`)
    .addCheckConstraint(
      'oversight_inspections_target_kind',
      sql`target_kind in ('UNIT', 'SERVICE', 'EMPLOYEE')`,
    )
    .addCheckConstraint(
      'oversight_inspections_submitted',
      sql`(status = 'SUBMITTED') = (submitted_at is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('oversight_inspections_plan_idx')
    .on('oversight_inspections')
    .column('plan_id')
    .execute();
  await db.schema
    .createIndex('oversight_inspections_unit_idx')
    .on('oversight_inspections')
    .columns(['target_unit_id', 'submitted_at'])
    .execute();
  await db.schema
    .createIndex('oversight_inspections_complaint_idx')
    .on('oversight_inspections')
    .column('complaint_id')
    .execute();

  await db.schema
    .createTable('oversight_inspection_answers')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('inspection_id', 'integer', (c) =>
      c.notNull().references('oversight_inspections.id').onDelete('cascade'),
    )
    .addColumn('item_id', 'integer', (c) => c.notNull().references('oversight_checklist_items.id'))
    .addColumn('answer_yes', 'boolean')
    .addColumn('answer_score', 'integer')
    .addColumn('answer_text', 'text')
    .addColumn('note', 'text')
    .addUniqueConstraint('oversight_inspection_answers_unique', ['inspection_id', 'item_id'])
    .execute();

  await db.schema
    .createTable('oversight_inspection_photos')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('inspection_id', 'integer', (c) =>
      c.notNull().references('oversight_inspections.id').onDelete('cascade'),
    )
    .addColumn('item_id', 'integer', (c) => c.references('oversight_checklist_items.id'))
    .addColumn('client_uuid', 'uuid', (c) => c.notNull().unique())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('oversight_inspection_photos_inspection_idx')
    .on('oversight_inspection_photos')
    .column('inspection_id')
    .execute();

  await db.schema
    .createTable('oversight_findings')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('team_id', 'integer', (c) => c.notNull().references('oversight_teams.id'))
    .addColumn('inspection_id', 'integer', (c) => c.references('oversight_inspections.id'))
    .addColumn('complaint_id', 'integer', (c) => c.references('complaints.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('concerned_employee_id', 'integer', (c) => c.references('employees.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('condition', 'text', (c) => c.notNull())
    .addColumn('criterion', 'text', (c) => c.notNull())
    .addColumn('cause', 'text', (c) => c.notNull())
    .addColumn('effect', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('is_integrity', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_by_employee_id', 'integer', (c) => c.references('employees.id'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('oversight_findings_severity', sql`severity in ('BERAT', 'SEDANG', 'RINGAN')`)
    .addCheckConstraint(
      'oversight_findings_source',
      sql`inspection_id is not null or complaint_id is not null`,
    )
    .execute();
  await db.schema
    .createIndex('oversight_findings_inspection_idx')
    .on('oversight_findings')
    .column('inspection_id')
    .execute();
  await db.schema
    .createIndex('oversight_findings_unit_idx')
    .on('oversight_findings')
    .columns(['unit_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('oversight_finding_files')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('finding_id', 'integer', (c) =>
      c.notNull().references('oversight_findings.id').onDelete('cascade'),
    )
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('oversight_finding_files_finding_idx')
    .on('oversight_finding_files')
    .column('finding_id')
    .execute();

  await db.schema
    .createTable('oversight_recommendations')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('finding_id', 'integer', (c) => c.notNull().references('oversight_findings.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('owner_kind', 'text', (c) => c.notNull())
    .addColumn('owner_employee_id', 'integer', (c) => c.references('employees.id'))
    .addColumn('owner_unit_id', 'integer', (c) => c.references('org_units.id'))
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('OPEN'))
    .addColumn('closed_at', 'timestamptz')
    .addColumn('cannot_follow_up_reason', 'text')
    .addColumn('cannot_follow_up_decided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('cannot_follow_up_decided_at', 'timestamptz')
    .addColumn('cannot_follow_up_decision_note', 'text')
    .addColumn('escalation_level', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('oversight_recommendations_owner_kind', sql`owner_kind in ('EMPLOYEE', 'UNIT')`)
    .addCheckConstraint(
      'oversight_recommendations_owner',
      sql`(owner_kind = 'EMPLOYEE' and owner_employee_id is not null and owner_unit_id is null)
          or (owner_kind = 'UNIT' and owner_unit_id is not null and owner_employee_id is null)`,
    )
    .addCheckConstraint(
      'oversight_recommendations_status',
      sql`status in ('OPEN', 'SUBMITTED', 'RETURNED', 'CLOSED', 'CANNOT_FOLLOW_UP_PENDING', 'CANNOT_FOLLOW_UP_APPROVED')`,
    )
    .execute();
  await db.schema
    .createIndex('oversight_recommendations_finding_idx')
    .on('oversight_recommendations')
    .column('finding_id')
    .execute();
  await db.schema
    .createIndex('oversight_recommendations_owner_employee_idx')
    .on('oversight_recommendations')
    .columns(['owner_employee_id', 'status'])
    .execute();
  await db.schema
    .createIndex('oversight_recommendations_owner_unit_idx')
    .on('oversight_recommendations')
    .columns(['owner_unit_id', 'status'])
    .execute();
  await db.schema
    .createIndex('oversight_recommendations_due_idx')
    .on('oversight_recommendations')
    .columns(['status', 'due_date'])
    .execute();

  await db.schema
    .createTable('oversight_follow_ups')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('recommendation_id', 'integer', (c) => c.notNull().references('oversight_recommendations.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('submitted_by_employee_id', 'integer', (c) => c.references('employees.id'))
    .addColumn('submitted_by', 'integer', (c) => c.references('users.id'))
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('reason', 'text')
    .addColumn('verified_by_employee_id', 'integer', (c) => c.references('employees.id'))
    .addColumn('verified_by', 'integer', (c) => c.references('users.id'))
    .addColumn('verified_at', 'timestamptz')
    .addCheckConstraint(
      'oversight_follow_ups_result',
      sql`result is null or result in ('SESUAI', 'BELUM_SESUAI', 'TIDAK_DAPAT_DITINDAKLANJUTI')`,
    )
    .addCheckConstraint('oversight_follow_ups_verified', sql`(result is null) = (verified_at is null)`)
    .execute();
  await db.schema
    .createIndex('oversight_follow_ups_recommendation_idx')
    .on('oversight_follow_ups')
    .columns(['recommendation_id', 'submitted_at'])
    .execute();

  await db.schema
    .createTable('oversight_follow_up_files')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('follow_up_id', 'integer', (c) =>
      c.notNull().references('oversight_follow_ups.id').onDelete('cascade'),
    )
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('oversight_follow_up_files_follow_up_idx')
    .on('oversight_follow_up_files')
    .column('follow_up_id')
    .execute();

  await db.schema
    .createTable('oversight_recommendation_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('recommendation_id', 'integer', (c) => c.notNull().references('oversight_recommendations.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('message', 'text')
    .addColumn('data', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('dedupe_key', 'text')
    .addCheckConstraint(
      'oversight_recommendation_events_type',
      sql`type in ('CREATED', 'UPDATED', 'FOLLOW_UP_SUBMITTED', 'VERIFIED_SESUAI', 'VERIFIED_BELUM_SESUAI',
        'VERIFIED_TIDAK_DAPAT_DITINDAKLANJUTI', 'CANNOT_FOLLOW_UP_APPROVED', 'CANNOT_FOLLOW_UP_REJECTED',
        'REMINDER', 'OVERDUE', 'ESCALATED_SUPERIOR', 'ESCALATED_PIMPINAN')`,
    )
    .execute();
  await db.schema
    .createIndex('oversight_recommendation_events_rec_idx')
    .on('oversight_recommendation_events')
    .columns(['recommendation_id', 'at'])
    .execute();
  await db.schema
    .createIndex('oversight_recommendation_events_dedupe_idx')
    .on('oversight_recommendation_events')
    .columns(['recommendation_id', 'dedupe_key'])
    .unique()
    .where(sql.ref('dedupe_key'), 'is not', null)
    .execute();

  // The starter set (reference data): version 1 of the kecamatan service-point checklist.
  const template = await db
    .insertInto('oversight_checklist_templates')
    .values({
      code: 'PELAYANAN-KECAMATAN',
      name: 'Pengawasan titik layanan kecamatan',
      description:
        'Daftar periksa awal untuk loket pelayanan kecamatan dan kelurahan: kehadiran, kepatuhan SOP, maklumat ' +
        'dan standar pelayanan, waktu tunggu, kesopanan, serta transparansi biaya (tanpa pungli).',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const version = await db
    .insertInto('oversight_checklist_versions')
    .values({ template_id: template.id, version: 1, note: 'Set awal' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('oversight_checklist_items')
    .values(
      STARTER_ITEMS.map(([text, type, photoRequired, guidance], i) => ({
        version_id: version.id,
        position: i + 1,
        text,
        guidance,
        type,
        score_min: type === 'SCORE' ? 1 : null,
        score_max: type === 'SCORE' ? 5 : null,
        photo_required: photoRequired,
      })),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'oversight_recommendation_events',
    'oversight_follow_up_files',
    'oversight_follow_ups',
    'oversight_recommendations',
    'oversight_finding_files',
    'oversight_findings',
    'oversight_inspection_photos',
    'oversight_inspection_answers',
    'oversight_inspections',
    'oversight_plans',
    'oversight_checklist_items',
    'oversight_checklist_versions',
    'oversight_checklist_templates',
    'oversight_team_members',
    'oversight_teams',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
