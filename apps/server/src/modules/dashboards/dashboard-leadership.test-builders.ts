import type { OrgPredikatValue, PredikatValue } from '@sim/contracts';
import { expect } from 'vitest';
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
