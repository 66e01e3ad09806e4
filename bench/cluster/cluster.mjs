// `npm run bench:cluster`: the production layout on one machine — PostgreSQL 15 (throwaway, durable commits), two
// app instances (same DATABASE_URL, shared DATA_DIR) and nginx in front — then checks, printed and asserted:
//   1. two instances starting together on an empty database migrate and seed it once;
//   2. a session made through one instance works on the other;
//   3. a live event published on instance A reaches an SSE client on instance B;
//   3b. a write through instance A is seen by the next dashboard read through instance B, with the answer cache on
//       (ADR 0018: A's commit is announced by NOTIFY and B drops its cached answers);
//   4. the scheduled jobs' work is done once (advisory locks), counted from the instances' logs and the database;
//   5. kill -9 of one instance mid-load: every write the clients saw acknowledged is in the database
//      (clients retry through the proxy on connection errors and 502/503/504);
// and finally `npm run bench` against the proxy. Everything started here is stopped at the end.
//
//   npm run bench:cluster [-- --duration 10 --connections 20 --scenarios a,b --skip-bench --database-url postgres://…
//                              --port-base N]
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  ensureDebianPackages,
  findPgBin,
  run,
  runQuiet,
  spawn,
  startThrowawayPostgres,
} from '../../scripts/lib.mjs';
import { pidsListeningOn } from '../lib/proc.mjs';
import { loginCookie, root, startApp, stopChild, tmpDir, waitReady } from '../lib/servers.mjs';
import { sseFanout } from '../lib/sse.mjs';
import { nginxConfig } from './nginx.mjs';

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    scenarios: { type: 'string' },
    'sse-clients': { type: 'string', default: '1000' },
    'skip-bench': { type: 'boolean', default: false },
    label: { type: 'string' },
    'port-base': { type: 'string' },
  },
});

// The usual ports, or five in a row from --port-base (A, B, proxy, baseline, PostgreSQL) beside other people's runs.
const BASE = values['port-base'] ? Number(values['port-base']) : null;
const PORT_A = BASE ?? 3606;
const PORT_B = BASE ? BASE + 1 : 3616;
const PROXY_PORT = BASE ? BASE + 2 : 8606;
const BASELINE_PORT = BASE ? BASE + 3 : 8616;
const PG_PORT = BASE ? BASE + 4 : 5606;
const proxy = `http://127.0.0.1:${PROXY_PORT}`;
const urlA = `http://127.0.0.1:${PORT_A}`;
const urlB = `http://127.0.0.1:${PORT_B}`;

const log = (m) => process.stdout.write(`${m}\n`);
const failures = [];
function check(ok, what, detail = '') {
  log(`  ${ok ? '✔' : '✖'} ${what}${detail ? ` — ${detail}` : ''}`);
  if (!ok) failures.push(what);
}

ensureDebianPackages('nginx', ['nginx'], () => runQuiet('sh', ['-c', 'command -v nginx']).status === 0);
ensureDebianPackages('wrk', ['wrk'], () => runQuiet('sh', ['-c', 'command -v wrk']).status === 0);
if (!values['database-url']) ensureDebianPackages('PostgreSQL', ['postgresql'], () => !!findPgBin());

const work = tmpDir('sim-cluster-');
const shared = path.join(work, 'shared'); // DATA_DIR of both instances: the shared storage of the layout
fs.mkdirSync(shared);
let pgServer = null;
let nginx = null;
const instances = {};
const { default: pg } = await import(path.join(root, 'node_modules/pg/lib/index.js'));
let pool = null;

async function cleanup() {
  for (const c of Object.values(instances)) await stopChild(c);
  await stopChild(nginx);
  await pool?.end();
  pgServer?.stop();
  fs.rmSync(work, { recursive: true, force: true });
}
process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

// Settings both instances share: the database, the proof-of-work key (a challenge issued by one is checked by the
// other), the proxy in front (client addresses from X-Forwarded-For).
const instanceEnv = (databaseUrl) => ({
  DATABASE_URL: databaseUrl,
  COMPLAINT_POW_SECRET: randomBytes(32).toString('hex'),
  TRUST_PROXY: '1',
});

function startInstance(name, port, databaseUrl, env) {
  return startApp({
    port,
    dataDir: shared,
    databaseUrl,
    env,
    logFile: path.join(work, `${name}.log`),
  });
}

/** The lines an instance logged as JSON (pino), parsed; other lines skipped. */
function logLines(name) {
  return fs
    .readFileSync(path.join(work, `${name}.log`), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => {
      try {
        return JSON.parse(l);
      } catch {
        return null;
      }
    })
    .filter(Boolean);
}

try {
  // ------------------------------------------------------------------ database
  let databaseUrl = values['database-url'];
  if (!databaseUrl) {
    log('▶ PostgreSQL 15 (throwaway)');
    pgServer = await startThrowawayPostgres({ durable: true, port: PG_PORT });
    databaseUrl = pgServer.url;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    const { rows } = await admin.query(
      "select current_setting('fsync') as f, current_setting('synchronous_commit') as s",
    );
    log(`  fsync=${rows[0].f}, synchronous_commit=${rows[0].s} (a commit is on disk before the answer)`);
    await admin.end();
  }
  pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const env = instanceEnv(databaseUrl);
  // The deadline events already recorded (a --database-url with data, e.g. the city set): check 4 counts the new ones.
  const dedupedEvents = async () => {
    const table = await pool.query("select to_regclass('complaint_events') is not null as present");
    if (!table.rows[0].present) return 0; // an empty database: the instances have not migrated it yet
    const events = await pool.query(
      'select count(*)::int as n from complaint_events where dedupe_key is not null',
    );
    return events.rows[0].n;
  };
  const eventsBefore = await dedupedEvents();

  // ------------------------------------------------------------------ 1. two instances start together
  log('▶ two instances starting together (migrations + demo seed on an empty database)');
  const t0 = performance.now();
  const [a, b] = await Promise.all([
    startInstance('a', PORT_A, databaseUrl, env),
    startInstance('b', PORT_B, databaseUrl, env),
  ]);
  instances.a = a;
  instances.b = b;
  log(`  both ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const migrations = await pool.query('select count(*)::int as n from kysely_migration');
  const employees = await pool.query(
    'select count(*)::int as n, count(distinct nip)::int as d from employees',
  );
  check(
    employees.rows[0].n > 0 && employees.rows[0].n === employees.rows[0].d,
    'migrated and seeded once',
    `${migrations.rows[0].n} migrations, ${employees.rows[0].n} employees (distinct NIPs ${employees.rows[0].d})`,
  );

  // ------------------------------------------------------------------ nginx
  log(`▶ nginx on :${PROXY_PORT} → :${PORT_A}, :${PORT_B}`);
  const nginxDir = path.join(work, 'nginx');
  fs.mkdirSync(path.join(nginxDir, 'tmp'), { recursive: true });
  fs.chmodSync(path.join(nginxDir, 'tmp'), 0o777);
  fs.writeFileSync(
    path.join(nginxDir, 'nginx.conf'),
    nginxConfig({ dir: nginxDir, listen: PROXY_PORT, upstreams: [PORT_A, PORT_B] }),
  );
  const tested = runQuiet('nginx', ['-t', '-p', nginxDir, '-c', path.join(nginxDir, 'nginx.conf')]);
  if (tested.status !== 0) throw new Error(`nginx -t: ${tested.stderr}`);
  nginx = spawn('nginx', ['-p', nginxDir, '-c', path.join(nginxDir, 'nginx.conf')], { stdio: 'ignore' });
  await waitReady(`${proxy}/readyz`, 30_000, nginx);

  // ------------------------------------------------------------------ 2. sessions
  log('▶ checks');
  const cookie = await loginCookie(urlA, 'admin');
  const onB = await fetch(`${urlB}/api/v1/auth/me`, { headers: { cookie } });
  const meB = onB.ok ? await onB.json() : null;
  check(
    onB.status === 200 && JSON.stringify(meB).includes('"admin"'),
    'a session made on instance A works on instance B',
    `GET /auth/me on B: ${onB.status}`,
  );

  // ------------------------------------------------------------------ 3. live event A → B
  const officer = await loginCookie(urlA, '199006062015032104');
  const options = await (await fetch(`${urlA}/api/v1/public/complaint-options`)).json();
  const category = options.categories.find((c) => !c.isIntegrity) ?? options.categories[0];
  const complaintBody = (description) =>
    JSON.stringify({
      categoryCode: category.code,
      description,
      kelurahan: options.kelurahan[0],
      address: 'Jl. Ki Marogan, Kertapati',
    });
  const live = await sseFanout({
    urls: [`${urlB}/api/v1/events`],
    cookies: [officer],
    clients: 1,
    topicPrefix: 'complaint.',
    timeoutMs: 10_000,
    trigger: async () => {
      const res = await fetch(`${urlA}/api/v1/public/complaints`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: complaintBody('Pohon tumbang menutup separuh badan jalan di dekat jembatan (uji klaster).'),
      });
      if (res.status !== 201) throw new Error(`filing on A: ${res.status}`);
    },
  });
  check(
    live.received === 1,
    'a live event published on instance A reaches an SSE client on instance B',
    `after ${live.lastMs} ms`,
  );

  // ------------------------------------------------------------------ 3b. dashboard cache across instances
  // An employee's Kinerja Saya shows the JP target; the admin changes it through A; B's very next answer has it.
  const employee = await loginCookie(urlA, '198910252010101308');
  const writeHeaders = { cookie, 'content-type': 'application/json', origin: urlA };
  const dashboardOnB = async () => {
    const res = await fetch(`${urlB}/api/v1/dashboards/me`, { headers: { cookie: employee } });
    return { source: res.headers.get('x-dashboard-cache'), body: res.ok ? await res.json() : null };
  };
  const targets = await (await fetch(`${urlA}/api/v1/training/targets`, { headers: { cookie } })).json();
  // Until B serves it from its cache (the jobs' first rounds write too, each dropping every cached answer).
  let cached = await dashboardOnB();
  for (let i = 0; i < 50 && cached.source !== 'hit'; i++) {
    await new Promise((r) => setTimeout(r, 100));
    cached = await dashboardOnB();
  }
  const changed = { ...targets, jpTarget: targets.jpTarget + 1 };
  const put = await fetch(`${urlA}/api/v1/training/targets`, {
    method: 'PUT',
    headers: writeHeaders,
    body: JSON.stringify(changed),
  });
  const next = await dashboardOnB();
  check(
    cached.source === 'hit' && put.status === 200 && next.body?.jp?.target === changed.jpTarget,
    'a write through instance A is seen by the next dashboard read through instance B (cache on)',
    `B before: ${cached.source} (JP target ${cached.body?.jp?.target}); PUT on A: ${put.status}; ` +
      `B right after: ${next.source}, JP target ${next.body?.jp?.target} (expected ${changed.jpTarget})`,
  );
  await fetch(`${urlA}/api/v1/training/targets`, {
    method: 'PUT',
    headers: writeHeaders,
    body: JSON.stringify(targets),
  });

  // ------------------------------------------------------------------ 4. scheduled jobs once
  // Both instances ran a first round of every job at start. The complaint deadline job records each event once
  // (dedupe key) under an advisory lock: the events the instances logged must add up to the rows it added.
  const slaRounds = ['a', 'b'].map((n) => logLines(n).filter((l) => l.msg === 'complaint SLA job'));
  const logged = slaRounds.flat().reduce((sum, l) => sum + (l.events ?? 0), 0);
  const recorded = (await dedupedEvents()) - eventsBefore;
  const dupNotes = await pool.query(
    `select count(*)::int as n from (select 1 from notifications group by user_id, employee_id, type, params::text, link
       having count(*) > 1) d`,
  );
  check(
    logged === recorded && dupNotes.rows[0].n === 0,
    'scheduled jobs do their work once with two instances',
    `deadline events logged by A ${slaRounds[0].reduce((s, l) => s + l.events, 0)} + B ${slaRounds[1].reduce((s, l) => s + l.events, 0)} = ${logged}; recorded in the database during the run ${recorded}${eventsBefore ? ` (${eventsBefore} before it)` : ''}; repeated notifications ${dupNotes.rows[0].n}`,
  );

  // ------------------------------------------------------------------ 5. kill -9 mid-load
  const runId = randomBytes(4).toString('hex');
  const acked = [];
  let retries = 0;
  let gaveUp = 0;
  const end = Date.now() + 6000;
  const writer = async (loop) => {
    for (let i = 0; Date.now() < end; i++) {
      const body = complaintBody(`Uji matikan instans ${runId}: sampah menumpuk di TPS ${loop}-${i}.`);
      for (let attempt = 0; ; attempt++) {
        try {
          const res = await fetch(`${proxy}/api/v1/public/complaints`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          });
          const json = await res.json().catch(() => null);
          if (res.status === 201) {
            acked.push(json.ticket);
            break;
          }
          if (![502, 503, 504].includes(res.status)) throw new Error(`filing: ${res.status}`);
        } catch (err) {
          if (!(err instanceof TypeError)) throw err; // fetch's network errors are TypeErrors
        }
        if (attempt >= 20) {
          gaveUp++;
          break;
        }
        retries++;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };
  log('▶ kill -9 instance A after 2 s of writes through the proxy (16 writers, 6 s)');
  const killer = setTimeout(() => instances.a.kill('SIGKILL'), 2000);
  await Promise.all(Array.from({ length: 16 }, (_, i) => writer(i)));
  clearTimeout(killer);
  const stored = await pool.query('select count(*)::int as n from complaints where ticket = any($1)', [
    acked,
  ]);
  const all = await pool.query(
    `select count(*)::int as n, count(distinct description)::int as d from complaints where description like $1`,
    [`Uji matikan instans ${runId}:%`],
  );
  check(
    acked.length > 0 && stored.rows[0].n === acked.length && gaveUp === 0,
    'every acknowledged write is in the database after kill -9 of one instance',
    `${acked.length} acknowledged, ${stored.rows[0].n} found; ${retries} client retries; ` +
      `${all.rows[0].n - all.rows[0].d} stored twice (answer lost after commit, then retried)`,
  );

  // ------------------------------------------------------------------ benchmark through the proxy
  log('▶ instance A restarted');
  instances.a = await startInstance('a', PORT_A, databaseUrl, env);
  if (!values['skip-bench']) {
    // Server CPU/RSS: both instances, nginx and (when it runs here) PostgreSQL with their child processes.
    const pgPids = pgServer ? pidsListeningOn(Number(new URL(databaseUrl).port)) : [];
    const pids = [instances.a.pid, instances.b.pid, nginx.pid, ...pgPids];
    const args = [
      path.join(root, 'bench/run.mjs'),
      '--url',
      proxy,
      '--baseline-database-url',
      databaseUrl,
      '--baseline-port',
      String(BASELINE_PORT),
      '--mode',
      'cluster',
      '--pids',
      pids.join(','),
      '--duration',
      values.duration,
      '--connections',
      values.connections,
      '--sse-clients',
      values['sse-clients'],
      ...(values.scenarios ? ['--scenarios', values.scenarios] : []),
      ...(values.label ? ['--label', values.label] : []),
    ];
    run(process.execPath, args);
  }
} finally {
  await cleanup();
}

if (failures.length) {
  process.stderr.write(`✖ ${failures.length} check(s) failed: ${failures.join('; ')}\n`);
  process.exit(1);
}
log('✔ all cluster checks passed');
