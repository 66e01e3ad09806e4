// `npm run bench`: named scenarios against the real server, driven by wrk (Debian; C, so the generator is not the
// bottleneck), next to a bare Fastify route (and a bare Fastify + pg point select on PostgreSQL) measured in the same
// run, so every result is also a ratio that compares across machines. Writes bench/results/<date>-<mode>.json and
// .md (req/s, p50/p95/p99, errors, non-2xx, server CPU % and RSS from /proc).
//
//   npm run bench                                   embedded PGlite, demo data, server started here
//   npm run bench -- --database-url postgres://…    a server started here on that PostgreSQL database
//   npm run bench -- --url http://127.0.0.1:3000    a server already running (its pid found by port for CPU/RSS)
//   options: --scenarios a,b  --duration 10  --connections 20  --sse-clients 1000  --label city
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureDebianPackages, runQuiet } from '../scripts/lib.mjs';
import { pidsListeningOn, sampleProcesses } from './lib/proc.mjs';
import { DEFAULT_SCENARIOS, SCENARIOS } from './lib/scenarios.mjs';
import { loginCookie, root, startApp, startBaseline, stopChild, tmpDir } from './lib/servers.mjs';
import { sseFanout } from './lib/sse.mjs';
import { runWrk } from './lib/wrk.mjs';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    'database-url': { type: 'string' },
    'baseline-database-url': { type: 'string' },
    scenarios: { type: 'string', default: DEFAULT_SCENARIOS.join(',') },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    'sse-clients': { type: 'string', default: '1000' },
    label: { type: 'string' },
    mode: { type: 'string' },
    employee: { type: 'string', default: '198910252010101308' },
    superior: { type: 'string', default: '197505092001032232' },
    officer: { type: 'string', default: '199006062015032104' },
    port: { type: 'string', default: '3606' },
    'baseline-port': { type: 'string' },
    pids: { type: 'string' },
    out: { type: 'string', default: path.join(root, 'bench/results') },
  },
});

const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const users = {
  employee: values.employee,
  superior: values.superior,
  officer: values.officer,
  admin: 'admin',
  pimpinan: 'camat',
};
const names = values.scenarios.split(',').filter(Boolean);
for (const n of names)
  if (!SCENARIOS[n]) throw new Error(`unknown scenario ${n}; known: ${DEFAULT_SCENARIOS.join(', ')}`);

ensureDebianPackages('wrk', ['wrk'], () => runQuiet('sh', ['-c', 'command -v wrk']).status === 0);

const work = tmpDir('sim-bench-');
const children = [];
const port = Number(values.port);
const baselinePort = Number(values['baseline-port'] ?? port + 10);
const databaseUrl = values['database-url'];
let base = values.url?.replace(/\/$/, '');
let serverPids = [];
const mode =
  values.mode ??
  (databaseUrl || values['baseline-database-url'] ? 'postgres' : base ? 'external' : 'embedded');

async function cleanup() {
  for (const c of children.reverse()) await stopChild(c);
  fs.rmSync(work, { recursive: true, force: true });
}
process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

const baselineDb = values['baseline-database-url'] ?? databaseUrl;
const log = (m) => process.stdout.write(`${m}\n`);
try {
  log(`▶ baseline: bare Fastify${baselineDb ? ' + pg point select' : ''} on :${baselinePort}`);
  const baselineChild = await startBaseline({ port: baselinePort, databaseUrl: baselineDb, dir: work });
  children.push(baselineChild);
  if (!base) {
    log(`▶ server: ${databaseUrl ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite'}, demo data, on :${port}`);
    const t0 = performance.now();
    const app = await startApp({ port, dataDir: work, databaseUrl, logFile: path.join(work, 'server.log') });
    children.push(app);
    log(`  ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    base = `http://127.0.0.1:${port}`;
    serverPids = [app.pid];
  } else {
    // The processes that do the work (app instances, proxy, database) when given; else whoever listens on the port.
    serverPids = values.pids
      ? values.pids.split(',').map(Number)
      : pidsListeningOn(Number(new URL(base).port || 80));
  }

  const cookies = new Map();
  const ctx = {
    base,
    users,
    cookieFor: async (u) => {
      if (!cookies.has(u)) cookies.set(u, await loginCookie(base, u));
      return cookies.get(u);
    },
  };

  const results = [];
  const measure = async (name, title, target, requests, note) => {
    // One request of each kind first: a scenario that answers 4xx/5xx is a broken scenario, not a measurement.
    for (const r of requests) {
      const res = await fetch(`${target}${r.path}`, {
        method: r.method,
        headers: r.headers,
        body: r.body?.replaceAll('{{n}}', 'preflight'),
      });
      await res.arrayBuffer();
      if (res.status >= 400) throw new Error(`${name}: ${r.method} ${r.path} answered ${res.status}`);
    }
    const pids = target === base ? serverPids : [baselineChild.pid];
    const sampler = sampleProcesses(pids);
    const r = await runWrk({ base: target, requests, duration: DURATION, connections: CONNECTIONS });
    const usage = sampler.stop();
    // wrk counts only answers: a scenario whose every request outlives the run shows 0 req/s and no latency.
    const slow = r.requests === 0 ? `no answer within ${DURATION} s` : null;
    const notes = [note, slow].filter(Boolean).join('; ');
    const row = { name, title, ...(notes ? { note: notes } : {}), ...r, ...usage };
    results.push(row);
    log(
      `  ${name.padEnd(16)} ${String(r.rps).padStart(7)} req/s  p50 ${r.p50} ms  p95 ${r.p95} ms  p99 ${r.p99} ms  err ${r.errors}  non2xx ${r.non2xx}  cpu ${usage.cpuPercent ?? '-'}%`,
    );
    return row;
  };

  const baselineUrl = `http://127.0.0.1:${baselinePort}`;
  log('▶ baselines');
  const bare = await measure('bare-fastify', 'Bare Fastify GET /hello', baselineUrl, [
    { method: 'GET', path: '/hello' },
  ]);
  let barePg = null;
  if (baselineDb) {
    const ids = Array.from({ length: 50 }, (_, i) => ({ method: 'GET', path: `/row/${i + 1}` }));
    barePg = await measure('bare-fastify-pg', 'Bare Fastify + pg point select', baselineUrl, ids);
  }

  log(`▶ scenarios on ${base} (${DURATION} s, ${CONNECTIONS} connections)`);
  let sse = null;
  for (const name of names) {
    const s = SCENARIOS[name];
    if (s.sse) {
      const clients = Number(values['sse-clients']);
      const cookieList = [await ctx.cookieFor(users.officer), await ctx.cookieFor(users.pimpinan)];
      const options = await (await fetch(`${base}/api/v1/public/complaint-options`)).json();
      const category = options.categories.find((x) => !x.isIntegrity) ?? options.categories[0];
      sse = await sseFanout({
        urls: [`${base}/api/v1/events`],
        cookies: cookieList,
        clients,
        topicPrefix: 'complaint.',
        trigger: async () => {
          const res = await fetch(`${base}/api/v1/public/complaints`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              categoryCode: category.code,
              description:
                'Saluran air tersumbat di depan sekolah, air meluap ke jalan (uji siaran langsung).',
              kelurahan: options.kelurahan[0],
              address: 'Jl. Mataram, Kertapati',
            }),
          });
          if (res.status !== 201) throw new Error(`filing for the fan-out: ${res.status}`);
        },
      });
      results.push({ name, title: s.title, sse });
      log(
        `  ${name.padEnd(16)} ${sse.received}/${sse.clients} streams got the event; last after ${sse.lastMs} ms (p50 ${sse.p50} ms)`,
      );
      continue;
    }
    if (s.custom) {
      const sampler = sampleProcesses(serverPids);
      const r = await s.custom(ctx, { seconds: DURATION, connections: CONNECTIONS });
      const row = { name, title: s.title, ...r, ...sampler.stop() };
      results.push(row);
      log(
        `  ${name.padEnd(16)} ${String(r.rps).padStart(7)} req/s  p95 ${r.p95} ms  wrong/failed ${r.errors}`,
      );
      continue;
    }
    const { requests, note } = await s.prepare(ctx);
    await measure(name, s.title, base, requests, note);
  }

  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    kernel: os.release(),
    generator: 'wrk 4.1 (2 threads), same machine',
  };
  const stamp = new Date().toISOString().slice(0, 16).replace(':', '');
  const label = values.label ? `-${values.label}` : '';
  const file = path.join(values.out, `${stamp}-${mode}${label}`);
  const doc = {
    at: new Date().toISOString(),
    mode,
    label: values.label ?? null,
    target: values.url ? 'external server' : 'server started by the runner',
    durationSeconds: DURATION,
    connections: CONNECTIONS,
    machine,
    baseline: { bareFastifyRps: bare.rps, bareFastifyPgRps: barePg?.rps ?? null },
    results,
  };
  fs.mkdirSync(values.out, { recursive: true });
  fs.writeFileSync(`${file}.json`, `${JSON.stringify(doc, null, 2)}\n`);
  fs.writeFileSync(`${file}.md`, markdown(doc));
  log(`\n${markdown(doc)}`);
  log(`▶ written ${path.relative(root, file)}.json and .md`);
} finally {
  await cleanup();
}

/** The results as a Markdown table; ratios are of the bare Fastify route measured in the same run. */
export function markdown(doc) {
  const lines = [
    `### ${doc.mode}${doc.label ? ` (${doc.label})` : ''} — ${doc.at.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `${doc.machine.cpus} × ${doc.machine.cpuModel}, ${doc.machine.memoryGb} GB, Node ${doc.machine.node}; ` +
      `${doc.machine.generator}; ${doc.durationSeconds} s per scenario, ${doc.connections} connections.`,
    '',
    '| Scenario | req/s | × bare | p50 ms | p95 ms | p99 ms | errors | non-2xx | server CPU % | RSS MB |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const bare = doc.baseline.bareFastifyRps;
  for (const r of doc.results) {
    if (r.sse) continue;
    lines.push(
      `| ${r.title}${r.note ? ` — ${r.note}` : ''} | ${r.rps} | ${(r.rps / bare).toFixed(3)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${r.cpuPercent ?? '–'} | ${r.rssMb ?? '–'} |`,
    );
  }
  const sse = doc.results.find((r) => r.sse);
  if (sse)
    lines.push(
      '',
      `SSE fan-out: ${sse.sse.received}/${sse.sse.clients} streams received one event; first ${sse.sse.firstMs} ms, ` +
        `p50 ${sse.sse.p50} ms, p99 ${sse.sse.p99} ms, last ${sse.sse.lastMs} ms after the filing request was sent ` +
        `(includes the filing's own commit); ${sse.sse.clients} streams opened in ${sse.sse.openSeconds} s.`,
    );
  return `${lines.join('\n')}\n`;
}
