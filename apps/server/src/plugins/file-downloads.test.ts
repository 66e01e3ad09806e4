import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, seedOrgTree, seedUser } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';
import {
  makePngWithMetadata,
  makePublicComplaint,
  seedComplaintCategory,
} from '../modules/complaints/complaints.test-builders';
import {
  api,
  openYear,
  seedPerfOffice,
  seedSkp,
  type PerfOffice,
} from '../modules/performance/performance.test-builders';

// Uploaded files are judged and cleaned by content, and downloads never render active content in the app's origin:
// SKP evidence images were checked by their first bytes only and stored as sent; complaint PDFs (which may carry
// JavaScript) were served inline.

let t: TestApp;
let office: PerfOffice;
let skpId: number;
let indicatorId: number;
let periodId: number;
let petugas: string;
let categoryCode: string;

const PDF_WITH_JS = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-04-05T03:00:00Z') });
  office = await seedPerfOffice(t);
  const year = await openYear(t, office);
  periodId = year.periods[0]!.id;
  const camat = await seedSkp(t, office.cookies.camat, year.id, { approverCookie: office.cookies.admin });
  const skp = await seedSkp(t, office.cookies.kasi, year.id, {
    parentRhkId: camat.rhk[0]!.id,
    approverCookie: office.cookies.camat,
  });
  skpId = skp.id;
  indicatorId = skp.rhk[0]!.indicators[0]!.id;
  const tree = await seedOrgTree(t.db);
  await seedUser(t.db, { username: 'petugas-file', roles: ['PETUGAS_PENGADUAN'] });
  petugas = await t.login('petugas-file');
  categoryCode = (await seedComplaintCategory(t.db, { unitId: tree.units.seksi, code: 'BERKAS' })).code;
});
afterAll(() => t.close());

const uploadEvidence = (filename: string, content: Buffer) => {
  const body = multipart(
    { indicatorId: String(indicatorId), periodId: String(periodId) },
    { filename, content },
  );
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/performance/skps/${skpId}/evidence/file`,
    payload: body.payload,
    headers: { ...body.headers, cookie: office.cookies.kasi },
  });
};

describe('SKP evidence files', () => {
  it('re-encodes an evidence image so its metadata is not stored or served', async () => {
    const res = await uploadEvidence('foto.png', makePngWithMetadata());
    expect(res.statusCode, res.body).toBe(201);
    const file = await api(t).get(`/api/v1/performance/evidence/${res.json().id}/file`, office.cookies.kasi);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 4).toString('latin1')).toBe('\x89PNG');
    expect(file.rawPayload.includes(Buffer.from('GPS'))).toBe(false);
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
  });

  it('returns 415 for a file that only starts like an image', async () => {
    const fake = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.from('<script>alert(1)</script>'),
    ]);
    const res = await uploadEvidence('foto.jpg', fake);
    expect(res.statusCode).toBe(415);
    expect(res.json().error.details[0].path).toBe('file');
  });
});

describe('complaint attachments', () => {
  it('serves a PDF attachment as a download (attachment, nosniff), never inline', async () => {
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/complaints',
      payload: makePublicComplaint(categoryCode),
      remoteAddress: '192.0.2.50',
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const body = multipart(
      {},
      { filename: 'bukti.pdf', content: PDF_WITH_JS, contentType: 'application/pdf' },
    );
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/complaints/tracking/attachments',
      headers: { ...body.headers, 'x-tracking-secret': filed.json().trackingSecret },
      payload: body.payload,
      remoteAddress: '192.0.2.50',
    });
    expect(up.statusCode, up.body).toBe(201);
    const file = await t.app.inject({
      url: `/api/v1/complaints/attachments/${up.json().id}`,
      headers: { cookie: petugas },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
  });
});
