import type { ServiceContext } from './context';

type JobLog = { info: (obj: object, msg: string) => void; error: (obj: object, msg: string) => void };

/**
 * Runs a background job every `intervalMs` in this process: never two rounds at once (a slow round makes the next
 * tick skip), errors logged and never thrown, the timer unref'd so it never keeps the process alive. Which instance
 * does the work is the job's own business (each takes an advisory lock). `summarise` returns what to log after a
 * round that did something, or null to stay quiet. Returns the function that stops the timer.
 */
export function startIntervalJob<R>(
  app: { ctx: ServiceContext; log: JobLog },
  job: {
    name: string;
    intervalMs: number;
    run: (ctx: ServiceContext) => Promise<R>;
    summarise?: (result: R) => object | null;
    /** Run a first round right away instead of after the first interval (default true). */
    runAtStart?: boolean;
  },
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const result = await job.run(app.ctx);
      const summary = job.summarise?.(result) ?? null;
      if (summary) app.log.info(summary, job.name);
    } catch (err) {
      app.log.error({ err }, `${job.name} failed`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), job.intervalMs);
  timer.unref();
  if (job.runAtStart ?? true) void tick();
  return () => clearInterval(timer);
}
