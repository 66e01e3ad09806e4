import { type Kysely } from 'kysely';

// Issue 8 §2.3: the rater never decides an objection to their own rating. When the rater has no superior in the
// position tree (the head of the office), the objection is decided outside the system by the rater's superior and
// recorded here as external: the deciding official's name and position, and who recorded it.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('perf_objections')
    .addColumn('is_external', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.alterTable('perf_objections').addColumn('decided_by_position', 'text').execute();
  await db.schema.alterTable('perf_objections').addColumn('recorded_by_name', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('perf_objections').dropColumn('recorded_by_name').execute();
  await db.schema.alterTable('perf_objections').dropColumn('decided_by_position').execute();
  await db.schema.alterTable('perf_objections').dropColumn('is_external').execute();
}
