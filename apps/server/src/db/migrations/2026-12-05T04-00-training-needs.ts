import { sql, type Kysely } from 'kysely';

// Issue 11 §5: training needs are computed on read from their signals (docs/adr/0004); only the superior's decisions
// are stored. A decision is bound to the state of the signal it was made for (`fingerprint`): while the signal is
// the same, a dismissed need stays dismissed; when it changes, the need is open again. Append-only, so the history of
// decisions stays; the latest per employee and need counts. An accepted need points at the enrolment it became.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('training_need_decisions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('need_key', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('enrolment_id', 'integer', (c) => c.references('training_enrolments.id').onDelete('set null'))
    .addColumn('decided_by', 'integer', (c) => c.references('employees.id'))
    .addColumn('decided_by_name', 'text', (c) => c.notNull())
    .addColumn('decided_by_user', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('training_need_decisions_decision', sql`decision in ('ACCEPTED', 'DISMISSED')`)
    .addCheckConstraint(
      'training_need_decisions_reason',
      sql`decision <> 'DISMISSED' or (reason is not null and length(trim(reason)) > 0)`,
    )
    .execute();
  await db.schema
    .createIndex('training_need_decisions_employee_idx')
    .on('training_need_decisions')
    .columns(['employee_id', 'need_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('training_need_decisions').execute();
}
