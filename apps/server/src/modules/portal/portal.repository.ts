import { findSetting, upsertSetting } from '../../db/settings';
import type { Database } from '../../db/database';

// The portal keeps one setting and no table of its own: its figures come from the complaints and surveys services.

const OPEN_DATA_SETTINGS_KEY = 'portal.open_data';

export async function findOpenDataSettingsValue(db: Database): Promise<unknown> {
  return findSetting(db, OPEN_DATA_SETTINGS_KEY);
}

export async function upsertOpenDataSettingsValue(db: Database, value: unknown, at: Date): Promise<void> {
  await upsertSetting(db, OPEN_DATA_SETTINGS_KEY, value, at);
}

export { OPEN_DATA_SETTINGS_KEY };
