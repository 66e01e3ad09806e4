import net from 'node:net';
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

async function appOn(databaseUrl: string, connectTimeoutMs?: number) {
  handle = await openDatabase({
    databaseUrl,
    dataDir: '/tmp/sim-test-unused',
    logger: quiet,
    connectTimeoutMs,
  });
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

  it('fails fast with 503 when the database accepts connections but never answers (DATABASE_CONNECT_TIMEOUT_MS)', async () => {
    // A hung database host: the TCP connection opens, the PostgreSQL handshake is never answered.
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((s) => sockets.add(s));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const a = await appOn(`postgres://postgres@127.0.0.1:${port}/postgres`, 500);
      const started = Date.now();
      const res = await a.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: 'sid=abc' } });
      expect(res.statusCode, res.body).toBe(503);
      expect(res.json().error.message).toBe(
        'Basis data sedang tidak dapat dihubungi; coba lagi dalam 5 detik',
      );
      expect(Date.now() - started).toBeLessThan(2000);
      expect((await a.inject({ url: '/readyz' })).statusCode).toBe(503);
    } finally {
      for (const s of sockets) s.destroy();
      silent.close();
    }
  });

  it('reads the connect timeout from DATABASE_CONNECT_TIMEOUT_MS, 5 s by default', () => {
    expect(loadConfig({}).databaseConnectTimeoutMs).toBe(5000);
    expect(loadConfig({ DATABASE_CONNECT_TIMEOUT_MS: '1500' }).databaseConnectTimeoutMs).toBe(1500);
    expect(() => loadConfig({ DATABASE_CONNECT_TIMEOUT_MS: 'lama' })).toThrow('DATABASE_CONNECT_TIMEOUT_MS');
  });
});
