import { sql, type Kysely } from 'kysely';

// Issue 16 §5 (UU 27/2022): closed complaints past the retention period are anonymised. `anonymised_at` marks the
// rows already done, so the daily job is idempotent and the staff screens can say why the reporter is gone. The
// partial index lets the job find what is due (closed, not yet anonymised) without reading every complaint.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('complaints').addColumn('anonymised_at', 'timestamptz').execute();
  await db.schema
    .createIndex('complaints_retention_due_idx')
    .on('complaints')
    .column('closed_at')
    .where(sql.ref('anonymised_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('complaints_retention_due_idx').ifExists().execute();
  await db.schema.alterTable('complaints').dropColumn('anonymised_at').execute();
}
