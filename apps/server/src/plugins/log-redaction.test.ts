import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, CSP_DIRECTIVES, type AppInstance } from '../app';
import { loadConfig } from '../config';
import { redactUrl } from '../lib/redact';
import { openTestDatabase, type TestDatabase } from '../../test/test-db';
import { helmetHeaders } from './security-headers.plugin';

// Open311 clients send `api_key` in the query string; the request log wrote it out as sent.
// The per-request stack made cheaper (issue 15 §2): helmet's headers worked out once, one request-log line per
// request. Neither may lose a security header or the request log.

let tdb: TestDatabase;
let app: AppInstance;
const lines: string[] = [];

beforeAll(async () => {
  tdb = await openTestDatabase();
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const config = loadConfig({ ...process.env, DATA_DIR: '/tmp/sim-test-unused', WEB_DIST: '/nonexistent' });
  app = await buildApp({ db: tdb.db, config, logger: { level: 'info', stream } });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await tdb.close();
});

describe('secrets in logged URLs', () => {
  it('redacts the Open311 api_key from the request log', async () => {
    await app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json?api_key=rahasia-kunci-311&service_code=jalan',
      payload: { description: 'x' },
    });
    await app.inject({ url: '/open311/v2/requests.json?service_code=jalan&api_key=rahasia-kunci-311' });
    const log = lines.join('');
    expect(log).toContain('/open311/v2/requests.json');
    expect(log).not.toContain('rahasia-kunci-311');
    expect(log).toContain('api_key=[REDACTED]');
    expect(log).toContain('service_code=jalan');
  });

  it.each([
    ['/x?token=abc&page=2', '/x?token=[REDACTED]&page=2'],
    ['/x?password=p%40ss', '/x?password=[REDACTED]'],
    ['/x?API%5FKEY=k', '/x?API%5FKEY=[REDACTED]'],
    ['/x?q=api_key', '/x?q=api_key'],
    ['/x', '/x'],
  ])('redactUrl(%s) = %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });
});

const HELMET_OPTIONS = {
  contentSecurityPolicy: { directives: CSP_DIRECTIVES },
  crossOriginEmbedderPolicy: false,
  hsts: false,
} as const;

describe('security headers', () => {
  it('sends every header helmet sets on a health check, an API error and an unknown path', async () => {
    const expected = helmetHeaders(HELMET_OPTIONS);
    expect(expected.map(([name]) => name.toLowerCase())).toEqual(
      expect.arrayContaining(['content-security-policy', 'x-content-type-options', 'x-frame-options']),
    );
    for (const url of ['/healthz', '/api/v1/auth/me', '/tidak-ada']) {
      const res = await app.inject({ url });
      for (const [name, value] of expected)
        expect(res.headers[name.toLowerCase()], `${url} ${name}`).toBe(value);
    }
  });

  it('sends Strict-Transport-Security when helmet is told to (HTTPS public URL)', () => {
    const names = helmetHeaders({ ...HELMET_OPTIONS, hsts: undefined }).map(([n]) => n.toLowerCase());
    expect(names).toContain('strict-transport-security');
    expect(helmetHeaders(HELMET_OPTIONS).map(([n]) => n.toLowerCase())).not.toContain(
      'strict-transport-security',
    );
  });
});

describe('request log', () => {
  it('writes one line per request with method, redacted URL, status and time', async () => {
    lines.length = 0;
    const res = await app.inject({
      url: '/open311/v2/requests.json?api_key=rahasia-kunci-311&status=open',
      headers: { 'x-request-id': 'uji-log-1' },
    });
    const mine = lines.map((l) => JSON.parse(l)).filter((l) => l.reqId === 'uji-log-1');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      msg: 'request completed',
      req: { method: 'GET', url: '/open311/v2/requests.json?api_key=[REDACTED]&status=open' },
      res: { statusCode: res.statusCode },
    });
    expect(typeof mine[0].responseTime).toBe('number');
  });
});
