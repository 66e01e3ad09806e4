import type { Kysely } from 'kysely';

// Measured on the generated city data set (issue 15 §2, bench/results/2026-12-05-city-dashboards.md): the complaint
// figures of a team for a year (assignee_employee_id IN … AND received_at in [from, to)) — the Tim Saya of a Camat
// with 66 people — had only (assignee_employee_id, status) for the assignees; the planner expected thousands of rows
// there and ANDed them with the received_at index, which reads every complaint of the year in the city (390,000
// entries, 74 ms) to keep 306. With the received time after the assignee the period of each one is read directly.
// IF NOT EXISTS: created by hand on the generated database first, and the lead applies it to the other copies.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('complaints_assignee_received_idx')
    .ifNotExists()
    .on('complaints')
    .columns(['assignee_employee_id', 'received_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('complaints_assignee_received_idx').ifExists().execute();
}
