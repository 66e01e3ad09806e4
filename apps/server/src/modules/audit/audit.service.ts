import type { Database } from '../../db/database';
import type { Actor, AuditContext } from '../../lib/actor';
import { forbidden } from '../../lib/errors';
import { startIntervalJob } from '../../lib/interval-job';
import { GENESIS_HASH, hashAuditRow, normalizeAuditText, normalizeAuditValue } from './audit-hash';
import { fullNameOf } from '@sim/domain';
import {
  findAuditOfEntities,
  findAuditPage,
  findChainHead,
  findEntityNames,
  findUnchainedAuditRows,
  findUserNames,
  insertAuditRow,
  iterateAuditChain,
  linkAuditRows,
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
 * Appends one event to the audit log. Call it inside the transaction that makes the change, so the change and its
 * record commit or roll back together. The row is written without its link: {@link chainAuditLog} links committed
 * rows moments later, so concurrent writers no longer wait for each other's commits (ADR 0016).
 */
export async function recordAudit(db: Database, ctx: AuditContext, event: AuditEvent): Promise<void> {
  await insertAuditRow(db, {
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
  });
}

/** Rows linked per chainer transaction: the chain lock is held for one batch only. */
const CHAIN_BATCH = 500;

/** One batch: links up to `limit` committed unchained rows after the chain's head, under the chain lock. */
async function chainBatch(trx: Database, limit: number): Promise<number> {
  await lockAuditChain(trx);
  // Read after the lock: a chainer that committed while this one waited has moved the head.
  const head = await findChainHead(trx);
  const rows = await findUnchainedAuditRows(trx, limit);
  let prev = head?.hash ?? GENESIS_HASH;
  let seq = head?.chain_seq ?? 0;
  const links = rows.map((row) => {
    const hash = hashAuditRow(prev, row);
    const link = { id: row.id, chainSeq: ++seq, prevHash: prev, hash };
    prev = hash;
    return link;
  });
  await linkAuditRows(trx, links);
  return rows.length;
}

/**
 * Links every committed unchained audit row into the single hash chain, in batches of short transactions; returns
 * how many it linked. Rows join the chain in id order among those committed when a batch reads them, so a row whose
 * transaction committed late takes a later place than its id: the chain's order is `chain_seq`. Safe to run from
 * every instance at once (the chain lock serialises the batches). Inside a transaction it links what that
 * transaction sees, in it.
 */
export async function chainAuditLog(db: Database): Promise<number> {
  let linked = 0;
  for (;;) {
    const n = db.isTransaction
      ? await chainBatch(db, CHAIN_BATCH)
      : await db.transaction().execute((trx) => chainBatch(trx, CHAIN_BATCH));
    linked += n;
    if (n < CHAIN_BATCH) return linked;
  }
}

/**
 * Links new audit rows every `intervalMs` (default 1 s): how long a row may stay outside the chain. Returns the stop
 * function.
 */
export function startAuditChainJob(
  app: Parameters<typeof startIntervalJob>[0],
  options: { intervalMs?: number } = {},
): () => void {
  return startIntervalJob(app, {
    name: 'audit chain',
    intervalMs: options.intervalMs ?? 1000,
    run: (ctx) => chainAuditLog(ctx.db),
    summarise: () => null,
  });
}

export type AuditVerification = {
  ok: boolean;
  checked: number;
  firstBrokenId: number | null;
  reason: string | null;
};

/**
 * Links the rows still waiting (so a verification covers everything committed so far), then walks the whole chain
 * and reports the first row whose link or content does not match.
 */
export async function verifyAuditChain(db: Database): Promise<AuditVerification> {
  await chainAuditLog(db);
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
    prev = expected;
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
  const userIds = [...new Set(items.flatMap((r) => (r.actor_id === null ? [] : [r.actor_id])))];
  const byType = new Map<string, string[]>();
  for (const r of items) {
    if (r.entity_id !== null) byType.set(r.entity_type, [...(byType.get(r.entity_type) ?? []), r.entity_id]);
  }
  const [users, names] = await Promise.all([findUserNames(db, userIds), findEntityNames(db, byType)]);
  const userName = new Map(users.map((u) => [u.id, u.display_name]));
  const refs = entityRefs(names);
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
      actorKind: actorKindOf(r.actor_id, r.actor_name),
      actorDisplayName: r.actor_id === null ? null : (userName.get(r.actor_id) ?? null),
      entityLabel: refs.get(`${r.entity_type}:${r.entity_id}`)?.label ?? null,
      entityRef: refs.get(`${r.entity_type}:${r.entity_id}`)?.ref ?? null,
    })),
    total,
    page,
    pageSize,
  };
}

/** Context names of the scheduled jobs, the seeding and the CLI (`systemContext(name)`). */
const SYSTEM_NAMES = new Set(['system', 'complaint-sla-job', 'skm', 'cli', 'demo', 'demo-seed', 'test']);

/**
 * Who acted, from what the log stored. Anonymous entries without a name come only from the public pages
 * (`auditContextOf(null, ip)`: filing, adding information, confirming, reopening, rating), so they are the citizen's;
 * entries without an account but with a name are a job, the Open311 API, or a name typed at a failed sign-in.
 */
export function actorKindOf(actorId: number | null, actorName: string | null) {
  if (actorId !== null) return 'USER' as const;
  if (actorName === null) return 'CITIZEN' as const;
  if (actorName === 'open311') return 'INTEGRATION' as const;
  if (SYSTEM_NAMES.has(actorName)) return 'SYSTEM' as const;
  return 'UNKNOWN' as const;
}

type EntityRef = { skpId: number | null; periodId: number | null; surveyId: number | null };

function entityRefs(n: Awaited<ReturnType<typeof findEntityNames>>) {
  const out = new Map<string, { label: string; ref: EntityRef | null }>();
  const put = (type: string, id: number | string, label: string, ref: Partial<EntityRef> | null = null) =>
    out.set(`${type}:${id}`, {
      label,
      ref: ref && {
        skpId: ref.skpId ?? null,
        periodId: ref.periodId ?? null,
        surveyId: ref.surveyId ?? null,
      },
    });
  for (const e of n.employees) put('employee', e.id, fullNameOf(e));
  for (const u of n.users) put('user', u.id, u.display_name);
  for (const o of n.units) put('org_unit', o.id, o.name);
  for (const p of n.positions) put('position', p.id, p.name);
  for (const c of n.complaints) put('complaint', c.id, c.ticket);
  for (const s of n.skps) put('perf_skp', s.id, `SKP ${s.year} — ${fullNameOf(s)}`, { skpId: s.id });
  for (const v of n.evaluations)
    put('perf_evaluation', v.id, `${v.label} ${v.year} — ${fullNameOf(v)}`, {
      skpId: v.skp_id,
      periodId: v.period_id,
    });
  for (const y of n.years) put('perf_year', y.id, String(y.year));
  for (const s of n.surveys) put('skm_survey', s.id, s.title, { surveyId: s.id });
  for (const r of n.responses) put('skm_response', r.id, r.title, { surveyId: r.survey_id });
  for (const f of n.followups) put('skm_followup', f.id, f.title, { surveyId: f.survey_id });
  for (const i of n.invitations) put('skm_invitation', i.id, i.title, { surveyId: i.survey_id });
  for (const c of n.categories) put('complaint_category', c.id, c.name);
  for (const j of n.importJobs) put('import_job', j.id, j.file_name);
  return out;
}

export async function verifyAuditFor(db: Database, actor: Actor) {
  if (!canReadAudit(actor)) throw forbidden();
  return verifyAuditChain(db);
}

/**
 * Who did what to these records (time, action, the actor's user name), oldest first. No policy check here: the
 * calling module authorises its own export first (the complainant data export of issue 16 §5 is the caller).
 */
export async function listAuditOfEntities(db: Database, entityType: string, entityIds: readonly string[]) {
  const rows = await findAuditOfEntities(db, entityType, entityIds);
  return rows.map((r) => ({ at: r.at, action: r.action, actorName: r.actor_name, entityId: r.entity_id }));
}
