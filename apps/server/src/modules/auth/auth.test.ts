import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedUser } from '../../../test/builders';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../test/test-app';

let t: TestApp;
afterEach(async () => t?.close());

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, headers });

const auditActions = async () =>
  (await t.db.selectFrom('audit_log').select('action').orderBy('id').execute()).map((r) => r.action);

describe('POST /api/v1/auth/login', () => {
  beforeEach(async () => {
    t = await createTestApp();
  });

  it('returns the user and an httpOnly SameSite session cookie for correct credentials', async () => {
    await seedUser(t.db, { username: 'siti', roles: ['PEGAWAI'] });
    const res = await login('siti', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({
      username: 'siti',
      roles: ['PEGAWAI'],
      mustChangePassword: false,
    });
    const cookie = res.cookies.find((c) => c.name === 'sid');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(await auditActions()).toContain('auth.login');
  });

  it('returns 401 with one message for a wrong password and for an unknown user', async () => {
    await seedUser(t.db, { username: 'siti' });
    const wrong = await login('siti', 'salah-sekali-123');
    const unknown = await login('tidakada', 'salah-sekali-123');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
    expect(await auditActions()).toEqual(expect.arrayContaining(['auth.login_failed']));
  });

  it('returns 400 naming the field when the username is missing', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { password: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION');
    expect(res.json().error.details[0].path).toBe('body.username');
  });

  it('locks the account for 15 minutes after 10 failures, even for the right password', async () => {
    t = await createTestApp({ now: new Date('2026-11-28T03:00:00Z') });
    await seedUser(t.db, { username: 'budi' });
    for (let i = 0; i < 10; i++) expect((await login('budi', 'salah-sekali-123')).statusCode).toBe(401);
    const locked = await login('budi', TEST_PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(await auditActions()).toContain('auth.account_locked');
    t.clock.advance(14 * 60_000);
    expect((await login('budi', TEST_PASSWORD)).statusCode).toBe(423);
    t.clock.advance(2 * 60_000);
    expect((await login('budi', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('makes the caller wait longer after each failure beyond the third', async () => {
    t = await createTestApp({ now: new Date('2026-11-28T03:00:00Z') });
    t.config.login.baseDelayMs = 1000;
    await seedUser(t.db, { username: 'ani' });
    for (let i = 0; i < 3; i++) expect((await login('ani', 'salah-sekali-123')).statusCode).toBe(401);
    const early = await login('ani', TEST_PASSWORD);
    expect(early.statusCode).toBe(429);
    expect(Number(early.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(1100);
    expect((await login('ani', 'salah-sekali-123')).statusCode).toBe(401);
    t.clock.advance(1100); // the 5th attempt now needs 2 s
    expect((await login('ani', TEST_PASSWORD)).statusCode).toBe(429);
    t.clock.advance(1000);
    expect((await login('ani', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses every login from an IP after too many failures across accounts', async () => {
    t = await createTestApp({ now: new Date('2026-11-28T03:00:00Z') });
    t.config.login.ipMaxFailuresPer15Min = 5;
    await seedUser(t.db, { username: 'dedi' });
    for (let i = 0; i < 5; i++) await login(`orang${i}`, 'salah-sekali-123');
    const res = await login('dedi', TEST_PASSWORD);
    expect(res.statusCode).toBe(429);
    t.clock.advance(16 * 60_000);
    expect((await login('dedi', TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('expires a session after the idle limit and after the absolute limit', async () => {
    t = await createTestApp({ now: new Date('2026-11-28T01:00:00Z') });
    await seedUser(t.db, { username: 'rina' });
    const me = (cookie: string) =>
      t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });

    const c1 = await t.login('rina');
    t.clock.advance((t.config.session.idleMinutes - 1) * 60_000);
    expect((await me(c1)).statusCode).toBe(200);
    t.clock.advance((t.config.session.idleMinutes + 1) * 60_000);
    expect((await me(c1)).statusCode).toBe(401);

    const c2 = await t.login('rina');
    for (let h = 0; h < t.config.session.absoluteHours; h++) {
      t.clock.advance(60 * 60_000);
      await me(c2);
    }
    expect((await me(c2)).statusCode).toBe(401);
  });

  it('ends the session on logout', async () => {
    t = await createTestApp();
    await seedUser(t.db, { username: 'rina' });
    const cookie = await t.login('rina');
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode,
    ).toBe(401);
  });
});

describe('POST /api/v1/auth/password', () => {
  beforeEach(async () => {
    t = await createTestApp();
  });
  const change = (cookie: string, currentPassword: string, newPassword: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie },
      payload: { currentPassword, newPassword },
    });

  it.each([
    ['is shorter than 10 characters', 'Pendek#1'],
    ['contains the username', 'xx-196608011988031001-xx'],
    ['is a common password', 'Bismillah123'],
  ])('returns 400 on newPassword when it %s', async (_why, newPassword) => {
    await seedUser(t.db, { username: '196608011988031001' });
    const cookie = await t.login('196608011988031001');
    const res = await change(cookie, TEST_PASSWORD, newPassword);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toMatch(/newPassword/);
  });

  it('returns 400 on currentPassword when it is wrong', async () => {
    await seedUser(t.db, { username: 'rina' });
    const res = await change(await t.login('rina'), 'bukan-sandi-lama', 'Sandi-Baru-Yang-Kuat-7');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('currentPassword');
  });

  it('changes the password, keeps this session, ends the others and audits it', async () => {
    await seedUser(t.db, { username: 'rina' });
    const here = await t.login('rina');
    const elsewhere = await t.login('rina');
    expect((await change(here, TEST_PASSWORD, 'Sandi-Baru-Yang-Kuat-7')).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: here } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: elsewhere } })).statusCode).toBe(
      401,
    );
    expect((await login('rina', 'Sandi-Baru-Yang-Kuat-7')).statusCode).toBe(200);
    expect(await auditActions()).toContain('auth.password_changed');
  });
});

describe('user administration', () => {
  beforeEach(async () => {
    t = await createTestApp();
  });

  it('lets an admin reset a password; the user must change it before doing anything else', async () => {
    await seedUser(t.db, { username: 'admin', roles: ['ADMIN_KEPEGAWAIAN'] });
    const { id } = await seedUser(t.db, { username: 'rina' });
    const admin = await t.login('admin');
    const reset = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${id}/reset-password`,
      headers: { cookie: admin },
    });
    expect(reset.statusCode).toBe(200);
    const temp = reset.json().temporaryPassword as string;

    const res = await login('rina', temp);
    expect(res.json().user.mustChangePassword).toBe(true);
    const cookie = `sid=${res.cookies.find((c) => c.name === 'sid')!.value}`;
    const blocked = await t.app.inject({ url: '/api/v1/users', headers: { cookie } });
    expect(blocked.statusCode).toBe(403);
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie },
      payload: { currentPassword: temp, newPassword: 'Sandi-Baru-Yang-Kuat-7' },
    });
    expect(changed.statusCode).toBe(204);
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.json().user.mustChangePassword).toBe(false);
  });

  it('records role changes with before and after', async () => {
    await seedUser(t.db, { username: 'admin', roles: ['ADMIN_KEPEGAWAIAN'] });
    const { id } = await seedUser(t.db, { username: 'rina', roles: ['PEGAWAI'] });
    const admin = await t.login('admin');
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${id}/roles`,
      headers: { cookie: admin },
      payload: { roles: ['PEGAWAI', 'PETUGAS_PENGADUAN'] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().roles).toEqual(['PEGAWAI', 'PETUGAS_PENGADUAN']);
    const row = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'auth.roles_changed')
      .executeTakeFirstOrThrow();
    expect(row.before).toEqual({ roles: ['PEGAWAI'] });
    expect(row.after).toEqual({ roles: ['PEGAWAI', 'PETUGAS_PENGADUAN'] });
  });

  it('returns 400 with a field error when roles contain an unknown role', async () => {
    await seedUser(t.db, { username: 'admin', roles: ['ADMIN_KEPEGAWAIAN'] });
    const { id } = await seedUser(t.db);
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${id}/roles`,
      headers: { cookie: await t.login('admin') },
      payload: { roles: ['RAJA'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('body.roles.0');
  });

  it.each([
    ['GET', '/api/v1/users'],
    ['PUT', '/api/v1/users/1/roles'],
    ['POST', '/api/v1/users/1/reset-password'],
    ['POST', '/api/v1/users/1/unlock'],
  ])('returns 403 to a pegawai for %s %s', async (method, url) => {
    await seedUser(t.db, { username: 'rina', roles: ['PEGAWAI', 'PIMPINAN'] });
    const res = await t.app.inject({
      method: method as 'GET',
      url,
      headers: { cookie: await t.login('rina') },
      payload: method === 'PUT' ? { roles: ['PEGAWAI'] } : undefined,
    });
    expect(res.statusCode).toBe(403);
  });

  it('unlocks a locked account', async () => {
    await seedUser(t.db, { username: 'admin', roles: ['ADMIN_KEPEGAWAIAN'] });
    const { id } = await seedUser(t.db, { username: 'budi' });
    for (let i = 0; i < 10; i++) await login('budi', 'salah-sekali-123');
    expect((await login('budi', TEST_PASSWORD)).statusCode).toBe(423);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${id}/unlock`,
      headers: { cookie: await t.login('admin') },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().lockedUntil).toBeNull();
    expect((await login('budi', TEST_PASSWORD)).statusCode).toBe(200);
  });
});
