import type { ServerResponse } from 'node:http';

// The Server-Sent Events answer shared by the staff stream (live.routes.ts) and the public stream
// (live-public.routes.ts): the same headers, and the same guard against a reader too slow to keep up.

/**
 * Writes to a hijacked response as an event stream. A reader with more than `maxBufferedBytes` waiting (a stalled
 * phone) is dropped instead of growing the server's memory; it reconnects and catches up.
 */
export function eventStream(res: ServerResponse, maxBufferedBytes: number) {
  return {
    write(chunk: string) {
      if (res.destroyed) return;
      res.write(chunk);
      if (res.writableLength > maxBufferedBytes) res.destroy();
    },
    /** Sends the status and headers; call after `reply.hijack()`. */
    open(requestId: string) {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        // nginx (and proxies that follow it) would otherwise hold the stream in a buffer.
        'x-accel-buffering': 'no',
        'x-content-type-options': 'nosniff',
        'x-request-id': requestId,
      });
    },
  };
}
