import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';

// The built SPA: the entry page at the root and at every client-side route, assets by file, API 404s as JSON.
let t: TestApp;
let dist: string;
beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-web-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>SIM Kinerja</title>');
  fs.writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
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
    expect((await t.app.inject({ url: '/assets/app.js' })).body).toBe('console.log(1)');
    fs.writeFileSync(path.join(dist, 'assets', 'baru.js'), 'console.log(2)');
    expect((await t.app.inject({ url: '/assets/baru.js' })).body).toBe('console.log(2)');
  });

  it('answers unknown API paths with a JSON 404, not the entry page', async () => {
    const res = await t.app.inject({ url: '/api/v1/tidak-ada' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });
});
