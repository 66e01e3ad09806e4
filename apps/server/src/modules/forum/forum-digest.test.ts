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
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/forum/threads/${threadId}/posts`,
    headers: { cookie: cookies.author! },
    payload: { body: '<p>Balasan anonim</p>', isAnonymous: true },
  });
  expect(res.statusCode, res.body).toBe(201);
  anonymousReply = res.json().id;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const as = (who: string) => ({ cookie: cookies[who]! });
type Row = { type: string; params: Record<string, unknown>; link: string | null; readAt: string | null };
const notificationsOf = async (who: string, query = '?group=forum&pageSize=100') => {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/notifications${query}`, headers: as(who) });
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Row[]; total: number };
};
const unreadOf = async (who: string) =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/notifications/unread-count', headers: as(who) })).json()
    .unread as number;

describe('forum notifications are written to the notification centre when they happen', () => {
  it('tells the thread’s author about a reply at once, in the bell, without naming an anonymous replier', async () => {
    const { items } = await notificationsOf('reader');
    expect(items).toContainEqual(
      expect.objectContaining({
        type: 'FORUM_REPLY',
        params: { thread: expect.any(String), author: null },
        link: `/forum/diskusi/${threadId}`,
        readAt: null,
      }),
    );
    expect(await unreadOf('reader')).toBeGreaterThan(0);
  });

  it('a notification about an anonymous post names its author to nobody, not even a moderator', async () => {
    const rows = await t.db.selectFrom('notifications').select(['params']).execute();
    expect(JSON.stringify(rows)).not.toContain('Rahasia Penulis');
    for (const who of ['camat', 'moderator', 'reader', 'other'] as const) {
      expect(JSON.stringify(await notificationsOf(who, '?pageSize=100'))).not.toContain('Rahasia Penulis');
    }
  });

  it('tells a reporter the outcome and the author the moderator’s decision with its reason', async () => {
    const rep = await t.app.inject({
      method: 'POST',
      url: `/api/v1/forum/posts/${anonymousReply}/reports`,
      headers: as('other'),
      payload: { reason: 'KASAR' },
    });
    expect(rep.statusCode).toBe(201);
    const decided = await t.app.inject({
      method: 'POST',
      url: `/api/v1/forum/moderation/posts/${anonymousReply}/decision`,
      headers: as('moderator'),
      payload: { action: 'WARN', reason: 'Mohon gunakan bahasa yang santun' },
    });
    expect(decided.statusCode).toBe(200);
    expect((await notificationsOf('other')).items).toContainEqual(
      expect.objectContaining({
        type: 'FORUM_REPORT_REVIEWED',
        params: expect.objectContaining({ outcome: 'UPHELD' }),
      }),
    );
    expect((await notificationsOf('author')).items).toContainEqual(
      expect.objectContaining({
        type: 'FORUM_POST_MODERATED',
        params: expect.objectContaining({
          action: 'WARN_AUTHOR',
          reason: 'Mohon gunakan bahasa yang santun',
        }),
      }),
    );
    // The reporter learns the outcome, never who wrote the post.
    expect(JSON.stringify(await notificationsOf('other'))).not.toContain('Rahasia Penulis');
  });

  it('tells those who posted about a policy that the official response is out, and that the consultation closed', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/forum/policies/${policyId}/official-response`,
      headers: as('camat'),
      payload: { text: '<p>Terima kasih; jam layanan sore tetap dijaga oleh piket bergilir.</p>' },
    });
    expect(res.statusCode).toBe(200);
    expect((await notificationsOf('reader')).items).toContainEqual(
      expect.objectContaining({ type: 'FORUM_OFFICIAL_RESPONSE', link: `/forum/kebijakan/${policyId}` }),
    );
    const closed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/forum/policies/${policyId}/close`,
      headers: as('camat'),
      payload: { closingSummary: '<p>Jam layanan sore dipertahankan.</p>' },
    });
    expect(closed.statusCode).toBe(200);
    for (const who of ['reader', 'author'] as const) {
      expect((await notificationsOf(who)).items).toContainEqual(
        expect.objectContaining({ type: 'FORUM_POLICY_CLOSED', link: `/forum/kebijakan/${policyId}` }),
      );
    }
    expect((await notificationsOf('camat')).items.map((n) => n.type)).not.toContain('FORUM_POLICY_CLOSED');
  });

  it('tells only the author that a moderator revealed their anonymity, with the reason', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/forum/posts/${anonymousReply}/reveal`,
      headers: as('moderator'),
      payload: { reason: 'Dugaan ancaman terhadap pegawai' },
    });
    expect(res.statusCode).toBe(200);
    expect((await notificationsOf('author')).items).toContainEqual(
      expect.objectContaining({
        type: 'FORUM_AUTHOR_REVEALED',
        params: expect.objectContaining({ reason: 'Dugaan ancaman terhadap pegawai' }),
      }),
    );
    for (const who of ['reader', 'other', 'moderator', 'camat'] as const) {
      expect((await notificationsOf(who)).items.map((n) => n.type)).not.toContain('FORUM_AUTHOR_REVEALED');
    }
    // The reveal is no reason to rename the old notifications: they keep naming nobody.
    const rows = await t.db.selectFrom('notifications').select(['params']).execute();
    expect(JSON.stringify(rows)).not.toContain('Rahasia Penulis');
  });

  it('the forum group holds only forum kinds, and the forum’s own list is gone', async () => {
    const { items } = await notificationsOf('reader');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((n) => n.type.startsWith('FORUM_'))).toBe(true);
    const old = await t.app.inject({
      method: 'GET',
      url: '/api/v1/forum/notifications',
      headers: as('reader'),
    });
    expect(old.statusCode).toBe(404);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/notifications?group=xyz',
      headers: as('reader'),
    });
    expect(bad.statusCode).toBe(400);
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
    expect(mails[0]!.body).toContain('Seorang rekan (anonim) membalas diskusi Anda');
    expect(mails[0]!.body).toContain(`https://kinerja.example.id/forum/diskusi/${threadId}`);
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
