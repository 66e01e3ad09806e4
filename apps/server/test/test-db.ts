import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from '../src/db/migrator';
// Importing database.ts also registers the pg type parsers used in production.
import {
  createKysely,
  guardClientErrors,
  startCrossInstanceNotices,
  type Database,
} from '../src/db/database';
import type { DB } from '../src/db/schema';

/**
 * A fresh, migrated database per test file. TEST_DATABASE=pglite (default): an in-process PGlite cloned from a
 * migrated template. TEST_DATABASE=postgres: a new database on the server at TEST_DATABASE_URL, copied from a
 * template database that the first caller migrates.
 */
export type TestDatabase = {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** PostgreSQL only: the database's URL (a second connection, e.g. the live-update listener). */
  url?: string;
  close(): Promise<void>;
};

let pgliteTemplate: Promise<PGlite> | undefined;

/** The contrib extensions the migrations create, loaded as the server's embedded database loads them. */
const extensions = { pg_trgm };

async function migratedPglite(): Promise<PGlite> {
  const lite = await PGlite.create({ extensions });
  const pool = new pg.Pool(createPgConfig(lite));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  await migrateToLatest(db);
  await db.destroy();
  return lite;
}

async function openPglite(): Promise<TestDatabase> {
  pgliteTemplate ??= migratedPglite();
  const lite = await (await pgliteTemplate).clone();
  const pool = new pg.Pool(createPgConfig(lite));
  // In-process: this test's app is the database's only writer.
  const db = createKysely(pool, { ownsDatabase: true });
  return {
    db,
    kind: 'pglite',
    async close() {
      await db.destroy();
      await lite.close();
    },
  };
}

async function openEmptyPglite(): Promise<TestDatabase> {
  const lite = await PGlite.create({ extensions });
  const pool = new pg.Pool(createPgConfig(lite));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'pglite',
    async close() {
      await db.destroy();
      await lite.close();
    },
  };
}

export async function openPostgres(url: string, template = 'sim_template'): Promise<TestDatabase> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const name = `t_${randomBytes(6).toString('hex')}`;
  try {
    // The template is created and migrated by test/global-setup.ts before any file runs.
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: dbUrl.toString(), max: 5 });
  // Dropping the database at the end ends any connection still closing; that is expected, not a test failure.
  pool.on('error', () => {});
  guardClientErrors(pool, { warn: () => {} });
  // A server other app instances may write (createSecondInstance): as in production, not owned; its commits are
  // announced and the others' heard (write notices, ADR 0018).
  const db = createKysely(pool, { ownsDatabase: false });
  const notices = startCrossInstanceNotices(db, pool, dbUrl.toString(), {
    singleInstance: false,
    logger: { warn: () => {} },
  });
  return {
    db,
    kind: 'postgres',
    url: dbUrl.toString(),
    async close() {
      await notices?.stop();
      await db.destroy();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export function openTestDatabase(): Promise<TestDatabase> {
  if (process.env.TEST_DATABASE === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE=postgres needs TEST_DATABASE_URL');
    return openPostgres(url);
  }
  return openPglite();
}

/** A database with no schema at all, for migration tests. */
export function openEmptyTestDatabase(): Promise<TestDatabase> {
  if (process.env.TEST_DATABASE === 'postgres')
    return openPostgres(process.env.TEST_DATABASE_URL!, 'template0');
  return openEmptyPglite();
}
