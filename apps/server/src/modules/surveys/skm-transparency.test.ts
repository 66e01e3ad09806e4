import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { allNine, answer, openSurvey, seedSkmWorld, type SkmWorld } from './surveys.test-builders';

// The public transparency page: the office-wide IKM before the per-unit cards, and the surveys a citizen can fill
// in today.

let t: TestApp;
let w: SkmWorld;
let admin: string;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-28T03:00:00Z') });
  w = await seedSkmWorld(t.db);
  admin = await t.login(w.users.admin.username);
});
afterAll(async () => t.close());

const publish = (id: number) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/v1/surveys/${id}/publication`,
    headers: { cookie: admin },
    payload: { published: true },
  });
const results = async (query = '') =>
  (await t.app.inject({ url: `/api/v1/public/skm-results${query}` })).json();

describe('GET /api/v1/public/skm-results', () => {
  it('has no office-wide figure while nothing is published, and lists the surveys open today', async () => {
    const open = await openSurvey(t, admin, w.units.paten, { title: 'SKM PATEN terbuka' });
    const r = await results();
    expect(r.office).toBeNull();
    expect(r.items).toEqual([]);
    expect(r.openSurveys).toEqual([
      { code: open.code, unitName: 'Seksi Pelayanan Umum (PATEN)', title: 'SKM PATEN terbuka' },
    ]);
  });

  it('office-wide IKM pools the answers of the published surveys: each unit weighs by its respondents', async () => {
    // One respondent answers 4 everywhere at the kelurahan, three answer 2 at the kecamatan. Pooled NRR per unsur
    // = (4 + 3·2) / 4 = 2.5 → IKM 2.5 → konversi 62.5 (D). The mean of the two units' konversi would be 75 (C).
    const kel = await openSurvey(t, admin, w.units.kelurahan, { title: 'SKM Kelurahan' });
    const kec = await openSurvey(t, admin, w.units.kecamatan, { title: 'SKM Kecamatan' });
    expect((await answer(t, kel.code, allNine(4))).statusCode).toBe(201);
    for (let i = 0; i < 3; i++) expect((await answer(t, kec.code, allNine(2))).statusCode).toBe(201);
    expect((await publish(kel.id)).statusCode).toBe(200);
    expect((await publish(kec.id)).statusCode).toBe(200);

    const r = await results('?year=2026');
    expect(r.items.map((i: { konversi: number }) => i.konversi).sort()).toEqual([100, 50]);
    expect(r.office).toEqual({
      units: 2,
      respondents: 4,
      periodStart: expect.any(String),
      periodEnd: expect.any(String),
      konversi: 62.5,
      mutu: 'D',
      kinerja: 'Tidak Baik',
    });
    expect((await results('?year=2024')).office).toBeNull();
  });
});
