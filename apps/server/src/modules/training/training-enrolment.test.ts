import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrainingEnrolment } from '@sim/contracts';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { startTestSmtp } from '../../../test/test-smtp';
import { runTrainingReminderJob } from './training-reminder.job';
import {
  api,
  seedEnrolment,
  seedProgramme,
  seedSession,
  seedTrainingOffice,
  type TrainingOffice,
} from './training.test-builders';
import { flushOutbox } from '../notifications/notifications.test-builders';

let t: TestApp;
let o: TrainingOffice;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp({
    now: new Date('2026-05-04T03:00:00Z'),
    config: { smtpUrl: smtp.url },
  });
  o = await seedTrainingOffice(t);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const request = async (sessionId: number, cookie: string) =>
  api(t).send('POST', `/api/v1/training/sessions/${sessionId}/requests`, cookie, {
    note: 'Untuk tugas layanan',
  });
const decide = (id: number, cookie: string, body: object) =>
  api(t).send('POST', `/api/v1/training/enrolments/${id}/decision`, cookie, body);

describe('enrolment: request and the direct superior’s decision', () => {
  it('lets an employee request a seat and only the direct superior approve it', async () => {
    const programmeId = await seedProgramme(t.db);
    const { id: sessionId } = await seedSession(t.db, { programmeId, capacity: 5 });
    const res = await request(sessionId, o.cookies.staf);
    expect(res.statusCode).toBe(201);
    const enrolment = res.json<TrainingEnrolment>();
    expect(enrolment.status).toBe('REQUESTED');
    expect(enrolment.origin).toBe('REQUEST');

    expect((await decide(enrolment.id, o.cookies.camat, { approve: true })).statusCode).toBe(403);
    expect((await decide(enrolment.id, o.cookies.admin, { approve: true })).statusCode).toBe(403);
    expect((await decide(enrolment.id, o.cookies.staf, { approve: true })).statusCode).toBe(403);

    const approvals = (await api(t).get('/api/v1/training/approvals', o.cookies.kasi)).json();
    expect(approvals.enrolments.map((e: TrainingEnrolment) => e.id)).toContain(enrolment.id);
    expect((await api(t).get('/api/v1/training/approvals', o.cookies.lurah)).json().enrolments).toEqual([]);

    const approved = await decide(enrolment.id, o.cookies.kasi, { approve: true });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().status).toBe('APPROVED');
    expect(approved.json().decidedByName).toBeTruthy();
    expect((await decide(enrolment.id, o.cookies.kasi, { approve: true })).statusCode).toBe(409);
  });

  it('requires a reason to reject and lets the employee request again after a rejection', async () => {
    const programmeId = await seedProgramme(t.db);
    const { id: sessionId } = await seedSession(t.db, { programmeId });
    const { id } = (await request(sessionId, o.cookies.staf2)).json<TrainingEnrolment>();
    const noReason = await decide(id, o.cookies.kasi, { approve: false });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].path).toBe('body.reason');
    const rejected = await decide(id, o.cookies.kasi, {
      approve: false,
      reason: 'Beban kerja bulan ini tinggi',
    });
    expect(rejected.json()).toMatchObject({
      status: 'REJECTED',
      decisionReason: 'Beban kerja bulan ini tinggi',
    });
    expect((await request(sessionId, o.cookies.staf2)).statusCode).toBe(201);
  });

  it('notifies the employee in-app of the superior’s decision, with the reason of a rejection', async () => {
    const programmeId = await seedProgramme(t.db, { title: 'Pelayanan Prima' });
    const { id: sessionId } = await seedSession(t.db, { programmeId });
    const { id } = (await request(sessionId, o.cookies.staf2)).json<TrainingEnrolment>();
    await decide(id, o.cookies.kasi, { approve: false, reason: 'Jadwal bentrok dengan pelayanan' });
    const mine = (await api(t).get('/api/v1/notifications', o.cookies.staf2)).json();
    expect(mine.items[0]).toMatchObject({
      type: 'TRAINING_ENROLMENT',
      params: { status: 'REJECTED', reason: 'Jadwal bentrok dengan pelayanan' },
      link: `/pelatihan/sesi/${sessionId}`,
    });
    expect(mine.items[0].params.title).toContain('Pelayanan Prima');
  });

  it('refuses a double enrolment in the same session', async () => {
    const programmeId = await seedProgramme(t.db);
    const { id: sessionId } = await seedSession(t.db, { programmeId });
    expect((await request(sessionId, o.cookies.staf3)).statusCode).toBe(201);
    const again = await request(sessionId, o.cookies.staf3);
    expect(again.statusCode).toBe(409);
    const assign = await api(t).send(
      'POST',
      `/api/v1/training/sessions/${sessionId}/assignments`,
      o.cookies.admin,
      {
        employeeId: o.ids.staf3,
      },
    );
    // An assignment approves the open request instead of adding a second enrolment.
    expect(assign.statusCode).toBe(201);
    expect(assign.json().status).toBe('APPROVED');
    const count = await t.db
      .selectFrom('training_enrolments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('session_id', '=', sessionId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    const twice = await api(t).send(
      'POST',
      `/api/v1/training/sessions/${sessionId}/assignments`,
      o.cookies.admin,
      {
        employeeId: o.ids.staf3,
      },
    );
    expect(twice.statusCode).toBe(409);
  });

  it('refuses requests for a session that is not open or has started', async () => {
    const programmeId = await seedProgramme(t.db);
    const planned = await seedSession(t.db, { programmeId, status: 'PLANNED' });
    expect((await request(planned.id, o.cookies.staf)).statusCode).toBe(400);
    const started = await seedSession(t.db, { programmeId, startsOn: '2026-05-01', days: 5 });
    expect((await request(started.id, o.cookies.staf)).statusCode).toBe(400);
  });
});

describe('enrolment: assignment by HR or the superior', () => {
  it('lets HR and the direct superior assign, but not another superior or a colleague', async () => {
    const programmeId = await seedProgramme(t.db);
    const { id: sessionId } = await seedSession(t.db, { programmeId, capacity: 5 });
    const assign = (cookie: string, employeeId: number) =>
      api(t).send('POST', `/api/v1/training/sessions/${sessionId}/assignments`, cookie, { employeeId });
    expect((await assign(o.cookies.lurah, o.ids.staf)).statusCode).toBe(403);
    expect((await assign(o.cookies.staf2, o.ids.staf)).statusCode).toBe(403);
    expect((await assign(o.cookies.camat, o.ids.staf)).statusCode).toBe(403);
    const bySuperior = await assign(o.cookies.kasi, o.ids.staf);
    expect(bySuperior.statusCode).toBe(201);
    expect(bySuperior.json()).toMatchObject({ status: 'APPROVED', origin: 'ASSIGNMENT' });
    const byHr = await assign(o.cookies.admin, o.ids.lurah);
    expect(byHr.json()).toMatchObject({ status: 'APPROVED', origin: 'ASSIGNMENT' });
  });
});

describe('enrolment: capacity and the waiting list', () => {
  it('puts people on a FIFO waiting list when full and promotes the first one when a seat is cancelled', async () => {
    const programmeId = await seedProgramme(t.db);
    const { id: sessionId } = await seedSession(t.db, { programmeId, capacity: 1 });
    const assign = (employeeId: number) =>
      api(t).send('POST', `/api/v1/training/sessions/${sessionId}/assignments`, o.cookies.admin, {
        employeeId,
      });
    const first = (await assign(o.ids.staf)).json<TrainingEnrolment>();
    const second = (await assign(o.ids.staf2)).json<TrainingEnrolment>();
    t.clock.advance(1000);
    const third = (await assign(o.ids.staf3)).json<TrainingEnrolment>();
    expect(first.status).toBe('APPROVED');
    expect(second).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    expect(third).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });

    const session = (await api(t).get(`/api/v1/training/sessions/${sessionId}`, o.cookies.staf)).json();
    expect(session).toMatchObject({ seatsTaken: 1, seatsLeft: 0, waitlistCount: 2 });

    const cancel = await api(t).send(
      'POST',
      `/api/v1/training/enrolments/${first.id}/cancel`,
      o.cookies.staf,
      {
        reason: 'Sakit',
      },
    );
    expect(cancel.json().status).toBe('CANCELLED');
    const promoted = (await api(t).get(`/api/v1/training/enrolments/${second.id}`, o.cookies.staf2)).json();
    expect(promoted.status).toBe('APPROVED');
    const still = (await api(t).get(`/api/v1/training/enrolments/${third.id}`, o.cookies.staf3)).json();
    expect(still).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
  });

  it('approves onto the waiting list when the superior approves a request for a full session', async () => {
    const programmeId = await seedProgramme(t.db);
    const { id: sessionId } = await seedSession(t.db, { programmeId, capacity: 1 });
    await seedEnrolment(t.db, { sessionId, employeeId: o.ids.lurah });
    const { id } = (await request(sessionId, o.cookies.staf)).json<TrainingEnrolment>();
    const res = await decide(id, o.cookies.kasi, { approve: true });
    expect(res.json()).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
  });

  it('moves the waiting list up when HR raises the capacity', async () => {
    const programmeId = await seedProgramme(t.db);
    const { id: sessionId } = await seedSession(t.db, { programmeId, capacity: 1 });
    await seedEnrolment(t.db, { sessionId, employeeId: o.ids.lurah });
    const waiting = await seedEnrolment(t.db, { sessionId, employeeId: o.ids.staf, status: 'WAITLISTED' });
    const res = await api(t).send('PATCH', `/api/v1/training/sessions/${sessionId}`, o.cookies.admin, {
      capacity: 2,
    });
    expect(res.json()).toMatchObject({ seatsTaken: 2, waitlistCount: 0 });
    const row = await t.db
      .selectFrom('training_enrolments')
      .select('status')
      .where('id', '=', waiting)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('APPROVED');
  });

  it('lets only the participant, the direct superior or HR cancel', async () => {
    const programmeId = await seedProgramme(t.db);
    const { id: sessionId } = await seedSession(t.db, { programmeId });
    const id = await seedEnrolment(t.db, { sessionId, employeeId: o.ids.staf });
    const cancel = (cookie: string) =>
      api(t).send('POST', `/api/v1/training/enrolments/${id}/cancel`, cookie, {});
    expect((await cancel(o.cookies.staf2)).statusCode).toBe(403);
    expect((await cancel(o.cookies.lurah)).statusCode).toBe(403);
    expect((await cancel(o.cookies.kasi)).statusCode).toBe(200);
    expect((await cancel(o.cookies.kasi)).statusCode).toBe(409);
  });
});

describe('calendar file', () => {
  it('exports an RFC 5545 .ics with UTC times and escaped text', async () => {
    const programmeId = await seedProgramme(t.db, { title: 'Pelayanan Prima; Etika, Komunikasi' });
    const { id: sessionId } = await seedSession(t.db, { programmeId });
    const res = await api(t).get(`/api/v1/training/sessions/${sessionId}/calendar.ics`, o.cookies.staf);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const ics = res.body;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('DTSTART:20260511T010000Z');
    expect(ics).toContain('SUMMARY:Pelayanan Prima\\; Etika\\, Komunikasi — Angkatan Uji');
    expect(ics).toContain('LOCATION:Aula Kantor Camat');
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect((await api(t).get(`/api/v1/training/sessions/${sessionId}/calendar.ics`)).statusCode).toBe(401);
  });
});

describe('reminders', () => {
  it('lists "training tomorrow" for the participant and pending approvals for the superior', async () => {
    const programmeId = await seedProgramme(t.db, { title: 'Manajemen Pengaduan' });
    const { id: sessionId } = await seedSession(t.db, { programmeId, startsOn: '2026-05-05', capacity: 5 });
    await seedEnrolment(t.db, { sessionId, employeeId: o.ids.staf });
    const other = await seedSession(t.db, { programmeId, startsOn: '2026-06-01', capacity: 5 });
    await request(other.id, o.cookies.staf2);
    const mine = (await api(t).get('/api/v1/training/reminders', o.cookies.staf)).json();
    expect(mine.items).toContainEqual(
      expect.objectContaining({
        kind: 'SESSION_TOMORROW',
        sessionId,
        message: expect.stringContaining('besok'),
      }),
    );
    const superior = (await api(t).get('/api/v1/training/reminders', o.cookies.kasi)).json();
    expect(superior.items).toContainEqual(expect.objectContaining({ kind: 'ENROLMENT_APPROVAL_PENDING' }));
  });

  it('e-mails each participant the day before a session exactly once, however often the job runs', async () => {
    await t.db
      .updateTable('employees')
      .set({ email: 'staf3@example.id' })
      .where('id', '=', o.ids.staf3)
      .execute();
    const programmeId = await seedProgramme(t.db, { title: 'Penulisan Naskah Dinas' });
    const { id: sessionId } = await seedSession(t.db, { programmeId, startsOn: '2026-05-05', capacity: 5 });
    await seedEnrolment(t.db, { sessionId, employeeId: o.ids.staf3 });
    const before = smtp.inbox.length;
    const first = await runTrainingReminderJob(t.app.ctx);
    const second = await runTrainingReminderJob(t.app.ctx);
    expect(first.ran).toBe(true);
    expect(first.mailed).toBeGreaterThanOrEqual(1);
    expect(second.reminded).toBe(0);
    await flushOutbox(t.app.ctx);
    const mails = smtp.inbox.slice(before).filter((m) => m.to.includes('staf3@example.id'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).toContain('Penulisan Naskah Dinas');
  });
});

describe('authorisation', () => {
  it('answers 401 without a session on every training route', async () => {
    for (const url of [
      '/api/v1/training/programmes',
      '/api/v1/training/sessions',
      '/api/v1/training/me',
      '/api/v1/training/approvals',
    ]) {
      expect((await api(t).get(url)).statusCode).toBe(401);
    }
  });

  it('hides another employee’s enrolment from colleagues and other units', async () => {
    const programmeId = await seedProgramme(t.db);
    const { id: sessionId } = await seedSession(t.db, { programmeId });
    const id = await seedEnrolment(t.db, { sessionId, employeeId: o.ids.staf });
    expect((await api(t).get(`/api/v1/training/enrolments/${id}`, o.cookies.staf2)).statusCode).toBe(403);
    expect((await api(t).get(`/api/v1/training/enrolments/${id}`, o.cookies.lurah)).statusCode).toBe(403);
    expect((await api(t).get(`/api/v1/training/enrolments/${id}`, o.cookies.kasi)).statusCode).toBe(200);
    expect((await api(t).get(`/api/v1/training/enrolments/${id}`, o.cookies.camat)).statusCode).toBe(200);
    expect(
      (await api(t).get(`/api/v1/training/sessions/${sessionId}/enrolments`, o.cookies.staf)).statusCode,
    ).toBe(403);
    expect(
      (await api(t).get(`/api/v1/training/sessions/${sessionId}/enrolments`, o.cookies.admin)).statusCode,
    ).toBe(200);
  });
});
