import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEmployee, seedOrgTree, seedUser } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { startTestSmtp } from '../../../test/test-smtp';
import { runComplaintSlaJob } from '../complaints/complaint-sla.job';
import { makePublicComplaint, seedComplaintCategory } from '../complaints/complaints.test-builders';
import { runOutboxSender } from './notification-outbox.job';
import { isOutboxGivenUp, outboxRetryDelayMs } from './notification-outbox.rules';
import { enqueueMail, notify } from './notifications.service';
import { flushOutbox } from './notifications.test-builders';

// Real SMTP, in process; it can refuse the next messages with a temporary failure (451).
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;

let t: TestApp;
let tree: Awaited<ReturnType<typeof seedOrgTree>>;
const NOW = new Date('2026-04-06T02:00:00Z');

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp({
    now: NOW,
    config: {
      smtpUrl: smtp.url,
      publicUrl: 'https://kinerja.example.id',
      session: { idleMinutes: 10_000_000, absoluteHours: 1_000_000, cookieSecure: false },
    },
  });
  tree = await seedOrgTree(t.db);
  await seedComplaintCategory(t.db, { unitId: tree.units.seksi, code: 'LAMPU' });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const mailsTo = (address: string) => smtp.mailsTo(address);

async function employeeWithMail(email: string) {
  const e = await seedEmployee(t.db, { positionId: tree.positions.staf, login: true });
  await t.db.updateTable('employees').set({ email }).where('id', '=', e.id).execute();
  return { ...e, cookie: await t.login(e.username!) };
}

const outboxTo = (address: string) =>
  t.db.selectFrom('notification_outbox').selectAll().where('to_address', '=', address).execute();

describe('outbox retry rules', () => {
  it('doubles the wait after each failure from the base delay, up to the cap', () => {
    expect([1, 2, 3, 4].map((a) => outboxRetryDelayMs(a, 60, 3600))).toEqual([
      60_000, 120_000, 240_000, 480_000,
    ]);
    expect(outboxRetryDelayMs(30, 60, 3600)).toBe(3_600_000);
  });

  it('gives a message up once it has used the maximum number of attempts', () => {
    expect(isOutboxGivenUp(7, 8)).toBe(false);
    expect(isOutboxGivenUp(8, 8)).toBe(true);
  });
});

describe('e-mail outbox', () => {
  it('retries a message the mail server refuses, with backoff, and delivers it exactly once', async () => {
    const to = 'retry@kertapati.example.id';
    await t.db
      .transaction()
      .execute((trx) => enqueueMail(trx, { to, subject: 'Uji ulang', text: 'Isi', at: NOW }));
    smtp.refuseNext(2);
    const first = await runOutboxSender(t.app.ctx, NOW);
    expect(first).toMatchObject({ sent: 0, retried: 1 });
    // Not due again before the backoff (1 minute by default) has passed.
    expect(await runOutboxSender(t.app.ctx, new Date(NOW.getTime() + 30_000))).toMatchObject({ retried: 0 });
    const second = await runOutboxSender(t.app.ctx, new Date(NOW.getTime() + 61_000));
    expect(second).toMatchObject({ sent: 0, retried: 1 });
    // The second retry waits twice as long.
    expect(await runOutboxSender(t.app.ctx, new Date(NOW.getTime() + 61_000 + 110_000))).toMatchObject({
      retried: 0,
      sent: 0,
    });
    const third = await runOutboxSender(t.app.ctx, new Date(NOW.getTime() + 61_000 + 121_000));
    expect(third).toMatchObject({ sent: 1 });
    await runOutboxSender(t.app.ctx, new Date(NOW.getTime() + 3_600_000));
    expect(mailsTo(to)).toHaveLength(1);
    const [row] = await outboxTo(to);
    expect(row).toMatchObject({ status: 'SENT', attempts: 3 });
    expect(row!.last_error).toBeNull();
  });

  it('marks a message failed after the maximum number of attempts and stops trying', async () => {
    const to = 'gagal@kertapati.example.id';
    await t.db
      .transaction()
      .execute((trx) => enqueueMail(trx, { to, subject: 'Gagal', text: 'Isi', at: NOW }));
    const { maxAttempts } = t.config.mailOutbox;
    smtp.refuseNext(maxAttempts);
    let at = NOW.getTime();
    for (let i = 0; i < maxAttempts; i++) {
      await runOutboxSender(t.app.ctx, new Date(at));
      at += 7 * 3600_000; // past the longest backoff
    }
    const [row] = await outboxTo(to);
    expect(row).toMatchObject({ status: 'FAILED', attempts: maxAttempts });
    expect(row!.last_error).toContain('451');
    expect(await runOutboxSender(t.app.ctx, new Date(at))).toMatchObject({ sent: 0, retried: 0, failed: 0 });
    expect(mailsTo(to)).toHaveLength(0);
    smtp.refuseNext(0);
  });

  it('leaves no notification and no outbox row when the transaction rolls back', async () => {
    const e = await employeeWithMail('batal@kertapati.example.id');
    await expect(
      t.db.transaction().execute(async (trx) => {
        await notify(trx, {
          to: { employeeId: e.id },
          type: 'COMPLAINT_ASSIGNED',
          params: { ticket: 'KTP-2026-000999' },
          link: null,
          at: NOW,
          mail: { subject: 'Tidak jadi', text: 'Isi' },
        });
        throw new Error('perubahan dibatalkan');
      }),
    ).rejects.toThrow('perubahan dibatalkan');
    expect(await outboxTo('batal@kertapati.example.id')).toEqual([]);
    const notes = await t.db
      .selectFrom('notifications')
      .selectAll()
      .where('employee_id', '=', e.id)
      .execute();
    expect(notes).toEqual([]);
  });

  it('never sends one message twice when two senders run at the same time', async () => {
    const to = (i: number) => `serentak${i}@kertapati.example.id`;
    await t.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 30; i++)
        await enqueueMail(trx, { to: to(i), subject: `Serentak ${i}`, text: 'Isi', at: NOW });
    });
    const runs = await Promise.all([
      runOutboxSender(t.app.ctx, NOW),
      runOutboxSender(t.app.ctx, NOW),
      runOutboxSender(t.app.ctx, NOW),
    ]);
    await runOutboxSender(t.app.ctx, NOW);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBeLessThanOrEqual(30);
    for (let i = 0; i < 30; i++) expect(mailsTo(to(i)), to(i)).toHaveLength(1);
    const rows = await t.db
      .selectFrom('notification_outbox')
      .select(['status', 'attempts'])
      .where('to_address', 'like', 'serentak%')
      .execute();
    expect(rows.every((r) => r.status === 'SENT' && r.attempts === 1)).toBe(true);
  });

  it('marks the mail skipped, not failed, when SMTP_URL is unset', async () => {
    const to = 'tanpa-smtp@kertapati.example.id';
    await t.db
      .transaction()
      .execute((trx) => enqueueMail(trx, { to, subject: 'Tanpa SMTP', text: 'Isi', at: NOW }));
    const result = await runOutboxSender({ ...t.app.ctx, config: { ...t.config, smtpUrl: undefined } }, NOW);
    expect(result.skipped).toBeGreaterThanOrEqual(1);
    expect((await outboxTo(to))[0]).toMatchObject({ status: 'SKIPPED', attempts: 1 });
  });

  it('queues the citizen receipt with the ticket and the private tracking link, sent by the outbox', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/complaints',
      payload: makePublicComplaint('LAMPU', { reporterEmail: 'warga@example.id' }),
    });
    expect(res.statusCode).toBe(201);
    expect(await outboxTo('warga@example.id')).toEqual([expect.objectContaining({ status: 'PENDING' })]);
    await flushOutbox(t.app.ctx);
    const [mail] = mailsTo('warga@example.id');
    expect(mail!.body).toContain(res.json().ticket);
    expect(mail!.body).toContain(`https://kinerja.example.id/pengaduan/lacak#${res.json().trackingSecret}`);
  });
});

describe('GET /api/v1/notifications', () => {
  it('lists only my own notifications, unread first and newest first, with the unread count', async () => {
    const me = await employeeWithMail('saya@kertapati.example.id');
    const other = await employeeWithMail('lain@kertapati.example.id');
    await t.db.transaction().execute(async (trx) => {
      for (const [i, who] of [me, me, other, me].entries()) {
        await notify(trx, {
          to: { employeeId: who.id },
          type: 'SKP_FEEDBACK',
          params: { by: `Atasan ${i}`, year: 2026 },
          link: '/kinerja',
          at: new Date(NOW.getTime() + i * 1000),
        });
      }
    });
    const list = await t.app.inject({ url: '/api/v1/notifications', headers: { cookie: me.cookie } });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: number; params: { by: string } }[];
    expect(items.map((n) => n.params.by)).toEqual(['Atasan 3', 'Atasan 1', 'Atasan 0']);
    const count = await t.app.inject({
      url: '/api/v1/notifications/unread-count',
      headers: { cookie: me.cookie },
    });
    expect(count.json()).toEqual({ unread: 3 });

    // Marking the newest read moves it below the unread ones.
    const read = await t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${items[0]!.id}/read`,
      headers: { cookie: me.cookie },
    });
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).toBe(NOW.toISOString());
    const after = await t.app.inject({ url: '/api/v1/notifications', headers: { cookie: me.cookie } });
    expect(after.json().items.map((n: { params: { by: string } }) => n.params.by)).toEqual([
      'Atasan 1',
      'Atasan 0',
      'Atasan 3',
    ]);
    const all = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read-all',
      headers: { cookie: me.cookie },
    });
    expect(all.json()).toEqual({ marked: 2 });
    const otherCount = await t.app.inject({
      url: '/api/v1/notifications/unread-count',
      headers: { cookie: other.cookie },
    });
    expect(otherCount.json()).toEqual({ unread: 1 });
  });

  it("answers 404 for another user's notification and leaves it unread", async () => {
    const owner = await employeeWithMail('pemilik@kertapati.example.id');
    const snoop = await employeeWithMail('pengintip@kertapati.example.id');
    const { notificationId } = await t.db.transaction().execute((trx) =>
      notify(trx, {
        to: { employeeId: owner.id },
        type: 'SKP_RETURNED',
        params: { year: 2026, by: 'Kasi', comment: 'Rahasia' },
        link: '/kinerja',
        at: NOW,
      }),
    );
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${notificationId}/read`,
      headers: { cookie: snoop.cookie },
    });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Rahasia');
    const list = await t.app.inject({ url: '/api/v1/notifications', headers: { cookie: snoop.cookie } });
    expect(list.json().items).toEqual([]);
    const row = await t.db
      .selectFrom('notifications')
      .select('read_at')
      .where('id', '=', notificationId!)
      .executeTakeFirstOrThrow();
    expect(row.read_at).toBeNull();
  });

  it('answers 401 without a session', async () => {
    for (const url of [
      '/api/v1/notifications',
      '/api/v1/notifications/unread-count',
      '/api/v1/notifications/preferences',
    ]) {
      expect((await t.app.inject({ url })).statusCode).toBe(401);
    }
  });

  it('gives every signed-in user the notifications screen', async () => {
    await seedUser(t.db, { username: 'admin-notif', roles: ['ADMIN_KEPEGAWAIAN'] });
    const me = await t.app.inject({
      url: '/api/v1/auth/me',
      headers: { cookie: await t.login('admin-notif') },
    });
    expect(me.json().user.capabilities.screens).toContain('notifications');
  });
});

describe('notification preferences', () => {
  it('respects e-mail off per kind: the in-app notification stays, no e-mail is queued', async () => {
    const e = await employeeWithMail('pilih@kertapati.example.id');
    const prefs = await t.app.inject({
      url: '/api/v1/notifications/preferences',
      headers: { cookie: e.cookie },
    });
    expect(prefs.json().hasEmail).toBe(true);
    expect(prefs.json().items).toContainEqual({ type: 'SKP_FEEDBACK', email: true });
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/notifications/preferences',
      headers: { cookie: e.cookie },
      payload: { items: [{ type: 'SKP_FEEDBACK', email: false }] },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().items).toContainEqual({ type: 'SKP_FEEDBACK', email: false });
    expect(saved.json().items).toContainEqual({ type: 'SKP_APPROVED', email: true });
    await t.db.transaction().execute(async (trx) => {
      for (const type of ['SKP_FEEDBACK', 'SKP_APPROVED'] as const) {
        await notify(trx, {
          to: { employeeId: e.id },
          type,
          params: { year: 2026, by: 'Kasi' },
          link: null,
          at: NOW,
          mail: { subject: `Subjek ${type}`, text: 'Isi' },
        });
      }
    });
    const queued = await outboxTo('pilih@kertapati.example.id');
    expect(queued.map((r) => r.subject)).toEqual(['Subjek SKP_APPROVED']);
    const count = await t.app.inject({
      url: '/api/v1/notifications/unread-count',
      headers: { cookie: e.cookie },
    });
    expect(count.json()).toEqual({ unread: 2 });
  });

  it('refuses an unknown kind and a kind given twice with 400', async () => {
    const e = await employeeWithMail('pilih2@kertapati.example.id');
    for (const items of [
      [{ type: 'TIDAK_ADA', email: false }],
      [
        { type: 'SKP_FEEDBACK', email: false },
        { type: 'SKP_FEEDBACK', email: true },
      ],
    ]) {
      const res = await t.app.inject({
        method: 'PUT',
        url: '/api/v1/notifications/preferences',
        headers: { cookie: e.cookie },
        payload: { items },
      });
      expect(res.statusCode).toBe(400);
    }
  });
});

describe('complaints → notifications', () => {
  it('notifies the assignee of the disposition and of the 75 % deadline warning, each e-mailed by the outbox', async () => {
    await seedUser(t.db, { username: 'petugas-notif', roles: ['PETUGAS_PENGADUAN'] });
    const staff = await employeeWithMail('staf@kertapati.example.id');
    const cookie = await t.login('petugas-notif');
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/complaints',
      payload: makePublicComplaint('LAMPU'),
      remoteAddress: '10.7.0.1',
    });
    const { id } = await t.db
      .selectFrom('complaints')
      .select('id')
      .where('ticket', '=', filed.json().ticket)
      .executeTakeFirstOrThrow();
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/complaints/${id}/verification`,
      headers: { cookie },
      payload: {},
    });
    const assigned = await t.app.inject({
      method: 'POST',
      url: `/api/v1/complaints/${id}/disposition`,
      headers: { cookie },
      payload: { unitId: tree.units.seksi, assigneeEmployeeId: staff.id },
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    t.clock.now = new Date(new Date(assigned.json().sla.warningAt).getTime() + 1000);
    await runComplaintSlaJob(t.app.ctx, t.clock.now);
    const list = await t.app.inject({ url: '/api/v1/notifications', headers: { cookie: staff.cookie } });
    const items = list.json().items as { type: string; params: Record<string, unknown>; link: string }[];
    expect(items).toContainEqual(
      expect.objectContaining({
        type: 'COMPLAINT_DEADLINE',
        params: { ticket: filed.json().ticket, stage: 'WARNING', window: 'PENYELESAIAN' },
        link: `/complaints/${id}`,
      }),
    );
    expect(items.at(-1)).toMatchObject({ type: 'COMPLAINT_ASSIGNED', link: `/complaints/${id}` });
    await flushOutbox(t.app.ctx);
    const mails = mailsTo('staf@kertapati.example.id').filter((m) => m.body.includes(filed.json().ticket));
    expect(mails).toHaveLength(items.length);
    t.clock.now = NOW;
  });
});
