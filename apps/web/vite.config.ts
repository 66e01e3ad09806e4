import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './build/precompress.ts';
import { routePages } from './build/route-pages.ts';
import { serviceWorkerManifest } from './build/service-worker.ts';

// The API server the dev server forwards to; override with API_URL when it runs elsewhere.
const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

// No changeOrigin: the server's CSRF check compares the browser's Origin with the Host it receives,
// so the proxied request must keep the dev server's Host header.
export default defineConfig({
  plugins: [react(), routePages(), serviceWorkerManifest(), precompress()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: api },
      '/open311': { target: api },
      '/healthz': { target: api },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The CSP forbids inline scripts; keep every asset a separate file.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
});
