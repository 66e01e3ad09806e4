import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text files worth compressing; images and fonts are compressed formats already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;

export type PrecompressedFile = { file: string; raw: number; gzip: number | null; brotli: number | null };

/**
 * Writes `x.br` and `x.gz` beside every text file under `dir`, at the highest levels (the cost is paid once per
 * build, not per request). A sibling is written only when it is smaller than the file, so the server falls back to
 * the next encoding, then to the file itself. Returns what was written, for the build log and tests.
 */
export async function precompressDir(dir: string): Promise<PrecompressedFile[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
  return Promise.all(
    files.map(async (file) => {
      const raw = await fs.readFile(file);
      const [br, gz] = await Promise.all([
        brotli(raw, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        }),
        gzip(raw, { level: zlib.constants.Z_BEST_COMPRESSION }),
      ]);
      const keep = async (data: Buffer, ext: string) => {
        if (data.length >= raw.length) return null;
        await fs.writeFile(file + ext, data);
        return data.length;
      };
      return {
        file: path.relative(dir, file),
        raw: raw.length,
        brotli: await keep(br, '.br'),
        gzip: await keep(gz, '.gz'),
      };
    }),
  );
}

/** Vite plugin: pre-compresses the finished build output (ADR 0005). */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'sim-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = await precompressDir(outDir);
      const sum = (pick: (f: PrecompressedFile) => number | null) =>
        files.reduce((n, f) => n + (pick(f) ?? f.raw), 0);
      const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
      this.info(
        `pre-compressed ${files.length} files: ${kb(sum((f) => f.raw))} raw, ` +
          `${kb(sum((f) => f.gzip))} gzip, ${kb(sum((f) => f.brotli))} brotli`,
      );
    },
  };
}
