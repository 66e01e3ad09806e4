import { sql, type Kysely } from 'kysely';

// Issue 14 §3: the notification centre and the transactional e-mail outbox. A module's service writes the in-app
// notification and the outbox row in its own transaction, so a rolled-back change notifies nobody and an SMTP outage
// loses nothing: the sender job retries the outbox with backoff. The lists below are the contract's
// NOTIFICATION_TYPES and NOTIFICATION_OUTBOX_STATUSES (migrations never import app code).
const TYPES = [
  'COMPLAINT_ASSIGNED',
  'COMPLAINT_DEADLINE',
  'COMPLAINT_RATED',
  'SKP_APPROVED',
  'SKP_RETURNED',
  'SKP_FEEDBACK',
  'RECOMMENDATION_ASSIGNED',
  'RECOMMENDATION_DEADLINE',
  'TRAINING_ENROLMENT',
  'TRAINING_REMINDER',
  'TRAINING_JP_TARGET',
  'FORUM_MENTION',
  'FORUM_OFFICIAL_RESPONSE',
];
const STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED'];
const list = (values: string[]) => sql.join(values.map((v) => sql.lit(v)));

export async function up(db: Kysely<any>): Promise<void> {
  // The recipient is a user, an employee or both: staff without a login still get e-mail, and a user without an
  // employee record (an administrator) still gets in-app notifications. Both are filled when known.
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('employee_id', 'integer', (c) => c.references('employees.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in (${list(TYPES)})`))
    .addColumn('params', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('link', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('read_at', 'timestamptz')
    .addCheckConstraint('notifications_recipient', sql`user_id is not null or employee_id is not null`)
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'read_at', 'id'])
    .execute();
  await db.schema
    .createIndex('notifications_employee_idx')
    .on('notifications')
    .columns(['employee_id', 'read_at', 'id'])
    .execute();

  // Only the choices a user changed are stored; a missing row means the default (e-mail on).
  await db.schema
    .createTable('notification_preferences')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in (${list(TYPES)})`))
    .addColumn('email', 'boolean', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_preferences_pk', ['user_id', 'type'])
    .execute();

  await db.schema
    .createTable('notification_outbox')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('notification_id', 'bigint', (c) => c.references('notifications.id').onDelete('set null'))
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('PENDING')
        .check(sql`status in (${list(STATUSES)})`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz')
    .execute();
  // The sender's scan: due rows in order.
  await db.schema
    .createIndex('notification_outbox_due_idx')
    .on('notification_outbox')
    .columns(['status', 'next_attempt_at', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notification_outbox').execute();
  await db.schema.dropTable('notification_preferences').execute();
  await db.schema.dropTable('notifications').execute();
}
