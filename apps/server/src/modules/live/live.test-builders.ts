import type { LiveEvent } from '@sim/contracts';
import { sql } from 'kysely';
import type { Database } from '../../db/database';

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

/** The newest live event id now: a test reads the events one step adds after this mark. */
export async function liveMark(db: Database): Promise<number> {
  const row = await db
    .selectFrom('live_events')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

/** The live events recorded after `mark`, with the recipient's employee id (null for an account without one). */
export async function liveEventsSince(db: Database, mark: number) {
  return (
    db
      .selectFrom('live_events as l')
      .innerJoin('users as u', 'u.id', 'l.user_id')
      .select(['l.id', 'l.user_id as userId', 'u.employee_id as employeeId', 'l.topic', 'l.payload'])
      .where('l.id', '>', mark)
      .orderBy('l.id')
      // The inner join leaves out the public events (no recipient, ADR 0011).
      .$narrowType<{ userId: number }>()
      .execute()
  );
}

/**
 * Makes every transaction that inserts or updates a row of `table` fail at COMMIT (a deferred constraint trigger),
 * i.e. after the service has published its live events — the way to show that a rolled-back change tells nobody.
 * Returns the function that removes the trigger again.
 */
export async function failCommitsTouching(db: Database, table: string): Promise<() => Promise<void>> {
  await sql`create or replace function sim_test_fail_commit() returns trigger language plpgsql as $$
    begin raise exception 'test: commit refused'; end $$`.execute(db);
  await sql`create constraint trigger sim_test_fail_commit after insert or update on ${sql.table(table)}
    deferrable initially deferred for each row execute function sim_test_fail_commit()`.execute(db);
  return async () => {
    await sql`drop trigger sim_test_fail_commit on ${sql.table(table)}`.execute(db);
  };
}
