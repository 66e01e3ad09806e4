import type { Database } from '../../db/database';
import type { Actor, AuditContext } from '../../lib/actor';
import { forbidden } from '../../lib/errors';
import { GENESIS_HASH, hashAuditRow, normalizeAuditText, normalizeAuditValue } from './audit-hash';
import {
  findAuditPage,
  findLastAuditHash,
  insertAuditRow,
  iterateAuditChain,
  lockAuditChain,
} from './audit.repository';
import type { AuditFilter } from './audit.repository';
import { canReadAudit } from './audit.policy';

export type AuditEvent = {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
};

// A plain JSON copy: Dates become ISO strings exactly as jsonb will give them back, text as the database stores it.
const plain = (v: unknown) =>
  v === undefined || v === null ? null : normalizeAuditValue(JSON.parse(JSON.stringify(v)) as unknown);
const text = (v: string | null) => (v === null ? null : normalizeAuditText(v));

/**
 * Appends one event to the hash-chained audit log. Call it inside the transaction that makes the change, so the
 * change and its record commit or roll back together; the chain lock is held until that transaction ends.
 */
export async function recordAudit(db: Database, ctx: AuditContext, event: AuditEvent): Promise<void> {
  if (!db.isTransaction) {
    await db.transaction().execute((trx) => recordAudit(trx, ctx, event));
    return;
  }
  await lockAuditChain(db);
  const prev = (await findLastAuditHash(db)) ?? GENESIS_HASH;
  const row = {
    at: new Date(),
    actor_id: ctx.actorId,
    actor_name: text(ctx.actorName),
    ip: text(ctx.ip),
    action: normalizeAuditText(event.action),
    entity_type: normalizeAuditText(event.entityType),
    entity_id:
      event.entityId === undefined || event.entityId === null
        ? null
        : normalizeAuditText(String(event.entityId)),
    before: plain(event.before),
    after: plain(event.after),
  };
  await insertAuditRow(db, { ...row, prev_hash: prev, hash: hashAuditRow(prev, row) });
}

export type AuditVerification = {
  ok: boolean;
  checked: number;
  firstBrokenId: number | null;
  reason: string | null;
};

/** Walks the whole chain and reports the first row whose link or content does not match. */
export async function verifyAuditChain(db: Database): Promise<AuditVerification> {
  let prev = GENESIS_HASH;
  let checked = 0;
  for await (const row of iterateAuditChain(db)) {
    if (row.prev_hash !== prev) {
      return {
        ok: false,
        checked,
        firstBrokenId: row.id,
        reason: `Baris ${row.id}: tautan ke baris sebelumnya tidak cocok (ada baris yang dihapus atau diubah)`,
      };
    }
    const expected = hashAuditRow(prev, row);
    if (expected !== row.hash) {
      return { ok: false, checked, firstBrokenId: row.id, reason: `Baris ${row.id}: isi telah diubah` };
    }
    prev = row.hash;
    checked++;
  }
  return { ok: true, checked, firstBrokenId: null, reason: null };
}

/** The audit screen: admins and the Pimpinan read the log; nobody can change it. */
export async function listAudit(
  db: Database,
  actor: Actor,
  filter: AuditFilter,
  page: number,
  pageSize: number,
) {
  if (!canReadAudit(actor)) throw forbidden();
  const { items, total } = await findAuditPage(db, filter, page, pageSize);
  return {
    items: items.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorId: r.actor_id,
      actorName: r.actor_name,
      ip: r.ip,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before ?? null,
      after: r.after ?? null,
    })),
    total,
    page,
    pageSize,
  };
}

export async function verifyAuditFor(db: Database, actor: Actor) {
  if (!canReadAudit(actor)) throw forbidden();
  return verifyAuditChain(db);
}
