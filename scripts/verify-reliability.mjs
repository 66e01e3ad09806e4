// `npm run verify:reliability` (issue 16 §3, faults): the real server (apps/server/src/main.ts, demo data, temporary
// DATA_DIR) under a stream of acknowledged writes — public complaints with a PDF attachment, SKP realisations of
// several employees, SKM survey answers — while something breaks:
//   kill      SIGKILL of the server at a random moment, then a restart: every acknowledged write is there and whole,
//             nothing half-written, the audit hash chain verifies (embedded PGlite and a PostgreSQL server);
//   outage    PostgreSQL stopped for 30 s under load: answers fail fast with 503 and the Bahasa Indonesia message,
//             /readyz says not ready, the server recovers by itself (same process), no acknowledged write lost;
//   child     the embedded database process killed with SIGKILL under load: restarted by the server, 503 (never
//             500) in the gap, no acknowledged write lost;
//   disk      the table holding uploaded files on a 2 MB tmpfs (uploads live in the database): uploads until the
//             disk is full answer 507, no row points at a half-stored file, uploads work once space returns.
// Options: --only=kill,outage,child,disk  --embedded-rounds=5  --pg-rounds=3  --outage-seconds=30. Ports 3631–3636.
// The mail-outage and fast fault checks run in `npm test` (apps/server/test/faults.test.ts).
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { BENCH_SERVER_ENV, loginCookie, startApp, stopChild } from '../bench/lib/servers.mjs';
import {
  checkNode,
  ensureDebianPackages,
  ensureInstalled,
  findPgBin,
  isRoot,
  log,
  runQuiet,
  startThrowawayPostgres,
} from './lib.mjs';

const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};
const ONLY = new Set(arg('only', 'kill,outage,child,disk').split(','));
const EMBEDDED_ROUNDS = Number(arg('embedded-rounds', '5'));
const PG_ROUNDS = Number(arg('pg-rounds', '3'));
const OUTAGE_SECONDS = Number(arg('outage-seconds', '30'));
const PORTS = { embedded: 3631, postgres: 3632 };
const ORIGIN_OF = (port) => `http://127.0.0.1:${port}`;
const OUTAGE_MESSAGE = 'Basis data sedang tidak dapat dihubungi; coba lagi dalam 5 detik';
const DISK_FULL_MESSAGE =
  'Ruang penyimpanan server penuh; data atau berkas tidak disimpan. Coba lagi nanti atau hubungi admin.';
// Every server of this run: the bench settings (no per-address limits: all load comes from 127.0.0.1; the
// proof-of-work off, it costs the client), no daily backup, no web build needed.
const SERVER_ENV = { ...BENCH_SERVER_ENV, WEB_DIST: '/nonexistent', LOG_LEVEL: 'warn' };
const RUN = randomBytes(3).toString('hex'); // marks this run's rows
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const problems = [];
const figures = [];
const started = Date.now();
// Whatever ends this script (an exception, Ctrl-C), no server it started keeps running.
const running = new Set();
const cleanups = [];
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
  for (const fn of cleanups) fn();
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function check(ok, what) {
  if (!ok) {
    problems.push(what);
    process.stdout.write(`\x1b[31m  ✖ ${what}\x1b[0m\n`);
  }
  return ok;
}

// ---------------------------------------------------------------- the server and its database

/** A PDF the server stores as sent (PDFs are not re-encoded); random bytes so it neither compresses nor repeats. */
function makePdf(bytes) {
  return Buffer.concat([Buffer.from('%PDF-1.4\n% uji keandalan\n'), randomBytes(bytes)]);
}

class Target {
  constructor({ name, port, dataDir, databaseUrl }) {
    Object.assign(this, { name, port, dataDir, databaseUrl });
    this.base = ORIGIN_OF(port);
    this.logFile = path.join(dataDir, 'server.log');
    this.child = undefined;
    // Sessions live in the database: a login from before a kill still works after the restart.
    this.cookies = new Map();
  }

  async start() {
    this.child = await startApp({
      port: this.port,
      dataDir: this.dataDir,
      databaseUrl: this.databaseUrl,
      env: SERVER_ENV,
      logFile: this.logFile,
    });
    running.add(this.child);
    this.child.once('exit', () => running.delete(this.child));
  }

  /** Logs every user of the writers in before a fault, so no login races it. */
  async loginAll(demo) {
    for (const u of ['admin', ...demo.employees.map((e) => e.username)]) await this.cookie(u);
  }

  /** Direct SQL for the checks: the PostgreSQL URL, or the running server's embedded database socket. */
  pool() {
    if (!this._pool) {
      this._pool = this.databaseUrl
        ? new pg.Pool({ connectionString: this.databaseUrl, max: 2 })
        : new pg.Pool({
            host: path.join(this.dataDir, 'pglite-run'),
            port: 5432,
            user: 'postgres',
            database: 'postgres',
            max: 1,
          });
      this._pool.on('error', () => {});
    }
    return this._pool;
  }

  async closePool() {
    await this._pool?.end().catch(() => {});
    this._pool = undefined;
  }

  async sql(text, params = []) {
    return (await this.pool().query(text, params)).rows;
  }

  async cookie(username) {
    if (!this.cookies.has(username)) this.cookies.set(username, await loginCookie(this.base, username));
    return this.cookies.get(username);
  }

  async kill() {
    await this.closePool();
    const ended = new Promise((r) => this.child.once('exit', r));
    this.child.kill('SIGKILL');
    await ended;
  }

  async stop() {
    await this.closePool();
    if (this.child) await stopChild(this.child);
    this.child = undefined;
  }
}

/** What the writers need from the demo data: a complaint category, employees with an approved SKP, an open survey. */
async function discover(target) {
  const options = await (await fetch(`${target.base}/api/v1/public/complaint-options`)).json();
  const category = options.categories.find((c) => !c.isIntegrity && c.attributes.every((a) => !a.required));
  const keys = await target.sql(
    `select u.username, s.id as skp, i.id as indicator, i.target_kind as kind, p.id as period
       from perf_skps s
       join users u on u.employee_id = s.employee_id and u.is_active
       join perf_rhk r on r.skp_id = s.id
       join perf_indicators i on i.rhk_id = r.id
       join perf_periods p on p.year_id = s.year_id and p.kind = 'PERIODIK'
      where s.version > 0 and s.year_id = (select max(year_id) from perf_skps where version > 0)
      order by u.username, i.id, p.seq`,
  );
  const byUser = new Map();
  for (const k of keys) {
    if (!byUser.has(k.username)) byUser.set(k.username, []);
    byUser.get(k.username).push(k);
  }
  const employees = [...byUser.entries()]
    .slice(0, 4)
    .map(([username, ks]) => ({ username, keys: ks.slice(0, 6) }));
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10); // WIB
  const [survey] = await target.sql(
    `select code, service_types from skm_surveys
      where status = 'OPEN' and period_start <= $1 and period_end >= $1 order by id limit 1`,
    [today],
  );
  if (!category) throw new Error('Demo: tidak ada kategori pengaduan tanpa isian wajib');
  if (employees.length === 0) throw new Error('Demo: tidak ada pegawai dengan SKP yang disetujui');
  if (!survey) throw new Error('Demo: tidak ada survei SKM yang sedang dibuka');
  return {
    category: category.code,
    kelurahan: options.kelurahan[0],
    employees,
    survey: { code: survey.code, serviceType: survey.service_types[0] },
  };
}

// ---------------------------------------------------------------- the writers and their ledger

/**
 * Every write the server acknowledged (2xx with its id/ticket), and the ones sent without an answer (the server
 * died or the database went away mid-request: they may or may not have committed, but never half).
 */
function newLedger() {
  return { complaints: [], attachments: [], realisations: [], surveys: [], unknown: 0, statuses: {} };
}

async function timed(url, init) {
  const t0 = performance.now();
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(20_000) });
    const text = await res.text();
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: res.status, body, ms: performance.now() - t0 };
  } catch (err) {
    return { status: 0, error: err, ms: performance.now() - t0 };
  }
}

/**
 * Runs the writers until `until()` says stop. `stopOnDrop`: a writer ends at its first failed connection (the
 * server was killed); otherwise it keeps going through errors (an outage) and each answer is recorded.
 */
async function runWriters(target, demo, ledger, { until, stopOnDrop, onAnswer = () => {} }) {
  let seq = 0;
  const note = async (kind, r) => {
    const key = `${kind} ${r.status}`;
    ledger.statuses[key] = (ledger.statuses[key] ?? 0) + 1;
    onAnswer(kind, r);
    if (r.status === 0) ledger.unknown++;
    // Through an outage a writer waits a moment after a failure, like a person pressing "Kirim" again.
    if (!stopOnDrop && (r.status === 0 || r.status >= 500)) await sleep(200);
    return r.status === 0 && stopOnDrop;
  };
  const headers = { 'content-type': 'application/json', origin: target.base };

  const complaintWriter = async (w) => {
    while (!until()) {
      const token = `${RUN}-k${w}-${++seq}`;
      const description = `Lampu jalan di Lorong Sukajadi padam sejak tiga malam (uji keandalan ${token}).`;
      const r = await timed(`${target.base}/api/v1/public/complaints`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          categoryCode: demo.category,
          description,
          kelurahan: demo.kelurahan,
          address: 'Jl. Abikusno Cokrosuyoso, dekat Pasar Kertapati',
          reporterName: 'Siti Aminah',
          reporterPhone: '081234567890',
        }),
      });
      if (await note('complaint', r)) return;
      if (r.status !== 201) continue;
      ledger.complaints.push({ ticket: r.body.ticket, description });
      const pdf = makePdf(20_000 + Math.floor(Math.random() * 20_000));
      const form = new FormData();
      form.append('file', new Blob([pdf], { type: 'application/pdf' }), `surat-${token}.pdf`);
      const a = await timed(`${target.base}/api/v1/public/complaints/tracking/attachments`, {
        method: 'POST',
        headers: { origin: target.base, 'x-tracking-secret': r.body.trackingSecret },
        body: form,
      });
      if (await note('attachment', a)) return;
      if (a.status === 201)
        ledger.attachments.push({
          id: a.body.id,
          ticket: r.body.ticket,
          size: pdf.length,
          sha256: createHash('sha256').update(pdf).digest('hex'),
        });
    }
  };

  const realisationWriter = async (employee) => {
    let cookie;
    try {
      cookie = await target.cookie(employee.username);
    } catch {
      return;
    }
    let n = 0;
    while (!until()) {
      const k = employee.keys[n % employee.keys.length];
      n += 1;
      const value = Number(`${Date.now() % 1e6}.${n}`) % 1e6;
      const text = `Realisasi ${RUN} ${employee.username} #${n}: ${value}`;
      const body = {
        periodId: k.period,
        indicatorId: k.indicator,
        value,
        text,
        actionPlan: `Rencana aksi #${n} untuk ${value}`,
        periodTarget: null,
      };
      const write = { skp: k.skp, indicator: k.indicator, period: k.period, text, value, n, numeric: false };
      write.numeric = k.kind === 'NUMBER' || k.kind === 'PERCENT';
      ledger.realisationsSent ??= [];
      ledger.realisationsSent.push(write);
      const r = await timed(`${target.base}/api/v1/performance/skps/${k.skp}/realisations`, {
        method: 'PUT',
        headers: { ...headers, cookie },
        body: JSON.stringify(body),
      });
      if (await note('realisation', r)) return;
      if (r.status === 200) {
        write.acked = true;
        ledger.realisations.push(write);
      }
    }
  };

  const surveyWriter = async (w) => {
    while (!until()) {
      const token = `Saran ${RUN}-s${w}-${++seq}`;
      const answers = Object.fromEntries(
        [1, 2, 3, 4, 5, 6, 7, 8, 9].map((u) => [`U${u}`, ((seq + u) % 4) + 1]),
      );
      const r = await timed(`${target.base}/api/v1/public/surveys/${demo.survey.code}/responses`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ answers, serviceType: demo.survey.serviceType, suggestion: token }),
      });
      if (await note('survey', r)) return;
      if (r.status === 201) ledger.surveys.push({ token, answers });
    }
  };

  await Promise.all([
    complaintWriter(1),
    complaintWriter(2),
    ...demo.employees.map(realisationWriter),
    surveyWriter(1),
    surveyWriter(2),
  ]);
}

// ---------------------------------------------------------------- the checks

/** Every acknowledged write is present and whole; every row of this run (acknowledged or not) is whole. */
async function verifyLedger(target, ledger, label) {
  const before = problems.length;
  // Complaints: the row with its text, its "received" timeline event and its audit row.
  const complaints = await target.sql(
    `select c.id, c.ticket, c.description,
            (select count(*) from complaint_events e where e.complaint_id = c.id and e.type = 'DITERIMA') as events,
            (select count(*) from audit_log a where a.entity_type = 'complaint' and a.entity_id = c.id::text
               and a.action = 'complaint.received') as audits
       from complaints c where c.description like $1`,
    [`%uji keandalan ${RUN}-%`],
  );
  const byTicket = new Map(complaints.map((c) => [c.ticket, c]));
  let missing = 0;
  for (const c of ledger.complaints) {
    const row = byTicket.get(c.ticket);
    if (!row || row.description !== c.description) missing++;
  }
  check(missing === 0, `${label}: ${missing} pengaduan yang sudah dijawab 201 hilang atau berubah`);
  const halfComplaints = complaints.filter((c) => Number(c.events) !== 1 || Number(c.audits) !== 1);
  check(
    halfComplaints.length === 0,
    `${label}: ${halfComplaints.length} pengaduan tanpa peristiwa DITERIMA atau baris audit`,
  );
  // Attachments: the stored bytes are the sent bytes; every attachment of this run has its event.
  const attachments = await target.sql(
    `select a.id, c.ticket, a.size, octet_length(a.content) as length, encode(sha256(a.content), 'hex') as sha256,
            (select count(*) from complaint_events e where e.id = a.event_id) as events
       from complaint_attachments a join complaints c on c.id = a.complaint_id
      where c.description like $1`,
    [`%uji keandalan ${RUN}-%`],
  );
  const byId = new Map(attachments.map((a) => [Number(a.id), a]));
  let badFiles = 0;
  for (const a of ledger.attachments) {
    const row = byId.get(a.id);
    if (!row || row.ticket !== a.ticket || Number(row.length) !== a.size || row.sha256 !== a.sha256)
      badFiles++;
  }
  check(badFiles === 0, `${label}: ${badFiles} lampiran yang sudah dijawab 201 hilang atau isinya berbeda`);
  const halfFiles = attachments.filter((a) => Number(a.size) !== Number(a.length) || Number(a.events) !== 1);
  check(halfFiles.length === 0, `${label}: ${halfFiles.length} lampiran setengah tersimpan`);
  // Realisations: upserts of one (indicator, period) replace each other. The row holds the last acknowledged write
  // of that key or one sent after it without an answer — and all its fields come from that one write.
  const sentByKey = new Map();
  for (const w of ledger.realisationsSent ?? []) {
    const key = `${w.indicator}/${w.period}`;
    if (!sentByKey.has(key)) sentByKey.set(key, []);
    sentByKey.get(key).push(w);
  }
  let lostRealisations = 0;
  let mixed = 0;
  for (const [key, writes] of sentByKey) {
    const [indicator, period] = key.split('/').map(Number);
    const [row] = await target.sql(
      'select value, text, action_plan from perf_realisations where indicator_id = $1 and period_id = $2',
      [indicator, period],
    );
    const lastAcked = writes.findLastIndex((w) => w.acked);
    if (lastAcked < 0) continue;
    const allowed = writes.slice(lastAcked).filter((w, i) => i === 0 || !w.acked);
    const match = row && allowed.find((w) => w.text === row.text);
    if (!match) {
      lostRealisations++;
      continue;
    }
    const whole =
      row.action_plan === `Rencana aksi #${match.n} untuk ${match.value}` &&
      (match.numeric ? Number(row.value) === match.value : row.value === null);
    if (!whole) mixed++;
  }
  check(lostRealisations === 0, `${label}: ${lostRealisations} realisasi yang sudah dijawab 200 hilang`);
  check(mixed === 0, `${label}: ${mixed} realisasi dengan isian dari dua penulisan berbeda`);
  const audited = new Set(
    (
      await target.sql(
        `select after->>'text' as text from audit_log where action = 'skp.realisation_recorded' and after->>'text' like $1`,
        [`Realisasi ${RUN} %`],
      )
    ).map((r) => r.text),
  );
  const unaudited = ledger.realisations.filter((w) => !audited.has(w.text)).length;
  check(unaudited === 0, `${label}: ${unaudited} realisasi yang sudah dijawab 200 tanpa baris audit`);
  // Survey answers: one row per acknowledged response, every unsur answered as sent.
  const responses = await target.sql(
    'select suggestion, u1, u2, u3, u4, u5, u6, u7, u8, u9, service_type from skm_responses where suggestion like $1',
    [`Saran ${RUN}-%`],
  );
  const byToken = new Map(responses.map((r) => [r.suggestion, r]));
  let lostAnswers = 0;
  for (const s of ledger.surveys) {
    const row = byToken.get(s.token);
    if (!row || Object.entries(s.answers).some(([u, v]) => row[u.toLowerCase()] !== v)) lostAnswers++;
  }
  check(
    lostAnswers === 0,
    `${label}: ${lostAnswers} jawaban survei yang sudah dijawab 201 hilang atau berbeda`,
  );
  const halfAnswers = responses.filter((r) => [1, 2, 3, 4, 5, 6, 7, 8, 9].some((u) => r[`u${u}`] === null));
  check(halfAnswers.length === 0, `${label}: ${halfAnswers.length} jawaban survei tidak lengkap`);
  // The audit hash chain (the same check as `npm run audit:verify`).
  const audit = await timed(`${target.base}/api/v1/audit/verify`, {
    headers: { cookie: await target.cookie('admin') },
  });
  check(
    audit.status === 200 && audit.body.ok === true,
    `${label}: rantai hash audit rusak: ${JSON.stringify(audit.body)}`,
  );
  return {
    ok: problems.length === before,
    acked:
      ledger.complaints.length +
      ledger.attachments.length +
      ledger.realisations.length +
      ledger.surveys.length,
    detail: `${ledger.complaints.length} pengaduan, ${ledger.attachments.length} lampiran, ${ledger.realisations.length} realisasi, ${ledger.surveys.length} jawaban survei`,
    auditRows: audit.body?.checked,
  };
}

// ---------------------------------------------------------------- 1. kill -9 rounds

async function killRoundsOn(target, rounds) {
  const survived = [];
  await target.start();
  const demo = await discover(target);
  await target.loginAll(demo);
  const ledger = newLedger(); // one ledger for all rounds: every earlier round's writes are checked again
  for (let round = 1; round <= rounds; round++) {
    const killAfter = 1500 + Math.floor(Math.random() * 3500);
    let stop = false;
    const writers = runWriters(target, demo, ledger, { until: () => stop, stopOnDrop: true });
    await sleep(killAfter);
    await target.kill();
    stop = true;
    await writers;
    const t0 = Date.now();
    await target.start();
    const restartMs = Date.now() - t0;
    const result = await verifyLedger(target, ledger, `${target.name} ronde ${round}`);
    survived.push(result.ok);
    log(
      `${target.name} ronde ${round}: kill -9 setelah ${killAfter} ms; hidup lagi dalam ${(restartMs / 1000).toFixed(1)} s; ` +
        `${result.acked} tulisan terkonfirmasi sejauh ini (${result.detail}), ${ledger.unknown} tanpa jawaban; ` +
        `${result.ok ? 'semua ada dan utuh' : 'GAGAL'}; audit ${result.auditRows} baris utuh; jawaban ${JSON.stringify(ledger.statuses)}`,
    );
  }
  await target.stop();
  const ok = survived.filter(Boolean).length;
  figures.push(
    `kill -9 ${target.name}: ${ok}/${rounds} ronde tanpa kehilangan; ${ledger.complaints.length + ledger.attachments.length + ledger.realisations.length + ledger.surveys.length} tulisan terkonfirmasi diperiksa (${ledger.complaints.length} pengaduan, ${ledger.attachments.length} lampiran, ${ledger.realisations.length} realisasi, ${ledger.surveys.length} jawaban survei), ${ledger.unknown} terputus tanpa jawaban`,
  );
}

// ---------------------------------------------------------------- 2. outages under load

/** Load through a fault: every answer's status and latency, /readyz sampled every 500 ms. */
async function underLoad(target, demo, ledger, fault) {
  const answers = [];
  const ready = [];
  let stop = false;
  const writers = runWriters(target, demo, ledger, {
    until: () => stop,
    stopOnDrop: false,
    onAnswer: (kind, r) => answers.push({ at: Date.now(), kind, status: r.status, ms: r.ms, body: r.body }),
  });
  const reads = (async () => {
    const cookie = await target.cookie('admin'); // logged in before the fault (loginAll)
    while (!stop) {
      const r = await timed(`${target.base}/api/v1/auth/me`, { headers: { cookie } });
      answers.push({ at: Date.now(), kind: 'me', status: r.status, ms: r.ms, body: r.body });
      await sleep(50);
    }
  })();
  const probe = (async () => {
    while (!stop) {
      const r = await timed(`${target.base}/readyz`, {});
      ready.push({ at: Date.now(), status: r.status });
      await sleep(500);
    }
  })();
  const window = await fault();
  stop = true;
  await Promise.all([writers, reads, probe]);
  return { answers, ready, window };
}

function judgeOutage(label, { answers, ready, window }, { maxFailMs }) {
  const during = answers.filter((a) => a.at >= window.from && a.at <= window.to);
  const failed = answers.filter((a) => a.status >= 500 || a.status === 0);
  const serverErrors = answers.filter((a) => a.status >= 500 && a.status !== 503);
  const dropped = answers.filter((a) => a.status === 0);
  const unclear = answers.filter((a) => a.status === 503 && a.body?.error?.message !== OUTAGE_MESSAGE);
  const slowest = Math.max(0, ...answers.filter((a) => a.status === 503).map((a) => a.ms));
  const notReady = ready.filter((r) => r.at >= window.from && r.at <= window.to && r.status === 503).length;
  check(
    serverErrors.length === 0,
    `${label}: ${serverErrors.length} jawaban 5xx selain 503 (${[...new Set(serverErrors.map((a) => a.status))]})`,
  );
  check(dropped.length === 0, `${label}: ${dropped.length} permintaan tanpa jawaban`);
  check(unclear.length === 0, `${label}: ${unclear.length} jawaban 503 tanpa pesan yang jelas`);
  check(
    slowest < maxFailMs,
    `${label}: jawaban 503 paling lambat ${Math.round(slowest)} ms (batas ${maxFailMs} ms)`,
  );
  check(notReady > 0, `${label}: /readyz tidak pernah menjawab 503 selama gangguan`);
  const lastReady = ready.at(-1)?.status;
  check(lastReady === 200, `${label}: /readyz belum 200 setelah basis data kembali`);
  const ok503 = failed.filter((a) => a.status === 503).length;
  return `${answers.length} permintaan, ${during.length} selama gangguan, ${ok503} × 503, ${serverErrors.length} × 5xx lain; 503 paling lambat ${Math.round(slowest)} ms; /readyz 503 ${notReady}×`;
}

async function waitFor(fn, ms, what) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await fn()) return Date.now();
    await sleep(250);
  }
  check(false, `tidak terjadi dalam ${ms / 1000} s: ${what}`);
  return Date.now();
}

const isReady = async (target) => (await timed(`${target.base}/readyz`, {})).status === 200;

async function postgresOutageOn(target, pgServer) {
  await target.start();
  const demo = await discover(target);
  await target.loginAll(demo);
  const ledger = newLedger();
  const pid = target.child.pid;
  let recoveredMs = 0;
  const result = await underLoad(target, demo, ledger, async () => {
    await sleep(3000);
    await target.closePool();
    const from = Date.now();
    pgServer.pause();
    await sleep(OUTAGE_SECONDS * 1000);
    pgServer.resume();
    const to = Date.now();
    recoveredMs =
      (await waitFor(() => isReady(target), 60_000, 'server pulih setelah PostgreSQL kembali')) - to;
    await sleep(3000);
    return { from, to };
  });
  const summary = judgeOutage('PostgreSQL mati', result, { maxFailMs: 2000 });
  check(target.child.exitCode === null && target.child.pid === pid, 'PostgreSQL mati: server ikut berhenti');
  const after = result.answers.filter((a) => a.at > result.window.to + recoveredMs + 500);
  check(
    after.some((a) => a.status < 300),
    'PostgreSQL mati: tidak ada tulisan yang berhasil setelah pulih',
  );
  const verified = await verifyLedger(target, ledger, 'PostgreSQL mati');
  await target.stop();
  figures.push(
    `PostgreSQL dihentikan ${OUTAGE_SECONDS} s di bawah beban: ${summary}; pulih sendiri ${(recoveredMs / 1000).toFixed(1)} s setelah PostgreSQL kembali (proses server sama); ${verified.acked} tulisan terkonfirmasi semua ada (${verified.detail})`,
  );
}

async function embeddedChildKillOn(target) {
  await target.start();
  const demo = await discover(target);
  await target.loginAll(demo);
  const ledger = newLedger();
  const pid = target.child.pid;
  let gapMs = 0;
  let childPid;
  const result = await underLoad(target, demo, ledger, async () => {
    await sleep(3000);
    await target.closePool();
    childPid = JSON.parse(fs.readFileSync(path.join(target.dataDir, 'pglite.lock'), 'utf8')).childPid;
    const from = Date.now();
    process.kill(childPid, 'SIGKILL');
    await sleep(300);
    const to = await waitFor(() => isReady(target), 60_000, 'basis data tertanam dimulai ulang');
    gapMs = to - from;
    await sleep(3000);
    return { from, to };
  });
  const summary = judgeOutage('proses PGlite dibunuh', result, { maxFailMs: 2000 });
  const newChild = JSON.parse(fs.readFileSync(path.join(target.dataDir, 'pglite.lock'), 'utf8')).childPid;
  check(newChild && newChild !== childPid, 'proses PGlite dibunuh: tidak ada proses basis data baru');
  check(
    target.child.exitCode === null && target.child.pid === pid,
    'proses PGlite dibunuh: server ikut berhenti',
  );
  const verified = await verifyLedger(target, ledger, 'proses PGlite dibunuh');
  await target.stop();
  figures.push(
    `proses basis data tertanam dibunuh (SIGKILL) di bawah beban: dimulai ulang otomatis, siap lagi setelah ${(gapMs / 1000).toFixed(1)} s; ${summary}; ${verified.acked} tulisan terkonfirmasi semua ada (${verified.detail})`,
  );
}

// ---------------------------------------------------------------- 3. disk full

async function diskFull(target) {
  if (!isRoot()) {
    figures.push('disk penuh: DILEWATI (perlu root untuk memasang tmpfs)');
    log('Disk penuh dilewati: perlu root untuk memasang tmpfs.');
    return;
  }
  const mountDir = fs.mkdtempSync('/tmp/sim-full-');
  const mount = runQuiet('mount', ['-t', 'tmpfs', '-o', 'size=2m,mode=0700', 'tmpfs', mountDir]);
  if (mount.status !== 0) throw new Error(`tmpfs tidak dapat dipasang: ${mount.stderr}`);
  runQuiet('chown', ['postgres', mountDir]);
  try {
    await target.start();
    // The disk holds what the table has now (the earlier rounds' uploads: more on a faster machine) plus 2 MB free.
    const [size] = await target.sql(`select pg_total_relation_size('complaint_attachments') as bytes`);
    const tableMb = Math.ceil(Number(size.bytes) / 1024 / 1024);
    runQuiet('mount', ['-o', `remount,size=${tableMb + 2}m`, mountDir]);
    // Uploaded files live in the database (bytea): the table that holds the citizens' files moves onto the small
    // disk, the rest of the database (and its WAL) stays where it is — a full "upload disk".
    await target.sql(`create tablespace sim_uploads location '${mountDir}'`);
    await target.sql('alter table complaint_attachments set tablespace sim_uploads');
    const demo = await discover(target);
    const headers = { 'content-type': 'application/json', origin: target.base };
    const acked = [];
    let refused;
    for (let i = 0; i < 40 && !refused; i++) {
      const token = `${RUN}-d-${i}`;
      const c = await timed(`${target.base}/api/v1/public/complaints`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          categoryCode: demo.category,
          description: `Saluran air tersumbat di depan rumah (uji keandalan ${token}).`,
          kelurahan: demo.kelurahan,
          address: 'Jl. Ki Marogan, Kertapati',
        }),
      });
      if (!check(c.status === 201, `disk penuh: pengaduan tidak diterima (${c.status})`)) break;
      for (let f = 0; f < 5 && !refused; f++) {
        const pdf = makePdf(150_000);
        const form = new FormData();
        form.append('file', new Blob([pdf], { type: 'application/pdf' }), `lampiran-${f}.pdf`);
        const a = await timed(`${target.base}/api/v1/public/complaints/tracking/attachments`, {
          method: 'POST',
          headers: { origin: target.base, 'x-tracking-secret': c.body.trackingSecret },
          body: form,
        });
        if (a.status === 201)
          acked.push({
            id: a.body.id,
            ticket: c.body.ticket,
            size: pdf.length,
            sha256: createHash('sha256').update(pdf).digest('hex'),
          });
        else refused = { ...a, ticket: c.body.ticket, secret: c.body.trackingSecret };
      }
    }
    check(!!refused, 'disk penuh: tmpfs 2 MB tidak pernah penuh');
    check(
      refused?.status === 507,
      `disk penuh: jawaban ${refused?.status}, bukan 507: ${JSON.stringify(refused?.body)}`,
    );
    check(refused?.body?.error?.message === DISK_FULL_MESSAGE, 'disk penuh: pesan tidak jelas');
    check((await timed(`${target.base}/readyz`, {})).status === 200, 'disk penuh: server tidak siap lagi');
    // Nothing dangling: every row of the small disk's table is whole and acknowledged; the refused request left no
    // row and no timeline event.
    const rows = await target.sql(
      `select a.id, octet_length(a.content) as length, a.size, encode(sha256(a.content), 'hex') as sha256
         from complaint_attachments a join complaints c on c.id = a.complaint_id where c.description like $1`,
      [`%uji keandalan ${RUN}-d-%`],
    );
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    const bad = acked.filter((a) => byId.get(a.id)?.sha256 !== a.sha256).length;
    check(
      bad === 0 && rows.length === acked.length,
      `disk penuh: ${bad} lampiran rusak, ${rows.length - acked.length} baris tanpa jawaban 201`,
    );
    const [events] = await target.sql(
      `select count(*) as n from complaint_events e join complaints c on c.id = e.complaint_id
        where c.ticket = $1 and e.type <> 'DITERIMA'`,
      [refused?.ticket],
    );
    const ofRefused = acked.filter((a) => a.ticket === refused?.ticket).length;
    check(
      Number(events.n) === ofRefused,
      `disk penuh: ${Number(events.n) - ofRefused} peristiwa lampiran tanpa berkas`,
    );
    // Space returns: the next upload of the same complaint is stored.
    runQuiet('mount', ['-o', `remount,size=${tableMb + 64}m`, mountDir]);
    const pdf = makePdf(150_000);
    const form = new FormData();
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'lampiran-lagi.pdf');
    const again = await timed(`${target.base}/api/v1/public/complaints/tracking/attachments`, {
      method: 'POST',
      headers: { origin: target.base, 'x-tracking-secret': refused?.secret ?? '' },
      body: form,
    });
    check(again.status === 201, `disk penuh: setelah ruang kembali unggahan dijawab ${again.status}`);
    figures.push(
      `disk penuh (tabel lampiran di tmpfs, ${tableMb} MB terisi + 2 MB bebas): ${acked.length} lampiran 150 KB tersimpan utuh, lalu ${refused?.status} "${refused?.body?.error?.message ?? ''}"; tidak ada baris atau peristiwa menggantung; setelah ruang kembali unggahan berikutnya ${again.status}`,
    );
  } finally {
    await target.stop();
    runQuiet('umount', [mountDir]);
    fs.rmSync(mountDir, { recursive: true, force: true });
  }
}

/** A phase never leaves its server running, whatever happens inside it. */
const phase =
  (fn) =>
  async (target, ...rest) => {
    try {
      await fn(target, ...rest);
    } finally {
      await target.stop().catch(() => {});
    }
  };
const killRounds = phase(killRoundsOn);
const postgresOutage = phase(postgresOutageOn);
const embeddedChildKill = phase(embeddedChildKillOn);

// ---------------------------------------------------------------- main

checkNode();
ensureInstalled();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-rel-'));
log(`Uji keandalan (issue 16 §3), data sementara di ${tmp}`);
try {
  if ((ONLY.has('kill') && EMBEDDED_ROUNDS > 0) || ONLY.has('child')) {
    const embedded = new Target({ name: 'tertanam', port: PORTS.embedded, dataDir: path.join(tmp, 'e') });
    fs.mkdirSync(embedded.dataDir);
    if (ONLY.has('kill') && EMBEDDED_ROUNDS > 0) {
      log(`kill -9 (PGlite tertanam): ${EMBEDDED_ROUNDS} ronde…`);
      await killRounds(embedded, EMBEDDED_ROUNDS);
    }
    if (ONLY.has('child')) {
      log('Proses basis data tertanam dibunuh di bawah beban…');
      await embeddedChildKill(embedded);
    }
  }
  if ((ONLY.has('kill') && PG_ROUNDS > 0) || ONLY.has('outage') || ONLY.has('disk')) {
    ensureDebianPackages('PostgreSQL', ['postgresql'], () => !!findPgBin());
    const pgServer = await startThrowawayPostgres();
    cleanups.push(() => pgServer.stop());
    const server = new Target({
      name: 'PostgreSQL',
      port: PORTS.postgres,
      dataDir: path.join(tmp, 'p'),
      databaseUrl: pgServer.url,
    });
    fs.mkdirSync(server.dataDir);
    try {
      if (ONLY.has('kill') && PG_ROUNDS > 0) {
        log(`kill -9 (PostgreSQL): ${PG_ROUNDS} ronde…`);
        await killRounds(server, PG_ROUNDS);
      }
      if (ONLY.has('outage')) {
        log(`PostgreSQL dihentikan ${OUTAGE_SECONDS} s di bawah beban…`);
        await postgresOutage(server, pgServer);
      }
      if (ONLY.has('disk')) {
        log('Disk penuh di bawah tabel lampiran…');
        await diskFull(server);
      }
    } finally {
      await server.stop().catch(() => {});
      cleanups.pop()();
    }
  }
} catch (err) {
  problems.push(`galat: ${err instanceof Error ? err.stack : String(err)}`);
}

process.stdout.write(`\nHasil uji keandalan (${Math.round((Date.now() - started) / 1000)} s):\n`);
for (const f of figures) process.stdout.write(`  • ${f}\n`);
if (problems.length) {
  process.stdout.write(`\x1b[31m${problems.length} masalah:\x1b[0m\n`);
  for (const p of problems) process.stdout.write(`  ✖ ${p}\n`);
  process.stdout.write(`Log server: ${tmp}/*/server.log\n`);
  process.exit(1);
}
fs.rmSync(tmp, { recursive: true, force: true });
process.stdout.write('Semua lulus.\n');
