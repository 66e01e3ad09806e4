import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { seedComplaintCategory } from '../complaints/complaints.test-builders';
import {
  api,
  openYear,
  seedPerfOffice,
  seedSkp,
  type PerfOffice,
} from '../performance/performance.test-builders';
import { seedJpCredit } from '../training/training-reports.test-builders';
import { seedDashboardComplaint } from './dashboards.test-builders';

// Kinerja Saya and Tim Saya (issue 14 §2, §5): the figures equal what a person counts by hand from the seeded
// records, nobody sees a colleague's figures, and every export says what the screen says.

// Wednesday 15 July 2026, 10:00 WIB: Triwulan I and II are over, their evaluation deadlines (10 days) have passed.
const NOW = new Date('2026-07-15T03:00:00Z');

let t: TestApp;
let office: PerfOffice;
let stafSkpId: number;
let staf2SkpId: number;
let escalatedId: number;
let q1: number;
let q2: number;

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  office = await seedPerfOffice(t);
  const { send } = api(t);
  const year = await openYear(t, office);
  q1 = year.periods[0]!.id;
  q2 = year.periods[1]!.id;
  const camat = await seedSkp(t, office.cookies.camat, year.id, { approverCookie: office.cookies.admin });
  const kasi = await seedSkp(t, office.cookies.kasi, year.id, {
    parentRhkId: camat.rhk[0]!.id,
    approverCookie: office.cookies.camat,
  });
  const staf = await seedSkp(t, office.cookies.staf, year.id, {
    parentRhkId: kasi.rhk[0]!.id,
    approverCookie: office.cookies.kasi,
  });
  stafSkpId = staf.id;
  const indicatorId = staf.rhk[0]!.indicators[0]!.id;
  // Triwulan I: 3 of a planned 3 (100 %); Triwulan II: 2 of a planned 4 (50 %).
  for (const [periodId, value, periodTarget] of [
    [q1, 3, 3],
    [q2, 2, 4],
  ] as const) {
    const r = await send('PUT', `/api/v1/performance/skps/${stafSkpId}/realisations`, office.cookies.staf, {
      periodId,
      indicatorId,
      value,
      periodTarget,
    });
    if (r.statusCode !== 200) throw new Error(r.body);
  }
  // Triwulan I rated Sangat Baik by the Kasi; Triwulan II not rated yet (its deadline has passed: a to-do).
  const rated = await send('POST', `/api/v1/performance/skps/${stafSkpId}/evaluations`, office.cookies.kasi, {
    periodId: q1,
    ratingHasilKerja: 'DIATAS_EKSPEKTASI',
    ratingPerilaku: 'DIATAS_EKSPEKTASI',
    reason: 'Target triwulan I tercapai penuh',
  });
  if (rated.statusCode !== 201 && rated.statusCode !== 200) throw new Error(rated.body);
  const fb = await send('POST', `/api/v1/performance/skps/${stafSkpId}/feedback`, office.cookies.kasi, {
    text: 'Pertahankan ketepatan waktu laporan',
  });
  if (fb.statusCode !== 201 && fb.statusCode !== 200) throw new Error(fb.body);
  // Staf2's SKP waits for the Kasi's approval.
  const draft = await send('POST', '/api/v1/performance/skps', office.cookies.staf2, { yearId: year.id });
  staf2SkpId = draft.json().id;
  await send('PUT', `/api/v1/performance/skps/${staf2SkpId}/content`, office.cookies.staf2, {
    rhk: [
      {
        section: 'UTAMA',
        text: 'Terkelolanya jaringan kantor',
        parentRhkId: kasi.rhk[0]!.id,
        indicators: [
          {
            aspek: 'KUANTITAS',
            text: 'Gangguan ditangani',
            targetKind: 'NUMBER',
            targetValue: 10,
            targetUnit: 'gangguan',
          },
        ],
      },
    ],
  });
  const submitted = await send(
    'POST',
    `/api/v1/performance/skps/${staf2SkpId}/submit`,
    office.cookies.staf2,
    {},
  );
  if (submitted.statusCode !== 200) throw new Error(submitted.body);

  // Complaints of 2026 assigned to Staf: 3 finished (2 on time rated 5 and 4, 1 late rated 2) and 1 still open;
  // one of 2025 (rated 1) that this year's figures leave out.
  const cat = await seedComplaintCategory(t.db, { unitId: office.tree.units.seksi });
  const base = { categoryId: cat.id, unitId: office.tree.units.seksi, assigneeId: office.ids.staf };
  const done = { status: 'SELESAI' as const, resolvedAt: '2026-03-05T03:00:00Z' };
  await seedDashboardComplaint(t.db, { ...base, ...done, receivedAt: '2026-03-02T03:00:00Z', rating: 5 });
  await seedDashboardComplaint(t.db, { ...base, ...done, receivedAt: '2026-03-02T04:00:00Z', rating: 4 });
  await seedDashboardComplaint(t.db, {
    ...base,
    ...done,
    receivedAt: '2026-02-02T03:00:00Z',
    wasBreached: true,
    rating: 2,
  });
  await seedDashboardComplaint(t.db, {
    ...base,
    receivedAt: '2026-07-13T03:00:00Z',
    deadlineAt: '2026-07-20T16:59:59Z',
  });
  await seedDashboardComplaint(t.db, {
    ...base,
    ...done,
    receivedAt: '2025-11-02T03:00:00Z',
    resolvedAt: '2025-11-04T03:00:00Z',
    rating: 1,
  });
  // Staf2 holds a late, escalated complaint: a to-do of the Kasi.
  escalatedId = await seedDashboardComplaint(t.db, {
    ...base,
    assigneeId: office.ids.staf2,
    receivedAt: '2026-06-01T03:00:00Z',
    deadlineAt: '2026-06-08T16:59:59Z',
    wasBreached: true,
    escalationLevel: 1,
  });
  // JP this year: Staf 8 + 4,5 = 12,5 of 20; Staf2 20 (reached); last year's credits do not count.
  await seedJpCredit(t.db, { employeeId: office.ids.staf, jp: 8 });
  await seedJpCredit(t.db, { employeeId: office.ids.staf, jp: 4.5, completedOn: '2026-05-20' });
  await seedJpCredit(t.db, { employeeId: office.ids.staf, jp: 30, completedOn: '2025-11-02' });
  await seedJpCredit(t.db, { employeeId: office.ids.staf2, jp: 20 });
  // A whole office walked through the SKP workflow over HTTP: slower than one hook's default on a loaded machine.
}, 240_000);
afterAll(() => t.close());

const get = (url: string, cookie: string) => api(t).get(url, cookie);

async function readSheet(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe('GET /api/v1/dashboards/me — Kinerja Saya', () => {
  it('equals the hand-counted figures: on-time rate, citizen rating, JP, realisation per period, predikat', async () => {
    const res = await get('/api/v1/dashboards/me?year=2026', office.cookies.staf);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.employee.employeeId).toBe(office.ids.staf);
    // 4 assigned this year, 3 finished, 2 of them on time: 66,7 %; ratings 5, 4, 2: 3,67.
    expect(d.complaints).toMatchObject({
      assigned: 4,
      finished: 3,
      finishedOnTime: 2,
      onTimePercent: 66.7,
      rated: 3,
      averageRating: 3.67,
      link: `/complaints/stats?employeeId=${office.ids.staf}`,
    });
    expect(d.jp).toEqual({ jp: 12.5, target: 20, percent: 62.5, link: '/pelatihan/saya' });
    expect(d.skp.skpId).toBe(stafSkpId);
    expect(d.skp.link).toBe(`/kinerja/skp/${stafSkpId}`);
    const [p1, p2] = d.skp.periods;
    expect(p1).toMatchObject({ id: q1, averagePercent: 100 });
    expect(p2).toMatchObject({ id: q2, averagePercent: 50 });
    expect(d.skp.indicators[0].cells.slice(0, 2)).toEqual([
      { periodId: q1, value: 3, text: null, periodTarget: 3, percent: 100 },
      { periodId: q2, value: 2, text: null, periodTarget: 4, percent: 50 },
    ]);
    expect(d.predikatHistory).toEqual([
      expect.objectContaining({
        predikat: 'SANGAT_BAIK',
        periodId: q1,
        link: `/kinerja/skp/${stafSkpId}/evaluasi/${q1}`,
      }),
    ]);
    expect(d.feedback.map((f: { text: string }) => f.text)).toEqual(['Pertahankan ketepatan waktu laporan']);
    // The open complaint with its deadline (the web counts down from it): received Monday 13 July, 5 working days
    // to the end of Monday 20 July in WIB.
    expect(d.openComplaints).toHaveLength(1);
    expect(d.openComplaints[0].sla.deadline).toBe('2026-07-20T16:59:59.999Z');
  });

  it('shows only the signed-in employee: an employeeId in the query changes nothing', async () => {
    const res = await get(`/api/v1/dashboards/me?employeeId=${office.ids.staf}`, office.cookies.staf2);
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.employee.employeeId).toBe(office.ids.staf2);
    expect(d.complaints.assigned).toBe(1);
    expect(d.jp.jp).toBe(20);
    expect(d.skp.skpId).toBe(staf2SkpId);
  });

  it('answers 403 to an account without an employee record', async () => {
    const res = await get('/api/v1/dashboards/me', office.cookies.admin);
    expect(res.statusCode).toBe(403);
  });

  it('refuses a bad year with 400 naming the field', async () => {
    const res = await get('/api/v1/dashboards/me?year=20x6', office.cookies.staf);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toContain('year');
  });
});

describe('GET /api/v1/dashboards/team — Tim Saya', () => {
  it('gives a superior one row per subordinate with the same figures as their own dashboards', async () => {
    const res = await get('/api/v1/dashboards/team?year=2026', office.cookies.kasi);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.members.map((m: { employee: { employeeId: number } }) => m.employee.employeeId)).toEqual([
      office.ids.staf2, // Fungsional Uji
      office.ids.staf, // Staf Uji
    ]);
    const [staf2, staf] = d.members;
    expect(staf).toMatchObject({
      skpId: stafSkpId,
      skpStatus: 'APPROVED',
      latestPredikat: 'SANGAT_BAIK',
      complaints: { assigned: 4, finished: 3, onTimePercent: 66.7, averageRating: 3.67 },
      jp: { jp: 12.5, target: 20, percent: 62.5 },
    });
    expect(staf2).toMatchObject({
      skpId: staf2SkpId,
      skpStatus: 'SUBMITTED',
      latestPredikat: null,
      complaints: { assigned: 1, finished: 0, onTimePercent: null },
      jp: { jp: 20, percent: 100 },
    });
  });

  it('lists the superior’s to-dos: the SKP to approve, the evaluation due, the escalated complaint', async () => {
    const d = (await get('/api/v1/dashboards/team?year=2026', office.cookies.kasi)).json();
    const kinds = d.todos.map((x: { kind: string; link: string }) => `${x.kind} ${x.link}`);
    expect(kinds).toContain(`SKP_APPROVAL /kinerja/skp/${staf2SkpId}`);
    expect(kinds).toContain(`EVALUATION_DUE /kinerja/skp/${stafSkpId}`);
    expect(kinds).toContain(`COMPLAINT_ESCALATED /complaints/${escalatedId}`);
  });

  it('counts the team’s predikat distribution by hand: one Sangat Baik, one SKP still without predikat', async () => {
    const d = (await get('/api/v1/dashboards/team?year=2026', office.cookies.kasi)).json();
    const counts = Object.fromEntries(
      d.distribution.map((x: { predikat: string; count: number }) => [x.predikat, x.count]),
    );
    expect(counts).toEqual({ SANGAT_BAIK: 1, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 });
    expect(d.withoutPredikat).toBe(1);
  });

  it('shows a superior only their own subordinates: the Lurah sees nobody of the seksi', async () => {
    const camat = (await get('/api/v1/dashboards/team', office.cookies.camat)).json();
    expect(camat.members).toHaveLength(4);
    const lurah = await get('/api/v1/dashboards/team', office.cookies.lurah);
    // The Lurah's staff position is vacant: no subordinates, so no team dashboard.
    expect(lurah.statusCode).toBe(403);
  });

  it('answers 403 with an Indonesian message to an employee without subordinates', async () => {
    const res = await get('/api/v1/dashboards/team', office.cookies.staf);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/atasan/);
  });

  it('lets only Admin Kepegawaian and the Pimpinan filter by unit', async () => {
    const url = `/api/v1/dashboards/team?unitId=${office.tree.units.seksi}`;
    expect((await get(url, office.cookies.kasi)).statusCode).toBe(403);
    const admin = await get(url, office.cookies.admin);
    expect(admin.statusCode, admin.body).toBe(200);
    expect(admin.json().unitName).toBe('Seksi Uji');
    expect(
      admin
        .json()
        .members.map((m: { employee: { employeeId: number } }) => m.employee.employeeId)
        .sort(),
    ).toEqual([office.ids.kasi, office.ids.staf, office.ids.staf2].sort());
  });

  it('tells the web app whether to show the Tim Saya menu', async () => {
    const screens = async (cookie: string) =>
      (await get('/api/v1/auth/me', cookie)).json().user.capabilities.screens as string[];
    expect(await screens(office.cookies.kasi)).toEqual(
      expect.arrayContaining(['dashboardMe', 'dashboardTeam']),
    );
    expect(await screens(office.cookies.staf)).toContain('dashboardMe');
    expect(await screens(office.cookies.staf)).not.toContain('dashboardTeam');
  });
});

describe('GET /api/v1/dashboards/team — one page of the members (ADR 0021)', () => {
  type Answer = {
    members: { employee: { employeeId: number; fullName: string } }[];
    total: number;
    page: number;
    pageSize: number;
    predikat: string | null;
    distribution: { predikat: string; count: number; link: string }[];
    withoutPredikat: number;
  };
  const team = async (query: string, cookie = office.cookies.admin) => {
    const res = await get(`/api/v1/dashboards/team?year=2026&${query}`, cookie);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Answer;
  };
  const idsOf = (d: Answer) => d.members.map((m) => m.employee.employeeId);
  const countsOf = (d: Answer) => Object.fromEntries(d.distribution.map((x) => [x.predikat, x.count]));
  // The whole office, as Admin Kepegawaian (no employee record, no subordinates) sees it, by name.
  const office5 = () => [
    office.ids.camat,
    office.ids.staf2,
    office.ids.kasi,
    office.ids.lurah,
    office.ids.staf,
  ];

  it('shows 50 members a page by default and says how many there are in all', async () => {
    const d = await team('');
    expect(d).toMatchObject({ total: 5, page: 1, pageSize: 50, predikat: null });
    expect(idsOf(d)).toEqual(office5());
  });

  it('cuts the name-sorted list into pages: page 2 at 2 a page holds the third and fourth by name', async () => {
    const pages = [
      await team('pageSize=2'),
      await team('pageSize=2&page=2'),
      await team('pageSize=2&page=3'),
    ];
    expect(pages.map(idsOf)).toEqual([office5().slice(0, 2), office5().slice(2, 4), office5().slice(4)]);
    expect(pages.map((d) => [d.total, d.page, d.pageSize])).toEqual([
      [5, 1, 2],
      [5, 2, 2],
      [5, 3, 2],
    ]);
    // Past the last page: no rows, the same total.
    expect(await team('pageSize=2&page=4')).toMatchObject({ members: [], total: 5, page: 4 });
  });

  it('counts the distribution and the SKPs without predikat over everyone in scope, on every page', async () => {
    // Page 1 of 1 a page is the Camat alone: the Staf's Sangat Baik and the SKPs of Kasi, Staf2 still count.
    for (const d of [await team('pageSize=1'), await team('pageSize=1&page=5')]) {
      expect(countsOf(d)).toEqual({
        SANGAT_BAIK: 1,
        BAIK: 0,
        BUTUH_PERBAIKAN: 0,
        KURANG: 0,
        SANGAT_KURANG: 0,
      });
      // Camat, Kasi and Staf2 have an SKP of 2026 and no predikat yet; the Lurah has no SKP.
      expect(d.withoutPredikat).toBe(3);
    }
  });

  it('filters by predikat on the server before paging, and the distribution still counts everyone', async () => {
    const d = await team('predikat=SANGAT_BAIK');
    expect(d).toMatchObject({ total: 1, predikat: 'SANGAT_BAIK' });
    expect(idsOf(d)).toEqual([office.ids.staf]);
    expect(countsOf(d).SANGAT_BAIK).toBe(1);
    expect(d.withoutPredikat).toBe(3);
    expect(await team('predikat=BAIK')).toMatchObject({ members: [], total: 0 });
    // The distribution's link is the filter the page sends back.
    const link = d.distribution.find((x) => x.predikat === 'SANGAT_BAIK')!.link;
    expect(link).toBe('/dasbor/tim?year=2026&predikat=SANGAT_BAIK');
  });

  it('filters a superior’s own team by predikat too', async () => {
    const d = await team('predikat=SANGAT_BAIK', office.cookies.kasi);
    expect(idsOf(d)).toEqual([office.ids.staf]);
  });

  it.each([
    ['pageSize=201', 'pageSize'],
    ['pageSize=0', 'pageSize'],
    ['page=0', 'page'],
    ['page=x', 'page'],
    ['predikat=ISTIMEWA', 'predikat'],
  ])('refuses %s with 400 naming the field', async (query, field) => {
    const res = await get(`/api/v1/dashboards/team?${query}`, office.cookies.admin);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toContain(field);
  });

  it('takes pageSize 200, the largest page', async () => {
    expect((await team('pageSize=200')).pageSize).toBe(200);
  });
});

describe('GET /api/v1/dashboards/{me,team}/<table>.<xlsx|pdf> — exports', () => {
  it('writes the same numbers into the XLSX as the JSON answer', async () => {
    const json = (await get('/api/v1/dashboards/me?year=2026', office.cookies.staf)).json();
    const res = await get('/api/v1/dashboards/me/ringkasan.xlsx?year=2026', office.cookies.staf);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="kinerja-saya-ringkasan-2026.xlsx"',
    );
    const sheet = await readSheet(res.rawPayload);
    expect(sheet.getCell('A2').value).toContain('Tahun: 2026');
    expect(sheet.getRow(6).values).toEqual([
      undefined,
      json.complaints.assigned,
      json.complaints.finished,
      json.complaints.finishedOnTime,
      json.complaints.onTimePercent,
      json.complaints.averageRating,
      json.jp.jp,
      json.jp.target,
      json.jp.percent,
    ]);
  });

  it('exports the team table with the members’ figures', async () => {
    const res = await get('/api/v1/dashboards/team/anggota.xlsx?year=2026', office.cookies.kasi);
    expect(res.statusCode, res.body).toBe(200);
    const sheet = await readSheet(res.rawPayload);
    expect(sheet.getCell('A7').value).toBe('Staf Uji');
    expect(sheet.getCell('F7').value).toBe(4);
    expect(sheet.getCell('G7').value).toBe(66.7);
    expect(sheet.getCell('H7').value).toBe(3.67);
    expect(sheet.getCell('I7').value).toBe(12.5);
  });

  /** The members' table of Tim Saya as Admin Kepegawaian downloads it (the whole office), with `query`. */
  async function adminMembersSheet(query: string) {
    const res = await get(`/api/v1/dashboards/team/anggota.xlsx?year=2026&${query}`, office.cookies.admin);
    expect(res.statusCode, res.body).toBe(200);
    return readSheet(res.rawPayload);
  }

  it('exports every member in scope, not one page, whatever page the query names', async () => {
    const sheet = await adminMembersSheet('page=2&pageSize=2');
    const names = [6, 7, 8, 9, 10, 11].map((row) => sheet.getCell(`A${row}`).value);
    expect(names).toEqual(['Camat Uji', 'Fungsional Uji', 'Kasi Uji', 'Lurah Uji', 'Staf Uji', null]);
  });

  it('exports the members of one predikat when the page is filtered by it', async () => {
    const sheet = await adminMembersSheet('predikat=SANGAT_BAIK');
    expect(sheet.getCell('A2').value).toContain('Predikat: Sangat Baik');
    expect([sheet.getCell('A6').value, sheet.getCell('A7').value]).toEqual(['Staf Uji', null]);
  });

  it('sends a PDF of a table', async () => {
    const res = await get('/api/v1/dashboards/team/distribusi.pdf?year=2026', office.cookies.kasi);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('applies the same authorisation as the page', async () => {
    expect((await get('/api/v1/dashboards/team/anggota.xlsx', office.cookies.staf)).statusCode).toBe(403);
  });

  it('refuses a table outside the closed list with 400 naming the table', async () => {
    const res = await get('/api/v1/dashboards/me/gaji.xlsx', office.cookies.staf);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toContain('table');
    expect((await get('/api/v1/dashboards/team/anggota.csv', office.cookies.kasi)).statusCode).toBe(400);
  });
});
