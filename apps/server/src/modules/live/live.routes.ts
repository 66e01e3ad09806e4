import { LIVE_READY_EVENT, liveStreamHeaders, liveStreamQuery, type LiveEvent } from '@sim/contracts';
import type { AppInstance } from '../../lib/app-instance';
import type { LiveMessage } from '../../lib/live-signal';
import { isSessionCurrent } from '../auth/auth.service';
import { eventStream } from './event-stream';
import { authorizeLiveStream, openLiveStream } from './live.service';

// A client that reads this slowly (a stalled phone) is dropped instead of growing the server's memory; it reconnects
// and catches up from the table.
const MAX_BUFFERED_BYTES = 1024 * 1024;
// The session is checked again every few heartbeats: a logout or expiry ends the stream within about a minute.
const SESSION_CHECK_EVERY = 4;
/** The reconnect delay the browser is told to use (its own backoff adds to it after repeated failures). */
const RETRY_MS = 3000;

const toEvent = (m: LiveMessage): LiveEvent => ({
  id: m.id,
  topic: m.topic as LiveEvent['topic'],
  payload: m.payload,
  at: m.at,
});

export async function liveRoutes(app: AppInstance) {
  const { ctx } = app;
  app.get(
    '/api/v1/events',
    {
      schema: {
        tags: ['live'],
        summary: 'Aliran pembaruan langsung (Server-Sent Events) untuk pengguna yang masuk',
        description:
          'text/event-stream. Pesan pertama `event: ready` (data `liveReady`), lalu satu pesan per kejadian (data ' +
          '`liveEvent`, `id` = id kejadian). Dengan Last-Event-ID (header, atau `lastEventId`) kejadian yang ' +
          'terlewat dikirim lebih dulu. Komentar detak tiap LIVE_HEARTBEAT_SECONDS.',
        headers: liveStreamHeaders,
        querystring: liveStreamQuery,
      },
    },
    async (request, reply) => {
      const actor = authorizeLiveStream(request.actor);
      const given = request.headers['last-event-id'] ?? request.query.lastEventId;
      const afterId = given === undefined ? null : Number(given);
      const res = reply.raw;

      // Subscribe before reading what was missed, so nothing committed in between falls through; what arrives
      // meanwhile waits and is sent after the catch-up, each id once.
      let ready = false;
      const waiting: LiveMessage[] = [];
      const sent = new Set<number>();
      const stream = eventStream(res, MAX_BUFFERED_BYTES);
      const write = stream.write;
      const writeEvent = (m: LiveMessage) => {
        if (sent.has(m.id)) return;
        sent.add(m.id);
        if (sent.size > 5000) sent.delete(sent.values().next().value!);
        write(`id: ${m.id}\ndata: ${JSON.stringify(toEvent(m))}\n\n`);
      };
      const unsubscribe = app.live.subscribe({
        userId: actor.userId,
        send: (m) => (ready ? writeEvent(m) : void waiting.push(m)),
        close: () => res.end(),
      });
      let start: Awaited<ReturnType<typeof openLiveStream>>;
      try {
        start = await openLiveStream(ctx, actor, afterId);
      } catch (err) {
        unsubscribe();
        throw err;
      }

      reply.hijack();
      stream.open(request.id);
      write(`retry: ${RETRY_MS}\n`);
      write(
        `id: ${start.lastEventId}\nevent: ${LIVE_READY_EVENT}\ndata: ${JSON.stringify({ lastEventId: start.lastEventId })}\n\n`,
      );
      for (const m of start.missed) writeEvent(m);
      ready = true;
      for (const m of waiting.splice(0).sort((a, b) => a.id - b.id)) writeEvent(m);

      let beats = 0;
      const heartbeat = setInterval(() => {
        write(': ping\n\n');
        beats += 1;
        if (beats % SESSION_CHECK_EVERY !== 0) return;
        isSessionCurrent(ctx, actor.sessionId).then(
          (current) => {
            if (!current) res.end();
          },
          () => undefined, // database briefly away: keep the stream, check again later
        );
      }, ctx.config.live.heartbeatSeconds * 1000);
      res.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
      });
    },
  );
}
