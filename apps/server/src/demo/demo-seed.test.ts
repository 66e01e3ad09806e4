import { isValidGolongan, parseNip } from '@sim/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { DEMO_LOGINS, seedDemoIfEmpty } from './demo-seed';
import { getSuperiorOf } from '../modules/org/org.service';

const TODAY = '2026-06-15';
let t: TestApp;
let first: { employees: number } | null;

beforeAll(async () => {
  t = await createTestApp({ now: new Date(`${TODAY}T03:00:00Z`) });
  first = await seedDemoIfEmpty(t.db, t.config, new Date(`${TODAY}T03:00:00Z`));
});
afterAll(() => t.close());

const login = (username: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password: t.config.demoPassword },
  });

describe('seedDemoIfEmpty', () => {
  it('seeds about 70 employees with valid NIPs, consistent with gender, birth date and golongan', async () => {
    expect(first).not.toBeNull();
    const employees = await t.db.selectFrom('employees').selectAll().execute();
    expect(first!.employees).toBe(employees.length);
    expect(employees.length).toBeGreaterThanOrEqual(65);
    expect(employees.length).toBeLessThanOrEqual(80);
    for (const e of employees) {
      const parsed = parseNip(e.nip, TODAY, { kind: e.kind as 'PNS' | 'PPPK' });
      expect(parsed.ok, `${e.name} ${e.nip}`).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.value).toMatchObject({ gender: e.gender, birthDate: e.birth_date, tmt: e.tmt });
      expect(isValidGolongan(e.kind as 'PNS' | 'PPPK', e.golongan!), `${e.name} ${e.golongan}`).toBe(true);
    }
    expect(employees.filter((e) => e.kind === 'PPPK').length).toBeGreaterThanOrEqual(3);
  });

  it('gives every active employee a current position and keeps a little history', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: t.config.demoPassword },
    });
    const cookie = `sid=${res.cookies.find((c) => c.name === 'sid')!.value}`;
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/employees?pageSize=200',
      headers: { cookie },
    });
    const items = list.json().items as { position: unknown; isActive: boolean }[];
    expect(items.length).toBeGreaterThanOrEqual(65);
    expect(items.every((e) => e.isActive && e.position !== null)).toBe(true);
    const assignments = await t.db
      .selectFrom('employee_positions')
      .select(['employee_id', 'end_date'])
      .execute();
    const employees = await t.db.selectFrom('employees').select('id').execute();
    expect(new Set(assignments.map((a) => a.employee_id)).size).toBe(employees.length);
    expect(assignments.filter((a) => a.end_date !== null).length).toBeGreaterThanOrEqual(3);
  });

  it('builds Kota Palembang → Kecamatan Kertapati → the six kelurahan with their Kemendagri codes', async () => {
    const units = await t.db.selectFrom('org_units').selectAll().execute();
    const byCode = new Map(units.map((u) => [u.kemendagri_code, u]));
    expect(byCode.get('16.71')?.type).toBe('KOTA');
    expect(byCode.get('16.71.13')).toMatchObject({
      name: 'Kecamatan Kertapati',
      parent_id: byCode.get('16.71')!.id,
    });
    const kelurahan = ['1001', '1002', '1003', '1004', '1005', '1006'].map((c) =>
      byCode.get(`16.71.13.${c}`),
    );
    expect(kelurahan.map((k) => k?.name)).toEqual([
      'Kelurahan Kemas Rindo',
      'Kelurahan Kemang Agung',
      'Kelurahan Keramasan',
      'Kelurahan Kertapati',
      'Kelurahan Karya Jaya',
      'Kelurahan Ogan Baru',
    ]);
    expect(kelurahan.every((k) => k?.parent_id === byCode.get('16.71.13')!.id)).toBe(true);
  });

  it('links superiors through the position tree, with an acting superior for the vacant post', async () => {
    const staff = await t.db
      .selectFrom('employees as e')
      .innerJoin('employee_positions as ep', 'ep.employee_id', 'e.id')
      .innerJoin('positions as p', 'p.id', 'ep.position_id')
      .select(['e.id', 'p.name'])
      .where('p.name', '=', 'Pengadministrasi Pemberdayaan Masyarakat Kelurahan Keramasan')
      .executeTakeFirstOrThrow();
    expect(await getSuperiorOf(t.db, staff.id, TODAY)).toMatchObject({
      positionName: 'Lurah Keramasan',
      isActing: true,
    });
  });

  it('lets admin and camat log in with the demo password', async () => {
    const admin = await login('admin');
    expect(admin.statusCode).toBe(200);
    expect(admin.json().user).toMatchObject({
      displayName: 'Admin Kepegawaian',
      roles: ['ADMIN_KEPEGAWAIAN'],
      employeeId: null,
    });
    const camat = await login('camat');
    expect(camat.statusCode).toBe(200);
    expect(camat.json().user.roles.sort()).toEqual(['PEGAWAI', 'PIMPINAN']);
    expect(camat.json().user.employeeId).not.toBeNull();
  });

  it('makes every DEMO_LOGINS entry a working login with the listed roles', async () => {
    for (const demo of DEMO_LOGINS) {
      const res = await login(demo.username);
      expect(res.statusCode, demo.username).toBe(200);
      expect(res.json().user.roles.sort()).toEqual([...demo.roles].sort());
    }
  });

  it('records one demo.seeded audit event', async () => {
    const events = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'demo.seeded')
      .execute();
    expect(events).toHaveLength(1);
  });

  it('seeds a year of oversight: a team of the TIM_PENGAWAS users, closed, open and overdue recommendations, one integrity finding', async () => {
    const members = await t.db
      .selectFrom('oversight_team_members as m')
      .innerJoin('users as u', 'u.employee_id', 'm.employee_id')
      .innerJoin('user_roles as r', 'r.user_id', 'u.id')
      .select(['m.employee_id', 'r.role'])
      .where('r.role', '=', 'TIM_PENGAWAS')
      .execute();
    expect(members.length).toBeGreaterThanOrEqual(2);
    const inspections = await t.db.selectFrom('oversight_inspections').select('submitted_at').execute();
    expect(inspections.length).toBeGreaterThanOrEqual(12);
    const times = inspections.map((i) => i.submitted_at!.getTime());
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(300 * 86_400_000);
    const recs = await t.db.selectFrom('oversight_recommendations').select(['status', 'due_date']).execute();
    const statuses = new Set(recs.map((r) => r.status));
    for (const s of ['CLOSED', 'OPEN', 'RETURNED', 'SUBMITTED', 'CANNOT_FOLLOW_UP_APPROVED'])
      expect(statuses).toContain(s);
    expect(recs.some((r) => (r.status === 'OPEN' || r.status === 'RETURNED') && r.due_date < TODAY)).toBe(
      true,
    );
    expect(recs.some((r) => r.status === 'OPEN' && r.due_date >= TODAY)).toBe(true);
    const integrity = await t.db
      .selectFrom('oversight_findings')
      .select('concerned_employee_id')
      .where('is_integrity', '=', true)
      .execute();
    expect(integrity).toHaveLength(1);
    expect(integrity[0]!.concerned_employee_id).not.toBeNull();
    // The Camat sees the overdue ones escalated on the work list.
    const res = await login('camat');
    const cookie = `sid=${res.cookies.find((c) => c.name === 'sid')!.value}`;
    const work = await t.app.inject({ method: 'GET', url: '/api/v1/oversight/work', headers: { cookie } });
    expect(work.json().escalated.length).toBeGreaterThanOrEqual(1);
  });

  it('turns ordinary demo findings into a training need with an upcoming session, and never the integrity one', async () => {
    const res = await login('admin');
    const cookie = `sid=${res.cookies.find((c) => c.name === 'sid')!.value}`;
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/training-needs?scope=all',
      headers: { cookie },
    });
    expect(list.statusCode, list.body).toBe(200);
    const needs = (
      list.json() as {
        items: { signal: string; summary: string; programmes: { sessions: unknown[] }[] }[];
      }
    ).items.filter((n) => n.signal === 'OVERSIGHT_FINDING');
    expect(needs.length).toBeGreaterThanOrEqual(1);
    expect(needs.some((n) => n.programmes.some((p) => p.sessions.length > 0))).toBe(true);
    expect(JSON.stringify(needs)).not.toContain('Permintaan imbalan');
  });

  it('seeds the forum: two lively policies, one closed with its response and summary, polls, reports', async () => {
    const policies = await t.db.selectFrom('forum_policies').selectAll().orderBy('id').execute();
    expect(policies.map((p) => p.status)).toEqual(['CLOSED', 'OPEN']);
    expect(policies[0]).toMatchObject({ official_response: expect.stringContaining('<p>') });
    expect(policies[0]!.closing_summary).toContain('Yang berubah');
    const posts = await t.db.selectFrom('forum_posts').select(['is_anonymous', 'visibility']).execute();
    expect(posts.length).toBeGreaterThanOrEqual(12);
    expect(posts.filter((p) => p.is_anonymous).length).toBeGreaterThanOrEqual(3);
    expect(posts.filter((p) => p.visibility === 'AUTO_HIDDEN')).toHaveLength(1);
    expect((await t.db.selectFrom('forum_polls').select('id').execute()).length).toBe(3);
    const camat = await login('camat');
    const cookie = `sid=${camat.cookies.find((c) => c.name === 'sid')!.value}`;
    const flags = await t.app.inject({ url: '/api/v1/forum/leadership-flags', headers: { cookie } });
    // The seed dates from the real clock while the test app's clock is fixed: only the flag itself is asserted.
    expect(flags.json().items).toEqual([expect.objectContaining({ policyId: policies[1]!.id })]);
    const moderator = DEMO_LOGINS.find((l) => l.roles.includes('MODERATOR'))!;
    const mod = await login(moderator.username);
    const queue = await t.app.inject({
      url: '/api/v1/forum/moderation/queue',
      headers: { cookie: `sid=${mod.cookies.find((c) => c.name === 'sid')!.value}` },
    });
    expect(queue.json().items.map((i: { pendingReports: number }) => i.pendingReports)).toEqual([1, 3]);
  });

  it('seeds notifications linked to real records: assigned complaints, SKP news, the Camat’s forum response', async () => {
    const rows = await t.db.selectFrom('notifications').selectAll().execute();
    const types = new Set(rows.map((r) => r.type));
    expect(types.has('COMPLAINT_ASSIGNED')).toBe(true);
    expect(types.has('FORUM_OFFICIAL_RESPONSE')).toBe(true);
    expect(types.has('SKP_APPROVED') || types.has('SKP_FEEDBACK')).toBe(true);
    expect(rows.some((r) => r.read_at !== null)).toBe(true);
    expect(rows.every((r) => r.link !== null)).toBe(true);
    const res = await login('camat');
    const cookie = `sid=${res.cookies.find((c) => c.name === 'sid')!.value}`;
    const count = await t.app.inject({ url: '/api/v1/notifications/unread-count', headers: { cookie } });
    expect(count.json().unread).toBeGreaterThanOrEqual(1);
    // The demo's past sends no e-mail.
    expect(await t.db.selectFrom('notification_outbox').select('id').execute()).toEqual([]);
  });

  it('does not seed again when data exists', async () => {
    const before = await t.db
      .selectFrom('employees')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(await seedDemoIfEmpty(t.db, t.config)).toBeNull();
    const after = await t.db
      .selectFrom('employees')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
