import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
  type Dialect,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DB } from './schema';
import {
  changesData,
  WriteGeneration,
  withWriteGeneration,
  writeGenerationPlugin,
  writtenTablesOf,
} from './write-generation';

// Which statements change the write generation (ADR 0012, 0018), without a database: Kysely's dummy driver compiles and
// "runs" every query with an empty answer, so the plugin and the commit hook are exercised as in production.

const postgresWithoutServer: Dialect = {
  createAdapter: () => new PostgresAdapter(),
  createDriver: () => new DummyDriver(),
  createIntrospector: (db) => new PostgresIntrospector(db),
  createQueryCompiler: () => new PostgresQueryCompiler(),
};

function counted() {
  const generation = new WriteGeneration(true);
  const db = new Kysely<DB>({
    dialect: withWriteGeneration(postgresWithoutServer, generation),
    plugins: [writeGenerationPlugin(generation)],
  });
  return { db, generation };
}

const plain = new Kysely<DB>({ dialect: postgresWithoutServer });

describe('write generation: which statements count as writes', () => {
  it('a SELECT is a read; INSERT, UPDATE, DELETE and MERGE are writes', () => {
    expect(changesData(plain.selectFrom('complaints').selectAll().toOperationNode())).toBe(false);
    expect(
      changesData(
        plain
          .insertInto('complaint_categories')
          .values({ name: 'x' } as never)
          .toOperationNode(),
      ),
    ).toBe(true);
    expect(
      changesData(plain.updateTable('complaints').set({ rating: 5 }).where('id', '=', 1).toOperationNode()),
    ).toBe(true);
    expect(changesData(plain.deleteFrom('complaints').where('id', '=', 1).toOperationNode())).toBe(true);
    expect(
      changesData(
        plain
          .mergeInto('complaints as c')
          .using('complaints as d', 'c.id', 'd.id')
          .whenMatched()
          .thenDelete()
          .toOperationNode(),
      ),
    ).toBe(true);
  });

  it('a SELECT whose WITH changes data is a write', () => {
    const node = plain
      .with('gone', (db) => db.deleteFrom('complaints').where('id', '=', 1).returning('id'))
      .selectFrom('gone')
      .selectAll()
      .toOperationNode();
    expect(changesData(node)).toBe(true);
  });

  it('DDL is a write', () => {
    expect(
      changesData(
        plain.schema.createTable('t').addColumn('id', 'integer').toOperationNode() as unknown as Parameters<
          typeof changesData
        >[0],
      ),
    ).toBe(true);
  });

  it('raw SQL is a read only when it starts as one and names no data-changing command', () => {
    const raw = (q: ReturnType<typeof sql>) => changesData(q.toOperationNode());
    expect(raw(sql`select count(*) from complaints where id = ${1}`)).toBe(false);
    expect(raw(sql`with x as (select 1) select * from x`)).toBe(false);
    expect(raw(sql`select pg_notify('sim_live', ${'{}'})`)).toBe(false);
    expect(raw(sql`update complaints set rating = ${5}`)).toBe(true);
    expect(raw(sql`with x as (delete from complaints returning id) select * from x`)).toBe(true);
    expect(raw(sql`select 1; ${sql`delete from complaints`}`)).toBe(true);
    expect(raw(sql`commit`)).toBe(true);
    expect(raw(sql`lock table complaint_categories in exclusive mode`)).toBe(true);
    expect(raw(sql`truncate complaints`)).toBe(true);
  });

  it('writes to sessions alone do not count (every request touches its session once a minute)', () => {
    expect(
      changesData(
        plain
          .updateTable('sessions')
          .set({ last_seen_at: new Date() })
          .where('id', '=', 'x')
          .toOperationNode(),
      ),
    ).toBe(false);
    expect(changesData(plain.deleteFrom('sessions').where('id', '=', 'x').toOperationNode())).toBe(false);
    // …but a statement on sessions that also touches another table does.
    expect(
      changesData(
        plain
          .with('u', (db) => db.updateTable('users').set({ display_name: 'x' }).returning('id'))
          .deleteFrom('sessions')
          .where('id', '=', 'x')
          .toOperationNode(),
      ),
    ).toBe(true);
  });
});

describe('write generation: tables no cached answer reads (ADR 0018)', () => {
  it('the audit chain, the mail outbox and login attempts do not count (background writes every second)', () => {
    const insertAudit = plain.insertInto('audit_log').values({ action: 'x' } as never);
    expect(changesData(insertAudit.toOperationNode())).toBe(false);
    const claim = plain
      .updateTable('notification_outbox')
      .set({ attempts: 1 })
      .where('id', 'in', plain.selectFrom('notification_outbox').select('id').forUpdate().skipLocked());
    expect(changesData(claim.toOperationNode())).toBe(false);
    const link = sql`update audit_log a set hash = v.hash from unnest(${['h']}::text[]) as v(hash) where a.id = 1`;
    expect(changesData(link.toOperationNode())).toBe(false);
    expect(changesData(sql`update audit_log a set hash = 'x' from complaints k`.toOperationNode())).toBe(
      false,
    );
    expect(
      changesData(sql`update complaints set rating = 5; update audit_log set hash = 'x'`.toOperationNode()),
    ).toBe(true);
  });

  it('the tables a statement writes are read from its text (CTEs included); none found means all', () => {
    expect(
      writtenTablesOf(
        'with "k" as (insert into "complaints" ("a") values ($1) returning "id") insert into "complaint_events" ("x") select "id" from "k"',
      ),
    ).toEqual(new Set(['complaints', 'complaint_events']));
    expect(
      writtenTablesOf('insert into settings (key) values ($1) on conflict (key) do update set value = $2'),
    ).toEqual(new Set(['settings']));
    expect(
      writtenTablesOf(
        'update "notification_outbox" set "a" = 1 where "id" in (select "id" from "notification_outbox" for update skip locked)',
      ),
    ).toEqual(new Set(['notification_outbox']));
    expect(writtenTablesOf('truncate table public.org_units')).toEqual(new Set(['org_units']));
    expect(writtenTablesOf('alter table "org_units" add column "z" integer')).toBe('all');
    expect(writtenTablesOf('do $$ begin perform 1; end $$')).toBe('all');
  });
});

describe('write generation: when it changes', () => {
  it('a read leaves it; a write outside a transaction bumps it after running and at its commit (its end)', async () => {
    const { db, generation } = counted();
    await db.selectFrom('complaints').selectAll().execute();
    await sql`select 1`.execute(db);
    expect(generation.value).toBe(0);
    await db.updateTable('complaints').set({ rating: 5 }).where('id', '=', 1).execute();
    expect(generation.value).toBe(2);
    await sql`delete from complaints where id = ${1}`.execute(db);
    expect(generation.value).toBe(4);
  });

  it('a transaction that changed data bumps it again after its commit', async () => {
    const { db, generation } = counted();
    const seen: number[] = [];
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('complaints').set({ rating: 5 }).execute();
      seen.push(generation.value);
    });
    expect(seen).toEqual([1]);
    expect(generation.value).toBe(2);
  });

  it('a transaction that only read (a job with nothing to do) or wrote only sessions leaves it', async () => {
    const { db, generation } = counted();
    await db.transaction().execute(async (trx) => {
      await sql`select pg_try_advisory_xact_lock(${1}) as locked`.execute(trx);
      await trx.selectFrom('complaints').selectAll().execute();
    });
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('sessions').set({ last_seen_at: new Date() }).execute();
    });
    expect(generation.value).toBe(0);
    // The next transaction on the same connection starts clean again after one that wrote.
    await db.transaction().execute(async (trx) => trx.deleteFrom('complaints').execute());
    expect(generation.value).toBe(2);
    await db.transaction().execute(async (trx) => trx.selectFrom('complaints').selectAll().execute());
    expect(generation.value).toBe(2);
  });

  it('a view made with withPlugin (the read memo) and a transaction keep counting', async () => {
    const { db, generation } = counted();
    const view = db.withPlugin({ transformQuery: (a) => a.node, transformResult: async (a) => a.result });
    await view.deleteFrom('complaints').execute();
    expect(generation.value).toBe(2);
  });
});
