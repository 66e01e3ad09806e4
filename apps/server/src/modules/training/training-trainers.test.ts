import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import {
  api,
  indicatorBody,
  openYear,
  seedPerfOffice,
  seedSkp,
  type PerfOffice,
} from '../performance/performance.test-builders';
import { seedDeliveredSession, seedJpCredit, seedTrainer } from './training-reports.test-builders';

// Issue 11 §4 and "Done when": the sessions an internal trainer delivered are bukti sistem of an RHK tambahan in
// their SKP (ADR 0004: computed on read from training's service), and the evaluation screen shows the employee's JP
// this year and the trainings completed in the evaluated period.

// Sunday 5 April 2026, 10:00 WIB: Triwulan I has passed, Triwulan II has started.
const NOW = new Date('2026-04-05T03:00:00Z');

let t: TestApp;
let office: PerfOffice;
let yearId: number;
let periods: { id: number; startDate: string; endDate: string }[];
let skpId: number;
let jpIndicatorId: number;
let sessionsIndicatorId: number;

type Cell = {
  indicatorId: number;
  periodId: number;
  value: number | null;
  isSystemValue: boolean;
  systemEvidence: {
    source: string;
    value: number | null;
    valueLabel: string;
    link: string | null;
    training: {
      sessions: number;
      jpDelivered: number;
      participants: number;
      averageRating: number | null;
    } | null;
  } | null;
};

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  office = await seedPerfOffice(t);
  await seedTrainer(t.db, office.ids.staf);
  const year = await openYear(t, office);
  yearId = year.id;
  periods = year.periods.filter((p) => p.kind === 'PERIODIK');
  const camat = await seedSkp(t, office.cookies.camat, yearId, { approverCookie: office.cookies.admin });
  const kasi = await seedSkp(t, office.cookies.kasi, yearId, {
    parentRhkId: camat.rhk[0]!.id,
    approverCookie: office.cookies.camat,
  });
  const { send, get } = api(t);
  skpId = (await send('POST', '/api/v1/performance/skps', office.cookies.staf, { yearId })).json().id;
  const saved = await send('PUT', `/api/v1/performance/skps/${skpId}/content`, office.cookies.staf, {
    rhk: [
      {
        section: 'UTAMA',
        text: 'Terselenggaranya layanan administrasi',
        parentRhkId: kasi.rhk[0]!.id,
        indicators: [indicatorBody()],
      },
      {
        section: 'TAMBAHAN',
        text: 'Terlaksananya pelatihan internal bagi rekan kerja',
        parentRhkId: kasi.rhk[0]!.id,
        indicators: [
          indicatorBody({
            text: 'JP pelatihan yang diajarkan',
            targetValue: 24,
            targetUnit: 'JP',
            systemSource: 'TRAINING_JP_DELIVERED',
          }),
          indicatorBody({
            text: 'Sesi pelatihan yang diajarkan',
            targetValue: 3,
            targetUnit: 'sesi',
            systemSource: 'TRAINING_SESSIONS_DELIVERED',
          }),
        ],
      },
    ],
  });
  if (saved.statusCode !== 200) throw new Error(saved.body);
  await send('POST', `/api/v1/performance/skps/${skpId}/submit`, office.cookies.staf, {});
  const approved = await send('POST', `/api/v1/performance/skps/${skpId}/approve`, office.cookies.kasi, {});
  if (approved.statusCode !== 200) throw new Error(approved.body);
  const skp = (await get(`/api/v1/performance/skps/${skpId}`, office.cookies.staf)).json();
  [jpIndicatorId, sessionsIndicatorId] = skp.rhk[1].indicators.map((i: { id: number }) => i.id);
  // Q1: a session of 8 JP with two participants who rated the trainer 5 and 4.
  await seedDeliveredSession(t.db, {
    trainerIds: [office.ids.staf],
    participantIds: [office.ids.staf2, office.ids.lurah],
    ratings: [5, 4],
    jp: 8,
    endsAt: new Date('2026-02-10T09:00:00Z'),
    title: 'Manajemen Pengaduan',
  });
  // The trainer's own JP as a participant elsewhere.
  await seedJpCredit(t.db, {
    employeeId: office.ids.staf,
    jp: 6,
    completedOn: '2026-03-12',
    title: 'Penulisan Naskah Dinas',
  });
});
afterAll(() => t.close());

const matrix = async (cookie: string) =>
  ((await api(t).get(`/api/v1/performance/skps/${skpId}/realisations`, cookie)).json() as { items: Cell[] })
    .items;
const cell = (rows: Cell[], indicatorId: number, periodId: number) =>
  rows.find((r) => r.indicatorId === indicatorId && r.periodId === periodId);

describe('an internal trainer’s delivered sessions as bukti sistem of an RHK tambahan', () => {
  it('returns 400 naming the field when a training source is put on a percentage target', async () => {
    const { send } = api(t);
    const draft = (await send('POST', '/api/v1/performance/skps', office.cookies.staf2, { yearId })).json();
    const res = await send('PUT', `/api/v1/performance/skps/${draft.id}/content`, office.cookies.staf2, {
      rhk: [
        {
          section: 'TAMBAHAN',
          text: 'Pelatihan internal',
          perspektif: 'PENERIMA_LAYANAN',
          indicators: [
            indicatorBody({ targetKind: 'PERCENT', targetValue: 90, systemSource: 'TRAINING_JP_DELIVERED' }),
          ],
        },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('body.rhk.0.indicators.0.systemSource');
  });

  it('shows the JP and sessions delivered in each started period, with a link to the sessions behind them', async () => {
    const [q1, q2, q3] = periods;
    const rows = await matrix(office.cookies.staf);
    const jp = cell(rows, jpIndicatorId, q1!.id)!;
    expect(jp).toMatchObject({ value: 8, isSystemValue: true });
    expect(jp.systemEvidence).toMatchObject({
      source: 'TRAINING_JP_DELIVERED',
      value: 8,
      valueLabel: '1 sesi, 8 JP, 2 peserta lulus',
      link: `/pelatihan/pelatih/${office.ids.staf}?from=${q1!.startDate}&to=${q1!.endDate}`,
      training: { sessions: 1, jpDelivered: 8, participants: 2, averageRating: 4.5 },
    });
    expect(cell(rows, sessionsIndicatorId, q1!.id)!.systemEvidence).toMatchObject({ value: 1 });
    expect(cell(rows, jpIndicatorId, q2!.id)!.systemEvidence).toMatchObject({
      value: 0,
      valueLabel: 'Belum ada sesi pelatihan yang selesai diajarkan',
    });
    // A period that has not started gets no bukti sistem.
    expect(cell(rows, jpIndicatorId, q3!.id)?.systemEvidence ?? null).toBeNull();
  });

  it('follows the training data on the next read: a newly completed session counts at once', async () => {
    const q2 = periods[1]!;
    await seedDeliveredSession(t.db, {
      trainerIds: [office.ids.staf],
      participantIds: [office.ids.kasi],
      jp: 4,
      endsAt: new Date('2026-04-02T08:00:00Z'),
    });
    const rows = await matrix(office.cookies.kasi);
    expect(cell(rows, jpIndicatorId, q2.id)).toMatchObject({ value: 4, isSystemValue: true });
    expect(cell(rows, sessionsIndicatorId, q2.id)!.systemEvidence).toMatchObject({ value: 1 });
  });

  it('lets the superior open the records behind the figure (the trainer’s sessions of the period)', async () => {
    const q1 = periods[0]!;
    const res = await api(t).get(
      `/api/v1/training/trainer-stats/${office.ids.staf}/sessions?from=${q1.startDate}&to=${q1.endDate}`,
      office.cookies.kasi,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ title: 'Manajemen Pengaduan', jp: 8, participants: 2, averageRating: 4.5 }),
    ]);
  });

  it('answers 404 "Pegawai tidak ditemukan" (said once) for an employee id that does not exist', async () => {
    const res = await api(t).get('/api/v1/training/trainer-stats/999999/sessions', office.cookies.admin);
    expect(res.statusCode, res.body).toBe(404);
    expect(res.json().error.message).toBe('Pegawai tidak ditemukan');
  });
});

describe('the evaluation screen shows the employee’s training', () => {
  it('lists the JP this year against the target and the trainings completed in the evaluated period', async () => {
    const q1 = periods[0]!;
    const res = await api(t).get(
      `/api/v1/performance/skps/${skpId}/evaluation-context/${q1.id}`,
      office.cookies.kasi,
    );
    expect(res.statusCode, res.body).toBe(200);
    const other = res.json().otherData as { code: string; label: string; value: string }[];
    // Each row carries its code and figures (the web words it in the reader's language) and the Indonesian text.
    expect(other).toContainEqual({
      code: 'TRAINING_JP',
      figures: { year: 2026, jp: 6, target: 20, isReached: 0 },
      label: 'JP pengembangan kompetensi tahun 2026 (target 20 JP)',
      value: '6 JP — belum mencapai target',
    });
    expect(other).toContainEqual({
      code: 'TRAINING_COMPLETED',
      figures: { count: 1 },
      label: 'Pelatihan yang diselesaikan pada periode ini',
      value: 'Penulisan Naskah Dinas (6 JP)',
    });
    const q2 = await api(t).get(
      `/api/v1/performance/skps/${skpId}/evaluation-context/${periods[1]!.id}`,
      office.cookies.kasi,
    );
    expect(q2.json().otherData).toContainEqual({
      code: 'TRAINING_COMPLETED',
      figures: { count: 0 },
      label: 'Pelatihan yang diselesaikan pada periode ini',
      value: 'Belum ada',
    });
  });
});
