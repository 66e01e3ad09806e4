import { SKM_DEFAULT_QUESTIONS } from '@sim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { allNine, answer, openSurvey, SERVICES, seedSkmWorld, type SkmWorld } from './surveys.test-builders';

let t: TestApp;
let w: SkmWorld;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-28T03:00:00Z') });
  w = await seedSkmWorld(t.db);
  for (const key of Object.keys(w.users) as (keyof SkmWorld['users'])[]) {
    cookies[key] = await t.login(w.users[key].username);
  }
});
afterAll(async () => t.close());

const base = () => ({
  unitId: w.units.paten,
  title: 'SKM Pelayanan PATEN 2026',
  periodStart: '2026-01-01',
  periodEnd: '2026-06-30',
  serviceTypes: SERVICES,
});

describe('POST /api/v1/surveys', () => {
  it('creates a draft with the standard wording, all profile fields, exact weight and the Krejcie–Morgan target', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/surveys',
      headers: { cookie: cookies.admin },
      payload: { ...base(), population: 1000 },
    });
    expect(res.statusCode).toBe(201);
    const s = res.json();
    expect(s).toMatchObject({
      status: 'DRAFT',
      weight: 'exact',
      unitName: 'Seksi Pelayanan Umum (PATEN)',
      population: 1000,
      profileFields: ['gender', 'age', 'education', 'occupation'],
      stats: { respondents: 0, targetSample: 278, progress: 0, konversi: null, mutu: null },
      permissions: { manage: true, invite: true, results: true },
    });
    expect(s.code).toMatch(/^[A-Z2-9]{8}$/);
    expect(s.publicPath).toBe(`/survei/${s.code}`);
    expect(s.unsur.map((u: { code: string }) => u.code)).toEqual([
      'U1',
      'U2',
      'U3',
      'U4',
      'U5',
      'U6',
      'U7',
      'U8',
      'U9',
    ]);
    expect(s.unsur[0]).toMatchObject({
      name: 'Persyaratan',
      question: SKM_DEFAULT_QUESTIONS.U1,
      answerLabels: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
    });
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'skm_survey')
      .where('entity_id', '=', String(s.id))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['skm.survey.create']);
  });

  it('lets the Pimpinan create a survey with reworded unsur, extra questions and weight 0,11', async () => {
    const unsur = Object.entries(SKM_DEFAULT_QUESTIONS).map(([code, question]) => ({
      code,
      question: code === 'U4' ? 'Apakah Anda dipungut biaya untuk layanan ini?' : question,
    }));
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/surveys',
      headers: { cookie: cookies.camat },
      payload: {
        ...base(),
        unsur,
        weight: '0.11',
        profileFields: ['gender'],
        extraQuestions: [
          {
            id: 'antre',
            text: 'Berapa lama Anda mengantre?',
            kind: 'CHOICE',
            options: ['< 15 menit', '> 15 menit'],
          },
        ],
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().unsur[3]).toMatchObject({
      code: 'U4',
      name: 'Biaya/Tarif',
      question: unsur[3]!.question,
    });
    expect(res.json()).toMatchObject({ weight: '0.11', profileFields: ['gender'] });
    expect(res.json().extraQuestions).toHaveLength(1);
  });

  it.each([
    ['periodEnd before periodStart', { periodEnd: '2025-12-31' }, 'periodEnd'],
    ['an impossible date', { periodStart: '2026-02-30' }, 'body.periodStart'],
    ['no service types', { serviceTypes: [] }, 'body.serviceTypes'],
    ['a repeated service type', { serviceTypes: ['A', 'a'] }, 'serviceTypes.1'],
    ['an unknown unit', { unitId: 99999 }, 'unitId'],
    ['a population of zero', { population: 0 }, 'body.population'],
    ['an unknown weight', { weight: '0.2' }, 'body.weight'],
    ['eight unsur', { unsur: [{ code: 'U1', question: 'Pertanyaan satu' }] }, 'body.unsur'],
    [
      'an unsur code twice',
      {
        unsur: ['U1', 'U1', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].map((code) => ({
          code,
          question: 'Pertanyaan',
        })),
      },
      'unsur',
    ],
    [
      'a choice question without options',
      { extraQuestions: [{ id: 'x', text: 'Pilih?', kind: 'CHOICE' }] },
      'extraQuestions.0.options',
    ],
  ])('answers 400 naming the field for %s', async (_name, change, path) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/surveys',
      headers: { cookie: cookies.admin },
      payload: { ...base(), ...change },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('returns 403 to a pegawai and to the complaint desk', async () => {
    for (const who of ['kasi', 'petugas'] as const) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/surveys',
        headers: { cookie: cookies[who] },
        payload: base(),
      });
      expect(res.statusCode).toBe(403);
    }
  });
});

describe('survey lifecycle', () => {
  it('opens, closes and reopens; refuses draft once answered; freezes wording once answered', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    expect(s.status).toBe('OPEN');
    expect((await answer(t, s.code, allNine(3))).statusCode).toBe(201);

    const toDraft = await t.app.inject({
      method: 'POST',
      url: `/api/v1/surveys/${s.id}/status`,
      headers: { cookie: cookies.admin },
      payload: { status: 'DRAFT' },
    });
    expect(toDraft.statusCode).toBe(409);

    const reword = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/surveys/${s.id}`,
      headers: { cookie: cookies.admin },
      payload: {
        unsur: Object.entries(SKM_DEFAULT_QUESTIONS).map(([code, q]) => ({ code, question: `${q} (baru)` })),
      },
    });
    expect(reword.statusCode).toBe(409);
    expect(reword.json().error.details[0].path).toBe('unsur');

    const retitle = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/surveys/${s.id}`,
      headers: { cookie: cookies.admin },
      payload: { title: 'SKM PATEN Semester II 2026 (revisi)', population: 300, weight: '0.111' },
    });
    expect(retitle.statusCode).toBe(200);
    expect(retitle.json()).toMatchObject({ weight: '0.111', stats: { targetSample: 169, respondents: 1 } });

    for (const status of ['CLOSED', 'OPEN', 'CLOSED']) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/surveys/${s.id}/status`,
        headers: { cookie: cookies.admin },
        payload: { status },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().status).toBe(status);
    }
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/surveys/${s.id}/status`,
      headers: { cookie: cookies.admin },
      payload: { status: 'CLOSED' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('publishes only when the IKM can be computed', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    const early = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/surveys/${s.id}/publication`,
      headers: { cookie: cookies.admin },
      payload: { published: true },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.details[0].path).toBe('published');
    await answer(t, s.code, allNine(4));
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/surveys/${s.id}/publication`,
      headers: { cookie: cookies.admin },
      payload: { published: true },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ isPublished: true, stats: { konversi: 100, mutu: 'A' } });
  });
});

describe('GET /api/v1/surveys', () => {
  it('shows managers and the complaint desk every survey, a unit’s staff their own unit’s, others none', async () => {
    await openSurvey(t, cookies.admin!, w.units.kelurahan, { title: 'SKM Kelurahan Uji' });
    const list = async (who: string, query = '') =>
      (await t.app.inject({ url: `/api/v1/surveys${query}`, headers: { cookie: cookies[who] } })).json();
    const all = await list('admin');
    expect(all.items.some((s: { unitId: number }) => s.unitId === w.units.kelurahan)).toBe(true);
    expect(all.items.some((s: { unitId: number }) => s.unitId === w.units.paten)).toBe(true);
    expect((await list('petugas')).total).toBe(all.total);
    const kasi = await list('kasi');
    expect(kasi.items.length).toBeGreaterThan(0);
    expect(kasi.items.every((s: { unitId: number }) => s.unitId === w.units.paten)).toBe(true);
    expect(kasi.items[0].permissions).toEqual({
      manage: false,
      invite: true,
      results: true,
      followups: true,
    });
    const lurah = await list('lurah');
    expect(lurah.items.every((s: { unitId: number }) => s.unitId === w.units.kelurahan)).toBe(true);
    expect((await list('outsider')).total).toBe(0);
    expect(
      (await list('admin', '?status=OPEN&year=2026&q=kelurahan')).items.map(
        (s: { title: string }) => s.title,
      ),
    ).toEqual(['SKM Kelurahan Uji']);
  });

  it('answers 403 for another unit’s survey and 404 for a survey that does not exist', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    expect(
      (await t.app.inject({ url: `/api/v1/surveys/${s.id}`, headers: { cookie: cookies.lurah } })).statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ url: `/api/v1/surveys/${s.id}`, headers: { cookie: cookies.kasi } })).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ url: '/api/v1/surveys/999999', headers: { cookie: cookies.admin } })).statusCode,
    ).toBe(404);
    const bad = await t.app.inject({ url: '/api/v1/surveys/abc', headers: { cookie: cookies.admin } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('params.id');
  });
});

describe('authorisation boundaries', () => {
  it('answers 401 to anonymous callers on every management route', async () => {
    const routes: [string, string][] = [
      ['GET', '/api/v1/surveys'],
      ['POST', '/api/v1/surveys'],
      ['GET', '/api/v1/surveys/1'],
      ['PATCH', '/api/v1/surveys/1'],
      ['POST', '/api/v1/surveys/1/status'],
      ['PUT', '/api/v1/surveys/1/publication'],
      ['GET', '/api/v1/surveys/1/results'],
      ['GET', '/api/v1/surveys/1/responses'],
      ['POST', '/api/v1/surveys/1/responses/1/exclude'],
      ['GET', '/api/v1/surveys/1/invitations'],
      ['POST', '/api/v1/surveys/1/invitations'],
      ['GET', '/api/v1/surveys/1/report.pdf'],
      ['GET', '/api/v1/surveys/1/responses.xlsx'],
      ['GET', '/api/v1/surveys/1/poster.pdf'],
      ['GET', '/api/v1/skm/officers/1'],
      ['PUT', '/api/v1/skm/settings'],
    ];
    for (const [method, url] of routes) {
      const res = await t.app.inject({
        method: method as 'GET',
        url,
        payload: method === 'GET' ? undefined : {},
      });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('answers 403 to a pegawai on every management action, never 500', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    await answer(t, s.code, allNine(3), { suggestion: 'Tolong tambah kursi antrean' });
    const [response] = await t.db
      .selectFrom('skm_responses')
      .select('id')
      .where('survey_id', '=', s.id)
      .execute();
    const calls: [string, string, unknown][] = [
      ['PATCH', `/api/v1/surveys/${s.id}`, { title: 'Judul baru' }],
      ['POST', `/api/v1/surveys/${s.id}/status`, { status: 'CLOSED' }],
      ['PUT', `/api/v1/surveys/${s.id}/publication`, { published: true }],
      ['GET', `/api/v1/surveys/${s.id}/responses`, undefined],
      ['POST', `/api/v1/surveys/${s.id}/responses/${response!.id}/exclude`, { reason: 'Pengisian ganda' }],
      ['GET', `/api/v1/surveys/${s.id}/suggestions`, undefined],
      ['POST', `/api/v1/surveys/${s.id}/suggestions/${response!.id}/moderation`, { decision: 'APPROVED' }],
      [
        'POST',
        `/api/v1/surveys/${s.id}/followups`,
        { unsurCode: 'U3', action: 'Tambah petugas loket', ownerEmployeeId: null, dueDate: '2026-12-31' },
      ],
      ['PUT', '/api/v1/skm/settings', { officerMinResponses: 12 }],
    ];
    for (const who of ['kasi', 'andi', 'outsider'] as const) {
      for (const [method, url, payload] of calls) {
        const res = await t.app.inject({
          method: method as 'GET',
          url,
          headers: { cookie: cookies[who] },
          payload: payload as object,
        });
        expect(res.statusCode, `${who} ${method} ${url}`).toBe(403);
      }
    }
  });
});

describe('SKM settings', () => {
  it('keeps the per-officer threshold at 10 or more', async () => {
    const get = await t.app.inject({ url: '/api/v1/skm/settings', headers: { cookie: cookies.kasi } });
    expect(get.json()).toEqual({ officerMinResponses: 10 });
    const low = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/skm/settings',
      headers: { cookie: cookies.admin },
      payload: { officerMinResponses: 5 },
    });
    expect(low.statusCode).toBe(400);
    expect(low.json().error.details[0].path).toBe('body.officerMinResponses');
    const ok = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/skm/settings',
      headers: { cookie: cookies.admin },
      payload: { officerMinResponses: 15 },
    });
    expect(ok.json()).toEqual({ officerMinResponses: 15 });
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/skm/settings',
      headers: { cookie: cookies.admin },
      payload: { officerMinResponses: 10 },
    });
  });
});
