import fs from 'node:fs';
import path from 'node:path';
import { holidaysFromJson } from '@sim/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { runComplaintSlaJob } from './complaint-sla.job';
import { getComplaintStatsForEmployee } from './complaint-stats.service';
import {
  type ComplaintsOffice,
  filePublicComplaint,
  LONG_SESSIONS,
  makePngWithMetadata,
  makePublicComplaint,
  seedComplaintCategory,
  seedComplaintsOffice,
} from './complaints.test-builders';

// Tuesday 17 March 2026, 10:00 WIB: the example of complaints.md (18–24 March are holidays, cuti bersama or weekend).
const START = new Date('2026-03-17T03:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let t: TestApp;
let tree: ComplaintsOffice['tree'];
let cookies: ComplaintsOffice['cookies'];
let ids: ComplaintsOffice['ids'];
let category: { id: number; code: string };
let ipSeq = 0;

beforeAll(async () => {
  // Sessions must outlive the days the clock jumps over.
  t = await createTestApp({ now: START, config: { session: LONG_SESSIONS } });
  ({ tree, cookies, ids } = await seedComplaintsOffice(t, 'kp'));
  category = await seedComplaintCategory(t.db, {
    unitId: tree.units.seksi,
    code: 'LAMPU',
    complexity: 'NORMATIF',
  });
  await seedComplaintCategory(t.db, {
    unitId: tree.units.seksi,
    code: 'JALAN',
    complexity: 'KOMPLEKS',
    attributes: [
      {
        code: 'tingkat_kerusakan',
        datatype: 'singlevaluelist',
        required: true,
        description: 'Tingkat kerusakan',
        values: [
          { key: 'ringan', name: 'Ringan' },
          { key: 'berat', name: 'Berat' },
        ],
      },
    ],
  });
});
afterAll(() => t.close());

type Who = keyof typeof cookies;
const get = (url: string, who?: Who) =>
  t.app.inject({ method: 'GET', url, headers: who ? { cookie: cookies[who] } : {} });
const post = (url: string, who: Who | undefined, payload: object) =>
  t.app.inject({ method: 'POST', url, payload, headers: who ? { cookie: cookies[who] } : {} });
const nextIp = () => `10.0.${Math.floor(++ipSeq / 250)}.${(ipSeq % 250) + 1}`;

const file = (overrides: Record<string, unknown> = {}, code = category.code) =>
  filePublicComplaint(t, makePublicComplaint(code, overrides), nextIp());
const track = (secret: string, method: 'GET' | 'POST' = 'GET', suffix = '', payload?: object) =>
  t.app.inject({
    method,
    url: `/api/v1/public/complaints/tracking${suffix}`,
    headers: { 'x-tracking-secret': secret },
    payload: method === 'POST' ? (payload ?? {}) : undefined,
    remoteAddress: nextIp(),
  });

async function verifyAndAssign(id: number) {
  expect((await post(`/api/v1/complaints/${id}/verification`, 'petugas', {})).statusCode).toBe(200);
  const res = await post(`/api/v1/complaints/${id}/disposition`, 'petugas', {
    unitId: tree.units.seksi,
    assigneeEmployeeId: ids.staf,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('service catalogue and calendar', () => {
  it('seeds the 2026 calendar from the domain fixture', async () => {
    const fixture = JSON.parse(
      fs.readFileSync(
        path.resolve(
          import.meta.dirname,
          '../../../../../packages/domain/src/__fixtures__/holidays-2026.json',
        ),
        'utf8',
      ),
    );
    const res = await get('/api/v1/complaint-holidays/2026', 'admin');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((h: { date: string }) => h.date)).toEqual(holidaysFromJson(fixture));
  });

  it('lets the admin add and remove a holiday and refuses others with 403', async () => {
    expect(
      (await post('/api/v1/complaint-holidays', 'petugas', { date: '2027-01-01', name: 'Tahun Baru' }))
        .statusCode,
    ).toBe(403);
    const add = await post('/api/v1/complaint-holidays', 'admin', {
      date: '2027-01-01',
      name: 'Tahun Baru 2027',
    });
    expect(add.statusCode).toBe(201);
    const dup = await post('/api/v1/complaint-holidays', 'admin', { date: '2027-01-01', name: 'Lagi' });
    expect(dup.statusCode).toBe(409);
    const bad = await post('/api/v1/complaint-holidays', 'admin', { date: '2027-02-30', name: 'Salah' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.date');
    const del = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/complaint-holidays/2027-01-01',
      headers: { cookie: cookies.admin },
    });
    expect(del.statusCode).toBe(204);
  });

  it('lets the admin create and edit categories with their unit, complexity and window', async () => {
    const res = await post('/api/v1/complaint-categories', 'admin', {
      code: 'SAMPAH',
      name: 'Sampah menumpuk',
      unitId: tree.units.kelurahan,
      complexity: 'RINGAN',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().effectiveResolutionDays).toBe(2);
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/complaint-categories/${res.json().id}`,
      headers: { cookie: cookies.admin },
      payload: { resolutionDays: 3 },
    });
    expect(patched.json().effectiveResolutionDays).toBe(3);
    expect(
      (
        await post('/api/v1/complaint-categories', 'petugas', {
          code: 'X1',
          name: 'x',
          unitId: 1,
          complexity: 'RINGAN',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('lets the admin change the deadline policy within the domain limits', async () => {
    const policy = (await get('/api/v1/complaint-settings/sla-policy', 'admin')).json();
    expect(policy.verificationDays).toBe(3);
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/complaint-settings/sla-policy',
      headers: { cookie: cookies.admin },
      payload: { ...policy, resolutionDays: { ...policy.resolutionDays, PEMERIKSAAN: 61 } },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('offers the public form the active categories and the kelurahan', async () => {
    const res = await get('/api/v1/public/complaint-options');
    expect(res.statusCode).toBe(200);
    expect(res.json().kelurahan).toEqual(['Uji']);
    expect(res.json().categories.map((c: { code: string }) => c.code)).toContain('JALAN');
    expect(JSON.stringify(res.json())).not.toContain('unitId');
  });
});

describe('POST /api/v1/public/complaints', () => {
  it('returns a ticket number and a private tracking secret', async () => {
    const created = await file();
    expect(created.ticket).toMatch(/^KTP-2026-\d{6}$/);
    expect(created.trackingSecret.length).toBeGreaterThanOrEqual(40);
    const row = await t.db
      .selectFrom('complaints')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.tracking_hash).not.toContain(created.trackingSecret);
  });

  it('refuses a filled honeypot, an unknown category and a missing required attribute with field paths', async () => {
    const honey = await post(
      '/api/v1/public/complaints',
      undefined,
      makePublicComplaint('LAMPU', { website: 'http://spam' }),
    );
    expect(honey.statusCode).toBe(400);
    const unknown = await post('/api/v1/public/complaints', undefined, makePublicComplaint('TIDAKADA'));
    expect(unknown.json().error.details[0].path).toBe('categoryCode');
    const missing = await post('/api/v1/public/complaints', undefined, makePublicComplaint('JALAN'));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].path).toBe('attributes.tingkat_kerusakan');
    const wrongKelurahan = await post(
      '/api/v1/public/complaints',
      undefined,
      makePublicComplaint('LAMPU', { kelurahan: 'Bukan' }),
    );
    expect(wrongKelurahan.json().error.details[0].path).toBe('kelurahan');
    const bodyError = await post('/api/v1/public/complaints', undefined, { categoryCode: 'LAMPU' });
    expect(bodyError.statusCode).toBe(400);
    expect(bodyError.json().error.details.length).toBeGreaterThan(0);
  });

  it('limits filing per IP address (RATE_LIMIT_COMPLAINT_FILING)', async () => {
    const codes: number[] = [];
    for (let i = 0; i <= t.config.rateLimits.complaintFiling.max; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/public/complaints',
        payload: makePublicComplaint('LAMPU', { description: 'x' }),
        remoteAddress: '192.0.2.77',
      });
      codes.push(res.statusCode);
    }
    expect(codes.at(-1)).toBe(429);
  });

  it('accepts a walk-in complaint from the desk only, with the channel noted', async () => {
    const body = { ...makePublicComplaint('LAMPU'), channel: 'WALK_IN' };
    expect((await post('/api/v1/complaints', 'staf', body)).statusCode).toBe(403);
    const res = await post('/api/v1/complaints', 'petugas', body);
    expect(res.statusCode).toBe(201);
    const detail = (await track(res.json().trackingSecret)).json();
    expect(detail.timeline[0].message).toContain('datang langsung');
  });
});

describe('handling a complaint', () => {
  it('runs the whole workflow with working-day deadlines, pause and resume (17 March 2026 example)', async () => {
    const c = await file();
    const received = (await get(`/api/v1/complaints/${c.id}`, 'petugas')).json();
    expect(received.status).toBe('DITERIMA');
    // Verification: 3 working days after 17 March → 25, 26, 27 March.
    expect(received.sla.deadline).toBe('2026-03-27T16:59:59.999Z');

    const assigned = await verifyAndAssign(c.id);
    expect(assigned.status).toBe('DIDISPOSISI');
    expect(assigned.assigneeName).toBe('Staf Uji');
    // Resolution (NORMATIF, 5 HK) from 17 March 10:00 WIB → 31 March 23:59:59 WIB.
    expect(assigned.sla.deadline).toBe('2026-03-31T16:59:59.999Z');

    const queue = (await get('/api/v1/complaints?scope=mine', 'staf')).json();
    expect(queue.items.map((i: { ticket: string }) => i.ticket)).toContain(c.ticket);

    const note = await post(`/api/v1/complaints/${c.id}/notes`, 'staf', {
      message: 'Sedang dicek ke lapangan',
      isPublic: true,
    });
    expect(note.json().status).toBe('DIPROSES');
    const internal = await post(`/api/v1/complaints/${c.id}/notes`, 'staf', {
      message: 'Rahasia internal: koordinasi PLN',
    });
    expect(internal.statusCode).toBe(200);

    t.clock.advance(8 * DAY); // 25 March, first working day after the holidays
    const paused = await post(`/api/v1/complaints/${c.id}/information-requests`, 'staf', {
      message: 'Mohon foto lokasi',
    });
    expect(paused.json().status).toBe('MENUNGGU_INFO');
    expect(paused.json().sla.state).toBe('PAUSED');
    expect(paused.json().sla.deadline).toBeNull();
    let view = (await track(c.trackingSecret)).json();
    expect(view.isPaused).toBe(true);

    t.clock.advance(2 * DAY); // 27 March: the citizen answers, the clock resumes
    view = (
      await track(c.trackingSecret, 'POST', '/information', { message: 'Lokasi di depan masjid' })
    ).json();
    expect(view.status).toBe('DIPROSES');
    const resumed = (await get(`/api/v1/complaints/${c.id}`, 'staf')).json();
    expect(new Date(resumed.sla.deadline).getTime()).toBeGreaterThan(
      new Date('2026-03-31T16:59:59.999Z').getTime(),
    );

    const done = await post(`/api/v1/complaints/${c.id}/resolution`, 'staf', {
      message: 'Lampu sudah diganti.',
    });
    expect(done.json().status).toBe('SELESAI');
    expect(done.json().wasBreached).toBe(false);

    view = (await track(c.trackingSecret)).json();
    expect(view.canRate).toBe(true);
    expect(JSON.stringify(view)).not.toContain('Rahasia internal');
    expect(JSON.stringify(view)).not.toContain('Staf Uji');
    const rated = await track(c.trackingSecret, 'POST', '/rating', { score: 5, comment: 'Cepat' });
    expect(rated.json().rating).toBe(5);
    expect((await track(c.trackingSecret, 'POST', '/rating', { score: 4 })).statusCode).toBe(409);
    const confirmed = await track(c.trackingSecret, 'POST', '/confirmation');
    expect(confirmed.json().status).toBe('DITUTUP');

    const stats = await getComplaintStatsForEmployee(t.db, ids.staf, '2026-01-01', '2026-12-31');
    expect(stats.finished).toBeGreaterThanOrEqual(1);
    expect(stats.averageRating).toBe(5);
    expect(stats.medianWorkingDays).not.toBeNull();
  });

  it('pauses the verification clock when the desk asks for information, and resumes it on the answer', async () => {
    const c = await file();
    const before = (await get(`/api/v1/complaints/${c.id}`, 'petugas')).json();
    const paused = await post(`/api/v1/complaints/${c.id}/information-requests`, 'petugas', {
      message: 'Mohon sebutkan nomor rumah',
    });
    expect(paused.json().status).toBe('MENUNGGU_INFO');
    expect(paused.json().actions).not.toContain('VERIFY');
    const desk = (await get('/api/v1/complaints?scope=verification&pageSize=200', 'petugas')).json();
    expect(desk.items.map((i: { id: number }) => i.id)).toContain(c.id);
    expect((await get('/api/v1/complaints?scope=verification', 'staf')).statusCode).toBe(403);
    t.clock.advance(3 * DAY);
    const view = (await track(c.trackingSecret, 'POST', '/information', { message: 'Nomor 12' })).json();
    expect(view.status).toBe('DITERIMA');
    const after = (await get(`/api/v1/complaints/${c.id}`, 'petugas')).json();
    expect(after.sla.window).toBe('VERIFIKASI');
    expect(new Date(after.sla.deadline).getTime()).toBeGreaterThan(new Date(before.sla.deadline).getTime());
    expect(after.timeline.map((e: { type: string }) => e.type)).toEqual([
      'DITERIMA',
      'MINTA_INFO',
      'INFO_PELAPOR',
    ]);
  });

  it('refuses actions that do not fit the state or the actor', async () => {
    const c = await file();
    expect(
      (await post(`/api/v1/complaints/${c.id}/resolution`, 'petugas', { message: 'x' })).statusCode,
    ).toBe(409);
    expect((await post(`/api/v1/complaints/${c.id}/verification`, 'staf', {})).statusCode).toBe(403);
    await verifyAndAssign(c.id);
    expect(
      (await post(`/api/v1/complaints/${c.id}/resolution`, 'stafKel', { message: 'x' })).statusCode,
    ).toBe(403);
    const bad = await post(`/api/v1/complaints/${c.id}/reassignment`, 'petugas', {
      unitId: tree.units.seksi,
      assigneeEmployeeId: ids.stafKel,
      note: 'Pindah',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('assigneeEmployeeId');
  });

  it('rejects with a reason shown to the citizen and merges duplicates with links both ways', async () => {
    const first = await file();
    const second = await file();
    const res = await post(`/api/v1/complaints/${second.id}/rejection`, 'petugas', {
      reason: 'DUPLIKAT',
      note: 'Sudah dilaporkan warga lain.',
      duplicateOfTicket: first.ticket,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().duplicateOfTicket).toBe(first.ticket);
    expect((await get(`/api/v1/complaints/${first.id}`, 'petugas')).json().mergedTickets).toContain(
      second.ticket,
    );
    const view = (await track(second.trackingSecret)).json();
    expect(view.status).toBe('DITOLAK');
    expect(view.rejectReason).toBe('DUPLIKAT');
    expect(view.timeline.at(-1).message).toContain('Sudah dilaporkan');
  });

  it('lets the superior reassign with a reason, keeping the deadline', async () => {
    const c = await file();
    const before = await verifyAndAssign(c.id);
    const res = await post(`/api/v1/complaints/${c.id}/reassignment`, 'kasi', {
      unitId: tree.units.kelurahan,
      assigneeEmployeeId: ids.stafKel,
      note: 'Lokasi di wilayah kelurahan',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().assigneeId).toBe(ids.stafKel);
    expect(res.json().sla.deadline).toBe(before.sla.deadline);
  });
});

describe('privacy and visibility', () => {
  it('shows the reporter to the desk before verification and to the assignee, never to the superior or Pimpinan', async () => {
    const c = await file();
    expect((await get(`/api/v1/complaints/${c.id}`, 'petugas')).json().reporter.name).toBe('Siti Aminah');
    await verifyAndAssign(c.id);
    expect((await get(`/api/v1/complaints/${c.id}`, 'staf')).json().reporter.phone).toBe('081234567890');
    const kasi = (await get(`/api/v1/complaints/${c.id}`, 'kasi')).json();
    expect(kasi.reporter).toBeNull();
    expect(kasi.reporterHidden).toBe('TIDAK_BERWENANG');
    expect((await get(`/api/v1/complaints/${c.id}`, 'camat')).json().reporter).toBeNull();
    expect((await get(`/api/v1/complaints/${c.id}`, 'stafKel')).statusCode).toBe(403);
    expect((await get(`/api/v1/complaints/${c.id}`, 'pengawas')).statusCode).toBe(403);
    const team = (await get('/api/v1/complaints?scope=team', 'kasi')).json();
    expect(team.items.map((i: { id: number }) => i.id)).toContain(c.id);
    expect((await get('/api/v1/complaints?scope=all', 'staf')).statusCode).toBe(403);
  });

  it('hides an Anonim reporter from all staff, the assignee included', async () => {
    const c = await file({ isAnonymous: true });
    expect((await get(`/api/v1/complaints/${c.id}`, 'petugas')).json().reporterHidden).toBe('ANONIM');
    await verifyAndAssign(c.id);
    const detail = (await get(`/api/v1/complaints/${c.id}`, 'staf')).json();
    expect(detail.reporter).toBeNull();
    expect(JSON.stringify(detail)).not.toContain('Siti Aminah');
  });

  it('makes an integrity complaint Rahasia and visible to the oversight team', async () => {
    const c = await file({ maladministration: 'PERMINTAAN_IMBALAN', isConfidential: false });
    const detail = (await get(`/api/v1/complaints/${c.id}`, 'pengawas')).json();
    expect(detail.isIntegrity).toBe(true);
    expect(detail.isConfidential).toBe(true);
    expect(detail.reporter).toBeNull();
    const list = (await get('/api/v1/complaints?scope=integrity', 'pengawas')).json();
    expect(list.items.map((i: { id: number }) => i.id)).toContain(c.id);
  });

  it('answers an unknown or malformed tracking secret with 404', async () => {
    expect((await track('x'.repeat(43))).statusCode).toBe(404);
    expect((await track('!!')).statusCode).toBe(404);
  });
});

describe('GET /api/v1/complaints/queue-counts', () => {
  type Counts = { items: { scope: string; open: number }[] };
  const counts = async (who: Who) => {
    const res = await get('/api/v1/complaints/queue-counts', who);
    expect(res.statusCode, res.body).toBe(200);
    return Object.fromEntries((res.json() as Counts).items.map((i) => [i.scope, i.open]));
  };

  it('returns only the queues the policy opens to the actor, in the order of the tabs', async () => {
    const scopesOf = async (who: Who) =>
      ((await get('/api/v1/complaints/queue-counts', who)).json() as Counts).items.map((i) => i.scope);
    expect(await scopesOf('petugas')).toEqual(['verification', 'all', 'integrity']);
    expect(await scopesOf('camat')).toEqual(['mine', 'team', 'all', 'integrity']);
    expect(await scopesOf('staf')).toEqual(['mine', 'team']);
    expect(await scopesOf('pengawas')).toEqual(['integrity']);
    expect(await scopesOf('admin')).toEqual([]);
    expect((await get('/api/v1/complaints/queue-counts')).statusCode).toBe(401);
  });

  it('counts the open complaints of each queue as its list does, and follows a complaint through them', async () => {
    const before = {
      petugas: await counts('petugas'),
      staf: await counts('staf'),
      kasi: await counts('kasi'),
    };
    const c = await file();
    const filed = await counts('petugas');
    expect(filed.verification).toBe(before.petugas.verification! + 1);
    expect(filed.all).toBe(before.petugas.all! + 1);
    expect(filed.integrity).toBe(before.petugas.integrity);
    await verifyAndAssign(c.id);
    const assigned = await counts('petugas');
    expect(assigned.verification).toBe(before.petugas.verification);
    expect(assigned.all).toBe(filed.all);
    expect((await counts('staf')).mine).toBe(before.staf.mine! + 1);
    expect((await counts('kasi')).team).toBe(before.kasi.team! + 1);
    for (const [scope, open] of Object.entries(assigned)) {
      const list = (await get(`/api/v1/complaints?scope=${scope}&open=true&pageSize=1`, 'petugas')).json();
      expect(list.total, scope).toBe(open);
    }
  });
});

describe('canWritePublicNote on the complaint detail', () => {
  it('lets the desk and the assignee write to the citizen, and keeps the superior to internal notes', async () => {
    const c = await file();
    expect((await get(`/api/v1/complaints/${c.id}`, 'petugas')).json().canWritePublicNote).toBe(true);
    await verifyAndAssign(c.id);
    expect((await get(`/api/v1/complaints/${c.id}`, 'staf')).json().canWritePublicNote).toBe(true);
    expect((await get(`/api/v1/complaints/${c.id}`, 'kasi')).json().canWritePublicNote).toBe(false);
    expect((await get(`/api/v1/complaints/${c.id}`, 'camat')).json().canWritePublicNote).toBe(false);
  });
});

describe('attachments', () => {
  const png = makePngWithMetadata();
  const upload = (secret: string, content: Buffer, filename = 'foto.png') => {
    const body = multipart({}, { filename, content, contentType: 'image/png' });
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/public/complaints/tracking/attachments',
      headers: { ...body.headers, 'x-tracking-secret': secret },
      payload: body.payload,
      remoteAddress: nextIp(),
    });
  };

  it('accepts a PNG by content, strips its text metadata and refuses other content', async () => {
    const c = await file();
    const res = await upload(c.trackingSecret, png);
    expect(res.statusCode, res.body).toBe(201);
    const stored = await t.db
      .selectFrom('complaint_attachments')
      .selectAll()
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(stored.content.includes(Buffer.from('GPS'))).toBe(false);
    const fake = await upload(c.trackingSecret, Buffer.from('<script>alert(1)</script>'), 'foto.jpg');
    expect(fake.statusCode).toBe(415);
    for (let i = 0; i < 4; i++) expect((await upload(c.trackingSecret, png)).statusCode).toBe(201);
    const sixth = await upload(c.trackingSecret, png);
    expect(sixth.statusCode).toBe(400);
    const staff = await get(`/api/v1/complaints/attachments/${res.json().id}`, 'petugas');
    expect(staff.statusCode).toBe(200);
    expect(staff.headers['content-type']).toContain('image/png');
  });
});

describe('runComplaintSlaJob', () => {
  it('warns at 75 %, marks the breach, escalates to the superior then the Pimpinan, once each', async () => {
    t.clock.now = new Date('2026-04-06T02:00:00Z'); // Monday 6 April 2026, 09:00 WIB
    const c = await file();
    const assigned = await verifyAndAssign(c.id);
    const deadline = new Date(assigned.sla.deadline);
    expect(assigned.sla.deadline).toBe('2026-04-13T16:59:59.999Z'); // 7, 8, 9, 10, 13 April

    const run = async () => runComplaintSlaJob(t.app.ctx, t.clock.now);
    const typesOf = async () =>
      (await get(`/api/v1/complaints/${c.id}`, 'staf')).json().timeline.map((e: { type: string }) => e.type);

    t.clock.now = new Date(new Date(assigned.sla.warningAt).getTime() + 1000);
    expect((await run()).ran).toBe(true);
    expect((await run()).ran).toBe(true);
    expect((await typesOf()).filter((x: string) => x === 'PERINGATAN')).toHaveLength(1);

    t.clock.now = new Date(deadline.getTime() + 1000);
    await run();
    await run();
    const types = await typesOf();
    expect(types.filter((x: string) => x === 'TERLAMBAT')).toHaveLength(1);
    expect(types.filter((x: string) => x === 'ESKALASI_ATASAN')).toHaveLength(1);
    expect(types.filter((x: string) => x === 'TINDAK_LANJUT_TERLAMBAT')).toHaveLength(1);
    expect(types).not.toContain('ESKALASI_PIMPINAN');
    const detail = (await get(`/api/v1/complaints/${c.id}`, 'kasi')).json();
    expect(detail.wasBreached).toBe(true);
    expect(detail.escalationLevel).toBe(1);
    expect(detail.timeline.find((e: { type: string }) => e.type === 'ESKALASI_ATASAN').message).toContain(
      'Kasi Uji',
    );

    t.clock.now = new Date('2026-04-15T17:00:00.001Z'); // after the end of the 2nd working day after the deadline
    await run();
    expect((await get(`/api/v1/complaints/${c.id}`, 'camat')).json().escalationLevel).toBe(2);

    const late = (await get('/api/v1/complaints?scope=team&metric=breached', 'kasi')).json();
    expect(late.items.map((i: { id: number }) => i.id)).toContain(c.id);
  });

  it('closes a resolved complaint automatically after 10 working days; reopening is refused after the window', async () => {
    t.clock.now = new Date('2026-06-01T02:00:00Z');
    const c = await file();
    await verifyAndAssign(c.id);
    await post(`/api/v1/complaints/${c.id}/resolution`, 'staf', { message: 'Selesai' });
    t.clock.advance(2 * DAY);
    await runComplaintSlaJob(t.app.ctx, t.clock.now);
    expect((await track(c.trackingSecret)).json().status).toBe('SELESAI');
    t.clock.now = new Date('2026-06-20T00:00:00Z');
    const result = await runComplaintSlaJob(t.app.ctx, t.clock.now);
    expect(result.closed).toBeGreaterThanOrEqual(1);
    const view = (await track(c.trackingSecret)).json();
    expect(view.status).toBe('DITUTUP');
    expect(view.canReopen).toBe(false);
    expect((await track(c.trackingSecret, 'POST', '/reopen', { reason: 'Belum beres' })).statusCode).toBe(
      409,
    );
  });

  it('lets the citizen reopen within the window: back to diproses with a new deadline, counted in stats', async () => {
    t.clock.now = new Date('2026-07-06T02:00:00Z');
    const c = await file();
    await verifyAndAssign(c.id);
    await post(`/api/v1/complaints/${c.id}/resolution`, 'staf', { message: 'Selesai' });
    t.clock.advance(DAY);
    const res = await track(c.trackingSecret, 'POST', '/reopen', { reason: 'Lampu mati lagi' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('DIPROSES');
    expect(res.json().deadline).not.toBeNull();
    const stats = await get(
      `/api/v1/complaints/stats?employeeId=${ids.staf}&from=2026-07-01&to=2026-07-31`,
      'kasi',
    );
    expect(stats.statusCode).toBe(200);
    expect(stats.json().reopened).toBe(1);
    expect(
      (await get(`/api/v1/complaints/stats?employeeId=${ids.kasi}&from=2026-07-01&to=2026-07-31`, 'staf'))
        .statusCode,
    ).toBe(403);
  });

  it('runs on one instance at a time', async () => {
    const results = await Promise.all([
      runComplaintSlaJob(t.app.ctx, t.clock.now),
      runComplaintSlaJob(t.app.ctx, t.clock.now),
    ]);
    expect(results.some((r) => r.ran)).toBe(true);
  });
});
