import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import {
  LONG_SESSIONS,
  makePublicComplaint,
  seedComplaintCategory,
  seedComplaintsOffice,
} from './complaints.test-builders';

// The open311/schema-validation JSON Schemas (copied into the repo from ../shared/open311-schemas).
const SCHEMA_DIR = path.resolve(import.meta.dirname, '../../../test/open311-schemas');
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
for (const name of ['request', 'requests', 'service', 'services', 'service-definition']) {
  ajv.addSchema(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, `${name}.json`), 'utf8')), `${name}.json`);
}
function expectValid(schema: string, data: unknown) {
  const validate = ajv.getSchema(`${schema}.json`)!;
  const ok = validate(data);
  expect(ok, JSON.stringify(validate.errors)).toBe(true);
}

let t: TestApp;
let key: string;

beforeAll(async () => {
  t = await createTestApp({
    now: new Date('2026-03-17T03:00:00Z'),
    config: { session: LONG_SESSIONS },
  });
  const { tree, cookies } = await seedComplaintsOffice(t, '311');
  await seedComplaintCategory(t.db, { unitId: tree.units.seksi, code: 'LAMPU', name: 'Lampu jalan mati' });
  await seedComplaintCategory(t.db, {
    unitId: tree.units.seksi,
    code: 'JALAN',
    name: 'Jalan rusak',
    attributes: [
      {
        code: 'kerusakan',
        datatype: 'singlevaluelist',
        required: true,
        description: 'Tingkat kerusakan',
        values: [
          { key: 'ringan', name: 'Ringan' },
          { key: 'berat', name: 'Berat' },
        ],
      },
    ],
  });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/open311-keys',
    headers: { cookie: cookies.admin },
    payload: { name: 'Aplikasi uji' },
  });
  key = res.json().key;
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });
const postForm = (
  url: string,
  form: Record<string, string | string[]>,
  headers: Record<string, string> = {},
) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
  return t.app.inject({
    method: 'POST',
    url,
    payload: params.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
};

describe('Open311 discovery and services', () => {
  it('serves discovery in JSON and XML that agree', async () => {
    const json = await get('/open311/discovery.json');
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.json().endpoints[0].specification).toBe('http://wiki.open311.org/GeoReport_v2');
    const xml = await get('/open311/discovery.xml');
    expect(xml.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(xml.body.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(xml.body).toContain('<format>application/json</format>');
  });

  it('lists services that validate against services.json', async () => {
    const res = await get('/open311/v2/services.json');
    expect(res.statusCode).toBe(200);
    expectValid('services', res.json());
    const road = res.json().find((s: { service_code: string }) => s.service_code === 'JALAN');
    expect(road.metadata).toBe(true);
    expect((await get('/open311/v2/services.xml')).body).toContain('<service_code>JALAN</service_code>');
  });

  it('serves a service definition with a required attribute, and 404 for an unknown service', async () => {
    const res = await get('/open311/v2/services/JALAN.json');
    expect(res.statusCode).toBe(200);
    expectValid('service-definition', res.json());
    expect(res.json().attributes[0]).toMatchObject({ code: 'kerusakan', required: true, order: 1 });
    const missing = await get('/open311/v2/services/NOPE.json');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual([{ code: 404, description: expect.any(String) }]);
    const xml = await get('/open311/v2/services/NOPE.xml');
    expect(xml.body).toContain('<errors><error><code>404</code>');
  });
});

describe('POST /open311/v2/requests', () => {
  it('answers 403 without a valid api_key', async () => {
    const res = await postForm('/open311/v2/requests.json', {
      service_code: 'LAMPU',
      address_string: 'Jl. Uji',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()[0].code).toBe(403);
    const wrong = await postForm('/open311/v2/requests.json', {
      api_key: 'salah',
      service_code: 'LAMPU',
      lat: '-3',
      long: '104',
    });
    expect(wrong.statusCode).toBe(403);
  });

  it('answers 400 without a location or a required attribute', async () => {
    const noPlace = await postForm('/open311/v2/requests.json', { api_key: key, service_code: 'LAMPU' });
    expect(noPlace.statusCode).toBe(400);
    const noAttr = await postForm('/open311/v2/requests.json', {
      api_key: key,
      service_code: 'JALAN',
      lat: '-3.01',
      long: '104.73',
    });
    expect(noAttr.statusCode).toBe(400);
    expect(noAttr.json()[0].description).toContain('kerusakan');
  });

  it('creates a request from a cross-origin client and returns its id, never the reporter', async () => {
    const res = await postForm(
      '/open311/v2/requests.json',
      {
        api_key: key,
        service_code: 'JALAN',
        lat: '-3.0123',
        long: '104.7321',
        'attribute[kerusakan]': 'berat',
        description: 'Jalan berlubang besar di depan sekolah',
        email: 'warga@example.id',
        first_name: 'Budi',
        last_name: 'Santoso',
        phone: '0811111111',
      },
      { origin: 'https://aplikasi-warga.example' },
    );
    expect(res.statusCode, res.body).toBe(200);
    const [created] = res.json();
    expect(created.service_request_id).toMatch(/^KTP-2026-\d{6}$/);
    const one = await get(`/open311/v2/requests/${created.service_request_id}.json`);
    expect(one.statusCode).toBe(200);
    expectValid('requests', one.json());
    expect(one.json()).toHaveLength(1);
    expect(one.json()[0]).toMatchObject({ status: 'open', service_code: 'JALAN', lat: -3.0123 });
    expect(one.json()[0].expected_datetime).toBe('2026-03-27T23:59:59+07:00');
    const text = JSON.stringify(one.json());
    for (const pii of ['warga@example.id', 'Budi', '0811111111']) expect(text).not.toContain(pii);
    const xml = await get(`/open311/v2/request/${created.service_request_id}.xml`);
    expect(xml.body).toContain('<service_requests><request>');
  });
});

describe('GET /open311/v2/requests', () => {
  it('lists requests with filters and paging, validating against requests.json and hiding Rahasia reports', async () => {
    const file = (overrides: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/public/complaints',
        payload: makePublicComplaint('LAMPU', overrides),
        remoteAddress: `10.9.0.${Math.floor(Math.random() * 200) + 1}`,
      });
    const open = (await file({})).json();
    const secret = (
      await file({ isConfidential: true, description: 'Rahasia: keluhan pribadi tentang petugas' })
    ).json();
    const all = await get('/open311/v2/requests.json');
    expect(all.statusCode).toBe(200);
    expectValid('requests', all.json());
    const ids = all.json().map((r: { service_request_id: string }) => r.service_request_id);
    expect(ids).toContain(open.ticket);
    expect(ids).not.toContain(secret.ticket);
    expect((await get(`/open311/v2/requests/${secret.ticket}.json`)).statusCode).toBe(404);
    expect(JSON.stringify(all.json())).not.toContain('Siti Aminah');

    const byCode = (await get('/open311/v2/requests.json?service_code=JALAN')).json();
    expect(byCode.every((r: { service_code: string }) => r.service_code === 'JALAN')).toBe(true);
    const closed = (await get('/open311/v2/requests.json?status=closed')).json();
    expect(closed).toEqual([]);
    const paged = (await get('/open311/v2/requests.json?page_size=1&page=1')).json();
    expect(paged).toHaveLength(1);
    const byId = (await get(`/open311/v2/requests.json?service_request_id=${open.ticket}`)).json();
    expect(byId).toHaveLength(1);
  });

  it('answers bad filters with 400 in the Open311 error format', async () => {
    const range = await get('/open311/v2/requests.json?start_date=2025-01-01&end_date=2026-03-01');
    expect(range.statusCode).toBe(400);
    expect(range.json()[0].code).toBe(400);
    expect((await get('/open311/v2/requests.json?status=maybe')).statusCode).toBe(400);
    expect((await get('/open311/v2/requests.json?start_date=kemarin')).statusCode).toBe(400);
    expect((await get('/open311/v2/requests.txt')).statusCode).toBe(400);
  });
});

describe('Open311 bad input', () => {
  it.each([
    ['GET', '/open311/v2/services/%00.json'],
    ['GET', '/open311/v2/requests/%00.json'],
    ['GET', '/open311/v2/requests.json?service_code=%00'],
    ['GET', '/open311/v2/requests.xml?start_date=2026-02-30T00:00:00Z'],
  ])('answers %s %s with a 4xx in the Open311 error format, never 500', async (method, url) => {
    const res = await t.app.inject({ method: method as 'GET', url });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.body).toMatch(/description/);
  });

  it('answers a POST with a NUL byte in the service code with a 4xx', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `api_key=${key}&service_code=%00&description=x&lat=-3.0&long=104.7`,
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
  });
});
