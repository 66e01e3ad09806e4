import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOutboxSender } from '../src/modules/notifications/notification-outbox.job';
import { enqueueMail } from '../src/modules/notifications/notifications.service';
import {
  makePngWithMetadata,
  makePublicComplaint,
  seedComplaintCategory,
} from '../src/modules/complaints/complaints.test-builders';
import { multipart, seedOrgTree } from './builders';
import { createTestApp, type TestApp } from './test-app';
import { startTestSmtp } from './test-smtp';

// Issue 16 §3, the faults that fit in `npm test`: a full disk under the database (uploaded files live in it) and a
// mail server that cannot be reached. The long runs (kill -9 under load, a 30 s database outage, a real full
// tmpfs) are in `npm run verify:reliability` (scripts/verify-reliability.mjs).

const NOW = new Date('2026-05-04T03:00:00Z');
let t: TestApp;
let smtp: Awaited<ReturnType<typeof startTestSmtp>> | undefined;
let smtpPort: number;

beforeAll(async () => {
  // A mail server that was there once and is now down: its port refuses connections.
  const first = await startTestSmtp();
  smtpPort = Number(new URL(first.url).port);
  await first.close();
  t = await createTestApp({ now: NOW, config: { smtpUrl: `smtp://127.0.0.1:${smtpPort}` } });
  const tree = await seedOrgTree(t.db);
  await seedComplaintCategory(t.db, { unitId: tree.units.seksi, code: 'JALAN' });
});
afterAll(async () => {
  await t.close();
  await smtp?.close();
});

async function fileComplaint() {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/public/complaints',
    // No e-mail: the only mail in the outbox is the one the mail-server test queues.
    payload: makePublicComplaint('JALAN', { reporterEmail: undefined }),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ ticket: string; trackingSecret: string }>();
}

function upload(secret: string) {
  const body = multipart(
    {},
    { filename: 'foto.png', content: makePngWithMetadata(), contentType: 'image/png' },
  );
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/public/complaints/tracking/attachments',
    headers: { ...body.headers, 'x-tracking-secret': secret },
    payload: body.payload,
  });
}

const countOf = async (table: 'complaint_attachments' | 'complaint_events' | 'audit_log') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('disk full under the database', () => {
  it('answers 507 with a clear message when the disk is full, stores nothing of the upload, and works again once space returns', async () => {
    const { trackingSecret } = await fileComplaint();
    // PostgreSQL reports a full disk as SQLSTATE 53100 (disk_full) when a table file cannot grow. A trigger raises
    // exactly that error on the insert, as the real server does on a full tmpfs (see verify-reliability.mjs).
    await sql`create function sim_test_disk_full() returns trigger language plpgsql as $$
      begin raise exception 'could not extend file: No space left on device' using errcode = 'disk_full'; end $$`.execute(
      t.db,
    );
    await sql`create trigger sim_test_disk_full before insert on complaint_attachments
      for each row execute function sim_test_disk_full()`.execute(t.db);
    const before = {
      attachments: await countOf('complaint_attachments'),
      events: await countOf('complaint_events'),
      audit: await countOf('audit_log'),
    };
    let full;
    try {
      full = await upload(trackingSecret);
    } finally {
      await sql`drop trigger sim_test_disk_full on complaint_attachments`.execute(t.db);
      await sql`drop function sim_test_disk_full()`.execute(t.db);
    }
    expect(full.statusCode, full.body).toBe(507);
    expect(full.json()).toEqual({
      error: {
        code: 'INSUFFICIENT_STORAGE',
        message:
          'Ruang penyimpanan server penuh; data atau berkas tidak disimpan. Coba lagi nanti atau hubungi admin.',
      },
    });
    // The whole request was one transaction: no attachment row, no timeline event, no audit row of it.
    expect({
      attachments: await countOf('complaint_attachments'),
      events: await countOf('complaint_events'),
      audit: await countOf('audit_log'),
    }).toEqual(before);

    const again = await upload(trackingSecret);
    expect(again.statusCode, again.body).toBe(201);
    expect(await countOf('complaint_attachments')).toBe(before.attachments + 1);
  });
});

describe('mail server down', () => {
  it('keeps notifications in the outbox while the mail server cannot be reached and sends them once it is back', async () => {
    const to = 'warga@kertapati.example.id';
    await t.db
      .transaction()
      .execute((trx) => enqueueMail(trx, { to, subject: 'Pengaduan diterima', text: 'Isi', at: NOW }));
    const outbox = () =>
      t.db
        .selectFrom('notification_outbox')
        .selectAll()
        .where('to_address', '=', to)
        .executeTakeFirstOrThrow();

    const down = await runOutboxSender(t.app.ctx, NOW);
    expect(down).toMatchObject({ sent: 0, retried: 1, failed: 0 });
    let row = await outbox();
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
    const firstRetry = row.next_attempt_at.getTime();
    expect(firstRetry).toBe(NOW.getTime() + t.config.mailOutbox.retryBaseSeconds * 1000);

    // Still down at the first retry: the wait doubles.
    expect(await runOutboxSender(t.app.ctx, new Date(firstRetry))).toMatchObject({ retried: 1 });
    row = await outbox();
    expect(row).toMatchObject({ status: 'PENDING', attempts: 2 });
    expect(row.next_attempt_at.getTime()).toBe(firstRetry + 2 * t.config.mailOutbox.retryBaseSeconds * 1000);

    // The mail server comes back on its address; the next due pass delivers the message, once.
    smtp = await startTestSmtp(smtpPort);
    const back = await runOutboxSender(t.app.ctx, row.next_attempt_at);
    expect(back).toMatchObject({ sent: 1, retried: 0 });
    expect(smtp.mailsTo(to)).toHaveLength(1);
    expect(await outbox()).toMatchObject({ status: 'SENT', attempts: 3, last_error: null });
    await runOutboxSender(t.app.ctx, new Date(NOW.getTime() + 24 * 3600_000));
    expect(smtp.mailsTo(to)).toHaveLength(1);
  });
});
