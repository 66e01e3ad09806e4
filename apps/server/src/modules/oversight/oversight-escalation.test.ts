import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { runOversightEscalationJob } from './oversight-escalation.job';
import {
  seedFollowUpFinding,
  seedFollowUpOffice,
  seedFollowUpRecommendation,
} from './oversight-followups.test-builders';

// The reminder and escalation job (issue 12 §2): reminders before the due date, escalation of overdue
// recommendations to the owner's superior and the Pimpinan, one event per recommendation and stage.

let t: TestApp;
let office: Awaited<ReturnType<typeof seedFollowUpOffice>>;

/** 10:00 WIB on a calendar day. */
const at = (day: string) => new Date(`${day}T03:00:00Z`);

beforeAll(async () => {
  t = await createTestApp({ now: at('2026-06-01') });
  office = await seedFollowUpOffice(t.db, { dueDate: '2026-06-30' });
});
afterAll(() => t.close());

const eventsOf = (id: number) =>
  t.db
    .selectFrom('oversight_recommendation_events')
    .select(['type', 'data', 'dedupe_key'])
    .where('recommendation_id', '=', id)
    .orderBy('id')
    .execute();

describe('runOversightEscalationJob', () => {
  it('reminds the owner 7 days before the due date, once', async () => {
    const id = office.recommendationId;
    await runOversightEscalationJob(t.app.ctx, at('2026-06-22'));
    expect(await eventsOf(id)).toEqual([]);
    const first = await runOversightEscalationJob(t.app.ctx, at('2026-06-23'));
    expect(first.ran).toBe(true);
    expect(first.notified.filter((n) => n.recommendationId === id)).toEqual([
      expect.objectContaining({ employeeId: office.staf.id, subject: expect.stringMatching(/^Pengingat/) }),
    ]);
    await runOversightEscalationJob(t.app.ctx, at('2026-06-24'));
    const events = await eventsOf(id);
    expect(events.map((e) => e.type)).toEqual(['REMINDER']);
    expect(events[0]!.dedupe_key).toBe('PENGINGAT:2026-06-30');
  });

  it('escalates an overdue recommendation to the owner’s superior and the Pimpinan, once per stage', async () => {
    const id = office.recommendationId;
    await runOversightEscalationJob(t.app.ctx, at('2026-06-30'));
    expect((await eventsOf(id)).map((e) => e.type)).toEqual(['REMINDER']);
    const run = await runOversightEscalationJob(t.app.ctx, at('2026-07-01'));
    const events = await eventsOf(id);
    expect(events.map((e) => e.type)).toEqual(['REMINDER', 'ESCALATED_SUPERIOR', 'ESCALATED_PIMPINAN']);
    expect(events[1]!.data).toEqual({ toEmployeeIds: [office.kasi.id] });
    expect(events[2]!.data).toEqual({ toEmployeeIds: [office.camat.id] });
    expect(run.notified.filter((n) => n.recommendationId === id).map((n) => n.employeeId)).toEqual([
      office.kasi.id,
      office.camat.id,
    ]);
    const again = await runOversightEscalationJob(t.app.ctx, at('2026-07-02'));
    expect(again.notified.filter((n) => n.recommendationId === id)).toEqual([]);
    expect(await eventsOf(id)).toHaveLength(3);
    const row = await t.db
      .selectFrom('oversight_recommendations')
      .select('escalation_level')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.escalation_level).toBe(2);
  });

  it('notifies the owner of the reminder and the superior and the Pimpinan of the escalation, in-app', async () => {
    const id = office.recommendationId;
    const rows = await t.db
      .selectFrom('notifications')
      .select(['employee_id', 'params'])
      .where('type', '=', 'RECOMMENDATION_DEADLINE')
      .where('link', '=', `/pengawasan/rekomendasi/${id}`)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.employee_id, r.params.stage])).toEqual([
      [office.staf.id, 'REMINDER'],
      [office.kasi.id, 'ESCALATION'],
      [office.camat.id, 'ESCALATION_HEAD'],
    ]);
  });

  it('an integrity finding escalates to the Pimpinan only, never to the owner’s superior', async () => {
    const finding = await seedFollowUpFinding(t.db, {
      teamId: office.teamId,
      inspectionId: office.inspectionId,
      unitId: office.tree.units.seksi,
      isIntegrity: true,
      concernedEmployeeId: office.staf.id,
    });
    const id = await seedFollowUpRecommendation(t.db, {
      findingId: finding,
      ownerEmployeeId: office.staf.id,
      dueDate: '2026-07-10',
    });
    await runOversightEscalationJob(t.app.ctx, at('2026-07-11'));
    expect((await eventsOf(id)).map((e) => e.type)).toEqual(['ESCALATED_PIMPINAN']);
  });

  it('sends nothing for a recommendation waiting for verification or closed', async () => {
    for (const status of ['SUBMITTED', 'CANNOT_FOLLOW_UP_PENDING', 'CLOSED'] as const) {
      const id = await seedFollowUpRecommendation(t.db, {
        findingId: office.findingId,
        ownerEmployeeId: office.staf.id,
        dueDate: '2026-07-15',
        status,
      });
      await runOversightEscalationJob(t.app.ctx, at('2026-07-20'));
      expect(await eventsOf(id), status).toEqual([]);
    }
  });

  it('a due date moved later gets a fresh reminder (the key carries the due date)', async () => {
    const id = await seedFollowUpRecommendation(t.db, {
      findingId: office.findingId,
      ownerEmployeeId: office.staf.id,
      dueDate: '2026-08-05',
    });
    await runOversightEscalationJob(t.app.ctx, at('2026-08-01'));
    await t.db
      .updateTable('oversight_recommendations')
      .set({ due_date: '2026-08-20' })
      .where('id', '=', id)
      .execute();
    await runOversightEscalationJob(t.app.ctx, at('2026-08-15'));
    expect((await eventsOf(id)).map((e) => e.dedupe_key)).toEqual([
      'PENGINGAT:2026-08-05',
      'PENGINGAT:2026-08-20',
    ]);
  });

  it('follows the reminder setting of the Pimpinan', async () => {
    await t.db
      .insertInto('settings')
      .values({
        key: 'oversight.follow_up_policy',
        value: JSON.stringify({ reminderDaysBefore: 2, escalateAfterDaysOverdue: 0 }),
        updated_at: new Date(),
      })
      .execute();
    const id = await seedFollowUpRecommendation(t.db, {
      findingId: office.findingId,
      ownerEmployeeId: office.staf.id,
      dueDate: '2026-09-10',
    });
    await runOversightEscalationJob(t.app.ctx, at('2026-09-07'));
    expect(await eventsOf(id)).toEqual([]);
    await runOversightEscalationJob(t.app.ctx, at('2026-09-08'));
    expect((await eventsOf(id)).map((e) => e.type)).toEqual(['REMINDER']);
  });
});
