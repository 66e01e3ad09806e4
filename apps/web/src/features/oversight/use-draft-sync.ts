import { useEffect } from 'react';
import { syncAllDrafts } from './inspection-drafts';

/** How often unsent drafts are tried again while a screen that shows them is open. */
const RETRY_MS = 10_000;

/**
 * Sends every unsent inspection draft when the connection comes back (`online`), when the screen opens, and on a
 * timer — `online` alone is not enough, because a phone can be "online" to a network that does not reach the server.
 */
export function useDraftSync(): void {
  useEffect(() => {
    const send = () => {
      if (navigator.onLine) void syncAllDrafts();
    };
    send();
    window.addEventListener('online', send);
    const timer = window.setInterval(send, RETRY_MS);
    return () => {
      window.removeEventListener('online', send);
      window.clearInterval(timer);
    };
  }, []);
}
