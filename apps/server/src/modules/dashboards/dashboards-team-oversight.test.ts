import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEmployee, seedPosition, seedUnit } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import {
  seedFollowUpOffice,
  seedFollowUpRecommendation,
} from '../oversight/oversight-followups.test-builders';

// Tim Saya's overdue recommendations (issue 14 §2, read on the city data in issue 15 §2): a superior is shown the
// overdue recommendations their team answers for — a member's own, or a unit a member heads — and nothing of other
// units; the Pimpinan every one. The dashboard reads only the team's recommendations and the owning units' heads at
// once (bench/results/2026-12-05-city-dashboards.md), so these pin the answer the one-by-one reading gave.

const NOW = new Date('2026-06-01T03:00:00Z'); // 10:00 WIB

let t: TestApp;
let office: Awaited<ReturnType<typeof seedFollowUpOffice>>;
const ids: Record<'subunit' | 'kelurahan' | 'staf', number> = { subunit: 0, kelurahan: 0, staf: 0 };
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  office = await seedFollowUpOffice(t.db, { dueDate: '2026-07-01' });
  // A unit below the seksi whose head reports to the Kasi: the Kasi's team heads it.
  const subunit = await seedUnit(t.db, { parentId: office.tree.units.seksi, name: 'Subseksi Uji' });
  const subPosition = await seedPosition(t.db, {
    unitId: subunit,
    superiorId: office.tree.positions.kasi,
    name: 'Kepala Subseksi Uji',
  });
  await seedEmployee(t.db, { positionId: subPosition });
  const overdue = (owner: { ownerUnitId?: number; ownerEmployeeId?: number }) =>
    seedFollowUpRecommendation(t.db, { findingId: office.findingId, dueDate: '2026-05-15', ...owner });
  ids.subunit = await overdue({ ownerUnitId: subunit });
  ids.kelurahan = await overdue({ ownerUnitId: office.tree.units.kelurahan });
  ids.staf = await overdue({ ownerEmployeeId: office.staf.id });
  cookies.kasi = await t.login(office.kasi.username!);
  cookies.camat = await t.login(office.camat.username!);
});
afterAll(() => t?.close());

const overdueTodos = async (cookie: string) => {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/dashboards/team', headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().todos as { kind: string; link: string }[])
    .filter((x) => x.kind === 'RECOMMENDATION_OVERDUE')
    .map((x) => Number(x.link.split('/').pop()));
};

const escalatedWork = async (cookie: string) => {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/oversight/work', headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().escalated as { id: number }[]).map((r) => r.id);
};

describe('Tim Saya: overdue recommendations of the team', () => {
  it("shows a superior the overdue recommendations of a member and of a unit a member heads, none of another unit's", async () => {
    const kasi = await overdueTodos(cookies.kasi!);
    expect(kasi).toEqual(expect.arrayContaining([ids.subunit, ids.staf]));
    expect(kasi).not.toContain(ids.kelurahan);
    // The oversight work list (read without the dashboard's read view) gives the same ones.
    expect((await escalatedWork(cookies.kasi!)).sort()).toEqual([...kasi].sort());
  });

  it('shows the Pimpinan every overdue recommendation, whichever unit owns it', async () => {
    const camat = await overdueTodos(cookies.camat!);
    expect(camat).toEqual(expect.arrayContaining([ids.subunit, ids.kelurahan, ids.staf]));
    expect((await escalatedWork(cookies.camat!)).sort()).toEqual([...camat].sort());
  });
});
