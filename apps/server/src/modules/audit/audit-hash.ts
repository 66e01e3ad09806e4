import { createHash } from 'node:crypto';
import { normalizeStoredText } from '../../lib/text';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * Hashing anything else than what is stored makes the chain report tampering forever, so every string of an audit
 * row goes through this (see normalizeStoredText) before hashing and storing.
 */
export const normalizeAuditText = normalizeStoredText;

/** {@link normalizeAuditText} applied to every string of a JSON value, object keys included. */
export function normalizeAuditValue(value: unknown): unknown {
  if (typeof value === 'string') return normalizeAuditText(value);
  if (Array.isArray(value)) return value.map(normalizeAuditValue);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        normalizeAuditText(k),
        normalizeAuditValue(v),
      ]),
    );
  }
  return value;
}

/** JSON with sorted keys, so a value hashes the same before storing and after reading it back from jsonb. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export type HashedFields = {
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

/** hash = SHA-256(previous hash + canonical row): changing or removing any row breaks every later link. */
export function hashAuditRow(prevHash: string, row: HashedFields): string {
  const body = canonicalJson({
    at: row.at.toISOString(),
    actor_id: row.actor_id,
    actor_name: row.actor_name,
    ip: row.ip,
    action: row.action,
    entity_type: row.entity_type,
    entity_id: row.entity_id,
    before: row.before ?? null,
    after: row.after ?? null,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}
