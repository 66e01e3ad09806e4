import type { PublicLiveEvent } from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import { AppError } from '../../lib/errors';
import type { LiveMessage } from '../../lib/live-signal';
import { eventStream } from './event-stream';

// The public live stream (issue 14 §4 "updated live", docs/adr/0011): anonymous Server-Sent Events that say only
// "the transparency figures changed at <time>". It shares the live module's fan-out (one `live_events` row with no
// recipient per change, NOTIFY across instances) and never carries a record id, a name or a text: the page re-reads
// its own public figures. Guarded like every public route by the per-address rate limit on opening, plus caps on open
// streams per address (429) and per instance (503), so idle sockets cannot pile up.

const MAX_BUFFERED_BYTES = 64 * 1024;
/** A dropped connection retries after this long (the browser's own backoff adds to it). */
const RETRY_MS = 10_000;

const toEvent = (m: LiveMessage): PublicLiveEvent => ({
  topic: m.topic as PublicLiveEvent['topic'],
  at: m.at,
});

export async function publicLiveRoutes(app: AppInstance) {
  const { ctx } = app;
  app.get(
    '/api/v1/public/events',
    {
      config: { public: true, rateLimit: ctx.config.rateLimits.publicEvents },
      schema: {
        tags: ['public'],
        summary: 'Aliran pembaruan publik (Server-Sent Events): angka halaman transparansi berubah',
        description:
          'text/event-stream tanpa login. Satu pesan (data `publicLiveEvent`: topik dan waktu saja, tanpa data ' +
          'pribadi) setiap kali angka halaman /transparansi berubah; komentar detak tiap LIVE_HEARTBEAT_SECONDS. ' +
          'Terlalu banyak aliran dari satu alamat: 429; server penuh: 503.',
        security: [],
      },
    },
    async (request, reply) => {
      const res = reply.raw;
      const stream = eventStream(res, MAX_BUFFERED_BYTES);
      const write = stream.write;
      const joined = app.live.subscribePublic(
        {
          address: request.ip,
          send: (m) => write(`data: ${JSON.stringify(toEvent(m))}\n\n`),
          close: () => res.end(),
        },
        { perAddress: ctx.config.live.publicMaxPerAddress, total: ctx.config.live.publicMaxStreams },
      );
      if (!joined.ok) {
        reply.header('retry-after', '60');
        throw joined.reason === 'address'
          ? new AppError(
              'TOO_MANY_REQUESTS',
              'Terlalu banyak aliran pembaruan dari alamat ini; coba lagi nanti',
            )
          : new AppError('UNAVAILABLE', 'Aliran pembaruan publik sedang penuh; coba lagi nanti');
      }
      reply.hijack();
      stream.open(request.id);
      write(`retry: ${RETRY_MS}\n: terhubung\n\n`);
      const heartbeat = setInterval(() => write(': ping\n\n'), ctx.config.live.heartbeatSeconds * 1000);
      res.on('close', () => {
        clearInterval(heartbeat);
        joined.unsubscribe();
      });
    },
  );
}
