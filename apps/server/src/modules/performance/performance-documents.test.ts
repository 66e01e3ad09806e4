import ExcelJS from 'exceljs';
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
let stafSkp: Awaited<ReturnType<typeof seedSkp>>;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-04-05T03:00:00Z') });
  office = await seedPerfOffice(t);
  const year = await openYear(t, office);
  yearId = year.id;
  q1 = year.periods[0]!.id;
  const camat = await seedSkp(t, office.cookies.camat, yearId, { approverCookie: office.cookies.admin });
  const kasi = await seedSkp(t, office.cookies.kasi, yearId, {
    parentRhkId: camat.rhk[0]!.id,
    approverCookie: office.cookies.camat,
  });
  stafSkp = await seedSkp(t, office.cookies.staf, yearId, {
    parentRhkId: kasi.rhk[0]!.id,
    approverCookie: office.cookies.kasi,
  });
  await api(t).send('PUT', `/api/v1/performance/skps/${stafSkp.id}/realisations`, office.cookies.staf, {
    periodId: q1,
    indicatorId: stafSkp.rhk[0]!.indicators[0]!.id,
    value: 4,
  });
  await api(t).send('POST', `/api/v1/performance/skps/${stafSkp.id}/evaluations`, office.cookies.kasi, {
    periodId: q1,
    ratingHasilKerja: 'SESUAI_EKSPEKTASI',
    ratingPerilaku: 'SESUAI_EKSPEKTASI',
    reason: 'Sesuai target',
  });
});
afterAll(() => t.close());

const codeOf = (pdf: Buffer) => /(SKP|EKP)-[0-9A-F]{12}/.exec(pdf.toString('latin1'))?.[0];

describe('documents and public verification', () => {
  it('renders the SKP PDF with a code the public page confirms as genuine and current', async () => {
    const res = await api(t).get(`/api/v1/performance/skps/${stafSkp.id}/skp.pdf`, office.cookies.staf);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const doc = await t.db
      .selectFrom('perf_documents')
      .selectAll()
      .where('kind', '=', 'SKP')
      .executeTakeFirstOrThrow();
    const again = await api(t).get(`/api/v1/performance/skps/${stafSkp.id}/skp.pdf`, office.cookies.kasi);
    expect(again.statusCode).toBe(200);
    expect(
      await t.db.selectFrom('perf_documents').select('code').where('kind', '=', 'SKP').execute(),
    ).toHaveLength(1);

    const verify = await api(t).get(`/api/v1/public/performance-documents/${doc.code}`);
    expect(verify.statusCode).toBe(200);
    expect(verify.json()).toMatchObject({
      valid: true,
      isCurrent: true,
      kind: 'SKP',
      employeeName: 'Staf Uji',
    });
  });

  it('says a document is no longer current once the SKP is revised', async () => {
    const doc = await t.db
      .selectFrom('perf_documents')
      .selectAll()
      .where('kind', '=', 'SKP')
      .executeTakeFirstOrThrow();
    const { send, get } = api(t);
    await send('POST', `/api/v1/performance/skps/${stafSkp.id}/revise`, office.cookies.staf, {});
    const skp = (await get(`/api/v1/performance/skps/${stafSkp.id}`, office.cookies.staf)).json();
    await send('PUT', `/api/v1/performance/skps/${stafSkp.id}/content`, office.cookies.staf, {
      rhk: [{ ...skp.rhk[0], text: 'RHK diubah', indicators: [indicatorBody()] }],
    });
    const verify = (await get(`/api/v1/public/performance-documents/${doc.code}`)).json();
    expect(verify).toMatchObject({ valid: true, isCurrent: false });
  });

  it('renders the Dokumen Evaluasi Kinerja Pegawai and verifies it', async () => {
    const res = await api(t).get(
      `/api/v1/performance/skps/${stafSkp.id}/evaluations/${q1}/document.pdf`,
      office.cookies.kasi,
    );
    expect(res.statusCode).toBe(200);
    const doc = await t.db
      .selectFrom('perf_documents')
      .selectAll()
      .where('kind', '=', 'EVALUASI')
      .executeTakeFirstOrThrow();
    expect(doc.code).toMatch(/^EKP-/);
    expect(codeOf(res.rawPayload) ?? doc.code).toBe(doc.code);
    const verify = (await api(t).get(`/api/v1/public/performance-documents/${doc.code}`)).json();
    expect(verify).toMatchObject({ valid: true, isCurrent: true, kind: 'EVALUASI' });
  });

  it('answers an unknown code as not genuine and a malformed one with 400', async () => {
    expect((await api(t).get('/api/v1/public/performance-documents/SKP-000000000000')).json()).toMatchObject({
      valid: false,
    });
    const bad = await api(t).get('/api/v1/public/performance-documents/x');
    expect(bad.statusCode).toBe(400);
  });

  it('returns 403 when a colleague downloads the SKP PDF', async () => {
    expect(
      (await api(t).get(`/api/v1/performance/skps/${stafSkp.id}/skp.pdf`, office.cookies.staf2)).statusCode,
    ).toBe(403);
  });

  it('exports a unit’s targets, realisations and predikat as XLSX for the admin only', async () => {
    const url = `/api/v1/performance/years/${yearId}/export.xlsx?unitId=${office.tree.units.kecamatan}`;
    expect((await api(t).get(url, office.cookies.staf)).statusCode).toBe(403);
    const res = await api(t).get(url, office.cookies.admin);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const predikat = wb.getWorksheet('Predikat')!;
    const rows = predikat.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.some((r) => r.includes('Staf Uji') && r.includes('Baik'))).toBe(true);
    const targets = wb.getWorksheet('Target & Realisasi')!;
    expect(targets.rowCount).toBeGreaterThan(1);
  });
});
