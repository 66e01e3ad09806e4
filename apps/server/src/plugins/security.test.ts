import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedUser } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** Routes that answer without a session. Everything else under /api must answer 401 to anonymous callers. */
const PUBLIC_ROUTES = new Set([
  'GET /api/v1/public/complaint-options',
  'POST /api/v1/public/complaints',
  'GET /api/v1/public/complaints/challenge',
  'GET /api/v1/public/complaints/tracking',
  'POST /api/v1/public/complaints/tracking/information',
  'POST /api/v1/public/complaints/tracking/confirmation',
  'POST /api/v1/public/complaints/tracking/reopen',
  'POST /api/v1/public/complaints/tracking/rating',
  'POST /api/v1/public/complaints/tracking/attachments',
  'GET /api/v1/public/complaints/tracking/attachments/{id}',
  'POST /api/v1/public/complaints/lookup',
  'POST /api/v1/auth/login',
  'GET /api/v1/public/surveys/{code}',
  'POST /api/v1/public/surveys/{code}/responses',
  'GET /api/v1/public/skm-results',
  'GET /api/v1/public/performance-documents/{code}',
  'GET /api/v1/public/documents/{code}',
  'GET /api/v1/public/open-data',
  'GET /api/v1/public/open-data/{dataset}.json',
  'GET /api/v1/public/open-data/{dataset}.csv',
  'GET /api/v1/public/open-data/schema/{dataset}.json',
  // ADR 0014: the anonymous event stream of the transparency page (a stream: never answered by inject).
  'GET /api/v1/public/events',
]);

type OpenApi = { paths: Record<string, Record<string, { requestBody?: unknown }>> };

describe('authorisation on every route', () => {
  it('answers 401 to an anonymous request on every route in the OpenAPI document that is not public', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as OpenApi;
    const routes = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => ({ method: m.toUpperCase(), path: p })),
    );
    expect(routes.length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const r of routes) {
      if (PUBLIC_ROUTES.has(`${r.method} ${r.path}`)) continue;
      const url = r.path.replace(/\{[^}]+\}/g, '1');
      const res = await t.app.inject({
        method: r.method as 'GET',
        url,
        payload: r.method === 'GET' ? undefined : {},
      });
      if (res.statusCode !== 401) failures.push(`${r.method} ${r.path} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('lists only routes that exist in the public allow-list', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as OpenApi;
    for (const key of PUBLIC_ROUTES) {
      const [method, path] = key.split(' ') as [string, string];
      expect(doc.paths[path]?.[method.toLowerCase()], key).toBeDefined();
    }
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request from another origin', async () => {
    await seedUser(t.db, { username: 'csrf1' });
    const cookie = await t.login('csrf1');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, origin: 'https://jahat.example' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF');
  });

  it('refuses a request the browser marks as cross-site', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: { username: 'a', password: 'b' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('accepts a same-origin request', async () => {
    await seedUser(t.db, { username: 'csrf2' });
    const cookie = await t.login('csrf2');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: {
        cookie,
        origin: 'http://localhost:80',
        host: 'localhost:80',
        'sec-fetch-site': 'same-origin',
      },
    });
    expect(res.statusCode).toBe(204);
  });
});

describe('HTTP basics', () => {
  it('sends a strict Content-Security-Policy and other security headers', async () => {
    const res = await t.app.inject({ url: '/healthz' });
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers /healthz and /readyz', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ url: '/readyz' })).statusCode).toBe(200);
  });

  it('exposes Prometheus metrics', async () => {
    await t.app.inject({ url: '/healthz' });
    const res = await t.app.inject({ url: '/metrics' });
    expect(res.body).toContain('http_requests_total{');
  });

  it('answers unknown API paths with 404 in the error shape', async () => {
    const res = await t.app.inject({ url: '/api/v1/tidak-ada' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBeDefined();
  });

  it('answers an oversized JSON body with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'x', password: 'y'.repeat(2 * 1024 * 1024) },
    });
    expect(res.statusCode).toBe(413);
  });

  it('echoes a request id', async () => {
    const res = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers['x-request-id']).toBe('abc-123');
  });
});
