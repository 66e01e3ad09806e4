import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { seedForumPolicy, seedForumWorld, type ForumWorld } from './forum-moderation.test-builders';

const NOW = new Date('2026-12-05T03:00:00Z');
let t: TestApp;
let w: ForumWorld;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  w = await seedForumWorld(t.db);
  for (const who of ['camat', 'moderator', 'reader', 'other'] as const)
    cookies[who] = await t.login(w[who].username!);
});
afterAll(() => t.close());

const as = (who: string) => ({ cookie: cookies[who]! });
const days = (n: number) => new Date(NOW.getTime() + n * 24 * 60 * 60 * 1000);
const respond = (who: string, policyId: number, text: string) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/v1/forum/policies/${policyId}/official-response`,
    headers: as(who),
    payload: { text },
  });
const flags = async () => {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/v1/forum/leadership-flags',
    headers: as('camat'),
  });
  expect(res.statusCode).toBe(200);
  return res.json().items as { policyId: number; state: string; daysLeft: number }[];
};
const RESPONSE =
  'Terima kasih atas masukan. Jam layanan inti tetap 08.00–15.00 WIB, dan piket Sabtu bergiliran per seksi.';

describe('PUT /api/v1/forum/policies/:id/official-response (the Pimpinan publishes the tanggapan resmi)', () => {
  it('publishes the response of an open policy, records who and when, and audit-logs it', async () => {
    const policyId = await seedForumPolicy(t.db, w.userIds.camat, { closesAt: days(20) });
    const res = await respond(
      'camat',
      policyId,
      `<p>${RESPONSE}</p><p>Kedua<img src=x onerror=alert(1)><script>alert(1)</script></p>`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      officialResponseState: 'PUBLISHED',
      officialResponseAt: NOW.toISOString(),
      officialResponseByName: 'Camat Uji',
      canClose: true,
      closeBlockers: [{ field: 'closingSummary' }],
    });
    expect(res.json().officialResponse).toMatch(/^<p>Terima kasih.*<\/p><p>Kedua<\/p>$/);
    expect(res.json().officialResponse).not.toMatch(/onerror|<img/);
    expect(res.json().officialResponse).not.toContain('<script>');
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'forum_policy')
      .where('entity_id', '=', String(policyId))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['forum.policy.official_response']);
  });

  it('is refused to anyone but the Pimpinan (403), on a draft or closed policy (409), and when too short (400)', async () => {
    const policyId = await seedForumPolicy(t.db, w.userIds.camat, { closesAt: days(20) });
    expect((await respond('moderator', policyId, RESPONSE)).statusCode).toBe(403);
    expect((await respond('reader', policyId, RESPONSE)).statusCode).toBe(403);
    const short = await respond('camat', policyId, 'Oke');
    expect(short.statusCode).toBe(400);
    expect(JSON.stringify(short.json().error.details)).toContain('text');
    const draft = await seedForumPolicy(t.db, w.userIds.camat, { status: 'DRAFT' });
    expect((await respond('camat', draft, RESPONSE)).statusCode).toBe(409);
    const closed = await seedForumPolicy(t.db, w.userIds.camat, { status: 'CLOSED' });
    expect((await respond('camat', closed, RESPONSE)).statusCode).toBe(409);
  });

  it('marks a response published after the window ended as late', async () => {
    const policyId = await seedForumPolicy(t.db, w.userIds.camat, { opensAt: days(-30), closesAt: days(-1) });
    expect((await respond('camat', policyId, RESPONSE)).json().officialResponseState).toBe('LATE');
  });
});

describe('leadership dashboard flag: open policies without an official response', () => {
  it('flags open policies without a response, overdue first, then due soon, then the rest', async () => {
    const later = await seedForumPolicy(t.db, w.userIds.camat, { title: 'Jauh', closesAt: days(30) });
    const soon = await seedForumPolicy(t.db, w.userIds.camat, { title: 'Segera', closesAt: days(3) });
    const overdue = await seedForumPolicy(t.db, w.userIds.camat, {
      title: 'Lewat',
      opensAt: days(-30),
      closesAt: days(-2),
    });
    const answered = await seedForumPolicy(t.db, w.userIds.camat, { title: 'Dijawab', closesAt: days(3) });
    await respond('camat', answered, RESPONSE);
    const draft = await seedForumPolicy(t.db, w.userIds.camat, { status: 'DRAFT', closesAt: days(3) });
    const items = await flags();
    const mine = items.filter((i) => [later, soon, overdue, answered, draft].includes(i.policyId));
    expect(mine.map((i) => [i.policyId, i.state, i.daysLeft])).toEqual([
      [overdue, 'MISSING_OVERDUE', -2],
      [soon, 'DUE_SOON', 3],
      [later, 'MISSING', 30],
    ]);
  });

  it('uses the "due soon" days setting', async () => {
    const policyId = await seedForumPolicy(t.db, w.userIds.camat, { closesAt: days(10) });
    expect((await flags()).find((i) => i.policyId === policyId)?.state).toBe('MISSING');
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/forum/settings',
      headers: as('camat'),
      payload: { autoHideReports: 3, responseDueSoonDays: 14, digestHourWib: 7 },
    });
    expect((await flags()).find((i) => i.policyId === policyId)?.state).toBe('DUE_SOON');
    await t.db.deleteFrom('settings').where('key', '=', 'forum.settings').execute();
  });

  it('is for the Pimpinan only (403 for moderators and employees)', async () => {
    for (const who of ['moderator', 'reader']) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/forum/leadership-flags',
        headers: as(who),
      });
      expect(res.statusCode, who).toBe(403);
    }
  });
});

describe('GET /api/v1/forum/policies/:id/consultation', () => {
  it('shows the response to the audience without the Pimpinan’s close controls, and 404 outside it', async () => {
    const policyId = await seedForumPolicy(t.db, w.userIds.camat, {
      unitIds: [w.tree.units.seksi],
      closesAt: days(9),
    });
    await respond('camat', policyId, RESPONSE);
    const reader = await t.app.inject({
      method: 'GET',
      url: `/api/v1/forum/policies/${policyId}/consultation`,
      headers: as('reader'),
    });
    expect(reader.json()).toMatchObject({
      officialResponseState: 'PUBLISHED',
      canRespond: false,
      canClose: false,
      closeBlockers: [],
    });
    const outside = await t.app.inject({
      method: 'GET',
      url: `/api/v1/forum/policies/${policyId}/consultation`,
      headers: as('other'),
    });
    expect(outside.statusCode).toBe(404);
  });

  it('tells the Pimpinan that closing needs the official response and a summary', async () => {
    const policyId = await seedForumPolicy(t.db, w.userIds.camat, { closesAt: days(9) });
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/forum/policies/${policyId}/consultation`,
      headers: as('camat'),
    });
    expect(res.json()).toMatchObject({
      canRespond: true,
      canClose: false,
      closeBlockers: [{ field: 'officialResponse' }, { field: 'closingSummary' }],
    });
  });
});

describe('POST /api/v1/forum/policies/:id/close (a policy cannot be closed without its response and summary)', () => {
  const close = (policyId: number, closingSummary?: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/forum/policies/${policyId}/close`,
      headers: as('camat'),
      payload: closingSummary ? { closingSummary } : {},
    });

  it('refuses to close without the official response (422 naming it), then without a summary, then closes', async () => {
    const policyId = await seedForumPolicy(t.db, w.userIds.camat, { closesAt: days(9) });
    const summary =
      '<p>Jam layanan tetap 08.00–16.00; piket Sabtu bergiliran per seksi mulai Januari 2027.</p>';
    const noResponse = await close(policyId, summary);
    expect(noResponse.statusCode).toBe(422);
    expect(noResponse.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'officialResponse',
    ]);
    await respond('camat', policyId, RESPONSE);
    const noSummary = await close(policyId);
    expect(noSummary.statusCode).toBe(422);
    expect(noSummary.json().error.details.map((d: { path: string }) => d.path)).toEqual(['closingSummary']);
    const closed = await close(policyId, summary);
    expect(closed.statusCode).toBe(200);
    const consultation = await t.app.inject({
      method: 'GET',
      url: `/api/v1/forum/policies/${policyId}/consultation`,
      headers: as('reader'),
    });
    expect(consultation.json()).toMatchObject({
      status: 'CLOSED',
      closingSummary: summary,
      officialResponseState: 'PUBLISHED',
    });
    expect((await flags()).some((f) => f.policyId === policyId)).toBe(false);
  });
});
