import { sql } from 'kysely';
import type { Database } from '../../db/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { getPublicComplaintFacts } from '../complaints/complaint-stats.service';
import { seedComplaintCategory } from '../complaints/complaints.test-builders';
import { getLastPeriodRatings } from '../performance/calibration.service';
import { listSurveyIkmOfPeriod } from '../surveys/survey-results.service';
import { getOfficeJpByEmployee } from '../training/training-reports.service';
import { seedJpCredit } from '../training/training-reports.test-builders';
import { seedRatedOfficeWithMove } from './dashboard-leadership.test-builders';
import { seedDashboardComplaint } from './dashboards.test-builders';

// Issue 15 (city scale): the whole-office reads behind the Pimpinan dashboard are matched and counted in the
// database, not in the app — the predikat of the last period with each owner's unit in one query, the complaints
// counted per unit without months, the JP totals read without sending every employee id back as a list. Each read
// gives what the former, row-by-row read gave.

let t: TestApp;
let units: { kota: number; kecamatan: number; seksi: number; kelurahan: number };
let people: { kasi: number; staf: number; lurah: number; moved: number };
let rated: { yearId: number; periodId: number };

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-02-10T03:00:00Z') });
  ({ units, rated, people } = await seedRatedOfficeWithMove(t, 'admin-reads'));
  for (const [employeeId, jp] of [
    [people.staf, 12],
    [people.staf, 9],
    [people.lurah, 4],
  ] as const) {
    await seedJpCredit(t.db, { employeeId, year: 2026, jp });
  }
}, 60_000);
afterAll(() => t?.close());

describe('getLastPeriodRatings', () => {
  it('counts each rating in the unit its owner held on the last day of the period', async () => {
    const period = await getLastPeriodRatings(t.db, '2026-02-10');
    expect(period?.periodId).toBe(rated.periodId);
    expect(period?.ratings.map((r) => `${r.predikat}@${r.unitId}`).sort()).toEqual(
      [`BAIK@${units.seksi}`, `BUTUH_PERBAIKAN@${units.seksi}`, `SANGAT_BAIK@${units.kelurahan}`].sort(),
    );
  });
});

describe('getPublicComplaintFacts', () => {
  it('counts per unit without months (byMonth: false) what the monthly counts add up to', async () => {
    const category = await seedComplaintCategory(t.db, { unitId: units.seksi });
    const seed = (receivedAt: string, unitId: number, resolvedAt?: string) =>
      seedDashboardComplaint(t.db, {
        categoryId: category.id,
        unitId,
        assigneeId: people.staf,
        receivedAt,
        ...(resolvedAt ? { status: 'SELESAI' as const, resolvedAt } : {}),
      });
    await seed('2026-01-05T03:00:00Z', units.seksi, '2026-01-07T03:00:00Z');
    await seed('2026-01-06T03:00:00Z', units.seksi, '2026-01-08T03:00:00Z');
    await seed('2026-02-02T03:00:00Z', units.seksi, '2026-02-04T03:00:00Z');
    await seed('2026-02-03T03:00:00Z', units.kelurahan);
    const monthly = await getPublicComplaintFacts(t.db, '2026-01-01', '2026-02-28');
    const perUnit = await getPublicComplaintFacts(t.db, '2026-01-01', '2026-02-28', { byMonth: false });
    expect(perUnit.every((f) => f.month === null)).toBe(true);
    expect(monthly.map((f) => `${f.unitId} ${f.month} ${f.count}`).sort()).toEqual(
      [`${units.seksi} 2026-01 2`, `${units.seksi} 2026-02 1`, `${units.kelurahan} 2026-02 1`].sort(),
    );
    // The same complaints in fewer groups: the seksi's three finished ones are one group.
    expect(perUnit.map((f) => `${f.unitId} ${f.count} ${f.isFinished} ${f.workingDays}`).sort()).toEqual(
      [`${units.seksi} 3 true 3`, `${units.kelurahan} 1 false null`].sort(),
    );
  });
});

/** A view of the database that records each statement's tree (to see which carried an `in (...)` list). */
function recording(db: Database) {
  const statements: string[] = [];
  const spy = db.withPlugin({
    transformQuery: ({ node }) => {
      statements.push(JSON.stringify(node));
      return node;
    },
    transformResult: async ({ result }) => result,
  });
  return { spy, statements };
}

describe('JP of the whole office', () => {
  it('is read without sending the employee ids back as a list', async () => {
    const { spy, statements } = recording(t.db);
    const office = await getOfficeJpByEmployee(spy, 2026, '2026-02-10');
    const credits = statements.filter((s) => s.includes('"training_jp_credits"'));
    expect(credits).toHaveLength(1);
    expect(credits[0]).not.toContain('"operator":"in"');
    // Everyone in office, 0 JP without credits: the staf's two credits add up, the lurah's one, nobody else has any.
    expect(office.employees.map((e) => e.jp).sort((a, b) => a - b)).toEqual([0, 0, 4, 21]);
    expect(office.employees.find((e) => e.jp === 21)).toEqual({ unitId: units.seksi, jp: 21 });
  });
});

describe('IKM rows of the period', () => {
  it('lists a survey of the period however many surveys came before it (the read is not cut at a row count)', async () => {
    // 2,001 closed one-day surveys of one unit from 2000 on, then one of 2026: a list of "every survey started by
    // the period's end", oldest first and capped at 2,000 rows, lost exactly the surveys the dashboard shows.
    await sql`
      insert into skm_surveys (code, unit_id, title, period_start, period_end, service_types, unsur, profile_fields, status)
      select 'LAMA-' || i, ${units.kelurahan}, 'Survei lama ' || i, date '2000-01-01' + i, date '2000-01-01' + i,
             '[]'::jsonb, '[]'::jsonb, '[]'::jsonb, 'CLOSED'
      from generate_series(0, 2000) as i`.execute(t.db);
    await sql`
      insert into skm_surveys (code, unit_id, title, period_start, period_end, service_types, unsur, profile_fields, status)
      values ('BARU-2026', ${units.kelurahan}, 'Survei semester I 2026', '2026-01-01', '2026-06-30',
              '[]'::jsonb, '[]'::jsonb, '[]'::jsonb, 'OPEN')`.execute(t.db);
    const rows = await listSurveyIkmOfPeriod(t.db, { from: '2026-01-01', to: '2026-02-10' });
    expect(rows.filter((r) => r.unitId === units.kelurahan).map((r) => r.title)).toEqual([
      'Survei semester I 2026',
    ]);
    // None of the old surveys overlaps the period.
    expect(rows.some((r) => r.title.startsWith('Survei lama'))).toBe(false);
  });
});
