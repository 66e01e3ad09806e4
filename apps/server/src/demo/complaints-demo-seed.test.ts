import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { DEMO_TRACKING_SECRET, seedComplaintsDemo } from './complaints-demo-seed';
import { seedOrganisationDemo } from './demo-seed';
import { runComplaintSlaJob } from '../modules/complaints/complaint-sla.job';
import { getComplaintStatsForEmployee } from '../modules/complaints/complaint-stats.service';

const NOW = new Date('2026-11-28T03:00:00Z');
let t: TestApp;
let result: Awaited<ReturnType<typeof seedComplaintsDemo>>;

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  await seedOrganisationDemo(t.db, t.config);
  result = await seedComplaintsDemo(t.db, t.config, NOW);
}, 120_000);
afterAll(() => t.close());

describe('seedComplaintsDemo', () => {
  it('seeds a catalogue and a few hundred complaints across 2026, some late, some reopened, some open', async () => {
    expect(result).not.toBeNull();
    expect(result!.complaints).toBeGreaterThanOrEqual(300);
    const rows = await t.db.selectFrom('complaints').selectAll().execute();
    expect(rows.filter((r) => r.was_breached).length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.reopen_count > 0).length).toBeGreaterThan(3);
    expect(rows.filter((r) => r.status === 'DITUTUP').length).toBeGreaterThan(100);
    expect(rows.filter((r) => !['DITUTUP', 'DITOLAK'].includes(r.status)).length).toBeGreaterThan(3);
    expect(rows.filter((r) => r.rating !== null).length).toBeGreaterThan(50);
    expect(new Set(rows.map((r) => r.received_at.getUTCMonth())).size).toBeGreaterThanOrEqual(10);
    expect(
      rows.every((r) => r.status === 'DITERIMA' || r.status === 'DITOLAK' || r.assignee_employee_id !== null),
    ).toBe(true);
    expect(await seedComplaintsDemo(t.db, t.config, NOW)).toBeNull();
  });

  it('gives assigned employees statistics', async () => {
    const row = await t.db
      .selectFrom('complaints')
      .select('assignee_employee_id')
      .where('assignee_employee_id', 'is not', null)
      .executeTakeFirstOrThrow();
    const stats = await getComplaintStatsForEmployee(
      t.db,
      row.assignee_employee_id!,
      '2026-01-01',
      '2026-12-31',
    );
    expect(stats.assigned).toBeGreaterThan(0);
    expect(stats.finished).toBeGreaterThan(0);
  });

  it('creates the demo Open311 key and a service with a required attribute', async () => {
    const def = (await t.app.inject({ url: '/open311/v2/services/JALAN.json' })).json();
    expect(def.attributes.some((a: { required: boolean }) => a.required)).toBe(true);
    const res = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        api_key: t.config.demoOpen311Key,
        service_code: 'LAMPU',
        address_string: 'Jl. Ki Marogan, Kertapati',
        description: 'Lampu jalan padam sejak kemarin malam',
      }).toString(),
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('offers a working demo tracking link and survives the deadlines job', async () => {
    const view = await t.app.inject({
      url: '/api/v1/public/complaints/tracking',
      headers: { 'x-tracking-secret': DEMO_TRACKING_SECRET },
    });
    expect(view.statusCode).toBe(200);
    expect(view.json().ticket).toBe('KTP-2026-000001');
    const run = await runComplaintSlaJob(t.app.ctx, NOW);
    expect(run.ran).toBe(true);
  });
});
