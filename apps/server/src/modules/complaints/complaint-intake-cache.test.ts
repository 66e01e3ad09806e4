import { afterEach, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../lib/app-instance';
import { seedOrgTree, seedUser } from '../../../test/builders';
import { createSecondInstance, createTestApp, TEST_PASSWORD, type TestApp } from '../../../test/test-app';
import { makePublicComplaint, seedComplaintCategory } from './complaints.test-builders';

// ADR 0014: an instance files complaints with the catalogue, kelurahan, deadline policy and holidays it read at most
// COMPLAINT_INTAKE_CACHE_SECONDS ago, and only until a commit names one of their tables (ADR 0018): a change applies
// to the next filing, on this instance and on another one (here: another app on the same database handle; separate
// instances hearing each other's write notices: test/cross-instance-caches.test.ts); a category or kelurahan the
// kept copy does not know is read again, never refused.

const CACHE_SECONDS = 5;
let t: TestApp;
let other: AppInstance | undefined;
afterEach(async () => {
  await other?.close();
  other = undefined;
  await t?.close();
});

async function setUp() {
  // 17 March 2026, 10:00 WIB: a Tuesday.
  t = await createTestApp({
    now: new Date('2026-03-17T03:00:00Z'),
    config: { complaintIntakeCacheMs: CACHE_SECONDS * 1000 },
  });
  const tree = await seedOrgTree(t.db);
  const category = await seedComplaintCategory(t.db, { unitId: tree.units.seksi, code: 'LAMPU' });
  await seedUser(t.db, { username: 'admin', roles: ['ADMIN_KEPEGAWAIAN'] });
  other = await createSecondInstance(t);
  return { tree, category };
}

const fileOn = (app: AppInstance, categoryCode = 'LAMPU', extra: Record<string, unknown> = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/public/complaints',
    payload: makePublicComplaint(categoryCode, extra),
  });

/** The admin's session on an instance (each instance has its own clock in these tests). */
async function adminOn(app: AppInstance): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'admin', password: TEST_PASSWORD },
  });
  expect(res.statusCode).toBe(200);
  return `sid=${res.cookies.find((c) => c.name === 'sid')!.value}`;
}

/** The stored verification window and deadline of a filed complaint. */
const filed = (ticket: string) =>
  t.db
    .selectFrom('complaints')
    .select(['window_days', 'deadline_at'])
    .where('ticket', '=', ticket)
    .executeTakeFirstOrThrow();
const windowDaysOf = async (ticket: string) => (await filed(ticket)).window_days;

async function setVerificationDays(app: AppInstance, cookie: string, days: number) {
  const policy = (
    await app.inject({ url: '/api/v1/complaint-settings/sla-policy', headers: { cookie } })
  ).json();
  const res = await app.inject({
    method: 'PUT',
    url: '/api/v1/complaint-settings/sla-policy',
    headers: { cookie },
    payload: { ...policy, verificationDays: days },
  });
  expect(res.statusCode).toBe(200);
}

describe('intake reference kept per instance (ADR 0014)', () => {
  it('a deadline policy changed on this instance applies to its very next filing', async () => {
    await setUp();
    const first = await fileOn(t.app);
    expect(await windowDaysOf(first.json().ticket)).toBe(3);
    await setVerificationDays(t.app, await t.login('admin'), 5);
    const next = await fileOn(t.app);
    expect(next.statusCode).toBe(201);
    expect(await windowDaysOf(next.json().ticket)).toBe(5);
  });

  it("a deadline policy changed on another instance applies to this instance's next filing", async () => {
    await setUp();
    expect((await fileOn(t.app)).statusCode).toBe(201);
    await setVerificationDays(other!, await adminOn(other!), 5);
    const after = await fileOn(t.app);
    expect(await windowDaysOf(after.json().ticket)).toBe(5);
  });

  it('a category deactivated on another instance is refused by the next filing on this instance', async () => {
    const { category } = await setUp();
    expect((await fileOn(t.app)).statusCode).toBe(201);
    const res = await other!.inject({
      method: 'PATCH',
      url: `/api/v1/complaint-categories/${category.id}`,
      headers: { cookie: await adminOn(other!) },
      payload: { isActive: false },
    });
    expect(res.statusCode).toBe(200);
    const refused = await fileOn(t.app);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('categoryCode');
  });

  it('a category added on another instance is accepted by this instance at once (an unknown code is read again)', async () => {
    const { tree } = await setUp();
    expect((await fileOn(t.app)).statusCode).toBe(201);
    const res = await other!.inject({
      method: 'POST',
      url: '/api/v1/complaint-categories',
      headers: { cookie: await adminOn(other!) },
      payload: { code: 'SAMPAH', name: 'Sampah menumpuk', unitId: tree.units.seksi, complexity: 'RINGAN' },
    });
    expect(res.statusCode).toBe(201);
    const filed = await fileOn(t.app, 'SAMPAH');
    expect(filed.statusCode).toBe(201);
  });

  it('a holiday added on this instance moves the deadline of its next filing', async () => {
    await setUp();
    const before = await fileOn(t.app);
    const deadlineBefore = await filed(before.json().ticket);
    // The first working day after the filing counts in its window; made a holiday, the window ends a day later.
    const holidays = new Set(
      (await t.db.selectFrom('work_holidays').select('date').execute()).map((h) => h.date),
    );
    let day = new Date('2026-03-18T00:00:00Z');
    while ([0, 6].includes(day.getUTCDay()) || holidays.has(day.toISOString().slice(0, 10))) {
      day = new Date(day.getTime() + 86_400_000);
    }
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/complaint-holidays',
      headers: { cookie: await t.login('admin') },
      payload: { date: day.toISOString().slice(0, 10), name: 'Libur daerah (uji)', kind: 'LAINNYA' },
    });
    expect(res.statusCode).toBe(201);
    const after = await fileOn(t.app);
    const deadlineAfter = await filed(after.json().ticket);
    expect(deadlineAfter.deadline_at!.getTime()).toBeGreaterThan(deadlineBefore.deadline_at!.getTime());
  });
});
