import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { allNine, answer, openSurvey, seedSkmWorld, type SkmWorld } from '../surveys/surveys.test-builders';

// Issue 11 §5: weak SKM answers about the staff (U6 competence, U7 behaviour) naming an officer make a training
// need pointing to Pelayanan Publik. The threshold is a setting, by default the mutu B lower bound (76,61), and the
// per-officer privacy threshold applies: a result hidden from the superior is no signal either.

let t: TestApp;
let w: SkmWorld;
let kasi: string;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-28T03:00:00Z') });
  w = await seedSkmWorld(t.db);
  const admin = await t.login(w.users.admin.username);
  kasi = await t.login(w.users.kasi.username);
  const s = await openSurvey(t, admin, w.units.paten);
  for (let i = 0; i < 10; i++) {
    await answer(t, s.code, { ...allNine(4), U6: 2, U7: 3 }, { officerId: w.people.officerA.employeeId });
  }
  for (let i = 0; i < 9; i++) {
    await answer(t, s.code, { ...allNine(4), U6: 1, U7: 1 }, { officerId: w.people.officerB.employeeId });
  }
});
afterAll(() => t.close());

type Need = { employeeId: number; signal: string; summary: string; competencies: { code: string }[] };

describe('SKM U6/U7 signal', () => {
  it('U6/U7 below the mutu B bound in answers naming the officer make a need for Pelayanan Publik', async () => {
    const res = await t.app.inject({ url: '/api/v1/training-needs?scope=team', headers: { cookie: kasi } });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Need[];
    const andi = items.filter((n) => n.employeeId === w.people.officerA.employeeId);
    expect(andi).toEqual([
      expect.objectContaining({
        signal: 'WEAK_SKM_UNSUR',
        competencies: [{ code: 'PELAYANAN_PUBLIK', id: expect.any(Number), name: 'Pelayanan Publik' }],
      }),
    ]);
    // U6 = 2 → 50; U7 = 3 → 75: both below 76,61.
    expect(andi[0]!.summary).toContain('U6 (kompetensi petugas) 50');
    expect(andi[0]!.summary).toContain('U7 (perilaku petugas) 75');
  });

  it('fewer answers than the privacy threshold make no signal, however low', async () => {
    const res = await t.app.inject({ url: '/api/v1/training-needs?scope=team', headers: { cookie: kasi } });
    const items = res.json().items as Need[];
    expect(items.filter((n) => n.employeeId === w.people.officerB.employeeId)).toEqual([]);
  });
});
