import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEmployee, seedPosition, seedUnit } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { runComplaintSlaJob } from './complaint-sla.job';
import {
  type ComplaintsOffice,
  filePublicComplaint,
  LONG_SESSIONS,
  makePublicComplaint,
  seedComplaintCategory,
  seedComplaintsOffice,
} from './complaints.test-builders';

// Issue 8 §2, the complaint rules (complaints.md, open311-georeport-v2.md). Every deadline below is worked out by
// hand on the 2026 calendar (packages/domain/src/__fixtures__/holidays-2026.json): weekends, and e.g. 3 April
// (Wafat Yesus Kristus), 14–15 May (Kenaikan + cuti bersama), 27–28 May (Idul Adha), 1 June (Hari Lahir Pancasila).

const wib = (local: string) => new Date(`${local}+07:00`);

let t: TestApp;
let tree: ComplaintsOffice['tree'];
let cookies: ComplaintsOffice['cookies'];
let ids: ComplaintsOffice['ids'] & { camatLain: number; walikota: number };
let normatif: { id: number; code: string };
let kompleks: { id: number; code: string };
let ipSeq = 0;

beforeAll(async () => {
  t = await createTestApp({ now: wib('2026-03-02T09:00:00'), config: { session: LONG_SESSIONS } });
  const office = await seedComplaintsOffice(t, 'r8');
  ({ tree, cookies } = office);
  // Rule 8.2.13: other holders of the Pimpinan role — the Camat of another kecamatan and a city-level Pimpinan
  // whose unit also contains the complaint's unit but is not the head of this office.
  const kecamatanLain = await seedUnit(t.db, {
    parentId: tree.units.kota,
    name: 'Kecamatan Lain',
    type: 'KECAMATAN',
  });
  const camatLainPos = await seedPosition(t.db, {
    unitId: kecamatanLain,
    name: 'Camat Lain',
    category: 'ADMINISTRATOR',
  });
  const camatLain = await seedEmployee(t.db, {
    positionId: camatLainPos,
    roles: ['PIMPINAN'],
    name: 'Camat Lain',
  });
  const walikotaPos = await seedPosition(t.db, {
    unitId: tree.units.kota,
    name: 'Sekretaris Kota',
    category: 'JPT',
  });
  const walikota = await seedEmployee(t.db, {
    positionId: walikotaPos,
    roles: ['PIMPINAN'],
    name: 'Sekkot Uji',
  });
  ids = { ...office.ids, camatLain: camatLain.id, walikota: walikota.id };
  normatif = await seedComplaintCategory(t.db, {
    unitId: tree.units.seksi,
    code: 'R8N',
    complexity: 'NORMATIF',
  });
  kompleks = await seedComplaintCategory(t.db, {
    unitId: tree.units.seksi,
    code: 'R8K',
    complexity: 'KOMPLEKS',
  });
});
afterAll(() => t.close());

type Who = keyof typeof cookies;
const get = (url: string, who?: Who) =>
  t.app.inject({ method: 'GET', url, headers: who ? { cookie: cookies[who] } : {} });
const post = (url: string, who: Who, payload: object) =>
  t.app.inject({ method: 'POST', url, payload, headers: { cookie: cookies[who] } });
const nextIp = () => `10.8.${Math.floor(++ipSeq / 250)}.${(ipSeq % 250) + 1}`;
const at = (local: string) => {
  t.clock.now = wib(local);
};
const run = () => runComplaintSlaJob(t.app.ctx, t.clock.now);

const file = (code = normatif.code) =>
  filePublicComplaint(t, makePublicComplaint(code, { kelurahan: 'Uji' }), nextIp());
const track = (secret: string, method: 'GET' | 'POST' = 'GET', suffix = '', payload?: object) =>
  t.app.inject({
    method,
    url: `/api/v1/public/complaints/tracking${suffix}`,
    headers: { 'x-tracking-secret': secret },
    payload: method === 'POST' ? (payload ?? {}) : undefined,
    remoteAddress: nextIp(),
  });
const verify = async (id: number) =>
  expect((await post(`/api/v1/complaints/${id}/verification`, 'petugas', {})).statusCode).toBe(200);
async function dispose(id: number) {
  const res = await post(`/api/v1/complaints/${id}/disposition`, 'petugas', {
    unitId: tree.units.seksi,
    assigneeEmployeeId: ids.staf,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
type Event = { type: string; message: string | null };
const timeline = async (id: number): Promise<Event[]> =>
  (await get(`/api/v1/complaints/${id}`, 'petugas')).json().timeline;
const typesOf = async (id: number) => (await timeline(id)).map((e) => e.type);
const eventData = (id: number, type: string) =>
  t.db
    .selectFrom('complaint_events')
    .select(['data'])
    .where('complaint_id', '=', id)
    .where('type', '=', type)
    .execute();

describe('rule 8.2.6: auto-closure after the resolution', () => {
  it('rule 8.2.6: a citizen message restarts the auto-close window', async () => {
    at('2026-05-04T09:00:00');
    const c = await file();
    await verify(c.id);
    await dispose(c.id);
    at('2026-05-11T09:00:00'); // Monday
    expect(
      (await post(`/api/v1/complaints/${c.id}/resolution`, 'staf', { message: 'Lampu diganti' })).statusCode,
    ).toBe(200);
    // Without a reply the window would end with the 10th working day after 11 May: 12, 13, 18, 19, 20, 21, 22, 25,
    // 26, 29 May. The citizen writes on Tuesday 26 May, so the 10 days count again from there: 29 May, 2, 3, 4, 5,
    // 8, 9, 10, 11, 12 June (1 June is Hari Lahir Pancasila).
    at('2026-05-26T10:00:00');
    expect(
      (
        await track(c.trackingSecret, 'POST', '/information', {
          message: 'Lampu menyala lagi, tapi berkedip.',
        })
      ).statusCode,
    ).toBe(200);

    at('2026-05-30T00:00:00');
    await run();
    expect((await track(c.trackingSecret)).json().status).toBe('SELESAI');
    at('2026-06-12T23:59:59');
    await run();
    expect((await track(c.trackingSecret)).json().status).toBe('SELESAI');

    at('2026-06-13T00:00:00');
    expect((await run()).closed).toBe(1);
    const view = (await track(c.trackingSecret)).json();
    expect(view.status).toBe('DITUTUP');
    const closing = view.timeline.at(-1) as Event;
    expect(closing.type).toBe('DITUTUP');
    // The closing text tells the truth: the reporter did reply, then stayed silent for 10 working days.
    expect(closing.message).not.toContain('setelah penyelesaian');
    expect(closing.message).toContain('pesan terakhir pelapor');
    expect(closing.message).toContain('26 Mei 2026');
  });

  it('rule 8.2.6: a complaint without a reply still closes 10 working days after the resolution', async () => {
    at('2026-05-04T09:00:00');
    const c = await file();
    await verify(c.id);
    await dispose(c.id);
    at('2026-05-11T09:00:00');
    await post(`/api/v1/complaints/${c.id}/resolution`, 'staf', { message: 'Selesai' });
    at('2026-05-29T23:59:59');
    await run();
    expect((await track(c.trackingSecret)).json().status).toBe('SELESAI');
    at('2026-05-30T00:00:00');
    await run();
    const view = (await track(c.trackingSecret)).json();
    expect(view.status).toBe('DITUTUP');
    expect(view.timeline.at(-1).message).toContain('setelah penyelesaian');
  });
});

describe('rule 8.2.7: the verification clock stops at verification', () => {
  it('rule 8.2.7: verification stops the verification clock and the next deadline shown is the resolution deadline', async () => {
    // Received Monday 4 May 09:00 WIB: verification due at the end of 7 May (5, 6, 7 May).
    at('2026-05-04T09:00:00');
    const c = await file();
    expect((await track(c.trackingSecret)).json().deadline).toBe('2026-05-07T16:59:59.999Z');
    at('2026-05-04T10:00:00');
    await verify(c.id);

    const staff = (await get(`/api/v1/complaints/${c.id}`, 'petugas')).json();
    expect(staff.status).toBe('DIVERIFIKASI');
    expect(staff.sla).toBeNull();
    expect((await track(c.trackingSecret)).json().deadline).toBeNull();
    const open311 = (await get(`/open311/v2/requests/${c.ticket}.json`)).json();
    expect(open311[0].expected_datetime).toBeNull();

    // Disposed on Friday 8 May, after the old verification deadline: verification was on time.
    at('2026-05-08T10:00:00');
    await run();
    expect(await typesOf(c.id)).not.toContain('TERLAMBAT');
    const assigned = await dispose(c.id);
    await run();
    expect(await typesOf(c.id)).not.toContain('TERLAMBAT');
    // Resolution NORMATIF 5 HK from 8 May: 11, 12, 13, 18, 19 May (14–15 May are holidays).
    expect(assigned.sla).toMatchObject({ window: 'PENYELESAIAN', deadline: '2026-05-19T16:59:59.999Z' });
    // Deadlines read in working days as the SLA counts them: 11, 12, 13, 18, 19 May remain on Friday 8 May.
    expect(assigned.sla.countdown).toEqual({ kind: 'REMAINING', workingDays: 5 });
    expect((await track(c.trackingSecret)).json().deadline).toBe('2026-05-19T16:59:59.999Z');
    expect((await get(`/open311/v2/requests/${c.ticket}.json`)).json()[0].expected_datetime).toBe(
      '2026-05-19T23:59:59+07:00',
    );
  });
});

describe('rule 8.2.8 and 8.2.13: escalation of a breached deadline', () => {
  it('rule 8.2.8: asking the citizen a question after the breach does not stop the escalation', async () => {
    // Disposed Monday 6 April 09:00 WIB; NORMATIF 5 HK: 7, 8, 9, 10, 13 April → due 13 April 23:59:59 WIB.
    at('2026-04-02T09:00:00');
    const c = await file();
    await verify(c.id);
    at('2026-04-06T09:00:00');
    const assigned = await dispose(c.id);
    expect(assigned.sla.deadline).toBe('2026-04-13T16:59:59.999Z');

    // The late assignee asks a question right after the deadline, before the job has run.
    at('2026-04-14T00:30:00');
    expect(
      (
        await post(`/api/v1/complaints/${c.id}/information-requests`, 'staf', {
          message: 'Di tiang nomor berapa?',
        })
      ).statusCode,
    ).toBe(200);
    const paused = (await get(`/api/v1/complaints/${c.id}`, 'staf')).json();
    expect(paused.status).toBe('MENUNGGU_INFO');
    expect(paused.sla).toMatchObject({ state: 'BREACHED', deadline: '2026-04-13T16:59:59.999Z' });
    // Remaining time is told in working days, the unit of the deadline: late since the 13th, today is the 14th.
    expect(paused.sla.countdown).toEqual({ kind: 'OVERDUE', workingDays: 1 });
    expect((await track(c.trackingSecret)).json().deadline).toBe('2026-04-13T16:59:59.999Z');

    at('2026-04-14T09:00:00');
    await run();
    let types = await typesOf(c.id);
    expect(types).toContain('TERLAMBAT');
    expect(types.filter((x) => x === 'ESKALASI_ATASAN')).toHaveLength(1);
    expect(types).not.toContain('ESKALASI_PIMPINAN');

    // To the head of office after the 2nd working day after the deadline (14, 15 April), still paused.
    at('2026-04-15T23:59:59');
    await run();
    expect(await typesOf(c.id)).not.toContain('ESKALASI_PIMPINAN');
    at('2026-04-16T00:00:00');
    const result = await run();
    types = await typesOf(c.id);
    expect(types.filter((x) => x === 'ESKALASI_PIMPINAN')).toHaveLength(1);
    expect((await get(`/api/v1/complaints/${c.id}`, 'camat')).json().escalationLevel).toBe(2);

    // Rule 8.2.13: only the Pimpinan of the complaint's organisation is told — not the other kecamatan's Camat,
    // not the city-level Pimpinan above the office.
    const [pimpinan] = await eventData(c.id, 'ESKALASI_PIMPINAN');
    expect(pimpinan!.data).toMatchObject({ toEmployeeIds: [ids.camat] });
    const mailedForThis = result.notified.filter((n) => n.ticket === c.ticket);
    expect(mailedForThis.map((n) => n.employeeId)).toEqual([ids.camat]);
  });

  it('rule 8.2.8: a question asked before the deadline stops the clock, so nothing is breached or escalated', async () => {
    at('2026-04-02T09:00:00');
    const c = await file();
    await verify(c.id);
    at('2026-04-06T09:00:00');
    await dispose(c.id);
    at('2026-04-08T09:00:00');
    await post(`/api/v1/complaints/${c.id}/information-requests`, 'staf', {
      message: 'Mohon foto lokasinya.',
    });
    expect((await track(c.trackingSecret)).json().deadline).toBeNull();
    at('2026-04-20T09:00:00');
    await run();
    const types = await typesOf(c.id);
    expect(types).not.toContain('TERLAMBAT');
    expect(types).not.toContain('ESKALASI_ATASAN');
  });

  it('rule 8.2.8: the job restores the breached deadline on a row paused before the fix (stored without one)', async () => {
    at('2026-04-02T09:00:00');
    const c = await file();
    await verify(c.id);
    at('2026-04-06T09:00:00');
    await dispose(c.id);
    at('2026-04-14T08:00:00');
    await post(`/api/v1/complaints/${c.id}/information-requests`, 'staf', { message: 'Alamat lengkapnya?' });
    // As the old code stored it: no deadline while waiting for the reporter.
    await t.db.updateTable('complaints').set({ deadline_at: null }).where('id', '=', c.id).execute();
    expect((await track(c.trackingSecret)).json().deadline).toBeNull();
    await run();
    expect((await track(c.trackingSecret)).json().deadline).toBe('2026-04-13T16:59:59.999Z');
    expect((await get(`/open311/v2/requests/${c.ticket}.json`)).json()[0].expected_datetime).toBe(
      '2026-04-13T23:59:59+07:00',
    );
  });

  it('rule 8.2.13: the Camat escalation goes to the Pimpinan of the complaint’s organisation only', async () => {
    at('2026-04-02T09:00:00');
    const c = await file();
    await verify(c.id);
    at('2026-04-06T09:00:00');
    await dispose(c.id);
    at('2026-04-16T00:00:01');
    const result = await run();
    const [pimpinan] = await eventData(c.id, 'ESKALASI_PIMPINAN');
    expect(pimpinan!.data).toMatchObject({ toEmployeeIds: [ids.camat] });
    const message = (await timeline(c.id)).find((e) => e.type === 'ESKALASI_PIMPINAN')!.message!;
    expect(message).not.toContain('Camat Lain');
    expect(message).not.toContain('Sekkot Uji');
    const mailed = result.notified.filter((n) => n.ticket === c.ticket).map((n) => n.employeeId);
    expect(mailed).not.toContain(ids.camatLain);
    expect(mailed).not.toContain(ids.walikota);
    expect(mailed).toContain(ids.camat);
  });
});

describe('rule 8.2.9: the first follow-up window', () => {
  it('rule 8.2.9: the first follow-up window warns at 75 % and its breach notifies the assignee and escalates', async () => {
    // KOMPLEKS (14 HK) so that only the first follow-up (5 HK) is at stake. Disposed Monday 6 April 09:00 WIB:
    // due at the end of 13 April (7, 8, 9, 10, 13 April). Working time of the window: 15 h on 6 April + 5 × 24 h =
    // 135 h; 75 % = 101 h 15 min, reached on Friday 10 April at 14:15 WIB (15 + 3 × 24 = 87 h by 9 April's end).
    at('2026-04-02T09:00:00');
    const c = await file(kompleks.code);
    await verify(c.id);
    at('2026-04-06T09:00:00');
    await dispose(c.id);

    at('2026-04-10T14:14:00');
    expect((await run()).notified.filter((n) => n.ticket === c.ticket)).toEqual([]);
    expect(await typesOf(c.id)).not.toContain('TINDAK_LANJUT_PERINGATAN');

    at('2026-04-10T14:16:00');
    const warned = await run();
    expect(warned.notified.filter((n) => n.ticket === c.ticket).map((n) => n.employeeId)).toEqual([ids.staf]);
    expect((await typesOf(c.id)).filter((x) => x === 'TINDAK_LANJUT_PERINGATAN')).toHaveLength(1);
    expect((await run()).notified.filter((n) => n.ticket === c.ticket)).toEqual([]);

    at('2026-04-13T23:59:59');
    await run();
    expect(await typesOf(c.id)).not.toContain('TINDAK_LANJUT_TERLAMBAT');

    at('2026-04-14T00:00:01');
    const breached = await run();
    const told = breached.notified.filter((n) => n.ticket === c.ticket).map((n) => n.employeeId);
    expect(told).toContain(ids.staf);
    expect(told).toContain(ids.kasi);
    const types = await typesOf(c.id);
    expect(types.filter((x) => x === 'TINDAK_LANJUT_TERLAMBAT')).toHaveLength(1);
    expect(types.filter((x) => x === 'TINDAK_LANJUT_ESKALASI_ATASAN')).toHaveLength(1);
    // The resolution window (14 HK) is not breached.
    expect(types).not.toContain('TERLAMBAT');
    expect((await get(`/api/v1/complaints/${c.id}`, 'kasi')).json().escalationLevel).toBe(1);

    // 2 working days after the missed follow-up (14, 15 April): to the head of office.
    at('2026-04-16T00:00:01');
    const late = await run();
    expect(late.notified.filter((n) => n.ticket === c.ticket).map((n) => n.employeeId)).toEqual([ids.camat]);
    expect((await typesOf(c.id)).filter((x) => x === 'TINDAK_LANJUT_ESKALASI_PIMPINAN')).toHaveLength(1);
  });

  it('rule 8.2.9: a first follow-up posted in time stops the follow-up window', async () => {
    at('2026-04-02T09:00:00');
    const c = await file(kompleks.code);
    await verify(c.id);
    at('2026-04-06T09:00:00');
    await dispose(c.id);
    at('2026-04-07T09:00:00');
    await post(`/api/v1/complaints/${c.id}/notes`, 'staf', {
      message: 'Kami cek ke lokasi besok.',
      isPublic: true,
    });
    at('2026-04-16T00:00:01');
    const result = await run();
    expect(result.notified.filter((n) => n.ticket === c.ticket)).toEqual([]);
    const types = await typesOf(c.id);
    expect(types).not.toContain('TINDAK_LANJUT_PERINGATAN');
    expect(types).not.toContain('TINDAK_LANJUT_TERLAMBAT');
  });
});

describe('rule 8.2.15: Open311 date filters are read in WIB', () => {
  it('rule 8.2.15: an end_date given as a date includes that whole WIB day, and times without offset are WIB', async () => {
    at('2026-03-10T15:00:00'); // 08:00 UTC
    const c = await file();
    const ids311 = async (query: string) => {
      const res = await get(`/open311/v2/requests.json?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { service_request_id: string }[]).map((r) => r.service_request_id);
    };
    at('2026-03-20T09:00:00');
    expect(await ids311('start_date=2026-03-10&end_date=2026-03-10')).toContain(c.ticket);
    expect(await ids311('start_date=2026-03-01&end_date=2026-03-09')).not.toContain(c.ticket);
    expect(await ids311('start_date=2026-03-11&end_date=2026-03-12')).not.toContain(c.ticket);
    // 14:30 without an offset is 14:30 WIB (07:30 UTC), before the complaint's 15:00 WIB.
    expect(await ids311('start_date=2026-03-01&end_date=2026-03-10T14:30:00')).not.toContain(c.ticket);
    expect(await ids311('start_date=2026-03-10T14:30:00&end_date=2026-03-11')).toContain(c.ticket);
    expect(await ids311('start_date=2026-03-10T15:30:00&end_date=2026-03-11')).not.toContain(c.ticket);
    // An explicit offset is honoured.
    expect(await ids311('start_date=2026-03-10T07:30:00Z&end_date=2026-03-10T08:30:00Z')).toContain(c.ticket);
  });

  it('rule 8.2.15: impossible calendar dates and times stay 400', async () => {
    for (const q of [
      'end_date=2026-02-30',
      'start_date=2026-02-29&end_date=2026-03-01',
      'end_date=2026-04-31T10:00:00',
      'end_date=2026-03-10T25:00:00',
      'end_date=2026-03-10T10:61',
      'end_date=2026-13-01',
    ]) {
      const res = await get(`/open311/v2/requests.json?${q}`);
      expect(res.statusCode, q).toBe(400);
    }
  });
});

describe('issue 10 §3: generated timeline text is stored as codes with parameters', () => {
  it('stores receipt, verification and disposition as codes the reader renders, keeping the Indonesian text for Open311', async () => {
    at('2026-05-04T09:00:00');
    const c = await file();
    await verify(c.id);
    const detail = await dispose(c.id);
    type Entry = { type: string; message: string; messageCode: string | null; messageParams: object | null };
    const byType = new Map((detail.timeline as Entry[]).map((e) => [e.type, e]));
    expect(byType.get('DITERIMA')).toMatchObject({
      messageCode: 'RECEIVED',
      messageParams: { channel: 'WEB', ticket: c.ticket },
      message: `Pengaduan diterima melalui formulir daring dengan nomor ${c.ticket}.`,
    });
    expect(byType.get('DIVERIFIKASI')).toMatchObject({ messageCode: 'VERIFIED', messageParams: {} });
    expect(byType.get('DIDISPOSISI')).toMatchObject({
      messageCode: 'DISPOSED',
      messageParams: { unit: 'Seksi Uji' },
    });
    const publicView = (await track(c.trackingSecret)).json() as { timeline: Entry[] };
    expect(publicView.timeline.map((e) => e.messageCode)).toEqual(['RECEIVED', 'VERIFIED', 'DISPOSED']);
  });

  it('stores the deadlines job lines (warning, breach, escalation, auto-close) as codes with the deadline as an instant', async () => {
    at('2026-06-01T09:00:00');
    const c = await file();
    await verify(c.id);
    await dispose(c.id);
    // One run a day for a month: every warning, breach and escalation happens on its own day.
    for (let day = 2; day <= 30; day++) {
      at(`2026-06-${String(day).padStart(2, '0')}T12:00:00`);
      await run();
    }
    type Entry = {
      type: string;
      message: string;
      messageCode: string | null;
      messageParams: Record<string, unknown>;
    };
    const byType = new Map(
      ((await get(`/api/v1/complaints/${c.id}`, 'petugas')).json().timeline as Entry[]).map((e) => [
        e.type,
        e,
      ]),
    );
    const instant = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(byType.get('TINDAK_LANJUT_PERINGATAN')).toMatchObject({
      messageCode: 'DEADLINE_WARNING',
      messageParams: { percent: 75, window: 'TINDAK_LANJUT', deadline: instant },
    });
    expect(byType.get('TINDAK_LANJUT_TERLAMBAT')).toMatchObject({
      messageCode: 'FIRST_RESPONSE_BREACHED',
      messageParams: { days: 5, deadline: instant },
    });
    expect(byType.get('TERLAMBAT')).toMatchObject({
      messageCode: 'DEADLINE_BREACHED',
      messageParams: { window: 'PENYELESAIAN', deadline: instant },
    });
    expect(byType.get('ESKALASI_ATASAN')).toMatchObject({
      messageCode: 'ESCALATED_TO_SUPERIOR',
      messageParams: { window: 'PENYELESAIAN', name: 'Kasi Uji' },
    });
    expect(byType.get('ESKALASI_PIMPINAN')?.messageCode).toBe('ESCALATED_TO_HEAD');
    // The stored Indonesian text reads as before, with the deadline in the long Indonesian form.
    expect(byType.get('TERLAMBAT')!.message).toMatch(
      /^Batas waktu penyelesaian \(\d+ \w+ 2026 pukul \d{2}\.\d{2} WIB\) terlampaui\.$/,
    );

    await post(`/api/v1/complaints/${c.id}/resolution`, 'staf', { message: 'Selesai' });
    at('2026-07-31T12:00:00');
    await run();
    const closing = (await track(c.trackingSecret)).json().timeline.at(-1) as Entry;
    expect(closing).toMatchObject({ messageCode: 'AUTO_CLOSED', messageParams: { days: 10 } });
  });

  it('stores the rejection, the duplicate merge and the reassignment as codes', async () => {
    at('2026-08-03T09:00:00');
    const first = await file();
    const second = await file();
    const rejected = await post(`/api/v1/complaints/${second.id}/rejection`, 'petugas', {
      reason: 'DUPLIKAT',
      note: 'Sudah dilaporkan.',
      duplicateOfTicket: first.ticket,
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    type Entry = { type: string; message: string; messageCode: string | null; messageParams: object };
    const rejection = ((await track(second.trackingSecret)).json().timeline as Entry[]).at(-1);
    expect(rejection).toMatchObject({
      messageCode: 'REJECTED_DUPLICATE',
      messageParams: { reason: 'DUPLIKAT', duplicateOf: first.ticket, note: 'Sudah dilaporkan.' },
      message: `Pengaduan tidak dapat diproses: pengaduan yang sama sudah pernah diterima (sama dengan ${first.ticket}). Sudah dilaporkan.`,
    });
    await verify(first.id);
    await dispose(first.id);
    const reassigned = await post(`/api/v1/complaints/${first.id}/reassignment`, 'petugas', {
      unitId: tree.units.seksi,
      assigneeEmployeeId: ids.kasi,
      note: 'Staf cuti.',
    });
    expect(reassigned.statusCode, reassigned.body).toBe(200);
    const lines = (await get(`/api/v1/complaints/${first.id}`, 'petugas')).json().timeline as Entry[];
    expect(lines.find((e) => e.type === 'DIGABUNG')).toMatchObject({
      messageCode: 'MERGED_DUPLICATE',
      messageParams: { ticket: second.ticket },
    });
    expect(lines.find((e) => e.type === 'PENUGASAN_ULANG')).toMatchObject({
      messageCode: 'REASSIGNED',
      messageParams: { note: 'Staf cuti.' },
      message: 'Penanggung jawab diganti. Alasan: Staf cuti.',
    });
  });
});
