// The consistency mix kept from the first runner (ADR 0002): a fifth of the loops record walk-in complaints as the
// Petugas Pengaduan (one transaction each), the rest read /auth/me and their complaint queue as two different
// employees. Counts every non-2xx answer and every read that differs from the serial answer — a correctness check
// under concurrency (the embedded database once mixed sessions), so it runs in Node rather than wrk.

/** Requests per second and latency percentiles (ms) of one bounded run. */
function summarise(latencies, errors, seconds) {
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    rps: Math.round(latencies.length / seconds),
    p50: +pct(50).toFixed(2),
    p95: +pct(95).toFixed(2),
    p99: +pct(99).toFixed(2),
    errors,
    non2xx: 0,
  };
}

/** `cookies` = { petugas, employee, kasi }; `errors` counts failed writes and reads that differ; plus `writesPerSecond`. */
export async function loadMix(base, cookies, { seconds, connections }) {
  const SECONDS = seconds;
  const CONNECTIONS = connections;
  const latencies = [];
  let errors = 0;
  let writes = 0;
  const expected = new Map();
  const readUrls = ['/api/v1/auth/me', '/api/v1/complaints?scope=mine'];
  for (const who of ['employee', 'kasi'])
    for (const url of readUrls) {
      const res = await fetch(`${base}${url}`, { headers: { cookie: cookies[who] } });
      expected.set(`${who} ${url}`, await res.text());
    }
  const end = Date.now() + SECONDS * 1000;
  const timed = async (fn) => {
    const t0 = performance.now();
    try {
      if (!(await fn())) errors++;
    } catch {
      errors++;
    }
    latencies.push(performance.now() - t0);
  };
  const writer = async (loop) => {
    for (let i = 0; Date.now() < end; i++) {
      await timed(async () => {
        const res = await fetch(`${base}/api/v1/complaints`, {
          method: 'POST',
          headers: { cookie: cookies.petugas, 'content-type': 'application/json' },
          body: JSON.stringify({
            channel: 'WALK_IN',
            categoryCode: 'LAMPU',
            description: `Lampu jalan mati (bench ${loop}-${i}), dicatat di loket.`,
            kelurahan: 'Kertapati',
            address: 'Jl. Abikusno Cokrosuyoso No. 12',
            reporterName: 'Siti Aminah',
            reporterPhone: '081234567890',
          }),
        });
        await res.arrayBuffer();
        if (res.status === 201) writes++;
        return res.status === 201;
      });
    }
  };
  const reader = async (loop) => {
    const who = loop % 2 ? 'employee' : 'kasi';
    for (let i = 0; Date.now() < end; i++) {
      const url = readUrls[i % 2];
      await timed(async () => {
        const res = await fetch(`${base}${url}`, { headers: { cookie: cookies[who] } });
        return res.ok && (await res.text()) === expected.get(`${who} ${url}`);
      });
    }
  };
  const writers = Math.max(1, Math.round(CONNECTIONS / 5));
  await Promise.all([
    ...Array.from({ length: writers }, (_, i) => writer(i)),
    ...Array.from({ length: CONNECTIONS - writers }, (_, i) => reader(i)),
  ]);
  return {
    ...summarise(latencies, errors, SECONDS),
    wrongReads: errors,
    writesPerSecond: Math.round(writes / SECONDS),
  };
}
