import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { failCommitsTouching, liveEventsSince, liveMark } from '../live/live.test-builders';
import { allNine, answer, openSurvey, seedSkmWorld, type SkmWorld } from './surveys.test-builders';

// Issue 14 §1, live updates of SKM results: a new response reaches everyone who reads the survey's results — the
// managers and the staff of the survey's unit and the units above it — once each, in the response's transaction;
// a colleague of another unit gets nothing.

let t: TestApp;
let w: SkmWorld;
let adminCookie: string;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-28T03:00:00Z') });
  w = await seedSkmWorld(t.db);
  adminCookie = await t.login(w.users.admin.username);
});
afterAll(() => t.close());

describe('SKM response live events', () => {
  it("tells the survey's result readers once of a new response, and no one of another unit", async () => {
    const s = await openSurvey(t, adminCookie, w.units.paten);
    const mark = await liveMark(t.db);
    expect((await answer(t, s.code, allNine(3))).statusCode).toBe(201);
    const events = (await liveEventsSince(t.db, mark)).filter((e) => e.topic === 'survey.response');
    const perUser = new Map<number, number>();
    for (const e of events) {
      expect(e.payload).toEqual({ surveyId: s.id });
      perUser.set(e.userId, (perUser.get(e.userId) ?? 0) + 1);
    }
    const { admin, camat, kasi, andi, lurah, petugas, outsider } = w.users;
    // Managers (HR, the Camat), the PATEN counter's Kasi and officer: exactly one each.
    for (const reader of [admin, camat, kasi, andi]) expect(perUser.get(reader.id), reader.username).toBe(1);
    // The Lurah (another unit), the complaint desk and an employee without a unit: none.
    for (const other of [lurah, petugas, outsider]) expect(perUser.has(other.id), other.username).toBe(false);
  });

  it('publishes nothing when the response is rolled back', async () => {
    const s = await openSurvey(t, adminCookie, w.units.paten);
    const mark = await liveMark(t.db);
    const restore = await failCommitsTouching(t.db, 'skm_responses');
    try {
      expect((await answer(t, s.code, allNine(4))).statusCode).toBe(500);
    } finally {
      await restore();
    }
    expect(await liveEventsSince(t.db, mark)).toEqual([]);
    const { count } = await t.db
      .selectFrom('skm_responses')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('survey_id', '=', s.id)
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBe(0);
  });
});
