// Registers public/sw.js in a production build only (docs/adr/0010): it keeps the app shell so a page — the
// inspector's field form above all — reloads with no network. The dev server never gets one, so a stale shell never
// hides code being edited. A browser without service workers (or an insecure origin other than localhost) simply
// does without; nothing else depends on it.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  // After the page's own loading, so the shell's download never competes with the first paint.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
