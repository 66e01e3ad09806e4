import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, type AppInstance } from '../app';
import { loadConfig } from '../config';
import { openDatabase, type DatabaseHandle } from './database';

// While the database cannot be reached the API says so — 503, Retry-After, the one error shape — instead of a 500.
const quiet = { info: () => {}, warn: () => {}, error: () => {} };
let handle: DatabaseHandle | undefined;
let app: AppInstance | undefined;
afterEach(async () => {
  await app?.close();
  await handle?.close();
});

async function appOn(databaseUrl: string) {
  handle = await openDatabase({ databaseUrl, dataDir: '/tmp/sim-test-unused', logger: quiet });
  const config = loadConfig({ ...process.env, DATA_DIR: '/tmp/sim-test-unused', WEB_DIST: '/nonexistent' });
  app = await buildApp({ db: handle.db, config: { ...config, login: { ...config.login, baseDelayMs: 0 } } });
  return app;
}

describe('database unavailable', () => {
  it.each([
    ['a refused TCP connection', 'postgres://postgres@127.0.0.1:1/postgres'],
    [
      'a missing Unix socket (embedded database process gone)',
      'postgres://postgres@/postgres?host=/nonexistent-sim-run',
    ],
  ])('answers API requests with 503 and Retry-After on %s, and /readyz with 503', async (_what, url) => {
    const a = await appOn(url);
    for (const req of [
      { method: 'GET' as const, url: '/api/v1/auth/me', headers: { cookie: 'sid=abc' } },
      {
        method: 'POST' as const,
        url: '/api/v1/auth/login',
        payload: { username: 'admin', password: 'Kertapati#2026' },
      },
    ]) {
      const res = await a.inject(req);
      expect(res.statusCode, res.body).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.json()).toEqual({
        error: {
          code: 'UNAVAILABLE',
          message: 'Basis data sedang tidak dapat dihubungi; coba lagi dalam 5 detik',
        },
      });
    }
    const ready = await a.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.headers['retry-after']).toBe('5');
  });
});
