import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** Prometheus text at /metrics: request counts and latency by route and status, and process memory. */
export const metricsPlugin = fp(async (app: FastifyInstance) => {
  const counts = new Map<string, number>();
  const hist = new Map<string, { buckets: number[]; sum: number; count: number }>();
  // Callback style: this runs on every response, and an async hook costs a promise each time.
  app.addHook('onResponse', (req, reply, done) => {
    const route = req.routeOptions.url ?? 'unmatched';
    const key = `method="${req.method}",route="${route}",status="${reply.statusCode}"`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const seconds = reply.elapsedTime / 1000;
    const hkey = `method="${req.method}",route="${route}"`;
    const h = hist.get(hkey) ?? { buckets: BUCKETS.map(() => 0), sum: 0, count: 0 };
    BUCKETS.forEach((b, i) => {
      if (seconds <= b) h.buckets[i]!++;
    });
    h.sum += seconds;
    h.count++;
    hist.set(hkey, h);
    done();
  });
  app.get('/metrics', { schema: { hide: true }, logLevel: 'warn' }, async (_req, reply) => {
    const lines = ['# HELP http_requests_total HTTP requests', '# TYPE http_requests_total counter'];
    for (const [k, v] of counts) lines.push(`http_requests_total{${k}} ${v}`);
    lines.push(
      '# HELP http_request_duration_seconds Request latency',
      '# TYPE http_request_duration_seconds histogram',
    );
    for (const [k, h] of hist) {
      BUCKETS.forEach((b, i) =>
        lines.push(`http_request_duration_seconds_bucket{${k},le="${b}"} ${h.buckets[i]}`),
      );
      lines.push(`http_request_duration_seconds_bucket{${k},le="+Inf"} ${h.count}`);
      lines.push(`http_request_duration_seconds_sum{${k}} ${h.sum}`);
      lines.push(`http_request_duration_seconds_count{${k}} ${h.count}`);
    }
    const mem = process.memoryUsage();
    lines.push('# TYPE process_resident_memory_bytes gauge', `process_resident_memory_bytes ${mem.rss}`);
    lines.push('# TYPE nodejs_heap_used_bytes gauge', `nodejs_heap_used_bytes ${mem.heapUsed}`);
    lines.push('# TYPE process_uptime_seconds gauge', `process_uptime_seconds ${process.uptime()}`);
    reply.type('text/plain; version=0.0.4').send(lines.join('\n') + '\n');
  });
});
