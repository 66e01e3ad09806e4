import { describe, expect, it } from 'vitest';
import { backupFileName, backupTimeOf, expiredBackups, isDailyBackupDue } from './backup.rules';

const at = (iso: string) => new Date(iso);

describe('backupFileName', () => {
  it.each([
    ['2026-12-05T19:00:00Z', 'sim-kinerja-2026-12-06_020000-WIB.backup.gz'],
    ['2026-12-05T02:03:04Z', 'sim-kinerja-2026-12-05_090304-WIB.backup.gz'],
    ['2026-12-31T16:59:59Z', 'sim-kinerja-2026-12-31_235959-WIB.backup.gz'],
    ['2026-12-31T17:00:00Z', 'sim-kinerja-2027-01-01_000000-WIB.backup.gz'],
  ])('names a backup taken at %s by its WIB time: %s', (iso, name) => {
    expect(backupFileName(at(iso))).toBe(name);
    expect(backupTimeOf(name)?.toISOString()).toBe(new Date(iso).toISOString());
  });

  it('reads no time from other files', () => {
    expect(backupTimeOf('catatan.txt')).toBeNull();
    expect(backupTimeOf('sim-kinerja-2026-12-05_020000-WIB.backup.gz.part')).toBeNull();
  });
});

describe('isDailyBackupDue', () => {
  const yesterday = 'sim-kinerja-2026-12-04_020000-WIB.backup.gz';
  it.each([
    ['before the hour (01:59 WIB)', '2026-12-04T18:59:00Z', [yesterday], false],
    ['at the hour (02:00 WIB) with only yesterday’s', '2026-12-04T19:00:00Z', [yesterday], true],
    ['later that day when the server was off at 02:00', '2026-12-05T06:00:00Z', [yesterday], true],
    [
      'when today’s backup exists (also a manual one)',
      '2026-12-05T06:00:00Z',
      [yesterday, 'sim-kinerja-2026-12-05_023000-WIB.backup.gz'],
      false,
    ],
    ['with no backups at all', '2026-12-04T19:00:00Z', [], true],
  ])('is due %s: %s', (_label, now, files, due) => {
    expect(isDailyBackupDue(at(now), 2, files)).toBe(due);
  });
});

describe('expiredBackups', () => {
  const names = [
    'sim-kinerja-2026-11-01_020000-WIB.backup.gz',
    'sim-kinerja-2026-11-20_020000-WIB.backup.gz',
    'sim-kinerja-2026-11-22_020000-WIB.backup.gz',
    'sim-kinerja-2026-12-04_020000-WIB.backup.gz',
    'lain.txt',
  ];
  it('removes the backups older than the retention days and nothing else', () => {
    expect(expiredBackups(at('2026-12-05T00:00:00Z'), 14, names)).toEqual([
      'sim-kinerja-2026-11-20_020000-WIB.backup.gz',
      'sim-kinerja-2026-11-01_020000-WIB.backup.gz',
    ]);
  });

  it('keeps the newest backup however old it is', () => {
    expect(expiredBackups(at('2027-06-01T00:00:00Z'), 14, names)).not.toContain(
      'sim-kinerja-2026-12-04_020000-WIB.backup.gz',
    );
  });

  it('keeps everything when the retention is 0 days', () => {
    expect(expiredBackups(at('2027-06-01T00:00:00Z'), 0, names)).toEqual([]);
  });
});
