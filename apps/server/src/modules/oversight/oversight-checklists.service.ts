import type {
  ChecklistItemInput,
  ChecklistTemplate,
  ChecklistTemplateInput,
  ChecklistTemplateList,
  ChecklistTemplatePatch,
  ChecklistVersion,
} from '@sim/contracts';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './oversight.repository';
import { canManageChecklistTemplates, canReadChecklistTemplates } from './oversight.policy';

// Checklist templates, versioned: an inspection must always show the exact items it was filled against, so a
// version that a plan or an inspection uses never changes — editing its items makes the next version, and new
// plans take the newest. A version nobody uses yet is corrected in place.

type VersionRow = Awaited<ReturnType<typeof repo.findVersions>>[number];
type ItemRow = Awaited<ReturnType<typeof repo.findItems>>[number];

function toVersion(v: VersionRow, items: ItemRow[]): ChecklistVersion {
  return {
    id: v.id,
    templateId: v.template_id,
    templateName: v.template_name,
    version: v.version,
    note: v.note,
    createdAt: v.created_at.toISOString(),
    isUsed: v.is_used,
    items: items
      .filter((i) => i.version_id === v.id)
      .map((i) => ({
        id: i.id,
        position: i.position,
        text: i.text,
        guidance: i.guidance,
        type: i.type,
        scoreMin: i.score_min,
        scoreMax: i.score_max,
        photoRequired: i.photo_required,
      })),
  };
}

/** One version with its items (an inspection form loads this). */
export async function loadVersion(db: Database, versionId: number): Promise<ChecklistVersion | null> {
  const v = await repo.findVersionById(db, versionId);
  if (!v) return null;
  return toVersion(v, await repo.findItems(db, [v.id]));
}

async function loadTemplates(db: Database, ids?: number[]): Promise<ChecklistTemplate[]> {
  const templates = (await repo.findTemplates(db)).filter((t) => !ids || ids.includes(t.id));
  const versions = await repo.findVersions(
    db,
    templates.map((t) => t.id),
  );
  const latest = templates.map((t) => versions.find((v) => v.template_id === t.id)!);
  const items = await repo.findItems(
    db,
    latest.map((v) => v.id),
  );
  return templates.map((t, i) => ({
    id: t.id,
    code: t.code,
    name: t.name,
    description: t.description,
    isActive: t.is_active,
    current: toVersion(latest[i]!, items),
    versions: versions
      .filter((v) => v.template_id === t.id)
      .map((v) => ({ id: v.id, version: v.version, isUsed: v.is_used })),
  }));
}

export async function listTemplates(ctx: ServiceContext, actor: Actor): Promise<ChecklistTemplateList> {
  if (!canReadChecklistTemplates(actor)) throw forbidden();
  return { items: await loadTemplates(ctx.db) };
}

export async function getTemplate(ctx: ServiceContext, actor: Actor, id: number): Promise<ChecklistTemplate> {
  if (!canReadChecklistTemplates(actor)) throw forbidden();
  const [template] = await loadTemplates(ctx.db, [id]);
  if (!template) throw notFound('Template checklist');
  return template;
}

/** A version of any template, with its items (plans and the inspection form). */
export async function getVersion(
  ctx: ServiceContext,
  actor: Actor,
  versionId: number,
): Promise<ChecklistVersion> {
  if (!canReadChecklistTemplates(actor)) throw forbidden();
  const version = await loadVersion(ctx.db, versionId);
  if (!version) throw notFound('Versi checklist');
  return version;
}

/** A score item needs a range (min below max); the other types carry none. */
function checkItems(items: ChecklistItemInput[]) {
  return items.map((item, i) => {
    if (item.type === 'SCORE') {
      const min = item.scoreMin ?? 1;
      const max = item.scoreMax ?? 5;
      if (min >= max)
        throw invalid(`items.${i}.scoreMax`, 'Nilai tertinggi harus lebih besar dari nilai terendah');
      return { ...item, scoreMin: min, scoreMax: max };
    }
    return { ...item, scoreMin: null, scoreMax: null };
  });
}

const itemRows = (versionId: number, items: ReturnType<typeof checkItems>) =>
  items.map((item, i) => ({
    version_id: versionId,
    position: i + 1,
    text: item.text,
    guidance: item.guidance,
    type: item.type,
    score_min: item.scoreMin,
    score_max: item.scoreMax,
    photo_required: item.photoRequired,
  }));

export async function createTemplate(
  ctx: ServiceContext,
  actor: Actor,
  input: ChecklistTemplateInput,
): Promise<ChecklistTemplate> {
  if (!canManageChecklistTemplates(actor)) throw forbidden();
  const items = checkItems(input.items);
  if (await repo.findTemplateByCode(ctx.db, input.code))
    throw conflict('code', 'Kode template sudah dipakai');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await repo.insertTemplate(trx, {
      code: input.code,
      name: input.name,
      description: input.description,
      created_by: actor.userId,
    });
    const version = await repo.insertVersion(trx, {
      template_id: id,
      version: 1,
      note: null,
      created_by: actor.userId,
    });
    await repo.insertItems(trx, itemRows(version.id, items));
    await recordAudit(trx, auditContextOf(actor), {
      action: 'oversight.template.create',
      entityType: 'oversight_checklist_template',
      entityId: id,
      after: input,
    });
    return id;
  });
  return getTemplate(ctx, actor, id);
}

/**
 * Changes a template. Name, description and whether it is offered for new plans change in place. New items
 * replace those of the newest version while nothing uses it; once a plan or an inspection uses it, they become
 * the next version and the used one stays as it was.
 */
export async function updateTemplate(
  ctx: ServiceContext,
  actor: Actor,
  id: number,
  patch: ChecklistTemplatePatch,
): Promise<ChecklistTemplate> {
  if (!canManageChecklistTemplates(actor)) throw forbidden();
  const items = patch.items ? checkItems(patch.items) : null;
  await ctx.db.transaction().execute(async (trx) => {
    const template = await repo.findTemplateById(trx, id, { forUpdate: true });
    if (!template) throw notFound('Template checklist');
    await repo.updateTemplate(trx, id, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.isActive !== undefined ? { is_active: patch.isActive } : {}),
      updated_at: ctx.now(),
    });
    let versionChange: { versionId: number; version: number; isNew: boolean } | null = null;
    if (items) {
      const [latest] = await repo.findVersions(trx, [id]);
      if (!latest) throw notFound('Versi checklist');
      if (latest.is_used) {
        const next = latest.version + 1;
        const created = await repo.insertVersion(trx, {
          template_id: id,
          version: next,
          note: patch.note ?? null,
          created_by: actor.userId,
        });
        await repo.insertItems(trx, itemRows(created.id, items));
        versionChange = { versionId: created.id, version: next, isNew: true };
      } else {
        await repo.deleteItems(trx, latest.id);
        await repo.insertItems(trx, itemRows(latest.id, items));
        versionChange = { versionId: latest.id, version: latest.version, isNew: false };
      }
    }
    await recordAudit(trx, auditContextOf(actor), {
      action: 'oversight.template.update',
      entityType: 'oversight_checklist_template',
      entityId: id,
      before: { name: template.name, description: template.description, isActive: template.is_active },
      after: { ...patch, ...(versionChange ? { versionChange } : {}) },
    });
  });
  return getTemplate(ctx, actor, id);
}
