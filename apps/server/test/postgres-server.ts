import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { startThrowawayPostgres } from '../../../scripts/lib.mjs';
import { migrateToLatest } from '../src/db/migrator';

/**
 * A PostgreSQL server for a test that needs one whatever TEST_DATABASE says — several app instances hearing each
 * other's write notices (ADR 0018) is something only a server can show: the CI run's server (TEST_DATABASE=postgres,
 * its template made by global-setup.ts), else a throwaway server started here (the PostgreSQL of `npm test`) with a
 * migrated template `sim_template`, stopped by `stop()`. `openPostgres(url)` (test-db.ts) copies the template.
 */
export async function postgresServerForTest(): Promise<{ url: string; stop(): void }> {
  if (process.env.TEST_DATABASE === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE=postgres needs TEST_DATABASE_URL');
    return { url, stop() {} };
  }
  const server = await startThrowawayPostgres();
  try {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('create database sim_template');
    await admin.end();
    const templateUrl = new URL(server.url);
    templateUrl.pathname = '/sim_template';
    const pool = new pg.Pool({ connectionString: templateUrl.toString(), max: 1 });
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
    await migrateToLatest(db as never);
    await db.destroy();
  } catch (err) {
    server.stop();
    throw err;
  }
  return server;
}
