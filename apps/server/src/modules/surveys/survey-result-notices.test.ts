import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { allNine, answer, openSurvey, seedSkmWorld, type SkmWorld } from './surveys.test-builders';

// Issue 14, "a survey result": closing a survey notifies the head of the survey's unit and the survey managers (not
// the person who closed it) with a link to the results — SKM_RESULT, or SKM_RESULT_LOW when the IKM is mutu C/D —
// in the closing transaction; each kind has its e-mail preference (survey-result-notices.service.ts).

let t: TestApp;
let w: SkmWorld;
const cookies: Record<'admin' | 'camat' | 'kasi', string> = { admin: '', camat: '', kasi: '' };

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-28T03:00:00Z') });
  w = await seedSkmWorld(t.db);
  for (const key of Object.keys(cookies) as (keyof typeof cookies)[]) {
    cookies[key] = await t.login(w.users[key].username);
  }
  await t.db
    .updateTable('employees')
    .set({ email: 'kasi.paten@kertapati.example.id' })
    .where('id', '=', w.people.kasi.employeeId)
    .execute();
});
afterAll(() => t.close());

async function closedSurveyAnswered(value: 3 | 4, closer: string, answers = 2) {
  const s = await openSurvey(t, cookies.admin, w.units.paten, { title: `SKM PATEN uji ${value}-${answers}` });
  for (let i = 0; i < answers; i++) expect((await answer(t, s.code, allNine(value))).statusCode).toBe(201);
  const closed = await t.app.inject({
    method: 'POST',
    url: `/api/v1/surveys/${s.id}/status`,
    headers: { cookie: closer },
    payload: { status: 'CLOSED' },
  });
  expect(closed.statusCode, closed.body).toBe(200);
  return s;
}

/** The SKM result notices of one survey, per recipient (user or employee). */
async function noticesOf(surveyId: number) {
  return t.db
    .selectFrom('notifications')
    .select(['user_id', 'employee_id', 'type', 'params', 'link'])
    .where('link', '=', `/skm/${surveyId}?tab=results`)
    .orderBy('id')
    .execute();
}

describe('SKM result notification when a survey is closed', () => {
  it("tells the unit's head and the managers, not the closer nor other staff, with a link to the results", async () => {
    const s = await closedSurveyAnswered(4, cookies.admin);
    const notices = await noticesOf(s.id);
    // The Kasi heads the PATEN counter; the Camat manages surveys (Pimpinan); the admin closed it.
    expect(notices.map((n) => n.employee_id).sort()).toEqual(
      [w.people.kasi.employeeId, w.people.camat.employeeId].sort(),
    );
    for (const n of notices) {
      expect(n.type).toBe('SKM_RESULT');
      expect(n.params).toEqual({ title: 'SKM PATEN uji 4-2', ikm: 100, mutu: 'A' });
    }
    const list = await t.app.inject({ url: '/api/v1/notifications', headers: { cookie: cookies.kasi } });
    expect(list.json().items[0]).toMatchObject({ type: 'SKM_RESULT', link: `/skm/${s.id}?tab=results` });
  });

  it('sends SKM_RESULT_LOW when the IKM falls to mutu C, and tells the admin when the Camat closes it', async () => {
    const s = await closedSurveyAnswered(3, cookies.camat);
    const notices = await noticesOf(s.id);
    expect(notices.map((n) => n.type)).toEqual(['SKM_RESULT_LOW', 'SKM_RESULT_LOW']);
    expect(notices.map((n) => n.employee_id ?? `user:${n.user_id}`).sort()).toEqual(
      [w.people.kasi.employeeId, `user:${w.users.admin.id}`].sort(),
    );
    expect(notices[0]!.params).toEqual({ title: 'SKM PATEN uji 3-2', ikm: 75, mutu: 'C' });
    const mail = await t.db
      .selectFrom('notification_outbox')
      .select(['subject', 'body'])
      .where('to_address', '=', 'kasi.paten@kertapati.example.id')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(mail.subject).toBe('Hasil SKM SKM PATEN uji 3-2: mutu C, perlu rencana tindak lanjut');
    expect(mail.body).toContain('IKM 75,00 (mutu C, Kurang Baik)');
  });

  it('says the IKM cannot be computed when a survey is closed without responses', async () => {
    const s = await closedSurveyAnswered(4, cookies.admin, 0);
    const notices = await noticesOf(s.id);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatchObject({ type: 'SKM_RESULT', params: { ikm: null, mutu: null } });
  });

  it('has an e-mail preference per kind: turned off, the notice stays in-app and no e-mail is queued', async () => {
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/notifications/preferences',
      headers: { cookie: cookies.kasi },
      payload: { items: [{ type: 'SKM_RESULT', email: false }] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().items).toContainEqual({ type: 'SKM_RESULT', email: false });
    expect(saved.json().items).toContainEqual({ type: 'SKM_RESULT_LOW', email: true });
    const before = await mailCount();
    const s = await closedSurveyAnswered(4, cookies.admin, 1);
    expect((await noticesOf(s.id)).some((n) => n.employee_id === w.people.kasi.employeeId)).toBe(true);
    expect(await mailCount()).toBe(before);
  });
});

async function mailCount() {
  const row = await t.db
    .selectFrom('notification_outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('to_address', '=', 'kasi.paten@kertapati.example.id')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
