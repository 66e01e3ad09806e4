// Pure decisions of the backups (issue 16 §4): the file name with its WIB time, when the daily backup is due and
// which files the retention removes. No clock and no file system here: callers pass `now` and the names.
import { toWibDayNumber, WIB_UTC_OFFSET_MINUTES } from '@sim/domain';

const WIB_OFFSET_MS = WIB_UTC_OFFSET_MINUTES * 60_000;
const NAME = /^sim-kinerja-(\d{4})-(\d{2})-(\d{2})_(\d{2})(\d{2})(\d{2})-WIB\.backup\.gz$/;

/** The WIB wall-clock parts of an instant. */
function wib(now: Date) {
  const d = new Date(now.getTime() + WIB_OFFSET_MS);
  const p = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`,
    time: `${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`,
    hour: d.getUTCHours(),
  };
}

/**
 * `sim-kinerja-2026-12-05_020000-WIB.backup.gz`: the office reads its own time in the name (WIB, UTC+7), and the
 * names sort in time order.
 */
export function backupFileName(now: Date): string {
  const { date, time } = wib(now);
  return `sim-kinerja-${date}_${time}-WIB.backup.gz`;
}

/** The instant a backup file name stands for, or null for any other file. */
export function backupTimeOf(fileName: string): Date | null {
  const m = NAME.exec(fileName);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const t = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) - WIB_OFFSET_MS;
  return Number.isNaN(t) ? null : new Date(t);
}

/**
 * The daily backup is due once the WIB hour has reached `hourWib` and no backup was made yet on this WIB day (a
 * server that was off at that hour catches up when it starts, and a manual backup earlier that day counts).
 */
export function isDailyBackupDue(now: Date, hourWib: number, existing: readonly string[]): boolean {
  if (wib(now).hour < hourWib) return false;
  const today = toWibDayNumber(now);
  return !existing.some((name) => {
    const at = backupTimeOf(name);
    return at !== null && toWibDayNumber(at) === today;
  });
}

/**
 * The backup files older than `retentionDays` days; the newest backup is always kept, however old, so the
 * retention never leaves the office with nothing. 0 days = keep everything.
 */
export function expiredBackups(now: Date, retentionDays: number, existing: readonly string[]): string[] {
  if (retentionDays <= 0) return [];
  const dated = existing
    .map((name) => ({ name, at: backupTimeOf(name) }))
    .filter((f): f is { name: string; at: Date } => f.at !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const limit = now.getTime() - retentionDays * 86_400_000;
  return dated
    .slice(1)
    .filter((f) => f.at.getTime() < limit)
    .map((f) => f.name);
}
