import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Writes `sw-manifest.js` for public/sw.js (docs/adr/0010): the build's version (a hash of the listed asset names,
 * which are content-hashed) and the assets to precache — the JavaScript, CSS, fonts and images under assets/.
 * Written after the bundle is on disk and only for files that are there: Vite drops the empty JavaScript chunks of
 * CSS-only modules late, and one missing file would make the worker's install fail. Compressed siblings (.br, .gz)
 * are left out: the browser asks for the file and the server picks the encoding.
 */
export function serviceWorkerManifest(): Plugin {
  return {
    name: 'sim-service-worker-manifest',
    apply: 'build',
    writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist';
      const assets = Object.keys(bundle)
        .filter((f) => f.startsWith('assets/') && /\.(js|css|woff2?|svg|png|webp)$/.test(f))
        .filter((f) => fs.existsSync(path.join(outDir, f)))
        .sort()
        .map((f) => `/${f}`);
      const version = createHash('sha256').update(assets.join('\n')).digest('hex').slice(0, 16);
      fs.writeFileSync(
        path.join(outDir, 'sw-manifest.js'),
        `self.SIM_BUILD = ${JSON.stringify({ version, assets })};\n`,
      );
    },
  };
}
