import ExcelJS from 'exceljs';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  exportFileParam,
  formatCellId,
  renderTableFile,
  sendExportFile,
  tableToPdf,
  tableToXlsx,
  type ExportTable,
} from './table-export';

// The shared export writer (issue 14 §5): what goes in is what comes out, in Indonesian formats, in both files.

const table = (rows: number, columns = 4): ExportTable => ({
  title: 'Capaian SKP 2026',
  filterLine: 'Periode: 2026 · Diminta oleh: Siti Aminah',
  generatedAt: new Date('2026-12-05T02:04:00Z'),
  fileBaseName: 'capaian-skp-2026',
  columns: [
    { header: 'Nama', key: 'name', kind: 'text' as const },
    { header: 'JP', key: 'jp', kind: 'number' as const },
    { header: 'Tepat waktu', key: 'rate', kind: 'percent' as const },
    { header: 'Batas', key: 'due', kind: 'date' as const },
    { header: 'Diterima', key: 'at', kind: 'datetime' as const },
    { header: 'NIP', key: 'nip', kind: 'text' as const },
    { header: 'Unit', key: 'unit', kind: 'text' as const },
  ].slice(0, columns),
  rows: Array.from({ length: rows }, (_, i) => ({
    name: `Pegawai ${i + 1}`,
    jp: 12.5 + i,
    rate: 87.5,
    due: '2026-12-31',
    at: '2026-12-01T17:30:00Z',
    nip: '198503142010012003',
    unit: 'Seksi Pelayanan',
  })),
});

async function readXlsx(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe('tableToXlsx', () => {
  it('writes title, filter line and WIB generation time above a bold header row and the rows as typed values', async () => {
    const sheet = await readXlsx(await tableToXlsx(table(2, 6)));
    expect(sheet.getCell('A1').value).toBe('Capaian SKP 2026');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').value).toBe('Periode: 2026 · Diminta oleh: Siti Aminah');
    expect(sheet.getCell('A3').value).toBe('Dibuat: 5 Desember 2026 09.04 WIB');
    expect(sheet.getRow(5).values).toEqual([
      undefined,
      'Nama',
      'JP',
      'Tepat waktu',
      'Batas',
      'Diterima',
      'NIP',
    ]);
    expect(sheet.getRow(5).font?.bold).toBe(true);
    expect(sheet.getCell('A6').value).toBe('Pegawai 1');
    expect(sheet.getCell('B7').value).toBe(13.5);
    expect(sheet.getCell('C6').value).toBe(87.5);
    expect(sheet.getCell('C6').numFmt).toBe('0.0"%"');
    expect(sheet.getCell('D6').value).toEqual(new Date('2026-12-31T00:00:00Z'));
    expect(sheet.getCell('D6').numFmt).toBe('dd/mm/yyyy');
    // 17.30 UTC is 00.30 WIB the next day: the sheet shows the WIB wall time.
    expect(sheet.getCell('E6').value).toEqual(new Date('2026-12-02T00:30:00Z'));
    expect(sheet.getCell('F6').value).toBe('198503142010012003');
    expect(sheet.getCell('F6').numFmt).toBe('@');
  });

  it('writes an empty cell for a missing value', async () => {
    const t = table(1);
    t.rows[0]!.rate = null;
    const sheet = await readXlsx(await tableToXlsx(t));
    expect(sheet.getCell('C6').value).toBeNull();
  });
});

describe('tableToPdf', () => {
  it('is a PDF that holds the title, portrait for a narrow table and landscape for a wide one', async () => {
    const narrow = await tableToPdf(table(3, 4));
    expect(narrow.subarray(0, 4).toString()).toBe('%PDF');
    expect(narrow.toString('latin1')).toContain('Capaian SKP 2026');
    expect(narrow.toString('latin1')).toMatch(/MediaBox \[0 0 595\.\d+ 841\.\d+\]/);
    const wide = await tableToPdf(table(3, 7));
    expect(wide.toString('latin1')).toMatch(/MediaBox \[0 0 841\.\d+ 595\.\d+\]/);
  });

  it('renders a table without rows with a line that says so', async () => {
    const pdf = await tableToPdf(table(0));
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  });
});

describe('formatCellId', () => {
  it('writes numbers, percentages, dates and instants the Indonesian way', () => {
    expect(formatCellId(1234.5, 'number')).toBe('1.234,5');
    expect(formatCellId(87.5, 'percent')).toBe('87,5%');
    expect(formatCellId('2026-12-31', 'date')).toBe('31 Desember 2026');
    expect(formatCellId('2026-12-01T17:30:00Z', 'datetime')).toBe('2 Desember 2026 00.30 WIB');
    expect(formatCellId(null, 'number')).toBe('—');
  });
});

describe('exportFileParam and sendExportFile', () => {
  async function app() {
    const f = Fastify();
    f.setValidatorCompiler(validatorCompiler);
    f.setSerializerCompiler(serializerCompiler);
    f.get(
      '/x/:file',
      { schema: { params: z.object({ file: exportFileParam(['ringkasan', 'skp'] as const) }) } },
      async (req, reply) => {
        const { file } = req.params as { file: { table: string; format: 'xlsx' | 'pdf' } };
        return sendExportFile(
          reply,
          await renderTableFile({ ...table(1), fileBaseName: `${file.table} 2026` }, file.format),
        );
      },
    );
    return f;
  }

  it('sends an XLSX with its media type and a safe attachment file name', async () => {
    const res = await (await app()).inject({ url: '/x/skp.xlsx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe('attachment; filename="skp 2026.xlsx"');
    expect(res.headers['cache-control']).toBe('private, no-store');
    const sheet = await readXlsx(res.rawPayload);
    expect(sheet.getCell('A6').value).toBe('Pegawai 1');
  });

  it('sends a PDF as application/pdf', async () => {
    const res = await (await app()).inject({ url: '/x/ringkasan.pdf' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('refuses a table outside the closed list and an unknown format', async () => {
    const f = await app();
    expect((await f.inject({ url: '/x/rahasia.xlsx' })).statusCode).toBe(400);
    expect((await f.inject({ url: '/x/rahasia.xlsx' })).body).toContain('rahasia');
    expect((await f.inject({ url: '/x/skp.csv' })).statusCode).toBe(400);
  });
});
