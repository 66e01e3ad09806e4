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
  const login = await fetch(`http://127.0.0.1:${serverPort}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
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
