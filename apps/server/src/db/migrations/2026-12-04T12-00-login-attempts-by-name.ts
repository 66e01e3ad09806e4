import type { Kysely } from 'kysely';

// The login throttle now looks attempts up by user name (per name + address lock, per name slowdown), not only by
// address: index them by name and time.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('login_attempts_username_at_idx')
    .on('login_attempts')
    .columns(['username', 'at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('login_attempts_username_at_idx').ifExists().execute();
}
