import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedUnit } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { startTestSmtp } from '../../../test/test-smtp';
import { allNine, answer, openSurvey } from '../surveys/surveys.test-builders';
import {
  type ComplaintsOffice,
  LONG_SESSIONS,
  makePublicComplaint,
  seedComplaintCategory,
  seedComplaintsOffice,
} from './complaints.test-builders';
import { flushOutbox } from '../notifications/notifications.test-builders';

// Issue 5 §2: when a complaint is resolved, the citizen is invited to the SKM survey of the responsible unit with one
// single-use code tied to the complaint (never to the person). The link reaches only the holder of the tracking
// secret (tracking page, resolution e-mail) and the answer given with it stays anonymous.

// Tuesday 4 August 2026, 10:00 WIB: inside the semester II 2026 surveys that openSurvey creates.
const START = new Date('2026-08-04T03:00:00Z');

let smtp: Awaited<ReturnType<typeof startTestSmtp>>;

async function mailTo(address: string, contains: string) {
  await flushOutbox(t.app.ctx); // the outbox sender's next pass
  return smtp.waitFor(address, contains);
}

let t: TestApp;
let tree: ComplaintsOffice['tree'];
let cookies: ComplaintsOffice['cookies'];
let ids: ComplaintsOffice['ids'];
let paten: number;
let ipSeq = 0;
const nextIp = () => `10.9.${Math.floor(++ipSeq / 250)}.${(ipSeq % 250) + 1}`;

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp({
    now: START,
    config: {
      smtpUrl: smtp.url,
      publicUrl: 'https://kinerja.example.id',
      session: LONG_SESSIONS,
    },
  });
  ({ tree, cookies, ids } = await seedComplaintsOffice(t, 'sv'));
  paten = await seedUnit(t.db, {
    parentId: tree.units.kecamatan,
    name: 'Seksi Pelayanan (PATEN)',
    type: 'SEKSI',
  });
  await seedComplaintCategory(t.db, { unitId: tree.units.seksi, code: 'LAMPU' });
  await seedComplaintCategory(t.db, { unitId: tree.units.kelurahan, code: 'KEBERSIHAN' });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

type Who = keyof typeof cookies;
const post = (url: string, who: Who, payload: object) =>
  t.app.inject({ method: 'POST', url, payload, headers: { cookie: cookies[who] } });
const track = (secret: string, method: 'GET' | 'POST' = 'GET', suffix = '', payload?: object) =>
  t.app.inject({
    method,
    url: `/api/v1/public/complaints/tracking${suffix}`,
    headers: { 'x-tracking-secret': secret },
    payload: method === 'POST' ? (payload ?? {}) : undefined,
    remoteAddress: nextIp(),
  });

let mailSeq = 0;
/** Files a complaint, has it verified, assigned and resolved; returns what the citizen holds. */
async function resolvedComplaint(code: 'LAMPU' | 'KEBERSIHAN' = 'LAMPU') {
  const email = `warga${++mailSeq}@example.id`;
  const filed = await t.app.inject({
    method: 'POST',
    url: '/api/v1/public/complaints',
    payload: makePublicComplaint(code, { reporterEmail: email, reporterName: 'Rahmat Hidayat' }),
    remoteAddress: nextIp(),
  });
  expect(filed.statusCode, filed.body).toBe(201);
  const { ticket, trackingSecret } = filed.json() as { ticket: string; trackingSecret: string };
  const { id } = await t.db
    .selectFrom('complaints')
    .select('id')
    .where('ticket', '=', ticket)
    .executeTakeFirstOrThrow();
  const inKelurahan = code === 'KEBERSIHAN';
  expect((await post(`/api/v1/complaints/${id}/verification`, 'petugas', {})).statusCode).toBe(200);
  const assigned = await post(`/api/v1/complaints/${id}/disposition`, 'petugas', {
    unitId: inKelurahan ? tree.units.kelurahan : tree.units.seksi,
    assigneeEmployeeId: inKelurahan ? ids.stafKel : ids.staf,
  });
  expect(assigned.statusCode, assigned.body).toBe(200);
  const done = await post(`/api/v1/complaints/${id}/resolution`, inKelurahan ? 'stafKel' : 'staf', {
    message: 'Sudah ditindaklanjuti.',
  });
  expect(done.statusCode, done.body).toBe(200);
  return { id, ticket, trackingSecret, email };
}

const invitationsOf = (complaintId: number) =>
  t.db
    .selectFrom('skm_invitations')
    .selectAll()
    .where('event_type', '=', 'COMPLAINT_CLOSED')
    .where('event_ref', '=', String(complaintId))
    .execute();

describe('SKM invitation when a complaint is resolved', () => {
  it('creates no invitation and raises no error when no survey is open for the unit', async () => {
    const c = await resolvedComplaint();
    expect(await invitationsOf(c.id)).toEqual([]);
    const view = await track(c.trackingSecret);
    expect(view.statusCode).toBe(200);
    expect(view.json().status).toBe('SELESAI');
    expect(view.json().surveyInvitation).toBeNull();
  });

  it('invites to the kecamatan PATEN survey when the unit and the units above it run none', async () => {
    const survey = await openSurvey(t, cookies.admin, paten);
    const c = await resolvedComplaint();
    const rows = await invitationsOf(c.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.survey_id).toBe(survey.id);
    expect(rows[0]!.created_by).toBeNull();
    const view = (await track(c.trackingSecret)).json();
    expect(view.surveyInvitation).toEqual({
      isUsed: false,
      path: `/survei/${survey.code}?undangan=${rows[0]!.code}`,
    });
  });

  it('prefers the survey of the responsible unit itself', async () => {
    const own = await openSurvey(t, cookies.admin, tree.units.kelurahan, { title: 'SKM Kelurahan Uji' });
    const c = await resolvedComplaint('KEBERSIHAN');
    const rows = await invitationsOf(c.id);
    expect(rows.map((r) => r.survey_id)).toEqual([own.id]);
  });

  it('keeps exactly one invitation through repeated views, reopening and a second resolution', async () => {
    const c = await resolvedComplaint();
    const [first] = await invitationsOf(c.id);
    expect(first).toBeDefined();
    await track(c.trackingSecret);
    await track(c.trackingSecret);

    const reopened = await track(c.trackingSecret, 'POST', '/reopen', { reason: 'Lampu mati lagi' });
    expect(reopened.json().status).toBe('DIPROSES');
    expect(reopened.json().surveyInvitation).toBeNull(); // not offered while the complaint is handled again
    t.clock.advance(3_600_000);
    const again = await post(`/api/v1/complaints/${c.id}/resolution`, 'staf', { message: 'Sudah diganti.' });
    expect(again.statusCode, again.body).toBe(200);
    const confirmed = await track(c.trackingSecret, 'POST', '/confirmation');
    expect(confirmed.json().status).toBe('DITUTUP');

    const rows = await invitationsOf(c.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.code).toBe(first!.code);
    expect(confirmed.json().surveyInvitation.path).toContain(`undangan=${first!.code}`);
    const audits = await t.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'skm.invitation.create')
      .where('entity_id', '=', String(first!.id))
      .execute();
    expect(audits).toHaveLength(1);
  });

  it('shows the link only to the holder of the tracking secret', async () => {
    const c = await resolvedComplaint();
    const [inv] = await invitationsOf(c.id);
    const withSecret = await track(c.trackingSecret);
    expect(withSecret.body).toContain(inv!.code);

    const wrong = await track('x'.repeat(43));
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body).not.toContain(inv!.code);
    const none = await t.app.inject({ method: 'GET', url: '/api/v1/public/complaints/tracking' });
    expect(none.statusCode).toBe(400);
    const staff = await t.app.inject({
      method: 'GET',
      url: `/api/v1/complaints/${c.id}`,
      headers: { cookie: cookies.staf },
    });
    expect(staff.statusCode).toBe(200);
    expect(staff.body).not.toContain(inv!.code);
    for (const url of ['/open311/v2/requests.json', `/open311/v2/requests/${c.ticket}.json`]) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.body, url).not.toContain(inv!.code);
    }
  });

  it('accepts the invitation once (409 after), keeps the response anonymous and thanks the citizen', async () => {
    const c = await resolvedComplaint();
    const [inv] = await invitationsOf(c.id);
    const survey = await t.db
      .selectFrom('skm_surveys')
      .select(['id', 'code'])
      .where('id', '=', inv!.survey_id)
      .executeTakeFirstOrThrow();
    const first = await answer(t, survey.code, allNine(4), {
      invitationCode: inv!.code,
      suggestion: 'Pelayanan cepat.',
    });
    expect(first.statusCode, first.body).toBe(201);
    const second = await answer(t, survey.code, allNine(1), { invitationCode: inv!.code });
    expect(second.statusCode).toBe(409);

    const view = (await track(c.trackingSecret)).json();
    expect(view.surveyInvitation).toEqual({ isUsed: true, path: null });

    // Nothing in the stored response leads back to the complaint or the citizen.
    const responses = await t.db
      .selectFrom('skm_responses')
      .selectAll()
      .where('survey_id', '=', survey.id)
      .where('source', '=', 'INVITATION')
      .execute();
    expect(responses).toHaveLength(1);
    const columns = Object.keys(responses[0]!);
    expect(
      columns.filter((k) => /complaint|invitation|reporter|ticket|email|ip|user_agent/i.test(k)),
    ).toEqual([]);
    const stored = JSON.stringify(responses[0]);
    for (const secretish of [c.ticket, inv!.code, c.email, 'Rahmat Hidayat', c.trackingSecret]) {
      expect(stored).not.toContain(secretish);
    }
    // The invitation itself names the event only, and keeps just the day it was used.
    const used = (await invitationsOf(c.id))[0]!;
    expect(used.used_on).toBe('2026-08-04');
    expect(JSON.stringify(used)).not.toContain('Rahmat');
    expect(JSON.stringify(used)).not.toContain(c.email);
  });

  it('puts the survey link in the resolution e-mail', async () => {
    const c = await resolvedComplaint();
    const [inv] = await invitationsOf(c.id);
    const survey = await t.db
      .selectFrom('skm_surveys')
      .select('code')
      .where('id', '=', inv!.survey_id)
      .executeTakeFirstOrThrow();
    const mail = await mailTo(c.email, 'Sudah ditindaklanjuti.');
    expect(mail.text).toContain(`https://kinerja.example.id/survei/${survey.code}?undangan=${inv!.code}`);
    expect(mail.text).toContain('Bagaimana pelayanan kami?');
  });
});
