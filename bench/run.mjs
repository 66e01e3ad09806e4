// `npm run bench`: throughput and latency of the real server (embedded PGlite, demo data) next to a bare Fastify
// baseline on the same machine. Loopback only; every loop is bounded in time. Prints a table and writes
// bench/results/latest.json. Usage: npm run bench [-- --seconds 5 --connections 20]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '20' } },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const root = path.resolve(import.meta.dirname, '..');
const PASSWORD = process.env.DEMO_PASSWORD ?? 'Kertapati#2026';

function startProcess(args, env, readyUrl) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 120_000;
  return new Promise((resolve, reject) => {
    const poll = async () => {
      try {
        const res = await fetch(readyUrl);
        if (res.ok) return resolve(child);
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline) return reject(new Error(`not ready: ${readyUrl}`));
      setTimeout(poll, 300);
    };
    poll();
  });
}

/** Runs `connections` request loops for `seconds`; returns requests/s and latency percentiles in ms. */
async function load(name, url, init = {}) {
  const latencies = [];
  let errors = 0;
  const end = Date.now() + SECONDS * 1000;
  const worker = async () => {
    while (Date.now() < end) {
      const t0 = performance.now();
      try {
        const res = await fetch(url, init);
        await res.arrayBuffer();
        if (!res.ok) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  return summarise(name, latencies, errors);
}

/** Requests per second and latency percentiles (ms) of one bounded run. */
function summarise(name, latencies, errors) {
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    name,
    requests: latencies.length,
    rps: Math.round(latencies.length / SECONDS),
    p50: +pct(50).toFixed(2),
    p95: +pct(95).toFixed(2),
    p99: +pct(99).toFixed(2),
    errors,
  };
}

/**
 * The mix that broke the embedded database before ADR 0002 was corrected: a fifth of the loops record walk-in
 * complaints as the Petugas Pengaduan (one transaction each), the rest read /auth/me and their complaint queue as
 * two different employees. Counts every non-2xx answer and every read that differs from the serial answer.
 */
async function loadMix(name, base, cookies) {
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
  return { ...summarise(name, latencies, errors), writesPerSecond: Math.round(writes / SECONDS) };
}

async function loginCookie(base, username) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

const baselinePort = 3901;
const serverPort = 3902;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-bench-'));
const baselineFile = path.join(dataDir, 'baseline.mjs');
fs.writeFileSync(
  baselineFile,
  `import Fastify from '${path.join(root, 'node_modules/fastify/fastify.js')}';
const app = Fastify();
app.get('/hello', async () => ({ status: 'ok' }));
await app.listen({ port: ${baselinePort}, host: '127.0.0.1' });`,
);

const results = [];
const baseline = await startProcess([baselineFile], {}, `http://127.0.0.1:${baselinePort}/hello`);
const server = await startProcess(
  ['--import', 'tsx', 'apps/server/src/main.ts'],
  { PORT: String(serverPort), HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO: '1', LOG_LEVEL: 'warn' },
  `http://127.0.0.1:${serverPort}/readyz`,
);
try {
  results.push(await load('bare Fastify GET /hello', `http://127.0.0.1:${baselinePort}/hello`));
  results.push(await load('SIM GET /healthz', `http://127.0.0.1:${serverPort}/healthz`));
  const base = `http://127.0.0.1:${serverPort}`;
  const cookie = await loginCookie(base, 'admin');
  const auth = { headers: { cookie } };
  results.push(await load('SIM GET /api/v1/auth/me', `http://127.0.0.1:${serverPort}/api/v1/auth/me`, auth));
  results.push(
    await load(
      'SIM GET /api/v1/employees (page 25)',
      `http://127.0.0.1:${serverPort}/api/v1/employees?pageSize=25`,
      auth,
    ),
  );
  results.push(
    await load(
      'SIM GET /api/v1/employees?q=sari',
      `http://127.0.0.1:${serverPort}/api/v1/employees?q=sari`,
      auth,
    ),
  );
  // Demo accounts: the Petugas Pengaduan, an employee and the Kepala Seksi Pelayanan Umum (README).
  const mixCookies = {
    petugas: await loginCookie(base, '199006062015032104'),
    employee: await loginCookie(base, '198910252010101308'),
    kasi: await loginCookie(base, '197505092001032232'),
  };
  results.push(await loadMix('SIM mix: walk-in writes + /auth/me + complaints?scope=mine', base, mixCookies));
} finally {
  server.kill('SIGTERM');
  baseline.kill('SIGTERM');
}

console.log(
  `\n${CONNECTIONS} connections, ${SECONDS} s each, Node ${process.version}, ${os.cpus().length} cores\n`,
);
console.table(results);
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
fs.writeFileSync(
  path.join(root, 'bench/results/latest.json'),
  JSON.stringify(
    { at: new Date().toISOString(), seconds: SECONDS, connections: CONNECTIONS, results },
    null,
    2,
  ),
);
setTimeout(() => fs.rmSync(dataDir, { recursive: true, force: true }), 2000).unref();
