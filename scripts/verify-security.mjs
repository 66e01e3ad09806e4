// `npm run verify:security` (issue 16 §2): the long hostile-input suites against the real server — sqlmap on every
// parameter of the public API and of the staff API's reads (plus a representative set of staff writes), and a
// stored-XSS corpus written through every free-text field it can reach and rendered in Chromium. Starts the built
// app on loopback with a temporary data directory and the demo data, rate limits raised so the tools measure the
// app rather than 429s. Prints the figures, writes verify-results/security-<date>.json, exits 1 on any finding.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp, stopChild } from '../bench/lib/servers.mjs';
import {
  checkNode,
  ensureDebianPackages,
  ensureInstalled,
  ensureWebBuilt,
  fail,
  findChromium,
  log,
  root,
  runQuiet,
} from './lib.mjs';

const PASSWORD = process.env.DEMO_PASSWORD ?? 'Kertapati#2026';
const port = Number(process.env.VERIFY_SECURITY_PORT ?? 3621);
const base = `http://127.0.0.1:${port}`;
const started = Date.now();
/** `xss` or `sqlmap` runs one half (while working on it); unset runs both. */
const only = process.env.VERIFY_SECURITY_ONLY;
const secs = (t = started) => Math.round((Date.now() - t) / 1000);

checkNode();
ensureInstalled();
ensureDebianPackages('sqlmap', ['sqlmap'], () => runQuiet('sh', ['-c', 'command -v sqlmap']).status === 0);
ensureDebianPackages('Chromium', ['chromium'], () => !!findChromium());
ensureWebBuilt();
// Loaded after the install: the XSS half drives Chromium through playwright-core, which a fresh clone has not yet.
const { runSqlmap, sqlmapTargets } = await import('./security/sqlmap.mjs');
const { renderPages, writeCorpus } = await import('./security/xss.mjs');

if (
  await fetch(`${base}/readyz`).then(
    () => true,
    () => false,
  )
)
  fail(`Port ${port} sudah dipakai; pilih yang lain dengan VERIFY_SECURITY_PORT.`);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-verify-security-'));
log(`Menjalankan server uji di ${base} (data: ${work})…`);
const server = await startApp({
  port,
  dataDir: path.join(work, 'data'),
  logFile: path.join(work, 'server.log'),
  env: {
    LOG_LEVEL: 'warn',
    // The rest of the public limits (servers.mjs raises the others) and the login's growing delay after failures:
    // sqlmap sends thousands of requests from one address, and a delay that grows would read as a time-based hit.
    RATE_LIMIT_COMPLAINT_LOOKUP: '1000000/minute',
    RATE_LIMIT_COMPLAINT_LOOKUP_TICKET: '1000000/minute',
    RATE_LIMIT_DOCUMENT_VERIFY: '1000000/minute',
    RATE_LIMIT_PUBLIC_EVENTS: '1000000/minute',
    LOGIN_BASE_DELAY_MS: '0',
    LOGIN_LOCK_AFTER: '1000000',
  },
});

// Interrupted (Ctrl-C, a CI time-out): stop the server first, so no process outlives the run.
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => stopChild(server).then(() => process.exit(130)));
const exitCode = await verify().finally(() => stopChild(server));
if (exitCode === 0) fs.rmSync(work, { recursive: true, force: true });
else process.stdout.write(`Log server dan sqlmap disimpan di ${work}\n`);
process.exit(exitCode);

async function login(username) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  return res.headers.getSetCookie()[0].split(';')[0];
}

async function api(cookie, method, p, body) {
  const res = await fetch(base + p, {
    method,
    headers: { origin: base, cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, json: await res.json().catch(() => null) };
}

/** Files a complaint through the public form; returns its tracking secret (sqlmap probes the tracking routes). */
async function fileComplaint() {
  const ch = await api('', 'GET', '/api/v1/public/complaints/challenge');
  const res = await api('', 'POST', '/api/v1/public/complaints', {
    categoryCode: 'LAMPU',
    description: 'Lampu jalan di depan Masjid Al-Ikhlas mati sejak tiga malam, jalan gelap sekali.',
    kelurahan: 'Kertapati',
    address: 'Jl. Abikusno Cokrosuyoso No. 12',
    reporterName: 'Siti Aminah',
    reporterPhone: '081234567890',
    website: '',
    powChallenge: ch.json.challenge,
    powNonce: '0',
  });
  if (res.status !== 201) throw new Error(`complaint: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json.trackingSecret;
}

/** The web app's routes (router.tsx): the fixed ones, and those with an id the corpus wrote into. */
function webPages(touched, surveyCodes, trackingSecret) {
  const router = fs.readFileSync(path.join(root, 'apps/web/src/app/router.tsx'), 'utf8');
  const routes = [...router.matchAll(/path: '([^']+)'/g)].map((m) => m[1]).filter((r) => r !== '*');
  const ids = (coll) => [...(touched.get(coll) ?? [])].slice(0, 3);
  // A detail route → the API collection whose records it shows.
  const detail = {
    'employees/:id': '/api/v1/employees',
    'employees/:id/edit': '/api/v1/employees',
    'kompetensi/pegawai/:id': '/api/v1/employees',
    'skm/:id': '/api/v1/surveys',
    'skm/:id/edit': '/api/v1/surveys',
    'complaints/:id': '/api/v1/complaints',
    'kinerja/skp/:id': '/api/v1/performance/skps',
    'pengawasan/rekomendasi/:id': '/api/v1/oversight/recommendations',
    'pengawasan/inspeksi/:id': '/api/v1/oversight/inspections',
    'pengawasan/temuan/:id': '/api/v1/oversight/findings',
    'pelatihan/sesi/:id': '/api/v1/training/sessions',
    'pelatihan/daftar-hadir/:id': '/api/v1/training/sessions',
    'forum/kebijakan/:id': '/api/v1/forum/policies',
    'forum/kebijakan/:id/ubah': '/api/v1/forum/policies',
    'forum/diskusi/:id': '/api/v1/forum/threads',
  };
  const staff = [];
  const publicPages = ['/', '/login', '/pengaduan', '/transparansi/skm', '/verifikasi'];
  for (const r of routes) {
    if (!r.includes(':')) {
      if (!publicPages.includes(`/${r}`) && r !== 'login') staff.push(`/${r}`);
    } else if (detail[r]) {
      for (const id of ids(detail[r])) staff.push(`/${r.replace(':id', String(id))}`);
    }
  }
  const anonymous = [
    ...publicPages,
    ...surveyCodes.map((c) => `/survei/${c}`),
    ...(trackingSecret ? [`/pengaduan/lacak#${trackingSecret}`] : []),
    '/open311/v2/requests.json',
    '/open311/v2/requests.xml',
    ...[...(touched.get('/api/v1/complaints') ?? [])]
      .slice(0, 2)
      .flatMap((id) => [`/open311/v2/requests/${id}.json`, `/open311/v2/requests/${id}.xml`]),
    '/api/v1/public/skm-results',
    '/api/v1/public/complaint-options',
  ];
  return [...staff.map((url) => ({ url, as: 'camat' })), ...anonymous.map((url) => ({ url }))];
}

async function verify() {
  const admin = await login('admin');
  // One user holding every role, so each staff route is answered by its handler (not a 403): the Camat.
  const camatUser = (await api(admin, 'GET', '/api/v1/users?q=camat')).json.items.find(
    (u) => u.username === 'camat',
  );
  const doc = await (await fetch(`${base}/api/openapi.json`)).json();
  // Every role the API knows, read from the roles route's own schema rather than a second copy of the list.
  const allRoles =
    doc.paths['/api/v1/users/{id}/roles'].put.requestBody.content['application/json'].schema.properties.roles
      .items.enum;
  const roles = await api(admin, 'PUT', `/api/v1/users/${camatUser.id}/roles`, { roles: allRoles });
  if (roles.status !== 200) throw new Error(`roles: ${roles.status} ${JSON.stringify(roles.json)}`);
  const camat = await login('camat');

  // 1. Stored XSS (on the untouched demo data, so the corpus is on the first page of every list).
  const t1 = Date.now();
  log('XSS: menulis korpus ke setiap kolom teks bebas…');
  // Every other active demo user too: a write only its owner, superior or team member may make is made as them.
  const users = (await api(admin, 'GET', '/api/v1/users?pageSize=200')).json.items;
  const others = [];
  if (only !== 'sqlmap')
    for (const u of users.filter((x) => x.isActive && !['camat', 'admin'].includes(x.username)))
      others.push(await login(u.username));
  const surveys = (await api(camat, 'GET', '/api/v1/surveys?pageSize=100')).json?.items ?? [];
  const openSurvey = surveys.find((x) => x.status === 'OPEN') ?? surveys[0];
  const policies = (await api(camat, 'GET', '/api/v1/forum/policies')).json?.items ?? [];
  const corpus =
    only === 'sqlmap'
      ? { placements: new Map(), created: new Map(), touched: new Map(), fields: 0, writes: 0, accepted: 0 }
      : await writeCorpus({
          base,
          doc,
          cookies: [camat, ...others],
          surveyCode: openSurvey?.code,
          fieldValues: {
            policyId: policies.find((x) => x.status === 'OPEN')?.id ?? 1,
            serviceType: openSurvey?.serviceTypes?.[0],
          },
          log,
        });
  const surveyCodes = [
    ...new Set([openSurvey?.code, ...surveys.slice(0, 2).map((x) => x.code)].filter(Boolean)),
  ];
  const trackingSecret = corpus.created.get('tracking')?.[0] ?? (await fileComplaint());
  const pages = only === 'sqlmap' ? [] : webPages(corpus.touched, surveyCodes, trackingSecret);
  log(`XSS: membuka ${pages.length} halaman di Chromium…`);
  const seen = await renderPages({ base, pages, sessions: { camat }, chromiumPath: findChromium(), log });
  const scriptViolations = seen.violations.filter((v) =>
    /script|frame|object|child|form-action/.test(v.directive ?? ''),
  );
  const xss = {
    payloads: corpus.placements.size
      ? new Set([...corpus.placements.values()].map((p) => p.payload)).size
      : 0,
    fields: corpus.fields,
    placements: corpus.placements.size,
    writes: corpus.writes,
    acceptedWrites: corpus.accepted,
    pagesRendered: seen.rendered,
    executed: seen.executed.map((e) => ({ ...e, ...corpus.placements.get(e.id) })),
    cspViolations: scriptViolations,
    otherCspViolations: seen.violations.length - scriptViolations.length,
    injectedElements: seen.injected,
    seconds: secs(t1),
    fieldList: corpus.fieldList,
    unreached: corpus.unreached,
  };

  // 2. sqlmap.
  const t2 = Date.now();
  const targets = (only === 'xss' ? () => [] : sqlmapTargets)(doc, base, {
    trackingSecret: trackingSecret ?? 'tidak-ada',
    open311Key: process.env.DEMO_OPEN311_KEY ?? 'kertapati-demo-key',
  });
  log(`sqlmap: ${targets.length} operasi, ${targets.reduce((n, t) => n + t.params, 0)} parameter…`);
  const sq = await runSqlmap(targets, {
    origin: base,
    cookie: camat,
    workDir: path.join(work, 'sqlmap'),
    jobs: Number(process.env.VERIFY_SQLMAP_JOBS ?? 2),
    // A target of 16 body fields takes ~6 500 requests: minutes on a loaded machine. A target cut off counts as a
    // failure (its parameters were not all tested).
    timeoutMs: Number(process.env.VERIFY_SQLMAP_TIMEOUT_S ?? 900) * 1000,
    onDone: (i, n, t, r) => {
      if (i % 10 === 0 || r.injectable.length || r.timedOut)
        process.stdout.write(`  sqlmap ${i}/${n} ${t.name}${r.injectable.length ? ' INJECTABLE' : ''}\n`);
    },
  });
  const sqlmap = { ...sq, seconds: secs(t2) };

  const summary = {
    date: new Date().toISOString(),
    seconds: secs(),
    sqlmap: {
      operations: sqlmap.operations,
      parametersTested: sqlmap.parametersTested,
      parametersDeclared: sqlmap.parametersDeclared,
      requests: sqlmap.requests,
      injectable: sqlmap.injectable,
      incomplete: sqlmap.incomplete,
      seconds: sqlmap.seconds,
    },
    xss: { ...xss, fieldList: undefined, unreached: xss.unreached?.length },
  };
  const outDir = path.join(root, 'verify-results');
  fs.mkdirSync(outDir, { recursive: true });
  const outFile = path.join(outDir, `security-${summary.date.slice(0, 16).replace(':', '')}.json`);
  fs.writeFileSync(
    outFile,
    `${JSON.stringify({ ...summary, xss: xss, sqlmapTargets: sqlmap.results }, null, 2)}\n`,
  );

  const ok =
    sqlmap.injectable.length === 0 &&
    sqlmap.incomplete.length === 0 &&
    xss.executed.length === 0 &&
    xss.cspViolations.length === 0 &&
    xss.injectedElements.length === 0;
  const out = [
    '',
    'Hasil verify:security',
    `  sqlmap: ${sqlmap.operations} operasi, ${sqlmap.parametersTested} parameter diuji (${sqlmap.parametersDeclared} dideklarasikan), ${sqlmap.requests} permintaan payload, injectable = ${sqlmap.injectable.length}, tidak tuntas = ${sqlmap.incomplete.length} (${sqlmap.seconds} s)`,
    `  XSS: ${xss.payloads} payload × ${xss.fields} kolom = ${xss.placements} penempatan tersimpan (${xss.acceptedWrites}/${xss.writes} penulisan diterima), ${xss.pagesRendered} halaman dibuka, dijalankan = ${xss.executed.length}, pelanggaran CSP skrip = ${xss.cspViolations.length}, elemen tersisip = ${xss.injectedElements.length} (${xss.seconds} s)`,
    `  Total ${secs()} s. Rincian: ${path.relative(root, outFile)}`,
  ];
  for (const x of sqlmap.injectable) out.push(`  ✖ injectable: ${x}`);
  for (const x of sqlmap.incomplete) out.push(`  ✖ sqlmap tidak tuntas: ${x.name} ${x.critical.join('; ')}`);
  for (const x of xss.executed) out.push(`  ✖ XSS dijalankan: ${x.field} (${x.payload}) di ${x.page}`);
  for (const x of xss.cspViolations) out.push(`  ✖ CSP: ${x.directive} ${x.blocked} di ${x.page}`);
  for (const x of xss.injectedElements) out.push(`  ✖ elemen tersisip: ${x.f} di ${x.page}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return ok ? 0 : 1;
}
