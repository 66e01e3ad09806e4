import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { verifyAuditChain } from '../audit/audit.service';
import {
  seedForumPolicy,
  seedForumPost,
  seedForumThread,
  seedForumWorld,
  type ForumWorld,
} from './forum-moderation.test-builders';

let t: TestApp;
let w: ForumWorld;
const cookies: Record<string, string> = {};
let threadId: number;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-05T03:00:00Z') });
  w = await seedForumWorld(t.db);
  for (const who of ['camat', 'moderator', 'author', 'reader', 'other'] as const) {
    cookies[who] = await t.login(w[who].username!);
  }
  cookies.admin = await t.login(w.admin.username);
  const policyId = await seedForumPolicy(t.db, w.userIds.camat);
  threadId = await seedForumThread(t.db, { authorUserId: w.userIds.reader, policyId });
});
afterAll(() => t.close());

beforeEach(async () => {
  await t.db.deleteFrom('settings').where('key', '=', 'forum.settings').execute();
});

const as = (who: string) => ({ cookie: cookies[who]! });
const report = (who: string, postId: number, reason = 'KASAR', note?: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/forum/posts/${postId}/reports`,
    headers: as(who),
    payload: { reason, ...(note ? { note } : {}) },
  });
const decide = (who: string, postId: number, action: string, reason = 'Sesuai pedoman forum') =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/forum/moderation/posts/${postId}/decision`,
    headers: as(who),
    payload: { action, reason },
  });
const visibilityOf = async (postId: number) =>
  (
    await t.db
      .selectFrom('forum_posts')
      .select('visibility')
      .where('id', '=', postId)
      .executeTakeFirstOrThrow()
  ).visibility;

describe('POST /api/v1/forum/posts/:id/reports', () => {
  it('records a report with its reason and shows it to the reporter', async () => {
    const postId = await seedForumPost(t.db, { threadId, authorUserId: w.userIds.author });
    const res = await report('reader', postId, 'SPAM', 'Tautan promosi');
    expect(res.statusCode).toBe(201);
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/v1/forum/reports/mine',
      headers: as('reader'),
    });
    expect(mine.json().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ postId, reason: 'SPAM', note: 'Tautan promosi', status: 'PENDING' }),
      ]),
    );
  });

  it('refuses a second pending report of the same post by the same employee (409)', async () => {
    const postId = await seedForumPost(t.db, { threadId, authorUserId: w.userIds.author });
    expect((await report('reader', postId)).statusCode).toBe(201);
    const again = await report('reader', postId);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/sudah melaporkan/);
  });

  it('refuses reporting one’s own post (400)', async () => {
    const postId = await seedForumPost(t.db, { threadId, authorUserId: w.userIds.author });
    const res = await report('author', postId);
    expect(res.statusCode).toBe(400);
  });

  it('refuses a report without a known reason (400 naming the field)', async () => {
    const postId = await seedForumPost(t.db, { threadId, authorUserId: w.userIds.author });
    const res = await report('reader', postId, 'BOSAN');
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().error.details)).toContain('reason');
  });

  it('answers 404 to an employee outside the policy’s audience', async () => {
    const unitPolicy = await seedForumPolicy(t.db, w.userIds.camat, { unitIds: [w.tree.units.seksi] });
    const thread = await seedForumThread(t.db, { authorUserId: w.userIds.reader, policyId: unitPolicy });
    const postId = await seedForumPost(t.db, { threadId: thread, authorUserId: w.userIds.author });
    expect((await report('other', postId)).statusCode).toBe(404);
    expect((await report('reader', postId)).statusCode).toBe(201);
  });
});

describe('auto-hide after 3 reports pending review', () => {
  it('hides a post automatically when the third distinct employee reports it, and audit-logs it', async () => {
    const postId = await seedForumPost(t.db, { threadId, authorUserId: w.userIds.author });
    await report('reader', postId);
    await report('other', postId);
    expect(await visibilityOf(postId)).toBe('VISIBLE');
    await report('camat', postId);
    expect(await visibilityOf(postId)).toBe('AUTO_HIDDEN');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name'])
      .where('entity_type', '=', 'forum_post')
      .where('entity_id', '=', String(postId))
      .execute();
    expect(audit).toEqual([{ action: 'forum.post.auto_hide', actor_name: 'forum-auto-hide' }]);
  });

  it('uses the threshold setting: 2 reports hide when the agency sets 2', async () => {
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/forum/settings',
      headers: as('admin'),
      payload: { autoHideReports: 2, responseDueSoonDays: 7, digestHourWib: 7 },
    });
    expect(put.statusCode).toBe(200);
    const postId = await seedForumPost(t.db, { threadId, authorUserId: w.userIds.author });
    await report('reader', postId);
    expect(await visibilityOf(postId)).toBe('VISIBLE');
    await report('other', postId);
    expect(await visibilityOf(postId)).toBe('AUTO_HIDDEN');
  });

  it('does not hide again on the reports a moderator already judged (a restore closes them)', async () => {
    const postId = await seedForumPost(t.db, { threadId, authorUserId: w.userIds.author });
    for (const who of ['reader', 'other', 'camat']) await report(who, postId);
    expect((await decide('moderator', postId, 'RESTORE')).statusCode).toBe(200);
    expect(await visibilityOf(postId)).toBe('VISIBLE');
    // One reporter filing again after the review is one pending report, below the threshold.
    expect((await report('reader', postId)).statusCode).toBe(201);
    expect(await visibilityOf(postId)).toBe('VISIBLE');
  });
});

describe('GET /api/v1/forum/moderation/queue', () => {
  it('is refused to employees who are not moderators (403), the Pimpinan included', async () => {
    for (const who of ['reader', 'camat', 'admin']) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/forum/moderation/queue',
        headers: as(who),
      });
      expect(res.statusCode, who).toBe(403);
    }
  });

  it('lists reported posts with reports counted by reason, names no reporter and no anonymous author', async () => {
    const postId = await seedForumPost(t.db, {
      threadId,
      authorUserId: w.userIds.author,
      isAnonymous: true,
      body: 'Kiriman anonim yang dilaporkan',
    });
    await report('reader', postId, 'KASAR', 'Bahasanya kasar');
    await report('other', postId, 'KASAR');
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/forum/moderation/queue',
      headers: as('moderator'),
    });
    expect(res.statusCode).toBe(200);
    const item = res.json().items.find((i: { postId: number }) => i.postId === postId);
    expect(item).toMatchObject({
      isAnonymous: true,
      authorName: null,
      pendingReports: 2,
      reasons: [{ reason: 'KASAR', count: 2 }],
      notes: ['Bahasanya kasar'],
    });
    expect(JSON.stringify(item)).not.toContain('Rahasia Penulis');
    expect(res.body).not.toContain('Pembaca Biasa');
    expect(res.body).not.toContain('Pegawai Kelurahan');
  });
});

describe('reporters don’t see each other', () => {
  it('shows each reporter only their own report', async () => {
    const postId = await seedForumPost(t.db, { threadId, authorUserId: w.userIds.author });
    await report('reader', postId, 'SPAM', 'catatan pembaca');
    await report('other', postId, 'HOAKS', 'catatan kelurahan');
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/v1/forum/reports/mine',
      headers: as('other'),
    });
    expect(mine.body).toContain('catatan kelurahan');
    expect(mine.body).not.toContain('catatan pembaca');
    expect(mine.json().items.filter((r: { postId: number }) => r.postId === postId)).toHaveLength(1);
  });
});

describe('POST /api/v1/forum/moderation/posts/:id/decision (actions with reasons in the audit log)', () => {
  it('restores an auto-hidden post, dismisses its reports and records the reason in the hash-chained audit log', async () => {
    const postId = await seedForumPost(t.db, { threadId, authorUserId: w.userIds.author });
    for (const who of ['reader', 'other', 'camat']) await report(who, postId);
    const res = await decide('moderator', postId, 'RESTORE', 'Kritik wajar, tidak melanggar pedoman');
    expect(res.json()).toEqual({ postId, visibility: 'VISIBLE', closedReports: 3 });
    const reports = await t.db
      .selectFrom('forum_reports')
      .select(['status', 'review_note'])
      .where('post_id', '=', postId)
      .execute();
    expect(
      reports.every(
        (r) => r.status === 'DISMISSED' && r.review_note === 'Kritik wajar, tidak melanggar pedoman',
      ),
    ).toBe(true);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity_type', '=', 'forum_post')
      .where('entity_id', '=', String(postId))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['forum.post.auto_hide', 'forum.moderation.restore']);
    expect(audit[1]!.after).toMatchObject({ reason: 'Kritik wajar, tidak melanggar pedoman' });
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/v1/forum/reports/mine',
      headers: as('reader'),
    });
    expect(mine.json().items.find((r: { postId: number }) => r.postId === postId)).toMatchObject({
      status: 'DISMISSED',
    });
  });

  it('hides a post and upholds its reports', async () => {
    const postId = await seedForumPost(t.db, { threadId, authorUserId: w.userIds.author });
    await report('reader', postId);
    const res = await decide('moderator', postId, 'HIDE', 'Menyerang pribadi');
    expect(res.json()).toMatchObject({ visibility: 'HIDDEN', closedReports: 1 });
    const action = await t.db
      .selectFrom('forum_moderation_actions')
      .select(['action', 'reason'])
      .where('post_id', '=', postId)
      .executeTakeFirstOrThrow();
    expect(action).toEqual({ action: 'HIDE_POST', reason: 'Menyerang pribadi' });
  });

  it('deletes a post as hidden and never restores it (409)', async () => {
    const postId = await seedForumPost(t.db, { threadId, authorUserId: w.userIds.author });
    expect((await decide('moderator', postId, 'DELETE', 'Data pribadi warga')).json()).toMatchObject({
      visibility: 'DELETED',
    });
    const again = await decide('moderator', postId, 'RESTORE');
    expect(again.statusCode).toBe(409);
    expect(await visibilityOf(postId)).toBe('DELETED');
    expect((await report('reader', postId)).statusCode).toBe(404);
  });

  it('warns the author without changing the post', async () => {
    const postId = await seedForumPost(t.db, { threadId, authorUserId: w.userIds.author });
    await report('reader', postId);
    const res = await decide('moderator', postId, 'WARN', 'Mohon jaga bahasa');
    expect(res.json()).toMatchObject({ visibility: 'VISIBLE', closedReports: 1 });
  });

  it('requires a reason (400) and the moderator role (403)', async () => {
    const postId = await seedForumPost(t.db, { threadId, authorUserId: w.userIds.author });
    expect((await decide('moderator', postId, 'HIDE', '')).statusCode).toBe(400);
    expect((await decide('camat', postId, 'HIDE')).statusCode).toBe(403);
    expect((await decide('reader', postId, 'HIDE')).statusCode).toBe(403);
    expect((await decide('moderator', 999_999, 'HIDE')).statusCode).toBe(404);
  });
});

describe('GET /api/v1/forum/moderation/posts/:id/revisions (edit history kept for moderators only)', () => {
  it('shows the bodies before each edit to moderators, without naming the author of an anonymous post', async () => {
    const postId = await seedForumPost(t.db, {
      threadId,
      authorUserId: w.userIds.author,
      isAnonymous: true,
      body: 'Versi ketiga',
    });
    await t.db
      .insertInto('forum_post_revisions')
      .values([
        {
          post_id: postId,
          body: '<p>Versi pertama</p>',
          edited_by: w.userIds.author,
          edited_at: new Date('2026-12-05T02:10:00Z'),
        },
        {
          post_id: postId,
          body: '<p>Versi kedua</p>',
          edited_by: w.userIds.author,
          edited_at: new Date('2026-12-05T02:20:00Z'),
        },
      ])
      .execute();
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/forum/moderation/posts/${postId}/revisions`,
      headers: as('moderator'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      current: '<p>Versi ketiga</p>',
      items: [
        { body: '<p>Versi pertama</p>', editedByName: null },
        { body: '<p>Versi kedua</p>', editedByName: null },
      ],
    });
    for (const who of ['author', 'reader', 'camat']) {
      const denied = await t.app.inject({
        method: 'GET',
        url: `/api/v1/forum/moderation/posts/${postId}/revisions`,
        headers: as(who),
      });
      expect(denied.statusCode, who).toBe(403);
    }
  });
});

describe('GET/PUT /api/v1/forum/settings', () => {
  it('defaults to 3 reports, 7 days and 07:00 WIB', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/forum/settings',
      headers: as('moderator'),
    });
    expect(res.json()).toEqual({ autoHideReports: 3, responseDueSoonDays: 7, digestHourWib: 7 });
  });

  it('lets the Pimpinan and the administrator change them, audit-logged; refuses employees and bad values', async () => {
    const body = { autoHideReports: 5, responseDueSoonDays: 10, digestHourWib: 6 };
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/forum/settings',
      headers: as('camat'),
      payload: body,
    });
    expect(put.json()).toEqual(body);
    const logged = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'forum.settings.update')
      .execute();
    expect(logged.length).toBeGreaterThan(0);
    const denied = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/forum/settings',
      headers: as('moderator'),
      payload: body,
    });
    expect(denied.statusCode).toBe(403);
    const read = await t.app.inject({ method: 'GET', url: '/api/v1/forum/settings', headers: as('reader') });
    expect(read.statusCode).toBe(403);
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/forum/settings',
      headers: as('admin'),
      payload: { ...body, autoHideReports: 0 },
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('autoHideReports');
  });
});
