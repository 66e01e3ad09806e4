import type { LiveEvent } from '@sim/contracts';
import { isOneOf, LIVE_READY_EVENT, LIVE_TOPICS, type LiveTopic } from '@sim/contracts/values';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { apiUrl } from '../../app/api';
import './live.i18n';

// Live updates (issue 14 §1, docs/adr/0008): one EventSource per signed-in tab on GET /api/v1/events. An event
// names a topic; the queries behind the screens of that topic are invalidated, so whatever is open refetches through
// its normal, authorised endpoint. The payload itself is never shown.

/** The query-key prefixes each topic refreshes (each feature's `…Keys.all`). */
export const LIVE_TOPIC_QUERIES: Record<LiveTopic, readonly (readonly string[])[]> = {
  'complaint.changed': [['complaints'], ['dashboards']],
  'complaint.deadline': [['complaints'], ['dashboards']],
  'skp.changed': [['performance'], ['dashboards']],
  'skp.feedback': [['performance'], ['dashboards']],
  'survey.response': [['surveys']],
  'oversight.recommendation': [['oversight'], ['oversight-followup'], ['dashboards']],
  'training.enrolment': [['training'], ['training-reports'], ['dashboards']],
  notification: [['notifications']],
  // Never on a signed-in user's stream: the public transparency page listens for it on its own (ADR 0011).
  'public.transparency': [],
};

export type LiveStatus = 'connecting' | 'connected' | 'reconnecting';

/** Wait before opening a new stream after the browser gave up: 1 s, doubling, at most 30 s. */
export const reconnectDelay = (attempt: number) => Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5));

/**
 * Opens the stream while mounted (the staff layout), refreshes the topic's queries on each event and reports the
 * connection state for the indicator. The browser reconnects by itself after a drop (sending Last-Event-ID, so the
 * server replays what was missed); when it gives up (e.g. the server restarted with an error answer), a new
 * EventSource is opened with backoff and `lastEventId` in the query.
 */
export function useLiveEvents(enabled = true): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let lastId: string | null = null;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const open = () => {
      const url = apiUrl('/events', lastId ? { lastEventId: lastId } : undefined);
      const es = new EventSource(url, { withCredentials: true });
      source = es;
      es.addEventListener(LIVE_READY_EVENT, (e) => {
        attempt = 0;
        lastId = (e as MessageEvent).lastEventId || lastId;
        setStatus('connected');
      });
      es.onmessage = (e) => {
        lastId = e.lastEventId || lastId;
        const event = JSON.parse(e.data as string) as LiveEvent;
        if (!isOneOf(LIVE_TOPICS, event.topic)) return;
        for (const queryKey of LIVE_TOPIC_QUERIES[event.topic]) {
          void queryClient.invalidateQueries({ queryKey: [...queryKey] });
        }
      };
      es.onerror = () => {
        if (stopped) return;
        setStatus('reconnecting');
        if (es.readyState !== EventSource.CLOSED) return; // the browser retries by itself
        es.close();
        timer = setTimeout(open, reconnectDelay(attempt++));
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [enabled, queryClient]);

  return status;
}
