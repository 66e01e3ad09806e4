import { describe, expect, it } from 'vitest';
import type { LiveMessage } from '../lib/live-signal';
import { LiveHub, RECENT_IDS, type LiveSource } from './realtime';

const idleSource: LiveSource = { start: async () => {}, stop: async () => {} };
const message = (id: number): LiveMessage => ({
  id,
  userId: 7,
  topic: 'complaint.changed',
  payload: {},
  at: '2026-12-05T00:00:00.000Z',
});

function hubWithStream() {
  const hub = new LiveHub(idleSource);
  const got: number[] = [];
  hub.subscribe({ userId: 7, send: (m) => got.push(m.id), close: () => {} });
  return { hub, got };
}

describe('LiveHub: an event id already delivered is not delivered again', () => {
  it('a repeat of a recent id (a reconnect reading the gap) reaches the stream once', () => {
    const { hub, got } = hubWithStream();
    hub.deliver([message(1), message(2)]);
    hub.deliver([message(2), message(3), message(1)]);
    expect(got).toEqual([1, 2, 3]);
  });

  it(`the last ${RECENT_IDS} ids are remembered, the oldest forgotten first`, () => {
    const { hub, got } = hubWithStream();
    const ids = Array.from({ length: RECENT_IDS + 5 }, (_, i) => i + 1);
    hub.deliver(ids.map(message));
    expect(got).toHaveLength(RECENT_IDS + 5);
    got.length = 0;
    // 6 and the newest are still known; 1..5 were pushed out by the newest five.
    hub.deliver([6, RECENT_IDS + 5].map(message));
    expect(got).toEqual([]);
    hub.deliver([1, 5].map(message));
    expect(got).toEqual([1, 5]);
  });
});
