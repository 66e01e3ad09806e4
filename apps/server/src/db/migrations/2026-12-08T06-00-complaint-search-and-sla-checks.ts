import { sql, type Kysely } from 'kysely';

// Issue 15 at city scale (ADR 0013), measured on the generated city data (2 million complaints, PostgreSQL 15).
//
// 1. The staff list's free-text search (`q=`) matched `lower(ticket|description|address) LIKE '%word%'` by reading
//    every complaint (32 s). Trigram GIN indexes on the same three expressions answer the very same predicate, so the
//    results and their order do not change. pg_trgm is a contrib extension: on Debian it ships with the server
//    package, and since PostgreSQL 13 it is "trusted" — the database owner may create it without superuser rights.
//    The embedded PGlite loads it when the instance is created (pglite-server.mjs, test/test-db.ts).
//
// 2. The deadlines job read all open complaints every minute (32,000 in a city). Each complaint now carries
//    `sla_check_at`: the next instant at which the job could change something on it (a warning, breach, escalation or
//    automatic closure becomes due), 'epoch' for "check at the next run", NULL for "nothing will happen by time
//    alone" (a paused clock). The job reads only rows with `sla_check_at <= now`, through a partial index of the open
//    complaints. Every other write to a complaint sets it back to 'epoch' (the trigger below), so a change made by any
//    code path — a disposition, a reply, a reopening, a script — is looked at on the next run; the job itself writes a
//    new value explicitly, which the trigger leaves alone.
//
// Idempotent throughout (IF NOT EXISTS, OR REPLACE): the statements were first run by hand on the shared city
// database, whose migration table another branch also writes to.

/** The statuses the deadlines job watches (complaints.repository findComplaintsDueForSlaCheck, word for word). */
const WATCHED = ['DITERIMA', 'DIDISPOSISI', 'DIPROSES', 'MENUNGGU_INFO', 'SELESAI'];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  for (const column of ['ticket', 'description', 'address']) {
    await sql`create index if not exists ${sql.id(`complaints_${column}_trgm_idx`)}
      on complaints using gin (lower(${sql.ref(column)}) gin_trgm_ops)`.execute(db);
  }
  // The planner estimates how many rows a pattern matches from statistics of the indexed expressions, which only
  // ANALYZE gathers; without them it walks the queue order looking for a rare word (the 32 s case).
  await sql`analyze complaints`.execute(db);

  // A constant default: PostgreSQL adds the column without rewriting the table, every existing row is due once.
  await sql`alter table complaints add column if not exists sla_check_at timestamptz default 'epoch'`.execute(
    db,
  );
  await sql`
    create or replace function complaints_sla_check_reset() returns trigger language plpgsql as $$
    begin
      -- A write that does not set the next check itself may have changed a deadline: check at the next run.
      if new.sla_check_at is not distinct from old.sla_check_at then
        new.sla_check_at := 'epoch';
      end if;
      return new;
    end $$`.execute(db);
  await sql`drop trigger if exists complaints_sla_check_reset on complaints`.execute(db);
  await sql`create trigger complaints_sla_check_reset before update on complaints
    for each row execute function complaints_sla_check_reset()`.execute(db);
  await db.schema
    .createIndex('complaints_sla_check_idx')
    .ifNotExists()
    .on('complaints')
    .columns(['sla_check_at', 'id'])
    .where(sql.ref('status'), 'in', WATCHED)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('complaints_sla_check_idx').ifExists().execute();
  await sql`drop trigger if exists complaints_sla_check_reset on complaints`.execute(db);
  await sql`drop function if exists complaints_sla_check_reset()`.execute(db);
  await sql`alter table complaints drop column if exists sla_check_at`.execute(db);
  for (const column of ['ticket', 'description', 'address']) {
    await sql`drop index if exists ${sql.id(`complaints_${column}_trgm_idx`)}`.execute(db);
  }
  // The extension stays: other objects in the database may use it, and dropping it needs the rights creating it needed.
}
