import type { MyDashboard, TeamDashboard } from '@sim/contracts';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { loadConfig } from '../../config';
import { createKysely } from '../../db/database';
import type { DB } from '../../db/schema';
import { writeGenerationOf } from '../../db/write-generation';
import { AnswerCache } from '../../lib/answer-cache';
import { api, openYear, seedPerfOffice, type PerfOffice } from '../performance/performance.test-builders';
import { CACHE_HEADER, dashboardCacheOf } from './dashboard-cache';
import { seedDashboardCacheScene } from './dashboards.test-builders';

// The dashboards' answer cache (ADR 0012): a repeat is served without database work, and a write by anyone —
// another user through the API, a job through the database handle, a transaction at its commit — makes the next
// call compute the new figures; entries expire, users never share one, TTL 0 turns it off.

// Wednesday 15 July 2026, 10:00 WIB.
const NOW = new Date('2026-07-15T03:00:00Z');
const TTL = 5000;

let t: TestApp;
let office: PerfOffice;
let petugas: string;
let yearId: number;
let q2: number;
let stafSkp: { id: number; rhk: { id: number; indicators: { id: number }[] }[] };
let staf2SkpId: number;
let complaintId: number;

const me = async (cookie: string, query = '') => {
  const res = await api(t).get(`/api/v1/dashboards/me${query}`, cookie);
  expect(res.statusCode).toBe(200);
  return res.json() as MyDashboard;
};
const team = async (cookie: string) => {
  const res = await api(t).get('/api/v1/dashboards/team', cookie);
  expect(res.statusCode).toBe(200);
  return res.json() as TeamDashboard;
};
const stats = () => ({ ...dashboardCacheOf(t.app.ctx).stats });

beforeAll(async () => {
  t = await createTestApp({
    now: NOW,
    // On a PostgreSQL test server too: this file's app is the only instance writing.
    config: { dashboardCache: { ttlMs: TTL, maxEntries: 100, singleInstance: true } },
  });
  office = await seedPerfOffice(t);
  const year = await openYear(t, office);
  yearId = year.id;
  q2 = year.periods[1]!.id;
  ({ stafSkp, staf2SkpId, petugas, complaintId } = await seedDashboardCacheScene(t, office, yearId, {
    receivedAt: '2026-07-13T03:00:00Z',
    deadlineAt: '2026-07-20T16:59:59Z',
    petugas: 'petugas-cache',
  }));
});

afterAll(() => t?.close());

describe('dashboard answer cache', () => {
  it('a second identical call is served from the cache: same answer, no database work', async () => {
    const before = stats();
    const generation = writeGenerationOf(t.db)!.value;
    const first = await api(t).get('/api/v1/dashboards/me', office.cookies.staf);
    const second = await api(t).get('/api/v1/dashboards/me', office.cookies.staf);
    expect(second.body).toBe(first.body);
    expect([first.headers[CACHE_HEADER], second.headers[CACHE_HEADER]]).toEqual(['miss', 'hit']);
    expect(stats().misses - before.misses).toBe(1);
    expect(stats().hits - before.hits).toBe(1);
    // Reading a dashboard writes nothing (a read that bumped the generation would never be cached).
    expect(writeGenerationOf(t.db)!.value).toBe(generation);
    // The same question with its parameters written another way is the same entry.
    await me(office.cookies.staf, '?year=2026');
    await me(office.cookies.staf, '?year=02026');
    expect(stats().hits - before.hits).toBe(2);
  });

  it('a complaint reassigned by the desk shows on the next call of both employees', async () => {
    expect((await me(office.cookies.staf)).openComplaints.map((c) => c.id)).toEqual([complaintId]);
    expect((await me(office.cookies.staf2)).openComplaints).toEqual([]);
    const res = await api(t).send('POST', `/api/v1/complaints/${complaintId}/reassignment`, petugas, {
      unitId: office.tree.units.seksi,
      assigneeEmployeeId: office.ids.staf2,
      note: 'Dialihkan karena beban kerja',
    });
    expect(res.statusCode).toBe(200);
    expect((await me(office.cookies.staf)).openComplaints).toEqual([]);
    expect((await me(office.cookies.staf2)).openComplaints.map((c) => c.id)).toEqual([complaintId]);
  });

  it('an SKP approved by the superior shows on the next Tim Saya call', async () => {
    const row = async () =>
      (await team(office.cookies.kasi)).members.find((m) => m.employee.employeeId === office.ids.staf2)!;
    expect((await row()).skpStatus).toBe('SUBMITTED');
    expect((await row()).skpStatus).toBe('SUBMITTED'); // from the cache
    const res = await api(t).send(
      'POST',
      `/api/v1/performance/skps/${staf2SkpId}/approve`,
      office.cookies.kasi,
      {},
    );
    expect(res.statusCode).toBe(200);
    expect((await row()).skpStatus).toBe('APPROVED');
  });

  it('a realisation recorded shows on the next Kinerja Saya call', async () => {
    const cell = async () =>
      (await me(office.cookies.staf)).skp!.indicators[0]!.cells.find((c) => c.periodId === q2)!;
    expect((await cell()).value).toBeNull();
    const res = await api(t).send(
      'PUT',
      `/api/v1/performance/skps/${stafSkp.id}/realisations`,
      office.cookies.staf,
      {
        periodId: q2,
        indicatorId: stafSkp.rhk[0]!.indicators[0]!.id,
        value: 4,
        periodTarget: 4,
      },
    );
    expect(res.statusCode).toBe(200);
    expect((await cell()).value).toBe(4);
  });

  it('a setting changed by the admin (the JP target) shows on the next call', async () => {
    expect((await me(office.cookies.staf)).jp.target).toBe(20);
    const res = await api(t).send('PUT', '/api/v1/training/targets', office.cookies.admin, {
      jpTarget: 24,
      externalCostPerJp: 150_000,
    });
    expect(res.statusCode).toBe(200);
    expect((await me(office.cookies.staf)).jp.target).toBe(24);
  });

  it('an org change written outside any route (as a job or an import would) shows on the next Tim Saya call', async () => {
    const ids = async () =>
      (await team(office.cookies.kasi)).members.map((m) => m.employee.employeeId).sort();
    expect(await ids()).toEqual([office.ids.staf, office.ids.staf2].sort());
    // Staf's position now reports to the Camat directly.
    await t.db
      .updateTable('positions')
      .set({ superior_position_id: office.tree.positions.camat })
      .where('id', '=', office.tree.positions.staf)
      .execute();
    expect(await ids()).toEqual([office.ids.staf2]);
  });

  it('two users never share an entry, nor one user two questions', async () => {
    const a = await me(office.cookies.staf);
    const b = await me(office.cookies.staf2);
    expect(a.employee.employeeId).toBe(office.ids.staf);
    expect(b.employee.employeeId).toBe(office.ids.staf2);
    expect((await me(office.cookies.staf)).employee.employeeId).toBe(office.ids.staf);
    expect((await me(office.cookies.staf, '?year=2025')).year).toBe(2025);
    expect((await me(office.cookies.staf)).year).toBe(2026);
    // The Camat's Tim Saya (the whole office) is not the Kasi's.
    const camatTeam = await team(office.cookies.camat);
    const kasiTeam = await team(office.cookies.kasi);
    expect(camatTeam.members.length).toBeGreaterThan(kasiTeam.members.length);
  });

  it('an entry expires after the TTL even without a write', async () => {
    await me(office.cookies.staf);
    const before = stats();
    t.clock.advance(TTL - 1);
    await me(office.cookies.staf);
    expect(stats().hits - before.hits).toBe(1);
    t.clock.advance(1);
    await me(office.cookies.staf);
    expect(stats().misses - before.misses).toBe(1);
  });

  it('the exports are not cached', async () => {
    const before = stats();
    const res = await api(t).get('/api/v1/dashboards/me/pengaduan.xlsx', office.cookies.staf);
    expect(res.statusCode).toBe(200);
    expect(stats()).toEqual(before);
  });
});

describe('dashboard answer cache and transactions (store only what no write overlapped)', () => {
  const now = () => t.clock.now;
  const fresh = () => new AnswerCache(writeGenerationOf(t.db), { ttlMs: TTL, maxEntries: 10 });
  const write = (db: Pick<TestApp['db'], 'updateTable'>) =>
    db.updateTable('complaints').set({ kelurahan: 'Ogan Baru' }).where('id', '=', complaintId).execute();

  it('an answer computed between a write and its commit is never served after the commit', async () => {
    const cache = fresh();
    await t.db.transaction().execute(async (trx) => {
      await write(trx);
      // On PostgreSQL another connection still sees the state before the write here: this answer is stale-to-be.
      expect(await cache.answer('k', now, async () => 'before the commit')).toBe('before the commit');
      expect(await cache.answer('k', now, async () => 'not asked')).toBe('before the commit');
    });
    expect(await cache.answer('k', now, async () => 'after the commit')).toBe('after the commit');
  });

  it('an answer whose computation overlapped a transaction is not stored', async () => {
    const cache = fresh();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const reading = cache.answer('k', now, async () => {
      await gate;
      return 'read while the transaction ran';
    });
    await t.db.transaction().execute(async (trx) => write(trx));
    release();
    expect(await reading).toBe('read while the transaction ran');
    expect(cache.size).toBe(0);
    expect(await cache.answer('k', now, async () => 'fresh')).toBe('fresh');
  });

  it('a rolled-back transaction: an answer computed after its write still matches the data (nothing was committed)', async () => {
    const cache = fresh();
    await expect(
      t.db.transaction().execute(async (trx) => {
        await write(trx);
        await cache.answer('k', now, async () => 'inside');
        throw new Error('abgebrochen');
      }),
    ).rejects.toThrow('abgebrochen');
    // Rolled back, the data is as before the write, which is what a reader outside the transaction saw.
    expect(await cache.answer('k', now, async () => 'again')).toBe('inside');
  });

  it('identical requests at once compute the answer once; one after a write computes its own', async () => {
    const cache = fresh();
    let computed = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = (label: string) => async () => {
      computed += 1;
      await gate;
      return label;
    };
    const sources: string[] = [];
    const first = cache.answer('k', now, slow('first'), (s) => sources.push(s));
    const second = cache.answer('k', now, slow('second'), (s) => sources.push(s));
    await write(t.db);
    const third = cache.answer('k', now, slow('third'), (s) => sources.push(s));
    release();
    expect(await Promise.all([first, second, third])).toEqual(['first', 'first', 'third']);
    expect(sources).toEqual(['miss', 'shared', 'miss']);
    expect(computed).toBe(2);
  });

  it('a failed computation is not stored', async () => {
    const cache = fresh();
    await expect(cache.answer('k', now, async () => Promise.reject(new Error('gagal')))).rejects.toThrow(
      'gagal',
    );
    expect(cache.size).toBe(0);
  });

  it('at most maxEntries answers are kept, the least recently used dropped first', async () => {
    const cache = new AnswerCache(writeGenerationOf(t.db), { ttlMs: TTL, maxEntries: 2 });
    await cache.answer('a', now, async () => 'A');
    await cache.answer('b', now, async () => 'B');
    await cache.answer('a', now, async () => 'not asked'); // a is now the most recent
    await cache.answer('c', now, async () => 'C');
    expect(cache.size).toBe(2);
    expect(await cache.answer('a', now, async () => 'A2')).toBe('A');
    expect(await cache.answer('b', now, async () => 'B2')).toBe('B2');
  });
});

describe('dashboard answer cache off (DASHBOARD_CACHE_TTL_MS=0)', () => {
  let off: TestApp;
  beforeAll(async () => {
    off = await createTestApp({
      now: NOW,
      config: { dashboardCache: { ttlMs: 0, maxEntries: 100, singleInstance: true } },
    });
    await seedPerfOffice(off);
  });
  afterAll(() => off?.close());

  it('every call computes its answer', async () => {
    const cookie = await off.login('admin-kinerja');
    const cache = dashboardCacheOf(off.app.ctx);
    expect(cache.enabled).toBe(false);
    for (let i = 0; i < 2; i++) {
      const res = await off.app.inject({
        method: 'GET',
        url: '/api/v1/dashboards/team',
        headers: { cookie },
      });
      expect(res.statusCode).toBe(200);
    }
    expect(cache.stats).toEqual({ hits: 0, shared: 0, misses: 0, stored: 0 });
  });
});

describe('dashboard cache: on only where this process sees every write', () => {
  const config = loadConfig({ DATA_DIR: '/tmp/sim-test-unused' });
  // A pool never connected: nothing here runs a query.
  const pool = () => new pg.Pool({ host: '127.0.0.1', port: 1 });
  const ctx = (ownsDatabase: boolean, dashboardCache: Partial<typeof config.dashboardCache> = {}) => ({
    db: createKysely(pool(), { ownsDatabase }),
    config: { ...config, dashboardCache: { ...config.dashboardCache, ...dashboardCache } },
    now: () => new Date(),
  });

  it('the database this server owns (embedded): on by default, off with TTL 0', () => {
    expect(config.dashboardCache).toEqual({ ttlMs: 5000, maxEntries: 500, singleInstance: false });
    expect(dashboardCacheOf(ctx(true)).enabled).toBe(true);
    expect(dashboardCacheOf(ctx(true, { ttlMs: 0 })).enabled).toBe(false);
    expect(loadConfig({ DASHBOARD_CACHE_TTL_MS: '0' }).dashboardCache.ttlMs).toBe(0);
  });

  it('a PostgreSQL server (other instances may write): on while it hears their write notices, or declared the only instance (ADR 0018)', () => {
    const server = ctx(false);
    const cache = dashboardCacheOf(server);
    expect(cache.enabled).toBe(false); // no listener yet: another instance's write would go unseen
    writeGenerationOf(server.db)!.setSeesEveryWrite(true); // what the write-notice listener does once it listens
    expect(cache.enabled).toBe(true);
    writeGenerationOf(server.db)!.setSeesEveryWrite(false); // its connection lost
    expect(cache.enabled).toBe(false);
    expect(dashboardCacheOf(ctx(false, { singleInstance: true })).enabled).toBe(true);
    expect(loadConfig({ DASHBOARD_CACHE_SINGLE_INSTANCE: '1' }).dashboardCache.singleInstance).toBe(true);
  });

  it('a Kysely instance not made by createKysely has no generation: nothing is cached', () => {
    const plain = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pool() }) });
    expect(writeGenerationOf(plain)).toBeUndefined();
    expect(new AnswerCache(writeGenerationOf(plain), { ttlMs: 5000, maxEntries: 10 }).enabled).toBe(false);
  });
});
