import type { Kysely } from 'kysely';

// Issue 12 rest §3: the laporan hasil pengawasan carries a verification code and QR like SKP documents and training
// certificates (docs/adr/0007). One row per distinct content of an inspection's report: a reprint of the same
// content keeps its code; a reprint after the report changed (a finding added or edited) gets a new code, and the
// old code then answers "genuine, but no longer current". `is_restricted` marks an integrity report, for which the
// public page names no unit, person or finding.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('oversight_report_documents')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('inspection_id', 'integer', (c) =>
      c.notNull().references('oversight_inspections.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('team_name', 'text', (c) => c.notNull())
    .addColumn('is_restricted', 'boolean', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'integer', (c) => c.references('users.id'))
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('oversight_report_documents_content', ['inspection_id', 'sha256'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('oversight_report_documents').execute();
}
