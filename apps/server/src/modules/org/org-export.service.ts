import { employeeExportQuery } from '@sim/contracts';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { todayOf } from '@sim/domain';
import type { Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden } from '../../lib/errors';
import { XLSX_CONTENT_TYPE } from '../../lib/table-export';
import * as employees from './employee.repository';
import { toEmployee } from './employee.service';
import { canExportEmployees } from './org.policy';

const COLUMNS = [
  { header: 'No', key: 'no', width: 6 },
  { header: 'NIP', key: 'nip', width: 22, text: true },
  { header: 'Nama Lengkap', key: 'fullName', width: 40 },
  { header: 'Gelar Depan', key: 'frontTitle', width: 12 },
  { header: 'Nama', key: 'name', width: 30 },
  { header: 'Gelar Belakang', key: 'backTitle', width: 18 },
  { header: 'Jenis', key: 'kind', width: 8 },
  { header: 'Golongan', key: 'golongan', width: 10, text: true },
  { header: 'Pangkat', key: 'pangkat', width: 22 },
  { header: 'L/P', key: 'gender', width: 5 },
  { header: 'Tanggal Lahir', key: 'birthDate', width: 14, text: true },
  { header: 'TMT', key: 'tmt', width: 10, text: true },
  { header: 'ID Jabatan', key: 'positionId', width: 11 },
  { header: 'Jabatan', key: 'positionName', width: 40 },
  { header: 'Kategori Jabatan', key: 'positionCategory', width: 16 },
  { header: 'Unit Kerja', key: 'unitName', width: 40 },
  { header: 'Mulai Jabatan', key: 'positionStart', width: 14, text: true },
  { header: 'Email', key: 'email', width: 28 },
  { header: 'Telepon', key: 'phone', width: 18, text: true },
  { header: 'Status', key: 'status', width: 10 },
] as const;

/**
 * The employee list as an XLSX file, with the same filters as the screen (no paging). HR and the Pimpinan only.
 * Every value is written as a plain value (never a formula), and NIPs as text so Excel keeps all 18 digits.
 */
export async function exportEmployeesXlsx(
  ctx: ServiceContext,
  actor: Actor,
  q: z.infer<typeof employeeExportQuery>,
): Promise<{ body: Buffer; fileName: string; contentType: string }> {
  if (!canExportEmployees(actor))
    throw forbidden('Hanya Admin Kepegawaian dan Pimpinan yang dapat mengekspor data pegawai');
  const today = todayOf(ctx.now());
  const rows = await employees.findEmployeesAll(
    ctx.db,
    { q: q.q, unitId: q.unitId, kind: q.kind, status: q.status, date: today },
    q.sort,
  );
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SIM Kinerja';
  workbook.created = ctx.now();
  const sheet = workbook.addWorksheet('Pegawai', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: 'text' in c ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  rows.forEach((row, i) => {
    const e = toEmployee(row);
    sheet.addRow({
      no: i + 1,
      nip: e.nip,
      fullName: e.fullName,
      frontTitle: e.frontTitle ?? '',
      name: e.name,
      backTitle: e.backTitle ?? '',
      kind: e.kind,
      golongan: e.golongan ?? '',
      pangkat: e.pangkat ?? '',
      gender: e.gender,
      birthDate: e.birthDate,
      tmt: row.tmt,
      positionId: e.position?.id ?? '',
      positionName: e.position?.name ?? '',
      positionCategory: e.position?.category ?? '',
      unitName: e.position?.unitName ?? '',
      positionStart: row.position_start ?? '',
      email: e.email ?? '',
      phone: e.phone ?? '',
      status: e.isActive ? 'Aktif' : 'Nonaktif',
    });
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { body, fileName: `pegawai-${today}.xlsx`, contentType: XLSX_CONTENT_TYPE };
}
