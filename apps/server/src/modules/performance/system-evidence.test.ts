import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { getComplaintStatsForEmployee } from '../complaints/complaint-stats.service';
import { makePublicComplaint, seedComplaintCategory } from '../complaints/complaints.test-builders';
import {
  api,
  indicatorBody,
  openYear,
  seedPerfOffice,
  seedSkp,
  type PerfOffice,
} from './performance.test-builders';

// Bukti sistem: an indicator linked to a system source gets a realisation computed on read from the complaints
// (or surveys) service for the SKP's owner and the period — it follows the complaints as they change.

// Sunday 5 April 2026, 10:00 WIB: Triwulan I has passed, Triwulan II has started, III and IV have not.
const NOW = new Date('2026-04-05T03:00:00Z');

let t: TestApp;
let office: PerfOffice;
let petugas: string;
let yearId: number;
let periods: { id: number; kind: string; startDate: string; endDate: string }[];
let kasiRhkId: number;
let category: { id: number; code: string };
let skp: { id: number; rhk: { id: number; indicators: { id: number; systemSource: string | null }[] }[] };
let ipSeq = 0;

const content = (indicators: object[]) => ({
  rhk: [
    {
      section: 'UTAMA',
      text: 'Tertanganinya pengaduan masyarakat tepat waktu',
      parentRhkId: kasiRhkId,
      indicators,
    },
  ],
});
const linkedIndicators = [
  indicatorBody({
    aspek: 'WAKTU',
    text: 'Persentase pengaduan selesai tepat waktu',
    targetKind: 'PERCENT',
    targetValue: 90,
    targetUnit: null,
    systemSource: 'COMPLAINTS_ON_TIME_PCT',
  }),
  indicatorBody({
    text: 'Jumlah pengaduan yang diselesaikan',
    targetValue: 8,
    targetUnit: 'pengaduan',
    systemSource: 'COMPLAINTS_FINISHED',
  }),
  indicatorBody({ aspek: 'KUALITAS', text: 'Nilai SKM petugas', targetValue: 80, targetUnit: 'nilai' }),
];
const url = (suffix: string) => `/api/v1/performance/skps/${skp.id}${suffix}`;
type Row = {
  indicatorId: number;
  periodId: number;
  value: number | null;
  isSystemValue: boolean;
  percent: number | null;
  systemEvidence: {
    source: string;
    value: number | null;
    valueLabel: string;
    link: string | null;
    complaints: Record<string, number | null> | null;
    skm: { isShown: boolean; responses: number } | null;
  } | null;
};
const matrixAs = async (cookie: string) =>
  (await api(t).get(url('/realisations'), cookie)).json() as { items: Row[] };
const cell = (rows: Row[], indicatorId: number, periodId: number) =>
  rows.find((r) => r.indicatorId === indicatorId && r.periodId === periodId);

async function fileAndAssign() {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/public/complaints',
    payload: makePublicComplaint(category.code),
    remoteAddress: `10.9.0.${++ipSeq}`,
  });
  expect(res.statusCode, res.body).toBe(201);
  const { id } = await t.db
    .selectFrom('complaints')
    .select('id')
    .where('ticket', '=', res.json().ticket)
    .executeTakeFirstOrThrow();
  const send = (path: string, cookie: string, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/v1/complaints/${id}${path}`, payload, headers: { cookie } });
  expect((await send('/verification', petugas, {})).statusCode).toBe(200);
  const assigned = await send('/disposition', petugas, {
    unitId: office.tree.units.seksi,
    assigneeEmployeeId: office.ids.staf,
  });
  expect(assigned.statusCode, assigned.body).toBe(200);
  return { id, send };
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  office = await seedPerfOffice(t);
  await seedUser(t.db, { username: 'petugas-bukti', roles: ['PETUGAS_PENGADUAN'] });
  petugas = await t.login('petugas-bukti');
  category = await seedComplaintCategory(t.db, { unitId: office.tree.units.seksi, complexity: 'NORMATIF' });
  const year = await openYear(t, office);
  yearId = year.id;
  periods = year.periods.filter((p) => p.kind === 'PERIODIK');
  const camat = await seedSkp(t, office.cookies.camat, yearId, { approverCookie: office.cookies.admin });
  const kasi = await seedSkp(t, office.cookies.kasi, yearId, {
    parentRhkId: camat.rhk[0]!.id,
    approverCookie: office.cookies.camat,
  });
  kasiRhkId = kasi.rhk[0]!.id;
  const created = await api(t).send('POST', '/api/v1/performance/skps', office.cookies.staf, { yearId });
  skp = created.json();
});
afterAll(() => t.close());

describe('PUT /api/v1/performance/skps/:id/content with a system source', () => {
  it('returns 400 naming the field when the source does not fit the target kind', async () => {
    const res = await api(t).send(
      'PUT',
      url('/content'),
      office.cookies.staf,
      content([indicatorBody({ systemSource: 'COMPLAINTS_ON_TIME_PCT' })]),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toContainEqual({
      path: 'body.rhk.0.indicators.0.systemSource',
      message: 'Sumber data sistem ini hanya untuk target berupa persentase',
    });
    const unknown = await api(t).send(
      'PUT',
      url('/content'),
      office.cookies.staf,
      content([indicatorBody({ systemSource: 'GAJI' })]),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].path).toBe('body.rhk.0.indicators.0.systemSource');
  });

  it('links indicators and keeps the link through approval and revision', async () => {
    const saved = await api(t).send('PUT', url('/content'), office.cookies.staf, content(linkedIndicators));
    expect(saved.statusCode, saved.body).toBe(200);
    expect(
      saved.json().rhk[0].indicators.map((i: { systemSource: string | null }) => i.systemSource),
    ).toEqual(['COMPLAINTS_ON_TIME_PCT', 'COMPLAINTS_FINISHED', null]);
    expect((await api(t).send('POST', url('/submit'), office.cookies.staf, {})).statusCode).toBe(200);
    expect((await api(t).send('POST', url('/approve'), office.cookies.kasi, {})).statusCode).toBe(200);
    expect((await api(t).send('POST', url('/revise'), office.cookies.staf, {})).statusCode).toBe(200);
    skp = (await api(t).get(url(''), office.cookies.staf)).json();
    expect(skp.rhk[0]!.indicators[1]!.systemSource).toBe('COMPLAINTS_FINISHED');
    const versions = (await api(t).get(url('/versions'), office.cookies.staf)).json();
    expect(JSON.stringify(versions.items.at(-1).snapshot)).toContain('COMPLAINTS_ON_TIME_PCT');
    // Back to approved, with an SKM link added in the revision.
    const revised = content(
      skp.rhk[0]!.indicators.map((ind, i) => ({
        ...linkedIndicators[i],
        id: ind.id,
        ...(i === 2 ? { systemSource: 'SKM_OFFICER_IKM' } : {}),
      })),
    );
    const body = { ...revised, rhk: [{ ...revised.rhk[0], id: skp.rhk[0]!.id }] };
    expect((await api(t).send('PUT', url('/content'), office.cookies.staf, body)).statusCode).toBe(200);
    expect((await api(t).send('POST', url('/submit'), office.cookies.staf, {})).statusCode).toBe(200);
    expect((await api(t).send('POST', url('/approve'), office.cookies.kasi, {})).statusCode).toBe(200);
    skp = (await api(t).get(url(''), office.cookies.staf)).json();
    expect(skp.rhk[0]!.indicators.map((i) => i.systemSource)).toEqual([
      'COMPLAINTS_ON_TIME_PCT',
      'COMPLAINTS_FINISHED',
      'SKM_OFFICER_IKM',
    ]);
  });
});

describe('GET /api/v1/performance/skps/:id/realisations with bukti sistem', () => {
  it('equals the complaint figures of the owner for the period and changes when a complaint is finished', async () => {
    const q2 = periods[1]!;
    const [onTime, finished] = skp.rhk[0]!.indicators;
    const complaint = await fileAndAssign();

    let rows = (await matrixAs(office.cookies.staf)).items;
    const stats = await getComplaintStatsForEmployee(t.db, office.ids.staf, q2.startDate, q2.endDate);
    expect(stats).toMatchObject({ assigned: 1, finished: 0 });
    const before = cell(rows, finished!.id, q2.id)!;
    expect(before.systemEvidence).toMatchObject({
      source: 'COMPLAINTS_FINISHED',
      value: stats.finished,
      complaints: { assigned: stats.assigned, finished: stats.finished, onTimePercent: stats.onTimePercent },
    });
    expect(before.systemEvidence!.link).toBe(
      `/complaints?scope=mine&assigneeId=${office.ids.staf}&from=${q2.startDate}&to=${q2.endDate}&metric=finished`,
    );
    expect(cell(rows, onTime!.id, q2.id)!.systemEvidence).toMatchObject({
      value: null,
      valueLabel: 'Belum ada pengaduan selesai',
    });

    expect((await complaint.send('/notes', office.cookies.staf, { message: 'Dicek' })).statusCode).toBe(200);
    const done = await complaint.send('/resolution', office.cookies.staf, { message: 'Lampu diganti.' });
    expect(done.statusCode, done.body).toBe(200);

    rows = (await matrixAs(office.cookies.staf)).items;
    const after = await getComplaintStatsForEmployee(t.db, office.ids.staf, q2.startDate, q2.endDate);
    expect(after).toMatchObject({ finished: 1, finishedOnTime: 1, onTimePercent: 100 });
    expect(cell(rows, finished!.id, q2.id)).toMatchObject({
      value: 1,
      isSystemValue: true,
      percent: 12.5,
      systemEvidence: { value: 1, complaints: { finished: 1, finishedOnTime: 1 } },
    });
    expect(cell(rows, onTime!.id, q2.id)).toMatchObject({
      value: 100,
      isSystemValue: true,
      systemEvidence: { value: 100 },
    });
    // Triwulan I had no complaint; Triwulan III has not started, so it has no bukti sistem yet.
    expect(cell(rows, finished!.id, periods[0]!.id)!.systemEvidence!.value).toBe(0);
    expect(cell(rows, finished!.id, periods[2]!.id)).toBeUndefined();
  });

  it('keeps the employee’s own value as the realisation, with the bukti sistem beside it', async () => {
    const q2 = periods[1]!;
    const finished = skp.rhk[0]!.indicators[1]!;
    const res = await api(t).send('PUT', url('/realisations'), office.cookies.staf, {
      periodId: q2.id,
      indicatorId: finished.id,
      value: 2,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ value: 2, isSystemValue: false, systemEvidence: { value: 1 } });
  });

  it('says "belum cukup respons" for the SKM source while too few responses back it', async () => {
    const skm = skp.rhk[0]!.indicators[2]!;
    const row = cell((await matrixAs(office.cookies.staf)).items, skm.id, periods[1]!.id)!;
    expect(row.value).toBeNull();
    expect(row.isSystemValue).toBe(false);
    expect(row.systemEvidence).toMatchObject({ source: 'SKM_OFFICER_IKM', value: null, link: null });
    expect(row.systemEvidence!.valueLabel).toContain('Belum cukup respons');
    expect(row.systemEvidence!.skm).toMatchObject({ isShown: false, responses: 0 });
  });

  it('shows the superior the bukti sistem on the evaluation screen with a team link', async () => {
    const q2 = periods[1]!;
    const matrix = await matrixAs(office.cookies.kasi);
    expect(cell(matrix.items, skp.rhk[0]!.indicators[0]!.id, q2.id)!.systemEvidence!.link).toContain(
      'scope=team',
    );
    const ctx = await api(t).get(url(`/evaluation-context/${q2.id}`), office.cookies.kasi);
    expect(ctx.statusCode).toBe(200);
    const onTime = cell(ctx.json().realisations, skp.rhk[0]!.indicators[0]!.id, q2.id)!;
    expect(onTime.systemEvidence).toMatchObject({ value: 100, complaints: { finished: 1 } });
  });

  it('returns 403 when a colleague reads the bukti sistem', async () => {
    expect((await api(t).get(url('/realisations'), office.cookies.staf2)).statusCode).toBe(403);
    expect(
      (await api(t).get(url(`/evaluation-context/${periods[1]!.id}`), office.cookies.staf2)).statusCode,
    ).toBe(403);
  });
});
