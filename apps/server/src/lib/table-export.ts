import { formatTanggal, toWibIsoDate } from '@sim/domain';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { invalid } from './errors';
import { contentDisposition } from './http';
import { renderPdf, type PdfContent } from './pdf';

// One way to turn a titled table into a downloadable file (issue 14 §5: every dashboard table as XLSX and PDF, with
// the filters it was made with). A report keeps its own query and authorisation; this file only writes what it is
// given, the same way everywhere: title, filter line and generation time on top, a bold frozen header row, plain
// values (never formulas, so a cell from user text cannot run anything), Indonesian number and date formats.

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_CONTENT_TYPE = 'application/pdf';

export const TABLE_EXPORT_FORMATS = ['xlsx', 'pdf'] as const;
export type TableExportFormat = (typeof TABLE_EXPORT_FORMATS)[number];

/**
 * How a column's values are written. `percent` is a number on the 0–100 scale as the API answers it (87.5 → "87,5%");
 * `date` is a calendar date `YYYY-MM-DD`; `datetime` an instant (ISO string or Date), shown in WIB.
 */
export type TableColumnKind = 'text' | 'number' | 'percent' | 'date' | 'datetime';

export type TableCell = string | number | Date | null | undefined;

export type TableColumn = {
  /** The header label (Bahasa Indonesia). */
  header: string;
  /** The row property this column reads. */
  key: string;
  kind: TableColumnKind;
  /** Width in characters in the XLSX (a default per kind otherwise). */
  width?: number;
};

export type ExportTable = {
  /** The table's title, first line of both files and the PDF's document title. */
  title: string;
  /** What the rows were chosen by, e.g. "Periode: 2026 · Unit: Kecamatan Kertapati · Diminta oleh: Siti Aminah". */
  filterLine: string;
  generatedAt: Date;
  columns: TableColumn[];
  rows: Record<string, TableCell>[];
  /** The file name without extension; made safe for the header by `contentDisposition`. */
  fileBaseName: string;
  /** The worksheet name (max 31 characters in Excel); the title's start otherwise. */
  sheetName?: string;
};

export type ExportFile = { body: Buffer; fileName: string; contentType: string };

const DEFAULT_WIDTH: Record<TableColumnKind, number> = {
  text: 30,
  number: 12,
  percent: 12,
  date: 14,
  datetime: 20,
};

// Excel shows numbers with the reader's own separators; the formats only fix the decimals. Dates use the Indonesian
// day/month/year order.
const XLSX_NUM_FMT: Record<Exclude<TableColumnKind, 'text'>, string> = {
  number: '#,##0.##',
  percent: '0.0"%"',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm" WIB"',
};

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

function toInstant(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "5 Desember 2026 09.04 WIB": the Indonesian date and the 24-hour time with a dot, in WIB. */
export function formatWaktuWib(instant: Date): string {
  const wib = new Date(instant.getTime() + WIB_OFFSET_MS);
  const hh = String(wib.getUTCHours()).padStart(2, '0');
  const mm = String(wib.getUTCMinutes()).padStart(2, '0');
  return `${formatTanggal(toWibIsoDate(instant))} ${hh}.${mm} WIB`;
}

const numberId = (n: number, digits: number) => n.toLocaleString('id-ID', { maximumFractionDigits: digits });

/** A cell as text the way an Indonesian reader writes it (the PDF, and text cells of the XLSX); empty as "—". */
export function formatCellId(value: TableCell, kind: TableColumnKind): string {
  if (value === null || value === undefined || value === '') return '—';
  switch (kind) {
    case 'number':
      return typeof value === 'number' ? numberId(value, 2) : String(value);
    case 'percent':
      return typeof value === 'number' ? `${numberId(value, 1)}%` : String(value);
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? formatTanggal(value)
        : String(value);
    case 'datetime': {
      const instant = typeof value === 'number' ? null : toInstant(value);
      return instant ? formatWaktuWib(instant) : String(value);
    }
    default:
      return value instanceof Date ? formatWaktuWib(value) : String(value);
  }
}

/** The cell value stored in the XLSX: numbers as numbers, dates as Excel dates (WIB wall time), the rest as text. */
function xlsxValue(value: TableCell, kind: TableColumnKind): string | number | Date | null {
  if (value === null || value === undefined || value === '') return null;
  if ((kind === 'number' || kind === 'percent') && typeof value === 'number') return value;
  if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new Date(`${value}T00:00:00Z`);
  }
  if (kind === 'datetime' && typeof value !== 'number') {
    // Excel has no time zones: write the WIB wall-clock time, which is what the reader expects to see.
    const instant = toInstant(value);
    if (instant) return new Date(instant.getTime() + WIB_OFFSET_MS);
  }
  return value instanceof Date ? formatWaktuWib(value) : String(value);
}

const sheetNameOf = (table: ExportTable) =>
  (table.sheetName ?? table.title).replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Data';

/**
 * The table as an XLSX workbook of one sheet: title (bold), filter line, "Dibuat: …" in WIB, an empty row, then the
 * header row (bold, frozen, auto-filter) and the rows.
 */
export async function tableToXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SIM Kinerja';
  workbook.created = table.generatedAt;
  workbook.title = table.title;
  const headerRowNumber = 5;
  const sheet = workbook.addWorksheet(sheetNameOf(table), {
    views: [{ state: 'frozen', ySplit: headerRowNumber }],
  });
  sheet.addRow([table.title]).font = { bold: true, size: 13 };
  sheet.addRow([table.filterLine]);
  sheet.addRow([`Dibuat: ${formatWaktuWib(table.generatedAt)}`]);
  sheet.addRow([]);
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
  table.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width ?? DEFAULT_WIDTH[c.kind];
  });
  for (const row of table.rows) {
    const added = sheet.addRow(table.columns.map((c) => xlsxValue(row[c.key], c.kind)));
    table.columns.forEach((c, i) => {
      const cell = added.getCell(i + 1);
      // Text stays text (a NIP keeps its 18 digits); the other kinds get their number format.
      cell.numFmt = c.kind === 'text' ? '@' : XLSX_NUM_FMT[c.kind];
    });
  }
  if (table.columns.length > 0) {
    sheet.autoFilter = {
      from: { row: headerRowNumber, column: 1 },
      to: { row: headerRowNumber, column: table.columns.length },
    };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** More than this many columns do not fit an A4 portrait page readably: the PDF turns to landscape. */
const PORTRAIT_MAX_COLUMNS = 6;

/**
 * The table as a PDF: A4 (landscape when wide), title, filter line and generation time, the table with a repeated
 * header row, numbers right-aligned in Indonesian format, and "Halaman x dari y" in the footer.
 */
export async function tableToPdf(table: ExportTable): Promise<Buffer> {
  const isWide = table.columns.length > PORTRAIT_MAX_COLUMNS;
  const alignOf = (kind: TableColumnKind) =>
    kind === 'number' || kind === 'percent' ? ('right' as const) : ('left' as const);
  const body: PdfContent[][] = [
    table.columns.map((c) => ({ text: c.header, bold: true, fillColor: '#e7eef7' })),
    ...table.rows.map((row) =>
      table.columns.map((c) => ({ text: formatCellId(row[c.key], c.kind), alignment: alignOf(c.kind) })),
    ),
  ];
  const content: PdfContent[] = [
    { text: table.title, style: 'title' },
    { text: table.filterLine, fontSize: 9, margin: [0, 4, 0, 0] },
    {
      text: `Dibuat: ${formatWaktuWib(table.generatedAt)}`,
      fontSize: 9,
      color: '#555555',
      margin: [0, 2, 0, 10],
    },
    table.rows.length === 0
      ? { text: 'Tidak ada data untuk filter ini.', italics: true }
      : {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: table.columns.map((c) => (c.kind === 'text' ? '*' : 'auto')),
            body,
          },
          layout: 'lightHorizontalLines',
        },
  ];
  return renderPdf({
    info: { title: table.title, author: 'SIM Kinerja' },
    pageOrientation: isWide ? 'landscape' : 'portrait',
    pageMargins: [36, 36, 36, 40],
    content,
    styles: { title: { fontSize: 14, bold: true } },
    defaultStyle: { fontSize: isWide ? 8 : 9 },
    footer: (page, pages) => ({
      columns: [
        { text: table.title, fontSize: 8, color: '#555555' },
        { text: `Halaman ${page} dari ${pages}`, fontSize: 8, color: '#555555', alignment: 'right' },
      ],
      margin: [36, 12, 36, 0],
    }),
  });
}

/** The table as the file asked for, with its name and media type. */
export async function renderTableFile(table: ExportTable, format: TableExportFormat): Promise<ExportFile> {
  const fileName = `${table.fileBaseName}.${format}`;
  return format === 'xlsx'
    ? { body: await tableToXlsx(table), fileName, contentType: XLSX_CONTENT_TYPE }
    : { body: await tableToPdf(table), fileName, contentType: PDF_CONTENT_TYPE };
}

/** Sends a generated file as a download: its media type, a safe file name, never cached (it holds personal figures). */
export function sendExportFile(reply: FastifyReply, file: ExportFile): FastifyReply {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition('attachment', file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(file.body);
}

/**
 * The `:file` path parameter of an export route, `<table>.<xlsx|pdf>`, for a closed list of table names. Anything
 * else is a 400 that names the field `table` (or `format`) and lists what is allowed.
 */
export function exportFileParam<const T extends readonly [string, ...string[]]>(tables: T) {
  return z.string().transform((file, ctx) => {
    const dot = file.lastIndexOf('.');
    const table = dot < 0 ? file : file.slice(0, dot);
    const format = dot < 0 ? '' : file.slice(dot + 1);
    if (!(tables as readonly string[]).includes(table)) {
      ctx.addIssue({
        code: 'custom',
        path: ['table'],
        message: `Tabel "${table}" tidak dikenal; pilih salah satu: ${tables.join(', ')}`,
      });
      return z.NEVER;
    }
    if (!(TABLE_EXPORT_FORMATS as readonly string[]).includes(format)) {
      ctx.addIssue({
        code: 'custom',
        path: ['format'],
        message: `Format "${format}" tidak dikenal; pilih xlsx atau pdf`,
      });
      return z.NEVER;
    }
    return { table: table as T[number], format: format as TableExportFormat };
  });
}

/** A 400 naming the table, for a service that checks a table name itself. */
export const unknownTable = (table: string) => invalid('table', `Tabel "${table}" tidak dikenal`);
