/* SIM Kinerja service worker (docs/adr/0010-offline-app-shell.md).
 *
 * Only the app shell is cached: index.html and the built files under /assets/ (hashed names), listed by the build in
 * /sw-manifest.js. Everything else goes to the network untouched — above all /api/ and /open311/: API answers hold
 * one user's data and are never stored here. Pages a user opens (/pengawasan/...) are network-first and fall back to
 * the cached index.html when there is no network, so the inspector can reload the field form offline and the form
 * reads its draft from localStorage.
 *
 * Versioned by the build: sw-manifest.js changes with every build, the browser's update check compares imported
 * scripts byte for byte, so a new build installs a new worker with a new cache and the old cache is deleted.
 */
/* global importScripts */
importScripts('/sw-manifest.js');

const BUILD = self.SIM_BUILD || { version: 'dev', assets: [] };
const CACHE = `sim-shell-${BUILD.version}`;
const SHELL = '/index.html';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([SHELL, ...BUILD.assets]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('sim-shell-') && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** API, Open311, health and metrics: never cached, never answered from a cache. */
const isNetworkOnly = (url) => /^\/(api|open311|healthz|readyz|metrics)(\/|$)/.test(url.pathname);

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || isNetworkOnly(url)) return;
  if (request.mode === 'navigate') {
    // Network first, so an online user always gets the current page; the cached shell only without a network.
    event.respondWith(
      fetch(request).catch(() =>
        caches.match(SHELL, { cacheName: CACHE }).then((hit) => hit || Response.error()),
      ),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    // Hashed names never change content: the cache first, the network for anything not precached.
    event.respondWith(
      caches.match(request, { cacheName: CACHE }).then(
        (hit) =>
          hit ||
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              void caches.open(CACHE).then((cache) => cache.put(request, copy));
            }
            return response;
          }),
      ),
    );
  }
});
