import type { TrainingEnrolment } from '@sim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { failCommitsTouching, liveEventsSince, liveMark } from '../live/live.test-builders';
import {
  api,
  seedProgramme,
  seedSession,
  seedTrainingOffice,
  type TrainingOffice,
} from './training.test-builders';

// Issue 14 §1, live updates of training enrolments: a request reaches the deciding superior's approvals list, a
// decision the employee's training page — exactly one event each, in the step's transaction, and to nobody else.

let t: TestApp;
let o: TrainingOffice;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-05-04T03:00:00Z') });
  o = await seedTrainingOffice(t);
});
afterAll(() => t.close());

const request = async (sessionId: number, cookie: string) => {
  const res = await api(t).send('POST', `/api/v1/training/sessions/${sessionId}/requests`, cookie, {
    note: 'Untuk tugas layanan',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<TrainingEnrolment>().id;
};
const decide = (id: number, cookie: string, body: object) =>
  api(t).send('POST', `/api/v1/training/enrolments/${id}/decision`, cookie, body);
const openSession = async () =>
  (await seedSession(t.db, { programmeId: await seedProgramme(t.db), capacity: 5 })).id;

const enrolmentEventsSince = async (mark: number) =>
  (await liveEventsSince(t.db, mark)).filter((e) => e.topic === 'training.enrolment');

describe('training enrolment live events', () => {
  it('tells the direct superior once of an enrolment request, and no colleague', async () => {
    const sessionId = await openSession();
    const mark = await liveMark(t.db);
    const id = await request(sessionId, o.cookies.staf);
    const events = await enrolmentEventsSince(mark);
    expect(events.map((e) => [e.employeeId, e.payload])).toEqual([
      [o.ids.kasi, { enrolmentId: id, status: 'REQUESTED' }],
    ]);
  });

  it('tells HR once of the request of an employee who has no superior (HR decides it)', async () => {
    const mark = await liveMark(t.db);
    const id = await request(await openSession(), o.cookies.camat);
    const events = await enrolmentEventsSince(mark);
    const hr = await t.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'admin-pelatihan')
      .executeTakeFirstOrThrow();
    expect(events.map((e) => [e.userId, e.payload])).toEqual([
      [hr.id, { enrolmentId: id, status: 'REQUESTED' }],
    ]);
  });

  it('tells the employee once when the superior approves the request, and nobody else', async () => {
    const id = await request(await openSession(), o.cookies.staf2);
    const mark = await liveMark(t.db);
    expect((await decide(id, o.cookies.kasi, { approve: true })).statusCode).toBe(200);
    const events = await enrolmentEventsSince(mark);
    expect(events.map((e) => [e.employeeId, e.payload])).toEqual([
      [o.ids.staf2, { enrolmentId: id, status: 'APPROVED' }],
    ]);
  });

  it('publishes nothing when the decision is rolled back', async () => {
    const id = await request(await openSession(), o.cookies.staf3);
    const mark = await liveMark(t.db);
    const restore = await failCommitsTouching(t.db, 'training_enrolments');
    try {
      expect((await decide(id, o.cookies.kasi, { approve: true })).statusCode).toBe(500);
    } finally {
      await restore();
    }
    expect(await liveEventsSince(t.db, mark)).toEqual([]);
    const row = await t.db
      .selectFrom('training_enrolments')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('REQUESTED');
  });
});
