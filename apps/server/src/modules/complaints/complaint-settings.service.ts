import { createHash, randomBytes } from 'node:crypto';
import type {
  ComplaintCategory,
  ComplaintSlaPolicyDto,
  Holiday,
  complaintCategoryInput,
  complaintCategoryPatch,
  holidayInput,
  open311KeyInput,
} from '@sim/contracts';
import {
  DEFAULT_COMPLAINT_SLA_POLICY,
  isValidIsoDate,
  prepareWorkCalendar,
  validateComplaintSlaPolicy,
  type ComplaintSlaPolicy,
  type ComplexityClass,
  type WorkCalendar,
} from '@sim/domain';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import { writeGenerationOf, type TableWatch, type WriteGeneration } from '../../db/write-generation';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, conflict, forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './complaints.repository';
import { canManageComplaintSettings, canReadComplaintSettings } from './complaints.policy';

// The administrator's side of complaints: the service catalogue, the deadline policy, the holiday calendar and
// the Open311 API keys. Every number of complaints.md marked [decision] is editable here, never a constant.

// ---------------------------------------------------------------- policy and calendar (used by every service)

/** The deadline policy in force: the administrator's saved policy over the complaints.md defaults. */
export async function loadSlaPolicy(db: Database): Promise<ComplaintSlaPolicy> {
  const saved = (await repo.findSlaPolicyValue(db)) as Partial<ComplaintSlaPolicy> | null;
  if (!saved || typeof saved !== 'object')
    return structuredClone(DEFAULT_COMPLAINT_SLA_POLICY) as ComplaintSlaPolicy;
  return {
    ...DEFAULT_COMPLAINT_SLA_POLICY,
    ...saved,
    resolutionDays: { ...DEFAULT_COMPLAINT_SLA_POLICY.resolutionDays, ...(saved.resolutionDays ?? {}) },
  };
}

/**
 * The working-day calendar: Monday–Friday minus every holiday and cuti bersama the administrator keeps. Compiled once
 * here (prepareWorkCalendar), so the intake's kept copy and a list's per-row countdowns reuse it (ADR 0019).
 */
export async function loadWorkCalendar(db: Database): Promise<WorkCalendar> {
  return prepareWorkCalendar({ holidays: await repo.findAllHolidayDates(db), weekendDays: [0, 6] });
}

/** What intake needs to check and time a new complaint: the catalogue by code, the kelurahan, policy and calendar. */
export type IntakeReference = {
  categories: ReadonlyMap<string, repo.CategoryRow>;
  kelurahan: readonly string[];
  policy: ComplaintSlaPolicy;
  calendar: WorkCalendar;
};

/**
 * Each instance's last read of the intake reference, keyed by its service context (ADR 0014: four reads per filing
 * became none), with the count of the tables' watch it was read under (ADR 0018). The promise is kept, so concurrent
 * filings after an expiry share one read.
 */
const intakeCache = new WeakMap<
  ServiceContext,
  { at: number; stamp: number; value: Promise<IntakeReference> }
>();

/** The tables the intake reference is read from: a commit naming one of them (here or elsewhere) drops the copy. */
export const INTAKE_REFERENCE_TABLES = ['complaint_categories', 'org_units', 'settings', 'work_holidays'];
const intakeWatches = new WeakMap<WriteGeneration, TableWatch>();

/** The watch of the intake tables on this database handle, or null for a handle without a write generation. */
function intakeWatchOf(db: Database): { generation: WriteGeneration; watch: TableWatch } | null {
  const generation = writeGenerationOf(db);
  if (!generation) return null;
  let watch = intakeWatches.get(generation);
  if (!watch) intakeWatches.set(generation, (watch = generation.watch(INTAKE_REFERENCE_TABLES)));
  return { generation, watch };
}

async function readIntakeReference(db: Database): Promise<IntakeReference> {
  const [categories, kelurahan, policy, calendar] = await Promise.all([
    repo.findCategories(db),
    repo.findKelurahanNames(db),
    loadSlaPolicy(db),
    loadWorkCalendar(db),
  ]);
  return { categories: new Map(categories.map((c) => [c.code, c])), kelurahan, policy, calendar };
}

/**
 * The intake reference as this instance read it, kept until a commit here or on another instance names one of its
 * tables (ADR 0018) and at most COMPLAINT_INTAKE_CACHE_SECONDS (by the service clock: the bound for a write that
 * bypasses the app). Kept only while this instance hears every write (on a PostgreSQL server: its write-notice
 * listener is up); otherwise every filing reads it. Callers never change the objects (they are shared).
 */
export async function loadIntakeReference(
  ctx: ServiceContext,
  options: { fresh?: boolean } = {},
): Promise<IntakeReference> {
  const ttl = ctx.config.complaintIntakeCacheMs;
  const now = ctx.now().getTime();
  const watched = intakeWatchOf(ctx.db);
  const keeping = ttl > 0 && (!watched || watched.generation.seesEveryWrite);
  const stamp = watched?.watch.value ?? 0;
  const kept = intakeCache.get(ctx);
  if (!options.fresh && keeping && kept && kept.stamp === stamp && now >= kept.at && now - kept.at < ttl)
    return kept.value;
  const value = readIntakeReference(ctx.db);
  if (keeping) {
    intakeCache.set(ctx, { at: now, stamp, value });
    value.catch(() => {
      if (intakeCache.get(ctx)?.value === value) intakeCache.delete(ctx);
    });
  } else {
    intakeCache.delete(ctx);
  }
  return value;
}

/**
 * The reference for one filing: the kept copy, unless it does not know the filing's category (or it is inactive
 * there) or kelurahan — then a fresh read decides, so a category or kelurahan added on another instance is never
 * refused as unknown. `kelurahan` null: the channel does not check it (Open311).
 */
export async function intakeReferenceFor(
  ctx: ServiceContext,
  categoryCode: string,
  kelurahan: string | null,
): Promise<IntakeReference> {
  const kept = await loadIntakeReference(ctx);
  const known =
    kept.categories.get(categoryCode)?.is_active === true &&
    (kelurahan === null || kept.kelurahan.some((k) => k.toLowerCase() === kelurahan.toLowerCase()));
  return known ? kept : loadIntakeReference(ctx, { fresh: true });
}

/** After a change of the catalogue, policy or calendar on this instance: its next filing reads them again. */
function forgetIntakeReference(ctx: ServiceContext) {
  intakeCache.delete(ctx);
}

/** A change of the catalogue, policy or calendar in its transaction; this instance's kept copy is forgotten after. */
async function changeIntakeReference<T>(
  ctx: ServiceContext,
  change: (trx: Database) => Promise<T>,
): Promise<T> {
  try {
    return await ctx.db.transaction().execute(change);
  } finally {
    forgetIntakeReference(ctx);
  }
}

/** Resolution window of a category: its own number of working days, else the policy's for its complexity. */
export function resolutionDaysOf(
  policy: ComplaintSlaPolicy,
  complexity: ComplexityClass,
  categoryDays: number | null,
): number {
  return categoryDays ?? policy.resolutionDays[complexity] ?? policy.resolutionDays.NORMATIF;
}

// ---------------------------------------------------------------- catalogue

function toCategory(row: repo.CategoryRow, policy: ComplaintSlaPolicy): ComplaintCategory {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    group: row.group_name,
    keywords: row.keywords,
    unitId: row.unit_id,
    unitName: row.unit_name,
    complexity: row.complexity,
    resolutionDays: row.resolution_days,
    effectiveResolutionDays: resolutionDaysOf(policy, row.complexity, row.resolution_days),
    isIntegrity: row.is_integrity,
    attributes: row.attributes,
    isActive: row.is_active,
  };
}

/** The catalogue for staff forms and the admin screen (inactive categories included). */
export async function listCategories(ctx: ServiceContext, actor: Actor) {
  if (!canReadComplaintSettings(actor)) throw forbidden();
  const policy = await loadSlaPolicy(ctx.db);
  const rows = await repo.findCategories(ctx.db);
  return { items: rows.map((r) => toCategory(r, policy)) };
}

function checkAttributes(attributes: ComplaintCategory['attributes']) {
  const seen = new Set<string>();
  attributes.forEach((a, i) => {
    if (seen.has(a.code)) throw invalid(`attributes.${i}.code`, `Kode atribut "${a.code}" dipakai dua kali`);
    seen.add(a.code);
    const isList = a.datatype === 'singlevaluelist' || a.datatype === 'multivaluelist';
    if (isList && (!a.values || a.values.length === 0)) {
      throw invalid(`attributes.${i}.values`, 'Atribut berupa daftar pilihan harus memiliki pilihan');
    }
  });
}

/** Adds a category (an Open311 service) with its responsible unit, complexity class and window. */
export async function createCategory(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof complaintCategoryInput>,
): Promise<ComplaintCategory> {
  if (!canManageComplaintSettings(actor)) throw forbidden();
  checkAttributes(input.attributes);
  if (!(await repo.findUnitName(ctx.db, input.unitId))) throw invalid('unitId', 'Unit kerja tidak ditemukan');
  if (await repo.findCategoryByCode(ctx.db, input.code)) throw conflict('code', 'Kode layanan sudah dipakai');
  return changeIntakeReference(ctx, async (trx) => {
    const { id } = await repo.insertCategory(trx, {
      code: input.code,
      name: input.name,
      description: input.description ?? null,
      group_name: input.group ?? null,
      keywords: input.keywords ?? null,
      unit_id: input.unitId,
      complexity: input.complexity,
      resolution_days: input.resolutionDays ?? null,
      is_integrity: input.isIntegrity,
      attributes: JSON.stringify(input.attributes),
      updated_at: ctx.now(),
    });
    const dto = toCategory((await repo.findCategoryById(trx, id))!, await loadSlaPolicy(trx));
    await recordAudit(trx, auditContextOf(actor), {
      action: 'complaint_category.created',
      entityType: 'complaint_category',
      entityId: id,
      after: dto,
    });
    return dto;
  });
}

/** Edits a category; complaints already received keep the window they were given. */
export async function updateCategory(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  patch: z.output<typeof complaintCategoryPatch>,
): Promise<ComplaintCategory> {
  if (!canManageComplaintSettings(actor)) throw forbidden();
  if (patch.attributes) checkAttributes(patch.attributes);
  if (patch.unitId !== undefined && !(await repo.findUnitName(ctx.db, patch.unitId))) {
    throw invalid('unitId', 'Unit kerja tidak ditemukan');
  }
  return changeIntakeReference(ctx, async (trx) => {
    const before = await repo.findCategoryById(trx, id);
    if (!before) throw notFound('Kategori pengaduan');
    if (patch.code && patch.code !== before.code && (await repo.findCategoryByCode(trx, patch.code))) {
      throw conflict('code', 'Kode layanan sudah dipakai');
    }
    const policy = await loadSlaPolicy(trx);
    await repo.updateCategory(trx, id, {
      ...(patch.code !== undefined ? { code: patch.code } : {}),
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.description !== undefined ? { description: patch.description ?? null } : {}),
      ...(patch.group !== undefined ? { group_name: patch.group ?? null } : {}),
      ...(patch.keywords !== undefined ? { keywords: patch.keywords ?? null } : {}),
      ...(patch.unitId !== undefined ? { unit_id: patch.unitId } : {}),
      ...(patch.complexity !== undefined ? { complexity: patch.complexity } : {}),
      ...(patch.resolutionDays !== undefined ? { resolution_days: patch.resolutionDays } : {}),
      ...(patch.isIntegrity !== undefined ? { is_integrity: patch.isIntegrity } : {}),
      ...(patch.attributes !== undefined ? { attributes: JSON.stringify(patch.attributes) } : {}),
      ...(patch.isActive !== undefined ? { is_active: patch.isActive } : {}),
      updated_at: ctx.now(),
    });
    const dto = toCategory((await repo.findCategoryById(trx, id))!, policy);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'complaint_category.updated',
      entityType: 'complaint_category',
      entityId: id,
      before: toCategory(before, policy),
      after: dto,
    });
    return dto;
  });
}

/** What the public form needs: active categories (no units or windows) and the kelurahan of the kecamatan. */
export async function getPublicOptions(ctx: ServiceContext) {
  const rows = await repo.findCategories(ctx.db, { activeOnly: true });
  return {
    categories: rows.map((r) => ({
      code: r.code,
      name: r.name,
      description: r.description,
      group: r.group_name,
      isIntegrity: r.is_integrity,
      attributes: r.attributes,
    })),
    kelurahan: await repo.findKelurahanNames(ctx.db),
  };
}

// ---------------------------------------------------------------- deadline policy

/** The policy in force, for the settings screen and the forms' previews. */
export async function getSlaPolicy(ctx: ServiceContext, actor: Actor): Promise<ComplaintSlaPolicyDto> {
  if (!canReadComplaintSettings(actor)) throw forbidden();
  return loadSlaPolicy(ctx.db);
}

/** Saves the administrator's policy after the domain checks (windows in whole days, the 60-day cap). */
export async function updateSlaPolicy(
  ctx: ServiceContext,
  actor: Actor,
  input: ComplaintSlaPolicyDto,
): Promise<ComplaintSlaPolicyDto> {
  if (!canManageComplaintSettings(actor)) throw forbidden();
  const problems = validateComplaintSlaPolicy(input);
  if (problems.length > 0) {
    throw new AppError(
      'VALIDATION',
      problems[0]!,
      problems.map((message) => ({ path: 'body', message })),
    );
  }
  return changeIntakeReference(ctx, async (trx) => {
    const before = await loadSlaPolicy(trx);
    await repo.upsertSlaPolicyValue(trx, input, ctx.now());
    await recordAudit(trx, auditContextOf(actor), {
      action: 'complaint_policy.updated',
      entityType: 'setting',
      entityId: 'complaints.sla_policy',
      before,
      after: input,
    });
    return input;
  });
}

// ---------------------------------------------------------------- holiday calendar

/** The holidays and cuti bersama of one year. */
export async function listHolidays(ctx: ServiceContext, actor: Actor, year: number) {
  if (!canReadComplaintSettings(actor)) throw forbidden();
  const rows = await repo.findHolidaysOfYear(ctx.db, year);
  return { year, items: rows.map((r) => ({ ...r, kind: r.kind })) };
}

/** Adds a non-working day; deadlines computed afterwards count around it. */
export async function addHoliday(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof holidayInput>,
): Promise<Holiday> {
  if (!canManageComplaintSettings(actor)) throw forbidden();
  if (!isValidIsoDate(input.date)) throw invalid('date', 'Tanggal tidak valid');
  return changeIntakeReference(ctx, async (trx) => {
    if (await repo.findHoliday(trx, input.date))
      throw conflict('date', 'Tanggal ini sudah ada di kalender libur');
    await repo.insertHoliday(trx, input);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'holiday.created',
      entityType: 'holiday',
      entityId: input.date,
      after: input,
    });
    return input;
  });
}

/** Removes a non-working day (e.g. a cuti bersama that was cancelled). */
export async function removeHoliday(ctx: ServiceContext, actor: Actor, date: string): Promise<void> {
  if (!canManageComplaintSettings(actor)) throw forbidden();
  await changeIntakeReference(ctx, async (trx) => {
    const before = await repo.findHoliday(trx, date);
    if (!before) throw notFound('Hari libur');
    await repo.deleteHoliday(trx, date);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'holiday.deleted',
      entityType: 'holiday',
      entityId: date,
      before: { date: before.date, name: before.name, kind: before.kind },
    });
  });
}

// ---------------------------------------------------------------- Open311 API keys

/** Keys are stored as SHA-256 hashes: they are long random strings, so a slow hash adds nothing. */
export const hashApiKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

function toKey(row: Awaited<ReturnType<typeof repo.findOpen311Keys>>[number]) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    isActive: row.is_active,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
  };
}

export async function listOpen311Keys(ctx: ServiceContext, actor: Actor) {
  if (!canManageComplaintSettings(actor)) throw forbidden();
  return { items: (await repo.findOpen311Keys(ctx.db)).map(toKey) };
}

/** Issues a key for an Open311 client; the key is shown once and only its hash is kept. */
export async function createOpen311Key(
  ctx: ServiceContext,
  actor: Actor,
  input: z.output<typeof open311KeyInput>,
) {
  if (!canManageComplaintSettings(actor)) throw forbidden();
  const key = randomBytes(24).toString('base64url');
  return ctx.db.transaction().execute(async (trx) => {
    const { id } = await repo.insertOpen311Key(trx, {
      name: input.name,
      key_hash: hashApiKey(key),
      prefix: key.slice(0, 6),
      created_by: actor.userId,
    });
    const dto = toKey((await repo.findOpen311KeyById(trx, id))!);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'open311_key.created',
      entityType: 'open311_key',
      entityId: id,
      after: dto,
    });
    return { ...dto, key };
  });
}

/** Revokes a key at once; requests with it get 403 from then on. */
export async function revokeOpen311Key(ctx: ServiceContext, actor: Actor, id: number) {
  if (!canManageComplaintSettings(actor)) throw forbidden();
  return ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findOpen311KeyById(trx, id);
    if (!before) throw notFound('Kunci API');
    await repo.updateOpen311Key(trx, id, { is_active: false });
    const dto = toKey((await repo.findOpen311KeyById(trx, id))!);
    await recordAudit(trx, auditContextOf(actor), {
      action: 'open311_key.revoked',
      entityType: 'open311_key',
      entityId: id,
      before: toKey(before),
      after: dto,
    });
    return dto;
  });
}

/** Checks an Open311 client's key; records when it was last used. */
export async function verifyOpen311Key(ctx: ServiceContext, key: string | undefined): Promise<boolean> {
  if (!key || key.length > 200) return false;
  const row = await repo.findActiveOpen311KeyByHash(ctx.db, hashApiKey(key));
  if (!row) return false;
  await repo.updateOpen311Key(ctx.db, row.id, { last_used_at: ctx.now() });
  return true;
}
