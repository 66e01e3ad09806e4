// Processes a benchmark run starts: the application (embedded PGlite or a PostgreSQL URL, demo data) and the
// baselines (a bare Fastify route; a bare Fastify + pg point select). Each is a child process on loopback.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const PASSWORD = process.env.DEMO_PASSWORD ?? 'Kertapati#2026';

/**
 * Settings of a server under benchmark: every per-address rate limit far above what the run sends (all load comes
 * from one address, 127.0.0.1, which would otherwise measure 429s), and the public form's proof-of-work off (it
 * costs the client, not the server: verifying is one hash). The daily backup is off: on a fresh data directory it
 * is due at once (any hour from 02:00 WIB) and would copy the database while the first scenarios are measured; in
 * production it runs once a night. Everything else is the production default.
 */
export const BENCH_SERVER_ENV = {
  RATE_LIMIT_LOGIN: '1000000/minute',
  RATE_LIMIT_COMPLAINT_FILING: '1000000/minute',
  RATE_LIMIT_COMPLAINT_TRACKING: '1000000/minute',
  RATE_LIMIT_OPEN311_READ: '1000000/minute',
  RATE_LIMIT_OPEN311_WRITE: '1000000/minute',
  RATE_LIMIT_SURVEY_READ: '1000000/minute',
  RATE_LIMIT_SURVEY_SUBMIT: '1000000/minute',
  RATE_LIMIT_OPEN_DATA: '1000000/minute',
  LOGIN_IP_MAX_FAILURES: '1000000',
  COMPLAINT_POW_BITS: '0',
  BACKUP_HOUR_WIB: 'off',
};

export async function waitReady(url, timeoutMs = 180_000, child = null) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`process ended (${child.exitCode}) before ${url}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`not ready: ${url}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Starts a Node process; its output goes to `logFile` (kept for a look after a failure). */
export function startNode(args, env, logFile) {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  return child;
}

/** Stops a child process and waits for it (SIGTERM, then SIGKILL after 15 s). */
export async function stopChild(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const ended = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await ended;
  clearTimeout(force);
}

/** The application server: demo data, production log level (the request log is part of what is measured). */
export async function startApp({ port, dataDir, databaseUrl, env = {}, logFile }) {
  const child = startNode(
    ['--import', 'tsx', 'apps/server/src/main.ts'],
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO: '1',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: '' }),
      ...BENCH_SERVER_ENV,
      ...env,
    },
    logFile,
  );
  try {
    await waitReady(`http://127.0.0.1:${port}/readyz`, 600_000, child);
  } catch (err) {
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
    throw new Error(`${err.message}\n--- ${logFile}\n${tail}`, { cause: err });
  }
  return child;
}

/** A bare Fastify process: `/hello` always, and `/row/:id` (one pg point select) when given a database URL. */
export async function startBaseline({ port, databaseUrl, dir }) {
  const file = path.join(dir, 'baseline.mjs');
  const fastify = path.join(root, 'node_modules/fastify/fastify.js');
  const pg = path.join(root, 'node_modules/pg/lib/index.js');
  fs.writeFileSync(
    file,
    `import Fastify from '${fastify}';
const app = Fastify();
app.get('/hello', async () => ({ status: 'ok' }));
if (process.env.BASELINE_DATABASE_URL) {
  const { default: pg } = await import('${pg}');
  const pool = new pg.Pool({ connectionString: process.env.BASELINE_DATABASE_URL, max: 10 });
  app.get('/row/:id', async (req) => {
    const r = await pool.query('select id, nip, name from employees where id = $1', [Number(req.params.id)]);
    return r.rows[0] ?? null;
  });
}
await app.listen({ port: ${port}, host: '127.0.0.1' });`,
  );
  const child = startNode(
    [file],
    { BASELINE_DATABASE_URL: databaseUrl ?? '' },
    path.join(dir, 'baseline.log'),
  );
  await waitReady(`http://127.0.0.1:${port}/hello`, 30_000, child);
  return child;
}

/** Logs in over HTTP and returns the session cookie (`sid=…`). */
export async function loginCookie(base, username, password = PASSWORD) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

export const tmpDir = (prefix) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
