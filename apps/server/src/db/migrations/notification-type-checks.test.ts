import { Migrator, sql, type Kysely, type MigrationProvider } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { NOTIFICATION_TYPES } from '@sim/contracts';
import { openEmptyTestDatabase, type TestDatabase } from '../../../test/test-db';
import { migrations } from './index';

// The notification kinds' check constraints, as three migrations (2026-12-07T02, T03, T04) extend them and take them
// back: the checks keep their names and hold exactly the kinds added so far, in the order they were added.

let t: TestDatabase | undefined;
afterEach(async () => t?.close());

const provider: MigrationProvider = { getMigrations: async () => migrations };
const FIRST = [
  'COMPLAINT_ASSIGNED',
  'COMPLAINT_DEADLINE',
  'COMPLAINT_RATED',
  'SKP_APPROVED',
  'SKP_RETURNED',
  'SKP_FEEDBACK',
  'RECOMMENDATION_ASSIGNED',
  'RECOMMENDATION_DEADLINE',
  'TRAINING_ENROLMENT',
  'TRAINING_REMINDER',
  'TRAINING_JP_TARGET',
  'FORUM_MENTION',
  'FORUM_OFFICIAL_RESPONSE',
];
const T02 = [...FIRST, 'DASHBOARD_MONTHLY_SUMMARY'];
const T03 = [...T02, 'SKM_RESULT', 'SKM_RESULT_LOW'];
const T04 = [
  ...T03,
  'FORUM_REPLY',
  'FORUM_POLICY_CLOSED',
  'FORUM_REPORT_REVIEWED',
  'FORUM_POST_MODERATED',
  'FORUM_AUTHOR_REVEALED',
];

async function typeChecks(db: Kysely<any>) {
  const found = await sql<{ table: string; conname: string; def: string }>`
    select conrelid::regclass::text as table, conname, pg_get_constraintdef(oid) as def from pg_constraint
    where conrelid in ('notifications'::regclass, 'notification_preferences'::regclass) and contype = 'c'
      and pg_get_constraintdef(oid) like '%type%'
    order by 1`.execute(db);
  return found.rows;
}

const expected = (types: string[]) =>
  ['notification_preferences', 'notifications'].map((table) => ({
    table,
    conname: `${table}_type_check`,
    def: `CHECK ((type = ANY (ARRAY[${types.map((v) => `'${v}'::text`).join(', ')}])))`,
  }));

describe('notification type checks', () => {
  it('grow with each migration and shrink again on the way down', async () => {
    t = await openEmptyTestDatabase();
    const db = t.db as unknown as Kysely<any>;
    const migrator = new Migrator({ db, provider });
    const steps: [string, string[]][] = [
      ['2026-12-06T07-00-live-events', FIRST],
      ['2026-12-07T02-00-dashboard-leadership', T02],
      ['2026-12-07T03-00-skm-result-notifications', T03],
      ['2026-12-07T04-00-forum-notifications-public-live', T04],
    ];
    for (const [name, types] of steps) {
      expect((await migrator.migrateTo(name)).error).toBeUndefined();
      expect(await typeChecks(db)).toEqual(expected(types));
    }
    for (const [name, types] of [...steps].reverse()) {
      expect((await migrator.migrateTo(name)).error).toBeUndefined();
      expect(await typeChecks(db)).toEqual(expected(types));
    }
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    expect(await typeChecks(db)).toEqual(expected(T04));
    expect([...T04].sort()).toEqual([...NOTIFICATION_TYPES].sort());
  });
});
