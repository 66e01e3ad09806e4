import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './db/database';

// The CLI runs against the embedded database in a temporary DATA_DIR, as an operator would run it.
let dataDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-cli-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  const res = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'cli.ts'), ...args],
    {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { code: res.status, out: `${res.stdout}${res.stderr}` };
}

describe('npm run cli', () => {
  it('create-admin refuses a weak password and creates an admin with a strong one', () => {
    const weak = cli(['create-admin', '--username', 'kepegawaian'], { ADMIN_PASSWORD: 'bismillah123' });
    expect(weak.code).toBe(2);
    expect(weak.out).toMatch(/terlalu umum/);
    const ok = cli(['create-admin', '--username', 'kepegawaian'], {
      ADMIN_PASSWORD: 'Sandi-Admin-Yang-Kuat-9',
    });
    expect(ok.out).toMatch(/dibuat/);
    expect(ok.code).toBe(0);
  }, 90_000); // the first run creates the database (initdb) and migrates it

  it('import-employees prints a per-row report and exits 1 when rows are invalid', () => {
    const file = path.join(dataDir, 'pegawai.csv');
    fs.writeFileSync(
      file,
      'nip,nama,gelar_depan,gelar_belakang,jenis,golongan,email,telepon,jabatan_id,jabatan,tmt_jabatan\n' +
        '12345,Nama Salah,,,PNS,III/a,,,1,,2026-01-02\n',
    );
    const res = cli(['import-employees', file, '--mode', 'valid_rows']);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/baris 2, kolom nip/);
  });

  it('audit-verify passes on an intact log and fails after a row is altered', async () => {
    expect(cli(['audit-verify']).code).toBe(0);
    const handle = await openDatabase({ dataDir, logger: { info() {}, warn() {}, error() {} } });
    try {
      await sql`alter table audit_log disable trigger audit_log_no_update`.execute(handle.db);
      await sql`update audit_log set actor_name = 'penyusup' where id = (select min(id) from audit_log)`.execute(
        handle.db,
      );
    } finally {
      await handle.close();
    }
    const res = cli(['audit-verify']);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/LOG AUDIT RUSAK/);
  }, 90_000);

  it("goes through the running server's database instead of opening a second engine on the folder", async () => {
    const server = await openDatabase({ dataDir, logger: { info() {}, warn() {}, error() {} } });
    try {
      const res = cli(['create-admin', '--username', 'kepegawaian2'], {
        ADMIN_PASSWORD: 'Sandi-Admin-Yang-Kuat-9',
      });
      expect(res.out).toMatch(/dibuat/);
      expect(res.code).toBe(0);
      // Written through the server's database process: visible to the server at once.
      const row = await server.db
        .selectFrom('users')
        .select('username')
        .where('username', '=', 'kepegawaian2')
        .executeTakeFirst();
      expect(row).toEqual({ username: 'kepegawaian2' });
      expect(cli(['migrate']).out).toMatch(/Migrasi selesai/);
    } finally {
      await server.close();
    }
  });
});
