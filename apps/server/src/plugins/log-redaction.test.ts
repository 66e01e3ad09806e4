import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type AppInstance } from '../app';
import { loadConfig } from '../config';
import { redactUrl } from '../lib/redact';
import { openTestDatabase, type TestDatabase } from '../../test/test-db';

// Open311 clients send `api_key` in the query string; the request log wrote it out as sent.

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
