import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from '../src/db/migrator';

/** For TEST_DATABASE=postgres: (re)creates and migrates the template database every test file copies. */
export default async function setup() {
  if (process.env.TEST_DATABASE !== 'postgres') return;
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE=postgres needs TEST_DATABASE_URL');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('drop database if exists sim_template with (force)');
  await admin.query('create database sim_template');
  await admin.end();
  const templateUrl = new URL(url);
  templateUrl.pathname = '/sim_template';
  const pool = new pg.Pool({ connectionString: templateUrl.toString(), max: 1 });
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  await migrateToLatest(db);
  await db.destroy();
}
