import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedEmployee, seedUser } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { auditContextOf, systemContext } from '../../lib/actor';
import { chainAuditLog, recordAudit, verifyAuditChain } from './audit.service';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => t.close());

async function seedEvents(n: number) {
  for (let i = 0; i < n; i++) {
    await recordAudit(t.db, systemContext(), {
      action: 'test.event',
      entityType: 'thing',
      entityId: i,
      before: { n: i, when: new Date('2026-01-02T03:04:05Z'), nested: { b: 1, a: [1, 'x'] } },
      after: { n: i + 1, note: 'ü "quote" <b>' },
    });
  }
}

describe('audit chain', () => {
  it('verifies an untouched chain', async () => {
    await seedEvents(5);
    const result = await verifyAuditChain(t.db);
    expect(result).toMatchObject({ ok: true, firstBrokenId: null });
    expect(result.checked).toBe(5);
  });

  it('refuses UPDATE and DELETE on audit rows at the database level', async () => {
    await seedEvents(1);
    await expect(sql`update audit_log set action = 'x'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('detects an altered row even when someone bypasses the trigger', async () => {
    await seedEvents(4);
    await chainAuditLog(t.db);
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(t.db);
    const third = await t.db
      .selectFrom('audit_log')
      .select('id')
      .orderBy('id')
      .offset(2)
      .limit(1)
      .executeTakeFirstOrThrow();
    await sql`update audit_log set after = '{"n": 999}'::jsonb where id = ${third.id}`.execute(t.db);
    const result = await verifyAuditChain(t.db);
    expect(result.ok).toBe(false);
    expect(result.firstBrokenId).toBe(third.id);
  });

  it('detects a removed row', async () => {
    await seedEvents(4);
    await chainAuditLog(t.db);
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(t.db);
    const second = await t.db
      .selectFrom('audit_log')
      .select('id')
      .orderBy('id')
      .offset(1)
      .limit(1)
      .executeTakeFirstOrThrow();
    await sql`delete from audit_log where id = ${second.id}`.execute(t.db);
    const result = await verifyAuditChain(t.db);
    expect(result.ok).toBe(false);
    expect(result.firstBrokenId).toBe(second.id + 1);
  });

  it('keeps the chain verifiable after a login whose user name holds a lone UTF-16 surrogate', async () => {
    // JSON.stringify escapes the lone surrogate as \\ud800, which Fastify parses back into a lone surrogate.
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'adm\uD800in', password: 'salah-sekali-123' },
    });
    expect(res.statusCode).toBe(401);
    await seedEvents(1);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, firstBrokenId: null });
    const row = await t.db
      .selectFrom('audit_log')
      .select('actor_name')
      .where('action', '=', 'auth.login_failed')
      .executeTakeFirstOrThrow();
    expect(row.actor_name).toBe('adm\uFFFDin');
  });

  it('stores and hashes the same normalised text (NFC, lone surrogates replaced, NUL removed)', async () => {
    await recordAudit(
      t.db,
      { actorId: null, actorName: 'Jose\u0301\u0000', ip: null },
      {
        action: 'test.text',
        entityType: 'thing',
        before: { ['k\uDC00']: 'a\u0000b' },
        after: { note: ['\uD83D', 'e\u0301'] },
      },
    );
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
    const row = await t.db.selectFrom('audit_log').selectAll().executeTakeFirstOrThrow();
    expect(row.actor_name).toBe('Jos\u00e9');
    expect(row.before).toEqual({ ['k\uFFFD']: 'ab' });
    expect(row.after).toEqual({ note: ['\uFFFD', '\u00e9'] });
  });

  it('appends rows without a link and the chainer links them once, in one chain', async () => {
    await seedEvents(3);
    const before = await t.db.selectFrom('audit_log').select(['hash', 'chain_seq']).execute();
    expect(before.every((r) => r.hash === null && r.chain_seq === null)).toBe(true);
    expect(await chainAuditLog(t.db)).toBe(3);
    expect(await chainAuditLog(t.db)).toBe(0);
    await seedEvents(2);
    expect(await chainAuditLog(t.db)).toBe(2);
    const rows = await t.db.selectFrom('audit_log').selectAll().orderBy('chain_seq').execute();
    expect(rows.map((r) => r.chain_seq)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, checked: 5 });
  });

  it('lets the database link a row once and never change its content, linked or not', async () => {
    await seedEvents(2);
    await chainAuditLog(t.db);
    await seedEvents(1);
    await expect(
      sql`update audit_log set chain_seq = 99, prev_hash = 'x', hash = 'y' where chain_seq = 1`.execute(t.db),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`update audit_log set action = 'x' where chain_seq is null`.execute(t.db),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`update audit_log set chain_seq = 3, prev_hash = 'x', hash = 'y', action = 'z' where chain_seq is null`.execute(
        t.db,
      ),
    ).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, checked: 3 });
  });

  it('keeps the chain intact under concurrent writers', async () => {
    await Promise.all(Array.from({ length: 10 }, () => seedEvents(2)));
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });
});

describe('GET /api/v1/audit', () => {
  it('lets an admin filter by action and read before/after', async () => {
    await seedUser(t.db, { username: 'admin', roles: ['ADMIN_KEPEGAWAIAN'] });
    await seedEvents(3);
    const res = await t.app.inject({
      url: '/api/v1/audit?action=test.event&pageSize=2',
      headers: { cookie: await t.login('admin') },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(3);
    expect(body.items).toHaveLength(2);
    expect(body.items[0].after).toEqual({ n: 3, note: 'ü "quote" <b>' });
  });

  it('returns 403 to a pegawai', async () => {
    await seedUser(t.db, { username: 'rina', roles: ['PEGAWAI'] });
    const res = await t.app.inject({ url: '/api/v1/audit', headers: { cookie: await t.login('rina') } });
    expect(res.statusCode).toBe(403);
  });

  it('reports the chain state on /api/v1/audit/verify', async () => {
    await seedUser(t.db, { username: 'admin', roles: ['ADMIN_KEPEGAWAIAN'] });
    const res = await t.app.inject({
      url: '/api/v1/audit/verify',
      headers: { cookie: await t.login('admin') },
    });
    expect(res.json()).toMatchObject({ ok: true });
  });
});

describe('GET /api/v1/audit — readable entries', () => {
  it("credits a citizen's action (a rating on the tracking page) to the Pelapor, not to the system", async () => {
    await seedUser(t.db, { username: 'admin', roles: ['ADMIN_KEPEGAWAIAN'] });
    await recordAudit(t.db, auditContextOf(null, '10.0.0.9'), {
      action: 'complaint.citizen_rate',
      entityType: 'complaint',
      entityId: 7,
    });
    await recordAudit(t.db, systemContext('complaint-sla-job'), {
      action: 'complaint.auto_closed',
      entityType: 'complaint',
      entityId: 7,
    });
    const res = await t.app.inject({ url: '/api/v1/audit', headers: { cookie: await t.login('admin') } });
    const kinds = Object.fromEntries(
      res.json().items.map((e: { action: string; actorKind: string }) => [e.action, e.actorKind]),
    );
    expect(kinds['complaint.citizen_rate']).toBe('CITIZEN');
    expect(kinds['complaint.auto_closed']).toBe('SYSTEM');
  });

  it('names the account that acted and the record it touched instead of a NIP and a table row number', async () => {
    const employee = await seedEmployee(t.db, { name: 'Siti Rahma', roles: ['ADMIN_KEPEGAWAIAN'] });
    await t.db
      .updateTable('users')
      .set({ display_name: 'Siti Rahma' })
      .where('username', '=', employee.nip)
      .execute();
    const cookie = await t.login(employee.nip);
    const target = await seedEmployee(t.db, { name: 'Budi Santoso' });
    const res0 = await t.app.inject({ url: '/api/v1/audit', headers: { cookie } });
    expect(res0.statusCode).toBe(200);
    const actorId = res0.json().items.find((e: { action: string }) => e.action === 'auth.login').actorId;
    await recordAudit(
      t.db,
      { actorId, actorName: employee.nip, ip: null },
      { action: 'employee.updated', entityType: 'employee', entityId: target.id },
    );
    const res = await t.app.inject({ url: '/api/v1/audit?action=employee.updated', headers: { cookie } });
    const [entry] = res.json().items;
    expect(entry).toMatchObject({
      actorKind: 'USER',
      actorDisplayName: 'Siti Rahma',
      entityLabel: 'Budi Santoso',
    });
  });
});
