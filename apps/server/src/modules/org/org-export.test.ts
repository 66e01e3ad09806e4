import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEmployee, seedOrgTree, seedUser } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
let tree: Awaited<ReturnType<typeof seedOrgTree>>;
const cookies = {} as Record<'admin' | 'pimpinan' | 'pegawai', string>;
let inKelurahan: { id: number; nip: string };
let tricky: { id: number; nip: string };

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-15T03:00:00Z') });
  tree = await seedOrgTree(t.db);
  await seedEmployee(t.db, { name: 'Budi Camat', positionId: tree.positions.camat });
  inKelurahan = await seedEmployee(t.db, {
    name: 'Sari Kelurahan',
    positionId: tree.positions.stafKel,
    gender: 'P',
  });
  tricky = await seedEmployee(t.db, { name: '=1+1 <script>x</script>', positionId: tree.positions.staf });
  const p = await seedEmployee(t.db, { positionId: tree.positions.staf, login: true });
  await seedUser(t.db, { username: 'admin-ekspor', roles: ['ADMIN_KEPEGAWAIAN'] });
  await seedUser(t.db, { username: 'pimpinan-ekspor', roles: ['PIMPINAN'] });
  cookies.admin = await t.login('admin-ekspor');
  cookies.pimpinan = await t.login('pimpinan-ekspor');
  cookies.pegawai = await t.login(p.username!);
});
afterAll(() => t.close());

const exportXlsx = (query: string, cookie?: string) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/employees/export.xlsx${query}`,
    headers: cookie ? { cookie } : {},
  });

async function readSheet(payload: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('Pegawai')!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const rows: Record<string, ExcelJS.CellValue>[] = [];
  sheet.eachRow((r, n) => {
    if (n === 1) return;
    rows.push(Object.fromEntries(header.map((h, i) => [String(h), r.getCell(i + 1).value])));
  });
  return rows;
}

describe('GET /api/v1/employees/export.xlsx', () => {
  it('returns a valid XLSX with every employee, NIPs as text', async () => {
    const res = await exportXlsx('', cookies.admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe('attachment; filename="pegawai-2026-06-15.xlsx"');
    const rows = await readSheet(res.rawPayload);
    expect(rows).toHaveLength(4);
    const sari = rows.find((r) => r['NIP'] === inKelurahan.nip);
    expect(sari).toMatchObject({
      'Nama Lengkap': 'Sari Kelurahan',
      'L/P': 'P',
      Jabatan: 'Staf Kelurahan Uji',
      'Unit Kerja': 'Kelurahan Uji',
      Status: 'Aktif',
    });
    expect(typeof sari!['NIP']).toBe('string');
  });

  it('writes a name that looks like a formula as plain text', async () => {
    const rows = await readSheet((await exportXlsx('', cookies.admin)).rawPayload);
    expect(rows.find((r) => r['NIP'] === tricky.nip)!['Nama']).toBe('=1+1 <script>x</script>');
  });

  it('applies the list filters', async () => {
    const res = await exportXlsx(`?unitId=${tree.units.kelurahan}`, cookies.admin);
    const rows = await readSheet(res.rawPayload);
    expect(rows.map((r) => r['NIP'])).toEqual([inKelurahan.nip]);
  });

  it('lets the Pimpinan export', async () => {
    expect((await exportXlsx('', cookies.pimpinan)).statusCode).toBe(200);
  });

  it('returns 403 to a pegawai', async () => {
    expect((await exportXlsx('', cookies.pegawai)).statusCode).toBe(403);
  });

  it('returns 401 to anonymous callers', async () => {
    expect((await exportXlsx('')).statusCode).toBe(401);
  });
});

describe('GET /api/openapi.json', () => {
  it('documents the organisation and employee routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/org/units',
        '/api/v1/org/positions/{id}',
        '/api/v1/employees',
        '/api/v1/employees/{id}/transfer',
        '/api/v1/employees/{id}/superior',
        '/api/v1/employees/import',
        '/api/v1/employees/export.xlsx',
      ]),
    );
  });
});
