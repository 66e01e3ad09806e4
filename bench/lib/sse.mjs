// SSE fan-out: `clients` streams on GET /api/v1/events (sessions of the users who watch new complaints), one
// public complaint filed (its commit publishes one event to every watcher), and the time from the filing request
// until the last stream has the event. Raw http sockets: an EventSource per stream would cost more than the server.
import http from 'node:http';

function openStream(url, cookie, onEvent) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { cookie, accept: 'text/event-stream' }, agent: false }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`events: ${res.statusCode}`));
      }
      res.setEncoding('utf8');
      let buffer = '';
      let ready = false;
      res.on('data', (chunk) => {
        buffer += chunk;
        let i;
        while ((i = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          if (!ready && message.includes('event: ready')) {
            ready = true;
            resolve({ close: () => req.destroy() });
          } else if (ready && message.includes('data: ')) onEvent(message);
        }
      });
      res.on('error', () => undefined);
    });
    req.on('error', reject);
  });
}

/**
 * Opens the streams (spread over the given cookies), waits for all to be ready, triggers one event with
 * `trigger()` and measures until every stream has it (or `timeoutMs`). Returns the spread of arrival times.
 */
export async function sseFanout({ urls, cookies, clients, topicPrefix, trigger, timeoutMs = 30_000 }) {
  let t0 = 0;
  const arrivals = [];
  const streams = [];
  const openStart = performance.now();
  // Opened in batches: a thousand simultaneous connects would measure the accept queue, not the fan-out.
  for (let i = 0; i < clients; i += 50) {
    const batch = [];
    for (let j = i; j < Math.min(clients, i + 50); j++) {
      let got = false;
      batch.push(
        openStream(urls[j % urls.length], cookies[j % cookies.length], (message) => {
          if (got || !t0 || !message.includes(`"topic":"${topicPrefix}`)) return;
          got = true;
          arrivals.push(performance.now() - t0);
        }),
      );
    }
    streams.push(...(await Promise.all(batch)));
  }
  const openSeconds = (performance.now() - openStart) / 1000;
  t0 = performance.now();
  await trigger();
  const deadline = Date.now() + timeoutMs;
  while (arrivals.length < clients && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  for (const s of streams) s.close();
  arrivals.sort((a, b) => a - b);
  const pct = (p) =>
    +(arrivals[Math.min(arrivals.length - 1, Math.floor((p / 100) * arrivals.length))] ?? 0).toFixed(1);
  return {
    clients,
    received: arrivals.length,
    openSeconds: +openSeconds.toFixed(2),
    firstMs: +(arrivals[0] ?? 0).toFixed(1),
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    lastMs: +(arrivals.at(-1) ?? 0).toFixed(1),
  };
}
