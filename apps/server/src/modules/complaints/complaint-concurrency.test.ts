import { afterEach, describe, expect, it } from 'vitest';
import { seedOrgTree } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { verifyAuditChain } from '../audit/audit.service';
import { makePublicComplaint, seedComplaintCategory } from './complaints.test-builders';

// Issue 15: public filings ran one at a time behind the ticket counter's row lock and the audit chain's lock, both
// held until commit. The ticket is now reserved in a short transaction of its own and audit rows are linked after
// commit (ADR 0016). These run on PGlite and, in CI, on PostgreSQL, where the filings really overlap.

let t: TestApp;
afterEach(async () => t?.close());

async function setUp() {
  t = await createTestApp({ now: new Date('2026-03-17T03:00:00Z') });
  const tree = await seedOrgTree(t.db);
  await seedComplaintCategory(t.db, { unitId: tree.units.seksi, code: 'LAMPU' });
}

const file = (i: number) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/public/complaints',
    payload: makePublicComplaint('LAMPU', {
      kelurahan: 'Uji',
      reporterName: `Warga ${i}`,
      description: `Lampu jalan nomor ${i} di gang kami mati sejak seminggu yang lalu.`,
    }),
    remoteAddress: `198.51.100.${(i % 250) + 1}`,
  });

describe('concurrent public filings', () => {
  it('gives 50 concurrent filings 50 different tickets and leaves one audit chain that verifies', async () => {
    await setUp();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => file(i)));
    expect(results.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    const tickets = results.map((r) => (r.json() as { ticket: string }).ticket);
    expect(new Set(tickets).size).toBe(50);
    for (const ticket of tickets) expect(ticket).toMatch(/^KTP-2026-\d{6}$/);
    const stored = await t.db.selectFrom('complaints').select('ticket').execute();
    expect(stored.map((r) => r.ticket).sort()).toEqual([...tickets].sort());
    const received = await t.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'complaint.received')
      .execute();
    expect(received).toHaveLength(50);
    const total = await t.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const verification = await verifyAuditChain(t.db);
    expect(verification).toMatchObject({ ok: true, firstBrokenId: null });
    expect(verification.checked).toBe(Number(total.n));
  }, 120_000); // the first test of a file also migrates the PGlite template

  it('numbers tickets without reuse when a filing fails after its number was reserved (a gap, never a duplicate)', async () => {
    await setUp();
    const first = await file(1);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/complaints',
      payload: makePublicComplaint('LAMPU', { kelurahan: 'Tidak Ada' }),
      remoteAddress: '198.51.100.200',
    });
    expect(bad.statusCode).toBe(400);
    const second = await file(2);
    const n = (r: typeof first) => Number((r.json() as { ticket: string }).ticket.slice(9));
    expect(n(second)).toBeGreaterThan(n(first));
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });
});
