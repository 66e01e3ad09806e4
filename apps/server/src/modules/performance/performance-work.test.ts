import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { api, openYear, seedPerfOffice, seedSkp, type PerfOffice } from './performance.test-builders';

let t: TestApp;
let office: PerfOffice;
let q1: number;
let q2: number;
let q3: number;
let q4: number;
let stafSkp: Awaited<ReturnType<typeof seedSkp>>;
let indicatorId: number;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-04-05T03:00:00Z') });
  office = await seedPerfOffice(t);
  const year = await openYear(t, office);
  q1 = year.periods[0]!.id;
  q2 = year.periods[1]!.id;
  q3 = year.periods[2]!.id;
  q4 = year.periods[3]!.id;
  const camat = await seedSkp(t, office.cookies.camat, year.id, { approverCookie: office.cookies.admin });
  const kasi = await seedSkp(t, office.cookies.kasi, year.id, {
    parentRhkId: camat.rhk[0]!.id,
    approverCookie: office.cookies.camat,
  });
  stafSkp = await seedSkp(t, office.cookies.staf, year.id, {
    parentRhkId: kasi.rhk[0]!.id,
    approverCookie: office.cookies.kasi,
  });
  indicatorId = stafSkp.rhk[0]!.indicators[0]!.id;
});
afterAll(() => t.close());

const url = (suffix: string) => `/api/v1/performance/skps/${stafSkp.id}${suffix}`;

describe('PUT /api/v1/performance/skps/:id/realisations', () => {
  it('records the realisation and rencana aksi and computes the capaian', async () => {
    const res = await api(t).send('PUT', url('/realisations'), office.cookies.staf, {
      periodId: q1,
      indicatorId,
      value: 3,
      actionPlan: 'Menyusun 1 dokumen per bulan',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ value: 3, percent: 25, actionPlan: 'Menyusun 1 dokumen per bulan' });
    const corrected = await api(t).send('PUT', url('/realisations'), office.cookies.staf, {
      periodId: q1,
      indicatorId,
      value: 4,
    });
    expect(corrected.json().value).toBe(4);
    const matrix = (await api(t).get(url('/realisations'), office.cookies.kasi)).json();
    expect(matrix.periods).toHaveLength(4);
    expect(matrix.items).toHaveLength(1);
  });

  it('measures a period against the period target of its rencana aksi, not the annual target', async () => {
    // The indicator's annual target is 12; the rencana aksi of Triwulan III plans 3 of them.
    const res = await api(t).send('PUT', url('/realisations'), office.cookies.staf, {
      periodId: q3,
      indicatorId,
      value: 3,
      actionPlan: 'Menyusun 1 dokumen per bulan',
      periodTarget: 3,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      periodTarget: 3,
      percent: 100,
      percentBasis: 'PERIOD_TARGET',
      percentOf: 3,
    });
  });

  it('shows cumulative progress toward the annual target where the rencana aksi sets no period target', async () => {
    // Triwulan I holds 4 (above); Triwulan II adds 2: 6 of 12 so far is 50 % of the year, not 2 of 12.
    const res = await api(t).send('PUT', url('/realisations'), office.cookies.staf, {
      periodId: q2,
      indicatorId,
      value: 2,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      periodTarget: null,
      percent: 50,
      percentBasis: 'ANNUAL_CUMULATIVE',
      percentOf: 6,
    });
    const q1Row = (await api(t).get(url('/realisations'), office.cookies.staf))
      .json()
      .items.find((r: { periodId: number }) => r.periodId === q1);
    expect(q1Row).toMatchObject({ percent: 33.3, percentBasis: 'ANNUAL_CUMULATIVE', percentOf: 4 });
  });

  it('plans a rencana aksi with its period target before any value is realised', async () => {
    const res = await api(t).send('PUT', url('/realisations'), office.cookies.staf, {
      periodId: q4,
      indicatorId,
      periodTarget: 3,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      value: null,
      periodTarget: 3,
      percent: null,
      percentBasis: 'PERIOD_TARGET',
    });
  });

  it('returns 400 naming periodTarget for a negative period target', async () => {
    const negative = await api(t).send('PUT', url('/realisations'), office.cookies.staf, {
      periodId: q4,
      indicatorId,
      periodTarget: -1,
    });
    expect(negative.statusCode).toBe(400);
    expect(JSON.stringify(negative.json().error.details)).toContain('periodTarget');
  });

  it('returns 403 when the superior records the subordinate’s realisation', async () => {
    const res = await api(t).send('PUT', url('/realisations'), office.cookies.kasi, {
      periodId: q1,
      indicatorId,
      value: 1,
    });
    expect(res.statusCode).toBe(403);
  });

  it('returns 403 when a colleague reads the realisations', async () => {
    expect((await api(t).get(url('/realisations'), office.cookies.staf2)).statusCode).toBe(403);
  });

  it('returns 400 naming the field for an indicator of another SKP or a missing value', async () => {
    const other = await api(t).send('PUT', url('/realisations'), office.cookies.staf, {
      periodId: q1,
      indicatorId: 999_999,
      value: 1,
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.details[0].path).toBe('indicatorId');
    const missing = await api(t).send('PUT', url('/realisations'), office.cookies.staf, {
      periodId: q2,
      indicatorId,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].path).toBe('value');
    const negative = await api(t).send('PUT', url('/realisations'), office.cookies.staf, {
      periodId: q2,
      indicatorId,
      value: -1,
    });
    expect(negative.statusCode).toBe(400);
    expect(JSON.stringify(negative.json().error.details)).toContain('value');
  });
});

describe('bukti dukung', () => {
  it('accepts a PDF recognised by its content and serves it back to the superior', async () => {
    const body = multipart(
      { indicatorId: String(indicatorId), periodId: String(q1) },
      { filename: 'laporan.pdf', content: PDF },
    );
    const res = await t.app.inject({
      method: 'POST',
      url: url('/evidence/file'),
      payload: body.payload,
      headers: { ...body.headers, cookie: office.cookies.staf },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'FILE', fileName: 'laporan.pdf', mimeType: 'application/pdf' });
    const file = await api(t).get(`/api/v1/performance/evidence/${res.json().id}/file`, office.cookies.kasi);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect(
      (await api(t).get(`/api/v1/performance/evidence/${res.json().id}/file`, office.cookies.staf2))
        .statusCode,
    ).toBe(403);
  });

  it('returns 415 naming file when the content does not match an accepted type', async () => {
    const body = multipart(
      { indicatorId: String(indicatorId), periodId: String(q1) },
      { filename: 'virus.pdf', content: Buffer.from('MZ\x90\x00 not a pdf') },
    );
    const res = await t.app.inject({
      method: 'POST',
      url: url('/evidence/file'),
      payload: body.payload,
      headers: { ...body.headers, cookie: office.cookies.staf },
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.details[0].path).toBe('file');
  });

  it('returns 413 naming file when the file is larger than 5 MB', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]);
    const body = multipart(
      { indicatorId: String(indicatorId), periodId: String(q1) },
      { filename: 'besar.pdf', content: big },
    );
    const res = await t.app.inject({
      method: 'POST',
      url: url('/evidence/file'),
      payload: body.payload,
      headers: { ...body.headers, cookie: office.cookies.staf },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.details[0].path).toBe('file');
  });

  it('adds a link and returns 400 naming url for a non-http link', async () => {
    const ok = await api(t).send('POST', url('/evidence/link'), office.cookies.staf, {
      indicatorId,
      periodId: q1,
      url: 'https://drive.example.go.id/laporan-q1',
    });
    expect(ok.statusCode).toBe(201);
    const bad = await api(t).send('POST', url('/evidence/link'), office.cookies.staf, {
      indicatorId,
      periodId: q1,
      url: 'javascript:alert(1)',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.url');
    const matrix = (await api(t).get(url('/realisations'), office.cookies.staf)).json();
    expect(
      matrix.items
        .find((r: { periodId: number }) => r.periodId === q1)
        .evidence.map((e: { kind: string }) => e.kind),
    ).toEqual(['FILE', 'LINK']);
  });
});

describe('umpan balik berkelanjutan', () => {
  it('lets the employee ask and the superior answer on an RHK and a BerAKHLAK value, in one timeline', async () => {
    const ask = await api(t).send('POST', url('/feedback'), office.cookies.staf, {
      kind: 'REQUEST',
      text: 'Mohon masukan atas laporan triwulan I',
    });
    expect(ask.statusCode).toBe(201);
    expect(ask.json()).toMatchObject({ kind: 'REQUEST', isFromSuperior: false });
    const onRhk = await api(t).send('POST', url('/feedback'), office.cookies.kasi, {
      rhkId: stafSkp.rhk[0]!.id,
      text: 'Laporan sudah baik, percepat penyelesaiannya',
    });
    expect(onRhk.json()).toMatchObject({
      isFromSuperior: true,
      rhkText: 'Terselenggaranya layanan administrasi',
    });
    const onValue = await api(t).send('POST', url('/feedback'), office.cookies.camat, {
      valueCode: 'BERORIENTASI_PELAYANAN',
      text: 'Warga memuji keramahan Anda',
    });
    expect(onValue.statusCode).toBe(201);
    const list = (await api(t).get(url('/feedback'), office.cookies.staf)).json();
    expect(list.items.map((f: { text: string }) => f.text)).toEqual([
      'Warga memuji keramahan Anda',
      'Laporan sudah baik, percepat penyelesaiannya',
      'Mohon masukan atas laporan triwulan I',
    ]);
  });

  it('returns 403 when a colleague writes feedback', async () => {
    const res = await api(t).send('POST', url('/feedback'), office.cookies.staf2, { text: 'Halo' });
    expect(res.statusCode).toBe(403);
  });

  it('returns 400 naming the field for an unknown value or RHK', async () => {
    const value = await api(t).send('POST', url('/feedback'), office.cookies.kasi, {
      valueCode: 'AMANAH',
      text: 'x',
    });
    expect(value.statusCode).toBe(400);
    expect(JSON.stringify(value.json().error.details)).toContain('valueCode');
    const rhk = await api(t).send('POST', url('/feedback'), office.cookies.kasi, {
      rhkId: 999_999,
      text: 'x',
    });
    expect(rhk.statusCode).toBe(400);
    expect(rhk.json().error.details[0].path).toBe('rhkId');
  });
});
