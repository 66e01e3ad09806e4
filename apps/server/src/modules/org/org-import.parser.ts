import { EMPLOYEE_IMPORT_COLUMNS } from '@sim/contracts';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../lib/errors';
import { checkZipArchive } from '../../lib/zip-guard';

// Turns an uploaded employee file into rows of text cells. The file type is decided by its content (an XLSX is a
// ZIP archive; anything else must be UTF-8 text), not by its name alone. Problems with the file as a whole are
// thrown as 400s; problems with single cells (a formula, an Excel error, a number Excel has rounded) are returned
// with the cell so the row validator can report them per row. Nothing in a cell is ever evaluated.

/** Above this many data rows the file is refused before any work starts. */
export const MAX_IMPORT_ROWS = 50_000;

export type ImportCell = { value: string; problem?: string };
export type ImportRow = { row: number; cells: Partial<Record<string, ImportCell>> };
export type ParsedImportFile = { format: 'csv' | 'xlsx'; rows: ImportRow[] };

const REQUIRED = EMPLOYEE_IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.key);

const fileError = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError('VALIDATION', message, [{ path: 'file', message, ...extra }]);

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

/** `Nama Jabatan` → `nama_jabatan`: header cells are matched case- and spacing-insensitively. */
export const normalizeHeader = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/**
 * Reads a .csv (UTF-8, comma, semicolon or tab separated — Indonesian Excel saves with semicolons) or .xlsx file.
 * Row numbers are those a spreadsheet shows: the header is row 1; empty rows are skipped but keep their number.
 */
export async function parseImportFile(buffer: Buffer, fileName: string): Promise<ParsedImportFile> {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext !== 'csv' && ext !== 'xlsx') {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Berkas harus berformat .csv atau .xlsx', [
      { path: 'file', message: 'Berkas harus berformat .csv atau .xlsx' },
    ]);
  }
  if (buffer.length === 0) throw fileError('Berkas kosong');
  if (startsWith(buffer, [0x50, 0x4b, 0x03, 0x04])) return { format: 'xlsx', rows: await readXlsx(buffer) };
  if (startsWith(buffer, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw fileError('Format Excel lama (.xls) tidak didukung; simpan sebagai .xlsx atau CSV UTF-8');
  }
  if (ext === 'xlsx') throw fileError('Berkas .xlsx tidak valid (isinya bukan lembar kerja Excel)');
  return { format: 'csv', rows: readCsv(decodeUtf8(buffer)) };
}

/** UTF-8 text without its BOM; UTF-16/32 and legacy 8-bit encodings (Windows-1252 "ANSI") are refused. */
function decodeUtf8(buffer: Buffer): string {
  const resave = 'Simpan ulang berkas sebagai "CSV UTF-8 (Comma delimited)"';
  if (startsWith(buffer, [0xff, 0xfe, 0x00, 0x00]) || startsWith(buffer, [0x00, 0x00, 0xfe, 0xff])) {
    throw fileError(`Berkas CSV berenkode UTF-32, bukan UTF-8. ${resave}`, { encoding: 'UTF-32' });
  }
  if (startsWith(buffer, [0xff, 0xfe]) || startsWith(buffer, [0xfe, 0xff])) {
    throw fileError(`Berkas CSV berenkode UTF-16 (Unicode), bukan UTF-8. ${resave}`, { encoding: 'UTF-16' });
  }
  if (buffer.subarray(0, 4096).includes(0)) {
    throw fileError(
      `Berkas CSV berisi byte NUL (UTF-16 tanpa BOM atau berkas biner), bukan teks UTF-8. ${resave}`,
      {
        encoding: 'unknown',
      },
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw fileError(
      `Berkas CSV bukan UTF-8 yang sah (kemungkinan Windows-1252/ANSI; huruf seperti é atau ’ akan rusak). ${resave}`,
      { encoding: 'not-utf-8' },
    );
  }
  return text.replace(/^\uFEFF/, '');
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, Math.max(0, text.search(/\r?\n/)) || text.length);
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0]!.n > 0 ? counts[0]!.d : ',';
}

function readCsv(text: string): ImportRow[] {
  let records: string[][];
  try {
    records = parseCsv(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
    }) as string[][];
  } catch (err) {
    const where = (err as { lines?: number }).lines;
    throw fileError(
      `Berkas CSV tidak dapat dibaca${where ? ` (sekitar baris ${where})` : ''}: periksa tanda kutip`,
    );
  }
  const [header, ...data] = records;
  if (!header || header.every((h) => h.trim() === '')) throw fileError('Baris pertama (judul kolom) kosong');
  const columns = headerColumns(header);
  const rows: ImportRow[] = [];
  data.forEach((record, i) => {
    if (record.every((v) => v.trim() === '')) return;
    const cells: ImportRow['cells'] = {};
    columns.forEach((key, col) => {
      if (key) cells[key] = { value: record[col] ?? '' };
    });
    rows.push({ row: i + 2, cells });
  });
  return finish(rows);
}

/** Column index → normalized key (null for an empty header cell); refuses duplicates and missing columns. */
function headerColumns(header: string[]): (string | null)[] {
  const keys = header.map((h) => (h.trim() === '' ? null : normalizeHeader(h)));
  const seen = new Set<string>();
  for (const key of keys) {
    if (!key) continue;
    if (seen.has(key)) throw fileError(`Kolom "${key}" muncul lebih dari sekali pada baris judul`);
    seen.add(key);
  }
  const missing = REQUIRED.filter((k) => !seen.has(k));
  if (missing.length) {
    throw fileError(`Kolom wajib tidak ada pada baris judul: ${missing.join(', ')}`, { columns: missing });
  }
  return keys;
}

function finish(rows: ImportRow[]): ImportRow[] {
  if (rows.length === 0) throw fileError('Berkas tidak berisi baris data (hanya judul kolom)');
  if (rows.length > MAX_IMPORT_ROWS) {
    throw fileError(`Berkas berisi ${rows.length} baris data; maksimal ${MAX_IMPORT_ROWS} baris per impor`);
  }
  return rows;
}

// ---------------------------------------------------------------- XLSX

const FORMULA_PROBLEM = 'Sel berisi rumus (formula); rumus tidak dijalankan — ketik nilainya langsung';

/** The text of a cell as typed. Formulas and Excel errors are reported, never evaluated or taken from the cache. */
function cellOf(value: ExcelJS.CellValue): ImportCell {
  if (value === null || value === undefined) return { value: '' };
  if (typeof value === 'string') return { value };
  if (typeof value === 'number') {
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      return {
        value: String(value),
        problem:
          'Angka terlalu panjang sehingga digit terakhirnya dibulatkan Excel; format kolom ini sebagai Teks',
      };
    }
    return { value: String(value) };
  }
  if (typeof value === 'boolean') return { value: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) {
    // Excel dates carry no time zone; exceljs returns them at UTC midnight.
    return Number.isNaN(value.getTime())
      ? { value: '', problem: 'Tanggal tidak valid' }
      : { value: value.toISOString().slice(0, 10) };
  }
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return { value: '', problem: FORMULA_PROBLEM };
    if ('error' in value) return { value: '', problem: `Sel berisi galat Excel (${String(value.error)})` };
    if ('richText' in value) return { value: value.richText.map((r) => r.text).join('') };
    if ('text' in value) {
      const text = value.text as unknown;
      if (typeof text === 'string') return { value: text };
      if (text && typeof text === 'object' && 'richText' in text) {
        return { value: (text as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('') };
      }
    }
  }
  return { value: '', problem: 'Isi sel tidak dikenali' };
}

async function readXlsx(buffer: Buffer): Promise<ImportRow[]> {
  // ExcelJS inflates the whole archive in memory: a zip bomb is refused before it sees the file.
  const unsafe = checkZipArchive(buffer);
  if (unsafe) throw fileError(`Berkas XLSX ditolak: ${unsafe}`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw fileError('Berkas XLSX tidak dapat dibaca (rusak, terkunci kata sandi, atau bukan XLSX)');
  }
  const sheet =
    workbook.worksheets.find((ws) => ws.name.trim().toLowerCase() === 'pegawai') ?? workbook.worksheets[0];
  if (!sheet) throw fileError('Berkas XLSX tidak berisi lembar kerja');
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1) {
    throw fileError(
      `Berkas berisi lebih dari ${MAX_IMPORT_ROWS} baris data; maksimal ${MAX_IMPORT_ROWS} baris per impor`,
    );
  }
  let columns: (string | null)[] | null = null;
  const rows: ImportRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const width = row.cellCount;
    const cells: ImportCell[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellOf(row.getCell(c).value));
    if (!columns) {
      if (cells.some((c) => c.problem)) throw fileError('Baris judul kolom berisi rumus atau galat');
      columns = headerColumns(cells.map((c) => c.value));
      return;
    }
    if (cells.every((c) => c.value.trim() === '' && !c.problem)) return;
    const byKey: ImportRow['cells'] = {};
    columns.forEach((key, i) => {
      if (key) byKey[key] = cells[i] ?? { value: '' };
    });
    rows.push({ row: rowNumber, cells: byKey });
  });
  if (!columns) throw fileError('Lembar kerja kosong (tidak ada baris judul kolom)');
  return finish(rows);
}
