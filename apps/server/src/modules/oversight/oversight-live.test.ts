import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { failCommitsTouching, liveEventsSince, liveMark } from '../live/live.test-builders';
import { seedFollowUpOffice } from './oversight-followups.test-builders';

// Issue 14 §1, live updates of oversight recommendations: an assignment reaches the owner, a follow-up the team
// that verifies it, a verification the owner — exactly one event each, in the step's transaction, nobody else.

const NOW = new Date('2026-06-01T03:00:00Z');

let t: TestApp;
let office: Awaited<ReturnType<typeof seedFollowUpOffice>>;
const cookies: Record<'staf' | 'inspector', string> = { staf: '', inspector: '' };

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  office = await seedFollowUpOffice(t.db, { dueDate: '2026-07-01' });
  cookies.staf = await t.login(office.staf.username!);
  cookies.inspector = await t.login(office.inspector.username!);
});
afterAll(() => t.close());

async function assignToStaf(): Promise<number> {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/oversight/findings/${office.findingId}/recommendations`,
    headers: { cookie: cookies.inspector },
    payload: { text: 'Pasang papan alur layanan.', ownerKind: 'EMPLOYEE', ownerEmployeeId: office.staf.id },
  });
  expect(res.statusCode, res.body).toBe(201);
  const recs = res.json().recommendations as { id: number }[];
  return Math.max(...recs.map((r) => r.id));
}
async function followUp(id: number) {
  const body = multipart({ text: 'Papan alur layanan sudah dipasang di ruang tunggu.' });
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/oversight/recommendations/${id}/follow-ups`,
    headers: { cookie: cookies.staf, ...body.headers },
    payload: body.payload,
  });
  expect(res.statusCode, res.body).toBe(201);
}
const verify = (id: number) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/oversight/recommendations/${id}/verification`,
    headers: { cookie: cookies.inspector },
    payload: { result: 'SESUAI' },
  });

/** The recommendation events after the mark that reached one employee. */
const eventsTo = async (mark: number, employeeId: number) =>
  (await liveEventsSince(t.db, mark)).filter(
    (e) => e.topic === 'oversight.recommendation' && e.employeeId === employeeId,
  );

describe('oversight recommendation live events', () => {
  it('tells the owner once when a recommendation is assigned to them, and no colleague elsewhere', async () => {
    const mark = await liveMark(t.db);
    const id = await assignToStaf();
    expect((await eventsTo(mark, office.staf.id)).map((e) => e.payload)).toEqual([
      { recommendationId: id, status: 'OPEN' },
    ]);
    expect(await eventsTo(mark, office.outsider.id)).toEqual([]);
  });

  it('tells the team once when the owner submits a follow-up, and no colleague elsewhere', async () => {
    const id = await assignToStaf();
    const mark = await liveMark(t.db);
    await followUp(id);
    expect((await eventsTo(mark, office.inspector.id)).map((e) => e.payload)).toEqual([
      { recommendationId: id, status: 'SUBMITTED' },
    ]);
    expect(await eventsTo(mark, office.outsider.id)).toEqual([]);
  });

  it('tells the owner once when the team verifies the follow-up', async () => {
    const id = await assignToStaf();
    await followUp(id);
    const mark = await liveMark(t.db);
    expect((await verify(id)).statusCode).toBe(200);
    expect((await eventsTo(mark, office.staf.id)).map((e) => e.payload)).toEqual([
      { recommendationId: id, status: 'CLOSED' },
    ]);
    expect(await eventsTo(mark, office.outsider.id)).toEqual([]);
  });

  it('tells the new owner and the former one once when a recommendation is reassigned, and notifies the new one', async () => {
    const id = await assignToStaf();
    const mark = await liveMark(t.db);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/oversight/recommendations/${id}`,
      headers: { cookie: cookies.inspector },
      payload: { ownerKind: 'EMPLOYEE', ownerEmployeeId: office.lurah.id },
    });
    expect(res.statusCode, res.body).toBe(200);
    for (const who of [office.staf.id, office.lurah.id]) {
      expect((await eventsTo(mark, who)).map((e) => e.payload)).toEqual([
        { recommendationId: id, status: 'OPEN' },
      ]);
    }
    expect(await eventsTo(mark, office.outsider.id)).toEqual([]);
    const notices = await t.db
      .selectFrom('notifications')
      .select('employee_id')
      .where('type', '=', 'RECOMMENDATION_ASSIGNED')
      .where('link', '=', `/pengawasan/rekomendasi/${id}`)
      .execute();
    expect(notices.map((n) => n.employee_id).sort()).toEqual([office.staf.id, office.lurah.id].sort());
  });

  it('publishes nothing when the verification is rolled back', async () => {
    const id = await assignToStaf();
    await followUp(id);
    const mark = await liveMark(t.db);
    const restore = await failCommitsTouching(t.db, 'oversight_recommendations');
    try {
      expect((await verify(id)).statusCode).toBe(500);
    } finally {
      await restore();
    }
    expect(await liveEventsSince(t.db, mark)).toEqual([]);
    const row = await t.db
      .selectFrom('oversight_recommendations')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('SUBMITTED');
  });
});
