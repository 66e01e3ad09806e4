import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { DEMO_LOGINS, seedDemoIfEmpty } from './demo-seed';

// The competency demo runs with the rest of the demo and shows gaps: the complaint officer is below the standard on
// Pengelolaan Pengaduan, which the training needs list as a need for the complaint officer's superior.
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-15T03:00:00Z') });
  await seedDemoIfEmpty(t.db, t.config);
});
afterAll(() => t.close());

const cookieOf = async (labelStart: string) =>
  t.login(DEMO_LOGINS.find((l) => l.label.startsWith(labelStart))!.username, t.config.demoPassword);

describe('competency demo seed', () => {
  it('seeds position standards and assessments that show gaps per competency', async () => {
    const res = await t.app.inject({
      url: '/api/v1/competency-gaps?scope=all',
      headers: { cookie: await cookieOf('Admin Kepegawaian') },
    });
    expect(res.statusCode).toBe(200);
    const byCompetency = res.json().byCompetency as { code: string; below: number }[];
    expect(byCompetency.find((c) => c.code === 'PENGELOLAAN_PENGADUAN')!.below).toBeGreaterThanOrEqual(1);
  });

  it('gives the complaint officer’s superior a Pengelolaan Pengaduan need to decide', async () => {
    const res = await t.app.inject({
      url: '/api/v1/training-needs?scope=team',
      headers: { cookie: await cookieOf('Kepala Seksi Pelayanan Umum') },
    });
    const needs = res.json().items as { key: string; canDecide: boolean; competencies: { code: string }[] }[];
    const gap = needs.find((n) => n.key === 'COMPETENCY_GAP:PENGELOLAAN_PENGADUAN');
    expect(gap).toMatchObject({ canDecide: true });
  });
});
