import { sql } from 'kysely';
import type { Database } from './database';

/**
 * Takes a transaction-scoped advisory lock without waiting: true when this transaction now holds it (until it ends),
 * false when another one does. Scheduled jobs use it so that only one server instance runs a pass at a time.
 */
export async function tryJobLock(db: Database, key: number): Promise<boolean> {
  const result = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(${key}) as locked`.execute(
    db,
  );
  return result.rows[0]?.locked === true;
}
