// `npm run bench:dashboards-mixed` (ADR 0012): the dashboard reads under writes, so the answer cache's hit rate is
// measured honestly. The real server (embedded PGlite, demo data); `--connections` readers (Node fetch) ask the
// dashboards of an employee, a superior and the Camat back to back, round-robin, while one writer files a public
// complaint every `--write-every` ms (each filing is a write, so it drops every cached answer). Prints and writes
// per-call p50/p95/p99, how many answers came from the cache (`x-dashboard-cache`), and the filings' latency.
// Usage: npm run bench:dashboards-mixed [-- --seconds 20 --connections 10 --write-every 200 --port 3906 --label x]
// (DASHBOARD_CACHE_TTL_MS=0 in the environment turns the cache off for a before/after pair.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loginCookie, root, startApp, stopChild, tmpDir } from './lib/servers.mjs';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '10' },
    'write-every': { type: 'string', default: '200' },
    port: { type: 'string', default: '3906' },
    label: { type: 'string', default: '' },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const WRITE_EVERY = Number(values['write-every']);
const PORT = Number(values.port);
const LABEL = values.label ? `-${values.label.replace(/[^\w-]/g, '')}` : '';
const CACHE_TTL = process.env.DASHBOARD_CACHE_TTL_MS ?? 'default';
const base = `http://127.0.0.1:${PORT}`;

// The demo accounts of bench/dashboards.mjs: an employee, a Kepala Seksi (a superior) and the Camat.
const READS = [
  { who: 'employee', username: '198910252010101308', urls: ['/api/v1/dashboards/me'] },
  {
    who: 'superior',
    username: '197505092001032232',
    urls: ['/api/v1/dashboards/me', '/api/v1/dashboards/team'],
  },
  {
    who: 'camat',
    username: 'camat',
    urls: ['/api/v1/dashboards/me', '/api/v1/dashboards/team', '/api/v1/dashboards/leadership'],
  },
];

function percentiles(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return { p50: +at(50).toFixed(1), p95: +at(95).toFixed(1), p99: +at(99).toFixed(1) };
}

const dataDir = tmpDir('sim-bench-dashboards-mixed-');
const loadBefore = os.loadavg();
const server = await startApp({
  port: PORT,
  dataDir,
  env: { LOG_LEVEL: 'warn' },
  logFile: path.join(dataDir, 'server.log'),
});
const calls = [];
const byCall = new Map();
const filings = [];
let errors = 0;
try {
  for (const r of READS) {
    const cookie = await loginCookie(base, r.username);
    for (const url of r.urls) calls.push({ name: `${r.who} GET ${url}`, url, cookie });
  }
  for (const c of calls) byCall.set(c.name, { times: [], hit: 0, miss: 0, off: 0 });
  const options = await (await fetch(`${base}/api/v1/public/complaint-options`)).json();
  const category = options.categories.find((x) => !x.isIntegrity && x.attributes.every((a) => !a.required));
  const end = Date.now() + SECONDS * 1000;
  let next = 0;
  const reader = async () => {
    while (Date.now() < end) {
      const c = calls[next++ % calls.length];
      const t0 = performance.now();
      const res = await fetch(`${base}${c.url}`, { headers: { cookie: c.cookie } });
      await res.arrayBuffer();
      const row = byCall.get(c.name);
      row.times.push(performance.now() - t0);
      if (!res.ok) errors += 1;
      const source = res.headers.get('x-dashboard-cache');
      if (source in row) row[source] += 1;
    }
  };
  const writer = async () => {
    let n = 0;
    while (Date.now() < end) {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/v1/public/complaints`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          categoryCode: (category ?? options.categories[0]).code,
          description: `Lampu penerangan jalan di depan gang mati sejak tiga malam (uji beban campuran ${++n}).`,
          kelurahan: options.kelurahan[0],
          address: 'Jl. Abikusno Cokrosuyoso, dekat Pasar Kertapati',
        }),
      });
      await res.arrayBuffer();
      const ms = performance.now() - t0;
      filings.push(ms);
      if (res.status !== 201) errors += 1;
      await new Promise((r) => setTimeout(r, Math.max(0, WRITE_EVERY - ms)));
    }
  };
  await Promise.all([writer(), ...Array.from({ length: CONNECTIONS }, reader)]);
} finally {
  await stopChild(server);
}

const rows = [...byCall].map(([call, r]) => ({
  call,
  requests: r.times.length,
  ...percentiles(r.times),
  fromCache: r.times.length ? `${Math.round((100 * r.hit) / r.times.length)} %` : '—',
  'p95<100': percentiles(r.times).p95 < 100 ? 'yes' : 'NO',
}));
const all = [...byCall.values()];
const allTimes = all.flatMap((r) => r.times);
const hits = all.reduce((s, r) => s + r.hit, 0);
rows.push({
  call: 'all dashboard reads',
  requests: allTimes.length,
  ...percentiles(allTimes),
  fromCache: allTimes.length ? `${Math.round((100 * hits) / allTimes.length)} %` : '—',
  'p95<100': percentiles(allTimes).p95 < 100 ? 'yes' : 'NO',
});
rows.push({
  call: `writer: POST /api/v1/public/complaints every ${WRITE_EVERY} ms`,
  requests: filings.length,
  ...percentiles(filings),
  fromCache: '—',
  'p95<100': '—',
});
const loadAfter = os.loadavg();
const cpu = os.cpus();
console.log(
  `\nDashboard reads under writes: ${CONNECTIONS} readers, one filing every ${WRITE_EVERY} ms, ${SECONDS} s, ` +
    `DASHBOARD_CACHE_TTL_MS=${CACHE_TTL}; load average ${loadBefore.map((l) => l.toFixed(2)).join(' / ')} before, ` +
    `${loadAfter.map((l) => l.toFixed(2)).join(' / ')} after; errors ${errors}\n`,
);
console.table(rows);

const at = new Date().toISOString();
const header = ['call', 'requests', 'p50 ms', 'p95 ms', 'p99 ms', 'from the cache', 'p95 < 100'];
const md = [
  `# Dashboard reads under writes, ${at}`,
  '',
  `\`npm run bench:dashboards-mixed -- --seconds ${SECONDS} --connections ${CONNECTIONS} --write-every ${WRITE_EVERY}\`` +
    `, DASHBOARD_CACHE_TTL_MS=${CACHE_TTL}: the real server on the embedded database with demo data; ` +
    `${CONNECTIONS} readers (Node fetch, the same process) ask the dashboards round-robin back to back while one ` +
    `writer files a public complaint every ${WRITE_EVERY} ms. Errors (non-2xx or non-201): ${errors}.`,
  '',
  `Machine: ${cpu[0]?.model ?? 'unknown'} × ${cpu.length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ` +
    `${process.version}; load average (1/5/15 min) ${loadBefore.map((l) => l.toFixed(2)).join(' / ')} before, ` +
    `${loadAfter.map((l) => l.toFixed(2)).join(' / ')} after (other engineers' builds and tests share the two cores).`,
  '',
  `| ${header.join(' | ')} |`,
  `|${header.map(() => '---').join('|')}|`,
  ...rows.map(
    (r) => `| ${[r.call, r.requests, r.p50, r.p95, r.p99, r.fromCache, r['p95<100']].join(' | ')} |`,
  ),
  '',
].join('\n');
const dir = path.join(root, 'bench/results');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, `dashboards-${at.slice(0, 10)}-cache-mixed${LABEL}-c${CONNECTIONS}.md`), md);
fs.rmSync(dataDir, { recursive: true, force: true });
