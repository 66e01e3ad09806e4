import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrgTree } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { runJpReminderJob } from './training-reports.job';

// Issue 15 (city scale): in the last quarter the JP reminder job reminds everybody below the target at once. On the
// generated city data (20,000 employees) it failed every hour: its notifications were one INSERT of 6 × 15,000 bind
// parameters, past PostgreSQL's 65,535 per statement ("bind message has 26234 parameter formats"), so nobody was
// reminded. 12,000 employees in office with e-mail addresses are enough to cross the limit.

const PEOPLE = 12_000;
const NOV = new Date('2026-11-03T01:00:00Z');
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ now: NOV });
  const tree = await seedOrgTree(t.db);
  // Set-based, like the city data generator: valid 18-digit NIPs (birth date, TMT, gender, number).
  await sql`
    with people as (
      select g, date '1975-01-01' + (g / 900) as born, lpad((g % 900 + 1)::text, 3, '0') as seq
      from generate_series(1, ${PEOPLE}) g
    ), inserted as (
      insert into employees (nip, name, kind, gender, birth_date, tmt, golongan, email, is_active)
      select to_char(born, 'YYYYMMDD') || '201501' || '1' || seq, 'Pegawai Kota ' || g, 'PNS', 'L', born,
             '2015-01', 'III/a', 'pegawai' || g || '@kota.example.id', true
      from people
      returning id
    )
    insert into employee_positions (employee_id, position_id, start_date, reason)
    select id, ${tree.positions.staf}, '2024-01-02', 'Data uji' from inserted`.execute(t.db);
}, 120_000);
afterAll(() => t?.close());

describe('runJpReminderJob for a city', () => {
  it('reminds 12,000 employees below the target in one run (notifications and e-mails past the bind parameter limit), and a rerun nobody', async () => {
    const ctx = { db: t.db, config: t.config, now: () => NOV };
    const first = await runJpReminderJob(ctx);
    expect(first.ran).toBe(true);
    expect(first.reminded.length).toBeGreaterThanOrEqual(PEOPLE);
    const count = async (table: 'notifications' | 'notification_outbox' | 'training_jp_reminders') =>
      Number(
        (
          await t.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('training_jp_reminders')).toBe(first.reminded.length);
    expect(
      Number(
        (
          await t.db
            .selectFrom('notifications')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('type', '=', 'TRAINING_JP_TARGET')
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(first.reminded.length);
    const mails = await t.db
      .selectFrom('notification_outbox')
      .select(['to_address'])
      .where('to_address', 'like', '%@kota.example.id')
      .execute();
    expect(new Set(mails.map((m) => m.to_address)).size).toBe(PEOPLE);

    expect((await runJpReminderJob(ctx)).reminded).toEqual([]);
    expect(await count('training_jp_reminders')).toBe(first.reminded.length);
  }, 120_000);
});
