import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import {
  api,
  indicatorBody,
  openYear,
  seedPerfOffice,
  seedSkp,
  type PerfOffice,
} from './performance.test-builders';

let t: TestApp;
let office: PerfOffice;
let yearId: number;
let q1: number;
let annual: number;
let camatSkp: Awaited<ReturnType<typeof seedSkp>>;
let kasiSkp: Awaited<ReturnType<typeof seedSkp>>;
let stafSkp: Awaited<ReturnType<typeof seedSkp>>;
let fungsionalSkpId: number;

const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-04-05T03:00:00Z') });
  office = await seedPerfOffice(t);
  const year = await openYear(t, office);
  yearId = year.id;
  q1 = year.periods[0]!.id;
  annual = year.periods[4]!.id;
  camatSkp = await seedSkp(t, office.cookies.camat, yearId, { approverCookie: office.cookies.admin });
  kasiSkp = await seedSkp(t, office.cookies.kasi, yearId, {
    parentRhkId: camatSkp.rhk[0]!.id,
    approverCookie: office.cookies.camat,
  });
  stafSkp = await seedSkp(t, office.cookies.staf, yearId, {
    parentRhkId: kasiSkp.rhk[0]!.id,
    approverCookie: office.cookies.kasi,
  });
  // The functional employee records a koefisien for angka kredit (Ahli Pertama 12,5).
  const { send } = api(t);
  const created = await send('POST', '/api/v1/performance/skps', office.cookies.staf2, { yearId });
  fungsionalSkpId = created.json().id;
  await send('PUT', `/api/v1/performance/skps/${fungsionalSkpId}/content`, office.cookies.staf2, {
    angkaKreditKoefisien: 12.5,
    rhk: [
      {
        section: 'UTAMA',
        text: 'Terkelolanya jaringan',
        parentRhkId: kasiSkp.rhk[0]!.id,
        indicators: [indicatorBody()],
      },
    ],
  });
  await send('POST', `/api/v1/performance/skps/${fungsionalSkpId}/submit`, office.cookies.staf2, {});
  await send('POST', `/api/v1/performance/skps/${fungsionalSkpId}/approve`, office.cookies.kasi, {});
});
afterAll(() => t.close());

const rate = (skpId: number, cookie: string, body: Record<string, unknown> = {}) =>
  api(t).send('POST', `/api/v1/performance/skps/${skpId}/evaluations`, cookie, {
    periodId: q1,
    ratingHasilKerja: 'DIATAS_EKSPEKTASI',
    ratingPerilaku: 'DIATAS_EKSPEKTASI',
    reason: 'Target triwulan I terlampaui dengan bukti lengkap',
    ...body,
  });

describe('POST /api/v1/performance/skps/:id/evaluations', () => {
  it('shows the rater the evaluation screen with targets, realisations, feedback and other data', async () => {
    const res = await api(t).get(
      `/api/v1/performance/skps/${stafSkp.id}/evaluation-context/${q1}`,
      office.cookies.kasi,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      canRate: true,
      rater: { employeeId: office.ids.kasi },
      evaluation: null,
    });
    const labels = res
      .json()
      .otherData.map((d: { label: string }) => d.label)
      .join(' | ');
    expect(labels).toContain('Pengaduan ditangani');
    expect(labels).toContain('SKM atas pelayanan pegawai');
    const own = await api(t).get(
      `/api/v1/performance/skps/${stafSkp.id}/evaluation-context/${q1}`,
      office.cookies.staf,
    );
    expect(own.json().canRate).toBe(false);
  });

  it('lets the rater rate with a reason; the predikat follows the matrix and the history records it', async () => {
    const res = await rate(stafSkp.id, office.cookies.kasi);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      predikat: 'SANGAT_BAIK',
      periodLabel: 'Triwulan I',
      angkaKredit: null,
    });
    const changed = await rate(stafSkp.id, office.cookies.kasi, {
      ratingPerilaku: 'DIBAWAH_EKSPEKTASI',
      reason: 'Koreksi: terlambat hadir berulang',
    });
    expect(changed.json().predikat).toBe('KURANG');
    expect(changed.json().history.map((h: { predikat: string; actorName: string }) => h.predikat)).toEqual([
      'SANGAT_BAIK',
      'KURANG',
    ]);
    expect(changed.json().history[1]).toMatchObject({
      reason: 'Koreksi: terlambat hadir berulang',
      source: 'RATER',
    });
  });

  it('keeps the rating history append-only even against direct SQL', async () => {
    await expect(t.db.deleteFrom('perf_rating_history').execute()).rejects.toThrow();
  });

  it('returns 403 when the employee rates themselves', async () => {
    expect((await rate(stafSkp.id, office.cookies.staf)).statusCode).toBe(403);
  });

  it('returns 403 when Admin Kepegawaian rates', async () => {
    expect((await rate(stafSkp.id, office.cookies.admin)).statusCode).toBe(403);
  });

  it('returns 403 when a superior further up (not the rater) rates', async () => {
    expect((await rate(stafSkp.id, office.cookies.camat)).statusCode).toBe(403);
  });

  it('returns 401 to anonymous callers', async () => {
    expect(
      (await api(t).send('POST', `/api/v1/performance/skps/${stafSkp.id}/evaluations`, undefined, {}))
        .statusCode,
    ).toBe(401);
  });

  it('returns 400 naming the field for a missing reason or an unknown rating', async () => {
    const noReason = await rate(stafSkp.id, office.cookies.kasi, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(JSON.stringify(noReason.json().error.details)).toContain('reason');
    const badRating = await rate(stafSkp.id, office.cookies.kasi, { ratingHasilKerja: 'LUAR_BIASA' });
    expect(badRating.statusCode).toBe(400);
    expect(JSON.stringify(badRating.json().error.details)).toContain('ratingHasilKerja');
  });

  it('has no default rating: returns 400 naming each rating the rater did not choose', async () => {
    const res = await rate(stafSkp.id, office.cookies.kasi, {
      ratingHasilKerja: undefined,
      ratingPerilaku: undefined,
    });
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details as { path: string; message: string }[];
    expect(details).toEqual(
      expect.arrayContaining([
        { path: 'body.ratingHasilKerja', message: 'Rating hasil kerja wajib dipilih' },
        { path: 'body.ratingPerilaku', message: 'Rating perilaku kerja wajib dipilih' },
      ]),
    );
  });

  it('computes angka kredit for a functional position from the predikat', async () => {
    const res = await rate(fungsionalSkpId, office.cookies.kasi, {
      ratingHasilKerja: 'SESUAI_EKSPEKTASI',
      ratingPerilaku: 'SESUAI_EKSPEKTASI',
    });
    expect(res.json()).toMatchObject({ predikat: 'BAIK', angkaKredit: 3.13 });
  });
});

describe('keberatan', () => {
  let evaluationId: number;

  it('lets the employee object within the window; the rater’s superior decides with reasons', async () => {
    const list = (
      await api(t).get(`/api/v1/performance/skps/${stafSkp.id}/evaluations`, office.cookies.staf)
    ).json();
    evaluationId = list.items[0].id;
    const filed = await api(t).send(
      'POST',
      `/api/v1/performance/evaluations/${evaluationId}/objections`,
      office.cookies.staf,
      {
        reason: 'Keterlambatan karena tugas luar yang diperintahkan',
      },
    );
    expect(filed.statusCode).toBe(201);
    const twice = await api(t).send(
      'POST',
      `/api/v1/performance/evaluations/${evaluationId}/objections`,
      office.cookies.staf,
      {
        reason: 'Lagi',
      },
    );
    expect(twice.statusCode).toBe(409);

    const pendingForKasi = (
      await api(t).get('/api/v1/performance/objections/pending', office.cookies.kasi)
    ).json();
    expect(pendingForKasi.items).toHaveLength(0);
    const pending = (await api(t).get('/api/v1/performance/objections/pending', office.cookies.camat)).json();
    expect(pending.items).toHaveLength(1);
    const objectionId = pending.items[0].id;

    expect(
      (
        await api(t).send(
          'POST',
          `/api/v1/performance/objections/${objectionId}/decision`,
          office.cookies.kasi,
          {
            accept: false,
            reason: 'x',
          },
        )
      ).statusCode,
    ).toBe(403);
    const missing = await api(t).send(
      'POST',
      `/api/v1/performance/objections/${objectionId}/decision`,
      office.cookies.camat,
      {
        accept: true,
        reason: 'Surat tugas terlampir',
      },
    );
    expect(missing.statusCode).toBe(400);
    expect(JSON.stringify(missing.json().error.details)).toContain('ratingHasilKerja');

    const decided = await api(t).send(
      'POST',
      `/api/v1/performance/objections/${objectionId}/decision`,
      office.cookies.camat,
      {
        accept: true,
        reason: 'Surat tugas terlampir; perilaku sesuai ekspektasi',
        ratingHasilKerja: 'DIATAS_EKSPEKTASI',
        ratingPerilaku: 'SESUAI_EKSPEKTASI',
      },
    );
    expect(decided.statusCode).toBe(200);
    expect(decided.json().predikat).toBe('BAIK');
    expect(decided.json().objections[0]).toMatchObject({ status: 'ACCEPTED' });
    expect(decided.json().history.at(-1)).toMatchObject({ source: 'OBJECTION', predikat: 'BAIK' });
  });

  it('returns 403 when somebody else objects, and 409 after the window', async () => {
    expect(
      (
        await api(t).send(
          'POST',
          `/api/v1/performance/evaluations/${evaluationId}/objections`,
          office.cookies.kasi,
          {
            reason: 'x',
          },
        )
      ).statusCode,
    ).toBe(403);
    t.clock.advance(30 * DAY);
    // Sessions idle out over a month: log in again at the later time.
    const username = (
      await t.db
        .selectFrom('users')
        .select('username')
        .where('employee_id', '=', office.ids.staf)
        .executeTakeFirstOrThrow()
    ).username;
    const later = await t.login(username);
    const late = await api(t).send(
      'POST',
      `/api/v1/performance/evaluations/${evaluationId}/objections`,
      later,
      {
        reason: 'Terlambat',
      },
    );
    expect(late.statusCode).toBe(409);
    t.clock.advance(-30 * DAY);
  });
});

describe('kalibrasi', () => {
  it('shows the distribution and refuses to finalise outside the pattern without a justification', async () => {
    const { get, send } = api(t);
    expect(
      (await get(`/api/v1/performance/years/${yearId}/calibration`, office.cookies.staf)).statusCode,
    ).toBe(403);
    expect(
      (
        await send('PUT', `/api/v1/performance/years/${yearId}/org-predikat`, office.cookies.admin, {
          orgPredikat: 'BAIK',
        })
      ).statusCode,
    ).toBe(403);
    const noOrg = await send(
      'POST',
      `/api/v1/performance/years/${yearId}/calibration/finalize`,
      office.cookies.camat,
      {},
    );
    expect(noOrg.statusCode).toBe(400);
    expect(noOrg.json().error.details[0].path).toBe('orgPredikat');

    const set = await send('PUT', `/api/v1/performance/years/${yearId}/org-predikat`, office.cookies.camat, {
      orgPredikat: 'BAIK',
    });
    expect(set.statusCode).toBe(200);
    const q = await get(
      `/api/v1/performance/years/${yearId}/calibration?periodId=${q1}`,
      office.cookies.camat,
    );
    expect(q.json()).toMatchObject({ orgPredikat: 'BAIK', total: 2, ok: false });
    expect(q.json().counts).toEqual({ BAIK: 2 });

    // The annual period has no ratings yet: nothing to check against.
    const refused = await send(
      'PUT',
      `/api/v1/performance/years/${yearId}/distribution-rules`,
      office.cookies.camat,
      {
        rules: {
          ISTIMEWA: [],
          BAIK: [{ predikat: ['BAIK'], maxPercent: 70 }],
          BUTUH_PERBAIKAN: [],
          KURANG: [],
          SANGAT_KURANG: [],
        },
      },
    );
    expect(refused.statusCode).toBe(200);
    const rateAnnual = await rate(stafSkp.id, office.cookies.kasi, {
      periodId: annual,
      ratingPerilaku: 'SESUAI_EKSPEKTASI',
    });
    expect(rateAnnual.statusCode).toBe(200);
    const needs = await send(
      'POST',
      `/api/v1/performance/years/${yearId}/calibration/finalize`,
      office.cookies.camat,
      {},
    );
    expect(needs.statusCode).toBe(400);
    expect(needs.json().error.details[0].path).toBe('justification');
    const done = await send(
      'POST',
      `/api/v1/performance/years/${yearId}/calibration/finalize`,
      office.cookies.camat,
      {
        justification: 'Hanya satu pegawai yang sudah dinilai tahunan',
      },
    );
    expect(done.statusCode).toBe(200);
    expect(done.json().finalizedAt).not.toBeNull();
  });
});

describe('GET /api/v1/performance/cascade', () => {
  it('shows the tree from the Camat down with gaps highlighted', async () => {
    const res = await api(t).get(`/api/v1/performance/cascade?yearId=${yearId}`, office.cookies.camat);
    expect(res.statusCode).toBe(200);
    const nodes = res.json().items as {
      employee: { employeeId: number };
      parentEmployeeId: number | null;
      rhk: { isUnsupported: boolean; isOrphan: boolean }[];
      skpId: number | null;
    }[];
    const byId = new Map(nodes.map((n) => [n.employee.employeeId, n]));
    expect(byId.get(office.ids.camat)!.parentEmployeeId).toBeNull();
    expect(byId.get(office.ids.staf)!.parentEmployeeId).toBe(office.ids.kasi);
    expect(byId.get(office.ids.camat)!.rhk[0]).toMatchObject({ isUnsupported: false, isOrphan: false });
    expect(byId.get(office.ids.kasi)!.rhk[0]).toMatchObject({ isUnsupported: false, isOrphan: false });
    expect(byId.get(office.ids.lurah)!.skpId).toBeNull();
  });

  it('returns 403 when a staff member views the Camat’s cascade', async () => {
    const res = await api(t).get(
      `/api/v1/performance/cascade?yearId=${yearId}&employeeId=${office.ids.camat}`,
      office.cookies.staf,
    );
    expect(res.statusCode).toBe(403);
  });
});

describe('PUT /api/v1/performance/years/:id/delegations', () => {
  it('returns 403 when anybody but Admin Kepegawaian records a delegation', async () => {
    const res = await api(t).send(
      'PUT',
      `/api/v1/performance/years/${yearId}/delegations`,
      office.cookies.kasi,
      {
        fromEmployeeId: office.ids.kasi,
        toEmployeeId: office.ids.lurah,
        reason: 'Cuti',
      },
    );
    expect(res.statusCode).toBe(403);
  });

  it('returns 400 naming the field for an unknown official', async () => {
    const res = await api(t).send(
      'PUT',
      `/api/v1/performance/years/${yearId}/delegations`,
      office.cookies.admin,
      {
        fromEmployeeId: 999_999,
        toEmployeeId: office.ids.lurah,
        reason: 'Cuti',
      },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('fromEmployeeId');
  });

  it('hands the rating to the delegate and takes it from the superior', async () => {
    const res = await api(t).send(
      'PUT',
      `/api/v1/performance/years/${yearId}/delegations`,
      office.cookies.admin,
      {
        fromEmployeeId: office.ids.kasi,
        toEmployeeId: office.ids.lurah,
        reason: 'Kasi cuti besar; SK delegasi Camat',
      },
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ to: { employeeId: office.ids.lurah } });
    expect((await rate(stafSkp.id, office.cookies.kasi)).statusCode).toBe(403);
    // The staff member's Q1 rating is decided by the objection above (issue 8 §2.2): the delegate re-rates the
    // functional employee, whom the Kasi rated too.
    expect((await rate(fungsionalSkpId, office.cookies.kasi)).statusCode).toBe(403);
    const byDelegate = await rate(fungsionalSkpId, office.cookies.lurah, {
      reason: 'Dinilai oleh pejabat delegasi',
    });
    expect(byDelegate.statusCode).toBe(200);
    expect(byDelegate.json().rater.employeeId).toBe(office.ids.lurah);
  });
});

describe('GET /api/v1/performance/cascade for the administrator', () => {
  it('starts at the head of the office when the account has no employee record', async () => {
    const res = await api(t).get(`/api/v1/performance/cascade?yearId=${yearId}`, office.cookies.admin);
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0].employee.employeeId).toBe(office.ids.camat);
  });
});
