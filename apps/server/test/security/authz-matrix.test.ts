import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app';
import { buildWorld, listOperations, sampleFromSchema, type Operation, type World } from './authz-fixture';
import {
  ACTORS,
  MATRIX,
  RELATIONS,
  type Actor,
  type ElsewhereEntry,
  type Entry,
  type Relation,
  type RecordEntry,
  type UnprovenEntry,
} from './authz-matrix';

// Issue 16 §1: every operation of the OpenAPI document × every actor (× ownership for a person's records) is called
// on one seeded database and compared with the declared outcome in authz-matrix.ts. A refused call must answer
// 401/403/404 (never data); an allowed one must not answer 401/403. An operation without an entry fails the test.

type Cell = {
  op: Operation;
  actor: Actor;
  relation: Relation | null;
  expected: 'allow' | 'deny';
};

let t: TestApp;
let world: World;
let operations: Operation[];

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-15T03:00:00Z') });
  world = await buildWorld(t);
  operations = await listOperations(t);
}, 300_000);
afterAll(async () => t?.close());

const isRecordEntry = (e: Entry): e is RecordEntry => 'kind' in e;
const isUnproven = (e: Entry): e is UnprovenEntry => 'unproven' in e;
const isElsewhere = (e: Entry): e is ElsewhereEntry => 'elsewhere' in e;

function cellsOf(op: Operation, entry: Entry): Cell[] {
  if (isElsewhere(entry)) return [];
  // Without a session nothing but the public routes answers: that much holds even where the role check is unproven.
  if (isUnproven(entry))
    return (['anonymous', 'citizen'] as const).map((actor) => ({
      op,
      actor,
      relation: null,
      expected: 'deny',
    }));
  if (!isRecordEntry(entry)) {
    return ACTORS.map((actor) => ({
      op,
      actor,
      relation: null,
      expected: entry.allow.includes(actor) ? 'allow' : 'deny',
    }));
  }
  return ACTORS.flatMap((actor) =>
    RELATIONS.filter((r) => world.sessions[actor].targets[r] !== undefined).map((relation) => ({
      op,
      actor,
      relation,
      expected: (entry[relation].includes(actor) ? 'allow' : 'deny') as 'allow' | 'deny',
    })),
  );
}

/** Fills the path, query and body of one call. Undefined when the record to probe does not exist. */
async function requestOf(cell: Cell) {
  const { op } = cell;
  const entry = MATRIX[op.key]!;
  let url = op.path;
  for (const p of op.parameters.filter((x) => x.in === 'path')) {
    let value: string | undefined;
    if (isRecordEntry(entry) && p.name === (entry.param ?? 'id') && cell.relation) {
      const employeeId = world.sessions[cell.actor].targets[cell.relation]!;
      const id = await world.recordOf(entry.kind, employeeId);
      if (id === undefined) return undefined;
      value = String(id);
    } else value = await world.anyId(op.path, p.name);
    url = url.replace(`{${p.name}}`, encodeURIComponent(value));
  }
  const query = op.parameters
    .filter((x) => x.in === 'query' && x.required)
    .map((x) => `${x.name}=${encodeURIComponent(String(sampleFromSchema(x.schema)))}`);
  if (entry.query) query.push(entry.query);
  if (query.length) url += `?${query.join('&')}`;
  const headers =
    entry.session === 'fresh'
      ? await world.freshSession(cell.actor)
      : { ...world.sessions[cell.actor].headers };
  const payload = op.jsonBody !== undefined ? (sampleFromSchema(op.jsonBody) as object) : undefined;
  return { method: op.method as 'GET', url, headers, payload };
}

const DENIED = new Set([401, 403, 404]);

describe('authorisation matrix (issue 16 §1)', () => {
  it('has an entry for every operation of the OpenAPI document and none for a missing one', () => {
    const keys = new Set(operations.map((o) => o.key));
    expect(operations.length).toBeGreaterThan(250);
    expect(operations.filter((o) => !MATRIX[o.key]).map((o) => o.key)).toEqual([]);
    expect(Object.keys(MATRIX).filter((k) => !keys.has(k))).toEqual([]);
  });

  it('answers every operation for every actor and owner as the matrix declares', async () => {
    const cells = operations.filter((o) => MATRIX[o.key]).flatMap((o) => cellsOf(o, MATRIX[o.key]!));
    // Refusals first, on the untouched seed; then the allowed calls, reads before writes, and the calls that end or
    // change a session last, so an allowed write cannot turn a later refusal into a pass.
    const rank = (c: Cell) =>
      (c.expected === 'deny' ? 0 : 10) +
      (c.op.method === 'GET' ? 0 : 1) +
      (MATRIX[c.op.key]!.session === 'fresh' || c.op.method === 'DELETE' ? 2 : 0);
    cells.sort((a, b) => rank(a) - rank(b));
    const failures: string[] = [];
    const observed: Record<string, Record<string, number>> = {};
    let probed = 0;
    let skipped = 0;
    for (const cell of cells) {
      const req = await requestOf(cell);
      if (!req) {
        skipped++;
        continue;
      }
      const res = await t.app.inject(req);
      probed++;
      const label = cell.relation ? `${cell.actor}/${cell.relation}` : cell.actor;
      (observed[cell.op.key] ??= {})[label] = res.statusCode;
      const entry = MATRIX[cell.op.key]!;
      const refusals = 'refusedWith' in entry ? (entry.refusedWith ?? []) : [];
      // Without a session a refusal is exactly 401 (the auth hook answers before any handler; deny by default).
      const noSession = cell.actor === 'anonymous' || cell.actor === 'citizen';
      const ok =
        cell.expected === 'deny'
          ? (noSession ? res.statusCode === 401 : DENIED.has(res.statusCode)) ||
            refusals.includes(res.statusCode)
          : (res.statusCode !== 401 && res.statusCode !== 403) ||
            !!entry.allowedWith?.includes(res.statusCode);
      if (!ok || res.statusCode >= 500)
        failures.push(
          `${cell.op.key} as ${label}: expected ${cell.expected}, got ${res.statusCode} ${res.body.slice(0, 160)}`,
        );
    }
    if (process.env.AUTHZ_OBSERVE)
      fs.writeFileSync(process.env.AUTHZ_OBSERVE, JSON.stringify(observed, null, 1));
    const unprovenOps = Object.values(MATRIX).filter(isUnproven).length;
    console.log(
      `authorisation matrix: ${operations.length} operations (${unprovenOps} with the role check unproven), ${probed} cells checked, ${skipped} without a record to probe`,
    );
    expect(failures).toEqual([]);
    expect(probed).toBeGreaterThan(2000);
  }, 900_000);
});

describe('IDOR probes with tracking secrets', () => {
  it('refuses another complaint’s attachment to a citizen holding their own tracking secret', async () => {
    expect(world.citizenAttachments.other).toBeDefined();
    const res = await t.app.inject({
      url: `/api/v1/public/complaints/tracking/attachments/${world.citizenAttachments.other}`,
      headers: { 'x-tracking-secret': world.secrets.own },
    });
    expect(res.statusCode).toBe(404);
    const own = await t.app.inject({
      url: `/api/v1/public/complaints/tracking/attachments/${world.citizenAttachments.own}`,
      headers: { 'x-tracking-secret': world.secrets.own },
    });
    expect(own.statusCode).toBe(200);
  });

  it('shows each tracking secret only its own complaint', async () => {
    const a = await t.app.inject({
      url: '/api/v1/public/complaints/tracking',
      headers: { 'x-tracking-secret': world.secrets.own },
    });
    const b = await t.app.inject({
      url: '/api/v1/public/complaints/tracking',
      headers: { 'x-tracking-secret': world.secrets.other },
    });
    expect(a.json().ticket).not.toBe(b.json().ticket);
    expect(a.body).toContain('Siti Aminah');
    expect(a.body).not.toContain('Rahmat Hidayat');
  });

  it('refuses a tracking secret that was only guessed or altered', async () => {
    const altered = world.secrets.own.slice(0, -1) + (world.secrets.own.endsWith('A') ? 'B' : 'A');
    for (const secret of [altered, 'x'.repeat(40)]) {
      const res = await t.app.inject({
        url: '/api/v1/public/complaints/tracking',
        headers: { 'x-tracking-secret': secret },
      });
      expect(res.statusCode).toBe(404);
    }
  });
});
