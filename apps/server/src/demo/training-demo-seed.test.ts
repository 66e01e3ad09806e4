import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { seedComplaintsDemo } from './complaints-demo-seed';
import { seedOrganisationDemo } from './demo-seed';
import { seedPerformanceDemo } from './performance-demo-seed';
import { DEMO_COMPLAINT_PROGRAMME, seedTrainingDemo } from './training-demo-seed';

// The training demo (issue 11 "Done when"): a year of sessions, several taught by internal trainers, employees spread
// below and above 20 JP, and the complaint-handling staff without the complaint-management programme yet.

const NOW = new Date('2026-11-28T03:00:00Z');
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  await seedOrganisationDemo(t.db, t.config);
  await seedComplaintsDemo(t.db, t.config, NOW);
  await seedPerformanceDemo(t.db, t.config, NOW);
  await seedTrainingDemo(t.db, t.config, NOW);
}, 180_000);
afterAll(() => t.close());

const login = async (username: string) => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password: t.config.demoPassword },
  });
  return `sid=${res.cookies.find((c) => c.name === 'sid')!.value}`;
};
const get = async (url: string, cookie: string) => {
  const res = await t.app.inject({ url, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('seedTrainingDemo', () => {
  it('puts the PELATIH demo employees in the registry and has them deliver several sessions of the year', async () => {
    const stats = await get('/api/v1/training/trainer-stats?year=2026', await login('admin'));
    expect(stats.items).toHaveLength(2);
    for (const trainer of stats.items) {
      expect(trainer.sessions).toBeGreaterThanOrEqual(2);
      expect(trainer.jpDelivered).toBeGreaterThan(0);
      expect(trainer.participants).toBeGreaterThan(5);
      expect(trainer.averageRating).toBeGreaterThanOrEqual(3);
      expect(trainer.competencies.length).toBeGreaterThan(0);
    }
    const sessions = await t.db.selectFrom('training_sessions').select(['starts_at', 'status']).execute();
    expect(new Set(sessions.map((s) => s.starts_at.getUTCMonth())).size).toBeGreaterThanOrEqual(8);
    // Seeding again adds nothing.
    await seedTrainingDemo(t.db, t.config, NOW);
    expect(await t.db.selectFrom('training_sessions').select('id').execute()).toHaveLength(sessions.length);
  });

  it('spreads the employees below and above the 20 JP target', async () => {
    const coverage = await get('/api/v1/training/jp/coverage?year=2026', await login('camat'));
    expect(coverage.total.employees).toBeGreaterThan(50);
    expect(coverage.total.reached).toBeGreaterThanOrEqual(5);
    expect(coverage.total.below).toBeGreaterThanOrEqual(10);
  });

  it('links the complaint-management programme to the late-complaint competencies and keeps a session open', async () => {
    const programme = await t.db
      .selectFrom('training_programmes as p')
      .innerJoin('training_programme_competencies as pc', 'pc.programme_id', 'p.id')
      .innerJoin('competencies as c', 'c.id', 'pc.competency_id')
      .select(['p.id', 'c.code'])
      .where('p.title', '=', DEMO_COMPLAINT_PROGRAMME)
      .execute();
    expect(programme.map((r) => r.code).sort()).toEqual(['PELAYANAN_PUBLIK', 'PENGELOLAAN_PENGADUAN']);
    const open = await t.db
      .selectFrom('training_sessions')
      .select('id')
      .where('programme_id', '=', programme[0]!.id)
      .where('status', '=', 'OPEN')
      .execute();
    expect(open).toHaveLength(1);
    // The staff handling complaints have not taken it: their late complaints still call for it.
    const handlersWhoTookIt = await t.db
      .selectFrom('training_enrolments as en')
      .innerJoin('training_sessions as s', 's.id', 'en.session_id')
      .select('en.employee_id')
      .where('s.programme_id', '=', programme[0]!.id)
      .where('en.employee_id', 'in', (eb) =>
        eb
          .selectFrom('complaints')
          .select('assignee_employee_id')
          .where('assignee_employee_id', 'is not', null),
      )
      .execute();
    expect(handlersWhoTookIt).toEqual([]);
  });

  it('shows the delivered sessions as bukti sistem on the trainers’ SKP', async () => {
    const trainer = await t.db
      .selectFrom('training_trainers as tr')
      .innerJoin('users as u', 'u.employee_id', 'tr.employee_id')
      .select(['u.username', 'tr.employee_id'])
      .orderBy('tr.id')
      .executeTakeFirstOrThrow();
    const cookie = await login(trainer.username);
    const skps = await get('/api/v1/performance/skps?scope=mine', cookie);
    const skp = skps.items.at(-1);
    const matrix = await get(`/api/v1/performance/skps/${skp.id}/realisations`, cookie);
    const evidence = matrix.items
      .map((r: { systemEvidence: { source: string; value: number | null } | null }) => r.systemEvidence)
      .filter((e: { source: string } | null) => e?.source === 'TRAINING_JP_DELIVERED');
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.some((e: { value: number }) => e.value > 0)).toBe(true);
  });
});
