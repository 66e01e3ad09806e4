import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { failCommitsTouching, liveEventsSince, liveMark } from '../live/live.test-builders';
import { api, openYear, seedPerfOffice, seedSkp, type PerfOffice } from './performance.test-builders';

// Issue 14 §1, live updates of SKPs: the step's recipients get exactly one event each, in the step's transaction,
// and nobody outside the owner's line of superiors gets any (performance-live.service.ts).

let t: TestApp;
let office: PerfOffice;
let kasiRhk: number;
let camatRhk: number;
let yearId: number;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-02-10T03:00:00Z') });
  office = await seedPerfOffice(t);
  yearId = (await openYear(t, office)).id;
  const camatSkp = await seedSkp(t, office.cookies.camat, yearId, { approverCookie: office.cookies.admin });
  const kasiSkp = await seedSkp(t, office.cookies.kasi, yearId, {
    parentRhkId: camatSkp.rhk[0]!.id,
    approverCookie: office.cookies.camat,
  });
  kasiRhk = kasiSkp.rhk[0]!.id;
  camatRhk = camatSkp.rhk[0]!.id;
});
afterAll(() => t.close());

const send = (url: string, cookie: string, body: object = {}) => api(t).send('POST', url, cookie, body);

/** A draft SKP (one per employee and year), cascading from the superior's RHK (the Kasi's unless told). */
const draftOf = async (cookie: string, parentRhkId = kasiRhk) =>
  (await seedSkp(t, cookie, yearId, { parentRhkId })).id;

/** The SKP events recorded after the mark, per recipient employee. */
async function skpEventsSince(mark: number) {
  return (await liveEventsSince(t.db, mark)).filter((e) => e.topic === 'skp.changed');
}

describe('SKP live events', () => {
  it('tells the approving superior once when an SKP is submitted, and no colleague', async () => {
    const id = await draftOf(office.cookies.staf);
    const mark = await liveMark(t.db);
    expect((await send(`/api/v1/performance/skps/${id}/submit`, office.cookies.staf)).statusCode).toBe(200);
    const events = await skpEventsSince(mark);
    const toKasi = events.filter((e) => e.employeeId === office.ids.kasi);
    expect(toKasi).toHaveLength(1);
    expect(toKasi[0]!.payload).toEqual({ skpId: id, step: 'SUBMITTED' });
    // A colleague of the same unit and the Lurah of another unit (a subordinate of the same Camat) get nothing.
    expect(events.filter((e) => e.employeeId === office.ids.staf2)).toEqual([]);
    expect(events.filter((e) => e.employeeId === office.ids.lurah)).toEqual([]);
  });

  it('tells the owner once when the superior approves or returns the SKP', async () => {
    const id = await draftOf(office.cookies.staf2);
    await send(`/api/v1/performance/skps/${id}/submit`, office.cookies.staf2);

    let mark = await liveMark(t.db);
    const returned = await send(`/api/v1/performance/skps/${id}/return`, office.cookies.kasi, {
      comment: 'Target kuantitas perlu diperjelas',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    let toOwner = (await skpEventsSince(mark)).filter((e) => e.employeeId === office.ids.staf2);
    expect(toOwner.map((e) => e.payload)).toEqual([{ skpId: id, step: 'RETURNED' }]);

    await send(`/api/v1/performance/skps/${id}/submit`, office.cookies.staf2);
    mark = await liveMark(t.db);
    expect((await send(`/api/v1/performance/skps/${id}/approve`, office.cookies.kasi)).statusCode).toBe(200);
    const events = await skpEventsSince(mark);
    toOwner = events.filter((e) => e.employeeId === office.ids.staf2);
    expect(toOwner.map((e) => e.payload)).toEqual([{ skpId: id, step: 'APPROVED' }]);
    expect(
      events.filter((e) => e.employeeId === office.ids.staf || e.employeeId === office.ids.lurah),
    ).toEqual([]);
  });

  it('publishes nothing when the approval is rolled back', async () => {
    const id = await draftOf(office.cookies.lurah, camatRhk);
    await send(`/api/v1/performance/skps/${id}/submit`, office.cookies.lurah);
    const mark = await liveMark(t.db);
    const restore = await failCommitsTouching(t.db, 'perf_skps');
    try {
      const res = await send(`/api/v1/performance/skps/${id}/approve`, office.cookies.camat);
      expect(res.statusCode).toBe(500);
    } finally {
      await restore();
    }
    expect(await liveEventsSince(t.db, mark)).toEqual([]);
    const skp = (await api(t).get(`/api/v1/performance/skps/${id}`, office.cookies.lurah)).json();
    expect(skp.status).toBe('SUBMITTED');
  });
});
