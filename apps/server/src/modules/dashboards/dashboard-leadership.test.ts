import type { LeadershipDashboard, LeadershipUnitRow } from '@sim/contracts';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEmployee, seedOrgTree, seedUser } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { seedComplaintCategory } from '../complaints/complaints.test-builders';
import { seedPolicy } from '../forum/forum.test-builders';
import {
  seedFollowUpFinding,
  seedFollowUpInspection,
  seedFollowUpRecommendation,
  seedFollowUpTeam,
} from '../oversight/oversight-followups.test-builders';
import { resolveComplaint, seedDispositionedComplaint } from '../portal/portal.test-builders';
import { allNine, answer, openSurvey } from '../surveys/surveys.test-builders';
import { seedJpCredit } from '../training/training-reports.test-builders';
import { runMonthlySummaryJob } from './dashboard-leadership.job';
import { seedRatedYear } from './dashboard-leadership.test-builders';

// Issue 14 §2 "Pimpinan" and §5: the leadership dashboard's figures against hand-computed values on seeded data, who
// may read it, the unit filter, the exports (equal to the JSON), the monthly summary PDF and its once-a-month notice.
//
// The office (seedOrgTree): Kota Uji → Kecamatan Uji → {Seksi Uji, Kelurahan Uji}. Without a unit the rows are the
// kecamatan's two sub-units (the single-child levels above are skipped) after the office total.

const at = (iso: string) => new Date(iso);
const MARCH = 'from=2026-03-01&to=2026-03-31';

let t: TestApp;
let units: { kecamatan: number; seksi: number; kelurahan: number };
let cookies: { camat: string; admin: string; kasi: string; staf: string };
let camatUserId = 0;
let surveyMarch = 0;
let rated: { yearId: number; periodId: number };

const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const dashboard = async (query: string, cookie = cookies.camat) => {
  const res = await get(`/api/v1/dashboards/leadership?${query}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as LeadershipDashboard;
};
const row = (d: LeadershipDashboard, name: string) => d.units.find((u) => u.unitName === name)!;
const values = (u: LeadershipUnitRow) => ({
  received: u.complaints.received.value,
  finished: u.complaints.finished.value,
  finishedOnTime: u.complaints.finishedOnTime.value,
  onTimePercent: u.complaints.onTimePercent.value,
  medianWorkingDays: u.complaints.medianWorkingDays.value,
});

beforeAll(async () => {
  // Tuesday 10 February 2026, 10:00 WIB: the seksi's first survey (January–February) is answered.
  t = await createTestApp({
    now: at('2026-02-10T03:00:00Z'),
    config: { session: { idleMinutes: 10_000_000, absoluteHours: 1_000_000, cookieSecure: false } },
  });
  const tree = await seedOrgTree(t.db);
  units = tree.units;
  const camat = await seedEmployee(t.db, {
    positionId: tree.positions.camat,
    roles: ['PIMPINAN'],
    name: 'Camat',
  });
  const kasi = await seedEmployee(t.db, { positionId: tree.positions.kasi, login: true, name: 'Kasi' });
  const staf = await seedEmployee(t.db, { positionId: tree.positions.staf, login: true, name: 'Staf' });
  const lurah = await seedEmployee(t.db, { positionId: tree.positions.lurah, login: true, name: 'Lurah' });
  const stafKel = await seedEmployee(t.db, {
    positionId: tree.positions.stafKel,
    login: true,
    name: 'StafKel',
  });
  await seedUser(t.db, { username: 'meja', roles: ['PETUGAS_PENGADUAN'] });
  await seedUser(t.db, { username: 'admin-dasbor', roles: ['ADMIN_KEPEGAWAIAN'] });
  camatUserId = (
    await t.db.selectFrom('users').select('id').where('employee_id', '=', camat.id).executeTakeFirstOrThrow()
  ).id;
  cookies = {
    camat: await t.login(camat.username!),
    admin: await t.login('admin-dasbor'),
    kasi: await t.login(kasi.username!),
    staf: await t.login(staf.username!),
  };
  const desk = await t.login('meja');
  const stafCookie = cookies.staf;
  const stafKelCookie = await t.login(stafKel.username!);

  // Surveys. January–February: every unsur 3 → IKM 3,00 → konversi 75,00 (mutu C, 65,00–76,60).
  const first = await openSurvey(t, cookies.admin, units.seksi, {
    title: 'SKM Seksi Jan–Feb 2026',
    periodStart: '2026-01-01',
    periodEnd: '2026-02-28',
  });
  expect((await answer(t, first.code, allNine(3))).statusCode).toBe(201);

  // Tuesday 17 March 2026, 10:00 WIB.
  t.clock.now = at('2026-03-17T03:00:00Z');
  // March: one response all 4, one all 3 → NRR 3,5 per unsur → konversi 87,50 (mutu B, 76,61–88,30).
  const march = await openSurvey(t, cookies.admin, units.seksi, {
    title: 'SKM Seksi Maret 2026',
    periodStart: '2026-03-01',
    periodEnd: '2026-03-31',
  });
  surveyMarch = march.id;
  expect((await answer(t, march.code, allNine(4))).statusCode).toBe(201);
  expect((await answer(t, march.code, allNine(3))).statusCode).toBe(201);
  // The kelurahan's first survey: all 4 → konversi 100 (mutu A), no previous survey.
  const kel = await openSurvey(t, cookies.admin, units.kelurahan, {
    title: 'SKM Kelurahan Maret–April 2026',
    periodStart: '2026-03-01',
    periodEnd: '2026-04-30',
  });
  expect((await answer(t, kel.code, allNine(4))).statusCode).toBe(201);

  // Complaints, all received Tuesday 17 March 10:00 WIB (5 working days to finish: deadline 31 March, the 18–24 March
  // holidays and weekends left out — see complaints.md and the transparency test).
  const lampu = await seedComplaintCategory(t.db, { unitId: units.seksi, code: 'LAMPU' });
  const sampah = await seedComplaintCategory(t.db, { unitId: units.kelurahan, code: 'SAMPAH' });
  const seksi: number[] = [];
  const kelIds: number[] = [];
  for (let i = 0; i < 3; i++) {
    seksi.push(
      await seedDispositionedComplaint(t, desk, {
        categoryCode: lampu.code,
        unitId: units.seksi,
        assigneeId: staf.id,
      }),
    );
  }
  for (let i = 0; i < 2; i++) {
    kelIds.push(
      await seedDispositionedComplaint(t, desk, {
        categoryCode: sampah.code,
        unitId: units.kelurahan,
        assigneeId: stafKel.id,
      }),
    );
  }
  // 25 March: 1 working day, on time (seksi #1 and kelurahan #1).
  t.clock.now = at('2026-03-25T03:00:00Z');
  expect((await resolveComplaint(t, stafCookie, seksi[0]!)).wasBreached).toBe(false);
  expect((await resolveComplaint(t, stafKelCookie, kelIds[0]!)).wasBreached).toBe(false);
  // 30 March: 4 working days, on time (seksi #2).
  t.clock.now = at('2026-03-30T03:00:00Z');
  expect((await resolveComplaint(t, stafCookie, seksi[1]!)).wasBreached).toBe(false);
  // 2 April: 7 working days, late (seksi #3). Kelurahan #2 stays open.
  t.clock.now = at('2026-04-02T03:00:00Z');
  expect((await resolveComplaint(t, stafCookie, seksi[2]!)).wasBreached).toBe(true);

  // JP credited in 2026 (target 20): Kasi 21 and Staf 20 reach it, Lurah 24 does, StafKel 8 and the Camat 0 do not.
  await seedJpCredit(t.db, { employeeId: kasi.id, jp: 21 });
  await seedJpCredit(t.db, { employeeId: staf.id, jp: 20 });
  await seedJpCredit(t.db, { employeeId: lurah.id, jp: 24 });
  await seedJpCredit(t.db, { employeeId: stafKel.id, jp: 8 });

  // Recommendations made in March (5 March 10:00 WIB) and one in February (outside the period).
  const teamId = await seedFollowUpTeam(t.db, { memberIds: [lurah.id] });
  const march5 = at('2026-03-05T03:00:00Z');
  const finding = async (unitId: number) =>
    seedFollowUpFinding(t.db, {
      teamId,
      unitId,
      createdAt: march5,
      inspectionId: await seedFollowUpInspection(t.db, {
        teamId,
        inspectorId: lurah.id,
        unitId,
        submittedAt: march5,
      }),
    });
  const findingSeksi = await finding(units.seksi);
  const findingKel = await finding(units.kelurahan);
  const rec = (
    findingId: number,
    dueDate: string,
    status: 'OPEN' | 'CLOSED' | 'SUBMITTED' | 'CANNOT_FOLLOW_UP_APPROVED',
    createdAt = march5,
  ) => seedFollowUpRecommendation(t.db, { findingId, ownerEmployeeId: staf.id, dueDate, status, createdAt });
  await rec(findingSeksi, '2026-03-20', 'CLOSED');
  await rec(findingSeksi, '2026-03-25', 'OPEN'); // overdue as of 31 March
  await rec(findingSeksi, '2026-04-30', 'SUBMITTED'); // not done, not yet due
  await rec(findingKel, '2026-03-10', 'CANNOT_FOLLOW_UP_APPROVED'); // done
  await rec(findingSeksi, '2026-02-20', 'OPEN', at('2026-02-05T03:00:00Z')); // made in February

  // The 2025 annual evaluation (organisation predikat Baik): Staf Sangat Baik, Kasi Baik, Lurah Baik, StafKel Butuh
  // Perbaikan.
  rated = await seedRatedYear(t, cookies.admin, {
    year: 2025,
    orgPredikat: 'BAIK',
    raterId: camat.id,
    ratings: [
      { employeeId: staf.id, predikat: 'SANGAT_BAIK' },
      { employeeId: kasi.id, predikat: 'BAIK' },
      { employeeId: lurah.id, predikat: 'BAIK' },
      { employeeId: stafKel.id, predikat: 'BUTUH_PERBAIKAN' },
    ],
  });

  // 2026 is open too; its first quarter ends on 31 March with nobody rated yet, so the 2025 ratings stay the latest.
  const open2026 = await t.app.inject({
    method: 'POST',
    url: '/api/v1/performance/years',
    headers: { cookie: cookies.admin },
    payload: { year: 2026 },
  });
  expect(open2026.statusCode, open2026.body).toBe(201);

  // Policies: one open for consultation without an official response, one still a draft.
  await seedPolicy(t.db, {
    createdBy: camatUserId,
    title: 'Jam layanan Sabtu',
    now: at('2026-04-01T03:00:00Z'),
  });
  await seedPolicy(t.db, { createdBy: camatUserId, status: 'DRAFT', now: at('2026-04-01T03:00:00Z') });

  // The dashboard is read on Friday 10 April 2026.
  t.clock.now = at('2026-04-10T03:00:00Z');
}, 240_000);
afterAll(() => t.close());

describe('leadership dashboard figures (hand-computed)', () => {
  it('complaint volume, on-time % and median working days per unit and for the office', async () => {
    const d = await dashboard(MARCH);
    expect(d.units.map((u) => u.unitName)).toEqual(['Seluruh kantor', 'Kelurahan Uji', 'Seksi Uji']);
    // Seksi: 3 received, 3 finished (1, 4, 7 working days), 2 on time → 2/3 = 66,7%, median 4.
    expect(values(row(d, 'Seksi Uji'))).toEqual({
      received: 3,
      finished: 3,
      finishedOnTime: 2,
      onTimePercent: 66.7,
      medianWorkingDays: 4,
    });
    // Kelurahan: 2 received, 1 finished in 1 working day, on time → 100%, median 1.
    expect(values(row(d, 'Kelurahan Uji'))).toEqual({
      received: 2,
      finished: 1,
      finishedOnTime: 1,
      onTimePercent: 100,
      medianWorkingDays: 1,
    });
    // Office: 5 received, 4 finished, 3 on time → 75%; median of 1, 1, 4, 7 = (1 + 4) / 2 = 2,5.
    expect(values(row(d, 'Seluruh kantor'))).toEqual({
      received: 5,
      finished: 4,
      finishedOnTime: 3,
      onTimePercent: 75,
      medianWorkingDays: 2.5,
    });
  });

  it('IKM and mutu per survey period with the previous survey as the trend', async () => {
    const d = await dashboard(MARCH);
    // The January–February survey ends before March: not a row, but the seksi's March trend compares with it.
    expect(
      d.ikm.map((s) => ({
        unit: s.unitName,
        konversi: s.konversi,
        mutu: s.mutu,
        previous: s.previousKonversi,
      })),
    ).toEqual([
      { unit: 'Kelurahan Uji', konversi: 100, mutu: 'A', previous: null },
      { unit: 'Seksi Uji', konversi: 87.5, mutu: 'B', previous: 75 },
    ]);
    expect(d.ikm.find((s) => s.unitName === 'Seksi Uji')!.respondents).toBe(2);
  });

  it('predikat distribution of the last ended evaluation period with ratings against the allowed pattern', async () => {
    const d = await dashboard(MARCH);
    const p = d.predikat;
    expect({ year: p.year, periodId: p.periodId, org: p.orgPredikat, total: p.total }).toEqual({
      year: 2025,
      periodId: rated.periodId,
      org: 'BAIK',
      total: 4,
    });
    // 1 Sangat Baik (25%), 2 Baik (50%), 1 Butuh Perbaikan (25%) of 4.
    expect(p.counts.filter((c) => c.count > 0)).toEqual([
      { predikat: 'SANGAT_BAIK', count: 1, percent: 25 },
      { predikat: 'BAIK', count: 2, percent: 50 },
      { predikat: 'BUTUH_PERBAIKAN', count: 1, percent: 25 },
    ]);
    // Baik: Baik ≤ 70% (50%) and at least one Butuh Perbaikan and/or Kurang (1) → within the pattern.
    expect(p.ok).toBe(true);
    expect(p.constraints).toEqual([
      { predikat: ['BAIK'], minPercent: null, maxPercent: 70, minCount: null },
      { predikat: ['BUTUH_PERBAIKAN', 'KURANG'], minPercent: null, maxPercent: null, minCount: 1 },
    ]);
  });

  it('training coverage: the share of employees at 20 JP or more', async () => {
    const d = await dashboard(MARCH);
    const coverage = (name: string) => {
      const u = row(d, name).training;
      return [u.employees.value, u.reached.value, u.percent.value];
    };
    expect(d.trainingTarget).toBe(20);
    // Seksi: Kasi 21, Staf 20 → 2 of 2 = 100%. Kelurahan: Lurah 24, StafKel 8 → 1 of 2 = 50%.
    expect(coverage('Seksi Uji')).toEqual([2, 2, 100]);
    expect(coverage('Kelurahan Uji')).toEqual([2, 1, 50]);
    // Office: those four and the Camat (0 JP) → 3 of 5 = 60%.
    expect(coverage('Seluruh kantor')).toEqual([5, 3, 60]);
  });

  it('oversight follow-up rate: recommendations finished / made, and the overdue count', async () => {
    const d = await dashboard(MARCH);
    const oversight = (name: string) => {
      const o = row(d, name).oversight;
      return [o.due.value, o.done.value, o.overdue.value, o.followUpRate.value];
    };
    // Seksi (made in March): closed, open due 25 March (overdue on 31 March), submitted → 1 of 3 = 33,3%, 1 overdue.
    expect(oversight('Seksi Uji')).toEqual([3, 1, 1, 33.3]);
    // Kelurahan: one "cannot follow up", approved → 1 of 1 = 100%.
    expect(oversight('Kelurahan Uji')).toEqual([1, 1, 0, 100]);
    // Office: 2 of 4 = 50%; the February recommendation is outside the period.
    expect(oversight('Seluruh kantor')).toEqual([4, 2, 1, 50]);
  });

  it('policies awaiting an official response: open ones only, each linking to the policy', async () => {
    const d = await dashboard(MARCH);
    expect(d.policiesAwaitingResponse.count.value).toBe(1);
    expect(d.policiesAwaitingResponse.items.map((p) => p.title)).toEqual(['Jam layanan Sabtu']);
    expect(d.policiesAwaitingResponse.items[0]!.link).toMatch(/^\/forum\/kebijakan\/\d+$/);
  });

  it('every figure links to the records behind it with the filters applied', async () => {
    const d = await dashboard(`${MARCH}&unitId=${units.kecamatan}`);
    const seksi = row(d, 'Seksi Uji');
    expect(seksi.complaints.received.link).toBe(
      `/complaints?scope=all&metric=assigned&from=2026-03-01&to=2026-03-31&unitId=${units.seksi}`,
    );
    expect(seksi.complaints.onTimePercent.link).toContain('metric=onTime');
    expect(seksi.training.percent.link).toBe(`/pelatihan/target-jp?year=2026&unitId=${units.seksi}`);
    expect(seksi.oversight.followUpRate.link).toBe(
      `/pengawasan/laporan?from=2026-03-01&to=2026-03-31&unitId=${units.seksi}`,
    );
    expect(d.ikm.find((s) => s.unitName === 'Seksi Uji')!.link).toBe(`/skm/${surveyMarch}?tab=results`);
    expect(d.predikat.link).toBe(
      `/kinerja/kalibrasi?yearId=${rated.yearId}&periodId=${rated.periodId}&unitId=${units.kecamatan}`,
    );
    // Every figure of every row has a link.
    for (const u of d.units) {
      for (const group of [u.complaints, u.training, u.oversight]) {
        for (const f of Object.values(group)) expect(f.link).toMatch(/^\/[a-z]/);
      }
    }
  });
});

describe('who may read it, and the filters', () => {
  it('an employee and a superior get 403; the Pimpinan and Admin Kepegawaian read it', async () => {
    for (const cookie of [cookies.staf, cookies.kasi]) {
      const res = await get(`/api/v1/dashboards/leadership?${MARCH}`, cookie);
      expect(res.statusCode).toBe(403);
      expect((await get('/api/v1/dashboards/leadership/monthly.pdf?month=2026-03', cookie)).statusCode).toBe(
        403,
      );
      expect((await get(`/api/v1/dashboards/leadership/unit.xlsx?${MARCH}`, cookie)).statusCode).toBe(403);
    }
    expect((await dashboard(MARCH, cookies.admin)).units[0]!.complaints.received.value).toBe(5);
    const me = await get('/api/v1/auth/me', cookies.camat);
    expect(me.json().user.capabilities.screens).toContain('dashboardLeadership');
    const staffMe = await get('/api/v1/auth/me', cookies.staf);
    expect(staffMe.json().user.capabilities.screens).not.toContain('dashboardLeadership');
  });

  it('the unit filter narrows every figure to the unit and its sub-units', async () => {
    const d = await dashboard(`${MARCH}&unitId=${units.seksi}`);
    expect(d.unitName).toBe('Seksi Uji');
    // The seksi has no sub-units: only its total row.
    expect(d.units.map((u) => u.unitName)).toEqual(['Seksi Uji']);
    expect(values(d.units[0]!)).toMatchObject({ received: 3, onTimePercent: 66.7 });
    expect(d.units[0]!.complaints.received.link).toContain(`unitId=${units.seksi}`);
    expect(d.ikm.map((s) => s.unitName)).toEqual(['Seksi Uji']);
    // Staf Sangat Baik, Kasi Baik: no Butuh Perbaikan/Kurang in the seksi → outside the pattern for "Baik".
    expect(d.predikat.total).toBe(2);
    expect(d.predikat.ok).toBe(false);
    expect(d.predikat.violations.length).toBe(1);
    expect([d.units[0]!.training.percent.value, d.units[0]!.oversight.due.value]).toEqual([100, 3]);
  });

  it('bad from, to, month and unitId are 400 naming the field', async () => {
    const field = async (url: string) => {
      const res = await get(url, cookies.camat);
      expect(res.statusCode, res.body).toBe(400);
      return JSON.stringify(res.json().error.details ?? res.json().error);
    };
    expect(await field('/api/v1/dashboards/leadership?from=2026-02-30')).toContain('from');
    expect(await field('/api/v1/dashboards/leadership?to=kemarin')).toContain('to');
    expect(await field('/api/v1/dashboards/leadership?from=2026-04-01&to=2026-03-01')).toContain('to');
    expect(await field('/api/v1/dashboards/leadership?unitId=-3')).toContain('unitId');
    expect(await field('/api/v1/dashboards/leadership?unitId=999999')).toContain('unitId');
    expect(await field('/api/v1/dashboards/leadership/monthly.pdf?month=2026-13')).toContain('month');
    expect(await field('/api/v1/dashboards/leadership/rahasia.xlsx')).toContain('table');
  });
});

describe('exports and the monthly summary', () => {
  it('the per-unit XLSX holds the same numbers as the JSON, with the filters', async () => {
    const d = await dashboard(MARCH);
    const res = await get(`/api/v1/dashboards/leadership/unit.xlsx?${MARCH}`, cookies.camat);
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(String(sheet.getRow(2).getCell(1).value)).toContain('1 Maret 2026');
    // Header on row 5, then one row per dashboard row in the same order.
    const rows = d.units.map((_, i) => sheet.getRow(6 + i).values as unknown[]);
    expect(rows.map((r) => r[1])).toEqual(d.units.map((u) => u.unitName));
    expect(rows.map((r) => [r[2], r[3], r[4], r[5], r[6]])).toEqual(
      d.units.map((u) => [
        u.complaints.received.value,
        u.complaints.finished.value,
        u.complaints.finishedOnTime.value,
        u.complaints.onTimePercent.value,
        u.complaints.medianWorkingDays.value,
      ]),
    );
    expect(rows.map((r) => [r[7], r[8], r[9], r[10], r[11], r[12], r[13]])).toEqual(
      d.units.map((u) => [
        u.training.employees.value,
        u.training.reached.value,
        u.training.percent.value,
        u.oversight.due.value,
        u.oversight.done.value,
        u.oversight.overdue.value,
        u.oversight.followUpRate.value,
      ]),
    );
  });

  it('the IKM and predikat tables export too (XLSX read back, PDF is a PDF)', async () => {
    const ikm = await get(`/api/v1/dashboards/leadership/ikm.xlsx?${MARCH}`, cookies.admin);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(ikm.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(7).getCell(6).value).toBe(87.5);
    const pdf = await get(
      `/api/v1/dashboards/leadership/predikat.pdf?${MARCH}&unitId=${units.seksi}`,
      cookies.camat,
    );
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('the monthly summary PDF is a PDF naming the month', async () => {
    const res = await get('/api/v1/dashboards/leadership/monthly.pdf?month=2026-03', cookies.camat);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect(res.headers['content-disposition']).toContain('ringkasan-bulanan-2026-03.pdf');
    const body = res.rawPayload;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    // The document's title (info dictionary, plain text) names the month.
    expect(body.toString('latin1')).toContain('Maret 2026');
  });

  it('the monthly job notifies each Pimpinan once per month, even when run twice', async () => {
    const count = async () =>
      (
        await t.db
          .selectFrom('notifications')
          .select(['user_id', 'params', 'link'])
          .where('type', '=', 'DASHBOARD_MONTHLY_SUMMARY')
          .execute()
      ).filter((n) => n.user_id === camatUserId);
    const ctx = t.app.ctx;
    // 1 May 2026 00:30 WIB: April has ended.
    const first = await runMonthlySummaryJob(ctx, at('2026-04-30T17:30:00Z'));
    expect(first).toMatchObject({ ran: true, month: '2026-04', notified: [camatUserId] });
    const again = await runMonthlySummaryJob(ctx, at('2026-05-01T05:00:00Z'));
    expect(again).toMatchObject({ ran: true, month: '2026-04', notified: [] });
    const notices = await count();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.params).toEqual({ month: '2026-04' });
    expect(notices[0]!.link).toBe('/dasbor/pimpinan?ringkasan=2026-04');
    // The next month is a new notice.
    const june = await runMonthlySummaryJob(ctx, at('2026-06-01T01:00:00Z'));
    expect(june.notified).toEqual([camatUserId]);
    expect(await count()).toHaveLength(2);
  });
});
