import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import {
  allNine,
  answer,
  nextIp,
  openSurvey,
  SERVICES,
  seedSkmWorld,
  type SkmWorld,
} from './surveys.test-builders';

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

const results = async (id: number) =>
  (await t.app.inject({ url: `/api/v1/surveys/${id}/results`, headers: { cookie: cookies.admin } })).json();

describe('GET /api/v1/public/surveys/:code', () => {
  it('serves the open form without login: nine unsur with labels, services, officers by name only', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    const res = await t.app.inject({ url: `/api/v1/public/surveys/${s.code.toLowerCase()}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      code: s.code,
      isAccepting: true,
      closedReason: null,
      serviceTypes: SERVICES,
      invitation: null,
    });
    expect(body.unsur).toHaveLength(9);
    expect(body.unsur[8]).toMatchObject({
      code: 'U9',
      answerLabels: ['Buruk', 'Cukup', 'Baik', 'Sangat Baik'],
    });
    expect(body.officers.map((o: { name: string }) => o.name)).toEqual([
      'Kasi Paten',
      'Petugas Andi',
      'Petugas Budi',
    ]);
    for (const o of body.officers) expect(Object.keys(o).sort()).toEqual(['id', 'name']);
  });

  it('hides drafts and unknown codes (404) and says when a survey is closed or outside its period', async () => {
    const draft = await t.app.inject({
      method: 'POST',
      url: '/api/v1/surveys',
      headers: { cookie: cookies.admin },
      payload: {
        unitId: w.units.paten,
        title: 'Draf',
        periodStart: '2026-07-01',
        periodEnd: '2026-12-31',
        serviceTypes: ['A'],
      },
    });
    expect((await t.app.inject({ url: `/api/v1/public/surveys/${draft.json().code}` })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/public/surveys/TIDAKADA' })).statusCode).toBe(404);
    const badCode = await t.app.inject({ url: '/api/v1/public/surveys/%3Cscript%3E' });
    expect(badCode.statusCode).toBe(400);

    const past = await openSurvey(t, cookies.admin!, w.units.paten, {
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
    });
    const form = (await t.app.inject({ url: `/api/v1/public/surveys/${past.code}` })).json();
    expect(form).toMatchObject({
      isAccepting: false,
      closedReason: 'Periode survei ini sudah berakhir.',
      officers: [],
    });
    const late = await answer(t, past.code, allNine(4));
    expect(late.statusCode).toBe(409);
  });
});

describe('POST /api/v1/public/surveys/:code/responses', () => {
  it('stores an anonymous response without IP or user agent and counts it in the results', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    const res = await answer(
      t,
      s.code,
      allNine(3),
      {
        gender: 'P',
        age: 34,
        education: 'S1',
        occupation: 'SWASTA',
        officerId: w.people.officerA.employeeId,
        suggestion: '  Ruang tunggu perlu kipas angin  ',
        counter: 'Loket 1',
        source: 'QR',
      },
      { ip: '203.0.113.9', userAgent: 'UA-Rahasia' },
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ ok: true });
    const row = await t.db
      .selectFrom('skm_responses')
      .selectAll()
      .where('survey_id', '=', s.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('203.0.113.9');
    expect(JSON.stringify(row)).not.toContain('UA-Rahasia');
    expect(row).toMatchObject({
      source: 'QR',
      counter: 'Loket 1',
      suggestion: 'Ruang tunggu perlu kipas angin',
      suggestion_status: 'PENDING',
    });
    expect(row.dedupe_hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await results(s.id)).sample.respondents).toBe(1);
  });

  it.each([
    ['no service received', { serviceType: undefined }, 'body.serviceType'],
    ['an answer of 5', { answers: { U1: 5 } }, 'body.answers.U1'],
    ['an unknown unsur code', { answers: { U10: 3 } }, 'body.answers'],
    ['no unsur answered', { answers: {} }, 'answers'],
    ['a service not on the survey', { serviceType: 'Izin keramaian' }, 'serviceType'],
    ['an age of 7', { age: 7 }, 'body.age'],
    ['an unknown education', { education: 'SMK' }, 'body.education'],
    ['a suggestion over 2000 characters', { suggestion: 'x'.repeat(2001) }, 'body.suggestion'],
    ['an unknown extra question', { extraAnswers: { nope: 'ya' } }, 'extraAnswers.nope'],
  ])('answers 400 naming the field for %s', async (_name, change, path) => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/surveys/${s.code}/responses`,
      remoteAddress: nextIp(),
      payload: { answers: allNine(3), serviceType: SERVICES[0], ...change },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('refuses an officer who does not work in the unit', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    const res = await answer(t, s.code, allNine(3), { officerId: w.people.lurah.employeeId });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('officerId');
  });

  it('keeps a repeat from the same device and network on the same day but flags it', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    const client = { ip: '198.51.100.7', userAgent: 'Ponsel-A' };
    expect((await answer(t, s.code, allNine(4), {}, client)).statusCode).toBe(201);
    expect((await answer(t, s.code, allNine(4), {}, client)).statusCode).toBe(201);
    expect((await answer(t, s.code, allNine(4), {}, { ...client, userAgent: 'Ponsel-B' })).statusCode).toBe(
      201,
    );
    const rows = await t.db
      .selectFrom('skm_responses')
      .select(['is_flagged', 'flag_reason'])
      .where('survey_id', '=', s.id)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.is_flagged)).toEqual([false, true, false]);
    expect(rows[1]!.flag_reason).toMatch(/berulang/);
    const r = await results(s.id);
    expect(r.sample).toMatchObject({ respondents: 3, flagged: 1, excluded: 0 });
  });

  it('limits submissions per IP address (RATE_LIMIT_SURVEY_SUBMIT, default 60 in ten minutes)', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    const ip = '192.0.2.77';
    const { max } = t.config.rateLimits.surveySubmit;
    expect(t.config.rateLimits.surveySubmit.timeWindow).toBe('10 minutes');
    const codes: number[] = [];
    for (let i = 0; i <= max; i++) {
      codes.push((await answer(t, s.code, allNine(3), {}, { ip, userAgent: `UA ${i}` })).statusCode);
    }
    expect(codes.slice(0, max).every((c) => c === 201)).toBe(true);
    expect(codes[max]).toBe(429);
  });
});

describe('flags and exclusion', () => {
  it('lets an admin exclude a flagged response with a reason (audited), and restore it', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    const client = { ip: '198.51.100.8', userAgent: 'Ponsel-C' };
    await answer(t, s.code, allNine(4), {}, client);
    await answer(t, s.code, allNine(1), {}, client);
    const list = await t.app.inject({
      url: `/api/v1/surveys/${s.id}/responses?filter=flagged`,
      headers: { cookie: cookies.admin },
    });
    expect(list.json().total).toBe(1);
    const flagged = list.json().items[0];
    for (const key of ['ip', 'userAgent', 'dedupeHash', 'hash']) expect(flagged).not.toHaveProperty(key);

    const noReason = await t.app.inject({
      method: 'POST',
      url: `/api/v1/surveys/${s.id}/responses/${flagged.id}/exclude`,
      headers: { cookie: cookies.admin },
      payload: { reason: '' },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].path).toBe('body.reason');

    const before = await results(s.id);
    expect(before.ikm.konversi).toBe(62.5);
    const excluded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/surveys/${s.id}/responses/${flagged.id}/exclude`,
      headers: { cookie: cookies.admin },
      payload: { reason: 'Pengisian berulang dari perangkat yang sama' },
    });
    expect(excluded.statusCode).toBe(200);
    expect(excluded.json()).toMatchObject({
      isExcluded: true,
      excludedReason: 'Pengisian berulang dari perangkat yang sama',
    });
    const after = await results(s.id);
    expect(after.sample).toMatchObject({ respondents: 1, excluded: 1, flagged: 0 });
    expect(after.ikm.konversi).toBe(100);

    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/v1/surveys/${s.id}/responses/${flagged.id}/exclude`,
      headers: { cookie: cookies.admin },
      payload: { reason: 'Sekali lagi dicoba' },
    });
    expect(twice.statusCode).toBe(409);

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name', 'after'])
      .where('entity_type', '=', 'skm_response')
      .where('entity_id', '=', String(flagged.id))
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'skm.response.exclude', actor_name: 'skm-admin' });

    const restored = await t.app.inject({
      method: 'POST',
      url: `/api/v1/surveys/${s.id}/responses/${flagged.id}/restore`,
      headers: { cookie: cookies.admin },
      payload: { reason: 'Ternyata dua anggota keluarga' },
    });
    expect(restored.json()).toMatchObject({ isExcluded: false, isFlagged: true });
    expect((await results(s.id)).sample.respondents).toBe(2);
    const wrongSurvey = await t.app.inject({
      method: 'POST',
      url: `/api/v1/surveys/${s.id + 1000}/responses/${flagged.id}/exclude`,
      headers: { cookie: cookies.admin },
      payload: { reason: 'Survei yang salah' },
    });
    expect(wrongSurvey.statusCode).toBe(404);
  });
});

describe('single-use invitations', () => {
  it('accepts an invitation once and answers 409 when it is used again', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/surveys/${s.id}/invitations`,
      headers: { cookie: cookies.petugas },
      payload: { eventType: 'COMPLAINT_CLOSED', eventRef: 'ADU-2026-0042' },
    });
    expect(created.statusCode).toBe(201);
    const inv = created.json();
    expect(inv.code).toMatch(/^[A-Z2-9]{10}$/);
    expect(inv.path).toBe(`/survei/${s.code}?undangan=${inv.code}`);
    expect(inv.usedOn).toBeNull();

    const form = await t.app.inject({
      url: `/api/v1/public/surveys/${s.code}?invitation=${inv.code.toLowerCase()}`,
    });
    expect(form.json().invitation).toEqual({ valid: true, message: null });

    const first = await answer(t, s.code, allNine(4), { invitationCode: inv.code });
    expect(first.statusCode).toBe(201);
    const second = await answer(t, s.code, allNine(1), { invitationCode: inv.code });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.details[0].path).toBe('invitationCode');
    expect(
      (await t.app.inject({ url: `/api/v1/public/surveys/${s.code}?invitation=${inv.code}` })).json()
        .invitation,
    ).toEqual({
      valid: false,
      message: 'Kode undangan ini sudah dipakai',
    });

    const row = await t.db
      .selectFrom('skm_responses')
      .selectAll()
      .where('survey_id', '=', s.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ source: 'INVITATION', dedupe_hash: null, is_flagged: false });
    const used = await t.db
      .selectFrom('skm_invitations')
      .select('used_on')
      .where('id', '=', inv.id)
      .executeTakeFirstOrThrow();
    expect(used.used_on).toBe('2026-11-28');
    expect((await results(s.id)).sample.respondents).toBe(1);
  });

  it('refuses concurrent double use of one invitation: exactly one response is stored', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    const inv = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/surveys/${s.id}/invitations`,
        headers: { cookie: cookies.kasi },
        payload: { eventType: 'SERVICE_DELIVERED', eventRef: 'REG-117' },
      })
    ).json();
    const replies = await Promise.all(
      Array.from({ length: 4 }, () => answer(t, s.code, allNine(3), { invitationCode: inv.code })),
    );
    expect(replies.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    expect((await results(s.id)).sample.respondents).toBe(1);
  });

  it('refuses an unknown code (400), another survey’s code (400), a second invitation for one event (409)', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    const other = await openSurvey(t, cookies.admin!, w.units.paten);
    const inv = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/surveys/${other.id}/invitations`,
        headers: { cookie: cookies.admin },
        payload: { eventType: 'OTHER', eventRef: 'X-1' },
      })
    ).json();
    const unknown = await answer(t, s.code, allNine(3), { invitationCode: 'ZZZZZZZZZZ' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].path).toBe('invitationCode');
    expect((await answer(t, s.code, allNine(3), { invitationCode: inv.code })).statusCode).toBe(400);
    const dup = await t.app.inject({
      method: 'POST',
      url: `/api/v1/surveys/${other.id}/invitations`,
      headers: { cookie: cookies.admin },
      payload: { eventType: 'OTHER', eventRef: 'X-1' },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.details[0].path).toBe('eventRef');
  });

  it('refuses an expired invitation (409)', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    const inv = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/surveys/${s.id}/invitations`,
        headers: { cookie: cookies.admin },
        payload: { eventType: 'OTHER', eventRef: 'EXP-1', validDays: 1 },
      })
    ).json();
    t.clock.advance(2 * 86_400_000);
    try {
      const res = await answer(t, s.code, allNine(3), { invitationCode: inv.code });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toMatch(/kedaluwarsa/);
    } finally {
      t.clock.advance(-2 * 86_400_000);
    }
  });

  it('lets only managers, the complaint desk and the unit’s staff invite', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    const invite = (who: string, ref: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/surveys/${s.id}/invitations`,
        headers: { cookie: cookies[who] },
        payload: { eventType: 'SERVICE_DELIVERED', eventRef: ref },
      });
    expect((await invite('andi', 'A-1')).statusCode).toBe(201);
    expect((await invite('lurah', 'A-2')).statusCode).toBe(403);
    expect((await invite('outsider', 'A-3')).statusCode).toBe(403);
    const bad = await invite('admin', '');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.eventRef');
    const list = await t.app.inject({
      url: `/api/v1/surveys/${s.id}/invitations`,
      headers: { cookie: cookies.kasi },
    });
    expect(list.json().total).toBe(1);
    expect(
      (await t.app.inject({ url: `/api/v1/surveys/${s.id}/invitations`, headers: { cookie: cookies.lurah } }))
        .statusCode,
    ).toBe(403);
  });
});
