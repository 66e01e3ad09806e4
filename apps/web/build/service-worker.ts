import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Writes `sw-manifest.js` for public/sw.js (docs/adr/0008): the build's version (a hash of every output file name,
 * which are content-hashed) and the assets to precache — the JavaScript, CSS, fonts and images under assets/.
 * Compressed siblings (.br, .gz) are left out: the browser asks for the file and the server picks the encoding.
 */
export function serviceWorkerManifest(): Plugin {
  return {
    name: 'sim-service-worker-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      const assets = Object.keys(bundle)
        .filter((f) => f.startsWith('assets/') && /\.(js|css|woff2?|svg|png|webp)$/.test(f))
        .sort()
        .map((f) => `/${f}`);
      const version = createHash('sha256').update(assets.join('\n')).digest('hex').slice(0, 16);
      this.emitFile({
        type: 'asset',
        fileName: 'sw-manifest.js',
        source: `self.SIM_BUILD = ${JSON.stringify({ version, assets })};\n`,
      });
    },
  };
}
