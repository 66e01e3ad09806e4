import { sql, type Kysely } from 'kysely';

// The forum's moderation and notification additions (issue 13): a moderator may delete a post "as hidden" (kept
// for moderators and the audit trail, shown to nobody else, never restored) and warn its author, so the post
// visibility and the moderation action lists grow by one value each; each user's forum notification state (when
// they last looked at the list, whether they want the daily e-mail digest); and one row per user and WIB day a
// digest was sent, so a rerun of the daily job (or a second server instance) never sends the same digest twice.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table forum_posts drop constraint forum_posts_visibility`.execute(db);
  await sql`alter table forum_posts add constraint forum_posts_visibility
    check (visibility in ('VISIBLE', 'AUTO_HIDDEN', 'HIDDEN', 'DELETED'))`.execute(db);
  await sql`alter table forum_moderation_actions drop constraint forum_moderation_actions_action`.execute(db);
  await sql`alter table forum_moderation_actions add constraint forum_moderation_actions_action
    check (action in ('HIDE_POST', 'RESTORE_POST', 'DISMISS_REPORTS', 'HIDE_THREAD', 'RESTORE_THREAD',
      'LOCK_THREAD', 'UNLOCK_THREAD', 'REVEAL_AUTHOR', 'DELETE_POST', 'WARN_AUTHOR'))`.execute(db);
  await db.schema
    .createIndex('forum_moderation_actions_post_idx')
    .on('forum_moderation_actions')
    .columns(['post_id'])
    .execute();
  await db.schema
    .createIndex('forum_reports_post_idx')
    .on('forum_reports')
    .columns(['post_id', 'status'])
    .execute();
  await db.schema
    .createIndex('forum_reports_reporter_idx')
    .on('forum_reports')
    .columns(['reporter_user_id'])
    .execute();

  await db.schema
    .createTable('forum_notification_prefs')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id'))
    .addColumn('email_digest', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('seen_until', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('forum_digest_sends')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('digest_date', 'date', (c) => c.notNull())
    .addColumn('item_count', 'integer', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('forum_digest_sends_pk', ['user_id', 'digest_date'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('forum_digest_sends').ifExists().execute();
  await db.schema.dropTable('forum_notification_prefs').ifExists().execute();
  await db.schema.dropIndex('forum_reports_reporter_idx').ifExists().execute();
  await db.schema.dropIndex('forum_reports_post_idx').ifExists().execute();
  await db.schema.dropIndex('forum_moderation_actions_post_idx').ifExists().execute();
  await sql`alter table forum_moderation_actions drop constraint forum_moderation_actions_action`.execute(db);
  await sql`alter table forum_moderation_actions add constraint forum_moderation_actions_action
    check (action in ('HIDE_POST', 'RESTORE_POST', 'DISMISS_REPORTS', 'HIDE_THREAD', 'RESTORE_THREAD',
      'LOCK_THREAD', 'UNLOCK_THREAD', 'REVEAL_AUTHOR'))`.execute(db);
  await sql`alter table forum_posts drop constraint forum_posts_visibility`.execute(db);
  await sql`alter table forum_posts add constraint forum_posts_visibility
    check (visibility in ('VISIBLE', 'AUTO_HIDDEN', 'HIDDEN'))`.execute(db);
}
