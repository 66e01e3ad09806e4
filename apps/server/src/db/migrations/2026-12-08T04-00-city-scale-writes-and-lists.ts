import { sql, type Kysely } from 'kysely';

const CLOSED = ['DITOLAK', 'SELESAI', 'DITUTUP'];

// Issue 15 (city scale, ADR 0016), part 1, the audit chain: every audited write took one advisory lock and held it until its commit, so public
// complaint filings ran one at a time. From now on a row is appended without the chain (prev_hash, hash and its
// place `chain_seq` empty) and the chainer links the committed rows in a short step of its own. The chain order is
// `chain_seq`, not `id`: ids are handed out at insert time, commits happen in another order, and a rolled-back
// transaction leaves a hole in the ids that nobody could wait for.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table audit_log alter column prev_hash drop not null, alter column hash drop not null`.execute(
    db,
  );
  await db.schema.alterTable('audit_log').addColumn('chain_seq', 'bigint').execute();
  // The only change an audit row may ever get: its place in the chain and its hashes, once, while it has none.
  // Everything else (content, a second chaining, removal) is still refused by the database.
  await sql`
    create or replace function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and old.chain_seq is null and new.chain_seq is not null
         and new.hash is not null and new.prev_hash is not null
         and (old.hash is null or old.hash = new.hash)
         and (old.prev_hash is null or old.prev_hash = new.prev_hash)
         and new.id = old.id and new.at = old.at
         and new.actor_id is not distinct from old.actor_id
         and new.actor_name is not distinct from old.actor_name
         and new.ip is not distinct from old.ip
         and new.action = old.action and new.entity_type = old.entity_type
         and new.entity_id is not distinct from old.entity_id
         and new.before is not distinct from old.before
         and new.after is not distinct from old.after then
        return new;
      end if;
      raise exception 'audit_log is append-only';
    end $$`.execute(db);
  // Rows written before this migration were chained in id order under the old lock.
  await sql`update audit_log set chain_seq = id where chain_seq is null`.execute(db);
  await db.schema
    .createIndex('audit_log_chain_seq_key')
    .unique()
    .on('audit_log')
    .column('chain_seq')
    .execute();
  // The chainer's work list: rows not chained yet (a handful at any moment, however long the log).
  await db.schema
    .createIndex('audit_log_unchained_idx')
    .on('audit_log')
    .column('id')
    .where(sql.ref('chain_seq'), 'is', null)
    .execute();

  // Part 2, the city-wide staff complaint list (Camat/admin, scope "all"), measured on the generated city data
  // (2 million complaints, bench/results/city-data.md) with EXPLAIN ANALYZE:
  // - page 1 of a year's complaints in queue order (ORDER BY deadline_at NULLS LAST, received_at DESC, id DESC) sorted
  //   400,000 rows (2.9 s); walking the queue order in an index reads 25 entries (2 ms);
  // - the same filtered by status (status = SELESAI, page 2) walked past the other statuses (100 ms); with the status
  //   in front it reads 50 (5 ms); this index also serves every lookup by status alone, so it replaces
  //   complaints_status_idx;
  // - open complaints only (the default tab filter): the partial queue index of the 2 % still open (1 ms page) and the
  //   received time of the open ones for the (capped) count of a period (105 ms → 3 ms).
  // IF NOT EXISTS: measured by creating these by hand on the generated database first.
  await db.schema
    .createIndex('complaints_queue_idx')
    .ifNotExists()
    .on('complaints')
    .columns(['deadline_at', 'received_at desc', 'id desc'])
    .execute();
  await db.schema
    .createIndex('complaints_status_queue_idx')
    .ifNotExists()
    .on('complaints')
    .columns(['status', 'deadline_at', 'received_at desc', 'id desc'])
    .execute();
  await db.schema.dropIndex('complaints_status_idx').ifExists().execute();
  // The predicates are the repository's openOnly filter word for word, so the planner can prove they apply.
  await db.schema
    .createIndex('complaints_open_queue_idx')
    .ifNotExists()
    .on('complaints')
    .columns(['deadline_at', 'received_at desc', 'id desc'])
    .where(sql.ref('status'), 'not in', CLOSED)
    .execute();
  await db.schema
    .createIndex('complaints_open_received_idx')
    .ifNotExists()
    .on('complaints')
    .column('received_at')
    .where(sql.ref('status'), 'not in', CLOSED)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('complaints_open_received_idx').ifExists().execute();
  await db.schema.dropIndex('complaints_open_queue_idx').ifExists().execute();
  await db.schema
    .createIndex('complaints_status_idx')
    .ifNotExists()
    .on('complaints')
    .column('status')
    .execute();
  await db.schema.dropIndex('complaints_status_queue_idx').ifExists().execute();
  await db.schema.dropIndex('complaints_queue_idx').ifExists().execute();
  await db.schema.dropIndex('audit_log_unchained_idx').ifExists().execute();
  await db.schema.dropIndex('audit_log_chain_seq_key').ifExists().execute();
  await sql`
    create or replace function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end $$`.execute(db);
  await db.schema.alterTable('audit_log').dropColumn('chain_seq').execute();
  await sql`alter table audit_log alter column prev_hash set not null, alter column hash set not null`.execute(
    db,
  );
}
