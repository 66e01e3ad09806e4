import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEmployee, seedOrgTree, seedPosition, seedUnit, seedUser } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { seedComplaintCategory } from '../complaints/complaints.test-builders';
import { allNine, answer, openSurvey } from '../surveys/surveys.test-builders';
import { resolveComplaint, seedDispositionedComplaint } from './portal.test-builders';
import { TRANSPARENCY_LIVE_SCRIPT, TRANSPARENCY_SCRIPT_HASH } from './transparency-page';

// Issue 14 §4: the public transparency page and open data. Figures are checked against a hand-computed case on
// complaints driven through the real workflow, across the 18–24 March 2026 holidays and a weekend; nothing personal
// may leave; small units are suppressed and merged (complementary suppression); the CSV is RFC 4180 with a header.

// Tuesday 17 March 2026, 10:00 WIB (complaints.md example: 18–24 March are holidays, cuti bersama or weekend).
const START = new Date('2026-03-17T03:00:00Z');
const at = (iso: string) => new Date(iso);

let t: TestApp;
let cookies: { desk: string; admin: string; staf: string; stafKel: string; stafA: string; stafB: string };
const people: { name: string; nip: string }[] = [];
const REPORTERS = [
  { reporterName: 'Siti Aminah', reporterPhone: '081234567890', reporterEmail: 'siti@example.id' },
  { reporterName: 'Bambang Sutejo', reporterPhone: '081377788899', reporterEmail: 'bambang.s@contoh.id' },
];
const ids: { seksi: number[]; kel: number[] } = { seksi: [], kel: [] };
let surveyCode = '';
let kelurahanId = 0;

const get = (url: string) => t.app.inject({ method: 'GET', url });

beforeAll(async () => {
  t = await createTestApp({
    now: START,
    config: { session: { idleMinutes: 10_000_000, absoluteHours: 1_000_000, cookieSecure: false } },
  });
  const tree = await seedOrgTree(t.db);
  kelurahanId = tree.units.kelurahan;
  const smallA = await seedUnit(t.db, {
    parentId: tree.units.kecamatan,
    name: 'Seksi Kecil A',
    type: 'SEKSI',
  });
  const smallB = await seedUnit(t.db, {
    parentId: tree.units.kecamatan,
    name: 'Seksi Kecil B',
    type: 'SEKSI',
  });
  const posA = await seedPosition(t.db, { unitId: smallA, superiorId: tree.positions.camat });
  const posB = await seedPosition(t.db, { unitId: smallB, superiorId: tree.positions.camat });
  await seedUser(t.db, { username: 'meja-pengaduan', roles: ['PETUGAS_PENGADUAN'] });
  await seedUser(t.db, { username: 'admin-portal', roles: ['ADMIN_KEPEGAWAIAN'] });
  const staf = await seedEmployee(t.db, {
    positionId: tree.positions.staf,
    login: true,
    name: 'Rahmat Hidayat',
  });
  const stafKel = await seedEmployee(t.db, {
    positionId: tree.positions.stafKel,
    login: true,
    name: 'Dewi Lestari',
  });
  const stafA = await seedEmployee(t.db, { positionId: posA, login: true, name: 'Yusuf Maulana' });
  const stafB = await seedEmployee(t.db, { positionId: posB, login: true, name: 'Nur Aisyah' });
  people.push(
    { name: 'Rahmat Hidayat', nip: staf.nip },
    { name: 'Dewi Lestari', nip: stafKel.nip },
    { name: 'Yusuf Maulana', nip: stafA.nip },
    { name: 'Nur Aisyah', nip: stafB.nip },
  );
  cookies = {
    desk: await t.login('meja-pengaduan'),
    admin: await t.login('admin-portal'),
    staf: await t.login(staf.username!),
    stafKel: await t.login(stafKel.username!),
    stafA: await t.login(stafA.username!),
    stafB: await t.login(stafB.username!),
  };
  const cat = {
    seksi: await seedComplaintCategory(t.db, { unitId: tree.units.seksi, code: 'LAMPU' }),
    kel: await seedComplaintCategory(t.db, { unitId: tree.units.kelurahan, code: 'SAMPAH' }),
    a: await seedComplaintCategory(t.db, { unitId: smallA, code: 'TAMAN' }),
    b: await seedComplaintCategory(t.db, { unitId: smallB, code: 'PARIT' }),
  };
  const file = (code: string, unitId: number, assigneeId: number, i: number) =>
    seedDispositionedComplaint(t, cookies.desk, {
      categoryCode: code,
      unitId,
      assigneeId,
      reporter: REPORTERS[i % 2]!,
    });
  // All received and given to a unit on Tuesday 17 March 10:00 WIB; the resolution window (NORMATIF, 5 working days)
  // ends 31 March 23:59:59 WIB.
  for (let i = 0; i < 6; i++) ids.seksi.push(await file(cat.seksi.code, tree.units.seksi, staf.id, i));
  for (let i = 0; i < 5; i++) ids.kel.push(await file(cat.kel.code, tree.units.kelurahan, stafKel.id, i));
  await file(cat.a.code, smallA, stafA.id, 0);
  for (let i = 0; i < 2; i++) await file(cat.b.code, smallB, stafB.id, i);

  // A published SKM of the seksi for March: answers all 4 and all 3 → NRR 3.5 per unsur → IKM 3.5 → 87.5 (B).
  const survey = await openSurvey(t, cookies.admin, tree.units.seksi, {
    title: 'SKM Seksi Maret 2026',
    periodStart: '2026-03-01',
    periodEnd: '2026-03-31',
  });
  surveyCode = survey.code;
  expect((await answer(t, survey.code, allNine(4))).statusCode).toBe(201);
  expect((await answer(t, survey.code, allNine(3))).statusCode).toBe(201);
  const published = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/surveys/${survey.id}/publication`,
    headers: { cookie: cookies.admin },
    payload: { published: true },
  });
  expect(published.statusCode, published.body).toBe(200);

  // Wednesday 25 March: the first working day after the holidays and the weekend → 1 working day.
  t.clock.now = at('2026-03-25T03:00:00Z');
  expect((await resolveComplaint(t, cookies.staf, ids.seksi[0]!)).wasBreached).toBe(false);
  expect((await resolveComplaint(t, cookies.stafKel, ids.kel[0]!)).wasBreached).toBe(false);
  // Monday 30 March: 25, 26, 27 and 30 March → 4 working days (the weekend of 28–29 March left out).
  t.clock.now = at('2026-03-30T03:00:00Z');
  expect((await resolveComplaint(t, cookies.staf, ids.seksi[1]!)).wasBreached).toBe(false);
  // Thursday 2 April: 25, 26, 27, 30, 31 March, 1, 2 April → 7 working days, after the 31 March deadline.
  t.clock.now = at('2026-04-02T03:00:00Z');
  expect((await resolveComplaint(t, cookies.staf, ids.seksi[2]!)).wasBreached).toBe(true);
  // Fourteen complaints through the real workflow take a while on a loaded machine.
}, 180_000);
afterAll(() => t.close());

type UnitRow = {
  jenis: string;
  unit: string;
  jumlah_unit_digabung: number;
  ditekan: boolean;
  diterima: number | null;
  selesai: number | null;
  selesai_tepat_waktu: number | null;
  persen_tepat_waktu: number | null;
  median_hari_kerja: number | null;
};
const figuresOf = (r: UnitRow) => ({
  jenis: r.jenis,
  unit: r.unit,
  ditekan: r.ditekan,
  diterima: r.diterima,
  selesai: r.selesai,
  selesai_tepat_waktu: r.selesai_tepat_waktu,
  persen_tepat_waktu: r.persen_tepat_waktu,
  median_hari_kerja: r.median_hari_kerja,
});
const setMinCell = async (minCellCount: number) => {
  const res = await t.app.inject({
    method: 'PUT',
    url: '/api/v1/portal/open-data-settings',
    headers: { cookie: cookies.admin },
    payload: { minCellCount },
  });
  expect(res.statusCode, res.body).toBe(200);
  t.clock.advance(61_000); // past the cache lifetime
};

describe('GET /api/v1/public/open-data/pengaduan-per-unit.json', () => {
  it('matches the hand-computed figures: received, finished, on time, median working days across holidays and a weekend', async () => {
    const res = await get('/api/v1/public/open-data/pengaduan-per-unit.json?year=2026');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.licence.name).toContain('CC BY 4.0');
    expect(body.minCellCount).toBe(5);
    expect(body.period).toEqual({ year: 2026, quarter: null, from: '2026-01-01', to: '2026-12-31' });
    expect(body.rows.map(figuresOf)).toEqual([
      // 14 received; finished 1, 4, 7 (seksi) and 1 (kelurahan) → median (1 + 4) / 2 = 2.5; on time 3 of 4 → 75 %.
      {
        jenis: 'KANTOR',
        unit: 'Seluruh kantor',
        ditekan: false,
        diterima: 14,
        selesai: 4,
        selesai_tepat_waktu: 3,
        persen_tepat_waktu: 75,
        median_hari_kerja: 2.5,
      },
      {
        jenis: 'UNIT',
        unit: 'Kelurahan Uji',
        ditekan: false,
        diterima: 5,
        selesai: 1,
        selesai_tepat_waktu: 1,
        persen_tepat_waktu: 100,
        median_hari_kerja: 1,
      },
      // 6 received; 1, 4 and 7 working days, the last one late → 2 of 3 on time = 66.7 %, median 4.
      {
        jenis: 'UNIT',
        unit: 'Seksi Uji',
        ditekan: false,
        diterima: 6,
        selesai: 3,
        selesai_tepat_waktu: 2,
        persen_tepat_waktu: 66.7,
        median_hari_kerja: 4,
      },
      // Seksi Kecil A (1) and B (2) are below 5: merged, never named.
      {
        jenis: 'GABUNGAN',
        unit: 'Unit lainnya (2 unit digabung)',
        ditekan: false,
        diterima: 3,
        selesai: 0,
        selesai_tepat_waktu: 0,
        persen_tepat_waktu: null,
        median_hari_kerja: null,
      },
    ]);
  });

  it('suppresses a small unit and, when it is the only one, the next smallest too (small-cell rule)', async () => {
    // Minimum 2: only Seksi Kecil A (1) is below; alone it would be the office total minus the others, so the
    // smallest shown unit (Seksi Kecil B, 2) joins it.
    await setMinCell(2);
    const rows = (await get('/api/v1/public/open-data/pengaduan-per-unit.json?year=2026')).json()
      .rows as UnitRow[];
    expect(rows.map((r) => [r.jenis, r.unit, r.diterima])).toEqual([
      ['KANTOR', 'Seluruh kantor', 14],
      ['UNIT', 'Kelurahan Uji', 5],
      ['UNIT', 'Seksi Uji', 6],
      ['GABUNGAN', 'Unit lainnya (2 unit digabung)', 3],
    ]);
    // Minimum 20: the office itself is below, so nothing is shown, not even the months.
    await setMinCell(20);
    const hidden = (await get('/api/v1/public/open-data/pengaduan-per-unit.json?year=2026')).json();
    expect(hidden.rows).toEqual([
      expect.objectContaining({ jenis: 'KANTOR', ditekan: true, diterima: null }),
    ]);
    const months = (await get('/api/v1/public/open-data/pengaduan-per-bulan.json?year=2026')).json();
    expect(months.rows.every((m: UnitRow) => m.ditekan && m.diterima === null)).toBe(true);
    expect(await get('/transparansi?year=2026').then((r) => r.body)).toContain('kurang dari 20');
    await setMinCell(5);
  });

  it('refuses the setting to anyone but Admin Kepegawaian, and a minimum below 1', async () => {
    const other = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/portal/open-data-settings',
      headers: { cookie: cookies.staf },
      payload: { minCellCount: 1 },
    });
    expect(other.statusCode).toBe(403);
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/portal/open-data-settings',
      headers: { cookie: cookies.admin },
      payload: { minCellCount: 0 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.minCellCount');
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'portal.open_data.update')
      .execute();
    expect(audit.length).toBe(3);
  });
});

describe('monthly trend and IKM per period', () => {
  it('counts the month the complaints arrived in, up to the current month', async () => {
    const body = (await get('/api/v1/public/open-data/pengaduan-per-bulan.json?year=2026')).json();
    expect(body.rows.map((r: { bulan: string; diterima: number }) => [r.bulan, r.diterima])).toEqual([
      ['2026-01', 0],
      ['2026-02', 0],
      ['2026-03', 14],
      ['2026-04', 0],
    ]);
    expect(body.rows[2]).toMatchObject({
      selesai: 4,
      selesai_tepat_waktu: 3,
      persen_tepat_waktu: 75,
      median_hari_kerja: 2.5,
    });
  });

  it('lists the published IKM of each survey period, and filters by quarter', async () => {
    const q1 = (await get('/api/v1/public/open-data/ikm-per-periode.json?year=2026&quarter=1')).json();
    expect(q1.period).toEqual({ year: 2026, quarter: 1, from: '2026-01-01', to: '2026-03-31' });
    expect(q1.rows).toEqual([
      {
        kode_survei: surveyCode,
        unit: 'Seksi Uji',
        tanggal_awal: '2026-03-01',
        tanggal_akhir: '2026-03-31',
        responden: 2,
        nilai_ikm: 87.5,
        mutu: 'B',
        kinerja: 'Baik',
      },
    ]);
    const q2 = (await get('/api/v1/public/open-data/ikm-per-periode.json?year=2026&quarter=2')).json();
    expect(q2.rows).toEqual([]);
    // Nothing was received in the second quarter: below the minimum, the office shows no figures.
    const units = (await get('/api/v1/public/open-data/pengaduan-per-unit.json?year=2026&quarter=2')).json();
    expect(units.rows).toEqual([expect.objectContaining({ jenis: 'KANTOR', ditekan: true })]);
  });

  it('reads the empty quarter of the page form ("Setahun penuh") as the whole year', async () => {
    const page = await get('/transparansi?year=2026&quarter=');
    expect(page.statusCode, page.body).toBe(200);
    expect(page.body).toContain('Periode 1 Januari 2026 – 31 Desember 2026');
    const json = (await get('/api/v1/public/open-data/pengaduan-per-unit.json?year=2026&quarter=')).json();
    expect(json.period).toEqual({ year: 2026, quarter: null, from: '2026-01-01', to: '2026-12-31' });
  });

  it('answers 400 for a quarter outside 1–4 and for a year not begun', async () => {
    const bad = await get('/api/v1/public/open-data/pengaduan-per-unit.json?quarter=5');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('querystring.quarter');
    expect((await get('/api/v1/public/open-data/pengaduan-per-unit.json?year=2030')).statusCode).toBe(400);
    expect((await get('/api/v1/public/open-data/lainnya.json')).statusCode).toBe(400);
  });
});

describe('no personal data in any public answer', () => {
  it('never carries a reporter name, phone, e-mail, nor an employee name or NIP', async () => {
    const urls = [
      '/transparansi?year=2026',
      '/transparansi?year=2026&lang=en',
      '/api/v1/public/open-data',
      ...['pengaduan-per-unit', 'pengaduan-per-bulan', 'ikm-per-periode'].flatMap((d) => [
        `/api/v1/public/open-data/${d}.json?year=2026`,
        `/api/v1/public/open-data/${d}.csv?year=2026`,
        `/api/v1/public/open-data/schema/${d}.json`,
      ]),
    ];
    const secrets = [
      ...REPORTERS.flatMap((r) => [r.reporterName, r.reporterPhone, r.reporterEmail]),
      ...people.flatMap((p) => [p.name, p.nip]),
      'Jl. Abikusno',
      'Lampu jalan di depan rumah',
    ];
    for (const url of urls) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      for (const secret of secrets) expect(res.body, `${url} carries ${secret}`).not.toContain(secret);
    }
  });
});

describe('CSV files', () => {
  it('are RFC 4180 UTF-8 with a header line whose columns are the JSON keys', async () => {
    const res = await get('/api/v1/public/open-data/pengaduan-per-unit.csv?year=2026');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers['content-disposition']).toBe('attachment; filename="pengaduan-per-unit-2026.csv"');
    expect(res.body.charCodeAt(0)).not.toBe(0xfeff);
    expect(res.body.endsWith('\r\n')).toBe(true);
    expect(res.body.split('\r\n')[0]).toBe(
      'tahun,triwulan,tanggal_awal,tanggal_akhir,jenis,unit,jumlah_unit_digabung,ditekan,diterima,selesai,selesai_tepat_waktu,persen_tepat_waktu,median_hari_kerja',
    );
    const records = parse(res.body, {
      columns: true,
      record_delimiter: '\r\n',
      relax_column_count: false,
    }) as Record<string, string>[];
    const json = (await get('/api/v1/public/open-data/pengaduan-per-unit.json?year=2026')).json();
    expect(records).toHaveLength(json.rows.length);
    expect(records[2]).toMatchObject({
      unit: 'Seksi Uji',
      diterima: '6',
      persen_tepat_waktu: '66.7',
      median_hari_kerja: '4',
    });
    // "Unit lainnya (2 unit digabung)" has no comma; a null is an empty field.
    expect(records[3]).toMatchObject({ jenis: 'GABUNGAN', persen_tepat_waktu: '', triwulan: '' });
  });

  it('quote a field with a comma or a quote', async () => {
    const { toCsv } = await import('../../lib/csv');
    expect(toCsv(['a', 'b'], [{ a: 'Seksi "Ekonomi", Pembangunan', b: null }])).toBe(
      'a,b\r\n"Seksi ""Ekonomi"", Pembangunan",\r\n',
    );
  });
});

describe('GET /transparansi', () => {
  it('is one HTML document whose only script is its inline live script, allowed by hash, with the figures, the small-cell note, the time in WIB and the open-data links', async () => {
    const res = await get('/transparansi?year=2026');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const html = res.body;
    // Live updates (ADR 0011): one inline script, a few hundred bytes, allowed by its hash and nothing else inline.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain(`<script>${TRANSPARENCY_LIVE_SCRIPT}</script>`);
    expect(TRANSPARENCY_LIVE_SCRIPT.length).toBeLessThan(1000);
    const csp = String(res.headers['content-security-policy']);
    const scriptSrc = /script-src ([^;]*)/.exec(csp)![1]!;
    expect(scriptSrc.split(' ').sort()).toEqual(["'self'", TRANSPARENCY_SCRIPT_HASH].sort());
    expect(html).toContain('id="live-status" class="muted" role="status" aria-live="polite"');
    expect(html).toContain('<div id="angka">');
    expect(html).toContain('<html lang="id">');
    expect(html).toMatch(/Diperbarui \d{1,2} April 2026 pukul \d{2}\.\d{2} WIB/);
    expect(html).toContain('<th scope="row">Seksi Uji</th><td>6</td><td>3</td><td>66,7%</td><td>4</td>');
    expect(html).toContain('Unit lainnya (2 unit digabung)');
    expect(html).not.toContain('Seksi Kecil');
    expect(html).toContain('kurang dari 5 pengaduan');
    expect(html).toContain('href="/api/v1/public/open-data/pengaduan-per-unit.csv?year=2026"');
    expect(html).toContain('https://creativecommons.org/licenses/by/4.0/');
    expect(html).toContain('href="/transparansi/skm"');
    expect(html).toContain('87,5');
    const en = (await get('/transparansi?year=2026&quarter=1&lang=en')).body;
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Complaints received');
  });

  it('says on the page that a suppressed office has too few complaints, never that it has none (small-cell rule)', async () => {
    await setMinCell(20);
    const html = (await get('/transparansi?year=2026')).body;
    const trend = html.slice(html.indexOf('id="h-trend"'), html.indexOf('id="h-ikm"'));
    expect(trend).toContain('kurang dari 20');
    expect(html).not.toContain('Belum ada pengaduan');
    await setMinCell(5);
  });

  it('reuses the figures for the cache lifetime while nothing changes, and drops them at once when a complaint is finished (live event)', async () => {
    const url = '/api/v1/public/open-data/pengaduan-per-unit.json?year=2026';
    const first = (await get(url)).json();
    expect((await get(url)).json().generatedAt).toBe(first.generatedAt);
    t.clock.advance(61_000);
    const fresh = (await get(url)).json();
    expect(fresh.generatedAt).not.toBe(first.generatedAt);
    expect(fresh.rows[0].selesai).toBe(4);
    // Finishing a complaint publishes the public topic; every instance's cache forgets its reports (no clock move).
    await resolveComplaint(t, cookies.staf, ids.seksi[3]!);
    let selesai = 4;
    for (let i = 0; i < 50 && selesai === 4; i++) {
      await new Promise((r) => setTimeout(r, 20));
      selesai = (await get(url)).json().rows[0].selesai;
    }
    expect(selesai).toBe(5);
  });

  it('gives the office IKM of the surveys in the chosen period only, like the IKM table beside it', async () => {
    // A published April survey of the kelurahan, all answers 1: outside the first quarter.
    const april = await openSurvey(t, cookies.admin, kelurahanId, {
      title: 'SKM Kelurahan April 2026',
      periodStart: '2026-04-01',
      periodEnd: '2026-04-30',
    });
    expect((await answer(t, april.code, allNine(1))).statusCode).toBe(201);
    const published = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/surveys/${april.id}/publication`,
      headers: { cookie: cookies.admin },
      payload: { published: true },
    });
    expect(published.statusCode, published.body).toBe(200);
    t.clock.advance(61_000);
    // First quarter: only the March survey of the seksi (87.5, B, 2 respondents).
    expect((await get('/transparansi?year=2026&quarter=1')).body).toContain('87,5 (mutu B, 2 responden)');
    // The whole year pools both surveys.
    expect((await get('/transparansi?year=2026')).body).toContain('3 responden');
  });

  it('renders the page of a cached report once: the same page while the report is kept, its own page per language and for a new report', async () => {
    const url = '/transparansi?year=2026';
    t.clock.advance(61_000);
    const first = (await get(url)).body;
    expect((await get(url)).body).toBe(first);
    const english = (await get(`${url}&lang=en`)).body;
    expect(english).not.toBe(first);
    expect(english).toContain('<html lang="en">');
    // Finishing a complaint drops the report (live event): the next page is rendered from the new figures.
    const before = (await get('/api/v1/public/open-data/pengaduan-per-unit.json?year=2026')).json().rows[0]
      .selesai;
    await resolveComplaint(t, cookies.staf, ids.seksi[4]!);
    let page = first;
    for (let i = 0; i < 50 && page === first; i++) {
      await new Promise((r) => setTimeout(r, 20));
      page = (await get(url)).body;
    }
    expect(page).not.toBe(first);
    const after = (await get('/api/v1/public/open-data/pengaduan-per-unit.json?year=2026')).json().rows[0]
      .selesai;
    expect(after).toBe(before + 1);
  });
});
