import type { Kysely } from 'kysely';

// Indexes measured on the generated city data set (issue 15 §2, bench/results/city-data.md): 2 million complaints,
// about 18,000 in a busy kelurahan.
// - A unit's complaint list page (ORDER BY deadline_at NULLS LAST, received_at DESC, id DESC LIMIT 25) sorted all
//   of the unit's rows each time (300 ms); with the queue order in the index it reads 25 entries (0.4 ms).
// - A unit's complaint figures for a period (unit_id IN … AND received_at in [from, to)) read every complaint the
//   unit ever had (93 ms); (unit_id, received_at) reads only the period (4 ms) and also serves every lookup by
//   unit alone, so it replaces the single-column complaints_unit_idx instead of adding a third index to each write.
// IF NOT EXISTS: the figures above were measured by creating these by hand on the generated database first.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('complaints_unit_queue_idx')
    .ifNotExists()
    .on('complaints')
    .columns(['unit_id', 'deadline_at', 'received_at desc', 'id desc'])
    .execute();
  await db.schema
    .createIndex('complaints_unit_received_idx')
    .ifNotExists()
    .on('complaints')
    .columns(['unit_id', 'received_at'])
    .execute();
  await db.schema.dropIndex('complaints_unit_idx').ifExists().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('complaints_unit_idx')
    .ifNotExists()
    .on('complaints')
    .column('unit_id')
    .execute();
  await db.schema.dropIndex('complaints_unit_received_idx').ifExists().execute();
  await db.schema.dropIndex('complaints_unit_queue_idx').ifExists().execute();
}
