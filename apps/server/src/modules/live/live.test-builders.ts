import type { LiveEvent } from '@sim/contracts';

/** One parsed Server-Sent Event. */
export type SseMessage = { id: string | null; event: string; data: string };

/**
 * A real SSE client over fetch (app.inject cannot stream): collects messages as they arrive; `next` waits for one
 * that matches, `close` aborts the request. The test's port, cookie and Last-Event-ID are given.
 */
export async function openSse(
  baseUrl: string,
  opts: { cookie?: string; lastEventId?: string; headers?: Record<string, string>; path?: string } = {},
) {
  const abort = new AbortController();
  const res = await fetch(`${baseUrl}${opts.path ?? '/api/v1/events'}`, {
    headers: {
      accept: 'text/event-stream',
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
      ...(opts.lastEventId ? { 'last-event-id': opts.lastEventId } : {}),
      ...opts.headers,
    },
    signal: abort.signal,
  });
  const messages: SseMessage[] = [];
  const comments: string[] = [];
  let retry: number | null = null;
  const waiters: { match: (m: SseMessage) => boolean; resolve: (m: SseMessage) => void }[] = [];
  const push = (m: SseMessage) => {
    messages.push(m);
    for (const w of waiters.splice(0)) {
      if (w.match(m)) w.resolve(m);
      else waiters.push(w);
    }
  };
  let closed = false;
  const done = (async () => {
    if (!res.body || res.status !== 200) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const m: SseMessage = { id: null, event: 'message', data: '' };
          let hasData = false;
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line.slice(1).trim());
            else if (line.startsWith('retry: ')) retry = Number(line.slice(7));
            else if (line.startsWith('id: ')) m.id = line.slice(4);
            else if (line.startsWith('event: ')) m.event = line.slice(7);
            else if (line.startsWith('data: ')) {
              m.data += line.slice(6);
              hasData = true;
            }
          }
          if (hasData) push(m);
        }
      }
    } catch {
      // aborted by close()
    } finally {
      closed = true;
    }
  })();

  return {
    res,
    messages,
    comments,
    get retry() {
      return retry;
    },
    get closed() {
      return closed;
    },
    /** The live events (not the ready message) received so far. */
    events(): LiveEvent[] {
      return messages.filter((m) => m.event === 'message').map((m) => JSON.parse(m.data) as LiveEvent);
    },
    next(match: (m: SseMessage) => boolean, timeoutMs = 1000): Promise<SseMessage> {
      const seen = messages.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching event within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({
          match,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m);
          },
        });
      });
    },
    async close() {
      abort.abort();
      await done;
    },
  };
}

/** Matches a live event of a topic whose payload has the given fields. */
export const liveEventOf =
  (topic: LiveEvent['topic'], payload: Record<string, unknown> = {}) =>
  (m: SseMessage) => {
    if (m.event !== 'message') return false;
    const e = JSON.parse(m.data) as LiveEvent;
    return e.topic === topic && Object.entries(payload).every(([k, v]) => e.payload[k] === v);
  };
