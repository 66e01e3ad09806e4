// `npm run bench:lighthouse`: Lighthouse 12 (mobile, simulated slow 4G, 4x CPU slowdown — its defaults) on every
// public page of the real server (embedded PGlite, demo data, a fresh data directory), in Debian's Chromium.
// Prints a table and writes bench/results/lighthouse.json with the scores, the main metrics and the bytes each page
// loads from /assets (raw, gzip, brotli). Build first (`npm run build`). Loopback only.
// Usage: npm run bench:lighthouse [-- --port 3106 --runs 1 --dist apps/web/dist --out bench/results/lighthouse.json]
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3106' },
    runs: { type: 'string', default: '1' },
    dist: { type: 'string', default: path.join(root, 'apps/web/dist') },
    out: { type: 'string', default: path.join(root, 'bench/results/lighthouse.json') },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    // Keep each run's full Lighthouse report (the diagnostics: LCP element, long tasks, request chain) in this folder.
    'lhr-dir': { type: 'string' },
    // Only the pages whose path contains this text (e.g. --only transparansi), to iterate on one page.
    only: { type: 'string' },
  },
});
const PORT = Number(values.port);
const RUNS = Math.max(1, Number(values.runs));
const DIST = path.resolve(values.dist);
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = process.env.DEMO_PASSWORD ?? 'Kertapati#2026';
// The demo complaint's tracking secret (apps/server/src/demo/complaints-demo-seed.ts, README).
const DEMO_TRACKING_SECRET = 'DemoLacakKertapati2026-KTP000001';
// The recipe in shared/ARCHITECTURE.md: without the networking flags Chromium floods the closed network.
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (!fs.existsSync(path.join(DIST, 'index.html'))) {
  console.error(`No build in ${DIST}: run npm run build first.`);
  process.exit(1);
}
if (!fs.existsSync(values.chromium)) {
  console.error(`No Chromium at ${values.chromium}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}

function startServer() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-lighthouse-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO: '1',
      WEB_DIST: DIST,
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 180_000;
  return new Promise((resolve, reject) => {
    const poll = async () => {
      if (child.exitCode !== null) return reject(new Error(`server exited with ${child.exitCode}`));
      try {
        if ((await fetch(`${BASE}/readyz`)).ok) return resolve({ stop });
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline) {
        await stop();
        return reject(new Error(`server not ready on ${BASE}`));
      }
      setTimeout(poll, 500);
    };
    void poll();
  });
}

/** Real codes from the demo data: an open survey, and a verification code minted by downloading an SKP PDF. */
async function demoCodes() {
  const login = await fetch(`${BASE}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: BASE },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  if (!login.ok) throw new Error(`admin login failed: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const get = (url) => fetch(`${BASE}${url}`, { headers: { cookie } });
  const surveys = await (await get('/api/v1/surveys?status=OPEN')).json();
  const survey = surveys.items.find((s) => s.status === 'OPEN') ?? surveys.items[0];
  const skps = await (await get('/api/v1/performance/skps?scope=all')).json();
  const skp = skps.items.find((s) => s.status === 'APPROVED');
  const pdf = await get(`/api/v1/performance/skps/${skp.id}/skp.pdf`);
  await pdf.arrayBuffer();
  const verification = pdf.headers.get('x-verification-code');
  if (!survey?.code || !verification) throw new Error('demo data has no open survey or verifiable document');
  return { survey: survey.code, verification };
}

/** Sizes of a built file as sent raw, gzip and brotli: the pre-compressed siblings, or compressed here. */
function sizesOf(file) {
  const raw = fs.readFileSync(file);
  const sibling = (ext, make) =>
    fs.existsSync(file + ext) ? fs.statSync(file + ext).size : make(raw).length;
  return {
    raw: raw.length,
    gzip: sibling('.gz', (b) => zlib.gzipSync(b, { level: 9 })),
    brotli: sibling('.br', (b) => zlib.brotliCompressSync(b)),
  };
}

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function audit(chrome, name, url) {
  const runs = [];
  let retries = 2; // a loaded machine sometimes loses the trace (NO_NAVSTART): run that one again
  for (let i = 0; i < RUNS; i++) {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      },
      undefined,
    );
    if (result.lhr.runtimeError) {
      if (retries-- > 0) {
        process.stderr.write(`  ${result.lhr.runtimeError.code}, again\n`);
        i--;
        continue;
      }
      throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    }
    if (values['lhr-dir']) {
      fs.mkdirSync(values['lhr-dir'], { recursive: true });
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      fs.writeFileSync(path.join(values['lhr-dir'], `${slug}-${i + 1}.json`), JSON.stringify(result.lhr));
    }
    runs.push(result.lhr);
  }
  const lhr = runs.find(
    (r) =>
      r.categories.performance.score * 100 === median(runs.map((x) => x.categories.performance.score * 100)),
  );
  const requests = lhr.audits['network-requests'].details.items.filter((r) =>
    r.url.startsWith(`${BASE}/assets/`),
  );
  const assets = requests.map((r) => {
    const file = path.join(DIST, new URL(r.url).pathname);
    return { url: new URL(r.url).pathname, type: r.resourceType, transfer: r.transferSize, ...sizesOf(file) };
  });
  const total = (key, type) => assets.filter((a) => !type || a.type === type).reduce((n, a) => n + a[key], 0);
  const metric = (id) => Math.round(lhr.audits[id].numericValue ?? NaN);
  return {
    page: name,
    url: url.replace(BASE, ''),
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    performanceRuns: runs.map((r) => Math.round(r.categories.performance.score * 100)),
    metrics: {
      fcpMs: metric('first-contentful-paint'),
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: Number((lhr.audits['cumulative-layout-shift'].numericValue ?? NaN).toFixed(3)),
      speedIndexMs: metric('speed-index'),
    },
    benchmarkIndex: lhr.environment.benchmarkIndex,
    assets: {
      count: assets.length,
      transferred: total('transfer'),
      js: { raw: total('raw', 'Script'), gzip: total('gzip', 'Script'), brotli: total('brotli', 'Script') },
      css: {
        raw: total('raw', 'Stylesheet'),
        gzip: total('gzip', 'Stylesheet'),
        brotli: total('brotli', 'Stylesheet'),
      },
      files: assets,
    },
    failedAudits: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
      .map((a) => a.id),
  };
}

const server = await startServer();
let chrome;
try {
  const codes = await demoCodes();
  const allPages = [
    ['Pengaduan (form)', '/pengaduan'],
    ['Lacak pengaduan', `/pengaduan/lacak#${DEMO_TRACKING_SECRET}`],
    ['Survei SKM', `/survei/${codes.survey}`],
    ['Transparansi SKM', '/transparansi/skm'],
    ['Verifikasi dokumen', `/verifikasi/${codes.verification}`],
  ];
  const pages = allPages.filter(([, url]) => !values.only || url.includes(values.only));
  chrome = await chromeLauncher.launch({ chromePath: values.chromium, chromeFlags: CHROME_FLAGS });
  const results = [];
  for (const [name, url] of pages) {
    process.stderr.write(`lighthouse ${url} …\n`);
    results.push(await audit(chrome, name, `${BASE}${url}`));
  }
  const kb = (n) => (n / 1024).toFixed(1);
  console.table(
    results.map((r) => ({
      page: r.url,
      perf: r.performance,
      a11y: r.accessibility,
      'FCP s': (r.metrics.fcpMs / 1000).toFixed(1),
      'LCP s': (r.metrics.lcpMs / 1000).toFixed(1),
      'TBT ms': r.metrics.tbtMs,
      CLS: r.metrics.cls,
      'JS kB raw/gz/br': `${kb(r.assets.js.raw)}/${kb(r.assets.js.gzip)}/${kb(r.assets.js.brotli)}`,
      'CSS kB raw/gz/br': `${kb(r.assets.css.raw)}/${kb(r.assets.css.gzip)}/${kb(r.assets.css.brotli)}`,
      'sent kB': kb(r.assets.transferred),
    })),
  );
  const chromiumVersion = execFileSync(values.chromium, ['--version'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .pop();
  const report = {
    date: new Date().toISOString(),
    conditions: {
      lighthouse: '12.2.3, mobile preset, simulated throttling (slow 4G, 4x CPU)',
      chromium: chromiumVersion,
      node: process.version,
      cpus: os.cpus().length,
      loadAverageAtEnd: os.loadavg().map((n) => Number(n.toFixed(2))),
      runsPerPage: RUNS,
      dist: path.relative(root, DIST) || DIST,
    },
    results,
  };
  fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
  fs.writeFileSync(path.resolve(values.out), JSON.stringify(report, null, 2) + '\n');
  console.log(`written ${path.relative(root, path.resolve(values.out))}`);
} finally {
  await chrome?.kill();
  await server.stop();
}
