import type { SkmAnswer } from '@sim/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { allNine, answer, openSurvey, seedSkmWorld, type SkmWorld } from './surveys.test-builders';

// Issue 8 §2 rule 4 (satisfaction-survey-skm.md, Privacy): a result about one officer (U6 Kompetensi, U7 Perilaku
// Pelaksana) is shown only when at least 10 answers back it. The threshold counts the answers to that unsur, not
// the responses that name the officer: a response may leave U6 or U7 unanswered.

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

const get = (url: string, who = 'admin') => t.app.inject({ url, headers: { cookie: cookies[who] } });

/** All nine unsur answered with `v`, minus the officer unsur left out. */
function without(v: 1 | 2 | 3 | 4, ...left: ('U6' | 'U7')[]): SkmAnswer {
  const a = allNine(v);
  for (const code of left) delete a[code];
  return a;
}

type Row = { officerName: string | null; answers: Record<string, number> };

describe('rule 8.2.4: per-officer SKM results count answers per unsur', () => {
  it('rule 8.2.4: 10 responses naming an officer with only one answering U6/U7 do not show that one answer', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten);
    const andi = w.people.officerA.employeeId;
    expect((await answer(t, s.code, { ...allNine(3), U6: 1, U7: 2 }, { officerId: andi })).statusCode).toBe(
      201,
    );
    for (let i = 0; i < 9; i++) {
      expect((await answer(t, s.code, without(4, 'U6', 'U7'), { officerId: andi })).statusCode).toBe(201);
    }

    const r = (await get(`/api/v1/surveys/${s.id}/results`)).json();
    expect(r.officers).toEqual({ minResponses: 10, items: [], hiddenCount: 1 });
    const evidence = (await get(`/api/v1/skm/officers/${andi}?year=2026`)).json();
    expect(evidence).toMatchObject({
      responses: 10,
      isShown: false,
      nrrU6: null,
      nrrU7: null,
      konversi: null,
    });

    // The manager's response list does not pair the officer's name with that lone U6/U7 answer.
    const list = (await get(`/api/v1/surveys/${s.id}/responses?pageSize=200`)).json().items as Row[];
    const lone = list.find((x) => x.answers.U6 === 1)!;
    expect(lone.answers).toMatchObject({ U6: 1, U7: 2 });
    expect(lone.officerName ?? '').not.toContain('Andi');
    // Responses without an officer-level answer reveal nothing about the officer and keep the name.
    expect(list.filter((x) => x.officerName === 'Petugas Andi')).toHaveLength(9);
  });

  it('rule 8.2.4: the threshold applies to each unsur on its own', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten, { title: 'SKM per unsur' });
    const budi = w.people.officerB.employeeId;
    // 10 responses name Budi: all answer U6 (4), only 3 answer U7 (2).
    for (let i = 0; i < 3; i++) await answer(t, s.code, { ...allNine(4), U7: 2 }, { officerId: budi });
    for (let i = 0; i < 7; i++) await answer(t, s.code, without(4, 'U7'), { officerId: budi });

    const r = (await get(`/api/v1/surveys/${s.id}/results`)).json();
    expect(r.officers.items).toEqual([
      { employeeId: budi, name: 'Petugas Budi', responses: 10, nrrU6: 4, nrrU7: null },
    ]);
    expect(r.officers.hiddenCount).toBe(0);
    const evidence = (await get(`/api/v1/skm/officers/${budi}?year=2026`)).json();
    expect(evidence).toMatchObject({ responses: 10, isShown: true, nrrU6: 4, nrrU7: null, konversi: null });

    const list = (await get(`/api/v1/surveys/${s.id}/responses?pageSize=200`)).json().items as Row[];
    const withU7 = list.filter((x) => x.answers.U7 !== undefined);
    expect(withU7).toHaveLength(3);
    for (const x of withU7) expect(x.officerName ?? '').not.toContain('Budi');
    expect(list.filter((x) => x.officerName === 'Petugas Budi')).toHaveLength(7);
  });

  it('rule 8.2.4: from the 10th answer to both unsur the officer and the names in the response list are shown', async () => {
    const s = await openSurvey(t, cookies.admin!, w.units.paten, { title: 'SKM cukup jawaban' });
    const andi = w.people.officerA.employeeId;
    for (let i = 0; i < 10; i++)
      await answer(t, s.code, { ...allNine(3), U6: 4, U7: 3 }, { officerId: andi });
    const r = (await get(`/api/v1/surveys/${s.id}/results`)).json();
    expect(r.officers.items).toEqual([
      { employeeId: andi, name: 'Petugas Andi', responses: 10, nrrU6: 4, nrrU7: 3 },
    ]);
    const list = (await get(`/api/v1/surveys/${s.id}/responses?pageSize=200`)).json().items as Row[];
    expect(list.every((x) => x.officerName === 'Petugas Andi')).toBe(true);
  });
});
