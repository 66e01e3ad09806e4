import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import {
  seedForumPolicy,
  seedForumPost,
  seedForumThread,
  seedForumWorld,
  type ForumWorld,
} from './forum-moderation.test-builders';

// Issue 13 "Done when": an ordinary employee can never learn an anonymous author through any endpoint. The walk
// reads every forum route from the OpenAPI document (so a route added later is walked too), calls it as ordinary
// employees — reads first, then writes with plausible bodies — and looks for the anonymous author's name, NIP,
// username and user id in every answer.

type OpenApi = {
  paths: Record<string, Record<string, { parameters?: { in: string; name: string; required?: boolean }[] }>>;
};

let t: TestApp;
let w: ForumWorld;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-05T03:00:00Z') });
  w = await seedForumWorld(t.db);
  ids.policy = await seedForumPolicy(t.db, w.userIds.camat);
  ids.thread = await seedForumThread(t.db, {
    authorUserId: w.userIds.author,
    policyId: ids.policy,
    isAnonymous: true,
    title: 'Keberatan soal absensi wajah',
  });
  ids.post = await seedForumPost(t.db, {
    threadId: ids.thread,
    authorUserId: w.userIds.author,
    isAnonymous: true,
    body: 'Saya keberatan, absensi wajah sering gagal di kelurahan.',
  });
  await seedForumPost(t.db, {
    threadId: ids.thread,
    authorUserId: w.userIds.reader,
    body: 'Setuju, perlu cadangan.',
  });
  // The anonymous post mentions the reader, edits itself, is reported and revealed to a moderator; its thread holds a
  // poll with anonymous voting the author voted in.
  await t.db.insertInto('forum_mentions').values({ post_id: ids.post, user_id: w.userIds.reader }).execute();
  await t.db
    .insertInto('forum_post_revisions')
    .values({ post_id: ids.post, body: '<p>Versi awal</p>', edited_by: w.userIds.author })
    .execute();
  await t.db
    .insertInto('forum_anonymity_reveals')
    .values({
      post_id: ids.post,
      moderator_user_id: w.userIds.moderator,
      reason: 'Dugaan pelanggaran berulang',
    })
    .execute();
  await t.db
    .insertInto('forum_reports')
    .values({ post_id: ids.post, reporter_user_id: w.userIds.other, reason: 'KASAR' })
    .execute();
  const poll = await t.db
    .insertInto('forum_polls')
    .values({
      thread_id: ids.thread,
      question: 'Perlu cadangan absensi manual?',
      is_anonymous_voting: true,
      created_by: w.userIds.author,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  ids.poll = poll.id;
  const option = await t.db
    .insertInto('forum_poll_options')
    .values([
      { poll_id: poll.id, label: 'Ya', sort: 0 },
      { poll_id: poll.id, label: 'Tidak', sort: 1 },
    ])
    .returning('id')
    .execute();
  ids.option = option[0]!.id;
  await t.db
    .insertInto('forum_poll_votes')
    .values({ poll_id: poll.id, option_id: ids.option, user_id: w.userIds.author })
    .execute();
});
afterAll(() => t.close());

/** Fills a path's parameters: the id after a collection names which record (the anonymous one where it matters). */
function urlOf(path: string): string {
  const byCollection: Record<string, number> = {
    policies: ids.policy!,
    threads: ids.thread!,
    posts: ids.post!,
    polls: ids.poll!,
  };
  const parts = path.split('/');
  return parts
    .map((part, i) => {
      if (part === '{kind}') return 'SETUJU';
      if (part === '{documentId}') return '1';
      if (part.startsWith('{')) return String(byCollection[parts[i - 1]!] ?? 1);
      return part;
    })
    .join('/');
}

const QUERY: Record<string, string> = {
  q: 'absensi',
  threadId: '',
  policyId: '',
};

function queryOf(
  op: { parameters?: { in: string; name: string; required?: boolean }[] },
  path: string,
): string {
  const params = (op.parameters ?? []).filter((p) => p.in === 'query');
  const q = new URLSearchParams();
  for (const p of params) {
    if (p.name === 'q') q.set('q', path.endsWith('/people') ? 'zzz' : 'absensi');
    else if (p.name === 'threadId') q.set('threadId', String(ids.thread));
    else if (p.name === 'policyId' && !path.endsWith('/polls')) q.set('policyId', String(ids.policy));
    else if (p.required && QUERY[p.name] !== undefined) q.set(p.name, QUERY[p.name]!);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Bodies that get past validation where a write could echo the anonymous post back. */
function bodyOf(method: string, path: string): object {
  if (path.endsWith('/threads/{id}/posts')) return { body: '<p>Menanggapi</p>', quotedPostId: ids.post };
  if (path.endsWith('/reports')) return { reason: 'SPAM' };
  if (path.endsWith('/vote')) return { optionIds: [ids.option] };
  if (path.endsWith('/reveal')) return { reason: 'Ingin tahu siapa penulisnya' };
  if (path.endsWith('/decision')) return { action: 'HIDE', reason: 'Uji akses' };
  if (path === '/api/v1/forum/threads')
    return { policyId: ids.policy, title: 'Topik baru', body: '<p>Isi</p>' };
  if (method === 'PUT' && path.endsWith('/posts/{id}')) return { body: '<p>Ubah</p>' };
  return {};
}

describe('anonymity across every forum endpoint', () => {
  it('never shows an ordinary employee the anonymous author’s id, name, NIP or username', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as OpenApi;
    const routes = Object.entries(doc.paths)
      .filter(([p]) => p.startsWith('/api/v1/forum'))
      .flatMap(([path, ops]) =>
        Object.entries(ops)
          .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
          .map(([m, op]) => ({ method: m.toUpperCase(), path, op })),
      )
      // Reads first, then writes, so reads see the world before the walk changes it.
      .sort((a, b) => Number(a.method !== 'GET') - Number(b.method !== 'GET'));
    expect(routes.length).toBeGreaterThanOrEqual(30);
    const author = await t.db
      .selectFrom('employees')
      .select(['nip', 'name'])
      .where('id', '=', w.author.id)
      .executeTakeFirstOrThrow();
    const needles = [
      author.name,
      author.nip,
      `"userId":${w.userIds.author},`,
      `"userId":${w.userIds.author}}`,
      `"authorUserId":${w.userIds.author}`,
      `"authorEmployeeId":${w.author.id}`,
      `"employeeId":${w.author.id}`,
    ];
    const walked: string[] = [];
    for (const who of ['reader', 'other'] as const) {
      const cookie = await t.login(w[who].username!);
      for (const r of routes) {
        const url = `${urlOf(r.path)}${r.method === 'GET' ? queryOf(r.op, r.path) : ''}`;
        const res = await t.app.inject({
          method: r.method as 'GET',
          url,
          headers: { cookie },
          ...(r.method === 'GET' || r.method === 'DELETE' ? {} : { payload: bodyOf(r.method, r.path) }),
        });
        walked.push(`${who} ${r.method} ${url} → ${res.statusCode}`);
        expect(res.statusCode, `${r.method} ${url}`).toBeLessThan(500);
        for (const needle of needles) {
          expect(
            res.body.includes(needle),
            `${who} ${r.method} ${url} shows ${needle}: ${res.body.slice(0, 300)}`,
          ).toBe(false);
        }
        for (const [name, value] of Object.entries(res.headers)) {
          expect(String(value).includes(author.name), `${r.method} ${url} header ${name}`).toBe(false);
        }
      }
    }
    // The walk reached the anonymous post in the reads that matter (not only 404s).
    const ok = walked.filter((l) => l.endsWith('200'));
    for (const needle of [
      '/threads/',
      '/search',
      '/me/mentions',
      '/polls/',
      '/notifications',
      '/reports/mine',
    ]) {
      expect(
        ok.some((l) => l.includes(needle)),
        needle,
      ).toBe(true);
    }
  });
});
