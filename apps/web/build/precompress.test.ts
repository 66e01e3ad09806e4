import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDir } from './precompress';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('precompressDir', () => {
  it('writes brotli and gzip siblings that decompress to the original text, in sub-folders too', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-precompress-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    const js = `export const x = ${JSON.stringify('abc'.repeat(500))};`;
    fs.writeFileSync(path.join(dir, 'assets', 'a-1234.js'), js);
    fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html>${'<p>SIM</p>'.repeat(50)}`);

    const written = await precompressDir(dir);

    expect(written.map((f) => f.file).sort()).toEqual([path.join('assets', 'a-1234.js'), 'index.html']);
    const br = fs.readFileSync(path.join(dir, 'assets', 'a-1234.js.br'));
    const gz = fs.readFileSync(path.join(dir, 'assets', 'a-1234.js.gz'));
    expect(zlib.brotliDecompressSync(br).toString()).toBe(js);
    expect(zlib.gunzipSync(gz).toString()).toBe(js);
    expect(br.length).toBeLessThan(js.length);
    expect(fs.existsSync(path.join(dir, 'index.html.br'))).toBe(true);
  });

  it('leaves out a sibling that would not be smaller, and skips files that are compressed already', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-precompress-'));
    fs.writeFileSync(path.join(dir, 'tiny.txt'), 'a');
    fs.writeFileSync(path.join(dir, 'photo.png'), Buffer.alloc(2000));

    const written = await precompressDir(dir);

    expect(written).toEqual([{ file: 'tiny.txt', raw: 1, gzip: null, brotli: null }]);
    expect(fs.readdirSync(dir).sort()).toEqual(['photo.png', 'tiny.txt']);
  });
});
