import { afterEach, describe, expect, it } from 'vitest';
import { seedUser } from '../../../test/builders';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../test/test-app';

// Findings of the security review (issue 8): NIP log-in, account enumeration and lock-out by strangers through
// the login throttle, guessing the current password on password change, and a weak password policy.

let t: TestApp;
afterEach(async () => t?.close());

const STRANGER = '203.0.113.66';
const OFFICE = '198.51.100.10';
const login = (username: string, password: string, ip = STRANGER) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  });
const change = (cookie: string, currentPassword: string, newPassword: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/password',
    headers: { cookie },
    payload: { currentPassword, newPassword },
  });

describe('rule 14: login with an NIP written with spaces or dots', () => {
  it.each(['19891025 201010 1 308', '19891025.201010.1.308', ' 198910252010101308 '])(
    'logs in with %s',
    async (typed) => {
      t = await createTestApp();
      await seedUser(t.db, { username: '198910252010101308' });
      const res = await login(typed, TEST_PASSWORD);
      expect(res.statusCode).toBe(200);
      expect(res.json().user.username).toBe('198910252010101308');
    },
  );
});

describe('login throttling does not tell which accounts exist', () => {
  it('answers an unknown name exactly as an existing one, failure after failure', async () => {
    t = await createTestApp({ now: new Date('2026-11-28T03:00:00Z') });
    t.config.login.baseDelayMs = 1000;
    await seedUser(t.db, { username: 'siti' });
    const seen = { siti: [] as string[], tidakada: [] as string[] };
    for (let i = 0; i < 12; i++) {
      for (const name of ['siti', 'tidakada'] as const) {
        const res = await login(name, 'salah-sekali-123');
        seen[name].push(`${res.statusCode} ${res.json().error.message}`);
      }
      t.clock.advance(400);
    }
    expect(seen.siti).toEqual(seen.tidakada);
    expect(seen.siti.some((s) => s.startsWith('429'))).toBe(true);
  });
});

describe('a stranger cannot keep an employee out', () => {
  it('locks the name only for the address that failed; the employee logs in from their office', async () => {
    t = await createTestApp({ now: new Date('2026-11-28T03:00:00Z') });
    await seedUser(t.db, { username: 'budi' });
    expect((await login('budi', TEST_PASSWORD, OFFICE)).statusCode).toBe(200);
    for (let i = 0; i < 12; i++) await login('budi', 'salah-sekali-123', STRANGER);
    expect((await login('budi', TEST_PASSWORD, STRANGER)).statusCode).toBe(423);
    expect((await login('budi', TEST_PASSWORD, OFFICE)).statusCode).toBe(200);
  });

  it('slows guesses on one account from many addresses without refusing the owner at a known address', async () => {
    t = await createTestApp({ now: new Date('2026-11-28T03:00:00Z') });
    t.config.login.baseDelayMs = 1000;
    await seedUser(t.db, { username: 'budi' });
    expect((await login('budi', TEST_PASSWORD, OFFICE)).statusCode).toBe(200);
    // A botnet: one guess from each of many addresses.
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await login('budi', 'salah', `192.0.2.${i + 1}`)).statusCode);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toContain(429);
    expect((await login('budi', TEST_PASSWORD, OFFICE)).statusCode).toBe(200);
  });
});

describe('POST /api/v1/auth/password throttles the current-password check', () => {
  it('refuses further guesses of the current password after a few wrong ones, even the right one', async () => {
    t = await createTestApp({ now: new Date('2026-11-28T03:00:00Z') });
    t.config.login.baseDelayMs = 1000;
    await seedUser(t.db, { username: 'rina' });
    const cookie = await t.login('rina');
    const statuses = [];
    for (let i = 0; i < 40; i++)
      statuses.push((await change(cookie, `tebakan-${i}`, 'Sungai-Musi-Ampera-77')).statusCode);
    expect(statuses.slice(0, 3)).toEqual([400, 400, 400]);
    expect(statuses.filter((s) => s === 400).length).toBeLessThanOrEqual(t.config.login.lockAfterFailures);
    expect([423, 429]).toContain((await change(cookie, TEST_PASSWORD, 'Sungai-Musi-Ampera-77')).statusCode);
    t.clock.advance((t.config.login.lockMinutes + 1) * 60_000);
    expect((await change(cookie, TEST_PASSWORD, 'Sungai-Musi-Ampera-77')).statusCode).toBe(204);
  });
});

describe('password policy uses a strength estimator', () => {
  it.each([
    ['a repeated word', 'passwordpassword'],
    ['a repeated pattern', 'abcabcabca'],
    ['a near-repeated digit', '1111111112'],
    ['an Indonesian word repeated', 'rahasiarahasia'],
    ['a local place and year', 'palembang2026'],
    ["the user's own name", 'budisantoso'],
    ["the user's own name with a digit", 'Santoso.Budi1'],
  ])('returns 400 on newPassword for %s', async (_why, newPassword) => {
    t = await createTestApp();
    await seedUser(t.db, { username: 'bsantoso', displayName: 'Budi Santoso' });
    const res = await change(await t.login('bsantoso'), TEST_PASSWORD, newPassword);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('newPassword');
  });

  it('accepts a long passphrase', async () => {
    t = await createTestApp();
    await seedUser(t.db, { username: 'bsantoso', displayName: 'Budi Santoso' });
    const res = await change(await t.login('bsantoso'), TEST_PASSWORD, 'kapal-jembatan-Ampera-sore7');
    expect(res.statusCode).toBe(204);
  });
});
