import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';

// The built SPA: the entry page at the root and at every client-side route, assets by file, API 404s as JSON.
// The build writes .br and .gz siblings next to each asset (apps/web/build/precompress.ts); the server picks one
// by Accept-Encoding and never compresses per request.
const APP_JS = `console.log(${JSON.stringify('x'.repeat(2000))})`;
const INDEX = '<!doctype html><title>SIM Kinerja</title>';
const IMMUTABLE = 'public, max-age=31536000, immutable';
// A public route's own page (apps/web/build/route-pages.ts): index.html plus the route's preload links.
const SURVEY_PAGE =
  '<!doctype html><title>SIM Kinerja</title><link rel="modulepreload" crossorigin href="/assets/survey-1a.js">';
let t: TestApp;
let dist: string;
beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-web-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), INDEX);
  fs.writeFileSync(path.join(dist, 'index.html.br'), zlib.brotliCompressSync(INDEX));
  fs.writeFileSync(path.join(dist, 'index.html.gz'), zlib.gzipSync(INDEX));
  fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  fs.writeFileSync(path.join(dist, 'assets', 'app-Ab12Cd34.js'), APP_JS);
  fs.writeFileSync(path.join(dist, 'assets', 'app-Ab12Cd34.js.br'), zlib.brotliCompressSync(APP_JS));
  fs.writeFileSync(path.join(dist, 'assets', 'app-Ab12Cd34.js.gz'), zlib.gzipSync(APP_JS));
  fs.writeFileSync(path.join(dist, 'assets', 'style-Ef56Gh78.css'), 'body{margin:0}');
  fs.writeFileSync(path.join(dist, 'assets', 'style-Ef56Gh78.css.gz'), zlib.gzipSync('body{margin:0}'));
  fs.mkdirSync(path.join(dist, 'pages'));
  fs.writeFileSync(path.join(dist, 'pages', 'survei-code.html'), SURVEY_PAGE);
  fs.writeFileSync(path.join(dist, 'pages', 'survei-code.html.br'), zlib.brotliCompressSync(SURVEY_PAGE));
  fs.writeFileSync(
    path.join(dist, 'pages', 'routes.json'),
    JSON.stringify([
      { path: '/survei/:code', file: 'pages/survei-code.html' },
      { path: '/transparansi/skm', file: 'pages/belum-dibangun.html' },
      { path: '/verifikasi/:code', file: '../index.html' },
    ]),
  );
  t = await createTestApp({ config: { webDist: dist } });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('web app serving', () => {
  it.each(['/', '/login', '/employees/12', '/pengaduan/lacak'])(
    'serves the entry page at %s',
    async (url) => {
      const res = await t.app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('SIM Kinerja');
    },
  );

  it('serves built assets as files, including ones added after start', async () => {
    expect((await t.app.inject({ url: '/assets/app-Ab12Cd34.js' })).body).toBe(APP_JS);
    fs.writeFileSync(path.join(dist, 'assets', 'baru.js'), 'console.log(2)');
    expect((await t.app.inject({ url: '/assets/baru.js' })).body).toBe('console.log(2)');
  });

  it('answers unknown API paths with a JSON 404, not the entry page', async () => {
    const res = await t.app.inject({ url: '/api/v1/tidak-ada' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });

  it('answers a missing asset with 404, not the entry page (a stale chunk must fail as a script, not parse HTML)', async () => {
    const res = await t.app.inject({ url: '/assets/hilang-Zz99.js' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).not.toMatch(/text\/html/);
  });
});

describe('pre-compressed assets', () => {
  it('sends the brotli file when the browser accepts br, with the original content type', async () => {
    const res = await t.app.inject({
      url: '/assets/app-Ab12Cd34.js',
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(APP_JS);
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
    expect(res.rawPayload.length).toBeLessThan(APP_JS.length / 10);
  });

  it('sends the gzip file when the browser accepts only gzip', async () => {
    const res = await t.app.inject({
      url: '/assets/app-Ab12Cd34.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.gunzipSync(res.rawPayload).toString()).toBe(APP_JS);
  });

  it('falls back to gzip when no brotli file was written (too small to gain)', async () => {
    const res = await t.app.inject({
      url: '/assets/style-Ef56Gh78.css',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toMatch(/^text\/css/);
    expect(zlib.gunzipSync(res.rawPayload).toString()).toBe('body{margin:0}');
  });

  it('sends the identity file, still varying on Accept-Encoding, when the client accepts no encoding', async () => {
    for (const headers of [{}, { 'accept-encoding': 'identity' }]) {
      const res = await t.app.inject({ url: '/assets/app-Ab12Cd34.js', headers });
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.body).toBe(APP_JS);
    }
  });

  it('compresses the entry page too, keeping it uncached', async () => {
    const res = await t.app.inject({ url: '/pengaduan', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(INDEX);
  });

  it('answers HEAD with the headers of the chosen file and no body', async () => {
    const res = await t.app.inject({
      method: 'HEAD',
      url: '/assets/app-Ab12Cd34.js',
      headers: { 'accept-encoding': 'br' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(Number(res.headers['content-length'])).toBe(zlib.brotliCompressSync(APP_JS).length);
    expect(res.body).toBe('');
  });

  it('answers a Range request on the identity file with 206 and exactly those bytes', async () => {
    const res = await t.app.inject({ url: '/assets/app-Ab12Cd34.js', headers: { range: 'bytes=0-10' } });
    expect(res.statusCode).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes 0-10/${APP_JS.length}`);
    expect(res.body).toBe(APP_JS.slice(0, 11));
  });

  it('answers an unsatisfiable Range with 416', async () => {
    const res = await t.app.inject({ url: '/assets/app-Ab12Cd34.js', headers: { range: 'bytes=999999-' } });
    expect(res.statusCode).toBe(416);
  });
});

describe('public route pages (preload links for the route, ADR 0005)', () => {
  it.each(['/survei/AB12CD', '/survei/AB12CD/', '/survei/AB12CD?undangan=x'])(
    "sends the route's own page at %s, compressed and revalidated like the entry page",
    async (url) => {
      const res = await t.app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-encoding']).toBe('br');
      expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(SURVEY_PAGE);
    },
  );

  it.each(['/survei', '/survei/AB12CD/terima-kasih', '/pengaduan', '/', '/login'])(
    'sends index.html at %s, which no route page matches',
    async (url) => {
      const res = await t.app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(INDEX);
    },
  );

  it('falls back to index.html when the listed page is missing or outside pages/', async () => {
    for (const url of ['/transparansi/skm', '/verifikasi/SKP-1']) {
      const res = await t.app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(INDEX);
    }
  });
});

describe('caching', () => {
  it('caches hashed files under /assets for a year as immutable, whatever the encoding', async () => {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const res = await t.app.inject({
        url: '/assets/app-Ab12Cd34.js',
        headers: { 'accept-encoding': encoding },
      });
      expect(res.headers['cache-control']).toBe(IMMUTABLE);
      expect(res.headers.etag).toBeTruthy();
    }
  });

  it('makes browsers revalidate files outside /assets, whose names do not change with their content', async () => {
    const res = await t.app.inject({ url: '/favicon.svg' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers a revalidation of the entry page with 304', async () => {
    const first = await t.app.inject({ url: '/', headers: { 'accept-encoding': 'br' } });
    const again = await t.app.inject({
      url: '/',
      headers: { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });
});
