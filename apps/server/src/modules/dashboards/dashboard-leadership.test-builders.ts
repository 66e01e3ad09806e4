import type { OrgPredikatValue, PredikatValue } from '@sim/contracts';
import { expect } from 'vitest';
import { seedEmployee, seedOrgTree, seedUser } from '../../../test/builders';
import type { TestApp } from '../../../test/test-app';

// Test data for the Pimpinan dashboard's predikat figures: a performance year opened through the API, then SKPs and
// evaluations of its annual period written straight into performance's tables (the rating workflow that produces them
// in the product has its own tests in modules/performance).

/** Opens `year` as the admin, sets its organisation predikat, and rates each employee in the annual period. */
export async function seedRatedYear(
  t: TestApp,
  adminCookie: string,
  o: {
    year: number;
    orgPredikat: OrgPredikatValue;
    raterId: number;
    ratings: { employeeId: number; predikat: PredikatValue }[];
  },
) {
  const opened = await t.app.inject({
    method: 'POST',
    url: '/api/v1/performance/years',
    headers: { cookie: adminCookie },
    payload: { year: o.year },
  });
  expect(opened.statusCode, opened.body).toBe(201);
  const { id: yearId, periods } = opened.json() as { id: number; periods: { id: number; kind: string }[] };
  const annual = periods.find((p) => p.kind === 'TAHUNAN')!;
  await t.db
    .updateTable('perf_years')
    .set({ org_predikat: o.orgPredikat })
    .where('id', '=', yearId)
    .execute();
  const at = new Date(`${o.year + 1}-01-10T03:00:00Z`);
  for (const r of o.ratings) {
    const skp = await t.db
      .insertInto('perf_skps')
      .values({ year_id: yearId, employee_id: r.employeeId, status: 'APPROVED', version: 1, lampiran: '{}' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('perf_evaluations')
      .values({
        skp_id: skp.id,
        period_id: annual.id,
        rater_employee_id: o.raterId,
        rating_hasil_kerja: 'SESUAI_EKSPEKTASI',
        rating_perilaku: 'SESUAI_EKSPEKTASI',
        predikat: r.predikat,
        reason: 'Data uji',
        evaluated_at: at,
        updated_at: at,
      })
      .execute();
  }
  return { yearId, periodId: annual.id };
}

/**
 * The office of seedOrgTree with a kasi, a staf, a lurah and a staf who moved from the seksi to the kelurahan on
 * 1 January 2026, the three below the kasi rated in 2025's annual period (BAIK, SANGAT_BAIK, BUTUH_PERBAIKAN): the
 * rated period ends with the mover still in the seksi.
 */
export async function seedRatedOfficeWithMove(t: TestApp, adminUsername: string) {
  const tree = await seedOrgTree(t.db);
  const kasi = await seedEmployee(t.db, { positionId: tree.positions.kasi, name: 'Kasi' });
  const staf = await seedEmployee(t.db, { positionId: tree.positions.staf, name: 'Staf' });
  const lurah = await seedEmployee(t.db, { positionId: tree.positions.lurah, name: 'Lurah' });
  const moved = await seedEmployee(t.db, {
    positionId: tree.positions.staf,
    since: '2024-01-02',
    until: '2025-12-31',
    name: 'Pindah',
  });
  await t.db
    .insertInto('employee_positions')
    .values({
      employee_id: moved.id,
      position_id: tree.positions.stafKel,
      start_date: '2026-01-01',
      reason: 'Mutasi',
    })
    .execute();
  await seedUser(t.db, { username: adminUsername, roles: ['ADMIN_KEPEGAWAIAN'] });
  const rated = await seedRatedYear(t, await t.login(adminUsername), {
    year: 2025,
    orgPredikat: 'BAIK',
    raterId: kasi.id,
    ratings: [
      { employeeId: staf.id, predikat: 'BAIK' },
      { employeeId: lurah.id, predikat: 'SANGAT_BAIK' },
      { employeeId: moved.id, predikat: 'BUTUH_PERBAIKAN' },
    ],
  });
  return {
    units: tree.units,
    people: { kasi: kasi.id, staf: staf.id, lurah: lurah.id, moved: moved.id },
    rated,
  };
}
