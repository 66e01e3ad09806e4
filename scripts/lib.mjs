// Helpers shared by start.mjs, test.mjs and e2e.mjs. Plain Node (no dependencies): they run before `npm install`.
import { spawnSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');

export function log(msg) {
  process.stdout.write(`\x1b[36m▶ ${msg}\x1b[0m\n`);
}

export function fail(msg) {
  process.stderr.write(`\x1b[31m✖ ${msg}\x1b[0m\n`);
  process.exit(1);
}

/** Runs a command in the foreground; exits the script when it fails unless `allowFail`. */
export function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, {
    stdio: 'inherit',
    cwd: root,
    ...opts,
    env: { ...process.env, ...opts.env },
  });
  if (res.status !== 0 && !opts.allowFail)
    fail(`${cmd} ${args.join(' ')} gagal (exit ${res.status ?? res.signal})`);
  return res.status ?? 1;
}

export function runQuiet(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { cwd: root, encoding: 'utf8', ...opts });
}

export function checkNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 20) fail(`Node.js 20 atau lebih baru diperlukan (sekarang ${process.version}).`);
}

const stampFile = path.join(root, 'node_modules', '.install-stamp');

function lockHash() {
  const files = [
    'package.json',
    'package-lock.json',
    ...['apps/server', 'apps/web', 'packages/domain', 'packages/contracts'].map((d) => `${d}/package.json`),
  ];
  const h = createHash('sha256');
  for (const f of files) {
    const p = path.join(root, f);
    if (fs.existsSync(p)) h.update(fs.readFileSync(p));
  }
  return h.digest('hex');
}

/** Installs dependencies when node_modules is missing or the lock file changed since the last install. */
export function ensureInstalled() {
  const want = lockHash();
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === want) return;
  log('Memasang dependensi (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
  fs.writeFileSync(stampFile, want);
}

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name === 'e2e') continue;
    const p = path.join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

/** Builds the web app when its sources (or the shared packages) are newer than the last build. */
export function ensureWebBuilt({ force = false } = {}) {
  const index = path.join(root, 'apps/web/dist/index.html');
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const sources = Math.max(
    newestMtime(path.join(root, 'apps/web')),
    newestMtime(path.join(root, 'packages/domain/src')),
    newestMtime(path.join(root, 'packages/contracts/src')),
  );
  if (!force && built > sources) return;
  log('Membangun aplikasi web (vite build)…');
  run('npm', ['run', 'build', '-w', 'apps/web', '--silent']);
}

export const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const aptUpdated = { done: false };

/** Installs Debian packages when running as root on a Debian machine; otherwise says what to install. */
export function ensureDebianPackages(what, packages, present) {
  if (present()) return true;
  const apt = runQuiet('sh', ['-c', 'command -v apt-get']).status === 0;
  if (isRoot() && apt) {
    log(`Memasang ${what} dari Debian (${packages.join(' ')})…`);
    if (!aptUpdated.done) {
      run('apt-get', ['update', '-qq']);
      aptUpdated.done = true;
    }
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
      env: { DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (present()) return true;
  }
  fail(
    `${what} tidak ditemukan. Pasang dulu: sudo apt-get install ${packages.join(' ')} ` +
      `(atau jalankan npm test sebagai root di mesin Debian agar dipasang otomatis).`,
  );
  return false;
}

export function findChromium() {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (p && fs.existsSync(p)) return p;
  }
  return undefined;
}

export function findPgBin() {
  if (process.env.PG_BIN && fs.existsSync(path.join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return undefined;
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], 'bin') : undefined;
}

/**
 * Starts a throwaway PostgreSQL server on 127.0.0.1 in a temporary directory; returns its URL and a stop(). Tests
 * run it without fsync (speed); `durable` keeps PostgreSQL's defaults (bench:cluster measures committed writes).
 */
export async function startThrowawayPostgres({ durable = false, port: fixedPort } = {}) {
  const bin = findPgBin();
  if (!bin) fail('PostgreSQL tidak ditemukan.');
  const dir = fs.mkdtempSync('/tmp/sim-pg-');
  const port = fixedPort ?? 20000 + Math.floor(Math.random() * 20000);
  const asPostgres = isRoot();
  const exec = (cmd, args) => {
    const full = asPostgres ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
    return runQuiet(full[0], full[1]);
  };
  if (asPostgres) runQuiet('chown', ['postgres', dir]);
  fs.chmodSync(dir, 0o700);
  let r = exec(path.join(bin, 'initdb'), [
    '-D',
    dir,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ]);
  if (r.status !== 0) fail(`initdb gagal: ${r.stderr}`);
  const start = () => {
    const res = exec(path.join(bin, 'pg_ctl'), [
      '-D',
      dir,
      '-o',
      `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${dir}` +
        (durable ? '' : ' -c fsync=off -c full_page_writes=off'),
      '-l',
      path.join(dir, 'log'),
      '-w',
      'start',
    ]);
    if (res.status !== 0)
      fail(
        `PostgreSQL gagal dijalankan: ${res.stderr}\n${fs.existsSync(path.join(dir, 'log')) ? fs.readFileSync(path.join(dir, 'log'), 'utf8') : ''}`,
      );
  };
  start();
  const halt = () => exec(path.join(bin, 'pg_ctl'), ['-D', dir, '-m', 'fast', '-w', 'stop']);
  const stop = () => {
    halt();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  // pause/resume: stop the server and start it again on the same data and port (verify-reliability's outage).
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dir,
    stop,
    pause: halt,
    resume: start,
  };
}

export { spawn };
