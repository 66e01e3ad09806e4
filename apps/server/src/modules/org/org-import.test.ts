import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNip, multipart, seedEmployee, seedOrgTree, seedUser } from '../../../test/builders';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../test/test-app';
import { systemContext } from '../../lib/actor';
import { verifyPassword } from '../../lib/password';
import { importEmployeesFile, UNUSABLE_PASSWORD_HASH, waitForImportJobs } from './org-import.service';

const NOW = new Date('2026-06-15T03:00:00Z');
const HEADER = [
  'nip',
  'nama',
  'gelar_depan',
  'gelar_belakang',
  'jenis',
  'golongan',
  'email',
  'telepon',
  'jabatan_id',
  'unit',
  'tmt_jabatan',
];

let t: TestApp;
let tree: Awaited<ReturnType<typeof seedOrgTree>>;
let admin: string;
let pegawai: string;

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  tree = await seedOrgTree(t.db);
  await seedUser(t.db, { username: 'admin-impor', roles: ['ADMIN_KEPEGAWAIAN'] });
  const p = await seedEmployee(t.db, { positionId: tree.positions.staf, login: true });
  admin = await t.login('admin-impor');
  pegawai = await t.login(p.username!);
});
afterAll(async () => {
  await waitForImportJobs();
  await t.close();
});

const csv = (rows: string[][], delimiter = ',') =>
  `${rows.map((r) => r.map((v) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(delimiter)).join('\r\n')}\r\n`;

/** A valid row for the seksi staff position; override cells by column name. */
function row(overrides: Partial<Record<(typeof HEADER)[number], string>> = {}): string[] {
  const base: Record<string, string> = {
    nip: makeNip(),
    nama: 'Pegawai Impor',
    gelar_depan: '',
    gelar_belakang: 'S.E.',
    jenis: 'PNS',
    golongan: 'III/a',
    email: '',
    telepon: '',
    jabatan_id: String(tree.positions.staf),
    unit: 'Seksi Uji',
    tmt_jabatan: '2025-01-02',
    ...overrides,
  };
  return HEADER.map((h) => base[h]!);
}

async function upload(content: Buffer | string, filename: string, mode = 'valid_rows', cookie = admin) {
  const body = multipart({ mode }, { filename, content });
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/employees/import',
    headers: { ...body.headers, cookie },
    payload: body.payload,
  });
}

async function finished(jobId: string) {
  await waitForImportJobs();
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/employees/import/${jobId}`,
    headers: { cookie: admin },
  });
  expect(res.statusCode).toBe(200);
  return res.json();
}

async function importCsv(rows: string[][], mode: string) {
  const res = await upload(csv([HEADER, ...rows]), 'pegawai.csv', mode);
  expect(res.statusCode).toBe(202);
  return finished(res.json().id);
}

const countByNip = async (nips: string[]) =>
  (await t.db.selectFrom('employees').select('nip').where('nip', 'in', nips).execute()).length;

describe('GET /api/v1/employees/import/template.csv and template.xlsx', () => {
  it('serves the CSV template: UTF-8 BOM and the documented header', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/employees/import/template.csv',
      headers: { cookie: admin },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('templat-impor-pegawai.csv');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(
      res.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split(','),
    ).toEqual(expect.arrayContaining(HEADER));
  });

  it('serves the XLSX template with instructions and the position list', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/employees/import/template.xlsx',
      headers: { cookie: admin },
    });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Pegawai', 'Petunjuk', 'Daftar Jabatan']);
    const positions = wb.getWorksheet('Daftar Jabatan')!;
    const ids: unknown[] = [];
    positions.eachRow((r, n) => n > 1 && ids.push(r.getCell(1).value));
    expect(ids).toEqual(expect.arrayContaining(Object.values(tree.positions)));
  });

  it('returns 403 to a pegawai', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/employees/import/template.csv',
      headers: { cookie: pegawai },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('POST /api/v1/employees/import', () => {
  it('returns 401 to anonymous callers', async () => {
    const body = multipart({ mode: 'valid_rows' }, { filename: 'a.csv', content: csv([HEADER, row()]) });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/employees/import',
      headers: body.headers,
      payload: body.payload,
    });
    expect(res.statusCode).toBe(401);
  });

  it('returns 403 when a pegawai imports', async () => {
    const res = await upload(csv([HEADER, row()]), 'a.csv', 'valid_rows', pegawai);
    expect(res.statusCode).toBe(403);
  });

  it('imports valid rows, creates accounts that cannot log in yet, and reports progress', async () => {
    const a = row({ nama: 'Ahmad, Jr.', telepon: '+62 812 555 0001', email: 'ahmad@example.id' });
    const b = row({
      nip: makeNip({ kind: 'PPPK', tmt: '2023' }),
      jenis: 'pppk',
      golongan: 'ix',
      gelar_belakang: '',
    });
    const res = await upload(csv([HEADER, a, b]), 'pegawai.csv', 'all_or_nothing');
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({
      status: 'queued',
      mode: 'all_or_nothing',
      fileName: 'pegawai.csv',
      total: 2,
    });
    const job = await finished(res.json().id);
    expect(job).toMatchObject({ status: 'done', total: 2, processed: 2, inserted: 2, errors: [] });

    const saved = await t.db
      .selectFrom('employees')
      .selectAll()
      .where('nip', 'in', [a[0]!, b[0]!])
      .orderBy('nip')
      .execute();
    expect(saved.map((e) => e.name).sort()).toEqual(['Ahmad, Jr.', 'Pegawai Impor']);
    expect(saved.find((e) => e.kind === 'PPPK')).toMatchObject({ golongan: 'IX' });
    const user = await t.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', a[0]!)
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({ must_change_password: true, password_hash: UNUSABLE_PASSWORD_HASH });
    expect(await verifyPassword(user.password_hash, TEST_PASSWORD)).toBe(false);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: a[0], password: UNUSABLE_PASSWORD_HASH },
    });
    expect(login.statusCode).toBe(401);
    const assignment = await t.db
      .selectFrom('employee_positions')
      .selectAll()
      .where('employee_id', '=', user.employee_id!)
      .executeTakeFirstOrThrow();
    expect(assignment).toMatchObject({
      position_id: tree.positions.staf,
      start_date: '2025-01-02',
      end_date: null,
    });
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity_id', '=', job.id)
      .orderBy('id')
      .execute();
    expect(audit.map((e) => e.action)).toEqual([
      'employee_import.started',
      'employee.imported',
      'employee_import.finished',
    ]);
  });

  describe('with a file where some rows are wrong', () => {
    const rows = () => {
      const good = row();
      return [
        good, // row 2
        row({ nip: '19900115201503100' }), // row 3: malformed NIP
        row({ nip: good[0] }), // row 4: duplicate of row 2
        row({ jabatan_id: '999999' }), // row 5: unknown position
        row({ golongan: 'IX' }), // row 6: PPPK golongan for a PNS
        row({ nip: existingNip }), // row 7: already registered
        row({ nama: '=HYPERLINK("http://contoh.invalid","klik")' }), // row 8: formula injection
        row({ unit: 'Kelurahan Uji' }), // row 9: the position is not in that unit
        row({ tmt_jabatan: '02/01/2025' }), // row 10: date format
        row(), // row 11
      ];
    };
    let existingNip: string;
    beforeAll(async () => {
      existingNip = (await seedEmployee(t.db)).nip;
    });

    const expectedErrors = [
      { row: 3, field: 'nip' },
      { row: 4, field: 'nip' },
      { row: 5, field: 'jabatan_id' },
      { row: 6, field: 'golongan' },
      { row: 7, field: 'nip' },
      { row: 8, field: 'nama' },
      { row: 9, field: 'unit' },
      { row: 10, field: 'tmt_jabatan' },
    ];

    it('saves nothing in all_or_nothing mode and reports every bad row', async () => {
      const data = rows();
      const job = await importCsv(data, 'all_or_nothing');
      expect(job).toMatchObject({ status: 'failed', inserted: 0, total: 10, processed: 10 });
      expect(job.errors.map((e: { row: number; field: string }) => ({ row: e.row, field: e.field }))).toEqual(
        expectedErrors,
      );
      expect(job.errors.every((e: { message: string }) => e.message.length > 5)).toBe(true);
      expect(job.errors[1].message).toContain('baris 2');
      expect(job.message).toContain('Tidak ada data yang disimpan');
      expect(await countByNip([data[0]![0]!, data[9]![0]!])).toBe(0);
    });

    it('saves the valid rows in valid_rows mode and reports the rest', async () => {
      const data = rows();
      const job = await importCsv(data, 'valid_rows');
      expect(job).toMatchObject({ status: 'done', inserted: 2, total: 10 });
      expect(job.errors.map((e: { row: number; field: string }) => ({ row: e.row, field: e.field }))).toEqual(
        expectedErrors,
      );
      expect(await countByNip([data[0]![0]!, data[9]![0]!])).toBe(2);
    });
  });

  it('reads semicolon-separated CSV with a UTF-8 BOM and counts rows as the file shows them', async () => {
    const a = row({ nama: 'Zaenal Abidin' });
    const text = `\uFEFF${csv([HEADER, a, HEADER.map(() => ''), row({ golongan: 'X/z' })], ';')}`;
    const res = await upload(Buffer.from(text, 'utf8'), 'titik-koma.csv');
    const job = await finished(res.json().id);
    expect(job).toMatchObject({ status: 'done', inserted: 1, total: 2 });
    expect(job.errors).toEqual([{ row: 4, field: 'golongan', message: expect.any(String) }]);
  });

  it('returns 400 for a UTF-16 CSV', async () => {
    const res = await upload(Buffer.from(`\uFEFF${csv([HEADER, row()])}`, 'utf16le'), 'unicode.csv');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({ path: 'file', encoding: 'UTF-16' });
    expect(res.json().error.message).toContain('UTF-8');
  });

  it('returns 400 for a Windows-1252 CSV', async () => {
    const res = await upload(Buffer.from(csv([HEADER, row({ nama: 'José Müller' })]), 'latin1'), 'ansi.csv');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/bukan UTF-8.*Windows-1252/);
  });

  it('returns 400 naming the missing columns', async () => {
    const res = await upload(
      csv([
        ['NIP', 'Nama', 'Golongan'],
        ['1', 'x', 'III/a'],
      ]),
      'kurang.csv',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('jenis, jabatan_id, tmt_jabatan');
    expect(res.json().error.details[0]).toMatchObject({
      path: 'file',
      columns: ['jenis', 'jabatan_id', 'tmt_jabatan'],
    });
  });

  it('returns 400 for a header-only file', async () => {
    const res = await upload(csv([HEADER]), 'kosong.csv');
    expect(res.statusCode).toBe(400);
  });

  it('returns 413 for a 50 MB upload', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x61);
    const res = await upload(big, 'besar.csv');
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('returns 415 for a file that is neither .csv nor .xlsx', async () => {
    const res = await upload(csv([HEADER, row()]), 'pegawai.pdf');
    expect(res.statusCode).toBe(415);
  });

  it('returns 400 for an old .xls workbook, detected by its content', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    const res = await upload(ole, 'lama.csv');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('.xls');
  });

  it('returns 400 for a .xlsx name whose content is not a workbook', async () => {
    const res = await upload(csv([HEADER, row()]), 'palsu.xlsx');
    expect(res.statusCode).toBe(400);
  });

  it('returns 400 naming mode for an unknown mode and naming file when no file is sent', async () => {
    const bad = await upload(csv([HEADER, row()]), 'a.csv', 'sebagian');
    expect(bad.json().error.details[0].path).toBe('mode');
    const body = multipart({ mode: 'valid_rows' });
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/v1/employees/import',
      headers: { ...body.headers, cookie: admin },
      payload: body.payload,
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.details[0].path).toBe('file');
  });

  it('returns 415 when the upload is not multipart', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/employees/import',
      headers: { cookie: admin },
      payload: { file: 'x' },
    });
    expect(res.statusCode).toBe(415);
  });

  it('reports XLSX formula cells per row without evaluating them, and reads typed values', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Pegawai');
    ws.addRow(HEADER);
    const ok = row();
    ws.addRow(ok);
    const withFormula = row();
    ws.addRow(withFormula);
    ws.getCell(3, 2).value = { formula: 'UPPER("budi")', result: 'BUDI' };
    const typed = row();
    ws.addRow(typed);
    ws.getCell(4, 9).value = tree.positions.staf; // a number cell
    ws.getCell(4, 11).value = new Date(Date.UTC(2025, 0, 2)); // a date cell
    ws.addRow(row());
    ws.getCell(5, 1).value = Number('196608011988031001'); // an 18-digit number: Excel has already rounded it
    const res = await upload(Buffer.from(await wb.xlsx.writeBuffer()), 'pegawai.xlsx', 'valid_rows');
    expect(res.statusCode).toBe(202);
    const job = await finished(res.json().id);
    expect(job).toMatchObject({ status: 'done', inserted: 2, total: 4 });
    expect(job.errors).toEqual([
      { row: 3, field: 'nama', message: expect.stringContaining('rumus') },
      { row: 5, field: 'nip', message: expect.stringContaining('Teks') },
    ]);
    expect(await countByNip([ok[0]!, typed[0]!, withFormula[0]!])).toBe(2);
  });

  it('imports a filled-in XLSX template', async () => {
    const template = await t.app.inject({
      method: 'GET',
      url: '/api/v1/employees/import/template.xlsx',
      headers: { cookie: admin },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Pegawai')!;
    const a = row();
    const byKey = Object.fromEntries(HEADER.map((h, i) => [h, a[i]]));
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    sheet.addRow(header.map((h) => byKey[h] ?? ''));
    const res = await upload(Buffer.from(await wb.xlsx.writeBuffer()), 'templat.xlsx', 'all_or_nothing');
    expect(await finished(res.json().id)).toMatchObject({ status: 'done', inserted: 1 });
  });

  it('imports 10,000 generated rows', async () => {
    const start = Date.UTC(1970, 0, 1);
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const birth = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
      return row({
        nip: makeNip({ birthDate: birth, tmt: '2019-01', gender: i % 2 ? 'P' : 'L', serial: (i % 999) + 1 }),
        nama: `Pegawai Massal ${i}`,
      });
    });
    const res = await upload(csv([HEADER, ...rows]), 'massal.csv', 'all_or_nothing');
    expect(res.statusCode).toBe(202);
    const job = await finished(res.json().id);
    expect(job).toMatchObject({
      status: 'done',
      total: 10_000,
      processed: 10_000,
      inserted: 10_000,
      errors: [],
    });
    const count = await t.db
      .selectFrom('employees')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('name', 'like', 'Pegawai Massal %')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(10_000);
  }, 120_000);
});

describe('GET /api/v1/employees/import/:jobId', () => {
  it('returns 403 to a pegawai and 404 for an unknown job', async () => {
    const res = await upload(csv([HEADER, row()]), 'a.csv');
    await waitForImportJobs();
    const asPegawai = await t.app.inject({
      method: 'GET',
      url: `/api/v1/employees/import/${res.json().id}`,
      headers: { cookie: pegawai },
    });
    expect(asPegawai.statusCode).toBe(403);
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/v1/employees/import/00000000-0000-4000-8000-000000000000',
      headers: { cookie: admin },
    });
    expect(unknown.statusCode).toBe(404);
    const malformed = await t.app.inject({
      method: 'GET',
      url: '/api/v1/employees/import/bukan-id',
      headers: { cookie: admin },
    });
    expect(malformed.statusCode).toBe(400);
  });

  it('reports a job abandoned by a stopped server as failed', async () => {
    const adminUser = await t.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'admin-impor')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('import_jobs')
      .values({
        id: '11111111-1111-4111-8111-111111111111',
        kind: 'employees',
        status: 'running',
        mode: 'valid_rows',
        file_name: 'lama.csv',
        created_by: adminUser.id,
        errors: JSON.stringify([]),
        updated_at: new Date(NOW.getTime() - 60 * 60_000),
      })
      .execute();
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/employees/import/11111111-1111-4111-8111-111111111111',
      headers: { cookie: admin },
    });
    expect(res.json()).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('server berhenti'),
    });
  });
});

describe('importEmployeesFile (CLI)', () => {
  it('runs the import to the end and returns the final job', async () => {
    const a = row();
    const job = await importEmployeesFile(t.app.ctx, systemContext('cli'), {
      buffer: Buffer.from(csv([HEADER, a, row({ jenis: 'Honorer' })])),
      fileName: 'cli.csv',
      mode: 'valid_rows',
    });
    expect(job).toMatchObject({ status: 'done', inserted: 1, total: 2 });
    expect(job.errors).toEqual([{ row: 3, field: 'jenis', message: expect.any(String) }]);
    expect(await countByNip([a[0]!])).toBe(1);
  });
});
