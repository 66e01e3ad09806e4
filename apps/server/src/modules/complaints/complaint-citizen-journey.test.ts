import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { startTestSmtp } from '../../../test/test-smtp';
import {
  type ComplaintsOffice,
  filePublicComplaint,
  makePngWithMetadata,
  makePublicComplaint,
  seedComplaintCategory,
  seedComplaintsOffice,
} from './complaints.test-builders';
import { flushOutbox } from '../notifications/notifications.test-builders';

// Issue 10 §2, the citizen's journey: a lost tracking link is found again with the ticket number and the phone
// number or e-mail given at filing (one generic 404, throttled, a fresh link by e-mail), the citizen sees the photos
// through the tracking secret only, and the assignee adds before/after photos of the work.

const START = new Date('2026-08-04T03:00:00Z');

let smtp: Awaited<ReturnType<typeof startTestSmtp>>;

async function mailTo(address: string, contains: string) {
  await flushOutbox(t.app.ctx); // the outbox sender's next pass
  return smtp.waitFor(address, contains);
}

let t: TestApp;
let cookies: ComplaintsOffice['cookies'];
let stafId: number;
let seksi: number;
let ipSeq = 0;
const nextIp = () => `10.7.${Math.floor(++ipSeq / 250)}.${(ipSeq % 250) + 1}`;

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp({
    now: START,
    config: {
      smtpUrl: smtp.url,
      publicUrl: 'https://kinerja.example.id',
    },
  });
  const office = await seedComplaintsOffice(t, 'cj');
  cookies = office.cookies;
  seksi = office.tree.units.seksi;
  stafId = office.ids.staf;
  await seedComplaintCategory(t.db, { unitId: seksi, code: 'LAMPU' });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const file = (overrides: Record<string, unknown> = {}) =>
  filePublicComplaint(t, makePublicComplaint('LAMPU', overrides), nextIp());

const lookup = (payload: object, ip = nextIp()) =>
  t.app.inject({ method: 'POST', url: '/api/v1/public/complaints/lookup', payload, remoteAddress: ip });
const track = (secret: string) =>
  t.app.inject({
    url: '/api/v1/public/complaints/tracking',
    headers: { 'x-tracking-secret': secret },
    remoteAddress: nextIp(),
  });
const citizenFile = (secret: string, id: number) =>
  t.app.inject({
    url: `/api/v1/public/complaints/tracking/attachments/${id}`,
    headers: { 'x-tracking-secret': secret },
    remoteAddress: nextIp(),
  });
const workPhoto = (complaintId: number, who: keyof typeof cookies, phase: string, content: Buffer) => {
  const body = multipart({}, { filename: 'lampu.png', content, contentType: 'image/png' });
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/complaints/${complaintId}/work-photos?phase=${phase}`,
    headers: { ...body.headers, cookie: cookies[who] },
    payload: body.payload,
  });
};

describe('POST /api/v1/public/complaints/lookup (lost tracking link)', () => {
  it('finds the complaint by ticket + phone in any of its forms, issues a fresh link and e-mails it', async () => {
    const c = await file({ reporterPhone: '0812-3456-7890', reporterEmail: 'Siti.Lookup@example.id' });
    const res = await lookup({ ticket: c.ticket.toLowerCase(), contact: '+62 812 3456 7890' });
    expect(res.statusCode, res.body).toBe(200);
    const found = res.json();
    expect(found).toMatchObject({ ticket: c.ticket, linkSentByEmail: true });
    expect(found.trackingSecret).not.toBe(c.trackingSecret);
    // The new link works, the lost one no longer does.
    expect((await track(found.trackingSecret)).json().ticket).toBe(c.ticket);
    expect((await track(c.trackingSecret)).statusCode).toBe(404);
    const mail = await mailTo('Siti.Lookup@example.id', found.trackingSecret);
    expect(mail.text).toContain(`https://kinerja.example.id/pengaduan/lacak#${found.trackingSecret}`);

    const byMail = await lookup({ ticket: c.ticket, contact: '  SITI.LOOKUP@EXAMPLE.ID ' });
    expect(byMail.statusCode).toBe(200);
  });

  it('answers a wrong phone and an unknown ticket with the same 404 body', async () => {
    const c = await file({ reporterPhone: '081298765432', reporterEmail: '' });
    const wrongPhone = await lookup({ ticket: c.ticket, contact: '081298765433' });
    const wrongTicket = await lookup({ ticket: 'KTP-2026-999999', contact: '081298765432' });
    const noEmailOnFile = await lookup({ ticket: c.ticket, contact: 'siti@example.id' });
    expect(wrongPhone.statusCode).toBe(404);
    expect(wrongTicket.statusCode).toBe(404);
    expect(noEmailOnFile.statusCode).toBe(404);
    expect(wrongTicket.body).toBe(wrongPhone.body);
    expect(noEmailOnFile.body).toBe(wrongPhone.body);
    // Found without an e-mail on file: the link is only on the page.
    const ok = await lookup({ ticket: c.ticket, contact: '6281298765432' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().linkSentByEmail).toBe(false);
  });

  it('throttles failed lookups of one ticket from every address: 429 with Retry-After, even for the right pair', async () => {
    const c = await file({ reporterPhone: '081211112222' });
    // The default RATE_LIMIT_COMPLAINT_LOOKUP_TICKET: 5 failures per hour, each from a different address.
    for (let i = 0; i < 5; i++) {
      expect((await lookup({ ticket: c.ticket, contact: `08121111${3000 + i}` })).statusCode).toBe(404);
    }
    const blocked = await lookup({ ticket: c.ticket, contact: '081211112222' });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(3000);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(3600);
    expect(blocked.json().error.code).toBe('TOO_MANY_REQUESTS');
    // Another ticket is not affected.
    const other = await file({ reporterPhone: '081233334444' });
    expect((await lookup({ ticket: other.ticket, contact: '081233334444' })).statusCode).toBe(200);
  });

  it('limits lookups per address (RATE_LIMIT_COMPLAINT_LOOKUP): 429 with Retry-After', async () => {
    const ip = '10.66.0.1';
    let last = await lookup({ ticket: 'KTP-2026-000001', contact: '0811' }, ip);
    for (let i = 0; i < 25 && last.statusCode !== 429; i++) {
      last = await lookup(
        { ticket: `KTP-2026-10${String(i).padStart(4, '0')}`, contact: '081200000000' },
        ip,
      );
    }
    expect(last.statusCode).toBe(429);
    expect(last.headers['retry-after']).toBeDefined();
  });

  it('answers bad input with 400 naming the field', async () => {
    const res = await lookup({ ticket: '  ', contact: '081234567890' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'body.ticket', message: 'Nomor tiket wajib diisi' }),
      ]),
    );
    const noContact = await lookup({ ticket: 'KTP-2026-000001' });
    expect(noContact.statusCode).toBe(400);
    expect(noContact.json().error.details[0].path).toBe('body.contact');
  });
});

describe('photos: the citizen through the tracking secret, the assignee before and after', () => {
  it('serves the citizen their own photo only with the secret, and the same 404 for another complaint', async () => {
    const a = await file();
    const b = await file();
    const body = multipart(
      {},
      { filename: 'jalan.png', content: makePngWithMetadata(), contentType: 'image/png' },
    );
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/complaints/tracking/attachments',
      headers: { ...body.headers, 'x-tracking-secret': a.trackingSecret },
      payload: body.payload,
      remoteAddress: nextIp(),
    });
    expect(up.statusCode, up.body).toBe(201);
    const { id } = up.json();
    const own = await citizenFile(a.trackingSecret, id);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('image/png');
    expect(own.headers['cache-control']).toBe('private, no-store');
    expect(own.rawPayload.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(own.rawPayload.includes(Buffer.from('GPS'))).toBe(false);
    expect((await citizenFile(b.trackingSecret, id)).statusCode).toBe(404);
    expect((await citizenFile('x'.repeat(43), id)).statusCode).toBe(404);
    const missingHeader = await t.app.inject({ url: `/api/v1/public/complaints/tracking/attachments/${id}` });
    expect(missingHeader.statusCode).toBe(400);
  });

  it('lets the assignee add before/after photos (re-encoded) that the citizen sees on tracking; others get 403', async () => {
    const c = await file();
    expect((await workPhoto(c.id, 'staf', 'SEBELUM', makePngWithMetadata())).statusCode).toBe(403);
    const post = (url: string, payload: object) =>
      t.app.inject({ method: 'POST', url, payload, headers: { cookie: cookies.petugas } });
    expect((await post(`/api/v1/complaints/${c.id}/verification`, {})).statusCode).toBe(200);
    const assigned = await post(`/api/v1/complaints/${c.id}/disposition`, {
      unitId: seksi,
      assigneeEmployeeId: stafId,
    });
    expect(assigned.statusCode, assigned.body).toBe(200);

    expect((await workPhoto(c.id, 'stafKel', 'SEBELUM', makePngWithMetadata())).statusCode).toBe(403);
    expect((await workPhoto(c.id, 'petugas', 'SEBELUM', makePngWithMetadata())).statusCode).toBe(403);
    const bad = await workPhoto(c.id, 'staf', 'KAPAN', makePngWithMetadata());
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toContain('phase');
    const pdf = await workPhoto(c.id, 'staf', 'SEBELUM', Buffer.from('%PDF-1.4\n%%EOF\n'));
    expect(pdf.statusCode).toBe(415);

    const before = await workPhoto(c.id, 'staf', 'SEBELUM', makePngWithMetadata());
    expect(before.statusCode, before.body).toBe(201);
    const after = await workPhoto(c.id, 'staf', 'SESUDAH', makePngWithMetadata());
    expect(after.statusCode).toBe(201);

    const view = (await track(c.trackingSecret)).json();
    const photos = view.timeline.flatMap((e: { attachments: unknown[] }) => e.attachments);
    expect(photos).toEqual([
      expect.objectContaining({ id: before.json().id, mime: 'image/png', phase: 'SEBELUM' }),
      expect.objectContaining({ id: after.json().id, mime: 'image/png', phase: 'SESUDAH' }),
    ]);
    const staffView = await t.app.inject({
      url: `/api/v1/complaints/${c.id}`,
      headers: { cookie: cookies.staf },
    });
    const staffPhotos = staffView.json().timeline.flatMap((e: { attachments: unknown[] }) => e.attachments);
    expect(staffPhotos.map((p: { phase: string }) => p.phase)).toEqual(['SEBELUM', 'SESUDAH']);
    // The photo's line is a code the reader renders in their language (issue 10), its Indonesian text kept.
    const photoLines = view.timeline.filter(
      (e: { messageCode: string }) => e.messageCode === 'WORK_PHOTO_ADDED',
    );
    expect(photoLines.map((e: { messageParams: { phase: string } }) => e.messageParams.phase)).toEqual([
      'SEBELUM',
      'SESUDAH',
    ]);
    expect(photoLines[0].message).toMatch(/^Foto sebelum penanganan ditambahkan: /);
    // Work photos do not use up the citizen's own five attachments.
    expect(view.attachmentCount).toBe(0);
    const shown = await citizenFile(c.trackingSecret, after.json().id);
    expect(shown.statusCode).toBe(200);
    expect(shown.rawPayload.includes(Buffer.from('GPS'))).toBe(false);
  });
});
