import type { PublicLiveEvent } from '@sim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { makePublicComplaint, seedComplaintCategory } from '../complaints/complaints.test-builders';
import { seedOrgTree } from '../../../test/builders';
import { openSse } from './live.test-builders';

// The public live stream of the transparency page (ADR 0011): anonymous, figures-changed-at only, capped.

const PATH = '/api/v1/public/events';
let t: TestApp;
let base: string;
let category: { id: number; code: string };
let ipSeq = 0;

beforeAll(async () => {
  t = await createTestApp({
    config: {
      live: { retentionHours: 24, heartbeatSeconds: 1, publicMaxPerAddress: 2, publicMaxStreams: 3 },
    },
  });
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const tree = await seedOrgTree(t.db);
  category = await seedComplaintCategory(t.db, { unitId: tree.units.seksi, code: 'LAMPU-PUBLIK' });
});
afterAll(() => t.close());

/** Until the server has seen the closed streams go (an aborted fetch reaches it a moment later). */
async function publicStreamsDown(to: number) {
  for (let i = 0; i < 50 && t.app.live.publicSize > to; i++) await new Promise((r) => setTimeout(r, 20));
  expect(t.app.live.publicSize).toBe(to);
}

async function fileComplaint(reporterName: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/public/complaints',
    payload: makePublicComplaint(category.code, {
      reporterName,
      reporterPhone: '081234567890',
      isAnonymous: false,
    }),
    remoteAddress: `10.8.0.${++ipSeq}`,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { ticket: string };
}

describe('GET /api/v1/public/events', () => {
  it('anyone without a session receives "figures changed" within 1 s of a complaint being filed, with no personal data', async () => {
    const stream = await openSse(base, { path: PATH });
    try {
      expect(stream.res.status).toBe(200);
      expect(stream.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const filedAt = Date.now();
      const { ticket } = await fileComplaint('Siti Aminah Warga');
      const m = await stream.next(() => true, 1000);
      expect(Date.now() - filedAt).toBeLessThan(1000 + 500); // the filing request itself is outside the second
      const event = JSON.parse(m.data) as PublicLiveEvent;
      expect(Object.keys(event).sort()).toEqual(['at', 'topic']);
      expect(event.topic).toBe('public.transparency');
      expect(m.id).toBeNull(); // nothing to catch up on: the page re-reads its figures on reconnect
      for (const secret of ['Siti Aminah', '081234567890', ticket, 'LAMPU-PUBLIK']) {
        expect(m.data).not.toContain(secret);
      }
    } finally {
      await stream.close();
    }
  });

  it('is one row with no recipient and an empty payload, never a row per user', async () => {
    const before = await t.db.selectFrom('live_events').select('id').execute();
    await fileComplaint('Budi Santoso');
    const added = await t.db
      .selectFrom('live_events')
      .select(['user_id', 'topic', 'payload'])
      .where('id', 'not in', before.length ? before.map((r) => r.id) : [0])
      .where('topic', '=', 'public.transparency')
      .execute();
    expect(added).toEqual([{ user_id: null, topic: 'public.transparency', payload: {} }]);
  });

  it('caps open streams: 429 over the per-address cap, 503 when the instance is full, a place freed on close', async () => {
    const a1 = await openSse(base, { path: PATH });
    const a2 = await openSse(base, { path: PATH });
    expect([a1.res.status, a2.res.status]).toEqual([200, 200]);
    const third = await fetch(`${base}${PATH}`);
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('60');
    expect(((await third.json()) as { error: { code: string } }).error.code).toBe('TOO_MANY_REQUESTS');

    // A citizen from another address takes the instance's last place (cap 3).
    const elsewhere = t.app.live.subscribePublic(
      { address: '10.7.0.1', send: () => undefined, close: () => undefined },
      { perAddress: 2, total: 3 },
    );
    expect(elsewhere.ok).toBe(true);
    const full = await fetch(`${base}${PATH}`);
    expect(full.status).toBe(503);
    expect(((await full.json()) as { error: { code: string } }).error.code).toBe('UNAVAILABLE');

    if (elsewhere.ok) elsewhere.unsubscribe();
    await a1.close();
    await publicStreamsDown(1);
    const again = await openSse(base, { path: PATH });
    expect(again.res.status).toBe(200);
    await again.close();
    await a2.close();
    await publicStreamsDown(0);
  });

  it('needs no session: a stranger’s cookie changes nothing', async () => {
    const stream = await openSse(base, { path: PATH, cookie: 'sid=bukan-sesi' });
    expect(stream.res.status).toBe(200);
    await stream.close();
  });
});
