import { sql } from 'kysely';
import type { Database } from '../../db/database';
import { fetchPage } from '../../db/paging';

export type AuditRowInput = {
  at: Date;
  actor_id: number | null;
  actor_name: string | null;
  ip: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
};

/** Serialises chain appends across connections and server instances for the rest of the transaction. */
export async function lockAuditChain(db: Database): Promise<void> {
  await sql`select pg_advisory_xact_lock(7263001)`.execute(db);
}

export async function findLastAuditHash(db: Database): Promise<string | undefined> {
  const row = await db
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.hash;
}

export async function insertAuditRow(db: Database, row: AuditRowInput & { prev_hash: string; hash: string }) {
  await db
    .insertInto('audit_log')
    .values({
      ...row,
      before: row.before === null ? null : JSON.stringify(row.before),
      after: row.after === null ? null : JSON.stringify(row.after),
    })
    .execute();
}

export type AuditFilter = {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorId?: number;
  from?: string;
  to?: string;
};

export async function findAuditPage(db: Database, f: AuditFilter, page: number, pageSize: number) {
  let q = db.selectFrom('audit_log');
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.action) q = q.where('action', 'like', `${f.action.replace(/[%_\\]/g, '\\$&')}%`);
  if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  // Dates are WIB calendar days.
  if (f.from) q = q.where('at', '>=', new Date(`${f.from}T00:00:00+07:00`));
  if (f.to) q = q.where('at', '<', new Date(new Date(`${f.to}T00:00:00+07:00`).getTime() + 86_400_000));
  return fetchPage(q.selectAll().orderBy('id', 'desc'), q, page, pageSize);
}

/** Streams the chain in id order, in batches, so verification runs in constant memory. */
export async function* iterateAuditChain(db: Database, batch = 2000) {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(batch)
      .execute();
    if (rows.length === 0) return;
    yield* rows;
    after = rows[rows.length - 1]!.id;
  }
}
