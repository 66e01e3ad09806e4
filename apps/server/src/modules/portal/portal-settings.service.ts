import { DEFAULT_OPEN_DATA_MIN_CELL, openDataSettings, type OpenDataSettings } from '@sim/contracts';
import type { Database } from '../../db/database';
import { auditContextOf, type Actor } from '../../lib/actor';
import type { ServiceContext } from '../../lib/context';
import { forbidden } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { canManageOpenDataSettings } from './portal.policy';
import * as repo from './portal.repository';

// The small-cell minimum of the public figures (issue 14 §4): below it a unit's complaint figures are not shown on
// /transparansi nor in the open data, but merged. An agency setting with the documented default 5 (docs/data-terbuka.md).

/** The setting in force: the saved value when valid, else the default. */
export async function loadOpenDataSettings(db: Database): Promise<OpenDataSettings> {
  const parsed = openDataSettings.safeParse(await repo.findOpenDataSettingsValue(db));
  return parsed.success ? parsed.data : { minCellCount: DEFAULT_OPEN_DATA_MIN_CELL };
}

export async function getOpenDataSettings(ctx: ServiceContext, actor: Actor): Promise<OpenDataSettings> {
  if (!canManageOpenDataSettings(actor))
    throw forbidden('Hanya Admin Kepegawaian yang mengatur data terbuka');
  return loadOpenDataSettings(ctx.db);
}

/** Changes the small-cell minimum (Admin Kepegawaian), audit-logged with before and after. */
export async function updateOpenDataSettings(
  ctx: ServiceContext,
  actor: Actor,
  input: OpenDataSettings,
): Promise<OpenDataSettings> {
  if (!canManageOpenDataSettings(actor))
    throw forbidden('Hanya Admin Kepegawaian yang mengatur data terbuka');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadOpenDataSettings(trx);
    await repo.upsertOpenDataSettingsValue(trx, input, ctx.now());
    await recordAudit(trx, auditContextOf(actor), {
      action: 'portal.open_data.update',
      entityType: 'setting',
      entityId: repo.OPEN_DATA_SETTINGS_KEY,
      before,
      after: input,
    });
  });
  return loadOpenDataSettings(ctx.db);
}
