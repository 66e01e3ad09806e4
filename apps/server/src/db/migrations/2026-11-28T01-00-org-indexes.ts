import { sql, type Kysely } from 'kysely';

// Indexes for the organisation module's hot paths: NIP prefix search in the employee list (LIKE 'digits%' needs a
// pattern-ops index outside the C locale) and an employee's position history / current assignment.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index employees_nip_pattern_idx on employees (nip varchar_pattern_ops)`.execute(db);
  await db.schema
    .createIndex('employee_positions_employee_idx')
    .on('employee_positions')
    .columns(['employee_id', 'start_date'])
    .execute();
  await db.schema.createIndex('import_jobs_created_by_idx').on('import_jobs').column('created_by').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('import_jobs_created_by_idx').ifExists().execute();
  await db.schema.dropIndex('employee_positions_employee_idx').ifExists().execute();
  await db.schema.dropIndex('employees_nip_pattern_idx').ifExists().execute();
}
