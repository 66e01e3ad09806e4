import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import {
  seedForumPolicy,
  seedForumThread,
  seedForumWorld,
  type ForumWorld,
} from './forum-moderation.test-builders';

const NOW = new Date('2026-12-05T03:00:00Z');
let t: TestApp;
let w: ForumWorld;
const cookies: Record<string, string> = {};
let policyId: number;
let threadId: number;

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  w = await seedForumWorld(t.db);
  for (const who of ['camat', 'moderator', 'author', 'reader', 'other'] as const) {
    cookies[who] = await t.login(w[who].username!);
  }
  policyId = await seedForumPolicy(t.db, w.userIds.camat);
  threadId = await seedForumThread(t.db, { authorUserId: w.userIds.reader, policyId });
});
afterAll(() => t.close());

const as = (who: string) => ({ cookie: cookies[who]! });
type Poll = {
  id: number;
  options: { id: number; count: number; percentTenths: number }[];
  voterCount: number;
  myChoice: number[];
  isOpen: boolean;
};
const createPoll = async (who: string, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/forum/polls', headers: as(who), payload: body });
const vote = (who: string, pollId: number, optionIds: number[]) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/v1/forum/polls/${pollId}/vote`,
    headers: as(who),
    payload: { optionIds },
  });
const base = {
  question: 'Jam layanan mana yang paling cocok untuk warga?',
  options: ['07.30–15.30', '08.00–16.00', 'Shift sore sampai 18.00'],
};

describe('POST /api/v1/forum/polls', () => {
  it('lets the thread’s author create a poll on the thread, and leadership one on the policy', async () => {
    const onThread = await createPoll('reader', { ...base, threadId });
    expect(onThread.statusCode).toBe(201);
    expect(onThread.json()).toMatchObject({
      threadId,
      policyId,
      kind: 'SINGLE',
      isAnonymousVoting: false,
      voterCount: 0,
    });
    const onPolicy = await createPoll('camat', {
      ...base,
      policyId,
      kind: 'MULTIPLE',
      isAnonymousVoting: true,
    });
    expect(onPolicy.statusCode).toBe(201);
  });

  it('refuses other employees and moderators (403), past closing times and repeated options (400)', async () => {
    expect((await createPoll('author', { ...base, threadId })).statusCode).toBe(403);
    expect((await createPoll('moderator', { ...base, policyId })).statusCode).toBe(403);
    expect((await createPoll('reader', { ...base, policyId })).statusCode).toBe(403);
    const past = await createPoll('camat', { ...base, policyId, closesAt: '2026-12-01T00:00:00+07:00' });
    expect(past.statusCode).toBe(400);
    expect(JSON.stringify(past.json().error.details)).toContain('closesAt');
    const same = await createPoll('camat', { ...base, policyId, options: ['Ya', 'ya'] });
    expect(same.statusCode).toBe(400);
    expect((await createPoll('camat', { ...base, policyId, options: ['Satu'] })).statusCode).toBe(400);
  });
});

describe('PUT /api/v1/forum/polls/:id/vote (single choice; change the vote until closed)', () => {
  it('counts votes with percentages adding up to 100,0 % and lets a voter change their vote', async () => {
    const poll = (await createPoll('camat', { ...base, policyId })).json() as Poll;
    const [a, b, c] = poll.options.map((o) => o.id) as [number, number, number];
    await vote('reader', poll.id, [a]);
    await vote('author', poll.id, [b]);
    let res = (await vote('other', poll.id, [c])).json() as Poll;
    expect(res.options.map((o) => [o.count, o.percentTenths])).toEqual([
      [1, 334],
      [1, 333],
      [1, 333],
    ]);
    res = (await vote('other', poll.id, [a])).json() as Poll;
    expect(res.voterCount).toBe(3);
    expect(res.myChoice).toEqual([a]);
    expect(res.options.map((o) => [o.count, o.percentTenths])).toEqual([
      [2, 667],
      [1, 333],
      [0, 0],
    ]);
  });

  it('refuses two options in a single-choice poll and an option of another poll (400)', async () => {
    const poll = (await createPoll('camat', { ...base, policyId })).json() as Poll;
    const other = (await createPoll('camat', { ...base, policyId })).json() as Poll;
    const two = await vote('reader', poll.id, [poll.options[0]!.id, poll.options[1]!.id]);
    expect(two.statusCode).toBe(400);
    expect(two.json().error.details[0].path).toBe('optionIds');
    expect((await vote('reader', poll.id, [other.options[0]!.id])).statusCode).toBe(400);
  });

  it('refuses votes after the closing time (409) and keeps the results readable', async () => {
    const poll = (
      await createPoll('camat', { ...base, policyId, closesAt: '2026-12-06T10:00:00+07:00' })
    ).json() as Poll;
    expect((await vote('reader', poll.id, [poll.options[0]!.id])).statusCode).toBe(200);
    // The closing time passes (moved back in the database rather than moving the clock past the sessions).
    await t.db
      .updateTable('forum_polls')
      .set({ closes_at: new Date(NOW.getTime() - 1000) })
      .where('id', '=', poll.id)
      .execute();
    const late = await vote('reader', poll.id, [poll.options[1]!.id]);
    expect(late.statusCode).toBe(409);
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/forum/polls/${poll.id}`,
      headers: as('author'),
    });
    expect(read.json()).toMatchObject({ isOpen: false, voterCount: 1, canVote: false });
  });
});

describe('multiple choice polls', () => {
  it('shows each option’s share of the voters', async () => {
    const poll = (await createPoll('camat', { ...base, policyId, kind: 'MULTIPLE' })).json() as Poll;
    const [a, b, c] = poll.options.map((o) => o.id) as [number, number, number];
    await vote('reader', poll.id, [a, b]);
    await vote('author', poll.id, [b]);
    const res = (await vote('other', poll.id, [b, c])).json() as Poll;
    expect(res.options.map((o) => [o.count, o.percentTenths])).toEqual([
      [1, 333],
      [3, 1000],
      [1, 333],
    ]);
    expect((await vote('reader', poll.id, [a, a])).statusCode).toBe(400);
  });
});

describe('anonymous voting: nobody, not even moderators, can list who voted what', () => {
  it('refuses the voter list of an anonymous poll to everyone and gives it for an open ballot', async () => {
    const secret = (await createPoll('camat', { ...base, policyId, isAnonymousVoting: true })).json() as Poll;
    await vote('reader', secret.id, [secret.options[0]!.id]);
    for (const who of ['moderator', 'camat', 'reader', 'author']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/forum/polls/${secret.id}/voters`,
        headers: as(who),
      });
      expect(res.statusCode, who).toBe(403);
      expect(res.json().error.message).toMatch(/anonim/);
    }
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/forum/polls/${secret.id}`,
      headers: as('moderator'),
    });
    expect(read.body).not.toContain('Pembaca Biasa');
    expect(read.json()).toMatchObject({ canListVoters: false, voterCount: 1 });

    const open = (await createPoll('camat', { ...base, policyId })).json() as Poll;
    await vote('reader', open.id, [open.options[1]!.id]);
    const voters = await t.app.inject({
      method: 'GET',
      url: `/api/v1/forum/polls/${open.id}/voters`,
      headers: as('author'),
    });
    expect(voters.json().items[1]).toEqual({ optionId: open.options[1]!.id, voters: ['Pembaca Biasa'] });
  });
});

describe('poll access follows the policy’s audience', () => {
  it('answers 404 to an employee outside the audience, for reading and voting', async () => {
    const unitPolicy = await seedForumPolicy(t.db, w.userIds.camat, { unitIds: [w.tree.units.seksi] });
    const poll = (await createPoll('camat', { ...base, policyId: unitPolicy })).json() as Poll;
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/forum/polls/${poll.id}`, headers: as('other') }))
        .statusCode,
    ).toBe(404);
    expect((await vote('other', poll.id, [poll.options[0]!.id])).statusCode).toBe(404);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/forum/polls?policyId=${unitPolicy}`,
      headers: as('reader'),
    });
    expect(list.json().items).toHaveLength(1);
  });
});
