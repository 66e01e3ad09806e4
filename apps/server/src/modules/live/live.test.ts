import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../lib/app-instance';
import { seedEmployee, seedOrgTree, seedUser } from '../../../test/builders';
import { createSecondInstance, createTestApp, type TestApp } from '../../../test/test-app';
import { makePublicComplaint, seedComplaintCategory } from '../complaints/complaints.test-builders';
import { runLivePruneJob } from './live.job';
import { publishLive } from './live.service';
import { liveEventOf, openSse } from './live.test-builders';

// Issue 14 §1: live updates over Server-Sent Events. The app listens on a real port (inject cannot stream); the
// clients read the stream with fetch. On PostgreSQL (TEST_DATABASE=postgres) events travel by LISTEN/NOTIFY, on
// PGlite through the embedded reader — the same tests run on both.

let t: TestApp;
let base: string;
let tree: Awaited<ReturnType<typeof seedOrgTree>>;
let cookies: Record<'petugas' | 'kasi' | 'staf' | 'other' | 'mustChange', string>;
let ids: { staf: number; other: number; otherUser: number; stafUser: number };
let category: { id: number; code: string };
let ipSeq = 0;

beforeAll(async () => {
  t = await createTestApp({
    config: {
      live: { retentionHours: 24, heartbeatSeconds: 1, publicMaxPerAddress: 6, publicMaxStreams: 500 },
    },
  });
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  tree = await seedOrgTree(t.db);
  await seedUser(t.db, { username: 'petugas-live', roles: ['PETUGAS_PENGADUAN'] });
  await seedEmployee(t.db, { positionId: tree.positions.camat, roles: ['PIMPINAN'] });
  const kasi = await seedEmployee(t.db, { positionId: tree.positions.kasi, login: true });
  const staf = await seedEmployee(t.db, { positionId: tree.positions.staf, login: true });
  const other = await seedEmployee(t.db, { positionId: tree.positions.stafKel, login: true });
  const userOf = async (username: string) =>
    (await t.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow())
      .id;
  ids = {
    staf: staf.id,
    other: other.id,
    otherUser: await userOf(other.username!),
    stafUser: await userOf(staf.username!),
  };
  const fresh = await seedUser(t.db, { username: 'baru-live' });
  await t.db.updateTable('users').set({ must_change_password: true }).where('id', '=', fresh.id).execute();
  cookies = {
    petugas: await t.login('petugas-live'),
    kasi: await t.login(kasi.username!),
    staf: await t.login(staf.username!),
    other: await t.login(other.username!),
    mustChange: await t.login('baru-live'),
  };
  category = await seedComplaintCategory(t.db, { unitId: tree.units.seksi, code: 'LAMPU-LIVE' });
});
afterAll(() => t.close());

const post = (url: string, cookie: string | undefined, payload: object) =>
  t.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });

async function fileComplaint(): Promise<number> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/public/complaints',
    payload: makePublicComplaint(category.code),
    remoteAddress: `10.9.0.${++ipSeq}`,
  });
  expect(res.statusCode, res.body).toBe(201);
  const { ticket } = res.json() as { ticket: string };
  return (
    await t.db.selectFrom('complaints').select('id').where('ticket', '=', ticket).executeTakeFirstOrThrow()
  ).id;
}

async function assignToStaf(id: number) {
  expect((await post(`/api/v1/complaints/${id}/verification`, cookies.petugas, {})).statusCode).toBe(200);
  const res = await post(`/api/v1/complaints/${id}/disposition`, cookies.petugas, {
    unitId: tree.units.seksi,
    assigneeEmployeeId: ids.staf,
  });
  expect(res.statusCode, res.body).toBe(200);
}

describe('live event stream', () => {
  it('answers 401 without a session and 403 while the password must be changed', async () => {
    const anonymous = await fetch(`${base}/api/v1/events`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    const mustChange = await fetch(`${base}/api/v1/events`, { headers: { cookie: cookies.mustChange } });
    expect(mustChange.status).toBe(403);
  });

  it('is an unbuffered event stream with a retry hint, a ready message and a heartbeat', async () => {
    const sse = await openSse(base, { cookie: cookies.staf });
    try {
      expect(sse.res.status).toBe(200);
      expect(sse.res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(sse.res.headers.get('x-accel-buffering')).toBe('no');
      expect(sse.res.headers.get('cache-control')).toContain('no-cache');
      const ready = await sse.next((m) => m.event === 'ready');
      expect(JSON.parse(ready.data)).toEqual({ lastEventId: expect.any(Number) });
      expect(sse.retry).toBe(3000);
      // The test app's heartbeat is one second.
      await expect.poll(() => sse.comments.includes('ping'), { timeout: 2500 }).toBe(true);
    } finally {
      await sse.close();
    }
  });

  it('rejects a Last-Event-ID that is not a number (400, naming the header)', async () => {
    const res = await fetch(`${base}/api/v1/events`, {
      headers: { cookie: cookies.staf, 'last-event-id': 'abc' },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('last-event-id');
  });
});

describe('delivery', () => {
  it('tells the assignee within one second of a complaint assignment', async () => {
    const id = await fileComplaint();
    const sse = await openSse(base, { cookie: cookies.staf });
    try {
      await sse.next((m) => m.event === 'ready');
      const started = Date.now();
      await assignToStaf(id);
      const message = await sse.next(liveEventOf('complaint.changed', { complaintId: id }), 1000);
      expect(Date.now() - started).toBeLessThan(1000 + 500); // the disposition request itself included
      expect(JSON.parse(message.data)).toMatchObject({
        topic: 'complaint.changed',
        payload: { complaintId: id, status: 'DIDISPOSISI' },
      });
      expect(message.id).toMatch(/^\d+$/);
    } finally {
      await sse.close();
    }
  });

  it('tells the desk of a new complaint and the superior of the assignment', async () => {
    const desk = await openSse(base, { cookie: cookies.petugas });
    const superior = await openSse(base, { cookie: cookies.kasi });
    try {
      await desk.next((m) => m.event === 'ready');
      await superior.next((m) => m.event === 'ready');
      const id = await fileComplaint();
      await desk.next(liveEventOf('complaint.changed', { complaintId: id, status: 'DITERIMA' }));
      await assignToStaf(id);
      await superior.next(liveEventOf('complaint.changed', { complaintId: id, status: 'DIDISPOSISI' }));
    } finally {
      await desk.close();
      await superior.close();
    }
  });

  it("a user never receives another user's events", async () => {
    const mine = await openSse(base, { cookie: cookies.staf });
    const theirs = await openSse(base, { cookie: cookies.other });
    try {
      await mine.next((m) => m.event === 'ready');
      await theirs.next((m) => m.event === 'ready');
      const id = await fileComplaint();
      await assignToStaf(id);
      await mine.next(liveEventOf('complaint.changed', { complaintId: id }));
      await t.db
        .transaction()
        .execute((trx) =>
          publishLive(trx, { userIds: [ids.stafUser] }, 'notification', { notificationId: 1 }),
        );
      await mine.next(liveEventOf('notification', { notificationId: 1 }));
      // Give a wrongly addressed event the same time to arrive as the right one had.
      await new Promise((r) => setTimeout(r, 300));
      expect(theirs.events()).toEqual([]);
      const stored = await t.db
        .selectFrom('live_events')
        .select('user_id')
        .where('user_id', '=', ids.otherUser)
        .execute();
      expect(stored).toEqual([]);
    } finally {
      await mine.close();
      await theirs.close();
    }
  });

  it('sends nothing for a change that was rolled back', async () => {
    const sse = await openSse(base, { cookie: cookies.staf });
    try {
      await sse.next((m) => m.event === 'ready');
      await t.db
        .transaction()
        .execute(async (trx) => {
          await publishLive(trx, { userIds: [ids.stafUser] }, 'notification', { notificationId: 404 });
          throw new Error('rolled back');
        })
        .catch(() => undefined);
      await t.db
        .transaction()
        .execute((trx) =>
          publishLive(trx, { userIds: [ids.stafUser] }, 'notification', { notificationId: 405 }),
        );
      await sse.next(liveEventOf('notification', { notificationId: 405 }));
      expect(sse.events().some((e) => e.payload.notificationId === 404)).toBe(false);
    } finally {
      await sse.close();
    }
  });
});

describe('catching up after a dropped connection', () => {
  it('a reconnect with Last-Event-ID gets the missed events, in order, and only its own', async () => {
    const first = await openSse(base, { cookie: cookies.staf });
    const ready = await first.next((m) => m.event === 'ready');
    const lastId = ready.id!;
    await first.close(); // the connection drops
    const a = await fileComplaint();
    await assignToStaf(a);
    const b = await fileComplaint();
    await assignToStaf(b);
    await t.db
      .transaction()
      .execute((trx) =>
        publishLive(trx, { userIds: [ids.otherUser] }, 'notification', { notificationId: 7 }),
      );
    const again = await openSse(base, { cookie: cookies.staf, lastEventId: lastId });
    try {
      await again.next(liveEventOf('complaint.changed', { complaintId: b }));
      const missed = again.events();
      const complaintIds = missed.map((e) => e.payload.complaintId);
      expect(complaintIds).toContain(a);
      expect(complaintIds.indexOf(a)).toBeLessThan(complaintIds.indexOf(b));
      expect(missed.map((e) => e.id)).toEqual([...missed.map((e) => e.id)].sort((x, y) => x - y));
      expect(missed.every((e) => e.id > Number(lastId))).toBe(true);
      // Staf's own notifications (the assignments) are theirs; another user's never arrives.
      expect(missed.some((e) => e.topic === 'notification' && e.payload.notificationId === 7)).toBe(false);
    } finally {
      await again.close();
    }
  });

  it('takes the last id from the query too (a client that reconnects on its own)', async () => {
    const before = await openSse(base, { cookie: cookies.staf });
    const lastId = (await before.next((m) => m.event === 'ready')).id!;
    await before.close();
    await t.db
      .transaction()
      .execute((trx) => publishLive(trx, { employeeIds: [ids.staf] }, 'skp.changed', { skpId: 99 }));
    const res = await fetch(`${base}/api/v1/events?lastEventId=${lastId}`, {
      headers: { cookie: cookies.staf },
    });
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('"skpId":99')) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    expect(text).toContain('"topic":"skp.changed"');
  });

  it('prunes events older than the retention', async () => {
    await t.db
      .transaction()
      .execute((trx) =>
        publishLive(trx, { userIds: [ids.otherUser] }, 'notification', { notificationId: 8 }),
      );
    const old = new Date(Date.now() - 25 * 3_600_000);
    await sql`update live_events set created_at = ${old} where user_id = ${ids.otherUser}`.execute(t.db);
    const result = await runLivePruneJob(t.app.ctx);
    expect(result.ran).toBe(true);
    expect(result.deleted).toBeGreaterThan(0);
    const left = await t.db
      .selectFrom('live_events')
      .select('id')
      .where('created_at', '<', new Date(Date.now() - 24 * 3_600_000))
      .execute();
    expect(left).toEqual([]);
  });
});

describe('several instances on one database', () => {
  let second: AppInstance;
  let secondBase: string;
  beforeAll(async () => {
    second = await createSecondInstance(t);
    secondBase = await second.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => second.close());

  it('an event published on one instance reaches a client connected to the other', async () => {
    const sse = await openSse(secondBase, { cookie: cookies.staf });
    try {
      await sse.next((m) => m.event === 'ready');
      const id = await fileComplaint(); // through the first instance
      await assignToStaf(id);
      await sse.next(liveEventOf('complaint.changed', { complaintId: id }), 1000);
    } finally {
      await sse.close();
    }
  });
});
