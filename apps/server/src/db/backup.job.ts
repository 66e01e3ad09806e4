import fs from 'node:fs';
import path from 'node:path';
import type { ServiceContext } from '../lib/context';
import { startIntervalJob } from '../lib/interval-job';
import { tryJobLock } from './advisory-lock';
import { writeBackup, type BackupResult } from './backup';
import { expiredBackups, isDailyBackupDue } from './backup.rules';

// The daily backup of the embedded database (issue 16 §4): once a WIB day, from BACKUP_HOUR_WIB on, into
// BACKUP_DIR, then files older than BACKUP_RETENTION_DAYS are removed (the newest always stays). Checked every ten
// minutes, so a server that was off at that hour catches up when it runs again. Like the other jobs it holds an
// advisory lock — taken inside the backup's own transaction, because PGlite's one session would make a second
// transaction wait for the first.

/** Advisory lock key of the backup job ("BACK" folded into an int). */
export const BACKUP_LOCK_KEY = 0x4241_434b;

function backupNames(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

export async function runBackupJob(
  ctx: ServiceContext,
  database: 'pglite' | 'postgres',
): Promise<{ backup: BackupResult | null; removed: string[] }> {
  const { dir, hourWib, retentionDays } = ctx.config.backup;
  if (hourWib === null) return { backup: null, removed: [] };
  const now = ctx.now();
  let backup: BackupResult | null = null;
  if (isDailyBackupDue(now, hourWib, backupNames(dir)))
    backup = await writeBackup(ctx.db, {
      dir,
      now,
      database,
      onlyIf: (trx) => tryJobLock(trx, BACKUP_LOCK_KEY),
    });
  const removed = expiredBackups(now, retentionDays, backupNames(dir));
  for (const name of removed) fs.rmSync(path.join(dir, name), { force: true });
  return { backup, removed };
}

export function startBackupJob(
  app: Parameters<typeof startIntervalJob>[0],
  database: 'pglite' | 'postgres',
): () => void {
  return startIntervalJob(app, {
    name: 'daily backup job',
    intervalMs: 10 * 60_000,
    run: (ctx) => runBackupJob(ctx, database),
    summarise: (r) =>
      r.backup || r.removed.length
        ? { backup: r.backup?.file ?? null, rows: r.backup?.rows ?? 0, removed: r.removed }
        : null,
  });
}
