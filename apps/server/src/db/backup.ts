import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { sql } from 'kysely';
import type { Database } from './database';
import { backupFileName } from './backup.rules';

// Backups of the database (issue 16 §4) as a logical copy: every table's rows as JSON text, the sequences and the
// schema version, gzip'd, in one file. Why logical and not a copy of the PGlite folder or pg_dump:
// - PGlite is one PostgreSQL session owned by the server's database process; a file copy of its folder while the
//   server runs is not consistent, and Debian's pg_dump (15) refuses PGlite's newer server version.
// - One read transaction sees one state of every table: on PostgreSQL a REPEATABLE READ snapshot, on PGlite the
//   transaction holds the single session (other requests wait in the socket server's queue for those seconds).
// - Rows are written exactly as PostgreSQL prints them (`to_json(t)::text`, never parsed in JavaScript), so
//   numerics, timestamps and bytea (evidence files live in the database) come back byte for byte.
//
// File format, one line each: `#sim-kinerja-backup {header}`, then per table `#table {"name":…}` followed by one
// JSON object per row, then `#end {trailer}` with the row count of every table and the sequences' values. A file
// without the trailer (a backup cut short) is refused by the restore.

export const BACKUP_FORMAT = 'sim-kinerja-backup';
const FETCH_ROWS = 500;
const INSERT_ROWS = 200;
/** Kysely's own bookkeeping: restored by migrating to the backup's version, not by copying its rows. */
const MIGRATION_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  database: 'pglite' | 'postgres';
  /** The last migration applied in the database the backup was taken from. */
  migration: string;
};
export type BackupTrailer = {
  tables: Record<string, number>;
  sequences: Record<string, string | null>;
};
export type BackupResult = { file: string; tables: number; rows: number; bytes: number };

/** The application's tables (without Kysely's migration tables), in name order. */
export async function listTables(db: Database): Promise<string[]> {
  const rows = await sql<{ name: string }>`
    select tablename as name from pg_tables where schemaname = 'public' order by tablename`.execute(db);
  return rows.rows.map((r) => r.name).filter((n) => !MIGRATION_TABLES.has(n));
}

/** Rows per table, for the restore's check and the tests. */
export async function countRows(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await listTables(db)) {
    const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
    counts[table] = r.rows[0]!.n;
  }
  return counts;
}

/**
 * Writes a consistent backup of `db` into `dir` (created owner-only; the file is 0600: it holds personal data)
 * under a name with the WIB time of `now`. The file appears under its final name only when complete.
 */
export async function writeBackup(
  db: Database,
  opts: {
    dir: string;
    now: Date;
    database: 'pglite' | 'postgres';
    /** Asked first inside the backup's transaction (the scheduled job's advisory lock); false = no backup. */
    onlyIf?: (trx: Database) => Promise<boolean>;
  },
): Promise<BackupResult | null> {
  fs.mkdirSync(opts.dir, { recursive: true, mode: 0o700 });
  const file = path.join(opts.dir, backupFileName(opts.now));
  const part = `${file}.part`;
  let rows = 0;
  let tables = 0;
  let skipped = false;
  const gzip = zlib.createGzip();
  const written = pipeline(gzip, fs.createWriteStream(part, { mode: 0o600, flags: 'wx' }));
  const write = async (text: string) => {
    if (!gzip.write(text)) await once(gzip, 'drain');
  };
  try {
    // One transaction for the whole read (see the file comment).
    await db.transaction().execute(async (trx) => {
      if (opts.database === 'postgres')
        await sql`set transaction isolation level repeatable read, read only`.execute(trx);
      if (opts.onlyIf && !(await opts.onlyIf(trx))) {
        skipped = true;
        return;
      }
      const migration = await sql<{ name: string }>`
        select name from kysely_migration order by name desc limit 1`.execute(trx);
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: 1,
        createdAt: opts.now.toISOString(),
        database: opts.database,
        migration: migration.rows[0]?.name ?? '',
      };
      await write(`#${BACKUP_FORMAT} ${JSON.stringify(header)}\n`);
      const counts: Record<string, number> = {};
      for (const table of await listTables(trx)) {
        tables++;
        await write(`#table ${JSON.stringify({ name: table })}\n`);
        let n = 0;
        await sql`declare backup_rows no scroll cursor for
          select to_json(t)::text as row from ${sql.table(table)} as t`.execute(trx);
        for (;;) {
          const batch = await sql<{
            row: string;
          }>`fetch ${sql.raw(String(FETCH_ROWS))} from backup_rows`.execute(trx);
          if (!batch.rows.length) break;
          n += batch.rows.length;
          await write(`${batch.rows.map((r) => r.row).join('\n')}\n`);
        }
        await sql`close backup_rows`.execute(trx);
        counts[table] = n;
        rows += n;
      }
      const seqs = await sql<{ name: string; value: string | null }>`
        select sequencename as name, last_value::text as value from pg_sequences where schemaname = 'public'
        order by sequencename`.execute(trx);
      const trailer: BackupTrailer = {
        tables: counts,
        sequences: Object.fromEntries(seqs.rows.map((s) => [s.name, s.value])),
      };
      await write(`#end ${JSON.stringify(trailer)}\n`);
    });
    gzip.end();
    await written;
    if (skipped) {
      fs.rmSync(part, { force: true });
      return null;
    }
    fs.renameSync(part, file);
  } catch (err) {
    gzip.destroy();
    await written.catch(() => undefined);
    fs.rmSync(part, { force: true });
    throw err;
  }
  return { file, tables, rows, bytes: fs.statSync(file).size };
}

/** Reads a backup file line by line (gunzip); throws in Bahasa Indonesia when it is not a backup of this system. */
async function* backupLines(file: string): AsyncGenerator<string> {
  const input = fs.createReadStream(file).pipe(zlib.createGunzip());
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of rl) if (line) yield line;
  } catch (err) {
    throw new Error(
      `Berkas cadangan ${file} tidak dapat dibaca (${err instanceof Error ? err.message : String(err)})`,
      { cause: err },
    );
  }
}

/** The header of a backup file, or an error in Bahasa Indonesia naming what is wrong. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  if (!fs.existsSync(file)) throw new Error(`Berkas cadangan ${file} tidak ditemukan`);
  for await (const line of backupLines(file)) {
    const prefix = `#${BACKUP_FORMAT} `;
    if (!line.startsWith(prefix)) break;
    const header = JSON.parse(line.slice(prefix.length)) as BackupHeader;
    if (header.version !== 1) throw new Error(`Versi berkas cadangan ${header.version} tidak dikenal`);
    return header;
  }
  throw new Error(`Berkas ${file} bukan berkas cadangan SIM Kinerja`);
}

/**
 * The trailer of a complete backup (one pass over the file, before anything is touched), or an error in Bahasa
 * Indonesia when the file was cut short.
 */
export async function readBackupTrailer(file: string): Promise<BackupTrailer> {
  let last = '';
  for await (const line of backupLines(file)) if (line.startsWith('#')) last = line;
  if (!last.startsWith('#end '))
    throw new Error(`Berkas cadangan ${file} tidak lengkap (penanda akhir tidak ada); pemulihan dibatalkan`);
  return JSON.parse(last.slice(5)) as BackupTrailer;
}

/**
 * Loads a backup into `db`, whose schema must already be at the backup's migration: empties every table, inserts
 * the rows (foreign keys and triggers — e.g. the audit log's append-only guard — are off for this transaction
 * only, as rows arrive in table order), sets the sequences, and checks every table's count against the trailer.
 * All or nothing: one transaction.
 */
export async function loadBackup(db: Database, file: string): Promise<Record<string, number>> {
  return db.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    const tables = await listTables(trx);
    if (tables.length)
      await sql`truncate ${sql.join(tables.map((t) => sql.table(t)))} restart identity`.execute(trx);
    const columnsOf = async (table: string) => {
      const r = await sql<{ name: string }>`
        select column_name as name from information_schema.columns
        where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER'
        order by ordinal_position`.execute(trx);
      return r.rows.map((c) => c.name);
    };
    const loaded: Record<string, number> = {};
    let table: string | undefined;
    let columns: string[] = [];
    let batch: string[] = [];
    let trailer: BackupTrailer | undefined;
    const flush = async () => {
      if (!table || !batch.length) return;
      const cols = sql.join(columns.map((c) => sql.ref(c)));
      await sql`insert into ${sql.table(table)} (${cols}) overriding system value
        select ${cols} from json_populate_recordset(null::${sql.table(table)}, ${`[${batch.join(',')}]`}::json)`.execute(
        trx,
      );
      loaded[table] = (loaded[table] ?? 0) + batch.length;
      batch = [];
    };
    let first = true;
    for await (const line of backupLines(file)) {
      if (first) {
        if (!line.startsWith(`#${BACKUP_FORMAT} `))
          throw new Error(`Berkas ${file} bukan berkas cadangan SIM Kinerja`);
        first = false;
        continue;
      }
      if (line.startsWith('#table ')) {
        await flush();
        table = (JSON.parse(line.slice(7)) as { name: string }).name;
        if (!tables.includes(table)) throw new Error(`Tabel ${table} dari cadangan tidak ada di basis data`);
        columns = await columnsOf(table);
        loaded[table] = 0;
      } else if (line.startsWith('#end ')) {
        await flush();
        trailer = JSON.parse(line.slice(5)) as BackupTrailer;
      } else {
        if (!table) throw new Error(`Berkas cadangan ${file} rusak: baris data sebelum nama tabel`);
        batch.push(line);
        if (batch.length >= INSERT_ROWS) await flush();
      }
    }
    if (!trailer)
      throw new Error(
        `Berkas cadangan ${file} tidak lengkap (penanda akhir tidak ada); pemulihan dibatalkan`,
      );
    for (const [name, value] of Object.entries(trailer.sequences)) {
      if (value === null) await sql`select setval(${name}::regclass, 1, false)`.execute(trx);
      else await sql`select setval(${name}::regclass, ${value}::bigint, true)`.execute(trx);
    }
    for (const [name, expected] of Object.entries(trailer.tables)) {
      const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(name)}`.execute(trx);
      if (r.rows[0]!.n !== expected || loaded[name] !== expected)
        throw new Error(
          `Jumlah baris tabel ${name} setelah pemulihan (${r.rows[0]!.n}) tidak sama dengan cadangan (${expected})`,
        );
    }
    return trailer.tables;
  });
}
