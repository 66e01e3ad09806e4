// `npm run bench:data -- --scale test|kecamatan|city [--database-url postgres://…] [--data-dir DIR] [--seed N]
// [--today YYYY-MM-DD]`: builds a deterministic data set for the benchmark. The schema comes from the server's own
// migrations and the Kertapati demo seed (settings, categories, survey questions, accounts); `test` and `city` add
// generated kecamatan on top with set-based SQL (bench/data/load-city.ts). Never imported by the app.
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { loadConfig } from '../../apps/server/src/config';
import { openDatabase } from '../../apps/server/src/db/database';
import { migrateToLatest } from '../../apps/server/src/db/migrator';
import { seedDemoIfEmpty } from '../../apps/server/src/demo/demo-seed';
import { loadCity, type StageTiming } from './load-city';
import { SCALES, type Scale } from './scales';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'kecamatan' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    seed: { type: 'string', default: '20261207' },
    today: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

const usage =
  'Pemakaian: npm run bench:data -- --scale test|kecamatan|city [--database-url postgres://…] [--data-dir DIR] [--seed N] [--today YYYY-MM-DD]';
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
const scale: Scale | undefined = SCALES[values.scale as Scale['name']];
if (!scale) {
  process.stderr.write(`Skala tidak dikenal: ${values.scale}\n${usage}\n`);
  process.exit(2);
}
const seed = Number(values.seed);
if (!Number.isInteger(seed)) {
  process.stderr.write(`--seed harus bilangan bulat\n`);
  process.exit(2);
}
// The reference day fixes "now" at 10:00 WIB of that day, so a rerun with the same --today gives the same rows.
const today = values.today ?? new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  process.stderr.write(`--today harus berformat YYYY-MM-DD\n`);
  process.exit(2);
}
const now = new Date(`${today}T03:00:00Z`);

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const tty = process.stderr.isTTY;
let lastLine = 0;
/** One status line on stderr: the stage, its rows so far and the time since the start. */
function progress(stage: string, done: number, total: number) {
  const bar =
    total > 0
      ? `[${'#'.repeat(Math.round((20 * done) / total)).padEnd(20, '.')}] ${done.toLocaleString('id-ID')}/${total.toLocaleString('id-ID')}`
      : '';
  const line = `${stage.padEnd(18)} ${bar} ${elapsed()}`;
  if (tty) process.stderr.write(`\r${line.padEnd(90)}`);
  else if (Date.now() - lastLine > 2000 || done === total) {
    process.stderr.write(`${line}\n`);
    lastLine = Date.now();
  }
}

const config = loadConfig({
  ...process.env,
  DATA_DIR: values['data-dir'] ?? process.env.DATA_DIR,
  DATABASE_URL: values['database-url'] ?? process.env.DATABASE_URL,
  DEMO: '1',
});
const log = (m: string) => process.stderr.write(`${m}\n`);
const handle = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  role: 'server',
  // A long INSERT … SELECT holds the embedded session well past the app's idle guard.
  idleLockTimeoutMs: 0,
  poolSize: 2,
  logger: { info: log, warn: log, error: log },
});
let code = 0;
try {
  progress('migrasi', 0, 0);
  await migrateToLatest(handle.db);
  const generated = await sql<{
    n: string;
  }>`select count(*) as n from org_units where kemendagri_code like '16.71.%' and kemendagri_code <> '16.71.13'
    and type = 'KECAMATAN'`.execute(handle.db);
  if (Number(generated.rows[0]!.n) > 0) {
    throw new Error('Basis data ini sudah berisi data hasil generator; pakai basis data kosong.');
  }
  progress('data demo', 0, 0);
  const seededAt = Date.now();
  const seeded = await seedDemoIfEmpty(handle.db, config, now);
  if (!seeded && scale.name !== 'kecamatan') {
    throw new Error('Basis data tidak kosong; generator skala test/city memerlukan basis data kosong.');
  }
  const timings: StageTiming[] = [{ stage: 'data demo Kertapati', rows: 0, ms: Date.now() - seededAt }];
  timings.push(...(await loadCity(handle.db, { scale, seed, now, progress })));
  if (tty) process.stderr.write('\n');
  await report(timings);
} catch (err) {
  if (tty) process.stderr.write('\n');
  process.stderr.write(`Gagal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  code = 1;
} finally {
  await handle.close();
}
process.exit(code);

async function report(timings: StageTiming[]) {
  const db = handle.db;
  const out = (m: string) => process.stdout.write(`${m}\n`);
  out(`\nSkala ${scale!.name}, seed ${seed}, hari acuan ${today}, selesai dalam ${elapsed()}.`);
  for (const t of timings) out(`  ${t.stage.padEnd(22)} ${String(t.rows).padStart(10)} baris  ${(t.ms / 1000).toFixed(1)} s`);
  const tables = [
    'org_units',
    'employees',
    'users',
    'perf_skps',
    'perf_indicators',
    'complaints',
    'skm_surveys',
    'skm_responses',
    'training_sessions',
    'training_enrolments',
    'training_jp_credits',
    'oversight_findings',
    'oversight_recommendations',
  ];
  out('Jumlah baris:');
  for (const t of tables) {
    const r = await sql<{ n: string }>`select count(*) as n from ${sql.table(t)}`.execute(db);
    out(`  ${t.padEnd(26)} ${Number(r.rows[0]!.n).toLocaleString('id-ID')}`);
  }
  const size = await sql<{ s: string }>`select pg_size_pretty(pg_database_size(current_database())) as s`.execute(db);
  out(`Ukuran basis data: ${size.rows[0]!.s}`);
  // A few logins to try (all with the demo password): a generated Camat, a Lurah and the busiest complaint handler.
  const logins = await sql<{ username: string; name: string; what: string }>`
    (select u.username, u.display_name as name, 'Camat (Pimpinan), hasil generator' as what
       from users u join user_roles r on r.user_id = u.id and r.role = 'PIMPINAN'
      where u.username <> 'camat' order by u.id limit 1)
    union all
    (select u.username, u.display_name, 'Lurah (atasan), hasil generator'
       from users u join employee_positions ep on ep.employee_id = u.employee_id and ep.end_date is null
       join positions p on p.id = ep.position_id
      where p.name like 'Lurah %' and u.username <> 'camat' order by u.id desc limit 1)
    union all
    (select u.username, u.display_name, 'Pegawai dengan pengaduan terbanyak'
       from users u join (select assignee_employee_id, count(*) n from complaints where assignee_employee_id is not null
         group by 1 order by 2 desc, 1 limit 1) c
         on c.assignee_employee_id = u.employee_id)`.execute(db);
  out(`Login (kata sandi: ${config.demoPassword}):`);
  out('  admin                — Admin Kepegawaian');
  out('  camat                — Camat Kertapati (Pimpinan)');
  for (const l of logins.rows) out(`  ${l.username.padEnd(20)} — ${l.what}: ${l.name}`);
}
