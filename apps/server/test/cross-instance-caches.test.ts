import type { MyDashboard, TeamDashboard } from '@sim/contracts';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGenerationOf } from '../src/db/write-generation';
import { WRITE_NOTICE_APPLICATION } from '../src/db/write-notices';
import type { AppInstance } from '../src/lib/app-instance';
import { makePublicComplaint } from '../src/modules/complaints/complaints.test-builders';
import { CACHE_HEADER } from '../src/modules/dashboards/dashboard-cache';
import { seedDashboardCacheScene } from '../src/modules/dashboards/dashboards.test-builders';
import {
  api,
  openYear,
  seedPerfOffice,
  type PerfOffice,
} from '../src/modules/performance/performance.test-builders';
import { seedUser } from './builders';
import { postgresServerForTest } from './postgres-server';
import { createSeparateInstance, createTestApp, type SeparateInstance, type TestApp } from './test-app';
import { openPostgres } from './test-db';

// ADR 0018: app instances on one PostgreSQL server keep their caches (dashboard answers, the intake reference)
// correct across instances: a commit on one is announced (NOTIFY after the commit) and the others drop what it may
// have changed; while an instance's listener is down its caches do not serve. Instance A is the test app, B and C are
// separate instances (own pool, generation and listener) on the same database, as separate processes would be.

const TTL = 2000;
const INTAKE_TTL = 2000;
let server: { url: string; stop(): void };
let t: TestApp; // instance A
let b: SeparateInstance;
let office: PerfOffice;
let petugas: string;
let staf2SkpId: number;
let complaintId: number;

const get = (app: AppInstance, url: string, cookie: string) =>
  app.inject({ method: 'GET', url, headers: { cookie } });

async function team(app: AppInstance, cookie: string) {
  const res = await get(app, '/api/v1/dashboards/team', cookie);
  expect(res.statusCode).toBe(200);
  return { source: res.headers[CACHE_HEADER], body: res.json() as TeamDashboard };
}
async function me(app: AppInstance, cookie: string) {
  const res = await get(app, '/api/v1/dashboards/me', cookie);
  expect(res.statusCode).toBe(200);
  return { source: res.headers[CACHE_HEADER], body: res.json() as MyDashboard };
}

/** Resolves once `check()` holds (polled every 5 ms); fails after `ms`. Returns how long it took. */
async function until(check: () => boolean, ms = 3000): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
  return Date.now() - start;
}

/** Until no notice has arrived at B for 150 ms: the setup's last commits are announced and heard. */
async function quiet() {
  for (let last = -1; last !== writeGenerationOf(b.db)!.value;) {
    last = writeGenerationOf(b.db)!.value;
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Waits until a write on another instance has reached `db`'s generation (its notice arrived). */
function noticeReached(db: SeparateInstance['db'] | TestApp['db'], before: number) {
  return until(() => writeGenerationOf(db)!.value !== before);
}

beforeAll(async () => {
  server = await postgresServerForTest();
  t = await createTestApp({
    database: await openPostgres(server.url),
    config: {
      dashboardCache: { ttlMs: TTL, maxEntries: 100, singleInstance: false },
      complaintIntakeCacheMs: INTAKE_TTL,
    },
  });
  b = await createSeparateInstance(t);
  await until(() => writeGenerationOf(t.db)!.seesEveryWrite && b.notices.listening);
  office = await seedPerfOffice(t);
  const year = await openYear(t, office);
  ({ staf2SkpId, petugas, complaintId } = await seedDashboardCacheScene(t, office, year.id, {
    receivedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
    deadlineAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
    categoryCode: 'LAMPU',
    petugas: 'petugas-lintas',
  }));
  await quiet();
}, 120_000);

afterAll(async () => {
  await b?.close();
  await t?.close();
  server?.stop();
});

describe('dashboard cache across instances (ADR 0018)', () => {
  it('is on by default on a PostgreSQL server while the listener hears the other instances', async () => {
    expect(t.config.dashboardCache.singleInstance).toBe(false);
    const first = await team(b.app, office.cookies.kasi);
    const second = await team(b.app, office.cookies.kasi);
    expect([first.source, second.source]).toEqual(['miss', 'hit']);
  });

  it('an SKP approved on instance A shows in the next Tim Saya answer on instance B', async () => {
    const row = async () =>
      (await team(b.app, office.cookies.kasi)).body.members.find(
        (m) => m.employee.employeeId === office.ids.staf2,
      )!;
    expect((await row()).skpStatus).toBe('SUBMITTED');
    expect((await team(b.app, office.cookies.kasi)).source).toBe('hit');
    const before = writeGenerationOf(b.db)!.value;
    const res = await api(t).send(
      'POST',
      `/api/v1/performance/skps/${staf2SkpId}/approve`,
      office.cookies.kasi,
      {},
    );
    expect(res.statusCode).toBe(200);
    await noticeReached(b.db, before);
    const after = await team(b.app, office.cookies.kasi);
    expect(after.source).toBe('miss');
    expect(after.body.members.find((m) => m.employee.employeeId === office.ids.staf2)!.skpStatus).toBe(
      'APPROVED',
    );
  });

  it('a complaint reassigned on instance A moves between both employees’ next answers on instance B', async () => {
    expect((await me(b.app, office.cookies.staf)).body.openComplaints.map((c) => c.id)).toEqual([
      complaintId,
    ]);
    expect((await me(b.app, office.cookies.staf2)).body.openComplaints).toEqual([]);
    const before = writeGenerationOf(b.db)!.value;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/complaints/${complaintId}/reassignment`,
      headers: { cookie: petugas },
      payload: {
        unitId: office.tree.units.seksi,
        assigneeEmployeeId: office.ids.staf2,
        note: 'Dialihkan (uji)',
      },
    });
    expect(res.statusCode).toBe(200);
    await noticeReached(b.db, before);
    expect((await me(b.app, office.cookies.staf)).body.openComplaints).toEqual([]);
    expect((await me(b.app, office.cookies.staf2)).body.openComplaints.map((c) => c.id)).toEqual([
      complaintId,
    ]);
  });

  it('no user is ever answered with another user’s entry, on either instance', async () => {
    for (const app of [t.app, b.app]) {
      for (let i = 0; i < 2; i++) {
        expect((await me(app, office.cookies.staf)).body.employee.employeeId).toBe(office.ids.staf);
        expect((await me(app, office.cookies.staf2)).body.employee.employeeId).toBe(office.ids.staf2);
      }
      expect((await me(app, office.cookies.staf)).source).toBe('hit');
    }
  });

  it('the stale window: a read on B before A’s notice arrives may get the answer from before A’s commit, never after', async () => {
    // C sends its notices at least 1.5 s apart, so the window — C's commit until its notice reaches B — is wide
    // enough to be seen; by default the interval is 5 ms and an idle instance sends at once.
    const c = await createSeparateInstance(t, { minIntervalMs: 1500 });
    const members = (d: { body: TeamDashboard }) => d.body.members.map((m) => m.employee.employeeId);
    const moveStaf = (db: SeparateInstance['db'], to: number) =>
      db
        .updateTable('positions')
        .set({ superior_position_id: to })
        .where('id', '=', office.tree.positions.staf)
        .execute();
    try {
      await until(() => c.notices.listening);
      // C's first write is announced at once; the next one within 1.5 s waits for the interval.
      let before = writeGenerationOf(b.db)!.value;
      await moveStaf(c.db, office.tree.positions.kasi); // unchanged data, still a write
      await noticeReached(b.db, before);
      expect((await team(b.app, office.cookies.kasi)).source).toBe('miss');
      expect((await team(b.app, office.cookies.kasi)).source).toBe('hit');
      before = writeGenerationOf(b.db)!.value;
      const committedAt = Date.now();
      await moveStaf(c.db, office.tree.positions.camat);
      // Inside the window B still serves what it computed before C's commit: the documented stale window.
      const inside = await team(b.app, office.cookies.kasi);
      expect(inside.source).toBe('hit');
      expect(members(inside)).toContain(office.ids.staf);
      await noticeReached(b.db, before);
      // Bounded by C's interval plus the delivery.
      expect(Date.now() - committedAt).toBeLessThan(1500 + 1000);
      const after = await team(b.app, office.cookies.kasi);
      expect(after.source).toBe('miss');
      expect(members(after)).not.toContain(office.ids.staf);
    } finally {
      await moveStaf(c.db, office.tree.positions.kasi);
      await c.close();
    }
  });

  it('a write that bypasses the app (no notice) is seen after the TTL at most', async () => {
    const ids = async () =>
      (await team(b.app, office.cookies.kasi)).body.members.map((m) => m.employee.employeeId);
    await until(() => b.notices.listening);
    await new Promise((r) => setTimeout(r, 100)); // the restore above has reached B
    expect(await ids()).toContain(office.ids.staf);
    expect((await team(b.app, office.cookies.kasi)).source).toBe('hit');
    const raw = new pg.Client({ connectionString: t.databaseUrl });
    await raw.connect();
    try {
      await raw.query('update positions set superior_position_id = $1 where id = $2', [
        office.tree.positions.camat,
        office.tree.positions.staf,
      ]);
      expect((await team(b.app, office.cookies.kasi)).source).toBe('hit'); // nobody told B
      // Entries live at most DASHBOARD_CACHE_TTL_MS (by the app's clock, here real time).
      await new Promise((r) => setTimeout(r, TTL));
      expect(await ids()).not.toContain(office.ids.staf);
    } finally {
      await raw.query('update positions set superior_position_id = $1 where id = $2', [
        office.tree.positions.kasi,
        office.tree.positions.staf,
      ]);
      await raw.end();
    }
  });
});

describe('listener down: the caches do not serve until it is back (ADR 0018)', () => {
  it('ending B’s listener connection (pg_terminate_backend) turns B’s caches off until it reconnects', async () => {
    await team(b.app, office.cookies.kasi);
    expect((await team(b.app, office.cookies.kasi)).source).toBe('hit');
    const admin = new pg.Client({ connectionString: t.databaseUrl });
    await admin.connect();
    try {
      const ended = await admin.query(
        'select pg_terminate_backend(pid) as ok from pg_stat_activity where application_name = $1',
        [`${WRITE_NOTICE_APPLICATION} ${b.notices.instanceId}`],
      );
      expect(ended.rows).toEqual([{ ok: true }]);
    } finally {
      await admin.end();
    }
    await until(() => !writeGenerationOf(b.db)!.seesEveryWrite);
    expect((await team(b.app, office.cookies.kasi)).source).toBe('off');
    // It reconnects by itself (first retry after 100 ms) and the cache serves again, from a fresh computation.
    await until(() => b.notices.listening);
    expect((await team(b.app, office.cookies.kasi)).source).toBe('miss');
    expect((await team(b.app, office.cookies.kasi)).source).toBe('hit');
  });
});

describe('intake reference across instances (ADR 0014, 0018)', () => {
  const fileOn = (app: AppInstance, code = 'LAMPU') =>
    app.inject({ method: 'POST', url: '/api/v1/public/complaints', payload: makePublicComplaint(code) });
  const windowDaysOf = async (ticket: string) =>
    (
      await t.db
        .selectFrom('complaints')
        .select('window_days')
        .where('ticket', '=', ticket)
        .executeTakeFirstOrThrow()
    ).window_days;
  let admin: string;
  beforeAll(async () => {
    await seedUser(t.db, { username: 'admin-lintas', roles: ['ADMIN_KEPEGAWAIAN'] });
    admin = await t.login('admin-lintas');
  });

  it('a deadline policy changed on instance A applies to the next filing on instance B', async () => {
    const first = await fileOn(b.app);
    expect(first.statusCode).toBe(201);
    expect(await windowDaysOf(first.json().ticket)).toBe(3);
    const policy = (
      await t.app.inject({ url: '/api/v1/complaint-settings/sla-policy', headers: { cookie: admin } })
    ).json();
    const before = writeGenerationOf(b.db)!.value;
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/complaint-settings/sla-policy',
      headers: { cookie: admin },
      payload: { ...policy, verificationDays: 5 },
    });
    expect(saved.statusCode).toBe(200);
    await noticeReached(b.db, before);
    const next = await fileOn(b.app);
    expect(next.statusCode).toBe(201);
    expect(await windowDaysOf(next.json().ticket)).toBe(5);
  });

  it('a category deactivated on instance A is refused by the next filing on instance B', async () => {
    expect((await fileOn(b.app)).statusCode).toBe(201);
    const category = await t.db
      .selectFrom('complaint_categories')
      .select('id')
      .where('code', '=', 'LAMPU')
      .executeTakeFirstOrThrow();
    const before = writeGenerationOf(b.db)!.value;
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/complaint-categories/${category.id}`,
      headers: { cookie: admin },
      payload: { isActive: false },
    });
    expect(res.statusCode).toBe(200);
    await noticeReached(b.db, before);
    const refused = await fileOn(b.app);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('categoryCode');
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/complaint-categories/${category.id}`,
      headers: { cookie: admin },
      payload: { isActive: true },
    });
  });

  it('filings on instance A do not drop the intake reference kept by instance B (only its tables do), and its time bounds an unannounced change', async () => {
    await until(() => b.notices.listening);
    await new Promise((r) => setTimeout(r, 100));
    expect((await fileOn(b.app)).statusCode).toBe(201); // B reads and keeps the reference
    const before = writeGenerationOf(b.db)!.value;
    expect((await fileOn(t.app)).statusCode).toBe(201);
    await noticeReached(b.db, before);
    // A filing's commit writes complaints, events, audit… — none of the reference's tables: B files from its copy.
    // The catalogue read of B's copy would name the category; deactivate it behind B's back (no notice) to see.
    const raw = new pg.Client({ connectionString: t.databaseUrl });
    await raw.connect();
    try {
      await raw.query("update complaint_categories set is_active = false where code = 'LAMPU'");
      expect((await fileOn(b.app)).statusCode).toBe(201); // from the kept copy
      // A change nobody announced (an operator's psql) is seen after COMPLAINT_INTAKE_CACHE_SECONDS at most.
      await new Promise((r) => setTimeout(r, INTAKE_TTL));
      expect((await fileOn(b.app)).statusCode).toBe(400);
    } finally {
      await raw.query("update complaint_categories set is_active = true where code = 'LAMPU'");
      await raw.end();
    }
  });
});
