// `npm run bench:dashboards` (issue 14 "Measured"): latency of the dashboard API calls on the real server (embedded
// PGlite, demo data), signed in as an employee, a superior and the Camat. Each call is loaded by wrk for a bounded
// time (the same generator, server start and settings as `npm run bench`: bench/lib); wrk reports p50/p95/p99. Then
// each user's whole home page — all its calls at once, as the browser sends them — is timed as one wait. Not a test:
// it prints a table, the target (p95 < 100 ms) beside each row, and writes bench/results/dashboards-latest.json and
// a Markdown record with the machine described.
// Usage: npm run bench:dashboards [-- --seconds 5 --connections 10 --port 3905 --label cache-on]
// (`--label` names the Markdown record, e.g. for a before/after pair; DASHBOARD_CACHE_TTL_MS=0 in the environment
// turns the dashboards' answer cache off, ADR 0012.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureDebianPackages, runQuiet } from '../scripts/lib.mjs';
import { loginCookie, root, startApp, stopChild, tmpDir } from './lib/servers.mjs';
import { runWrk } from './lib/wrk.mjs';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    port: { type: 'string', default: '3905' },
    label: { type: 'string', default: '' },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const PORT = Number(values.port);
const LABEL = values.label ? `-${values.label.replace(/[^\w-]/g, '')}` : '';
const CACHE_TTL = process.env.DASHBOARD_CACHE_TTL_MS ?? 'default';
const TARGET_P95_MS = 100;
const base = `http://127.0.0.1:${PORT}`;

// Demo accounts (README "Demo logins"): Pengadministrasi Umum, the Kepala Seksi Pelayanan Umum (a superior), the Camat.
const USERS = [
  { who: 'employee', username: '198910252010101308' },
  { who: 'superior', username: '197505092001032232' },
  { who: 'camat', username: 'camat' },
];

/**
 * The home page's API calls (recorded in Chromium from `/` for these three users; the live stream /events left
 * out), with the signed-in employee and the newest performance year filled in. The Camat's page also reads the
 * forum's leadership flags. `/dashboards/*` are issue 14 §2's endpoints: measured once they exist, else noted.
 */
function dashboardCalls(who, { employeeId, yearId, year }) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return [
    '/api/v1/auth/me',
    `/api/v1/complaints/stats?from=${from}&to=${to}&employeeId=${employeeId}`,
    `/api/v1/complaints?scope=team&metric=assigned&from=${from}&to=${to}&page=1&pageSize=1`,
    `/api/v1/employees/${employeeId}`,
    '/api/v1/notifications/unread-count',
    '/api/v1/oversight/work',
    ...(yearId === null ? [] : [`/api/v1/performance/skps?yearId=${yearId}&scope=mine`]),
    '/api/v1/performance/years',
    '/api/v1/training/jp/me',
    ...(who === 'camat' ? ['/api/v1/forum/leadership-flags'] : []),
    '/api/v1/dashboards/me',
    ...(who === 'employee' ? [] : ['/api/v1/dashboards/team']),
    ...(who === 'camat' ? ['/api/v1/dashboards/leadership'] : []),
  ];
}

const getJson = async (url, cookie) => {
  const res = await fetch(`${base}${url}`, { headers: { cookie } });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.json();
};

/** Percentiles (ms, nearest rank) of the recorded times. */
function percentiles(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return { p50: +at(50).toFixed(1), p95: +at(95).toFixed(1), p99: +at(99).toFixed(1) };
}

/** One call under load: `connections` clients for `seconds` (wrk); failures are transport errors and non-2xx. */
async function loadCall(url, cookie) {
  const r = await runWrk({
    base,
    requests: [{ method: 'GET', path: url, headers: { cookie } }],
    duration: SECONDS,
    connections: CONNECTIONS,
  });
  return {
    requests: r.requests,
    rps: r.rps,
    p50: r.p50,
    p95: r.p95,
    p99: r.p99,
    errors: r.errors + r.non2xx,
  };
}

/** The whole home page as one wait: all its calls at once, repeated for `seconds` by one client. */
async function loadPage(urls, cookie) {
  const times = [];
  let errors = 0;
  const end = Date.now() + SECONDS * 1000;
  while (Date.now() < end) {
    const t0 = performance.now();
    const answers = await Promise.all(
      urls.map(async (url) => {
        const res = await fetch(`${base}${url}`, { headers: { cookie } });
        await res.arrayBuffer();
        return res.ok;
      }),
    );
    times.push(performance.now() - t0);
    errors += answers.filter((ok) => !ok).length;
  }
  return { requests: times.length * urls.length, rps: null, ...percentiles(times), errors };
}

ensureDebianPackages('wrk', ['wrk'], () => runQuiet('sh', ['-c', 'command -v wrk']).status === 0);
const dataDir = tmpDir('sim-bench-dashboards-');
const loadBefore = os.loadavg();
const notes = [];
const rows = [];
const server = await startApp({
  port: PORT,
  dataDir,
  env: { LOG_LEVEL: 'warn' },
  logFile: path.join(dataDir, 'server.log'),
});
try {
  for (const { who, username } of USERS) {
    const cookie = await loginCookie(base, username);
    const me = await getJson('/api/v1/auth/me', cookie);
    const years = await getJson('/api/v1/performance/years', cookie);
    const newest = years.items?.[0];
    const calls = dashboardCalls(who, {
      employeeId: me.user.employeeId,
      yearId: newest?.id ?? null,
      year: newest?.year ?? new Date().getFullYear(),
    });
    const measured = [];
    for (const url of calls) {
      const probe = await fetch(`${base}${url}`, { headers: { cookie } });
      await probe.arrayBuffer();
      if (probe.status === 404 && url.startsWith('/api/v1/dashboards/')) {
        notes.push(`${who}: ${url} answers 404 (not built yet), skipped`);
        continue;
      }
      if (!probe.ok) throw new Error(`${who} ${url}: ${probe.status} before the load`);
      measured.push(url);
      rows.push({ who, call: `GET ${url.split('?')[0]}`, ...(await loadCall(url, cookie)) });
    }
    rows.push({
      who,
      call: `home page: ${measured.length} calls at once`,
      ...(await loadPage(measured, cookie)),
    });
  }
} finally {
  await stopChild(server);
}

const withTarget = rows.map((r) => ({
  ...r,
  [`p95<${TARGET_P95_MS}`]: r.p95 < TARGET_P95_MS ? 'yes' : 'NO',
}));
const cpu = os.cpus();
const machine = {
  cpu: `${cpu[0]?.model ?? 'unknown'} × ${cpu.length}`,
  memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  loadAverageBefore: loadBefore.map((l) => +l.toFixed(2)),
  loadAverageAfter: os.loadavg().map((l) => +l.toFixed(2)),
};
console.log(
  `\nDashboard calls: ${CONNECTIONS} connections, ${SECONDS} s each (home page rows: one client), ` +
    `embedded database with demo data\n${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, ` +
    `load average before ${machine.loadAverageBefore.join(' / ')}\n`,
);
console.table(withTarget);
for (const n of notes) console.log(`note: ${n}`);

const at = new Date().toISOString();
const record = {
  at,
  seconds: SECONDS,
  connections: CONNECTIONS,
  targetP95Ms: TARGET_P95_MS,
  machine,
  notes,
  rows,
};
const dir = path.join(root, 'bench/results');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'dashboards-latest.json'), JSON.stringify(record, null, 2));
const header = [
  'who',
  'call',
  'requests',
  'req/s',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'errors',
  `p95 < ${TARGET_P95_MS}`,
];
const md = [
  `# Dashboard latency, ${at}`,
  '',
  `\`npm run bench:dashboards -- --seconds ${SECONDS} --connections ${CONNECTIONS}\`: the real server on the embedded ` +
    'database (PGlite) with demo data; each call loaded by wrk (2 threads) with ' +
    `${CONNECTIONS} connections for ${SECONDS} s; "home page" rows: one client sending all the page's calls at once, ` +
    'the time until the last answer.',
  '',
  `Dashboard answer cache (ADR 0012): DASHBOARD_CACHE_TTL_MS=${CACHE_TTL}.`,
  '',
  `Machine: ${machine.cpu}, ${machine.memoryGiB} GiB RAM, ${machine.os}, Node ${machine.node}; load average ` +
    `(1/5/15 min) ${machine.loadAverageBefore.join(' / ')} before, ${machine.loadAverageAfter.join(' / ')} after.`,
  '',
  `| ${header.join(' | ')} |`,
  `|${header.map(() => '---').join('|')}|`,
  ...withTarget.map(
    (r) =>
      `| ${[r.who, r.call, r.requests, r.rps ?? '—', r.p50, r.p95, r.p99, r.errors, r[`p95<${TARGET_P95_MS}`]].join(' | ')} |`,
  ),
  '',
  ...notes.map((n) => `- ${n}`),
  '',
].join('\n');
fs.writeFileSync(path.join(dir, `dashboards-${at.slice(0, 10)}${LABEL}-c${CONNECTIONS}.md`), md);
// The server has exited (above), so its data directory can go now.
fs.rmSync(dataDir, { recursive: true, force: true });
