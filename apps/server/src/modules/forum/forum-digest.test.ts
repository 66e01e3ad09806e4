import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { startTestSmtp } from '../../../test/test-smtp';
import { runForumDigestJob } from './forum-digest.service';
import {
  seedForumPolicy,
  seedForumPost,
  seedForumThread,
  seedForumWorld,
  type ForumWorld,
} from './forum-moderation.test-builders';
import { flushOutbox } from '../notifications/notifications.test-builders';

const NOW = new Date('2026-12-05T03:00:00Z'); // 10:00 WIB
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
let t: TestApp;
let w: ForumWorld;
const cookies: Record<string, string> = {};
let policyId: number;
let threadId: number;
let anonymousReply: number;

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp({
    now: NOW,
    config: {
      smtpUrl: smtp.url,
      publicUrl: 'https://kinerja.example.id',
    },
  });
  w = await seedForumWorld(t.db);
  for (const who of ['camat', 'moderator', 'author', 'reader', 'other'] as const)
    cookies[who] = await t.login(w[who].username!);
  await t.db
    .updateTable('employees')
    .set({ email: 'pembaca@kertapati.example.id' })
    .where('id', '=', w.reader.id)
    .execute();
  policyId = await seedForumPolicy(t.db, w.userIds.camat);
  threadId = await seedForumThread(t.db, { authorUserId: w.userIds.reader, policyId });
  await seedForumPost(t.db, {
    threadId,
    authorUserId: w.userIds.reader,
    body: 'Pembuka diskusi',
    at: new Date('2026-12-05T01:00:00Z'),
  });
  anonymousReply = await seedForumPost(t.db, {
    threadId,
    authorUserId: w.userIds.author,
    isAnonymous: true,
    body: 'Balasan anonim',
    at: new Date('2026-12-05T02:00:00Z'),
  });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const as = (who: string) => ({ cookie: cookies[who]! });
const notificationsOf = async (who: string) => {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/forum/notifications', headers: as(who) });
  expect(res.statusCode).toBe(200);
  return res.json() as {
    items: { kind: string; text: string; link: string; isUnread: boolean }[];
    unreadCount: number;
  };
};

describe('GET /api/v1/forum/notifications (computed on read)', () => {
  it('tells the thread’s author about a reply without naming an anonymous replier', async () => {
    const res = await notificationsOf('reader');
    expect(res.items).toContainEqual(
      expect.objectContaining({
        kind: 'REPLY',
        text: 'Anonim membalas diskusi Anda.',
        link: `/forum/diskusi/${threadId}`,
        isUnread: true,
      }),
    );
    expect(JSON.stringify(res)).not.toContain('Rahasia Penulis');
  });

  it('tells a reporter the outcome and the author the moderator’s decision with its reason', async () => {
    const rep = await t.app.inject({
      method: 'POST',
      url: `/api/v1/forum/posts/${anonymousReply}/reports`,
      headers: as('other'),
      payload: { reason: 'KASAR' },
    });
    expect(rep.statusCode).toBe(201);
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/forum/moderation/posts/${anonymousReply}/decision`,
      headers: as('moderator'),
      payload: { action: 'WARN', reason: 'Mohon gunakan bahasa yang santun' },
    });
    expect((await notificationsOf('other')).items).toContainEqual(
      expect.objectContaining({ kind: 'REPORT_REVIEWED', text: 'Laporan Anda ditindaklanjuti moderator.' }),
    );
    expect((await notificationsOf('author')).items).toContainEqual(
      expect.objectContaining({
        kind: 'POST_MODERATED',
        text: 'Anda menerima peringatan moderator. Alasan: Mohon gunakan bahasa yang santun',
      }),
    );
    // The reporter learns the outcome, never who wrote the post.
    expect(JSON.stringify(await notificationsOf('other'))).not.toContain('Rahasia Penulis');
  });

  it('tells those who posted about a policy that the official response is out', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/forum/policies/${policyId}/official-response`,
      headers: as('camat'),
      payload: { text: '<p>Terima kasih; jam layanan sore tetap dijaga oleh piket bergilir.</p>' },
    });
    expect(res.statusCode).toBe(200);
    expect((await notificationsOf('reader')).items).toContainEqual(
      expect.objectContaining({ kind: 'OFFICIAL_RESPONSE', link: `/forum/kebijakan/${policyId}` }),
    );
  });

  it('marks everything seen', async () => {
    expect((await notificationsOf('reader')).unreadCount).toBeGreaterThan(0);
    const seen = await t.app.inject({
      method: 'POST',
      url: '/api/v1/forum/notifications/seen',
      headers: as('reader'),
    });
    expect(seen.json().unreadCount).toBe(0);
  });
});

describe('daily e-mail digest (per user preference, idempotent, no anonymous identity)', () => {
  it('sends one digest per subscriber and WIB day from the digest hour, through the mailer', async () => {
    const pref = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/forum/notifications/preferences',
      headers: as('reader'),
      payload: { emailDigest: true },
    });
    expect(pref.json()).toEqual({ emailDigest: true });
    expect(await runForumDigestJob(t.app.ctx, new Date('2026-12-05T22:30:00Z'))).toEqual({
      ran: true,
      sent: 0,
    }); // 05:30 WIB
    const first = await runForumDigestJob(t.app.ctx, new Date('2026-12-06T00:10:00Z')); // 07:10 WIB
    expect(first).toEqual({ ran: true, sent: 1 });
    const again = await runForumDigestJob(t.app.ctx, new Date('2026-12-06T01:10:00Z'));
    expect(again).toEqual({ ran: true, sent: 0 });
    await flushOutbox(t.app.ctx);
    // The reader may also get notification e-mails (e.g. an official response); the digest is the one counted.
    const mails = smtp.inbox.filter(
      (m) =>
        m.to.includes('pembaca@kertapati.example.id') && m.body.includes('Kabar baru di forum kebijakan'),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).toContain('Anonim membalas diskusi Anda.');
    expect(mails[0]!.body).not.toContain('Rahasia Penulis');
    const rows = await t.db.selectFrom('forum_digest_sends').selectAll().execute();
    expect(rows).toEqual([expect.objectContaining({ user_id: w.userIds.reader, digest_date: '2026-12-06' })]);
  });

  it('sends nothing to those who did not ask for it', async () => {
    const pref = await t.app.inject({
      method: 'GET',
      url: '/api/v1/forum/notifications/preferences',
      headers: as('author'),
    });
    expect(pref.json()).toEqual({ emailDigest: false });
    const rows = await t.db
      .selectFrom('forum_digest_sends')
      .select('user_id')
      .where('user_id', '=', w.userIds.author)
      .execute();
    expect(rows).toEqual([]);
  });
});
