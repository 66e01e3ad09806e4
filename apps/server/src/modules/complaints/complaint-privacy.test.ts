import { ANONYMISED_MARKER } from '@sim/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { verifyAuditChain } from '../audit/audit.service';
import { runRetentionJob } from './complaint-privacy.service';
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

// Issue 16 §5 (UU 27/2022): retention with anonymisation, and the export of everything held about a complainant.
// A hand-made case: complaints filed by one citizen through the real public form and workflow, closed, then the
// clock moved past the retention period.

const START = new Date('2026-04-06T02:00:00Z'); // Monday 6 April 2026, 09:00 WIB
const DAY = 86_400_000;
const CITIZEN = {
  reporterName: 'Rahmawati Kusuma',
  reporterPhone: '0812-7766-5544',
  reporterEmail: 'Rahma.Kusuma@Contoh.id',
  address: 'Jl. Mataram Lorong Damai No. 7',
};

let t: TestApp;
let tree: ComplaintsOffice['tree'];
let cookies: ComplaintsOffice['cookies'];
let stafId: number;
let category: { id: number; code: string };
let ipSeq = 0;

beforeAll(async () => {
  t = await createTestApp({ now: START, config: { session: LONG_SESSIONS } });
  const office = await seedComplaintsOffice(t, 'pdp');
  ({ tree, cookies } = office);
  stafId = office.ids.staf;
  category = await seedComplaintCategory(t.db, { unitId: tree.units.seksi, code: 'PDP' });
});
afterAll(() => t.close());

type Who = keyof typeof cookies;
const get = (url: string, who?: Who) =>
  t.app.inject({ method: 'GET', url, headers: who ? { cookie: cookies[who] } : {} });
const send = (method: 'POST' | 'PUT', url: string, who: Who, payload: object) =>
  t.app.inject({ method, url, payload, headers: { cookie: cookies[who] } });
const nextIp = () => `10.9.${Math.floor(++ipSeq / 250)}.${(ipSeq % 250) + 1}`;
const track = (secret: string, suffix = '', payload?: object) =>
  t.app.inject({
    method: payload ? 'POST' : 'GET',
    url: `/api/v1/public/complaints/tracking${suffix}`,
    headers: { 'x-tracking-secret': secret },
    payload,
    remoteAddress: nextIp(),
  });

const file = (overrides: Record<string, unknown> = {}) =>
  filePublicComplaint(
    t,
    makePublicComplaint(category.code, {
      ...CITIZEN,
      description: 'Saluran air di depan rumah Rahmawati Kusuma tersumbat, hubungi 0812-7766-5544.',
      lat: -3.0012,
      lng: 104.7411,
      ...overrides,
    }),
    nextIp(),
  );

/** Filed, verified, assigned, asked for information, answered, resolved, rated and confirmed: DITUTUP. */
async function fileAndClose() {
  const c = await file();
  const png = multipart(
    {},
    { filename: 'rumah-saya.png', content: makePngWithMetadata(), contentType: 'image/png' },
  );
  const upload = await t.app.inject({
    method: 'POST',
    url: '/api/v1/public/complaints/tracking/attachments',
    headers: { ...png.headers, 'x-tracking-secret': c.trackingSecret },
    payload: png.payload,
    remoteAddress: nextIp(),
  });
  expect(upload.statusCode, upload.body).toBe(201);
  expect((await send('POST', `/api/v1/complaints/${c.id}/verification`, 'petugas', {})).statusCode).toBe(200);
  const disposed = await send('POST', `/api/v1/complaints/${c.id}/disposition`, 'petugas', {
    unitId: tree.units.seksi,
    assigneeEmployeeId: stafId,
  });
  expect(disposed.statusCode, disposed.body).toBe(200);
  await send('POST', `/api/v1/complaints/${c.id}/notes`, 'staf', {
    message: 'Catatan internal: cek gorong-gorong',
  });
  await send('POST', `/api/v1/complaints/${c.id}/information-requests`, 'staf', {
    message: 'Mohon patokan rumah',
  });
  const answered = await track(c.trackingSecret, '/information', {
    message: 'Rumah saya (Rahmawati Kusuma) cat hijau, WA 081277665544',
  });
  expect(answered.statusCode, answered.body).toBe(200);
  const resolved = await send('POST', `/api/v1/complaints/${c.id}/resolution`, 'staf', {
    message: 'Saluran sudah dibersihkan.',
  });
  expect(resolved.statusCode, resolved.body).toBe(200);
  expect(
    (await track(c.trackingSecret, '/rating', { score: 4, comment: 'Terima kasih, Bu Rahma' })).statusCode,
  ).toBe(200);
  expect((await track(c.trackingSecret, '/confirmation', {})).json().status).toBe('DITUTUP');
  return c;
}

const rowOf = (id: number) =>
  t.db.selectFrom('complaints').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('complainant data export (UU 27/2022 Pasal 7)', () => {
  let closed: Awaited<ReturnType<typeof file>>;
  let open: Awaited<ReturnType<typeof file>>;
  let anonymous: Awaited<ReturnType<typeof file>>;

  beforeAll(async () => {
    closed = await fileAndClose();
    open = await file({ reporterPhone: '+62 812 7766 5544', reporterEmail: undefined });
    anonymous = await file({ isAnonymous: true });
    await file({
      reporterName: 'Orang Lain',
      reporterPhone: '081300000001',
      reporterEmail: 'lain@contoh.id',
    });
  });

  it('returns every non-Anonim complaint with the phone however it is written, as a JSON download', async () => {
    const res = await get('/api/v1/complaint-privacy/export?contact=6281277665544', 'petugas');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="data-pelapor-2026-04-06\.json"/,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body.format).toBe('sim-kinerja/data-pelapor/v1');
    expect(body.request).toEqual({ by: 'TELEPON', value: '081277665544' });
    expect(body.complaints.map((c: { ticket: string }) => c.ticket)).toEqual([closed.ticket, open.ticket]);
    expect(body.complaints.map((c: { ticket: string }) => c.ticket)).not.toContain(anonymous.ticket);
    expect(JSON.stringify(body)).not.toContain('Orang Lain');
  });

  it('holds the personal data, the timeline the citizen sees, files, rating and access audit of each complaint', async () => {
    const body = (
      await get(
        `/api/v1/complaint-privacy/export?contact=${encodeURIComponent(' rahma.kusuma@CONTOH.id ')}`,
        'admin',
      )
    ).json();
    expect(body.request.by).toBe('EMAIL');
    const [c] = body.complaints;
    expect(c.ticket).toBe(closed.ticket);
    expect(c.reporter).toEqual({
      name: 'Rahmawati Kusuma',
      phone: '0812-7766-5544',
      email: 'Rahma.Kusuma@Contoh.id',
    });
    expect(c.address).toBe(CITIZEN.address);
    expect(c.status).toBe('DITUTUP');
    expect(c.rating).toBe(4);
    expect(c.ratingComment).toBe('Terima kasih, Bu Rahma');
    expect(c.messages.map((m: { message: string | null }) => m.message)).toContain(
      'Rumah saya (Rahmawati Kusuma) cat hijau, WA 081277665544',
    );
    expect(JSON.stringify(c.messages)).not.toContain('Catatan internal');
    expect(c.internalNotes).toBeGreaterThanOrEqual(1);
    expect(c.attachments).toEqual([
      expect.objectContaining({ fileName: 'rumah-saya.png', fromComplainant: true }),
    ]);
    expect(c.access.map((a: { action: string }) => a.action)).toContain('complaint.received');
    expect(c.anonymisedAt).toBeNull();
  });

  it('audits each export per complaint without writing the contact into the append-only log', async () => {
    await get(`/api/v1/complaint-privacy/export?ticket=${closed.ticket}`, 'petugas');
    const rows = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'complaint.personal_data_exported')
      .where('entity_id', '=', String(closed.id))
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.at(-1)!.actor_name).toBe('petugas-pdp');
    expect(rows.at(-1)!.after).toEqual({ ticket: closed.ticket, by: 'TIKET' });
    expect(JSON.stringify(rows)).not.toMatch(/7766|rahma|Rahmawati/i);
    const again = (await get(`/api/v1/complaint-privacy/export?ticket=${closed.ticket}`, 'petugas')).json();
    expect(again.complaints[0].access.map((a: { action: string }) => a.action)).toContain(
      'complaint.personal_data_exported',
    );
  });

  it('refuses roles other than the desk and the administrator, even the assignee and the Pimpinan', async () => {
    expect((await get('/api/v1/complaint-privacy/export?contact=081277665544', 'staf')).statusCode).toBe(403);
    expect((await get('/api/v1/complaint-privacy/export?contact=081277665544', 'camat')).statusCode).toBe(
      403,
    );
    expect((await get('/api/v1/complaint-privacy/export?contact=081277665544')).statusCode).toBe(401);
  });

  it('never reveals who filed an Anonim complaint, and asks for a contact or ticket in Bahasa Indonesia', async () => {
    const anon = await get(`/api/v1/complaint-privacy/export?ticket=${anonymous.ticket}`, 'petugas');
    expect(anon.statusCode).toBe(400);
    expect(anon.json().error.message).toContain('Anonim');
    const empty = await get('/api/v1/complaint-privacy/export', 'petugas');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].path).toBe('contact');
    expect((await get('/api/v1/complaint-privacy/export?contact=bukan-kontak', 'petugas')).statusCode).toBe(
      400,
    );
    expect((await get('/api/v1/complaint-privacy/export?ticket=PGD-0000-99999', 'petugas')).statusCode).toBe(
      404,
    );
    const none = await get('/api/v1/complaint-privacy/export?contact=tidak.ada@contoh.id', 'petugas');
    expect(none.json().complaints).toEqual([]);
  });
});

describe('retention setting', () => {
  it("defaults to 24 months, is the administrator's to change (audited) and refuses other roles", async () => {
    const res = await get('/api/v1/complaint-settings/retention', 'admin');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ retentionMonths: 24, anonymisedTotal: 0 });
    expect((await get('/api/v1/complaint-settings/retention', 'petugas')).statusCode).toBe(403);
    expect(
      (await send('PUT', '/api/v1/complaint-settings/retention', 'petugas', { retentionMonths: 12 }))
        .statusCode,
    ).toBe(403);
    const bad = await send('PUT', '/api/v1/complaint-settings/retention', 'admin', { retentionMonths: 121 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].message).toContain('Masa retensi');
    const saved = await send('PUT', '/api/v1/complaint-settings/retention', 'admin', { retentionMonths: 36 });
    expect(saved.json().retentionMonths).toBe(36);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'complaint_retention.updated')
      .executeTakeFirstOrThrow();
    expect(audit.before).toEqual({ retentionMonths: 24 });
    expect(audit.after).toEqual({ retentionMonths: 36 });
    await send('PUT', '/api/v1/complaint-settings/retention', 'admin', { retentionMonths: 24 });
  });
});

describe('runRetentionJob (anonymisation after the retention period)', () => {
  it('anonymises only finally closed complaints past retention, keeps the figures, audits the counts, once', async () => {
    t.clock.now = new Date('2026-05-04T02:00:00Z');
    const closed = await fileAndClose();
    const stillOpen = await file();
    const closedAt = (await rowOf(closed.id)).closed_at!;
    const statsBefore = await getComplaintStatsForEmployee(t.db, stafId, '2026-01-01', '2026-12-31');
    const unitStats = async () =>
      (
        await get(
          `/api/v1/complaints/stats?unitId=${tree.units.seksi}&from=2026-01-01&to=2026-12-31`,
          'camat',
        )
      ).json();
    const unitBefore = await unitStats();

    // One day short of 24 months after closing: nothing is due yet.
    t.clock.now = new Date(closedAt.getTime() + 729 * DAY);
    // (An older complaint of the first describe, closed in April, may be due already and go in this run.)
    await runRetentionJob(t.app.ctx);
    expect((await rowOf(closed.id)).reporter_name).toBe('Rahmawati Kusuma');
    expect((await rowOf(closed.id)).anonymised_at).toBeNull();

    t.clock.now = new Date(closedAt.getTime() + 732 * DAY);
    // The mail to the citizen has gone out meanwhile (no SMTP in tests: mark it sent).
    await t.db
      .updateTable('notification_outbox')
      .set({ status: 'SENT' })
      .where('to_address', '=', CITIZEN.reporterEmail)
      .execute();
    const dueBefore = (await get('/api/v1/complaint-settings/retention', 'admin')).json();
    expect(dueBefore.dueNow).toBeGreaterThanOrEqual(1);
    const run = await runRetentionJob(t.app.ctx);
    expect(run.ran).toBe(true);
    expect(run.complaints).toBe(1);
    expect(run.attachments).toBeGreaterThanOrEqual(1);
    expect(run.mails).toBeGreaterThanOrEqual(1);

    const row = await rowOf(closed.id);
    expect(row).toMatchObject({
      reporter_name: ANONYMISED_MARKER,
      reporter_phone: ANONYMISED_MARKER,
      reporter_email: ANONYMISED_MARKER,
      description: ANONYMISED_MARKER,
      address: ANONYMISED_MARKER,
      lat: null,
      lng: null,
      rating_comment: ANONYMISED_MARKER,
      // Kept for the statistics, SLA figures and SKM: status, dates, rating, assignee, kelurahan.
      status: 'DITUTUP',
      rating: 4,
      assignee_employee_id: stafId,
      kelurahan: 'Uji',
    });
    expect(row.anonymised_at).not.toBeNull();
    expect(row.closed_at).toEqual(closedAt);
    const citizenMessages = await t.db
      .selectFrom('complaint_events')
      .select('message')
      .where('complaint_id', '=', closed.id)
      .where('actor_label', '=', 'Pelapor')
      .where('message', 'is not', null)
      .execute();
    expect(citizenMessages.length).toBeGreaterThan(0);
    expect(citizenMessages.map((m) => m.message)).toContain(ANONYMISED_MARKER);
    const files = await t.db
      .selectFrom('complaint_attachments')
      .select('id')
      .where('complaint_id', '=', closed.id)
      .where('phase', 'is', null)
      .execute();
    expect(files).toEqual([]);
    const mails = await t.db
      .selectFrom('notification_outbox')
      .selectAll()
      .where((eb) => eb.or([eb('to_address', 'ilike', '%rahma%'), eb('body', 'ilike', '%rahmawati%')]))
      .where('status', '=', 'SENT')
      .execute();
    expect(mails).toEqual([]);
    // Nothing personal is left anywhere in the complaint's rows.
    const all = JSON.stringify([
      await rowOf(closed.id),
      await t.db.selectFrom('complaint_events').selectAll().where('complaint_id', '=', closed.id).execute(),
    ]);
    expect(all).not.toMatch(/Rahmawati|7766|Mataram|contoh\.id|Bu Rahma/i);

    // The open complaint of the same citizen keeps its data; the figures are unchanged.
    expect((await rowOf(stillOpen.id)).reporter_name).toBe('Rahmawati Kusuma');
    expect(await getComplaintStatsForEmployee(t.db, stafId, '2026-01-01', '2026-12-31')).toEqual(statsBefore);
    expect(await unitStats()).toEqual(unitBefore);
    expect(unitBefore.finished).toBeGreaterThanOrEqual(1);

    // Staff see why the reporter is gone; Open311 shows the marker; the citizen's link still works.
    const detail = (await get(`/api/v1/complaints/${closed.id}`, 'staf')).json();
    expect(detail.reporter).toBeNull();
    expect(detail.reporterHidden).toBe('DIANONIMKAN');
    expect((await track(closed.trackingSecret)).json().status).toBe('DITUTUP');

    // One audit entry per run with the counts and no personal data; the chain still verifies.
    const audits = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'complaint.retention_anonymised')
      .orderBy('id')
      .execute();
    expect(audits.length).toBeGreaterThanOrEqual(2);
    expect(audits.at(-1)!.actor_name).toBe('retensi-data-pribadi');
    expect(audits.at(-1)!.after).toMatchObject({ retentionMonths: 24, complaints: 1, attachments: 1 });
    expect(JSON.stringify(audits)).not.toMatch(/Rahmawati|7766|contoh\.id/i);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);

    // Idempotent: a second run finds nothing more to do.
    const second = await runRetentionJob(t.app.ctx);
    expect(second.complaints).toBe(0);
    expect((await get('/api/v1/complaint-settings/retention', 'admin')).json()).toMatchObject({ dueNow: 0 });
  });

  it('works through a backlog in short batches, each committed and audited on its own: a run cut short keeps its batches and the next run finishes the rest', async () => {
    await runRetentionJob(t.app.ctx); // whatever earlier cases left due
    const closed: { id: number }[] = [];
    for (let i = 0; i < 5; i++) closed.push(await fileAndClose());
    t.clock.advance(800 * DAY);
    const audits = () =>
      t.db
        .selectFrom('audit_log')
        .select(['id', 'after'])
        .where('action', '=', 'complaint.retention_anonymised')
        .orderBy('id')
        .execute();
    const counted = async (from: number) =>
      (await audits()).slice(from).map((a) => (a.after as { complaints: number }).complaints);
    const anonymised = async () => {
      const rows = await Promise.all(closed.map((c) => rowOf(c.id)));
      return rows.map((r) => r.anonymised_at !== null);
    };
    const auditsBefore = (await audits()).length;

    // Cut short after one batch of two (as a crash or deploy would): the two oldest are done and audited.
    const first = await runRetentionJob(t.app.ctx, { batchSize: 2, maxBatches: 1 });
    expect(first).toMatchObject({ ran: true, complaints: 2 });
    expect(await anonymised()).toEqual([true, true, false, false, false]);
    expect(await counted(auditsBefore)).toEqual([2]);

    // The next run carries on: two more batches (2 + 1), one audit entry each.
    const progress: number[] = [];
    const second = await runRetentionJob(t.app.ctx, {
      batchSize: 2,
      onProgress: (p) => progress.push(p.complaints),
    });
    expect(second).toMatchObject({ ran: true, complaints: 3 });
    expect(progress).toEqual([2, 3]);
    expect(await anonymised()).toEqual([true, true, true, true, true]);
    expect(await counted(auditsBefore)).toEqual([2, 2, 1]);

    // Nothing left: one entry with zeros says the job ran.
    expect(await runRetentionJob(t.app.ctx, { batchSize: 2 })).toMatchObject({ ran: true, complaints: 0 });
    expect(await counted(auditsBefore)).toEqual([2, 2, 1, 0]);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('does nothing when the administrator turns retention off (0 months)', async () => {
    await send('PUT', '/api/v1/complaint-settings/retention', 'admin', { retentionMonths: 0 });
    const c = await fileAndClose();
    t.clock.advance(20 * 365 * DAY);
    const run = await runRetentionJob(t.app.ctx);
    expect(run).toMatchObject({ ran: true, cutoff: null, complaints: 0 });
    expect((await rowOf(c.id)).reporter_name).toBe('Rahmawati Kusuma');
    await send('PUT', '/api/v1/complaint-settings/retention', 'admin', { retentionMonths: 24 });
  });
});
