import type { Kysely } from 'kysely';

// Issue 10 §3: a period's realisation was measured against the annual target (3 of 12 = 25 % for a good quarter).
// The rencana aksi (action plan) of an indicator for a period now carries the target it sets for that period, and
// the period is measured against it. Null keeps the old rows as they were: no period target set.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('perf_realisations').addColumn('period_target', 'numeric').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('perf_realisations').dropColumn('period_target').execute();
}
