import { startIntervalJob } from '../../lib/interval-job';
import { runRetentionJob } from './complaint-privacy.service';

// The daily anonymisation of complaints past the retention period (issue 16 §5). A first pass when the server
// starts, then every 24 hours; each batch of a pass takes an advisory lock, so with several instances one does the
// work. A city's first pass (years of closed complaints) runs as many short batches, logged every 20.

export function startRetentionJob(
  app: Parameters<typeof startIntervalJob>[0],
  options: { intervalMs?: number } = {},
): () => void {
  return startIntervalJob(app, {
    name: 'complaint retention job',
    intervalMs: options.intervalMs ?? 86_400_000,
    run: (ctx) =>
      runRetentionJob(ctx, {
        onProgress: (p) => {
          if (p.batches % 20 === 0) app.log.info(p, 'complaint retention job progress');
        },
      }),
    summarise: (r) => (r.complaints > 0 ? { anonymised: r.complaints, attachments: r.attachments } : null),
  });
}
