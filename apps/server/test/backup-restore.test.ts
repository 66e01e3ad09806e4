import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app';
import { seedDemoIfEmpty } from '../src/demo/demo-seed';
import { verifyAuditChain } from '../src/modules/audit/audit.service';
import { countRows, listTables, writeBackup } from '../src/db/backup';
import { runBackupJob } from '../src/db/backup.job';
import { openDatabase, type Database } from '../src/db/database';
import { restoreIntoDataDir } from '../src/db/restore';

// Issue 16 §4: a backup of the demo database restored into a fresh data directory holds the same rows in every
// table and an intact audit hash chain; the restore never overwrites a database without --force; the daily job.

const quiet = { info() {}, warn() {}, error() {} };
let t: TestApp;
let work: string;
let backupFile: string;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-15T03:00:00Z') });
  await seedDemoIfEmpty(t.db, t.config, new Date('2026-06-15T03:00:00Z'));
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-bak-'));
  const result = await writeBackup(t.db, {
    dir: path.join(work, 'backups'),
    now: new Date('2026-06-15T19:00:00Z'),
    database: 'pglite',
  });
  backupFile = result!.file;
}, 300_000);
afterAll(async () => {
  await t?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/** A digest of every table's content, independent of row order. */
async function tableDigests(db: Database) {
  const digests: Record<string, string> = {};
  for (const table of await listTables(db)) {
    const r = await sql<{ d: string | null }>`
      select md5(string_agg(to_json(x)::text, '|' order by to_json(x)::text)) as d
      from ${sql.table(table)} as x`.execute(db);
    digests[table] = r.rows[0]!.d ?? '';
  }
  return digests;
}

async function withEmbedded<T>(dataDir: string, fn: (db: Database) => Promise<T>): Promise<T> {
  const handle = await openDatabase({ dataDir, role: 'server', logger: quiet });
  try {
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}

const cliArgs = (args: string[]) => [
  '--import',
  'tsx',
  path.join(import.meta.dirname, '..', 'src', 'cli.ts'),
  ...args,
];
const cliEnv = (dataDir: string) => ({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' });

function cli(args: string[], dataDir: string) {
  const res = spawnSync(process.execPath, cliArgs(args), {
    env: cliEnv(dataDir),
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: res.status, out: `${res.stdout}${res.stderr}` };
}

describe('backup and restore of the embedded database', () => {
  it('names the file with its WIB time and keeps it owner-only', () => {
    expect(path.basename(backupFile)).toBe('sim-kinerja-2026-06-16_020000-WIB.backup.gz');
    expect(fs.statSync(backupFile).mode & 0o777).toBe(0o600);
  });

  it('restores into a fresh data directory with the same rows in every table and an intact audit chain', async () => {
    const dataDir = path.join(work, 'baru');
    const restored = await restoreIntoDataDir({
      file: backupFile,
      dataDir,
      force: false,
      logger: quiet,
      now: new Date(),
    });
    const source = await countRows(t.db);
    expect(restored.previous).toBeNull();
    expect(restored.tables).toEqual(source);
    expect(Object.values(source).reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
    const sourceDigests = await tableDigests(t.db);
    await withEmbedded(dataDir, async (db) => {
      expect(await countRows(db)).toEqual(source);
      expect(await tableDigests(db)).toEqual(sourceDigests);
      const audit = await verifyAuditChain(db);
      expect(audit.ok).toBe(true);
      expect(audit.checked).toBe(source.audit_log);
      // The sequences continue after the restored rows: a new row does not collide with a restored id.
      const maxId = await sql<{ id: number }>`select max(id) as id from org_units`.execute(db);
      const next = await sql<{ id: number }>`
        insert into org_units (name, type, parent_id, updated_at)
        select 'Unit Baru Setelah Pemulihan', type, id, now() from org_units order by id limit 1
        returning id`.execute(db);
      expect(next.rows[0]!.id).toBeGreaterThan(maxId.rows[0]!.id);
    });
  }, 300_000);

  it('refuses to restore over a data directory holding a database without --force, in Bahasa Indonesia', async () => {
    const dataDir = path.join(work, 'terisi');
    await withEmbedded(dataDir, (db) => sql`create table sisa_lama (id int)`.execute(db));
    const refused = cli(['restore', backupFile], dataDir);
    expect(refused.code).toBe(2);
    expect(refused.out).toContain('sudah berisi basis data');
    expect(refused.out).toContain('--force');
    await withEmbedded(dataDir, async (db) => {
      expect(await listTables(db)).toEqual(['sisa_lama']);
    });

    const forced = cli(['restore', backupFile, '--force'], dataDir);
    expect(forced.out).toContain('rantai log audit utuh');
    expect(forced.code).toBe(0);
    const kept = fs.readdirSync(dataDir).filter((n) => n.startsWith('pglite.sebelum-pulih-'));
    expect(kept).toHaveLength(1);
    await withEmbedded(dataDir, async (db) => {
      expect(await countRows(db)).toEqual(await countRows(t.db));
    });
  }, 600_000);

  it('refuses a backup that was cut short and leaves the data directory as it was', async () => {
    const text = zlib.gunzipSync(fs.readFileSync(backupFile)).toString('utf8');
    const cut = path.join(work, 'terpotong.backup.gz');
    fs.writeFileSync(cut, zlib.gzipSync(text.slice(0, text.lastIndexOf('#end '))));
    const dataDir = path.join(work, 'potong');
    fs.mkdirSync(dataDir);
    await expect(
      restoreIntoDataDir({ file: cut, dataDir, force: false, logger: quiet, now: new Date() }),
    ).rejects.toThrow(/tidak lengkap/);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  }, 300_000);
});

describe('backup beside a running server', () => {
  it('is consistent while the server keeps writing: every transaction is in the file whole or not at all', async () => {
    // Each transaction writes one row into each of two tables, which the backup reads one after the other: a copy
    // that were not one snapshot would hold rows in the second table whose partners are missing from the first.
    const dataDir = path.join(work, 'jalan');
    const server = await openDatabase({ dataDir, role: 'server', logger: quiet });
    try {
      await sql`create table pasangan_a (n int not null)`.execute(server.db);
      await sql`create table pasangan_b (n int not null)`.execute(server.db);
      await sql`create table kysely_migration (name varchar(255) primary key, timestamp varchar(255))`.execute(
        server.db,
      );
      let n = 0;
      let writing = true;
      const writer = (async () => {
        while (writing) {
          n++;
          await server.db.transaction().execute(async (trx) => {
            await sql`insert into pasangan_a values (${n})`.execute(trx);
            await sql`insert into pasangan_b values (${n})`.execute(trx);
          });
        }
      })();
      const before = n;
      const child = spawn(process.execPath, cliArgs(['backup']), { env: cliEnv(dataDir) });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      writing = false;
      await writer;
      expect(out).toContain('Cadangan dibuat');
      expect(code).toBe(0);
      expect(n - before).toBeGreaterThan(10); // the server kept writing during the backup

      const file = path.join(dataDir, 'backups', fs.readdirSync(path.join(dataDir, 'backups'))[0]!);
      const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
      const rowsOf = (table: string) => {
        const from = lines.indexOf(`#table {"name":"${table}"}`);
        const to = lines.findIndex((l, i) => i > from && l.startsWith('#'));
        return lines.slice(from + 1, to).map((l) => (JSON.parse(l) as { n: number }).n);
      };
      const a = rowsOf('pasangan_a');
      expect(a.length).toBeGreaterThan(0);
      expect(rowsOf('pasangan_b').sort((x, y) => x - y)).toEqual(a.sort((x, y) => x - y));
    } finally {
      await server.close();
    }
  }, 300_000);
});

describe('daily backup job', () => {
  it('backs up once per WIB day from the configured hour and removes backups past the retention', async () => {
    const dir = path.join(work, 'harian');
    fs.mkdirSync(dir);
    const old = 'sim-kinerja-2026-05-01_020000-WIB.backup.gz';
    fs.writeFileSync(path.join(dir, old), '');
    const ctxAt = (iso: string) => ({
      db: t.db,
      config: { ...t.config, backup: { dir, hourWib: 2, retentionDays: 14 } },
      now: () => new Date(iso),
    });
    // 01:30 WIB: not yet.
    expect((await runBackupJob(ctxAt('2026-06-15T18:30:00Z'), 'pglite')).backup).toBeNull();
    // 02:10 WIB: the day's backup, and the May file goes.
    const first = await runBackupJob(ctxAt('2026-06-15T19:10:00Z'), 'pglite');
    expect(first.backup && path.basename(first.backup.file)).toBe(
      'sim-kinerja-2026-06-16_021000-WIB.backup.gz',
    );
    expect(first.removed).toEqual([old]);
    // Ten minutes later: already done today.
    expect((await runBackupJob(ctxAt('2026-06-15T19:20:00Z'), 'pglite')).backup).toBeNull();
    expect(fs.readdirSync(dir)).toEqual(['sim-kinerja-2026-06-16_021000-WIB.backup.gz']);
  }, 120_000);

  it('does nothing when the daily backup is turned off', async () => {
    const dir = path.join(work, 'mati');
    const result = await runBackupJob(
      {
        db: t.db,
        config: { ...t.config, backup: { dir, hourWib: null, retentionDays: 14 } },
        now: () => new Date('2026-06-15T19:10:00Z'),
      },
      'pglite',
    );
    expect(result).toEqual({ backup: null, removed: [] });
    expect(fs.existsSync(dir)).toBe(false);
  });
});
