import { sql, type Kysely } from 'kysely';

// Training (pengembangan kompetensi, competency-training.md; issue 11 §2): the programme catalogue, the internal
// trainer registry, sessions with their days, trainers and materials, enrolments with the superior's decision and
// the waiting list, attendance per day, test scores, feedback, JP credits, external training evidence and
// certificates. Files (materials, evidence) are stored in the database like complaint attachments. JP are
// numeric(5,1): nonklasikal forms count in halves (minutes ÷ 45 rounded down to 0,5 JP).

const FORMS = `'KLASIKAL', 'E_LEARNING', 'PEMBELAJARAN_JARAK_JAUH', 'COACHING', 'MENTORING', 'MAGANG', 'DETASERING',
  'BENCHMARKING', 'PERTUKARAN_PEGAWAI', 'BELAJAR_MANDIRI', 'TEAM_BUILDING', 'PENUGASAN_PROGRAM_PRIORITAS', 'SEMINAR',
  'KURSUS', 'PENATARAN'`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('training_programmes')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('jp', sql`numeric(5,1)`, (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('provider_name', 'text')
    .addColumn('cost_per_participant', 'bigint')
    .addColumn('is_active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('training_programmes_form', sql.raw(`form in (${FORMS})`))
    .addCheckConstraint('training_programmes_provider', sql`provider in ('INTERNAL', 'EXTERNAL')`)
    .addCheckConstraint('training_programmes_jp', sql`jp > 0 and jp * 2 = floor(jp * 2)`)
    .addCheckConstraint(
      'training_programmes_cost',
      sql`cost_per_participant is null or (provider = 'EXTERNAL' and cost_per_participant >= 0)`,
    )
    .execute();

  // The internal trainer registry: an internal trainer is an employee record (competency-training.md).
  await db.schema
    .createTable('training_trainers')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('employee_id', 'integer', (c) => c.notNull().unique().references('employees.id'))
    .addColumn('note', 'text')
    .addColumn('is_active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // The competencies a programme addresses (training needs match through these) and those a trainer may teach.
  await db.schema
    .createTable('training_programme_competencies')
    .addColumn('programme_id', 'integer', (c) =>
      c.notNull().references('training_programmes.id').onDelete('cascade'),
    )
    .addColumn('competency_id', 'integer', (c) => c.notNull().references('competencies.id'))
    .addPrimaryKeyConstraint('training_programme_competencies_pk', ['programme_id', 'competency_id'])
    .execute();
  await db.schema
    .createTable('training_trainer_competencies')
    .addColumn('trainer_id', 'integer', (c) =>
      c.notNull().references('training_trainers.id').onDelete('cascade'),
    )
    .addColumn('competency_id', 'integer', (c) => c.notNull().references('competencies.id'))
    .addPrimaryKeyConstraint('training_trainer_competencies_pk', ['trainer_id', 'competency_id'])
    .execute();

  await db.schema
    .createTable('training_sessions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('programme_id', 'integer', (c) => c.notNull().references('training_programmes.id'))
    .addColumn('title_suffix', 'text')
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('online_url', 'text')
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('PLANNED'))
    // The JP a participant earns: the programme's, or for a nonklasikal form minutes ÷ 45 down to 0,5 JP.
    .addColumn('jp', sql`numeric(5,1)`, (c) => c.notNull())
    .addColumn('duration_minutes', 'integer')
    .addColumn('min_attendance_percent', 'integer', (c) => c.notNull())
    .addColumn('post_test_pass_mark', sql`numeric(5,2)`)
    .addColumn('completed_at', 'timestamptz')
    .addColumn('cancel_reason', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('training_sessions_status', sql`status in ('PLANNED', 'OPEN', 'CLOSED', 'CANCELLED')`)
    .addCheckConstraint('training_sessions_times', sql`ends_at > starts_at`)
    .addCheckConstraint('training_sessions_capacity', sql`capacity between 1 and 10000`)
    .addCheckConstraint('training_sessions_jp', sql`jp >= 0 and jp * 2 = floor(jp * 2)`)
    .addCheckConstraint('training_sessions_attendance', sql`min_attendance_percent between 1 and 100`)
    .addCheckConstraint(
      'training_sessions_pass_mark',
      sql`post_test_pass_mark is null or post_test_pass_mark between 0 and 100`,
    )
    .execute();
  await db.schema
    .createIndex('training_sessions_starts_idx')
    .on('training_sessions')
    .column('starts_at')
    .execute();
  await db.schema
    .createIndex('training_sessions_programme_idx')
    .on('training_sessions')
    .column('programme_id')
    .execute();

  // The days attendance is taken on (WIB calendar dates).
  await db.schema
    .createTable('training_session_days')
    .addColumn('session_id', 'integer', (c) =>
      c.notNull().references('training_sessions.id').onDelete('cascade'),
    )
    .addColumn('day', 'date', (c) => c.notNull())
    .addPrimaryKeyConstraint('training_session_days_pk', ['session_id', 'day'])
    .execute();

  // An internal trainer is an employee from the registry; an external one a name and organisation.
  await db.schema
    .createTable('training_session_trainers')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('session_id', 'integer', (c) =>
      c.notNull().references('training_sessions.id').onDelete('cascade'),
    )
    .addColumn('employee_id', 'integer', (c) => c.references('employees.id'))
    .addColumn('external_name', 'text')
    .addColumn('external_organisation', 'text')
    .addCheckConstraint(
      'training_session_trainers_kind',
      sql`(employee_id is not null and external_name is null) or (employee_id is null and external_name is not null)`,
    )
    .execute();
  await sql`create unique index training_session_trainers_employee_uq on training_session_trainers (session_id, employee_id)
    where employee_id is not null`.execute(db);
  await db.schema
    .createIndex('training_session_trainers_employee_idx')
    .on('training_session_trainers')
    .column('employee_id')
    .execute();

  await db.schema
    .createTable('training_materials')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('session_id', 'integer', (c) =>
      c.notNull().references('training_sessions.id').onDelete('cascade'),
    )
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('training_enrolments')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('session_id', 'integer', (c) => c.notNull().references('training_sessions.id'))
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'integer', (c) => c.references('users.id'))
    .addColumn('request_note', 'text')
    .addColumn('assigned_by', 'integer', (c) => c.references('users.id'))
    .addColumn('assigned_by_name', 'text')
    .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_by_name', 'text')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decision_reason', 'text')
    // FIFO order of the waiting list: when the person joined it (ties by id).
    .addColumn('waitlisted_at', 'timestamptz')
    .addColumn('cancelled_by', 'integer', (c) => c.references('users.id'))
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('cancel_reason', 'text')
    .addColumn('pre_test_score', sql`numeric(5,2)`)
    .addColumn('post_test_score', sql`numeric(5,2)`)
    .addColumn('attendance_percent', sql`numeric(5,2)`)
    .addColumn('completed_at', 'timestamptz')
    .addColumn('reminded_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'training_enrolments_status',
      sql`status in ('REQUESTED', 'APPROVED', 'REJECTED', 'WAITLISTED', 'CANCELLED', 'COMPLETED', 'NOT_COMPLETED')`,
    )
    .addCheckConstraint('training_enrolments_origin', sql`origin in ('REQUEST', 'ASSIGNMENT')`)
    .addCheckConstraint(
      'training_enrolments_scores',
      sql`(pre_test_score is null or pre_test_score between 0 and 100) and (post_test_score is null or post_test_score between 0 and 100)`,
    )
    .execute();
  // No double enrolment: one live enrolment per employee and session (a rejected or cancelled one may be re-requested).
  await sql`create unique index training_enrolments_live_uq on training_enrolments (session_id, employee_id)
    where status not in ('REJECTED', 'CANCELLED')`.execute(db);
  await db.schema
    .createIndex('training_enrolments_employee_idx')
    .on('training_enrolments')
    .columns(['employee_id', 'status'])
    .execute();
  await db.schema
    .createIndex('training_enrolments_session_idx')
    .on('training_enrolments')
    .columns(['session_id', 'status'])
    .execute();

  await db.schema
    .createTable('training_attendance')
    .addColumn('enrolment_id', 'integer', (c) => c.notNull().references('training_enrolments.id'))
    .addColumn('session_id', 'integer', (c) => c.notNull())
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('present', 'boolean', (c) => c.notNull())
    .addColumn('recorded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('training_attendance_pk', ['enrolment_id', 'day'])
    .addForeignKeyConstraint('training_attendance_day_fk', ['session_id', 'day'], 'training_session_days', [
      'session_id',
      'day',
    ])
    .execute();

  // One feedback per participant: the session 1–5 and each of its trainers 1–5, with comments.
  await db.schema
    .createTable('training_feedback')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('enrolment_id', 'integer', (c) => c.notNull().unique().references('training_enrolments.id'))
    .addColumn('session_rating', 'smallint', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('training_feedback_rating', sql`session_rating between 1 and 5`)
    .execute();
  await db.schema
    .createTable('training_feedback_trainers')
    .addColumn('feedback_id', 'integer', (c) =>
      c.notNull().references('training_feedback.id').onDelete('cascade'),
    )
    .addColumn('session_trainer_id', 'integer', (c) => c.notNull().references('training_session_trainers.id'))
    .addColumn('rating', 'smallint', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addPrimaryKeyConstraint('training_feedback_trainers_pk', ['feedback_id', 'session_trainer_id'])
    .addCheckConstraint('training_feedback_trainers_rating', sql`rating between 1 and 5`)
    .execute();

  await db.schema
    .createTable('training_external_evidence')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('organiser', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    .addColumn('jp', sql`numeric(5,1)`, (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('AWAITING_APPROVAL'))
    .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_by_name', 'text')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('reject_reason', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('training_external_evidence_form', sql.raw(`form in (${FORMS})`))
    .addCheckConstraint(
      'training_external_evidence_status',
      sql`status in ('AWAITING_APPROVAL', 'APPROVED', 'REJECTED')`,
    )
    .addCheckConstraint('training_external_evidence_dates', sql`ends_on >= starts_on`)
    .addCheckConstraint('training_external_evidence_jp', sql`jp > 0 and jp * 2 = floor(jp * 2)`)
    .execute();
  await db.schema
    .createIndex('training_external_evidence_employee_idx')
    .on('training_external_evidence')
    .columns(['employee_id', 'status'])
    .execute();

  // JP credited per employee and year (WIB year of the session's end / the evidence's end date): one row per source.
  await db.schema
    .createTable('training_jp_credits')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('jp', sql`numeric(5,1)`, (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('enrolment_id', 'integer', (c) => c.unique().references('training_enrolments.id'))
    .addColumn('evidence_id', 'integer', (c) => c.unique().references('training_external_evidence.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('completed_on', 'date', (c) => c.notNull())
    .addColumn('credited_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('training_jp_credits_source', sql`source in ('SESSION', 'EXTERNAL')`)
    .addCheckConstraint(
      'training_jp_credits_link',
      sql`(source = 'SESSION' and enrolment_id is not null and evidence_id is null) or (source = 'EXTERNAL' and evidence_id is not null and enrolment_id is null)`,
    )
    .addCheckConstraint('training_jp_credits_jp', sql`jp >= 0`)
    .execute();
  await db.schema
    .createIndex('training_jp_credits_employee_year_idx')
    .on('training_jp_credits')
    .columns(['employee_id', 'year'])
    .execute();

  await db.schema
    .createTable('training_certificates')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('enrolment_id', 'integer', (c) => c.notNull().unique().references('training_enrolments.id'))
    .addColumn('employee_name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('jp', sql`numeric(5,1)`, (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'integer', (c) => c.references('users.id'))
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'training_certificates',
    'training_jp_credits',
    'training_external_evidence',
    'training_feedback_trainers',
    'training_feedback',
    'training_attendance',
    'training_enrolments',
    'training_materials',
    'training_session_trainers',
    'training_session_days',
    'training_sessions',
    'training_trainer_competencies',
    'training_programme_competencies',
    'training_trainers',
    'training_programmes',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
