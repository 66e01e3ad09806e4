import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import {
  api,
  openYear,
  seedApprovedSkpChain,
  seedPerfOffice,
  type PerfOffice,
} from './performance.test-builders';

// The calibration guard (issue 10 §3): with 0 or 1 rated employee every distribution "fits the pattern", so the
// screen says how many are rated of how many must be, and finalising an incomplete calibration needs a justification.

let t: TestApp;
let office: PerfOffice;
let yearId: number;
let annual: number;
let stafSkpId: number;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-04-05T03:00:00Z') });
  office = await seedPerfOffice(t);
  const year = await openYear(t, office);
  yearId = year.id;
  annual = year.periods.find((p) => p.kind === 'TAHUNAN')!.id;
  const { staf } = await seedApprovedSkpChain(t, office, yearId);
  stafSkpId = staf.id;
});
afterAll(() => t.close());

const calibration = (query = '') =>
  api(t).get(`/api/v1/performance/years/${yearId}/calibration${query}`, office.cookies.camat);
const finalize = (body: Record<string, unknown>) =>
  api(t).send('POST', `/api/v1/performance/years/${yearId}/calibration/finalize`, office.cookies.camat, body);

describe('GET /api/v1/performance/years/:id/calibration', () => {
  it('opens on the period that contains today (WIB)', async () => {
    const res = await calibration();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ periodLabel: 'Triwulan II', isAnnual: false });
  });

  it('says how many are rated of how many must be (approved SKP with a rater in the system)', async () => {
    const rated = await api(t).send(
      'POST',
      `/api/v1/performance/skps/${stafSkpId}/evaluations`,
      office.cookies.kasi,
      {
        periodId: annual,
        ratingHasilKerja: 'SESUAI_EKSPEKTASI',
        ratingPerilaku: 'SESUAI_EKSPEKTASI',
        reason: 'Evaluasi tahunan sesuai target',
      },
    );
    expect(rated.statusCode, rated.body).toBe(200);
    // The Camat has no superior in the tree (rated outside the system): the Kasi and the staf must be rated.
    expect((await calibration(`?periodId=${annual}`)).json()).toMatchObject({
      total: 1,
      rated: 1,
      expected: 2,
      isComplete: false,
    });
  });
});

describe('POST /api/v1/performance/years/:id/calibration/finalize', () => {
  it('refuses an incomplete calibration without a justification, naming the field, even inside the pattern', async () => {
    const org = await api(t).send(
      'PUT',
      `/api/v1/performance/years/${yearId}/org-predikat`,
      office.cookies.camat,
      { orgPredikat: 'ISTIMEWA' },
    );
    expect(org.statusCode).toBe(200);
    // One Baik under an Istimewa organisation meets the pattern (Sangat Baik at most 70 %): it is the count that fails.
    expect((await calibration(`?periodId=${annual}`)).json()).toMatchObject({ ok: true, isComplete: false });
    const res = await finalize({});
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toEqual({
      path: 'justification',
      message:
        'Baru 1 dari 2 pegawai dinilai pada evaluasi tahunan; lengkapi penilaiannya atau tuliskan justifikasinya',
    });
    expect((await calibration(`?periodId=${annual}`)).json().finalizedAt).toBeNull();
  });

  it('finalises an incomplete calibration with a written justification, stored and audited', async () => {
    const res = await finalize({ justification: 'Kasi cuti panjang; dinilai setelah kembali' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      justification: 'Kasi cuti panjang; dinilai setelah kembali',
      rated: 1,
      expected: 2,
    });
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['after'])
      .where('action', '=', 'perf_year.calibration_finalized')
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({
      rated: 1,
      expected: 2,
      justification: 'Kasi cuti panjang; dinilai setelah kembali',
    });
  });
});
