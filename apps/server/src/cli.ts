import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from './config';
import { writeBackup } from './db/backup';
import { openDatabase, type DatabaseHandle } from './db/database';
import { migrateToLatest } from './db/migrator';
import { restoreIntoDataDir, RestoreRefused } from './db/restore';
import { systemContext } from './lib/actor';
import { checkPasswordPolicy } from './lib/password';
import { verifyAuditChain } from './modules/audit/audit.service';
import { createUser } from './modules/auth/auth.service';
import { importEmployeesFile } from './modules/org/org-import.service';

const HELP = `SIM Kinerja — perintah administrasi

  npm run cli -- create-admin --username NAMA [--name "Nama Tampilan"]   (kata sandi dari env ADMIN_PASSWORD)
  npm run cli -- import-employees BERKAS.csv|xlsx [--mode all_or_nothing|valid_rows]
  npm run cli -- audit-verify       (juga: npm run audit:verify)
  npm run cli -- migrate
  npm run backup                    (cadangan basis data ke BACKUP_DIR, nama berkas dengan waktu WIB)
  npm run restore -- BERKAS [--force]   (pulihkan cadangan ke DATA_DIR; server harus berhenti)

Memakai DATABASE_URL atau DATA_DIR yang sama dengan server. Bila server sedang berjalan pada DATA_DIR itu,
perintah memakai basis data server tersebut (tidak membuka mesin basis data kedua).`;

async function withDatabase<T>(
  fn: (h: DatabaseHandle) => Promise<T>,
  opts: { migrate: boolean } = { migrate: true },
): Promise<T> {
  const config = loadConfig();
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    // Beside a running server the CLI goes through that server's database (one engine per folder).
    role: 'cli',
    idleLockTimeoutMs: config.embeddedIdleLockTimeoutMs,
    logger: { info: () => {}, warn: (m) => console.warn(m), error: (m) => console.error(m) },
    poolSize: 2,
  });
  try {
    if (opts.migrate) await migrateToLatest(handle.db);
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'create-admin': {
      const { values } = parseArgs({
        args: rest,
        options: { username: { type: 'string' }, name: { type: 'string' } },
      });
      const password = process.env.ADMIN_PASSWORD;
      if (!values.username || !password) {
        console.error('Wajib: --username dan variabel lingkungan ADMIN_PASSWORD');
        return 2;
      }
      const problems = checkPasswordPolicy(password, { username: values.username });
      if (problems.length) {
        console.error(problems.map((p) => p.message).join('\n'));
        return 2;
      }
      const username = values.username;
      const id = await withDatabase((h) =>
        h.db.transaction().execute((trx) =>
          createUser(trx, systemContext('cli'), {
            username,
            displayName: values.name ?? 'Admin Kepegawaian',
            roles: ['ADMIN_KEPEGAWAIAN'],
            password,
          }),
        ),
      );
      console.log(`Akun admin "${username}" dibuat (id ${id}).`);
      return 0;
    }
    case 'import-employees': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { mode: { type: 'string', default: 'all_or_nothing' } },
      });
      const file = positionals[0];
      const mode = values.mode;
      if (!file || (mode !== 'all_or_nothing' && mode !== 'valid_rows')) {
        console.error('Pemakaian: import-employees BERKAS [--mode all_or_nothing|valid_rows]');
        return 2;
      }
      const buffer = fs.readFileSync(file);
      const job = await withDatabase((h) =>
        importEmployeesFile({ db: h.db, config: loadConfig(), now: () => new Date() }, systemContext('cli'), {
          buffer,
          fileName: path.basename(file),
          mode,
        }),
      );
      console.log(
        `Status: ${job.status}; baris: ${job.total}; diimpor: ${job.inserted}; galat: ${job.errors.length}`,
      );
      for (const e of job.errors.slice(0, 200))
        console.log(`  baris ${e.row}, kolom ${e.field}: ${e.message}`);
      if (job.message) console.log(job.message);
      return job.status === 'done' && job.errors.length === 0 ? 0 : 1;
    }
    case 'audit-verify': {
      const result = await withDatabase((h) => verifyAuditChain(h.db));
      if (result.ok) {
        console.log(`Log audit utuh: ${result.checked} baris diperiksa.`);
        return 0;
      }
      console.error(`LOG AUDIT RUSAK: ${result.reason} (${result.checked} baris sebelumnya utuh)`);
      return 1;
    }
    case 'backup': {
      // No migration here: a backup copies the database as it is. Beside a running server it goes through that
      // server's database (consistent: one transaction, see db/backup.ts).
      const result = await withDatabase(
        (h) => writeBackup(h.db, { dir: loadConfig().backup.dir, now: new Date(), database: h.kind }),
        { migrate: false },
      );
      if (!result) return 1;
      console.log(
        `Cadangan dibuat: ${result.file} (${result.tables} tabel, ${result.rows} baris, ${(result.bytes / 1e6).toFixed(1)} MB).`,
      );
      return 0;
    }
    case 'restore': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { force: { type: 'boolean', default: false } },
      });
      const config = loadConfig();
      const file = positionals[0];
      if (!file) {
        console.error('Pemakaian: npm run restore -- BERKAS_CADANGAN [--force]');
        return 2;
      }
      if (config.databaseUrl) {
        console.error(
          'DATABASE_URL diatur: pulihkan server PostgreSQL dengan pg_restore (lihat docs/security.md, bagian Cadangan).',
        );
        return 2;
      }
      try {
        const result = await restoreIntoDataDir({
          file: path.resolve(file),
          dataDir: config.dataDir,
          force: values.force ?? false,
          now: new Date(),
          logger: { info: () => {}, warn: (m) => console.warn(m), error: (m) => console.error(m) },
          // A backup whose audit chain does not verify is not put in place.
          verify: async (db) => {
            const audit = await verifyAuditChain(db);
            if (!audit.ok)
              throw new Error(`Log audit dalam cadangan rusak: ${audit.reason}; pemulihan dibatalkan`);
          },
        });
        const rows = Object.values(result.tables).reduce((a, b) => a + b, 0);
        console.log(
          `Cadangan dipulihkan ke ${config.dataDir}: ${Object.keys(result.tables).length} tabel, ${rows} baris; rantai log audit utuh.`,
        );
        if (result.previous) console.log(`Basis data sebelumnya disimpan di ${result.previous}.`);
        return 0;
      } catch (err) {
        if (err instanceof RestoreRefused) {
          console.error(err.message);
          return 2;
        }
        throw err;
      }
    }
    case 'migrate': {
      await withDatabase(async () => undefined);
      console.log('Migrasi selesai.');
      return 0;
    }
    default:
      console.log(HELP);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
