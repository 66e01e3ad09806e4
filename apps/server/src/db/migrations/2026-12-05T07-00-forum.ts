import { sql, type Kysely } from 'kysely';

// The policy forum (issue 13, oversight-and-forum.md): policies with their audience units and documents, threads
// (per policy or general), posts with their edit history, mentions, reactions, read confirmations, polls, reports,
// moderation actions and anonymity reveals. Authors are users (every poster logs in); the employee, and with it the
// unit, is reached through users.employee_id. A post body is stored already sanitised (the safe HTML subset) beside
// its plain text, which search reads. Anonymity is a column on the row, never a missing author: moderators must be
// able to trace abuse, and every trace is a row in forum_anonymity_reveals (and the audit log).

const fk = (table: string) => `${table}.id`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('forum_policies')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('benefits_summary', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('effective_date', 'date')
    .addColumn('consultation_opens_at', 'timestamptz')
    .addColumn('consultation_closes_at', 'timestamptz')
    .addColumn('audience', 'text', (c) => c.notNull().defaultTo('ALL'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('DRAFT'))
    .addColumn('official_response', 'text')
    .addColumn('official_response_at', 'timestamptz')
    .addColumn('official_response_by', 'integer', (c) => c.references(fk('users')))
    .addColumn('closing_summary', 'text')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('closed_by', 'integer', (c) => c.references(fk('users')))
    .addColumn('published_at', 'timestamptz')
    .addColumn('published_by', 'integer', (c) => c.references(fk('users')))
    .addColumn('created_by', 'integer', (c) => c.references(fk('users')))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('forum_policies_status', sql`status in ('DRAFT', 'OPEN', 'CLOSED')`)
    .addCheckConstraint('forum_policies_audience', sql`audience in ('ALL', 'UNITS')`)
    .addCheckConstraint(
      'forum_policies_window',
      sql`consultation_closes_at is null or consultation_opens_at is null or consultation_closes_at > consultation_opens_at`,
    )
    .execute();
  await db.schema.createIndex('forum_policies_status_idx').on('forum_policies').columns(['status']).execute();

  await db.schema
    .createTable('forum_policy_units')
    .addColumn('policy_id', 'integer', (c) =>
      c.notNull().references(fk('forum_policies')).onDelete('cascade'),
    )
    .addColumn('unit_id', 'integer', (c) => c.notNull().references(fk('org_units')))
    .addPrimaryKeyConstraint('forum_policy_units_pk', ['policy_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('forum_policy_documents')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('policy_id', 'integer', (c) =>
      c.notNull().references(fk('forum_policies')).onDelete('cascade'),
    )
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer', (c) => c.references(fk('users')))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('forum_policy_documents_policy_idx')
    .on('forum_policy_documents')
    .columns(['policy_id'])
    .execute();

  await db.schema
    .createTable('forum_threads')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('policy_id', 'integer', (c) => c.references(fk('forum_policies')))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'integer', (c) => c.notNull().references(fk('users')))
    .addColumn('is_anonymous', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('OPEN'))
    .addColumn('is_hidden', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('hidden_reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_post_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('forum_threads_status', sql`status in ('OPEN', 'LOCKED')`)
    .execute();
  await db.schema
    .createIndex('forum_threads_policy_idx')
    .on('forum_threads')
    .columns(['policy_id', 'last_post_at'])
    .execute();

  await db.schema
    .createTable('forum_posts')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('thread_id', 'integer', (c) => c.notNull().references(fk('forum_threads')))
    .addColumn('author_user_id', 'integer', (c) => c.notNull().references(fk('users')))
    .addColumn('author_employee_id', 'integer', (c) => c.references(fk('employees')))
    .addColumn('is_anonymous', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('quoted_post_id', 'integer', (c) => c.references(fk('forum_posts')))
    .addColumn('quoted_excerpt', 'text')
    .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('VISIBLE'))
    .addColumn('hidden_reason', 'text')
    .addColumn('hidden_at', 'timestamptz')
    .addColumn('hidden_by', 'integer', (c) => c.references(fk('users')))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('edited_at', 'timestamptz')
    .addCheckConstraint('forum_posts_visibility', sql`visibility in ('VISIBLE', 'AUTO_HIDDEN', 'HIDDEN')`)
    .execute();
  await db.schema
    .createIndex('forum_posts_thread_idx')
    .on('forum_posts')
    .columns(['thread_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('forum_posts_author_idx')
    .on('forum_posts')
    .columns(['author_user_id'])
    .execute();

  await db.schema
    .createTable('forum_post_revisions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('post_id', 'integer', (c) => c.notNull().references(fk('forum_posts')))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('edited_by', 'integer', (c) => c.references(fk('users')))
    .addColumn('edited_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('forum_post_revisions_post_idx')
    .on('forum_post_revisions')
    .columns(['post_id'])
    .execute();

  await db.schema
    .createTable('forum_mentions')
    .addColumn('post_id', 'integer', (c) => c.notNull().references(fk('forum_posts')))
    .addColumn('user_id', 'integer', (c) => c.notNull().references(fk('users')))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('emailed_at', 'timestamptz')
    .addPrimaryKeyConstraint('forum_mentions_pk', ['post_id', 'user_id'])
    .execute();
  await db.schema.createIndex('forum_mentions_user_idx').on('forum_mentions').columns(['user_id']).execute();

  await db.schema
    .createTable('forum_reactions')
    .addColumn('post_id', 'integer', (c) => c.notNull().references(fk('forum_posts')))
    .addColumn('user_id', 'integer', (c) => c.notNull().references(fk('users')))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('forum_reactions_pk', ['post_id', 'user_id', 'kind'])
    .addCheckConstraint(
      'forum_reactions_kind',
      sql`kind in ('SETUJU', 'TIDAK_SETUJU', 'TERIMA_KASIH', 'PERLU_PENJELASAN')`,
    )
    .execute();

  await db.schema
    .createTable('forum_read_confirmations')
    .addColumn('policy_id', 'integer', (c) => c.notNull().references(fk('forum_policies')))
    .addColumn('user_id', 'integer', (c) => c.notNull().references(fk('users')))
    .addColumn('employee_id', 'integer', (c) => c.references(fk('employees')))
    .addColumn('confirmed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('forum_read_confirmations_pk', ['policy_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('forum_polls')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('thread_id', 'integer', (c) => c.references(fk('forum_threads')))
    .addColumn('policy_id', 'integer', (c) => c.references(fk('forum_policies')))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('SINGLE'))
    .addColumn('is_anonymous_voting', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('closes_at', 'timestamptz')
    .addColumn('created_by', 'integer', (c) => c.references(fk('users')))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('forum_polls_kind', sql`kind in ('SINGLE', 'MULTIPLE')`)
    .addCheckConstraint('forum_polls_owner', sql`thread_id is not null or policy_id is not null`)
    .execute();

  await db.schema
    .createTable('forum_poll_options')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('poll_id', 'integer', (c) => c.notNull().references(fk('forum_polls')).onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('forum_poll_votes')
    .addColumn('poll_id', 'integer', (c) => c.notNull().references(fk('forum_polls')).onDelete('cascade'))
    .addColumn('option_id', 'integer', (c) =>
      c.notNull().references(fk('forum_poll_options')).onDelete('cascade'),
    )
    .addColumn('user_id', 'integer', (c) => c.notNull().references(fk('users')))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('forum_poll_votes_pk', ['option_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('forum_poll_votes_poll_idx')
    .on('forum_poll_votes')
    .columns(['poll_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('forum_reports')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('post_id', 'integer', (c) => c.notNull().references(fk('forum_posts')))
    .addColumn('reporter_user_id', 'integer', (c) => c.notNull().references(fk('users')))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('PENDING'))
    .addColumn('reviewed_by', 'integer', (c) => c.references(fk('users')))
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('review_note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('forum_reports_once', ['post_id', 'reporter_user_id'])
    .addCheckConstraint('forum_reports_status', sql`status in ('PENDING', 'UPHELD', 'DISMISSED')`)
    .addCheckConstraint(
      'forum_reports_reason',
      sql`reason in ('SARA', 'KASAR', 'SPAM', 'DATA_PRIBADI', 'HOAKS', 'LAINNYA')`,
    )
    .execute();
  await db.schema.createIndex('forum_reports_status_idx').on('forum_reports').columns(['status']).execute();

  await db.schema
    .createTable('forum_moderation_actions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('post_id', 'integer', (c) => c.references(fk('forum_posts')))
    .addColumn('thread_id', 'integer', (c) => c.references(fk('forum_threads')))
    .addColumn('moderator_user_id', 'integer', (c) => c.notNull().references(fk('users')))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'forum_moderation_actions_action',
      sql`action in ('HIDE_POST', 'RESTORE_POST', 'DISMISS_REPORTS', 'HIDE_THREAD', 'RESTORE_THREAD', 'LOCK_THREAD', 'UNLOCK_THREAD', 'REVEAL_AUTHOR')`,
    )
    .execute();

  await db.schema
    .createTable('forum_anonymity_reveals')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('post_id', 'integer', (c) => c.notNull().references(fk('forum_posts')))
    .addColumn('moderator_user_id', 'integer', (c) => c.notNull().references(fk('users')))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('forum_anonymity_reveals_post_idx')
    .on('forum_anonymity_reveals')
    .columns(['post_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'forum_anonymity_reveals',
    'forum_moderation_actions',
    'forum_reports',
    'forum_poll_votes',
    'forum_poll_options',
    'forum_polls',
    'forum_read_confirmations',
    'forum_reactions',
    'forum_mentions',
    'forum_post_revisions',
    'forum_posts',
    'forum_threads',
    'forum_policy_documents',
    'forum_policy_units',
    'forum_policies',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
