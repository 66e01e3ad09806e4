import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, seedEmployee, seedOrgTree } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { startTestSmtp } from '../../../test/test-smtp';
import { seedPolicy, seedPost, seedThread } from './forum.test-builders';
import { XSS_CORPUS } from './forum-xss-corpus';
import { flushOutbox } from '../notifications/notifications.test-builders';

// Issue 13: policies and their audience, threads, replies, quotes, mentions, reactions, anonymity to colleagues,
// reveals, read confirmations with participation, search, sanitised text — through the API on a fresh database.

let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
let t: TestApp;
let tree: Awaited<ReturnType<typeof seedOrgTree>>;
type Who = 'camat' | 'moderator' | 'staf' | 'stafKel' | 'rekan';
const cookies = {} as Record<Who, string>;
const users = {} as Record<Who, { id: number; username: string; name: string }>;

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp({
    config: {
      smtpUrl: smtp.url,
      publicUrl: 'https://kinerja.example.id',
    },
  });
  tree = await seedOrgTree(t.db);
  const people: [Who, string, number, ('PIMPINAN' | 'MODERATOR')[]][] = [
    ['camat', 'Drs. Hendra Wijaya', tree.positions.camat, ['PIMPINAN']],
    ['moderator', 'Maya Lestari', tree.positions.kasi, ['MODERATOR']],
    ['staf', 'Sri Rahayu Anonimawati', tree.positions.staf, []],
    ['stafKel', 'Budi Santoso', tree.positions.stafKel, []],
    ['rekan', 'Rina Marlina', tree.positions.staf, []],
  ];
  for (const [who, name, positionId, roles] of people) {
    const e = await seedEmployee(t.db, { name, positionId, login: true, roles });
    await t.db
      .updateTable('employees')
      .set({ email: `${who}@contoh.id` })
      .where('id', '=', e.id)
      .execute();
    const u = await t.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', e.username!)
      .executeTakeFirstOrThrow();
    users[who] = { id: u.id, username: e.username!, name };
    cookies[who] = await t.login(e.username!);
  }
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const req = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, who: Who, payload?: object) =>
  t.app.inject({ method, url, payload, headers: { cookie: cookies[who] } });
const get = (url: string, who: Who) => req('GET', url, who);
const post = (url: string, who: Who, payload: object = {}) => req('POST', url, who, payload);

const policyInput = (o: Record<string, unknown> = {}) => ({
  title: 'Penerapan Absensi Berbasis Lokasi',
  benefitsSummary: 'Kehadiran tercatat otomatis, tidak perlu antre di mesin sidik jari.',
  body: '<p>Mulai bulan depan seluruh pegawai <strong>mengisi presensi</strong> lewat aplikasi.</p>',
  consultationClosesAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
  ...o,
});

/** Every place an author's identity could show in a JSON answer. */
const expectNoIdentityOf = (body: string, who: Who) => {
  expect(body).not.toContain(users[who].name);
  expect(body).not.toContain(users[who].username);
  expect(body).not.toContain(`"userId":${users[who].id}`);
};

describe('policies (kebijakan)', () => {
  it('lets only the Pimpinan draft, publish and close a policy: draft → open → closed', async () => {
    expect((await post('/api/v1/forum/policies', 'staf', policyInput())).statusCode).toBe(403);
    const created = await post('/api/v1/forum/policies', 'camat', policyInput());
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    expect(created.json().status).toBe('DRAFT');
    // A draft is the leadership's own: an employee does not see it.
    expect((await get(`/api/v1/forum/policies/${id}`, 'staf')).statusCode).toBe(404);
    expect((await post(`/api/v1/forum/policies/${id}/publish`, 'staf')).statusCode).toBe(403);
    const published = await post(`/api/v1/forum/policies/${id}/publish`, 'camat');
    expect(published.statusCode).toBe(200);
    expect(published.json().status).toBe('OPEN');
    expect((await get(`/api/v1/forum/policies/${id}`, 'staf')).json().can.post).toBe(true);
    // i13-mod: no close before the official response (tanggapan resmi) is out.
    const early = await post(`/api/v1/forum/policies/${id}/close`, 'camat', {
      closingSummary: '<p>Jam presensi pagi dilonggarkan 15 menit.</p>',
    });
    expect(early.statusCode).toBe(422);
    const answered = await req('PUT', `/api/v1/forum/policies/${id}/official-response`, 'camat', {
      text: '<p>Terima kasih atas masukan; presensi pagi dilonggarkan.</p>',
    });
    expect(answered.statusCode).toBe(200);
    const closed = await post(`/api/v1/forum/policies/${id}/close`, 'camat', {
      closingSummary: '<p>Jam presensi pagi dilonggarkan 15 menit.</p>',
    });
    expect(closed.json()).toMatchObject({
      status: 'CLOSED',
      closingSummary: '<p>Jam presensi pagi dilonggarkan 15 menit.</p>',
    });
    // Closed: the record of the consultation, no more threads.
    const late = await post('/api/v1/forum/threads', 'staf', {
      policyId: id,
      title: 'Terlambat',
      body: 'isi',
    });
    expect(late.statusCode).toBe(403);
  });

  it('refuses to publish a policy without a consultation end in the future (422 naming the field)', async () => {
    const created = await post(
      '/api/v1/forum/policies',
      'camat',
      policyInput({ consultationClosesAt: null }),
    );
    const res = await post(`/api/v1/forum/policies/${created.json().id}/publish`, 'camat');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('consultationClosesAt');
  });

  it('hides a policy for some units from an employee outside the audience; leadership and moderators still see it', async () => {
    const id = await seedPolicy(t.db, {
      createdBy: users.camat.id,
      audience: 'UNITS',
      unitIds: [tree.units.seksi],
    });
    expect((await get(`/api/v1/forum/policies/${id}`, 'staf')).statusCode).toBe(200);
    expect((await get(`/api/v1/forum/policies/${id}`, 'stafKel')).statusCode).toBe(404);
    const list = await get('/api/v1/forum/policies', 'stafKel');
    expect(list.json().items.map((p: { id: number }) => p.id)).not.toContain(id);
    const thread = await post('/api/v1/forum/threads', 'stafKel', {
      policyId: id,
      title: 'Masuk?',
      body: 'coba',
    });
    expect(thread.statusCode).toBe(404);
    expect((await get(`/api/v1/forum/threads?policyId=${id}`, 'stafKel')).statusCode).toBe(404);
    expect((await get(`/api/v1/forum/policies/${id}`, 'camat')).statusCode).toBe(200);
    expect((await get(`/api/v1/forum/policies/${id}`, 'moderator')).statusCode).toBe(200);
  });

  it('keeps policy documents as PDFs, downloaded as attachments under a safe name', async () => {
    const id = await seedPolicy(t.db, { createdBy: users.camat.id });
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const notPdf = multipart(
      {},
      { filename: 'x.html', content: '<script>alert(1)</script>', contentType: 'text/html' },
    );
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/forum/policies/${id}/documents`,
      payload: notPdf.payload,
      headers: { ...notPdf.headers, cookie: cookies.camat },
    });
    expect(refused.statusCode).toBe(415);
    const name = '<img src=x onerror=alert(1)>.pdf';
    const body = multipart({}, { filename: name, content: pdf, contentType: 'application/pdf' });
    const up = await t.app.inject({
      method: 'POST',
      url: `/api/v1/forum/policies/${id}/documents`,
      payload: body.payload,
      headers: { ...body.headers, cookie: cookies.camat },
    });
    expect(up.statusCode).toBe(201);
    // Plain text in JSON (the web shows it as text), never markup.
    expect(up.json().fileName).toBe(name);
    const byStaf = await t.app.inject({
      method: 'POST',
      url: `/api/v1/forum/policies/${id}/documents`,
      payload: body.payload,
      headers: { ...body.headers, cookie: cookies.staf },
    });
    expect(byStaf.statusCode).toBe(403);
    const down = await get(`/api/v1/forum/policies/${id}/documents/${up.json().id}`, 'staf');
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-disposition']).toMatch(/^attachment; filename="[\w.\- ]+"/);
    expect(down.headers['content-disposition']).not.toMatch(/[<>]/);
    expect(down.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('threads, replies, quotes, reactions', () => {
  it('opens a thread on a policy and a general thread, and replies with a quote', async () => {
    const policyId = await seedPolicy(t.db, { createdBy: users.camat.id });
    const th = await post('/api/v1/forum/threads', 'staf', {
      policyId,
      title: 'Sinyal di kantor kelurahan',
      body: '<p>Sinyal lemah.</p>',
    });
    expect(th.statusCode).toBe(201);
    const general = await post('/api/v1/forum/threads', 'stafKel', {
      title: 'Ruang laktasi',
      body: 'Usul ruang laktasi.',
    });
    expect(general.json().policyId).toBeNull();
    const firstPost = th.json().posts[0].id as number;
    const rep = await post(`/api/v1/forum/threads/${th.json().id}/posts`, 'rekan', {
      body: 'Setuju, perlu penguat sinyal.',
      quotedPostId: firstPost,
    });
    expect(rep.statusCode).toBe(201);
    expect(rep.json().quote).toMatchObject({ postId: firstPost, excerpt: 'Sinyal lemah.' });
    const listed = await get(`/api/v1/forum/threads?policyId=${policyId}`, 'stafKel');
    expect(listed.json().items[0]).toMatchObject({ title: 'Sinyal di kantor kelurahan', postCount: 2 });
  });

  it('refuses to quote a hidden post, and withholds a quote whose post was hidden later', async () => {
    const policyId = await seedPolicy(t.db, { createdBy: users.camat.id });
    const { threadId } = await seedThread(t.db, { policyId, authorUserId: users.staf.id });
    const hidden = await seedPost(t.db, {
      threadId,
      authorUserId: users.rekan.id,
      visibility: 'HIDDEN',
      body: 'kata kasar',
    });
    const refused = await post(`/api/v1/forum/threads/${threadId}/posts`, 'stafKel', {
      body: 'kutip',
      quotedPostId: hidden,
    });
    expect(refused.statusCode).toBe(400);
    const visible = await seedPost(t.db, {
      threadId,
      authorUserId: users.rekan.id,
      body: 'isi yang nanti disembunyikan',
    });
    const quoting = await post(`/api/v1/forum/threads/${threadId}/posts`, 'stafKel', {
      body: 'kutip',
      quotedPostId: visible,
    });
    expect(quoting.statusCode).toBe(201);
    await t.db
      .updateTable('forum_posts')
      .set({ visibility: 'AUTO_HIDDEN' })
      .where('id', '=', visible)
      .execute();
    const thread = (await get(`/api/v1/forum/threads/${threadId}`, 'staf')).json();
    const q = thread.posts.find((p: { id: number }) => p.id === quoting.json().id).quote;
    expect(q.excerpt).toBeNull();
    expect(JSON.stringify(thread)).not.toContain('nanti disembunyikan');
    // The moderator still reads it.
    expect(JSON.stringify((await get(`/api/v1/forum/threads/${threadId}`, 'moderator')).json())).toContain(
      'nanti disembunyikan',
    );
  });

  it('counts one reaction per kind per user', async () => {
    const { postId } = await seedThread(t.db, { policyId: null, authorUserId: users.staf.id });
    await req('PUT', `/api/v1/forum/posts/${postId}/reactions/SETUJU`, 'rekan');
    const twice = await req('PUT', `/api/v1/forum/posts/${postId}/reactions/SETUJU`, 'rekan');
    expect(twice.json().reactions.find((r: { kind: string }) => r.kind === 'SETUJU')).toEqual({
      kind: 'SETUJU',
      count: 1,
      mine: true,
    });
    await req('PUT', `/api/v1/forum/posts/${postId}/reactions/SETUJU`, 'stafKel');
    const off = await req('DELETE', `/api/v1/forum/posts/${postId}/reactions/SETUJU`, 'rekan');
    expect(off.json().reactions.find((r: { kind: string }) => r.kind === 'SETUJU')).toEqual({
      kind: 'SETUJU',
      count: 1,
      mine: false,
    });
    expect((await req('PUT', `/api/v1/forum/posts/${postId}/reactions/MARAH`, 'rekan')).statusCode).toBe(400);
  });

  it('keeps the earlier text when the author edits a post; nobody else may edit it', async () => {
    const { postId } = await seedThread(t.db, {
      policyId: null,
      authorUserId: users.staf.id,
      body: 'versi satu',
    });
    expect((await req('PATCH', `/api/v1/forum/posts/${postId}`, 'rekan', { body: 'ubah' })).statusCode).toBe(
      403,
    );
    const edited = await req('PATCH', `/api/v1/forum/posts/${postId}`, 'staf', { body: 'versi dua' });
    expect(edited.json()).toMatchObject({ body: 'versi dua' });
    expect(edited.json().editedAt).not.toBeNull();
    const history = await t.db
      .selectFrom('forum_post_revisions')
      .select('body')
      .where('post_id', '=', postId)
      .execute();
    expect(history).toEqual([{ body: 'versi satu' }]);
  });

  it('stores every XSS payload of a post body inert, and titles as plain text', async () => {
    const { threadId } = await seedThread(t.db, { policyId: null, authorUserId: users.staf.id });
    for (const payload of XSS_CORPUS.slice(0, 20)) {
      const res = await post(`/api/v1/forum/threads/${threadId}/posts`, 'staf', { body: `teks ${payload}` });
      expect(res.statusCode).toBe(201);
      expect(res.json().body).not.toMatch(/<(script|img|svg|iframe|style)|javascript:|on\w+=/i);
    }
    const title = '<img src=x onerror=alert(1)>';
    const th = await post('/api/v1/forum/threads', 'staf', { title, body: 'isi' });
    expect(th.json().title).toBe(title);
    const only = await post(`/api/v1/forum/threads/${threadId}/posts`, 'staf', {
      body: '<script>alert(1)</script>',
    });
    expect(only.statusCode).toBe(400);
    expect(only.json().error.details[0].path).toBe('body');
  });
});

describe('anonymous to colleagues', () => {
  it('never shows an anonymous author to a colleague: thread list, thread, reply, mentions, search', async () => {
    const policyId = await seedPolicy(t.db, { createdBy: users.camat.id, title: 'Kebijakan Seragam Batik' });
    const th = await post('/api/v1/forum/threads', 'staf', {
      policyId,
      title: 'Keberatan soal seragam batik',
      body: `Saya keberatan soal seragam batikrahasia, mohon dibahas @${users.rekan.username}`,
      isAnonymous: true,
    });
    expect(th.statusCode).toBe(201);
    expect(th.json()).toMatchObject({ isAnonymous: true, isMine: true });
    expect(th.json().posts[0].author.name).toBe(users.staf.name); // the author always sees it is theirs
    const threadId = th.json().id as number;
    const reply = await post(`/api/v1/forum/threads/${threadId}/posts`, 'rekan', {
      body: 'Saya kutip',
      quotedPostId: th.json().posts[0].id,
    });
    const answers = [
      await get(`/api/v1/forum/threads?policyId=${policyId}`, 'rekan'),
      await get(`/api/v1/forum/threads/${threadId}`, 'rekan'),
      reply,
      await get('/api/v1/forum/me/mentions', 'rekan'),
      await get('/api/v1/forum/search?q=batikrahasia', 'rekan'),
      await get('/api/v1/forum/search?q=keberatan', 'rekan'),
      // Leadership is not a moderator: no identity either.
      await get(`/api/v1/forum/threads/${threadId}`, 'camat'),
      // A moderator without a recorded reveal does not see it either.
      await get(`/api/v1/forum/threads/${threadId}`, 'moderator'),
    ];
    for (const a of answers) {
      expect(a.statusCode).toBe(200 + (a === reply ? 1 : 0));
      expectNoIdentityOf(a.body, 'staf');
    }
    expect(answers[3]!.json().items[0]).toMatchObject({ threadId, isAnonymous: true, author: null });
    expect(answers[4]!.json().items.length).toBeGreaterThan(0);
    expect(reply.json().quote).toMatchObject({ isAnonymous: true, author: null });
  });

  it('e-mails a mentioned colleague without the anonymous author name', async () => {
    await post('/api/v1/forum/threads', 'staf', {
      title: 'Jadwal piket',
      body: `Jadwal piket berat, @${users.stafKel.username} bagaimana menurut Anda?`,
      isAnonymous: true,
    });
    await flushOutbox(t.app.ctx);
    const mail = smtp.inbox.find(
      (m) => m.to.includes('stafKel@contoh.id') && m.body.includes('Jadwal piket'),
    );
    expect(mail).toBeDefined();
    expect(mail!.body).toContain('Seorang rekan (anonim)');
    expect(mail!.body).not.toContain('Sri Rahayu');
  });

  it('notifies the mentioned colleague in-app without naming an anonymous author', async () => {
    const mine = (await get('/api/v1/notifications', 'stafKel')).json();
    const mention = mine.items.find(
      (n: { type: string; params: { thread: string } }) =>
        n.type === 'FORUM_MENTION' && n.params.thread === 'Jadwal piket',
    );
    expect(mention).toMatchObject({
      params: { author: null },
      link: expect.stringMatching(/^\/forum\/diskusi\/\d+$/),
    });
    expect(JSON.stringify(mine)).not.toContain('Sri Rahayu');
  });

  it('does not notify a mentioned colleague outside the policy audience', async () => {
    const policyId = await seedPolicy(t.db, {
      createdBy: users.camat.id,
      audience: 'UNITS',
      unitIds: [tree.units.seksi],
    });
    await post('/api/v1/forum/threads', 'staf', {
      policyId,
      title: 'Khusus seksi',
      body: `@${users.stafKel.username} lihat`,
    });
    expect(
      (await get('/api/v1/forum/me/mentions', 'stafKel'))
        .json()
        .items.map((m: { threadTitle: string }) => m.threadTitle),
    ).not.toContain('Khusus seksi');
  });

  it('lets only a moderator reveal an author, with a reason, audit-logged and shown to the author', async () => {
    const { postId, threadId } = await seedThread(t.db, {
      policyId: null,
      authorUserId: users.staf.id,
      isAnonymous: true,
    });
    expect(
      (await post(`/api/v1/forum/posts/${postId}/reveal`, 'camat', { reason: 'Ingin tahu saja siapa' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await post(`/api/v1/forum/posts/${postId}/reveal`, 'moderator', { reason: 'cek' })).statusCode,
    ).toBe(400);
    const res = await post(`/api/v1/forum/posts/${postId}/reveal`, 'moderator', {
      reason: 'Dugaan ujaran kebencian berulang',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().author.name).toBe(users.staf.name);
    const seen = (await get(`/api/v1/forum/threads/${threadId}`, 'moderator')).json();
    expect(seen.posts[0]).toMatchObject({ revealed: true, author: { name: users.staf.name } });
    expectNoIdentityOf((await get(`/api/v1/forum/threads/${threadId}`, 'rekan')).body, 'staf');
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'forum.author.reveal')
      .execute();
    expect(audit.find((a) => a.entity_id === String(postId))).toMatchObject({
      actor_name: users.moderator.username,
    });
    expect(JSON.stringify(audit)).not.toContain(users.staf.name);
    const mine = (await get('/api/v1/forum/me/reveals', 'staf')).json();
    expect(mine.items[0]).toMatchObject({
      postId,
      moderatorName: users.moderator.name,
      reason: 'Dugaan ujaran kebencian berulang',
    });
    expect((await get('/api/v1/forum/me/reveals', 'rekan')).json().items).toEqual([]);
  });
});

describe('read confirmation and participation', () => {
  it('counts read confirmations per unit of the audience, with percentages and no names', async () => {
    const policyId = await seedPolicy(t.db, { createdBy: users.camat.id });
    expect((await post(`/api/v1/forum/policies/${policyId}/read`, 'staf')).statusCode).toBe(200);
    await post(`/api/v1/forum/policies/${policyId}/read`, 'staf');
    await post(`/api/v1/forum/policies/${policyId}/read`, 'stafKel');
    const res = await get(`/api/v1/forum/policies/${policyId}/participation`, 'rekan');
    const seksi = res.json().units.find((u: { unitId: number }) => u.unitId === tree.units.seksi);
    expect(seksi).toEqual({
      unitId: tree.units.seksi,
      unitName: 'Seksi Uji',
      audience: 3,
      confirmed: 1,
      percent: 33.3,
    });
    expect(res.json()).toMatchObject({ audience: 5, confirmed: 2, percent: 40 });
    expect(res.body).not.toContain(users.staf.name);
    expect((await get(`/api/v1/forum/policies/${policyId}`, 'staf')).json()).toMatchObject({
      readByMe: true,
      can: { confirmRead: false },
    });
  });

  it('refuses a read confirmation from someone outside the audience', async () => {
    const policyId = await seedPolicy(t.db, {
      createdBy: users.camat.id,
      audience: 'UNITS',
      unitIds: [tree.units.kelurahan],
    });
    expect((await post(`/api/v1/forum/policies/${policyId}/read`, 'camat')).statusCode).toBe(403);
    expect((await post(`/api/v1/forum/policies/${policyId}/read`, 'stafKel')).statusCode).toBe(200);
  });
});

describe('search', () => {
  it('finds policies and posts by word prefix, respecting audience and hidden posts', async () => {
    const open = await seedPolicy(t.db, { createdBy: users.camat.id, title: 'Kebijakan Digitalisasi Arsip' });
    const closedAudience = await seedPolicy(t.db, {
      createdBy: users.camat.id,
      title: 'Digitalisasi arsip kelurahan',
      audience: 'UNITS',
      unitIds: [tree.units.kelurahan],
    });
    const { threadId } = await seedThread(t.db, {
      policyId: open,
      authorUserId: users.rekan.id,
      body: 'Pemindai arsip rusak',
    });
    await seedPost(t.db, {
      threadId,
      authorUserId: users.rekan.id,
      body: 'arsip ujaran tersembunyi',
      visibility: 'HIDDEN',
    });
    const res = await get('/api/v1/forum/search?q=digitali', 'staf');
    const ids = res.json().items.map((h: { policyId: number }) => h.policyId);
    expect(ids).toContain(open);
    expect(ids).not.toContain(closedAudience);
    const posts = await get('/api/v1/forum/search?q=arsip', 'staf');
    expect(posts.body).toContain('Pemindai arsip rusak');
    expect(posts.body).not.toContain('tersembunyi');
    expect((await get('/api/v1/forum/search?q=%25%25', 'staf')).statusCode).toBe(400);
  });
});

describe('capabilities', () => {
  it('sends the forum screens and actions with /auth/me', async () => {
    expect((await get('/api/v1/auth/me', 'camat')).json().user.capabilities).toMatchObject({
      forum: { managePolicies: true, moderate: false },
    });
    const staf = (await get('/api/v1/auth/me', 'staf')).json().user.capabilities;
    expect(staf.screens).toContain('forum');
    expect(staf.screens).not.toContain('forumManage');
    expect((await get('/api/v1/auth/me', 'moderator')).json().user.capabilities.forum.moderate).toBe(true);
  });
});
