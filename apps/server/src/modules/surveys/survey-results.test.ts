import ExcelJS from 'exceljs';
import { computeIkm, UNSUR_CODES, type SkmAnswer, type SkmScore } from '@sim/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { allNine, answer, openSurvey, seedSkmWorld, type SkmWorld } from './surveys.test-builders';

let t: TestApp;
let w: SkmWorld;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({
    now: new Date('2026-11-28T03:00:00Z'),
    config: { publicUrl: 'https://skm.kertapati.example' },
  });
  w = await seedSkmWorld(t.db);
  for (const key of Object.keys(w.users) as (keyof SkmWorld['users'])[]) {
    cookies[key] = await t.login(w.users[key].username);
  }
});
afterAll(async () => t.close());

const get = (url: string, who = 'admin') => t.app.inject({ url, headers: { cookie: cookies[who] } });

/** Deterministic varied answers (a small LCG), some unsur left unanswered. */
function sampleAnswers(n: number, seed: number): SkmAnswer[] {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, () => {
    const a: SkmAnswer = {};
    for (const code of UNSUR_CODES) {
      if (next() < 0.08) continue;
      a[code] = (2 + Math.floor(next() * 3)) as SkmScore;
    }
    if (Object.keys(a).length === 0) a.U1 = 3;
    return a;
  });
}

describe('GET /api/v1/surveys/:id/results', () => {
  it('matches computeIkm on the same answers, with progress toward the target and the weakest unsur', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten, { population: 100 });
    const answers = sampleAnswers(37, 7);
    for (const a of answers) expect((await answer(t, s.code, a)).statusCode).toBe(201);
    const expected = computeIkm(answers);
    const res = await get(`/api/v1/surveys/${s.id}/results`);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.sample).toMatchObject({ respondents: 37, population: 100, targetSample: 80 });
    expect(r.sample.progress).toBeCloseTo(37 / 80, 10);
    expect(r.ikm.konversi).toBe(expected.konversi);
    expect(r.ikm.mutu).toBe(expected.mutu);
    expect(r.ikm.kinerja).toBe(expected.kinerja);
    expect(r.ikm.ikm).toBeCloseTo(expected.ikm, 12);
    for (const u of r.ikm.unsur) {
      expect(u.nrr).toBeCloseTo(expected.nrr[u.code as keyof typeof expected.nrr], 12);
      expect(u.answered).toBe(expected.answered[u.code as keyof typeof expected.answered]);
    }
    const min = Math.min(...Object.values(expected.nrr));
    expect(r.weakest.map((x: { code: string }) => x.code)).toEqual(
      UNSUR_CODES.filter((c) => Math.abs(expected.nrr[c] - min) < 1e-9),
    );
    expect(r.trend).toHaveLength(1);
    expect(r.trend[0]).toMatchObject({ surveyId: s.id, konversi: expected.konversi, respondents: 37 });
  });

  it('reproduces the worked example: 91,48 with weight 1/9 and 90,56 with 0,11', async () => {
    const totals = [105, 101, 100, 116, 102, 105, 106, 105, 115];
    const answers: SkmAnswer[] = Array.from({ length: 29 }, () => ({}));
    UNSUR_CODES.forEach((code, i) => {
      const q = Math.floor(totals[i]! / 29);
      const rem = totals[i]! - q * 29;
      answers.forEach((a, k) => (a[code] = (k < rem ? q + 1 : q) as SkmScore));
    });
    const exact = await openSurvey(t, cookies.admin!, w.units.paten);
    const rounded = await openSurvey(t, cookies.admin!, w.units.paten, { weight: '0.11' });
    for (const a of answers) {
      await answer(t, exact.code, a);
      await answer(t, rounded.code, a);
    }
    expect((await get(`/api/v1/surveys/${exact.id}/results`)).json().ikm).toMatchObject({
      konversi: 91.48,
      mutu: 'A',
    });
    expect((await get(`/api/v1/surveys/${rounded.id}/results`)).json().ikm).toMatchObject({
      konversi: 90.56,
      mutu: 'A',
      weight: '0.11',
    });
  });

  it('filters by service and breaks the respondents down by profile', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    await answer(t, s.code, allNine(4), { gender: 'P', age: 25, education: 'SMA', occupation: 'WIRAUSAHA' });
    await answer(t, s.code, allNine(2), { serviceType: 'Legalisasi dokumen', gender: 'L', age: 61 });
    const all = (await get(`/api/v1/surveys/${s.id}/results`)).json();
    expect(all.profile.gender).toEqual([
      { key: 'L', count: 1 },
      { key: 'P', count: 1 },
    ]);
    expect(all.profile.ageGroup).toEqual([
      { key: '20-29', count: 1 },
      { key: '60+', count: 1 },
    ]);
    expect(all.profile.serviceType).toEqual([
      { key: 'Legalisasi dokumen', count: 1, konversi: 50, mutu: 'D' },
      { key: 'Surat keterangan domisili', count: 1, konversi: 100, mutu: 'A' },
    ]);
    const one = (
      await get(`/api/v1/surveys/${s.id}/results?serviceType=${encodeURIComponent('Legalisasi dokumen')}`)
    ).json();
    expect(one).toMatchObject({
      serviceType: 'Legalisasi dokumen',
      sample: { respondents: 1 },
      ikm: { konversi: 50 },
    });
  });

  it('explains why there is no IKM while an unsur has no answer', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    await answer(t, s.code, { U1: 4, U2: 4 });
    const r = (await get(`/api/v1/surveys/${s.id}/results`)).json();
    expect(r.ikm).toBeNull();
    expect(r.ikmUnavailableReason).toMatch(/U3/);
    expect(r.sample.respondents).toBe(1);
  });

  it('lets the unit’s staff read their results and refuses other units (403)', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    await answer(t, s.code, allNine(3));
    expect((await get(`/api/v1/surveys/${s.id}/results`, 'kasi')).statusCode).toBe(200);
    expect((await get(`/api/v1/surveys/${s.id}/results`, 'camat')).statusCode).toBe(200);
    expect((await get(`/api/v1/surveys/${s.id}/results`, 'lurah')).statusCode).toBe(403);
    expect((await get(`/api/v1/surveys/${s.id}/results`, 'outsider')).statusCode).toBe(403);
    expect((await get(`/api/v1/surveys/${s.id}/results`, 'petugas')).statusCode).toBe(403);
  });
});

describe('per-officer results', () => {
  it('shows an officer’s U6/U7 only from the 10th response naming them', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    const andi = w.people.officerA.employeeId;
    for (let i = 0; i < 9; i++) {
      await answer(t, s.code, { ...allNine(3), U6: 4, U7: i % 2 === 0 ? 4 : 3 }, { officerId: andi });
    }
    await answer(t, s.code, allNine(2), { officerId: w.people.officerB.employeeId });
    let r = (await get(`/api/v1/surveys/${s.id}/results`)).json();
    expect(r.officers).toEqual({ minResponses: 10, items: [], hiddenCount: 2 });
    let evidence = (await get(`/api/v1/skm/officers/${andi}?year=2026`)).json();
    expect(evidence).toMatchObject({
      responses: 9,
      isShown: false,
      nrrU6: null,
      nrrU7: null,
      konversi: null,
    });

    await answer(t, s.code, { ...allNine(3), U6: 4, U7: 3 }, { officerId: andi });
    r = (await get(`/api/v1/surveys/${s.id}/results`)).json();
    expect(r.officers.items).toEqual([
      { employeeId: andi, name: 'Petugas Andi', responses: 10, nrrU6: 4, nrrU7: 3.5 },
    ]);
    expect(r.officers.hiddenCount).toBe(1);
    evidence = (await get(`/api/v1/skm/officers/${andi}?year=2026`)).json();
    expect(evidence).toMatchObject({ responses: 10, isShown: true, nrrU6: 4, nrrU7: 3.5, konversi: 93.75 });
  });

  it('shows officer results to the officer and their superior, not to colleagues or other units', async () => {
    const andi = w.people.officerA.employeeId;
    expect((await get(`/api/v1/skm/officers/${andi}`, 'andi')).statusCode).toBe(200);
    expect((await get(`/api/v1/skm/officers/${andi}`, 'kasi')).statusCode).toBe(200);
    expect((await get(`/api/v1/skm/officers/${andi}`, 'camat')).statusCode).toBe(200);
    expect((await get(`/api/v1/skm/officers/${andi}`, 'lurah')).statusCode).toBe(403);
    expect((await get(`/api/v1/skm/officers/${andi}`, 'outsider')).statusCode).toBe(403);
    expect((await get(`/api/v1/skm/officers/${w.people.kasi.employeeId}`, 'andi')).statusCode).toBe(403);
  });

  it('limits the officer rows a non-manager sees in survey results to themselves and their subordinates', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    for (let i = 0; i < 10; i++) {
      await answer(t, s.code, allNine(4), { officerId: w.people.officerA.employeeId });
      await answer(t, s.code, allNine(3), { officerId: w.people.officerB.employeeId });
    }
    const names = async (who: string) =>
      (await get(`/api/v1/surveys/${s.id}/results`, who))
        .json()
        .officers.items.map((o: { name: string }) => o.name);
    expect(await names('admin')).toEqual(['Petugas Andi', 'Petugas Budi']);
    expect(await names('kasi')).toEqual(['Petugas Andi', 'Petugas Budi']);
    expect(await names('andi')).toEqual(['Petugas Andi']);
  });
});

describe('suggestions, follow-up and transparency', () => {
  it('hides suggestions until approved and publishes only unit-level data', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.kelurahan, { title: 'SKM Kelurahan Uji 2026' });
    await answer(t, s.code, allNine(3), { suggestion: 'Pak Budi (0812-3456) kurang ramah' });
    await answer(t, s.code, allNine(4), { suggestion: 'Sediakan air minum di ruang tunggu' });
    let r = (await get(`/api/v1/surveys/${s.id}/results`)).json();
    expect(r.suggestions).toEqual({ approved: [], pendingCount: 2 });
    const pending = (await get(`/api/v1/surveys/${s.id}/suggestions?status=PENDING`)).json();
    expect(pending.total).toBe(2);
    const byText = (text: string) => pending.items.find((i: { text: string }) => i.text.startsWith(text));
    const moderate = (id: number, decision: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/surveys/${s.id}/suggestions/${id}/moderation`,
        headers: { cookie: cookies.admin },
        payload: { decision },
      });
    expect((await moderate(byText('Sediakan').responseId, 'APPROVED')).statusCode).toBe(200);
    expect((await moderate(byText('Pak Budi').responseId, 'REJECTED')).statusCode).toBe(200);
    r = (await get(`/api/v1/surveys/${s.id}/results`)).json();
    expect(r.suggestions.approved.map((x: { text: string }) => x.text)).toEqual([
      'Sediakan air minum di ruang tunggu',
    ]);
    expect(r.suggestions.pendingCount).toBe(0);

    const before = await t.app.inject({ url: '/api/v1/public/skm-results?year=2026' });
    expect(before.statusCode).toBe(200);
    expect(before.json().items.some((i: { surveyCode: string }) => i.surveyCode === s.code)).toBe(false);
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/surveys/${s.id}/publication`,
      headers: { cookie: cookies.admin },
      payload: { published: true },
    });
    const pub = (await t.app.inject({ url: '/api/v1/public/skm-results' })).json();
    const item = pub.items.find((i: { surveyCode: string }) => i.surveyCode === s.code);
    expect(item).toMatchObject({
      unitName: 'Kelurahan Uji',
      respondents: 2,
      konversi: 87.5,
      mutu: 'B',
      kinerja: 'Baik',
    });
    expect(item.unsur).toHaveLength(9);
    const text = JSON.stringify(pub);
    expect(text).not.toContain('Pak Budi');
    expect(text).not.toContain('0812');
    expect(text).not.toContain('Lurah Uji');
  });

  it('records follow-up actions and shows whether they helped in the next period', async () => {
    const first = await openSurvey(t, cookies.admin!, w.units.kecamatan, {
      title: 'SKM Kelurahan Semester I',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
    });
    const second = await openSurvey(t, cookies.admin!, w.units.kecamatan, {
      title: 'SKM Kelurahan Semester II',
      periodStart: '2026-07-01',
      periodEnd: '2026-12-31',
    });
    // Answers for the first period are stored directly (its period is over).
    await t.db
      .insertInto('skm_responses')
      .values(
        [2, 3].map((u3) => ({
          survey_id: first.id,
          submitted_at: new Date('2026-03-01T03:00:00Z'),
          u1: 4,
          u2: 4,
          u3,
          u4: 4,
          u5: 4,
          u6: 4,
          u7: 4,
          u8: 4,
          u9: 4,
          extra_answers: '{}',
          service_type: 'Surat keterangan domisili',
          source: 'LINK',
        })),
      )
      .execute();
    await answer(t, second.code, { ...allNine(4), U3: 4 });
    const weakest = (await get(`/api/v1/surveys/${first.id}/results`)).json().weakest;
    expect(weakest).toEqual([{ code: 'U3', name: 'Waktu Penyelesaian', nrr: 2.5 }]);

    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/surveys/${first.id}/followups`,
      headers: { cookie: cookies.camat },
      payload: {
        unsurCode: 'U3',
        action: 'Tambah satu petugas loket pada jam sibuk',
        ownerEmployeeId: w.people.lurah.employeeId,
        dueDate: '2026-08-31',
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      unsurName: 'Waktu Penyelesaian',
      ownerName: 'Lurah Uji',
      status: 'PLANNED',
      evaluation: { nrrBefore: 2.5, nrrAfter: 4, nextSurveyId: second.id },
    });
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/v1/surveys/${first.id}/followups`,
      headers: { cookie: cookies.admin },
      payload: { unsurCode: 'U3', action: 'Tindakan', ownerEmployeeId: 999999, dueDate: '2026-08-31' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('ownerEmployeeId');
    const badDate = await t.app.inject({
      method: 'POST',
      url: `/api/v1/surveys/${first.id}/followups`,
      headers: { cookie: cookies.admin },
      payload: {
        unsurCode: 'U3',
        action: 'Tindakan perbaikan',
        ownerEmployeeId: null,
        dueDate: '2026-02-30',
      },
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.details[0].path).toBe('body.dueDate');

    const id = created.json().id;
    const ownerUpdate = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/surveys/${first.id}/followups/${id}`,
      headers: { cookie: cookies.lurah },
      payload: { status: 'DONE', note: 'Petugas tambahan bertugas sejak Juli' },
    });
    expect(ownerUpdate.statusCode).toBe(200);
    expect(ownerUpdate.json()).toMatchObject({
      status: 'DONE',
      note: 'Petugas tambahan bertugas sejak Juli',
      // The owner records progress but does not change the plan.
      canUpdateProgress: true,
      canEditPlan: false,
    });
    const ownerReplan = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/surveys/${first.id}/followups/${id}`,
      headers: { cookie: cookies.lurah },
      payload: { dueDate: '2027-01-31' },
    });
    expect(ownerReplan.statusCode).toBe(403);
    const stranger = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/surveys/${first.id}/followups/${id}`,
      headers: { cookie: cookies.kasi },
      payload: { status: 'CANCELLED' },
    });
    expect(stranger.statusCode).toBe(403);

    // What each reader may do with the action comes with it, from the policy (the web app copies no rule).
    const mayDo = async (who: string) => {
      const res = await get(`/api/v1/surveys/${first.id}/followups`, who);
      expect(res.statusCode).toBe(200);
      const { canUpdateProgress, canEditPlan } = res.json().items[0];
      return { canUpdateProgress, canEditPlan };
    };
    expect(await mayDo('camat')).toEqual({ canUpdateProgress: true, canEditPlan: true });

    const next = (await get(`/api/v1/surveys/${second.id}/results`)).json();
    expect(next.previousFollowups).toHaveLength(1);
    expect(next.previousFollowups[0]).toMatchObject({
      status: 'DONE',
      evaluation: { nrrBefore: 2.5, nrrAfter: 4 },
    });
    expect(next.trend.map((p: { title: string }) => p.title)).toEqual(
      expect.arrayContaining(['SKM Kelurahan Semester I', 'SKM Kelurahan Semester II']),
    );
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'skm_followup')
      .where('entity_id', '=', String(id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['skm.followup.create', 'skm.followup.update']);
  });
});

describe('documents', () => {
  it('produces the Laporan Hasil SKM as a PDF for the unit and refuses others', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten, { population: 500 });
    for (const a of sampleAnswers(12, 3)) await answer(t, s.code, a, { suggestion: 'Antrean lebih tertib' });
    const res = await get(`/api/v1/surveys/${s.id}/report.pdf`, 'kasi');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="laporan-skm-.*\.pdf"/);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.length).toBeGreaterThan(3000);
    expect((await get(`/api/v1/surveys/${s.id}/report.pdf`, 'lurah')).statusCode).toBe(403);
    const empty = await openSurvey(t, cookies.admin!, w.units.paten);
    const emptyPdf = await get(`/api/v1/surveys/${empty.id}/report.pdf`);
    expect(emptyPdf.statusCode).toBe(200);
    expect(emptyPdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('exports the raw responses as an anonymous XLSX readable by exceljs', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    await answer(
      t,
      s.code,
      allNine(4),
      {
        officerId: w.people.officerA.employeeId,
        gender: 'L',
        age: 40,
        suggestion: 'Rahasia nomor 0813',
      },
      { ip: '203.0.113.200', userAgent: 'UA-XLSX' },
    );
    await answer(t, s.code, allNine(2), {}, { ip: '203.0.113.200', userAgent: 'UA-XLSX' });
    const res = await get(`/api/v1/surveys/${s.id}/responses.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Jawaban')!;
    expect(sheet.rowCount).toBe(3);
    const header = (sheet.getRow(1).values as unknown[]).filter(Boolean).map(String);
    expect(header).toEqual(expect.arrayContaining(['Tanggal', 'Jenis layanan', 'U1', 'U9', 'Ditandai']));
    for (const h of header) expect(h.toLowerCase()).not.toMatch(/ip|agent|hash|petugas|officer/);
    const cells: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.value)))));
    const all = cells.join('|');
    for (const secret of ['203.0.113.200', 'UA-XLSX', 'Petugas Andi', 'Rahasia nomor 0813']) {
      expect(all).not.toContain(secret);
    }
    const row2 = sheet.getRow(2).values as unknown[];
    expect(row2).toEqual(expect.arrayContaining(['2026-11-28', 'Surat keterangan domisili', 4]));
    expect(String(sheet.getRow(3).values)).toContain('Ya');
    expect(wb.getWorksheet('Ringkasan')).toBeDefined();
  });

  it('prints a QR poster pointing at PUBLIC_URL + the public survey path', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    const pdf = await get(`/api/v1/surveys/${s.id}/poster.pdf?counter=${encodeURIComponent('Loket 2')}`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const svg = await get(`/api/v1/surveys/${s.id}/qr.svg?counter=${encodeURIComponent('Loket 2')}`);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toMatch(/image\/svg\+xml/);
    expect(svg.body).toContain('<svg');
    expect(decodeURI(String(svg.headers['x-survey-url']))).toBe(
      `https://skm.kertapati.example/survei/${s.code}?sumber=qr&loket=Loket+2`,
    );
  });
});

describe('follow-up owners outside the survey unit', () => {
  it('rule: a follow-up owner lists and opens every follow-up they own, whatever unit the survey is in', async () => {
    // A kecamatan-level survey; the Lurah (in a kelurahan below) owns one of its two actions.
    const s = await openSurvey(t, cookies.admin!, w.units.kecamatan, {
      title: 'SKM Kecamatan Semester II 2026',
    });
    const plan = async (ownerEmployeeId: number, action: string) => {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/surveys/${s.id}/followups`,
        headers: { cookie: cookies.camat },
        payload: { unsurCode: 'U5', action, ownerEmployeeId, dueDate: '2026-12-31' },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as number;
    };
    const own = await plan(w.people.lurah.employeeId, 'Papan informasi biaya di kantor kelurahan');
    await plan(w.people.kasi.employeeId, 'Standar biaya dipasang di loket PATEN');

    const listed = (await get('/api/v1/surveys?page=1&pageSize=50', 'lurah')).json().items as {
      id: number;
    }[];
    expect(listed.map((x) => x.id)).toContain(s.id);
    const survey = await get(`/api/v1/surveys/${s.id}`, 'lurah');
    expect(survey.statusCode).toBe(200);
    expect(survey.json().permissions).toMatchObject({ results: false, followups: true, manage: false });

    const followups = await get(`/api/v1/surveys/${s.id}/followups`, 'lurah');
    expect(followups.statusCode).toBe(200);
    // Only their own action: owning one does not open the survey's other plans.
    expect(followups.json().items.map((f: { id: number }) => f.id)).toEqual([own]);
    expect(followups.json().items[0]).toMatchObject({ canUpdateProgress: true, canEditPlan: false });
    const progress = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/surveys/${s.id}/followups/${own}`,
      headers: { cookie: cookies.lurah },
      payload: { status: 'IN_PROGRESS', note: 'Papan sedang dicetak' },
    });
    expect(progress.statusCode, progress.body).toBe(200);

    // The results stay with the survey's unit scope and the managers.
    expect((await get(`/api/v1/surveys/${s.id}/results`, 'lurah')).statusCode).toBe(403);
    // Someone who owns nothing in it still gets 403, and does not see it listed.
    expect((await get(`/api/v1/surveys/${s.id}`, 'andi')).statusCode).toBe(403);
    expect((await get(`/api/v1/surveys/${s.id}/followups`, 'andi')).statusCode).toBe(403);
    const others = (await get('/api/v1/surveys?page=1&pageSize=50', 'andi')).json().items as { id: number }[];
    expect(others.map((x) => x.id)).not.toContain(s.id);
  });
});
