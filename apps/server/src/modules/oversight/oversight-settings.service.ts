import type { OversightSettings } from '@sim/contracts';
import {
  DEFAULT_RECOMMENDATION_DUE_DAYS,
  validateRecommendationDuePolicy,
  type RecommendationDuePolicy,
} from '@sim/domain';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { AppError, forbidden } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import * as repo from './oversight.repository';
import { canManageOversightSettings, canReadOversightSettings } from './oversight.policy';

// The agency's oversight settings. The due days per severity are a [decision] of oversight-and-forum.md (30 / 60 /
// 90), so they live here as a setting with those defaults, never as a constant in a service.

/** The due-day policy in force: the saved setting over the document's defaults. */
export async function loadDueDays(db: Database): Promise<RecommendationDuePolicy> {
  const saved = (await repo.findSettingsValue(db)) as Partial<OversightSettings> | null;
  return { ...DEFAULT_RECOMMENDATION_DUE_DAYS, ...(saved?.dueDays ?? {}) };
}

export async function getOversightSettings(ctx: ServiceContext, actor: Actor): Promise<OversightSettings> {
  if (!canReadOversightSettings(actor)) throw forbidden();
  return { dueDays: await loadDueDays(ctx.db) };
}

export async function updateOversightSettings(
  ctx: ServiceContext,
  actor: Actor,
  input: OversightSettings,
): Promise<OversightSettings> {
  if (!canManageOversightSettings(actor)) throw forbidden();
  const problems = validateRecommendationDuePolicy(input.dueDays);
  if (problems.length > 0) throw new AppError('VALIDATION', problems[0]!.message, problems);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadDueDays(trx);
    await repo.upsertSettingsValue(trx, input, ctx.now());
    await recordAudit(trx, auditContextOf(actor), {
      action: 'oversight.settings.update',
      entityType: 'setting',
      entityId: 'oversight.settings',
      before: { dueDays: before },
      after: input,
    });
  });
  return { dueDays: await loadDueDays(ctx.db) };
}
