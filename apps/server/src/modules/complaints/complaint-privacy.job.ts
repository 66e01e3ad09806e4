import { startIntervalJob } from '../../lib/interval-job';
import { runRetentionJob } from './complaint-privacy.service';

// The daily anonymisation of complaints past the retention period (issue 16 §5). A first pass when the server
// starts, then every 24 hours; each pass takes an advisory lock, so with several instances one does the work.

export function startRetentionJob(
  app: Parameters<typeof startIntervalJob>[0],
  options: { intervalMs?: number } = {},
): () => void {
  return startIntervalJob(app, {
    name: 'complaint retention job',
    intervalMs: options.intervalMs ?? 86_400_000,
    run: runRetentionJob,
    summarise: (r) => (r.complaints > 0 ? { anonymised: r.complaints, attachments: r.attachments } : null),
  });
}
