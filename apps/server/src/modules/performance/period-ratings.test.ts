import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { seedRatedOfficeWithMove } from '../dashboards/dashboard-leadership.test-builders';
import { findFirstRatedPeriodId, findPeriodRatingUnits } from './performance.repository';

// Issue 15 (city scale): the predikat of the last rated period with each owner's unit, for the Pimpinan dashboard,
// is matched in one query instead of reading the year's every SKP and every owner into the app.

let t: TestApp;
let units: { seksi: number; kelurahan: number };
let rated: { yearId: number; periodId: number };

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-02-10T03:00:00Z') });
  ({ units, rated } = await seedRatedOfficeWithMove(t, 'admin-predikat'));
}, 60_000);
afterAll(() => t?.close());

describe('findFirstRatedPeriodId', () => {
  it('finds the first period in the given order that has ratings, or none', async () => {
    expect(await findFirstRatedPeriodId(t.db, [])).toBeUndefined();
    expect(await findFirstRatedPeriodId(t.db, [-5])).toBeUndefined();
    expect(await findFirstRatedPeriodId(t.db, [-5, rated.periodId])).toBe(rated.periodId);
  });
});

describe('findPeriodRatingUnits', () => {
  it("gives each rating with its owner's unit on the given day", async () => {
    const pairs = async (yearId: number, date: string) =>
      (await findPeriodRatingUnits(t.db, rated.periodId, yearId, date))
        .map((r) => `${r.predikat}@${r.unit_id}`)
        .sort();
    expect(await pairs(rated.yearId, '2025-12-31')).toEqual(
      [`BAIK@${units.seksi}`, `BUTUH_PERBAIKAN@${units.seksi}`, `SANGAT_BAIK@${units.kelurahan}`].sort(),
    );
    // A day later the moved employee is in the kelurahan.
    expect(await pairs(rated.yearId, '2026-01-01')).toEqual(
      [`BAIK@${units.seksi}`, `BUTUH_PERBAIKAN@${units.kelurahan}`, `SANGAT_BAIK@${units.kelurahan}`].sort(),
    );
    // SKPs of another year than the one asked for have no unit (as the year's SKP list did not hold them).
    expect(await pairs(-1, '2025-12-31')).toEqual(['BAIK@null', 'BUTUH_PERBAIKAN@null', 'SANGAT_BAIK@null']);
  });

  it('gives nothing for a period without ratings', async () => {
    expect(await findPeriodRatingUnits(t.db, -5, rated.yearId, '2025-12-31')).toEqual([]);
  });
});
