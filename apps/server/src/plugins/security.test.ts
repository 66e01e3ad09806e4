import http from 'node:http';
import type { AddressInfo } from 'node:net';
import helmet from 'helmet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from '../app';
import { seedUser } from '../../test/builders';
import { createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

// Which routes answer without a session (and every other cell of every operation × actor × owner) is declared in
// apps/server/test/security/authz-matrix.ts and checked by authz-matrix.test.ts.

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

describe('NUL in a query value', () => {
  it('is refused with a 400 naming the parameter, before it reaches the database', async () => {
    await seedUser(t.db, { username: 'nul1', roles: ['ADMIN_KEPEGAWAIAN'] });
    const cookie = await t.login('nul1');
    for (const url of ['/api/v1/employees?q=a%00b', '/api/v1/users?q=%00&q=x']) {
      const res = await t.app.inject({ url, headers: { cookie } });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.details[0].path, url).toBe('querystring.q');
      expect(res.json().error.message, url).toContain('NUL');
    }
  });

  it('leaves Open311 to answer in its own error list format', async () => {
    const res = await t.app.inject({ url: '/open311/v2/requests.json?service_code=%00' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual([expect.objectContaining({ code: 400 })]);
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

  it("sends exactly the headers helmet's own middleware sends for the same options", async () => {
    // The options app.ts registers the plugin with (no https PUBLIC_URL in tests, so no HSTS).
    const middleware = helmet({
      contentSecurityPolicy: { directives: CSP_DIRECTIVES },
      crossOriginEmbedderPolicy: false,
      hsts: false,
    });
    const server = http.createServer((req, res) => middleware(req, res, () => res.end()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const fromHelmet = (await fetch(`http://127.0.0.1:${port}/`)).headers;
      const res = await t.app.inject({ url: '/healthz' });
      const standard = new Set(['connection', 'content-length', 'date', 'keep-alive', 'transfer-encoding']);
      const sent = [...fromHelmet].filter(([name]) => !standard.has(name));
      expect(sent.length).toBeGreaterThan(5);
      for (const [name, value] of sent) expect([name, res.headers[name]]).toEqual([name, value]);
      expect(res.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
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
