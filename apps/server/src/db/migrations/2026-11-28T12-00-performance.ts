import { sql, type Kysely } from 'kysely';

// Performance management (SKP, PermenPANRB 6/2022): years with their period scheme and deadlines, the SKP with its
// RHK and indicators, kept versions, realisation and bukti dukung (files stored in the database so several app
// instances and backups see the same evidence), feedback, evaluations with an append-only rating history,
// objections, and the register of issued documents for public verification.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('perf_years')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull().unique())
    .addColumn('scheme', 'text', (c) => c.notNull())
    .addColumn('deadlines', 'jsonb', (c) => c.notNull())
    .addColumn('org_predikat', 'text')
    .addColumn('distribution_rules', 'jsonb')
    .addColumn('calibration_finalized_at', 'timestamptz')
    .addColumn('calibration_finalized_by', 'integer', (c) => c.references('users.id'))
    .addColumn('calibration_justification', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('perf_years_scheme', sql`scheme in ('MONTHLY', 'QUARTERLY', 'SEMESTER')`)
    .execute();

  await db.schema
    .createTable('perf_periods')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('year_id', 'integer', (c) => c.notNull().references('perf_years.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date', (c) => c.notNull())
    .addColumn('evaluation_deadline', 'date', (c) => c.notNull())
    .addColumn('months', 'integer', (c) => c.notNull())
    .addUniqueConstraint('perf_periods_year_seq', ['year_id', 'seq'])
    .addCheckConstraint('perf_periods_kind', sql`kind in ('PERIODIK', 'TAHUNAN')`)
    .execute();

  await db.schema
    .createTable('perf_skps')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('year_id', 'integer', (c) => c.notNull().references('perf_years.id'))
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('position_id', 'integer', (c) => c.references('positions.id'))
    .addColumn('approach', 'text', (c) => c.notNull().defaultTo('KUANTITATIF'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('DRAFT'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_revision', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('ekspektasi', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('lampiran', 'jsonb', (c) => c.notNull())
    .addColumn('angka_kredit_koefisien', 'numeric')
    .addColumn('return_comment', 'text')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('approved_at', 'timestamptz')
    .addColumn('approved_by', 'integer', (c) => c.references('employees.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('perf_skps_year_employee_position', ['year_id', 'employee_id', 'position_id'])
    .addCheckConstraint('perf_skps_status', sql`status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')`)
    .addCheckConstraint('perf_skps_approach', sql`approach in ('KUANTITATIF', 'KUALITATIF')`)
    .execute();
  await db.schema.createIndex('perf_skps_employee_idx').on('perf_skps').column('employee_id').execute();

  await db.schema
    .createTable('perf_rhk')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('skp_id', 'integer', (c) => c.notNull().references('perf_skps.id').onDelete('cascade'))
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('parent_rhk_id', 'integer', (c) => c.references('perf_rhk.id').onDelete('set null'))
    .addColumn('perspektif', 'text')
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addCheckConstraint('perf_rhk_section', sql`section in ('UTAMA', 'TAMBAHAN')`)
    .execute();
  await db.schema.createIndex('perf_rhk_skp_idx').on('perf_rhk').column('skp_id').execute();
  await db.schema.createIndex('perf_rhk_parent_idx').on('perf_rhk').column('parent_rhk_id').execute();

  await db.schema
    .createTable('perf_indicators')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('rhk_id', 'integer', (c) => c.notNull().references('perf_rhk.id').onDelete('cascade'))
    .addColumn('aspek', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_value', 'numeric')
    .addColumn('target_unit', 'text')
    .addColumn('target_date', 'date')
    .addColumn('target_text', 'text')
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addCheckConstraint('perf_indicators_aspek', sql`aspek in ('KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA')`)
    .addCheckConstraint(
      'perf_indicators_target_kind',
      sql`target_kind in ('NUMBER', 'PERCENT', 'DATE', 'QUALITATIVE')`,
    )
    .execute();
  await db.schema.createIndex('perf_indicators_rhk_idx').on('perf_indicators').column('rhk_id').execute();

  await db.schema
    .createTable('perf_skp_versions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('skp_id', 'integer', (c) => c.notNull().references('perf_skps.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('snapshot', 'jsonb', (c) => c.notNull())
    .addColumn('actor_name', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('perf_skp_versions_skp_idx').on('perf_skp_versions').column('skp_id').execute();

  await db.schema
    .createTable('perf_realisations')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('indicator_id', 'integer', (c) =>
      c.notNull().references('perf_indicators.id').onDelete('cascade'),
    )
    .addColumn('period_id', 'integer', (c) => c.notNull().references('perf_periods.id'))
    .addColumn('value', 'numeric')
    .addColumn('text', 'text')
    .addColumn('action_plan', 'text')
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('perf_realisations_indicator_period', ['indicator_id', 'period_id'])
    .execute();

  await db.schema
    .createTable('perf_evidence')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('indicator_id', 'integer', (c) =>
      c.notNull().references('perf_indicators.id').onDelete('cascade'),
    )
    .addColumn('period_id', 'integer', (c) => c.notNull().references('perf_periods.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('file_name', 'text')
    .addColumn('mime_type', 'text')
    .addColumn('size_bytes', 'integer')
    .addColumn('sha256', 'text')
    .addColumn('content', 'bytea')
    .addColumn('description', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('perf_evidence_kind', sql`kind in ('LINK', 'FILE')`)
    .execute();
  await db.schema
    .createIndex('perf_evidence_indicator_idx')
    .on('perf_evidence')
    .columns(['indicator_id', 'period_id'])
    .execute();

  await db.schema
    .createTable('perf_feedback')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('skp_id', 'integer', (c) => c.notNull().references('perf_skps.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('rhk_id', 'integer', (c) => c.references('perf_rhk.id').onDelete('set null'))
    .addColumn('value_code', 'text')
    .addColumn('period_id', 'integer', (c) => c.references('perf_periods.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('is_from_superior', 'boolean', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('perf_feedback_kind', sql`kind in ('FEEDBACK', 'REQUEST')`)
    .execute();
  await db.schema.createIndex('perf_feedback_skp_idx').on('perf_feedback').column('skp_id').execute();

  await db.schema
    .createTable('perf_evaluations')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('skp_id', 'integer', (c) => c.notNull().references('perf_skps.id'))
    .addColumn('period_id', 'integer', (c) => c.notNull().references('perf_periods.id'))
    .addColumn('rater_employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('rating_hasil_kerja', 'text', (c) => c.notNull())
    .addColumn('rating_perilaku', 'text', (c) => c.notNull())
    .addColumn('predikat', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('catatan', 'text')
    .addColumn('evaluated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('perf_evaluations_skp_period', ['skp_id', 'period_id'])
    .execute();

  await db.schema
    .createTable('perf_rating_history')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('evaluation_id', 'integer', (c) => c.notNull().references('perf_evaluations.id'))
    .addColumn('rating_hasil_kerja', 'text', (c) => c.notNull())
    .addColumn('rating_perilaku', 'text', (c) => c.notNull())
    .addColumn('predikat', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  // Append-only: the history of ratings is evidence; nobody edits or deletes it, not even through SQL by mistake.
  await sql`create function perf_rating_history_append_only() returns trigger language plpgsql as $$
    begin raise exception 'perf_rating_history is append-only'; end $$`.execute(db);
  await sql`create trigger perf_rating_history_no_change before update or delete on perf_rating_history
    for each row execute function perf_rating_history_append_only()`.execute(db);

  await db.schema
    .createTable('perf_objections')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('evaluation_id', 'integer', (c) => c.notNull().references('perf_evaluations.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('PENDING'))
    .addColumn('decision_reason', 'text')
    .addColumn('decided_by_employee_id', 'integer', (c) => c.references('employees.id'))
    .addColumn('decided_by_name', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decided_at', 'timestamptz')
    .addCheckConstraint('perf_objections_status', sql`status in ('PENDING', 'ACCEPTED', 'REJECTED')`)
    .execute();

  // Delegation of the rater's authority (pejabat dengan kewenangan delegasi): recorded per year, used for every
  // period of that year in which the natural rater would be `from_employee_id`.
  await db.schema
    .createTable('perf_rater_delegations')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('year_id', 'integer', (c) => c.notNull().references('perf_years.id'))
    .addColumn('from_employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('to_employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('perf_rater_delegations_year_from', ['year_id', 'from_employee_id'])
    .addCheckConstraint('perf_rater_delegations_not_self', sql`from_employee_id <> to_employee_id`)
    .execute();

  await db.schema
    .createTable('perf_documents')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('skp_id', 'integer', (c) => c.notNull().references('perf_skps.id'))
    .addColumn('evaluation_id', 'integer', (c) => c.references('perf_evaluations.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('employee_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'integer', (c) => c.references('users.id'))
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull())
    .addCheckConstraint('perf_documents_kind', sql`kind in ('SKP', 'EVALUASI')`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'perf_documents',
    'perf_rater_delegations',
    'perf_objections',
    'perf_rating_history',
    'perf_evaluations',
    'perf_feedback',
    'perf_evidence',
    'perf_realisations',
    'perf_skp_versions',
    'perf_indicators',
    'perf_rhk',
    'perf_skps',
    'perf_periods',
    'perf_years',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await sql`drop function if exists perf_rating_history_append_only()`.execute(db);
}
