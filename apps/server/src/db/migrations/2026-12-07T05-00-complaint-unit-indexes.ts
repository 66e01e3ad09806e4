import { sql, type Kysely } from 'kysely';

// Indexes measured on the generated city data set (issue 15 §2, bench/results/city-data.md): 2 million complaints,
// about 18,000 in a busy kelurahan.
// - A unit's complaint list page (ORDER BY deadline_at NULLS LAST, received_at DESC, id DESC LIMIT 25) sorted all
//   of the unit's rows each time (300 ms); with the queue order in the index it reads 25 entries (0.4 ms).
// - A unit's complaint figures for a period (unit_id IN … AND received_at in [from, to)) read every complaint the
//   unit ever had (93 ms); (unit_id, received_at) reads only the period (4 ms) and also serves every lookup by
//   unit alone, so it replaces the single-column complaints_unit_idx instead of adding a third index to each write.
// - The open-queue counts of the complaint desk (status NOT IN the closed ones, for everybody, the integrity queue or
//   a superior's team) read all 2 million rows (1.3 s each, 5–8 s for the Camat's tabs under load); a partial index
//   on the open complaints (2 % of them) by assignee answers them from about 17,000 entries (60 ms).
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
  // The predicate is the repository's openOnly filter word for word, so the planner can prove it applies.
  await db.schema
    .createIndex('complaints_open_assignee_idx')
    .ifNotExists()
    .on('complaints')
    .column('assignee_employee_id')
    .where(sql.ref('status'), 'not in', ['DITOLAK', 'SELESAI', 'DITUTUP'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('complaints_open_assignee_idx').ifExists().execute();
  await db.schema
    .createIndex('complaints_unit_idx')
    .ifNotExists()
    .on('complaints')
    .column('unit_id')
    .execute();
  await db.schema.dropIndex('complaints_unit_received_idx').ifExists().execute();
  await db.schema.dropIndex('complaints_unit_queue_idx').ifExists().execute();
}
