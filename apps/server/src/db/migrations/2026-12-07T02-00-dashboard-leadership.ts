import { sql, type Kysely } from 'kysely';
import { addNotificationTypes, removeNotificationTypes } from './notification-type-checks';

// Issue 14 §5, the Pimpinan's monthly summary: one row per month and recipient once the "ringkasan bulanan siap"
// notification has been written, so the monthly job tells each Pimpinan once per month however often it runs.
// The notification kind DASHBOARD_MONTHLY_SUMMARY joins the notifications' type checks. Other branches extend the same
// checks, so only this value is added (notification-type-checks reads the list back from the database).
const TYPE = 'DASHBOARD_MONTHLY_SUMMARY';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('dashboard_monthly_summaries')
    .addColumn('month', 'text', (c) => c.notNull().check(sql`month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('notified_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('dashboard_monthly_summaries_pk', ['month', 'user_id'])
    .execute();
  await addNotificationTypes(db, [TYPE]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await removeNotificationTypes(db, [TYPE]);
  await db.schema.dropTable('dashboard_monthly_summaries').execute();
}
