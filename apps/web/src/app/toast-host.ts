/**
 * Whether the page has shown a toast yet. The toast container (@mantine/notifications, ~10 kB brotli with the
 * scroll-lock and transition code it pulls in) loads only once something is to be shown, so the public pages,
 * which show none, never download it (ADR 0005). Kept free of Mantine so main.tsx can import it.
 */
let wanted = false;
const listeners = new Set<() => void>();

export function toastsWanted(): boolean {
  return wanted;
}

export function subscribeToToasts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called before the first toast: the container mounts and shows what the store already holds. */
export function wantToasts(): void {
  if (wanted) return;
  wanted = true;
  listeners.forEach((listener) => listener());
}
