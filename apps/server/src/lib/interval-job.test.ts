import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServiceContext } from './context';
import { startIntervalJob } from './interval-job';

const ctx = {} as ServiceContext;

describe('startIntervalJob', () => {
  afterEach(() => vi.useRealTimers());

  it('runs at once and on every interval, never two rounds at a time, and logs what a round reports', async () => {
    vi.useFakeTimers();
    const log = { info: vi.fn(), error: vi.fn() };
    let release!: () => void;
    const run = vi.fn(
      () =>
        new Promise<{ events: number }>((resolve) => {
          release = () => resolve({ events: 1 });
        }),
    );
    const stop = startIntervalJob(
      { ctx, log },
      { name: 'test job', intervalMs: 1000, run, summarise: (r) => (r.events > 0 ? r : null) },
    );
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3000); // the first round still runs: no second one
    expect(run).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(log.info).toHaveBeenCalledWith({ events: 1 }, 'test job');
    stop();
  });

  it('logs a failed round and runs the next one; runAtStart false waits one interval; stop ends it', async () => {
    vi.useFakeTimers();
    const log = { info: vi.fn(), error: vi.fn() };
    const run = vi.fn().mockRejectedValueOnce(new Error('boom')).mockResolvedValue({ sent: 0 });
    const stop = startIntervalJob(
      { ctx, log },
      { name: 'digest', intervalMs: 1000, runAtStart: false, run, summarise: () => null },
    );
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(log.error).toHaveBeenCalledWith({ err: expect.any(Error) }, 'digest failed');
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(log.info).not.toHaveBeenCalled();
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
