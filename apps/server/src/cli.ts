import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from './config';
import { openDatabase, type DatabaseHandle } from './db/database';
import { migrateToLatest } from './db/migrator';
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

Memakai DATABASE_URL atau DATA_DIR yang sama dengan server. Bila server sedang berjalan pada DATA_DIR itu,
perintah memakai basis data server tersebut (tidak membuka mesin basis data kedua).`;

async function withDatabase<T>(fn: (h: DatabaseHandle) => Promise<T>): Promise<T> {
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
    await migrateToLatest(handle.db);
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
