import fs from 'node:fs';
import path from 'node:path';
import { loadBackup, readBackupHeader, readBackupTrailer } from './backup';
import { backupFileName } from './backup.rules';
import { embeddedPaths, holdDataDir, openDatabase, type Database } from './database';
import { knownMigrations, migrateTo, migrateToLatest } from './migrator';

type Logger = { info(msg: string): void; warn(msg: string): void; error(msg: string): void };

/** A refusal the operator can act on (exit code 2 in the CLI), in Bahasa Indonesia. */
export class RestoreRefused extends Error {}

/**
 * Restores a backup into the embedded database of `dataDir` (issue 16 §4). The backup is first loaded into a new
 * database beside it (schema migrated to the backup's version, rows loaded and counted, then migrated to this
 * code's version, then `verify` — the CLI checks the audit hash chain); only a database that passed all of that
 * replaces the folder's, and the old one is kept as `pglite.sebelum-pulih-<time>`. A folder that already holds a
 * database is replaced only with `force`; a folder a running server owns is never touched.
 */
export async function restoreIntoDataDir(opts: {
  file: string;
  dataDir: string;
  force: boolean;
  logger: Logger;
  now: Date;
  verify?: (db: Database) => Promise<void>;
}): Promise<{ tables: Record<string, number>; previous: string | null }> {
  // A file that is missing, not a backup or cut short is the operator's to fix: refused before anything is touched.
  const header = await readBackupHeader(opts.file).catch((err: Error) => {
    throw new RestoreRefused(err.message);
  });
  await readBackupTrailer(opts.file).catch((err: Error) => {
    throw new RestoreRefused(err.message);
  });
  if (header.migration && !knownMigrations().includes(header.migration))
    throw new RestoreRefused(
      `Cadangan ini dibuat oleh versi SIM Kinerja yang lebih baru (migrasi ${header.migration}); perbarui aplikasi dulu, lalu pulihkan lagi.`,
    );
  const paths = embeddedPaths(opts.dataDir);
  const occupied = fs.existsSync(paths.pgliteDir) && fs.readdirSync(paths.pgliteDir).length > 0;
  if (occupied && !opts.force)
    throw new RestoreRefused(
      `Folder data ${opts.dataDir} sudah berisi basis data. Pemulihan akan menggantinya: jalankan lagi dengan --force bila memang itu yang dimaksud (basis data lama disimpan sebagai pglite.sebelum-pulih-…).`,
    );
  fs.mkdirSync(opts.dataDir, { recursive: true });
  let hold: { release(): void };
  try {
    hold = await holdDataDir(opts.dataDir, opts.logger);
  } catch (err) {
    throw new RestoreRefused(
      `${err instanceof Error ? err.message : String(err)} Hentikan server dulu, lalu pulihkan lagi.`,
    );
  }
  const staging = fs.mkdtempSync(path.join(opts.dataDir, 'pulih-'));
  try {
    const handle = await openDatabase({ dataDir: staging, role: 'server', logger: opts.logger });
    let tables: Record<string, number>;
    try {
      if (header.migration) await migrateTo(handle.db, header.migration);
      tables = await loadBackup(handle.db, opts.file);
      await migrateToLatest(handle.db);
      await opts.verify?.(handle.db);
    } finally {
      await handle.close();
    }
    let previous: string | null = null;
    if (fs.existsSync(paths.pgliteDir)) {
      if (occupied) {
        previous = path.join(
          opts.dataDir,
          `pglite.sebelum-pulih-${backupFileName(opts.now).replace(/^sim-kinerja-|-WIB\.backup\.gz$/g, '')}`,
        );
        fs.renameSync(paths.pgliteDir, previous);
      } else fs.rmSync(paths.pgliteDir, { recursive: true, force: true });
    }
    fs.renameSync(embeddedPaths(staging).pgliteDir, paths.pgliteDir);
    return { tables, previous };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    hold.release();
  }
}
