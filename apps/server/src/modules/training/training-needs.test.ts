import type { TrainingNeed } from '@sim/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { seedComplaintCategory } from '../complaints/complaints.test-builders';
import { openYear, seedSkp } from '../performance/performance.test-builders';
import {
  api,
  competencyIdOf,
  listNeeds,
  seedCompetencyOffice,
  seedLateComplaint,
  seedProgrammeWithSession,
  type CompetencyOffice,
} from './competency.test-builders';

// Issue 11 §5: training needs computed on read from competency gaps, low evaluations and late complaints (the SKM
// and oversight signals have their own files), each naming its signal, the records behind it and the matching programmes and sessions;
// the direct superior accepts (enrolment) or dismisses with a reason, and a decision stands until the signal changes.

let t: TestApp;
let o: CompetencyOffice;
let komunikasiSession: number;
let pengaduanSession: number;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-08-03T03:00:00Z') });
  o = await seedCompetencyOffice(t);
  const { send } = api(t);
  await send('PUT', `/api/v1/competency-standards/${o.positions.staf}`, o.cookies.admin, {
    items: [
      { competencyId: await competencyIdOf(t.db, 'KOMUNIKASI'), requiredLevel: 3 },
      { competencyId: await competencyIdOf(t.db, 'INTEGRITAS'), requiredLevel: 2 },
    ],
  });
  await send('POST', '/api/v1/competency-assessments', o.cookies.kasi, {
    employeeId: o.ids.staf,
    competencyId: await competencyIdOf(t.db, 'KOMUNIKASI'),
    score: 1,
    reason: 'Belum menjelaskan persyaratan layanan dengan lengkap',
    assessedOn: '2026-08-01',
  });
  komunikasiSession = (
    await seedProgrammeWithSession(t.db, {
      title: 'Komunikasi Pelayanan Prima',
      codes: ['KOMUNIKASI'],
      startsAt: '2026-09-10T01:00:00Z',
    })
  ).sessionId;
  pengaduanSession = (
    await seedProgrammeWithSession(t.db, {
      title: 'Pengelolaan Pengaduan Masyarakat',
      codes: ['PENGELOLAAN_PENGADUAN'],
      startsAt: '2026-09-15T01:00:00Z',
    })
  ).sessionId;
  const category = await seedComplaintCategory(t.db, { unitId: o.tree.units.seksi });
  await seedLateComplaint(t.db, {
    categoryId: category.id,
    unitId: o.tree.units.seksi,
    assigneeId: o.ids.staf2,
    receivedAt: '2026-06-01T02:00:00Z',
  });
  // A year with an approved SKP chain; the kasi rates the fungsional's first quarter below expectations.
  const year = await openYear(t, o);
  const camat = await seedSkp(t, o.cookies.camat, year.id, { approverCookie: o.cookies.admin });
  const kasi = await seedSkp(t, o.cookies.kasi, year.id, {
    parentRhkId: camat.rhk[0]!.id,
    approverCookie: o.cookies.camat,
  });
  const staf2 = await seedSkp(t, o.cookies.staf2, year.id, {
    parentRhkId: kasi.rhk[0]!.id,
    approverCookie: o.cookies.kasi,
  });
  const rated = await send('POST', `/api/v1/performance/skps/${staf2.id}/evaluations`, o.cookies.kasi, {
    periodId: year.periods[0]!.id,
    ratingHasilKerja: 'DIBAWAH_EKSPEKTASI',
    ratingPerilaku: 'SESUAI_EKSPEKTASI',
    reason: 'Target dokumen triwulan tidak tercapai',
  });
  if (rated.statusCode !== 201 && rated.statusCode !== 200)
    throw new Error(`rate: ${rated.statusCode} ${rated.body}`);
});
afterAll(() => t.close());

const needs = (cookie: string, query = 'scope=team') => listNeeds(t, cookie, query);
const need = async (employeeId: number, key: string) =>
  (await needs(o.cookies.kasi)).items.find((n) => n.employeeId === employeeId && n.key === key);
const decide = (cookie: string, body: Record<string, unknown>) =>
  api(t).send('POST', '/api/v1/training-needs/decisions', cookie, body);

describe('needs generation', () => {
  it('a competency assessed below the position standard makes a need with the programmes and upcoming sessions that address it', async () => {
    const n = await need(o.ids.staf, 'COMPETENCY_GAP:KOMUNIKASI');
    expect(n).toMatchObject({ signal: 'COMPETENCY_GAP', status: 'OPEN', canDecide: true });
    expect(n!.summary).toContain('level 1 dari standar jabatan 3');
    expect(n!.links[0]!.href).toBe(`/kompetensi/pegawai/${o.ids.staf}`);
    expect(n!.programmes).toEqual([
      expect.objectContaining({
        title: 'Komunikasi Pelayanan Prima',
        sessions: [expect.objectContaining({ id: komunikasiSession })],
      }),
    ]);
  });

  it('a required competency not yet assessed makes no need (no evidence of a shortfall)', async () => {
    expect(await need(o.ids.staf, 'COMPETENCY_GAP:INTEGRITAS')).toBeUndefined();
  });

  it('late complaints make a need for Pengelolaan Pengaduan and Pelayanan Publik, matching the complaint-management programme', async () => {
    const n = await need(o.ids.staf2, 'LATE_COMPLAINTS');
    expect(n).toMatchObject({ signal: 'LATE_COMPLAINTS', status: 'OPEN' });
    expect(n!.summary).toContain('1 pengaduan melewati batas waktu');
    expect(n!.competencies.map((c) => c.code)).toEqual(['PENGELOLAAN_PENGADUAN', 'PELAYANAN_PUBLIK']);
    expect(n!.programmes.map((p) => p.title)).toEqual(['Pengelolaan Pengaduan Masyarakat']);
    expect(n!.links[0]!.href).toContain(`/complaints/stats?employeeId=${o.ids.staf2}`);
  });

  it('an evaluation rated Butuh Perbaikan or lower makes a need linking to the evaluation', async () => {
    const n = await need(o.ids.staf2, 'LOW_EVALUATION');
    expect(n).toMatchObject({ signal: 'LOW_EVALUATION', competencies: [{ code: 'ORIENTASI_HASIL' }] });
    expect(n!.summary).toMatch(/Butuh Perbaikan|Kurang/);
    expect(n!.links[0]!.href).toMatch(/^\/kinerja\/skp\/\d+\/evaluasi\/\d+$/);
  });

  it('every signal is counted now that oversight exists; without findings there is no oversight need', async () => {
    // The oversight signal itself is tested in training-needs-oversight.test.ts.
    const list = await needs(o.cookies.camat, 'scope=all');
    expect(list.pendingSignals).toEqual([]);
    expect(list.items.filter((n) => n.signal === 'OVERSIGHT_FINDING')).toEqual([]);
  });
});

describe('who sees whose needs', () => {
  it('an employee sees their own; the superior the team; HR and the Pimpinan everyone; nobody else', async () => {
    const own = await needs(o.cookies.staf, 'scope=mine');
    expect(new Set(own.items.map((n) => n.employeeId))).toEqual(new Set([o.ids.staf]));
    expect(own.items.every((n) => !n.canDecide)).toBe(true);
    expect((await api(t).get('/api/v1/training-needs?scope=all', o.cookies.staf)).statusCode).toBe(403);
    expect((await needs(o.cookies.staf2, 'scope=team')).items).toEqual([]);
    expect((await needs(o.cookies.lurah, 'scope=team')).items).toEqual([]);
    const team = await needs(o.cookies.kasi);
    expect(new Set(team.items.map((n) => n.employeeId))).toEqual(new Set([o.ids.staf, o.ids.staf2]));
    const all = await needs(o.cookies.admin, 'scope=all');
    expect(all.items.length).toBe(team.items.length);
    // Above the direct superior: reads, does not decide.
    expect((await needs(o.cookies.camat, 'scope=team')).items.every((n) => !n.canDecide)).toBe(true);
  });
});

describe('decisions by the direct superior', () => {
  it('only the direct superior accepts or dismisses', async () => {
    const body = {
      employeeId: o.ids.staf,
      key: 'COMPETENCY_GAP:KOMUNIKASI',
      decision: 'DISMISSED',
      reason: 'Sudah ikut',
    };
    expect((await decide(o.cookies.staf, body)).statusCode).toBe(403);
    expect((await decide(o.cookies.camat, body)).statusCode).toBe(403);
    expect((await decide(o.cookies.admin, body)).statusCode).toBe(403);
    expect((await decide(o.cookies.lurah, body)).statusCode).toBe(403);
  });

  it('dismissing needs a reason, and a dismissed need stays dismissed until the signal changes', async () => {
    const key = 'COMPETENCY_GAP:KOMUNIKASI';
    const noReason = await decide(o.cookies.kasi, {
      employeeId: o.ids.staf,
      key,
      decision: 'DISMISSED',
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    const res = await decide(o.cookies.kasi, {
      employeeId: o.ids.staf,
      key,
      decision: 'DISMISSED',
      reason: 'Sedang mengikuti coaching langsung dengan kasi',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'DISMISSED', decision: { decision: 'DISMISSED' } });
    expect((await need(o.ids.staf, key))!.status).toBe('DISMISSED');
    const again = await decide(o.cookies.kasi, {
      employeeId: o.ids.staf,
      key,
      decision: 'DISMISSED',
      reason: 'Lagi',
    });
    expect(again.statusCode).toBe(400);

    // A new assessment, still below standard: the signal changed, so the need is open for a fresh decision.
    await api(t).send('POST', '/api/v1/competency-assessments', o.cookies.kasi, {
      employeeId: o.ids.staf,
      competencyId: await competencyIdOf(t.db, 'KOMUNIKASI'),
      score: 2,
      reason: 'Sudah lebih runtut, belum menangani pemohon yang marah',
      assessedOn: '2026-08-03',
    });
    expect(await need(o.ids.staf, key)).toMatchObject({ status: 'OPEN', decision: null });
  });

  it('accepting enrols the employee in an upcoming session of a matching programme', async () => {
    const key = 'LATE_COMPLAINTS';
    const wrong = await decide(o.cookies.kasi, {
      employeeId: o.ids.staf2,
      key,
      decision: 'ACCEPTED',
      sessionId: komunikasiSession,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].path).toBe('sessionId');
    const res = await decide(o.cookies.kasi, {
      employeeId: o.ids.staf2,
      key,
      decision: 'ACCEPTED',
      sessionId: pengaduanSession,
    });
    expect(res.statusCode).toBe(200);
    const accepted = res.json() as TrainingNeed;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', decision: { decision: 'ACCEPTED' } });
    const enrolment = await t.db
      .selectFrom('training_enrolments')
      .select(['employee_id', 'session_id', 'status', 'origin'])
      .where('id', '=', accepted.decision!.enrollmentId!)
      .executeTakeFirstOrThrow();
    expect(enrolment).toEqual({
      employee_id: o.ids.staf2,
      session_id: pengaduanSession,
      status: 'APPROVED',
      origin: 'ASSIGNMENT',
    });
    expect((await need(o.ids.staf2, key))!.status).toBe('ACCEPTED');
  });
});

describe('settings', () => {
  it('Admin Kepegawaian sets the thresholds and mapping (codes from the dictionary); the list follows them', async () => {
    const current = (await api(t).get('/api/v1/training-needs/settings', o.cookies.staf)).json();
    expect(current).toMatchObject({ lookbackDays: 365, lateComplaintsMin: 1, skmMinKonversi: 76.61 });
    expect(
      (await api(t).send('PUT', '/api/v1/training-needs/settings', o.cookies.staf, current)).statusCode,
    ).toBe(403);
    const unknown = await api(t).send('PUT', '/api/v1/training-needs/settings', o.cookies.admin, {
      ...current,
      signalCompetencies: { ...current.signalCompetencies, LATE_COMPLAINTS: ['TIDAK_ADA'] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].path).toBe('signalCompetencies.LATE_COMPLAINTS');
    const saved = await api(t).send('PUT', '/api/v1/training-needs/settings', o.cookies.admin, {
      ...current,
      lateComplaintsMin: 2,
    });
    expect(saved.statusCode).toBe(200);
    expect(await need(o.ids.staf2, 'LATE_COMPLAINTS')).toBeUndefined();
  });
});
