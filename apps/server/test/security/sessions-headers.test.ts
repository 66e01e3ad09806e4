import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { PERMISSIONS_POLICY } from '../../src/plugins/security-headers.plugin';
import { seedUser } from '../builders';
import { createTestApp, type TestApp } from '../test-app';

// Issue 16 §2, sessions, cookies, rate limits and headers — what the module tests (auth.test.ts: idle/absolute
// expiry, logout, password change ends other sessions; security.test.ts: CSP, CSRF; complaints/surveys: their own
// limits) do not already check.

const ORIGIN = { origin: 'http://localhost:80', host: 'localhost:80' };
let t: TestApp;
let admin: string;

beforeAll(async () => {
  // Low limits on the public endpoints, so the test sees the 429 the settings promise.
  const base = loadConfig({ DATA_DIR: '/tmp/sim-test-unused' });
  t = await createTestApp({
    config: {
      rateLimits: {
        ...base.rateLimits,
        login: { max: 3, timeWindow: '1 minute' },
        documentVerify: { max: 2, timeWindow: '1 minute' },
        complaintTracking: { max: 2, timeWindow: '1 minute' },
        surveyRead: { max: 2, timeWindow: '1 minute' },
      },
    },
  });
  await seedUser(t.db, { username: 'admin-sesi', roles: ['ADMIN_KEPEGAWAIAN'] });
  admin = await t.login('admin-sesi');
}, 120_000);
afterAll(async () => t?.close());

const sidOf = (res: { cookies: { name: string; value: string }[] }) =>
  res.cookies.find((c) => c.name === 'sid')?.value;

const me = (cookie: string) => t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });

async function loginFrom(ip: string, username: string, extra: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: ip,
    headers: extra,
    payload: { username, password: 'Uji-Sandi#2026' },
  });
}

describe('session tokens rotate', () => {
  it('issues a new token at login and never adopts a cookie sent before it (session fixation)', async () => {
    await seedUser(t.db, { username: 'sesi-tetap' });
    const planted = 'penyerang-memilih-token-ini-0123456789abcdef';
    const res = await loginFrom('10.0.0.11', 'sesi-tetap', { cookie: `sid=${planted}` });
    expect(res.statusCode).toBe(200);
    const issued = sidOf(res)!;
    expect(issued).toBeDefined();
    expect(issued).not.toBe(planted);
    expect((await me(`sid=${planted}`)).statusCode).toBe(401);
    expect((await me(`sid=${issued}`)).statusCode).toBe(200);
    // A second login is a second, different token.
    expect(sidOf(await loginFrom('10.0.0.11', 'sesi-tetap'))).not.toBe(issued);
  });

  it('ends the open sessions of a user whose role is removed, so the old role is not kept in any tab', async () => {
    const { id } = await seedUser(t.db, { username: 'sesi-peran', roles: ['PEGAWAI', 'PETUGAS_PENGADUAN'] });
    const cookie = `sid=${sidOf(await loginFrom('10.0.0.12', 'sesi-peran'))}`;
    expect((await me(cookie)).json().user.roles).toContain('PETUGAS_PENGADUAN');
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${id}/roles`,
      headers: { cookie: admin, ...ORIGIN },
      payload: { roles: ['PEGAWAI'] },
    });
    expect(res.statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
    // Signing in again gives a session with the new roles only.
    const again = `sid=${sidOf(await loginFrom('10.0.0.12', 'sesi-peran'))}`;
    expect((await me(again)).json().user.roles).toEqual(['PEGAWAI']);
  });

  it('ends the open sessions of a user who is granted a role (privilege change), and keeps them when nothing changes', async () => {
    const { id } = await seedUser(t.db, { username: 'sesi-naik', roles: ['PEGAWAI'] });
    const cookie = `sid=${sidOf(await loginFrom('10.0.0.13', 'sesi-naik'))}`;
    const put = (roles: string[]) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/users/${id}/roles`,
        headers: { cookie: admin, ...ORIGIN },
        payload: { roles },
      });
    expect((await put(['PEGAWAI'])).statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(200);
    expect((await put(['PEGAWAI', 'PIMPINAN'])).statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it("keeps the admin's own session when the admin changes their own roles", async () => {
    const { id } = await seedUser(t.db, { username: 'admin-diri', roles: ['ADMIN_KEPEGAWAIAN'] });
    const own = `sid=${sidOf(await loginFrom('10.0.0.14', 'admin-diri'))}`;
    const other = `sid=${sidOf(await loginFrom('10.0.0.15', 'admin-diri'))}`;
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${id}/roles`,
      headers: { cookie: own, ...ORIGIN },
      payload: { roles: ['ADMIN_KEPEGAWAIAN', 'PEGAWAI'] },
    });
    expect(res.statusCode).toBe(200);
    expect((await me(own)).json().user.roles).toContain('PEGAWAI');
    expect((await me(other)).statusCode).toBe(401);
  });
});

describe('session cookie attributes', () => {
  it('is HttpOnly, SameSite=Lax, Path=/ and not Secure over plain HTTP', async () => {
    await seedUser(t.db, { username: 'sesi-kuki' });
    const res = await loginFrom('10.0.0.16', 'sesi-kuki');
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(/^sid=[\w-]{40,};/);
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; SameSite=Lax/);
    expect(header).toMatch(/; Path=\//);
    expect(header).not.toMatch(/; Secure/);
  });

  it('is Secure, and HSTS is sent, when the app is published over HTTPS (PUBLIC_URL https://…)', async () => {
    const config = loadConfig({
      DATA_DIR: '/tmp/sim-test-unused',
      PUBLIC_URL: 'https://kinerja.example.go.id',
    });
    expect(config.session.cookieSecure).toBe(true);
    expect(loadConfig({ DATA_DIR: '/tmp/x', PUBLIC_URL: 'http://intranet' }).session.cookieSecure).toBe(
      false,
    );
    expect(loadConfig({ DATA_DIR: '/tmp/x', COOKIE_SECURE: 'true' }).session.cookieSecure).toBe(true);
    const https = await createTestApp({ config: { publicUrl: config.publicUrl, session: config.session } });
    try {
      await seedUser(https.db, { username: 'sesi-https' });
      const res = await https.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { origin: 'https://kinerja.example.go.id', host: 'kinerja.example.go.id' },
        payload: { username: 'sesi-https', password: 'Uji-Sandi#2026' },
      });
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['set-cookie'])).toMatch(/; Secure/);
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    } finally {
      await https.close();
    }
  });
});

describe('rate limits on login and public endpoints (each a setting)', () => {
  const expect429 = (res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) => {
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    const error = (res.json() as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('TOO_MANY_REQUESTS');
    expect(error.message).toMatch(/Terlalu banyak permintaan/);
  };

  it('RATE_LIMIT_LOGIN: the fourth login from one address within the window gets 429 with Retry-After', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 3; i++) codes.push((await loginFrom('10.9.9.1', 'siapa-saja')).statusCode);
    expect(codes).toEqual([401, 401, 401]);
    expect429(await loginFrom('10.9.9.1', 'siapa-saja'));
    // Another address is not affected.
    expect((await loginFrom('10.9.9.2', 'siapa-saja')).statusCode).toBe(401);
  });

  it.each([
    ['RATE_LIMIT_DOCUMENT_VERIFY', '/api/v1/public/performance-documents/ABCD-EFGH-JKLM'],
    ['RATE_LIMIT_COMPLAINT_TRACKING', '/api/v1/public/complaints/tracking'],
    ['RATE_LIMIT_SURVEY_READ', '/api/v1/public/surveys/TIDAKADA'],
  ])('%s: a public endpoint answers 429 in Indonesian past its limit', async (_name, url) => {
    const call = () => t.app.inject({ url, remoteAddress: '10.9.8.7', headers: ORIGIN });
    for (let i = 0; i < 2; i++) expect((await call()).statusCode).not.toBe(429);
    expect429(await call());
  });
});

describe('security headers on HTML, API answers, files and errors', () => {
  const expectHeaders = (headers: Record<string, unknown>) => {
    const csp = String(headers['content-security-policy']);
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toBe("'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
    expect(headers['strict-transport-security']).toBeUndefined(); // plain HTTP here; the HTTPS case is above
  };

  it('sends them on an API answer, an error, a URL the router cannot read and an unknown page', async () => {
    expectHeaders((await me(admin)).headers);
    expectHeaders((await t.app.inject({ url: '/api/v1/auth/me' })).headers);
    const bad = await t.app.inject({ url: '/api/v1/employees/%E0%A4%A', headers: { cookie: admin } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('Alamat (URL) tidak valid');
    expectHeaders(bad.headers);
    const long = await t.app.inject({
      url: `/api/v1/employees/${'9'.repeat(200)}`,
      headers: { cookie: admin },
    });
    expect(long.statusCode).toBe(414);
    expect(long.json().error.details[0].path).toBe('params');
    expectHeaders(long.headers);
    expectHeaders((await t.app.inject({ url: '/tidak/ada' })).headers);
  });

  it('grants the page only the browser features it uses (position for the complaint form)', () => {
    expect(PERMISSIONS_POLICY).toMatch(/geolocation=\(self\)/);
    for (const feature of ['camera', 'microphone', 'payment', 'usb'])
      expect(PERMISSIONS_POLICY).toMatch(new RegExp(`${feature}=\\(\\)`));
  });
});
