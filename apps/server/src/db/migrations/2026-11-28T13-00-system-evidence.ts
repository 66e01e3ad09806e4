import { sql, type Kysely } from 'kysely';

// Bukti sistem: an SKP indicator may name a system source (complaints finished on time, finished count, average
// citizen rating, the officer's SKM result). Only the link is stored; the figures are read from the other module
// on every read so they follow that data.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('perf_indicators').addColumn('system_source', 'text').execute();
  await db.schema
    .alterTable('perf_indicators')
    .addCheckConstraint(
      'perf_indicators_system_source',
      sql`system_source is null or system_source in ('COMPLAINTS_ON_TIME_PCT', 'COMPLAINTS_FINISHED', 'COMPLAINTS_AVG_RATING', 'SKM_OFFICER_IKM')`,
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('perf_indicators').dropConstraint('perf_indicators_system_source').execute();
  await db.schema.alterTable('perf_indicators').dropColumn('system_source').execute();
}
