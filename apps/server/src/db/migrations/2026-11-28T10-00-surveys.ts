import { sql, type Kysely } from 'kysely';

// Survei Kepuasan Masyarakat (SKM, PermenPANRB 14/2017): surveys per service unit and period, anonymous responses
// (answers stored per unsur code in u1..u9, never by position), single-use invitations tied to an event, and the
// rencana tindak lanjut (follow-up actions) per survey.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('skm_surveys')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('period_start', 'date', (c) => c.notNull())
    .addColumn('period_end', 'date', (c) => c.notNull())
    .addColumn('service_types', 'jsonb', (c) => c.notNull())
    .addColumn('unsur', 'jsonb', (c) => c.notNull())
    .addColumn('extra_questions', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('profile_fields', 'jsonb', (c) => c.notNull())
    .addColumn('weight', 'text', (c) => c.notNull().defaultTo('exact'))
    .addColumn('population', 'integer')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('DRAFT'))
    .addColumn('is_published', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('published_at', 'timestamptz')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('skm_surveys_period', sql`period_end >= period_start`)
    .addCheckConstraint('skm_surveys_weight', sql`weight in ('exact', '0.111', '0.11')`)
    .addCheckConstraint('skm_surveys_status', sql`status in ('DRAFT', 'OPEN', 'CLOSED')`)
    .addCheckConstraint('skm_surveys_population', sql`population is null or population > 0`)
    .execute();
  await db.schema
    .createIndex('skm_surveys_unit_period_idx')
    .on('skm_surveys')
    .columns(['unit_id', 'period_start'])
    .execute();

  const answer = (col: string) => sql.raw(`${col} is null or ${col} between 1 and 4`);
  let responses = db.schema
    .createTable('skm_responses')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('survey_id', 'integer', (c) => c.notNull().references('skm_surveys.id'))
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull());
  for (const col of ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9']) {
    responses = responses
      .addColumn(col, 'smallint')
      .addCheckConstraint(`skm_responses_${col}_range`, answer(col));
  }
  await responses
    .addColumn('extra_answers', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('service_type', 'text', (c) => c.notNull())
    .addColumn('gender', 'char(1)')
    .addColumn('age', 'smallint')
    .addColumn('education', 'text')
    .addColumn('occupation', 'text')
    .addColumn('officer_employee_id', 'integer', (c) => c.references('employees.id'))
    .addColumn('suggestion', 'text')
    .addColumn('suggestion_status', 'text', (c) => c.notNull().defaultTo('NONE'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('counter', 'text')
    // Keyed hash of survey + WIB day + IP + user agent (never the raw IP): finds repeat submissions on open links.
    .addColumn('dedupe_hash', 'text')
    .addColumn('is_flagged', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('flag_reason', 'text')
    .addColumn('is_excluded', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('excluded_reason', 'text')
    .addColumn('excluded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('excluded_at', 'timestamptz')
    .addCheckConstraint(
      'skm_responses_suggestion_status',
      sql`suggestion_status in ('NONE', 'PENDING', 'APPROVED', 'REJECTED')`,
    )
    .addCheckConstraint('skm_responses_source', sql`source in ('LINK', 'QR', 'INVITATION')`)
    .addCheckConstraint('skm_responses_gender', sql`gender is null or gender in ('L', 'P')`)
    .execute();
  await db.schema
    .createIndex('skm_responses_survey_idx')
    .on('skm_responses')
    .columns(['survey_id', 'submitted_at'])
    .execute();
  await db.schema
    .createIndex('skm_responses_dedupe_idx')
    .on('skm_responses')
    .columns(['survey_id', 'dedupe_hash'])
    .execute();
  await db.schema
    .createIndex('skm_responses_officer_idx')
    .on('skm_responses')
    .columns(['officer_employee_id', 'survey_id'])
    .execute();

  await db.schema
    .createTable('skm_invitations')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('survey_id', 'integer', (c) => c.notNull().references('skm_surveys.id'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('event_ref', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    // Only the WIB day of use, so an invitation cannot be matched to a response by its exact time.
    .addColumn('used_on', 'date')
    .addUniqueConstraint('skm_invitations_event_key', ['survey_id', 'event_type', 'event_ref'])
    .execute();

  await db.schema
    .createTable('skm_followups')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('survey_id', 'integer', (c) => c.notNull().references('skm_surveys.id'))
    .addColumn('unsur_code', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('owner_employee_id', 'integer', (c) => c.references('employees.id'))
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('PLANNED'))
    .addColumn('note', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'skm_followups_status',
      sql`status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')`,
    )
    .addCheckConstraint(
      'skm_followups_unsur',
      sql`unsur_code in ('U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9')`,
    )
    .execute();
  await db.schema.createIndex('skm_followups_survey_idx').on('skm_followups').column('survey_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['skm_followups', 'skm_invitations', 'skm_responses', 'skm_surveys']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
