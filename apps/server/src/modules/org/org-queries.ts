import { sql, type SqlBool } from 'kysely';

// Query pieces the org module owns and other modules' repositories may use in their read-only joins to org tables
// (employee_positions, positions, org_units): what "holds a position on a date" means is decided here, once.

/**
 * An assignment (employee_positions row, under `alias`) in force on `date` (a `YYYY-MM-DD` string): started on or
 * before that day and not ended before it (an open end date is still running).
 */
export const activeOn = (alias: string, date: string) =>
  sql<SqlBool>`${sql.ref(`${alias}.start_date`)} <= ${date}::date and (${sql.ref(`${alias}.end_date`)} is null or ${sql.ref(`${alias}.end_date`)} >= ${date}::date)`;
