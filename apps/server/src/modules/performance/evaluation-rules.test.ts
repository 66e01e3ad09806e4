import { POSITION_CATEGORIES } from '@sim/contracts';
import { canBeRaterByCategory } from '@sim/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEmployee, seedPosition, seedUnit } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { needsPerspektifFor } from './performance-access';
import { evaluationDocumentData, skpDocumentData } from './performance-documents.service';
import { api, openYear, seedPerfOffice, seedSkp, type PerfOffice } from './performance.test-builders';

// Issue 8 §2: the performance rules that differed from performance-skp.md. Each test is named after its rule and
// failed before the fix. One office for the file; the order matters (the calibration is finalised last).

let t: TestApp;
let office: PerfOffice;
let yearId: number;
let periods: { id: number; kind: string; label: string; endDate: string }[];
let q1: number;
let q2: number;
let annual: number;
let camatSkp: Awaited<ReturnType<typeof seedSkp>>;
let kasiSkp: Awaited<ReturnType<typeof seedSkp>>;
let stafSkp: Awaited<ReturnType<typeof seedSkp>>;

const DAY = 24 * 60 * 60 * 1000;

/** Sessions idle out after two hours: after moving the clock, every account logs in again. */
async function moveClock(ms: number) {
  t.clock.advance(ms);
  const users = await t.db.selectFrom('users').select(['username', 'employee_id']).execute();
  const byEmployee = new Map(users.map((u) => [u.employee_id, u.username]));
  for (const [key, id] of Object.entries(office.ids)) {
    const username = byEmployee.get(id);
    if (username) (office.cookies as Record<string, string>)[key] = await t.login(username);
  }
  office.cookies.admin = await t.login('admin-kinerja');
}

const rate = (skpId: number, cookie: string, body: Record<string, unknown> = {}) =>
  api(t).send('POST', `/api/v1/performance/skps/${skpId}/evaluations`, cookie, {
    periodId: q1,
    ratingHasilKerja: 'SESUAI_EKSPEKTASI',
    ratingPerilaku: 'SESUAI_EKSPEKTASI',
    reason: 'Sesuai target triwulan',
    ...body,
  });

const object = (evaluationId: number, cookie: string, reason = 'Penilaian tidak sesuai bukti dukung') =>
  api(t).send('POST', `/api/v1/performance/evaluations/${evaluationId}/objections`, cookie, { reason });

const decide = (objectionId: number, cookie: string, body: Record<string, unknown>) =>
  api(t).send('POST', `/api/v1/performance/objections/${objectionId}/decision`, cookie, body);

const pending = async (cookie: string) =>
  (await api(t).get('/api/v1/performance/objections/pending', cookie)).json().items as {
    id: number;
    evaluationId: number;
    isExternal: boolean;
  }[];

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-04-05T03:00:00Z') });
  office = await seedPerfOffice(t);
  const year = await openYear(t, office);
  yearId = year.id;
  periods = year.periods;
  q1 = periods[0]!.id;
  q2 = periods[1]!.id;
  annual = periods.find((p) => p.kind === 'TAHUNAN')!.id;
  camatSkp = await seedSkp(t, office.cookies.camat, yearId, { approverCookie: office.cookies.admin });
  kasiSkp = await seedSkp(t, office.cookies.kasi, yearId, {
    parentRhkId: camatSkp.rhk[0]!.id,
    approverCookie: office.cookies.camat,
  });
  stafSkp = await seedSkp(t, office.cookies.staf, yearId, {
    parentRhkId: kasiSkp.rhk[0]!.id,
    approverCookie: office.cookies.kasi,
  });
});
afterAll(() => t.close());

describe('rule 8.2.11: SKM labels on the evaluation screen', () => {
  it('rule 8.2.11: the evaluation screen labels U6 Kompetensi Pelaksana and U7 Perilaku Pelaksana', async () => {
    const res = await api(t).get(
      `/api/v1/performance/skps/${stafSkp.id}/evaluation-context/${q1}`,
      office.cookies.kasi,
    );
    expect(res.statusCode).toBe(200);
    const skm = (res.json().otherData as { label: string }[]).find((d) => d.label.startsWith('SKM'));
    expect(skm?.label).toBe(
      'SKM atas pelayanan pegawai (U6 Kompetensi Pelaksana, U7 Perilaku Pelaksana), tahun 2026',
    );
  });
});

describe('rule 8.2.5: year deadlines and period deadlines', () => {
  it('rule 8.2.5: changing a year’s deadlines moves the stored period evaluation deadlines', async () => {
    const res = await api(t).send(
      'PUT',
      `/api/v1/performance/years/${yearId}/deadlines`,
      office.cookies.admin,
      {
        skpSubmission: null,
        skpApproval: null,
        annualEvaluation: '2027-01-20',
        objectionDays: 14,
        periodicEvaluationDays: 20,
      },
    );
    expect(res.statusCode).toBe(200);
    const deadlines = (res.json().periods as { label: string; evaluationDeadline: string }[]).map((p) => [
      p.label,
      p.evaluationDeadline,
    ]);
    expect(deadlines).toEqual([
      ['Triwulan I', '2026-04-20'],
      ['Triwulan II', '2026-07-20'],
      ['Triwulan III', '2026-10-20'],
      ['Triwulan IV', '2027-01-20'],
      ['Akhir (Tahunan)', '2027-01-20'],
    ]);
    const stored = await t.db
      .selectFrom('perf_periods')
      .select('evaluation_deadline')
      .where('id', '=', q2)
      .executeTakeFirstOrThrow();
    expect(stored.evaluation_deadline).toBe('2026-07-20');
    // Back to the defaults the rest of the file counts with (objection window 14 days).
    const back = await api(t).send(
      'PUT',
      `/api/v1/performance/years/${yearId}/deadlines`,
      office.cookies.admin,
      {
        skpSubmission: null,
        skpApproval: null,
        annualEvaluation: null,
        objectionDays: 14,
        periodicEvaluationDays: 10,
      },
    );
    expect(back.json().periods[0].evaluationDeadline).toBe('2026-04-10');
    expect(back.json().periods[4].evaluationDeadline).toBe('2027-01-10');
  });
});

describe('rule 8.2.2: objection window and locked ratings', () => {
  let evaluationId: number;

  it('rule 8.2.2: a changed rating opens a new objection window', async () => {
    const first = await rate(stafSkp.id, office.cookies.kasi);
    expect(first.statusCode).toBe(200);
    evaluationId = first.json().id;
    expect(first.json().objectionDeadline).toBe('2026-04-19');

    await moveClock(10 * DAY); // 2026-04-15
    const changed = await rate(stafSkp.id, office.cookies.kasi, {
      ratingPerilaku: 'DIBAWAH_EKSPEKTASI',
      reason: 'Koreksi: terlambat hadir berulang',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().objectionDeadline).toBe('2026-04-29');

    await moveClock(10 * DAY); // 2026-04-25: 20 days after the first rating, 10 after the change
    const filed = await object(evaluationId, office.cookies.staf);
    expect(filed.statusCode).toBe(201);
  });

  it('rule 8.2.2: a rating with an objection under way or decided is refused to the rater (409)', async () => {
    const whilePending = await rate(stafSkp.id, office.cookies.kasi, { reason: 'Ubah lagi' });
    expect(whilePending.statusCode).toBe(409);
    expect(whilePending.json().error.message).toMatch(/keberatan/i);

    const [item] = (await pending(office.cookies.camat)).filter((p) => p.evaluationId === evaluationId);
    expect(item).toMatchObject({ isExternal: false });
    const decided = await decide(item!.id, office.cookies.camat, {
      accept: true,
      reason: 'Surat tugas terlampir',
      ratingHasilKerja: 'SESUAI_EKSPEKTASI',
      ratingPerilaku: 'SESUAI_EKSPEKTASI',
    });
    expect(decided.statusCode).toBe(200);

    const afterDecision = await rate(stafSkp.id, office.cookies.kasi, { reason: 'Ubah setelah keputusan' });
    expect(afterDecision.statusCode).toBe(409);
    expect(afterDecision.json().error.message).toMatch(/keberatan/i);
    const history = (
      await api(t).get(`/api/v1/performance/skps/${stafSkp.id}/evaluations`, office.cookies.staf)
    ).json().items[0].history as { source: string }[];
    expect(history.map((h) => h.source)).toEqual(['RATER', 'RATER', 'OBJECTION']);
  });
});

describe('rule 8.2.3: who decides an objection', () => {
  it('rule 8.2.3: the rater never decides an objection to their own rating; outside the tree it is recorded as external', async () => {
    // The Camat heads the office (nobody above in the tree) and rates the Kasi.
    const rated = await rate(kasiSkp.id, office.cookies.camat, { periodId: q1 });
    expect(rated.statusCode).toBe(200);
    expect((await object(rated.json().id, office.cookies.kasi)).statusCode).toBe(201);

    expect((await pending(office.cookies.camat)).some((p) => p.evaluationId === rated.json().id)).toBe(false);
    const forAdmin = (await pending(office.cookies.admin)).find((p) => p.evaluationId === rated.json().id);
    expect(forAdmin).toMatchObject({ isExternal: true });

    const byRater = await decide(forAdmin!.id, office.cookies.camat, {
      accept: false,
      reason: 'Penilaian sudah tepat',
      externalDeciderName: 'Camat Uji',
      externalDeciderPosition: 'Camat',
    });
    expect(byRater.statusCode).toBe(403);

    const unnamed = await decide(forAdmin!.id, office.cookies.admin, { accept: false, reason: 'Ditolak' });
    expect(unnamed.statusCode).toBe(400);
    expect(JSON.stringify(unnamed.json().error.details)).toContain('externalDeciderName');

    const recorded = await decide(forAdmin!.id, office.cookies.admin, {
      accept: false,
      reason: 'Keputusan Sekretaris Daerah No. 800/12/2026: penilaian dipertahankan',
      externalDeciderName: 'Dr. H. Sekda Kota, M.Si.',
      externalDeciderPosition: 'Sekretaris Daerah Kota Palembang',
    });
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json().objections.at(-1)).toMatchObject({
      status: 'REJECTED',
      isExternal: true,
      decidedByName: 'Dr. H. Sekda Kota, M.Si.',
      decidedByPosition: 'Sekretaris Daerah Kota Palembang',
    });
  });

  it('rule 8.2.3: an objection to a rating by a rater with a superior goes to that superior only', async () => {
    // The Kasi rates the staff member in Q2 (not yet rated): the Camat (Kasi's superior) decides, not the Kasi.
    t.clock.now = new Date('2026-07-02T03:00:00Z');
    await moveClock(0);
    const rated = await rate(stafSkp.id, office.cookies.kasi, { periodId: q2 });
    expect(rated.statusCode).toBe(200);
    expect((await object(rated.json().id, office.cookies.staf)).statusCode).toBe(201);
    expect((await pending(office.cookies.kasi)).length).toBe(0);
    const forCamat = (await pending(office.cookies.camat)).find((p) => p.evaluationId === rated.json().id);
    expect(forCamat).toMatchObject({ isExternal: false });
    expect((await pending(office.cookies.admin)).some((p) => p.evaluationId === rated.json().id)).toBe(false);
    const byKasi = await decide(forCamat!.id, office.cookies.kasi, { accept: false, reason: 'Tetap' });
    expect(byKasi.statusCode).toBe(403);
    const byCamat = await decide(forCamat!.id, office.cookies.camat, { accept: false, reason: 'Tetap' });
    expect(byCamat.statusCode).toBe(200);
  });
});

describe('rule 8.2.12: the rater named on the SKP', () => {
  it('rule 8.2.12: the SKP PDF and the evaluation name the same rater when the rating is delegated', async () => {
    const stafKel = await seedEmployee(t.db, {
      name: 'Staf Kelurahan Uji',
      positionId: office.tree.positions.stafKel,
      login: true,
    });
    const stafKelCookie = await t.login(stafKel.username!);
    const lurahSkp = await seedSkp(t, office.cookies.lurah, yearId, {
      parentRhkId: camatSkp.rhk[0]!.id,
      approverCookie: office.cookies.camat,
    });
    const skp = await seedSkp(t, stafKelCookie, yearId, {
      parentRhkId: lurahSkp.rhk[0]!.id,
      approverCookie: office.cookies.lurah,
    });
    const delegated = await api(t).send(
      'PUT',
      `/api/v1/performance/years/${yearId}/delegations`,
      office.cookies.admin,
      { fromEmployeeId: office.ids.lurah, toEmployeeId: office.ids.camat, reason: 'Lurah tugas belajar' },
    );
    expect(delegated.statusCode).toBe(200);
    const context = await api(t).get(
      `/api/v1/performance/skps/${skp.id}/evaluation-context/${q2}`,
      office.cookies.camat,
    );
    expect(context.json().rater.fullName).toBe('Camat Uji');
    const rated = await rate(skp.id, office.cookies.camat, { periodId: q2 });
    expect(rated.statusCode).toBe(200);
    expect(rated.json().rater.fullName).toBe('Camat Uji');

    const skpData = await skpDocumentData(t.db, skp.id);
    expect(skpData.penilai?.nama).toBe('Camat Uji');
    const evaluationData = await evaluationDocumentData(t.db, skp.id, q2);
    expect(evaluationData.penilai?.nama).toBe(skpData.penilai?.nama);
    const pdf = await api(t).get(`/api/v1/performance/skps/${skp.id}/skp.pdf`, stafKelCookie);
    expect(pdf.statusCode).toBe(200);
  });

  it('rule 8.2.12: the SKP names the official the rating passes up to when the direct superior may not rate', async () => {
    const koordinatorPosition = await seedPosition(t.db, {
      unitId: office.tree.units.seksi,
      superiorId: office.tree.positions.kasi,
      name: 'Koordinator Pelaksana Uji',
      category: 'PELAKSANA',
    });
    const anggotaPosition = await seedPosition(t.db, {
      unitId: office.tree.units.seksi,
      superiorId: koordinatorPosition,
      name: 'Anggota Tim Uji',
    });
    const koordinator = await seedEmployee(t.db, {
      name: 'Koordinator Uji',
      positionId: koordinatorPosition,
      login: true,
    });
    const anggota = await seedEmployee(t.db, {
      name: 'Anggota Uji',
      positionId: anggotaPosition,
      login: true,
    });
    const koordinatorCookie = await t.login(koordinator.username!);
    const koordinatorSkp = await seedSkp(t, koordinatorCookie, yearId, {
      parentRhkId: kasiSkp.rhk[0]!.id,
      approverCookie: office.cookies.kasi,
    });
    const skp = await seedSkp(t, await t.login(anggota.username!), yearId, {
      parentRhkId: koordinatorSkp.rhk[0]!.id,
      approverCookie: koordinatorCookie,
    });
    const context = await api(t).get(
      `/api/v1/performance/skps/${skp.id}/evaluation-context/${q2}`,
      office.cookies.kasi,
    );
    expect(context.json().rater.fullName).toBe('Kasi Uji');
    expect((await skpDocumentData(t.db, skp.id)).penilai?.nama).toBe('Kasi Uji');
  });
});

describe('rule 8.2.1: a rater holding a JPT post', () => {
  it('rule 8.2.1: every position category the schema allows is answered by the rater rule', () => {
    for (const category of POSITION_CATEGORIES) {
      expect(() => canBeRaterByCategory(category)).not.toThrow();
    }
    expect(needsPerspektifFor('JPT', true)).toBe(true);
    expect(needsPerspektifFor('JPT_PRATAMA', true)).toBe(true);
    expect(needsPerspektifFor('ADMINISTRATOR', true)).toBe(false);
    expect(needsPerspektifFor('ADMINISTRATOR', false)).toBe(true);
  });

  it('rule 8.2.1: the evaluation of an employee whose rater holds a JPT post answers 2xx, not 500', async () => {
    const setda = await seedUnit(t.db, {
      parentId: office.tree.units.kota,
      name: 'Sekretariat Daerah Uji',
      type: 'KOTA',
    });
    const sekdaPosition = await seedPosition(t.db, {
      unitId: setda,
      name: 'Sekretaris Daerah Uji',
      category: 'JPT',
    });
    await t.db
      .updateTable('positions')
      .set({ superior_position_id: sekdaPosition })
      .where('id', '=', office.tree.positions.camat)
      .execute();
    const sekda = await seedEmployee(t.db, { name: 'Sekda Uji', positionId: sekdaPosition, login: true });
    const sekdaCookie = await t.login(sekda.username!);

    const context = await api(t).get(
      `/api/v1/performance/skps/${camatSkp.id}/evaluation-context/${q2}`,
      sekdaCookie,
    );
    expect(context.statusCode).toBe(200);
    expect(context.json()).toMatchObject({ canRate: true, rater: { fullName: 'Sekda Uji' } });
    const rated = await rate(camatSkp.id, sekdaCookie, { periodId: q2 });
    expect(rated.statusCode).toBe(200);
    expect(rated.json().rater.fullName).toBe('Sekda Uji');

    // Now that the Camat has a superior, an objection to the Camat's own rating goes to the Sekda.
    const camatRates = await rate(kasiSkp.id, office.cookies.camat, { periodId: q2 });
    expect(camatRates.statusCode).toBe(200);
    expect((await object(camatRates.json().id, office.cookies.kasi)).statusCode).toBe(201);
    expect((await pending(sekdaCookie)).some((p) => p.evaluationId === camatRates.json().id)).toBe(true);
    expect((await pending(office.cookies.camat)).some((p) => p.evaluationId === camatRates.json().id)).toBe(
      false,
    );
  });
});

describe('rule 8.2.10: calibration on the annual result', () => {
  it('rule 8.2.10: finalising refuses to fall back on the latest quarter while no annual rating exists', async () => {
    const { send } = api(t);
    expect(
      (
        await send('PUT', `/api/v1/performance/years/${yearId}/org-predikat`, office.cookies.camat, {
          orgPredikat: 'BAIK',
        })
      ).statusCode,
    ).toBe(200);
    const res = await send(
      'POST',
      `/api/v1/performance/years/${yearId}/calibration/finalize`,
      office.cookies.camat,
      {
        justification: 'Uji',
      },
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/tahunan/i);
  });

  it('rule 8.2.10: the Pimpinan adjusts an annual predikat with a reason, recorded in the rating history', async () => {
    const rated = await rate(stafSkp.id, office.cookies.kasi, {
      periodId: annual,
      ratingHasilKerja: 'DIATAS_EKSPEKTASI',
      ratingPerilaku: 'DIATAS_EKSPEKTASI',
    });
    expect(rated.statusCode).toBe(200);
    const url = `/api/v1/performance/evaluations/${rated.json().id}/calibration-adjustment`;
    const body = {
      predikat: 'BAIK',
      reason: 'Kalibrasi: distribusi Sangat Baik melampaui pola organisasi Baik',
    };
    expect((await api(t).send('POST', url, office.cookies.kasi, body)).statusCode).toBe(403);
    expect(
      (await api(t).send('POST', url, office.cookies.camat, { predikat: 'BAIK', reason: '' })).statusCode,
    ).toBe(400);

    const quarterly = (
      await api(t).get(`/api/v1/performance/skps/${stafSkp.id}/evaluations`, office.cookies.staf)
    )
      .json()
      .items.find((e: { periodId: number }) => e.periodId === q1);
    const onQuarter = await api(t).send(
      'POST',
      `/api/v1/performance/evaluations/${quarterly.id}/calibration-adjustment`,
      office.cookies.camat,
      body,
    );
    expect(onQuarter.statusCode).toBe(409);

    const adjusted = await api(t).send('POST', url, office.cookies.camat, body);
    expect(adjusted.statusCode).toBe(200);
    const evaluation = (
      await api(t).get(`/api/v1/performance/skps/${stafSkp.id}/evaluations`, office.cookies.staf)
    )
      .json()
      .items.find((e: { periodId: number }) => e.periodId === annual);
    expect(evaluation.predikat).toBe('BAIK');
    const camatUser = await t.db
      .selectFrom('users')
      .select('display_name')
      .where('employee_id', '=', office.ids.camat)
      .executeTakeFirstOrThrow();
    expect(evaluation.history.at(-1)).toMatchObject({
      source: 'CALIBRATION',
      predikat: 'BAIK',
      reason: body.reason,
      actorName: camatUser.display_name,
      // The rater's own ratings stay as given; only the predikat is calibrated.
      ratingHasilKerja: 'DIATAS_EKSPEKTASI',
      ratingPerilaku: 'DIATAS_EKSPEKTASI',
    });
    const calibration = adjusted.json();
    expect(calibration.periodId).toBe(annual);
    expect(calibration.employees.find((e: { skpId: number }) => e.skpId === stafSkp.id)).toMatchObject({
      predikat: 'BAIK',
      evaluationId: evaluation.id,
    });
  });

  it('rule 8.2.10: finalising uses the annual evaluation, and a finalised rating is refused to the rater (409)', async () => {
    const { send } = api(t);
    // The latest quarter with ratings (Q2) differs from the annual result: finalising must count the annual one.
    const res = await send(
      'POST',
      `/api/v1/performance/years/${yearId}/calibration/finalize`,
      office.cookies.camat,
      {
        justification: 'Hanya satu pegawai yang sudah dinilai tahunan',
      },
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ periodId: annual, total: 1, counts: { BAIK: 1 } });
    expect(res.json().finalizedAt).not.toBeNull();

    const change = await rate(kasiSkp.id, office.cookies.camat, { periodId: annual });
    expect(change.statusCode).toBe(409);
    expect(change.json().error.message).toMatch(/kalibrasi/i);
  });
});
