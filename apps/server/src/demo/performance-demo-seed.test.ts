import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { seedComplaintsDemo } from './complaints-demo-seed';
import { seedOrganisationDemo } from './demo-seed';
import { seedPerformanceDemo } from './performance-demo-seed';

const NOW = new Date('2026-11-28T03:00:00Z');
let t: TestApp;
let result: { skps: number; evaluations: number };

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  await seedOrganisationDemo(t.db, t.config);
  await seedComplaintsDemo(t.db, t.config, NOW);
  result = await seedPerformanceDemo(t.db, t.config, NOW);
}, 120_000);
afterAll(() => t.close());

const login = async (username: string) => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password: t.config.demoPassword },
  });
  return `sid=${res.cookies.find((c) => c.name === 'sid')!.value}`;
};

describe('seedPerformanceDemo', () => {
  it('opens the current year with approved SKPs for the office and one evaluated quarter', async () => {
    expect(result.skps).toBeGreaterThan(40);
    expect(result.evaluations).toBe(result.skps - 1);
    const again = await seedPerformanceDemo(t.db, t.config, NOW);
    expect(again).toEqual({ skps: 0, evaluations: 0 });
  });

  it('cascades from the Camat with no gaps and realisations for the quarters so far', async () => {
    const cookie = await login('camat');
    const years = (await t.app.inject({ url: '/api/v1/performance/years', headers: { cookie } })).json();
    expect(years.items[0]).toMatchObject({ year: 2026, scheme: 'QUARTERLY' });
    const cascade = (
      await t.app.inject({
        url: `/api/v1/performance/cascade?yearId=${years.items[0].id}`,
        headers: { cookie },
      })
    ).json();
    const withSkp = cascade.items.filter((n: { skpId: number | null }) => n.skpId !== null);
    expect(withSkp.length).toBe(result.skps);
    const orphans = withSkp.flatMap((n: { rhk: { isOrphan: boolean }[] }) => n.rhk.filter((r) => r.isOrphan));
    expect(orphans).toEqual([]);
    const mine = (
      await t.app.inject({ url: '/api/v1/performance/skps?scope=mine', headers: { cookie } })
    ).json();
    const matrix = (
      await t.app.inject({
        url: `/api/v1/performance/skps/${mine.items[0].id}/realisations`,
        headers: { cookie },
      })
    ).json();
    expect(new Set(matrix.items.map((r: { periodId: number }) => r.periodId)).size).toBe(4);
  });

  it('links the complaint handlers’ service indicators to bukti sistem from the complaints', async () => {
    const handler = await t.db
      .selectFrom('complaints')
      .innerJoin('employees as e', 'e.id', 'complaints.assignee_employee_id')
      .select(['e.id', 'e.nip'])
      .groupBy(['e.id', 'e.nip'])
      .orderBy((eb) => eb.fn.countAll(), 'desc')
      .executeTakeFirstOrThrow();
    const cookie = await login(handler.nip);
    const mine = (
      await t.app.inject({ url: '/api/v1/performance/skps?scope=mine', headers: { cookie } })
    ).json();
    const skp = (
      await t.app.inject({ url: `/api/v1/performance/skps/${mine.items[0].id}`, headers: { cookie } })
    ).json();
    const linked = skp.rhk[0].indicators.filter((i: { systemSource: string | null }) => i.systemSource);
    expect(linked.map((i: { systemSource: string }) => i.systemSource)).toEqual([
      'COMPLAINTS_FINISHED',
      'COMPLAINTS_ON_TIME_PCT',
    ]);
    const matrix = (
      await t.app.inject({ url: `/api/v1/performance/skps/${skp.id}/realisations`, headers: { cookie } })
    ).json();
    const system = matrix.items.filter(
      (r: { indicatorId: number; systemEvidence: unknown }) =>
        r.indicatorId === linked[0].id && r.systemEvidence !== null,
    );
    expect(system).toHaveLength(4);
    expect(
      system.some((r: { isSystemValue: boolean; value: number }) => r.isSystemValue && r.value > 0),
    ).toBe(true);
  });
});
