import { randomUUID } from 'node:crypto';
import { EMPLOYEE_IMPORT_COLUMNS, IMPORT_MODES, type ImportJob, type ImportMode } from '@sim/contracts';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { fullNameOf, todayOf } from '@sim/domain';
import type { Database } from '../../db/database';
import type { ImportRowError } from '../../db/schema';
import { auditContextOf, type Actor, type AuditContext } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { EMPLOYEE_ACCOUNT_ROLES } from '../auth/auth.policy';
import * as accounts from '../auth/auth.service';
import * as employees from './employee.repository';
import { checkIdentity, isBeforeTmt, isRealDate, normalizeGolongan, type Kind } from './employee.rules';
import { parseImportFile, type ImportCell, type ImportRow } from './org-import.parser';
import { canManageOrg, canReadImportJob } from './org.policy';
import * as org from './org.repository';
import { chunks } from '../../db/batches';

// Bulk employee import from CSV/XLSX. The file is read and its header checked while the request waits (a broken
// file is a 400 at once); the rows are then validated and inserted by a job that runs in the server process and
// reports progress in import_jobs. Mode all_or_nothing saves nothing unless every row is valid; valid_rows saves
// the valid ones and lists the rest.

/**
 * The password hash of accounts created by an import: not an argon2 string, so no password ever verifies against
 * it (verifyPassword returns false). HR gives each person a temporary password with a reset. One shared constant
 * instead of an argon2 hash per account keeps a 10,000-row import within seconds.
 */
export const UNUSABLE_PASSWORD_HASH = '!import:no-password-until-reset';

const PROGRESS_EVERY = 200;
const INSERT_BATCH = 500;
const MAX_STORED_ERRORS = 20_000;

type JobRow = NonNullable<Awaited<ReturnType<typeof employees.findImportJob>>>;

const toImportJob = (j: JobRow): ImportJob => ({
  id: j.id,
  status: j.status,
  mode: j.mode,
  fileName: j.file_name,
  total: j.total,
  processed: j.processed,
  inserted: j.inserted,
  errors: j.errors,
  message: j.message,
});

export type ImportFileInput = { buffer: Buffer; fileName: string; mode: ImportMode };

type ValidRow = {
  row: number;
  employee: employees.NewEmployee;
  positionId: number;
  startDate: string;
};

// Jobs running in this process, so a shutdown (or a test) can wait for them.
const running = new Set<Promise<unknown>>();

/** Resolves once every import job started by this process has finished. */
export async function waitForImportJobs(): Promise<void> {
  while (running.size) await Promise.allSettled([...running]);
}

/**
 * Starts an import from the HTTP upload: checks the policy before the upload is read, reads and checks the file
 * (type by content, UTF-8, header), records a queued job and returns it; the rows are processed in the background.
 */
export async function startEmployeeImport(
  ctx: ServiceContext,
  actor: Actor,
  readUpload: () => Promise<{
    fields: Record<string, string>;
    file: { buffer: Buffer; fileName: string } | null;
  }>,
): Promise<ImportJob> {
  if (!canManageOrg(actor)) throw forbidden('Hanya Admin Kepegawaian yang dapat mengimpor data pegawai');
  const upload = await readUpload();
  const mode = z.enum(IMPORT_MODES).safeParse(upload.fields.mode ?? 'all_or_nothing');
  if (!mode.success) throw invalid('mode', 'Mode impor harus all_or_nothing atau valid_rows');
  if (!upload.file) throw invalid('file', 'Berkas wajib diunggah (kolom "file")');
  const parsed = await parseImportFile(upload.file.buffer, upload.file.fileName);
  const audit = auditContextOf(actor);
  const job = await createJob(ctx, audit, upload.file.fileName, mode.data, parsed.rows.length);
  const run = runImport(ctx, audit, job.id, mode.data, parsed.rows).finally(() => running.delete(run));
  running.add(run);
  return toImportJob(job);
}

/**
 * Imports a file start to finish and returns the final job (for the CLI and scripts). Throws the same 400s as the
 * upload for a file that cannot be read.
 */
export async function importEmployeesFile(
  ctx: ServiceContext,
  audit: AuditContext,
  input: ImportFileInput,
): Promise<ImportJob> {
  const parsed = await parseImportFile(input.buffer, input.fileName);
  const job = await createJob(ctx, audit, input.fileName, input.mode, parsed.rows.length);
  await runImport(ctx, audit, job.id, input.mode, parsed.rows);
  return getJob(ctx.db, job.id);
}

/** A running job reports progress at least every few seconds; one silent for this long died with its process. */
const STALE_AFTER_MS = 10 * 60_000;

/**
 * The job's progress and report: its creator and HR only. A job left queued or running by a server that stopped
 * mid-import is reported (and recorded) as failed rather than running forever; its committed batches stay.
 */
export async function getImportJob(ctx: ServiceContext, actor: Actor, id: string): Promise<ImportJob> {
  const job = await employees.findImportJob(ctx.db, id);
  if (!job || !canReadImportJob(actor, job)) {
    if (job) throw forbidden('Anda tidak berwenang melihat impor ini');
    throw notFound('Impor');
  }
  const isStale =
    (job.status === 'queued' || job.status === 'running') &&
    ctx.now().getTime() - job.updated_at.getTime() > STALE_AFTER_MS;
  if (isStale) {
    return toImportJob(
      await employees.updateImportJob(ctx.db, id, {
        status: 'failed',
        message: `Impor terhenti karena server berhenti; ${job.inserted} pegawai sempat tersimpan. Unggah ulang baris yang belum masuk.`,
        updated_at: ctx.now(),
      }),
    );
  }
  return toImportJob(job);
}

async function getJob(db: Database, id: string) {
  const job = await employees.findImportJob(db, id);
  if (!job) throw notFound('Impor');
  return toImportJob(job);
}

async function createJob(
  ctx: ServiceContext,
  audit: AuditContext,
  fileName: string,
  mode: ImportMode,
  total: number,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const job = await employees.insertImportJob(trx, {
      id: randomUUID(),
      kind: 'employees',
      status: 'queued',
      mode,
      file_name: fileName.slice(0, 200),
      created_by: audit.actorId,
      total,
    });
    await recordAudit(trx, audit, {
      action: 'employee_import.started',
      entityType: 'import_job',
      entityId: job.id,
      after: { fileName: job.file_name, mode, total },
    });
    return job;
  });
}

async function runImport(
  ctx: ServiceContext,
  audit: AuditContext,
  jobId: string,
  mode: ImportMode,
  rows: ImportRow[],
) {
  try {
    await employees.updateImportJob(ctx.db, jobId, { status: 'running', updated_at: ctx.now() });
    const { valid, errors } = await validateRows(ctx, jobId, rows);
    let inserted = 0;
    let status: ImportJob['status'] = 'done';
    let message: string;
    if (mode === 'all_or_nothing') {
      if (errors.length) {
        status = 'failed';
        message = `Tidak ada data yang disimpan: ${countRows(errors)} baris bermasalah. Perbaiki baris tersebut lalu unggah ulang.`;
      } else {
        inserted = await insertAllOrNothing(ctx, audit, jobId, valid);
        message = `${inserted} pegawai berhasil diimpor.`;
      }
    } else {
      inserted = await insertValidRows(ctx, audit, jobId, valid, errors);
      message = errors.length
        ? `${inserted} pegawai diimpor; ${countRows(errors)} baris dilewati karena bermasalah.`
        : `${inserted} pegawai berhasil diimpor.`;
    }
    const sortedErrors = [...errors].sort((a, b) => a.row - b.row || a.field.localeCompare(b.field));
    const stored = sortedErrors.slice(0, MAX_STORED_ERRORS);
    if (stored.length < sortedErrors.length) {
      message += ` Hanya ${MAX_STORED_ERRORS} galat pertama yang ditampilkan.`;
    }
    await ctx.db.transaction().execute(async (trx) => {
      await employees.updateImportJob(trx, jobId, {
        status,
        processed: rows.length,
        inserted,
        errors: stored,
        message,
        updated_at: ctx.now(),
      });
      await recordAudit(trx, audit, {
        action: 'employee_import.finished',
        entityType: 'import_job',
        entityId: jobId,
        after: { status, total: rows.length, inserted, rowsWithErrors: countRows(errors) },
      });
    });
  } catch (err) {
    const ref = randomUUID().slice(0, 8);
    console.error(`employee import ${jobId} failed (ref ${ref}):`, err);
    await employees
      .updateImportJob(ctx.db, jobId, {
        status: 'failed',
        message: `Impor gagal karena kesalahan sistem (ref ${ref}); tidak ada data yang disimpan dari batch yang gagal.`,
        updated_at: ctx.now(),
      })
      .catch(() => undefined);
  }
}

const countRows = (errors: ImportRowError[]) => new Set(errors.map((e) => e.row)).size;

// ---------------------------------------------------------------- validation

const emailSchema = z.string().email();
const PHONE = /^\+?[0-9 -]{6,20}$/;
const FORMULA_START = /^[=+\-@\t\r]/;
const LIMITS: Record<string, number> = {
  nama: 200,
  gelar_depan: 50,
  gelar_belakang: 100,
  email: 200,
  telepon: 20,
  jabatan: 200,
  unit: 200,
};

/**
 * Checks every row and returns the insertable ones and one error per bad field (row, column, reason in
 * Indonesian). Looks up the database in three queries for the whole file (positions, NIPs, usernames), and
 * reports progress every ~200 rows.
 */
async function validateRows(ctx: ServiceContext, jobId: string, rows: ImportRow[]) {
  const today = todayOf(ctx.now());
  const errors: ImportRowError[] = [];
  const valid: ValidRow[] = [];

  const positionIds = new Set<number>();
  const nips: string[] = [];
  for (const r of rows) {
    const id = Number(r.cells.jabatan_id?.value.trim());
    if (Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647) positionIds.add(id);
    const nip = r.cells.nip?.value.replace(/[\s.]/g, '');
    if (nip && /^\d{18}$/.test(nip)) nips.push(nip);
  }
  const [positions, existingNips, takenUsernames] = await Promise.all([
    org.findPositionsByIds(ctx.db, [...positionIds]),
    employees.findExistingNips(ctx.db, nips),
    accounts.findTakenUsernames(ctx.db, nips),
  ]);
  const positionById = new Map(positions.map((p) => [p.id, p]));
  const firstRowOfNip = new Map<string, number>();

  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const rowErrors: ImportRowError[] = [];
    const fail = (field: string, message: string) => rowErrors.push({ row: r.row, field, message });
    // "Required" is reported only when the cell has no other problem already (a formula, a rejected value).
    const failIfFree = (field: string, message: string) => {
      if (!rowErrors.some((e) => e.field === field)) fail(field, message);
    };
    const text = (key: string): string | null => {
      const cell: ImportCell | undefined = r.cells[key];
      if (!cell) return null;
      if (cell.problem) {
        fail(key, cell.problem);
        return null;
      }
      const v = cell.value.trim();
      if (v === '' || v === '-') return null;
      if (FORMULA_START.test(cell.value) && !(key === 'telepon' && PHONE.test(v))) {
        fail(
          key,
          'Nilai diawali =, +, - atau @ dan ditolak karena dapat dijalankan sebagai rumus (formula injection)',
        );
        return null;
      }
      const max = LIMITS[key];
      if (max && v.length > max) {
        fail(key, `Terlalu panjang (maksimal ${max} karakter)`);
        return null;
      }
      return v;
    };

    const jenis = text('jenis')?.toUpperCase() ?? null;
    let kind: Kind | undefined;
    if (!jenis) failIfFree('jenis', 'Jenis pegawai wajib diisi (PNS atau PPPK)');
    else if (jenis !== 'PNS' && jenis !== 'PPPK')
      fail('jenis', `Jenis pegawai "${jenis}" tidak dikenal; isi PNS atau PPPK`);
    else kind = jenis;

    const nipText = text('nip');
    let identity: ReturnType<typeof checkIdentity> | undefined;
    if (!nipText) {
      failIfFree('nip', 'NIP wajib diisi');
    } else if (kind) {
      identity = checkIdentity({ nip: nipText, kind }, today);
      if (!identity.ok) for (const e of identity.errors) fail('nip', e.message);
    }
    const info = identity?.ok ? identity.value : undefined;
    if (info) {
      const first = firstRowOfNip.get(info.nip);
      if (first !== undefined) fail('nip', `NIP ${info.nip} ganda dalam berkas (sama dengan baris ${first})`);
      else {
        firstRowOfNip.set(info.nip, r.row);
        if (existingNips.has(info.nip)) fail('nip', `NIP ${info.nip} sudah terdaftar`);
        else if (takenUsernames.has(info.nip))
          fail('nip', `Nama pengguna ${info.nip} sudah dipakai akun lain`);
      }
    }

    const name = text('nama');
    if (!name) failIfFree('nama', 'Nama wajib diisi');
    const front = text('gelar_depan');
    const back = text('gelar_belakang');

    let golongan: string | null = null;
    const golonganText = text('golongan');
    if (golonganText && kind) {
      const g = normalizeGolongan(kind, golonganText);
      if (g.ok) golongan = g.value;
      else fail('golongan', g.message);
    }

    const email = text('email');
    if (email && !emailSchema.safeParse(email).success) fail('email', `Format e-mail "${email}" tidak valid`);
    const phone = text('telepon');
    if (phone && !PHONE.test(phone)) fail('telepon', `Nomor telepon "${phone}" tidak valid`);

    const positionText = text('jabatan_id');
    let positionId: number | undefined;
    if (!positionText) {
      failIfFree('jabatan_id', 'ID jabatan wajib diisi');
    } else {
      const id = Number(positionText);
      const position = Number.isSafeInteger(id) ? positionById.get(id) : undefined;
      if (!position) fail('jabatan_id', `Jabatan dengan ID ${positionText} tidak ditemukan`);
      else if (!position.is_active) fail('jabatan_id', `Jabatan ${position.name} (ID ${id}) tidak aktif`);
      else {
        positionId = id;
        const named = text('jabatan');
        if (named && named.toLowerCase() !== position.name.trim().toLowerCase()) {
          fail('jabatan', `Jabatan ID ${id} adalah "${position.name}", bukan "${named}"`);
        }
        const unit = text('unit');
        if (unit && unit.toLowerCase() !== position.unit_name.trim().toLowerCase()) {
          fail('unit', `Jabatan ID ${id} berada di unit "${position.unit_name}", bukan "${unit}"`);
        }
      }
    }

    const startDate = text('tmt_jabatan');
    if (!startDate) {
      failIfFree('tmt_jabatan', 'TMT jabatan wajib diisi (YYYY-MM-DD)');
    } else if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate) || !isRealDate(startDate)) {
      fail('tmt_jabatan', `Tanggal "${startDate}" tidak valid; gunakan format YYYY-MM-DD`);
    } else if (info && isBeforeTmt(startDate, info.kind, info.tmt)) {
      fail(
        'tmt_jabatan',
        `TMT jabatan (${startDate}) lebih awal dari TMT pengangkatan pada NIP (${info.tmt})`,
      );
    }

    if (rowErrors.length) errors.push(...rowErrors);
    else if (info && name && positionId && startDate) {
      valid.push({
        row: r.row,
        positionId,
        startDate,
        employee: {
          nip: info.nip,
          name,
          front_title: front,
          back_title: back,
          kind: info.kind,
          gender: info.gender,
          birth_date: info.birthDate,
          tmt: info.tmt,
          golongan,
          email,
          phone,
        },
      });
    }
    if ((i + 1) % PROGRESS_EVERY === 0 && i + 1 < rows.length) {
      await employees.updateImportJob(ctx.db, jobId, { processed: i + 1, updated_at: ctx.now() });
    }
  }
  await employees.updateImportJob(ctx.db, jobId, { processed: rows.length, updated_at: ctx.now() });
  return { valid, errors };
}

// ---------------------------------------------------------------- inserts

/** Employees, their first assignment, their accounts and one audit event for the batch, in multi-row statements. */
async function insertBatch(trx: Database, audit: AuditContext, jobId: string, batch: ValidRow[]) {
  const ids = await employees.insertEmployees(
    trx,
    batch.map((b) => b.employee),
  );
  await employees.insertAssignments(
    trx,
    batch.map((b, i) => ({
      employee_id: ids[i]!,
      position_id: b.positionId,
      start_date: b.startDate,
      reason: 'Impor data pegawai',
    })),
  );
  await accounts.createAccountsBulk(
    trx,
    batch.map((b, i) => ({
      username: b.employee.nip,
      display_name: fullNameOf(b.employee),
      password_hash: UNUSABLE_PASSWORD_HASH,
      employee_id: ids[i]!,
      must_change_password: true,
      roles: [...EMPLOYEE_ACCOUNT_ROLES],
    })),
  );
  // One event per batch (not per row): the log stays readable and the import fast; it still names every record.
  await recordAudit(trx, audit, {
    action: 'employee.imported',
    entityType: 'import_job',
    entityId: jobId,
    after: {
      count: batch.length,
      accountsCreated: batch.length,
      employees: batch.map((b, i) => ({ id: ids[i], nip: b.employee.nip, row: b.row })),
    },
  });
}

async function insertAllOrNothing(
  ctx: ServiceContext,
  audit: AuditContext,
  jobId: string,
  valid: ValidRow[],
) {
  await ctx.db.transaction().execute(async (trx) => {
    for (const batch of chunks(valid, INSERT_BATCH)) await insertBatch(trx, audit, jobId, batch);
    await employees.updateImportJob(trx, jobId, { inserted: valid.length, updated_at: ctx.now() });
  });
  return valid.length;
}

const isUniqueViolation = (err: unknown) =>
  typeof err === 'object' && err !== null && (err as { code?: string }).code === '23505';

/**
 * Each batch commits on its own. If someone registered one of the NIPs meanwhile, the batch is re-checked, the
 * clashing rows become errors and the rest is retried.
 */
async function insertValidRows(
  ctx: ServiceContext,
  audit: AuditContext,
  jobId: string,
  valid: ValidRow[],
  errors: ImportRowError[],
) {
  let inserted = 0;
  for (let batch of chunks(valid, INSERT_BATCH)) {
    try {
      await ctx.db.transaction().execute((trx) => insertBatch(trx, audit, jobId, batch));
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const nips = batch.map((b) => b.employee.nip);
      const [taken, usernames] = await Promise.all([
        employees.findExistingNips(ctx.db, nips),
        accounts.findTakenUsernames(ctx.db, nips),
      ]);
      for (const b of batch) {
        if (taken.has(b.employee.nip) || usernames.has(b.employee.nip)) {
          errors.push({ row: b.row, field: 'nip', message: `NIP ${b.employee.nip} sudah terdaftar` });
        }
      }
      batch = batch.filter((b) => !taken.has(b.employee.nip) && !usernames.has(b.employee.nip));
      if (batch.length) await ctx.db.transaction().execute((trx) => insertBatch(trx, audit, jobId, batch));
    }
    inserted += batch.length;
    await employees.updateImportJob(ctx.db, jobId, { inserted, updated_at: ctx.now() });
  }
  return inserted;
}

// ---------------------------------------------------------------- templates

const TEMPLATE_KEYS = EMPLOYEE_IMPORT_COLUMNS.map((c) => c.key);

/** The CSV template: a UTF-8 BOM (so Excel opens it as UTF-8) and the header row. */
export function buildImportTemplateCsv(actor: Actor): { body: Buffer; fileName: string } {
  if (!canManageOrg(actor)) throw forbidden('Hanya Admin Kepegawaian yang dapat mengimpor data pegawai');
  return {
    body: Buffer.from(`\uFEFF${TEMPLATE_KEYS.join(',')}\r\n`, 'utf8'),
    fileName: 'templat-impor-pegawai.csv',
  };
}

/**
 * The XLSX template: the header on sheet "Pegawai" (NIP and date columns formatted as text so Excel keeps all 18
 * digits), a sheet explaining each column, and the list of active positions with the ids to put in jabatan_id.
 */
export async function buildImportTemplateXlsx(
  ctx: ServiceContext,
  actor: Actor,
): Promise<{ body: Buffer; fileName: string }> {
  if (!canManageOrg(actor)) throw forbidden('Hanya Admin Kepegawaian yang dapat mengimpor data pegawai');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SIM Kinerja';
  workbook.created = ctx.now();
  const sheet = workbook.addWorksheet('Pegawai', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EMPLOYEE_IMPORT_COLUMNS.map((c) => ({
    header: c.key,
    key: c.key,
    width: c.key === 'nip' ? 22 : c.key === 'nama' || c.key === 'jabatan' || c.key === 'unit' ? 32 : 16,
    style: ['nip', 'tmt_jabatan', 'telepon', 'golongan'].includes(c.key) ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };

  const help = workbook.addWorksheet('Petunjuk');
  help.columns = [
    { header: 'Kolom', key: 'key', width: 18 },
    { header: 'Wajib', key: 'required', width: 8 },
    { header: 'Keterangan', key: 'description', width: 80 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of EMPLOYEE_IMPORT_COLUMNS) {
    help.addRow({ key: c.key, required: c.required ? 'ya' : 'tidak', description: c.description });
  }
  help.addRow({});
  help.addRow({ description: 'Baris 1 lembar "Pegawai" adalah judul kolom; isi data mulai baris 2.' });
  help.addRow({ description: 'Jangan memakai rumus; nilai yang diawali =, +, - atau @ ditolak.' });
  help.addRow({
    description:
      'Jenis kelamin dan tanggal lahir dibaca dari NIP. Akun masuk dibuat dengan nama pengguna = NIP.',
  });

  const list = workbook.addWorksheet('Daftar Jabatan', { views: [{ state: 'frozen', ySplit: 1 }] });
  list.columns = [
    { header: 'jabatan_id', key: 'id', width: 12 },
    { header: 'jabatan', key: 'name', width: 48 },
    { header: 'kategori', key: 'category', width: 16 },
    { header: 'unit', key: 'unit', width: 48 },
  ];
  list.getRow(1).font = { bold: true };
  for (const p of await org.findActivePositionsWithUnit(ctx.db)) {
    list.addRow({ id: p.id, name: p.name, category: p.category, unit: p.unit_name });
  }
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { body, fileName: 'templat-impor-pegawai.xlsx' };
}
