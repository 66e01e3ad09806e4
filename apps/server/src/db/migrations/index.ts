import type { Migration } from 'kysely';
import * as foundation from './2026-11-28T00-00-foundation';
import * as orgIndexes from './2026-11-28T01-00-org-indexes';

/** Every migration, in order. A static list so bundlers and tests need no file-system scan. */
export const migrations: Record<string, Migration> = {
  '2026-11-28T00-00-foundation': foundation,
  '2026-11-28T01-00-org-indexes': orgIndexes,
};
