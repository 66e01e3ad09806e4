import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import {
  api,
  seedEnrolment,
  seedProgramme,
  seedSession,
  seedTrainer,
  seedTrainingOffice,
  type TrainingOffice,
} from './training.test-builders';

let t: TestApp;
let o: TrainingOffice;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

beforeAll(async () => {
  // Wednesday 13 May 2026, 10:00 WIB: the seeded two-day sessions of 11–12 May are over.
  t = await createTestApp({ now: new Date('2026-05-13T03:00:00Z') });
  o = await seedTrainingOffice(t);
  await seedTrainer(t.db, o.ids.pelatih);
});
afterAll(() => t.close());

const mark = (
  sessionId: number,
  cookie: string,
  day: string,
  records: { enrolmentId: number; present: boolean }[],
) => api(t).send('PUT', `/api/v1/training/sessions/${sessionId}/attendance`, cookie, { day, records });

describe('catalogue', () => {
  it('lets only HR manage programmes while every employee reads the catalogue', async () => {
    const body = { title: 'Manajemen Pengaduan', jp: 16, form: 'KLASIKAL', provider: 'INTERNAL' };
    expect((await api(t).send('POST', '/api/v1/training/programmes', o.cookies.staf, body)).statusCode).toBe(
      403,
    );
    const created = await api(t).send('POST', '/api/v1/training/programmes', o.cookies.admin, body);
    expect(created.statusCode).toBe(201);
    const list = (await api(t).get('/api/v1/training/programmes', o.cookies.staf)).json();
    expect(list.items.map((p: { title: string }) => p.title)).toContain('Manajemen Pengaduan');
    const patch = await api(t).send(
      'PATCH',
      `/api/v1/training/programmes/${created.json().id}`,
      o.cookies.admin,
      {
        isActive: false,
      },
    );
    expect(patch.json().isActive).toBe(false);
    expect(
      (await api(t).get(`/api/v1/training/programmes/${created.json().id}`, o.cookies.staf)).statusCode,
    ).toBe(404);
  });

  it('refuses a JP that is not a multiple of 0,5 and a cost for an internal programme', async () => {
    const bad = await api(t).send('POST', '/api/v1/training/programmes', o.cookies.admin, {
      title: 'X',
      jp: 1.3,
      form: 'SEMINAR',
      provider: 'EXTERNAL',
    });
    expect(bad.statusCode).toBe(400);
    const cost = await api(t).send('POST', '/api/v1/training/programmes', o.cookies.admin, {
      title: 'Y',
      jp: 2,
      form: 'SEMINAR',
      provider: 'INTERNAL',
      costPerParticipant: 500000,
    });
    expect(cost.statusCode).toBe(400);
    expect(cost.json().error.details[0].path).toBe('costPerParticipant');
  });

  it('accepts only registered internal trainers on a session and computes nonklasikal JP from minutes, rounded down', async () => {
    const programmeId = await seedProgramme(t.db, { form: 'COACHING', jp: 2 });
    const base = {
      programmeId,
      startsAt: '2026-06-02T08:00:00+07:00',
      endsAt: '2026-06-02T10:00:00+07:00',
      capacity: 10,
      status: 'OPEN',
    };
    const unregistered = await api(t).send('POST', '/api/v1/training/sessions', o.cookies.admin, {
      ...base,
      trainers: [{ employeeId: o.ids.kasi }],
    });
    expect(unregistered.statusCode).toBe(400);
    const res = await api(t).send('POST', '/api/v1/training/sessions', o.cookies.admin, {
      ...base,
      durationMinutes: 100,
      trainers: [
        { employeeId: o.ids.pelatih },
        { externalName: 'Dr. Rina Wulandari', externalOrganisation: 'BPSDM Sumsel' },
      ],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      jp: 2,
      days: ['2026-06-02'],
      minAttendancePercent: 100,
      seatsLeft: 10,
    });
    expect(res.json().trainers).toEqual([
      expect.objectContaining({ kind: 'INTERNAL', employeeId: o.ids.pelatih, name: 'Pelatih Uji' }),
      expect.objectContaining({ kind: 'EXTERNAL', name: 'Dr. Rina Wulandari', organisation: 'BPSDM Sumsel' }),
    ]);
    expect((await api(t).send('POST', '/api/v1/training/sessions', o.cookies.pelatih, base)).statusCode).toBe(
      403,
    );
  });

  it('takes the default completion rule from the agency setting', async () => {
    const put = await api(t).send('PUT', '/api/v1/training/settings', o.cookies.admin, {
      minAttendancePercent: 80,
    });
    expect(put.json()).toEqual({ minAttendancePercent: 80 });
    expect(
      (await api(t).send('PUT', '/api/v1/training/settings', o.cookies.staf, { minAttendancePercent: 50 }))
        .statusCode,
    ).toBe(403);
    const programmeId = await seedProgramme(t.db);
    const res = await api(t).send('POST', '/api/v1/training/sessions', o.cookies.admin, {
      programmeId,
      startsAt: '2026-06-08T08:00:00+07:00',
      endsAt: '2026-06-10T16:00:00+07:00',
      capacity: 10,
    });
    expect(res.json()).toMatchObject({
      minAttendancePercent: 80,
      days: ['2026-06-08', '2026-06-09', '2026-06-10'],
    });
    await api(t).send('PUT', '/api/v1/training/settings', o.cookies.admin, { minAttendancePercent: 100 });
  });

  it('stores materials with the attachment rules and gives them to participants only', async () => {
    const programmeId = await seedProgramme(t.db);
    const { id: sessionId } = await seedSession(t.db, { programmeId, trainerEmployeeId: o.ids.pelatih });
    await seedEnrolment(t.db, { sessionId, employeeId: o.ids.staf });
    const upload = (cookie: string, content: Buffer, filename: string) => {
      const m = multipart({}, { filename, content, contentType: 'application/pdf' });
      return t.app.inject({
        method: 'POST',
        url: `/api/v1/training/sessions/${sessionId}/materials`,
        payload: m.payload,
        headers: { ...m.headers, cookie },
      });
    };
    expect((await upload(o.cookies.staf, PDF, 'modul.pdf')).statusCode).toBe(403);
    expect((await upload(o.cookies.pelatih, Buffer.from('MZ executable'), 'modul.exe')).statusCode).toBe(415);
    const ok = await upload(o.cookies.pelatih, PDF, 'Modul 1.pdf');
    expect(ok.statusCode).toBe(201);
    const material = ok.json().materials[0];
    const url = `/api/v1/training/sessions/${sessionId}/materials/${material.id}`;
    expect((await api(t).get(url, o.cookies.staf)).statusCode).toBe(200);
    expect((await api(t).get(url, o.cookies.staf2)).statusCode).toBe(403);
  });
});

describe('attendance and completion', () => {
  it('lets the session’s internal trainer record attendance, but not another trainer or a participant', async () => {
    const programmeId = await seedProgramme(t.db);
    const { id: sessionId, days } = await seedSession(t.db, {
      programmeId,
      trainerEmployeeId: o.ids.pelatih,
    });
    const enrolmentId = await seedEnrolment(t.db, { sessionId, employeeId: o.ids.staf });
    const other = await seedSession(t.db, { programmeId });
    expect(
      (await mark(other.id, o.cookies.pelatih, days[0]!, [{ enrolmentId, present: true }])).statusCode,
    ).toBe(403);
    expect(
      (await mark(sessionId, o.cookies.staf, days[0]!, [{ enrolmentId, present: true }])).statusCode,
    ).toBe(403);
    const ok = await mark(sessionId, o.cookies.pelatih, days[0]!, [{ enrolmentId, present: true }]);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().participants[0].attendance).toEqual([
      { day: days[0], present: true },
      { day: days[1], present: null },
    ]);
    expect(
      (await mark(sessionId, o.cookies.pelatih, '2026-05-20', [{ enrolmentId, present: true }])).statusCode,
    ).toBe(400);
  });

  it('refuses attendance for a day that has not come yet', async () => {
    const programmeId = await seedProgramme(t.db);
    const { id: sessionId, days } = await seedSession(t.db, { programmeId, startsOn: '2026-05-13', days: 2 });
    const enrolmentId = await seedEnrolment(t.db, { sessionId, employeeId: o.ids.staf });
    expect(
      (await mark(sessionId, o.cookies.admin, days[1]!, [{ enrolmentId, present: true }])).statusCode,
    ).toBe(400);
    expect(
      (await mark(sessionId, o.cookies.admin, days[0]!, [{ enrolmentId, present: true }])).statusCode,
    ).toBe(200);
  });

  it('completes only participants with enough attendance and a passed post-test, and credits their JP', async () => {
    const programmeId = await seedProgramme(t.db, { title: 'Manajemen Pengaduan', jp: 16 });
    const { id: sessionId, days } = await seedSession(t.db, {
      programmeId,
      trainerEmployeeId: o.ids.pelatih,
      capacity: 5,
      minAttendancePercent: 50,
      postTestPassMark: 70,
    });
    const passed = await seedEnrolment(t.db, { sessionId, employeeId: o.ids.staf });
    const absent = await seedEnrolment(t.db, { sessionId, employeeId: o.ids.staf2 });
    const failed = await seedEnrolment(t.db, { sessionId, employeeId: o.ids.staf3 });
    const waiting = await seedEnrolment(t.db, { sessionId, employeeId: o.ids.lurah, status: 'WAITLISTED' });
    await mark(sessionId, o.cookies.pelatih, days[0]!, [
      { enrolmentId: passed, present: true },
      { enrolmentId: absent, present: false },
      { enrolmentId: failed, present: true },
    ]);
    await mark(sessionId, o.cookies.pelatih, days[1]!, [{ enrolmentId: absent, present: false }]);
    const scores = await api(t).send(
      'PUT',
      `/api/v1/training/sessions/${sessionId}/scores`,
      o.cookies.pelatih,
      {
        scores: [
          { enrolmentId: passed, preTestScore: 55, postTestScore: 85 },
          { enrolmentId: failed, preTestScore: 40, postTestScore: 60 },
        ],
      },
    );
    expect(scores.statusCode).toBe(200);
    expect(
      (await api(t).send('POST', `/api/v1/training/sessions/${sessionId}/complete`, o.cookies.staf))
        .statusCode,
    ).toBe(403);
    const res = await api(t).send(
      'POST',
      `/api/v1/training/sessions/${sessionId}/complete`,
      o.cookies.pelatih,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ completed: 1, notCompleted: 2 });
    expect(res.json().items).toEqual(
      expect.arrayContaining([
        { enrolmentId: passed, status: 'COMPLETED', reason: null, jpCredited: 16 },
        { enrolmentId: absent, status: 'NOT_COMPLETED', reason: 'ATTENDANCE', jpCredited: null },
        { enrolmentId: failed, status: 'NOT_COMPLETED', reason: 'POST_TEST_FAILED', jpCredited: null },
      ]),
    );
    const me = (await api(t).get('/api/v1/training/me', o.cookies.staf)).json();
    expect(me.jp).toMatchObject({ year: 2026, totalJp: 16 });
    expect(me.enrolments.find((e: { id: number }) => e.id === passed)).toMatchObject({
      status: 'COMPLETED',
      jpCredited: 16,
      certificateCode: expect.stringMatching(/^SRT-[0-9A-F]{12}$/),
    });
    expect((await api(t).get('/api/v1/training/me', o.cookies.staf2)).json().jp.totalJp).toBe(0);
    const w = await t.db
      .selectFrom('training_enrolments')
      .select('status')
      .where('id', '=', waiting)
      .executeTakeFirstOrThrow();
    expect(w.status).toBe('CANCELLED');
    expect(
      (await api(t).send('POST', `/api/v1/training/sessions/${sessionId}/complete`, o.cookies.pelatih))
        .statusCode,
    ).toBe(409);
    expect(
      (await mark(sessionId, o.cookies.pelatih, days[0]!, [{ enrolmentId: passed, present: true }]))
        .statusCode,
    ).toBe(409);
  });
});

describe('certificates and their verification', () => {
  it('gives the participant and HR a certificate PDF whose code the public page verifies', async () => {
    const programmeId = await seedProgramme(t.db, { title: 'Pelayanan Prima', jp: 8 });
    const { id: sessionId, days } = await seedSession(t.db, {
      programmeId,
      trainerEmployeeId: o.ids.pelatih,
    });
    const enrolmentId = await seedEnrolment(t.db, { sessionId, employeeId: o.ids.staf2 });
    for (const day of days) await mark(sessionId, o.cookies.pelatih, day, [{ enrolmentId, present: true }]);
    await api(t).send('POST', `/api/v1/training/sessions/${sessionId}/complete`, o.cookies.pelatih);
    const url = `/api/v1/training/enrolments/${enrolmentId}/certificate.pdf`;
    expect((await api(t).get(url, o.cookies.staf)).statusCode).toBe(403);
    expect((await api(t).get(url, o.cookies.admin)).statusCode).toBe(200);
    const res = await api(t).get(url, o.cookies.staf2);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const code = String(res.headers['x-verification-code']);
    const check = await api(t).get(`/api/v1/public/documents/${code}`);
    expect(check.statusCode).toBe(200);
    expect(check.json()).toMatchObject({
      valid: true,
      kind: 'SERTIFIKAT_PELATIHAN',
      isCurrent: true,
      employeeName: 'Staf Dua',
    });
    expect(check.json().title).toContain('Pelayanan Prima');

    // A withdrawn completion makes the certificate "no longer current".
    await t.db
      .updateTable('training_enrolments')
      .set({ status: 'NOT_COMPLETED' })
      .where('id', '=', enrolmentId)
      .execute();
    expect((await api(t).get(`/api/v1/public/documents/${code}`)).json()).toMatchObject({
      valid: true,
      isCurrent: false,
    });
    const unknown = await api(t).get('/api/v1/public/documents/SRT-000000000000');
    expect(unknown.json()).toMatchObject({ valid: false, kind: null });
  });

  it('has no certificate before the session is completed', async () => {
    const programmeId = await seedProgramme(t.db);
    const { id: sessionId } = await seedSession(t.db, { programmeId });
    const enrolmentId = await seedEnrolment(t.db, { sessionId, employeeId: o.ids.staf3 });
    expect(
      (await api(t).get(`/api/v1/training/enrolments/${enrolmentId}/certificate.pdf`, o.cookies.staf3))
        .statusCode,
    ).toBe(404);
  });
});

describe('feedback', () => {
  it('takes one feedback per participant on the session and its trainers, shown averaged to the trainer', async () => {
    const programmeId = await seedProgramme(t.db);
    const { id: sessionId } = await seedSession(t.db, { programmeId, trainerEmployeeId: o.ids.pelatih });
    const enrolmentId = await seedEnrolment(t.db, { sessionId, employeeId: o.ids.staf, status: 'COMPLETED' });
    const trainerId = (await api(t).get(`/api/v1/training/sessions/${sessionId}`, o.cookies.staf)).json()
      .trainers[0].id;
    const body = {
      sessionRating: 4,
      comment: 'Materi sangat membantu',
      trainers: [{ sessionTrainerId: trainerId, rating: 5 }],
    };
    const url = `/api/v1/training/enrolments/${enrolmentId}/feedback`;
    expect((await api(t).send('POST', url, o.cookies.staf2, body)).statusCode).toBe(403);
    expect((await api(t).send('POST', url, o.cookies.staf, { ...body, sessionRating: 6 })).statusCode).toBe(
      400,
    );
    const ok = await api(t).send('POST', url, o.cookies.staf, body);
    expect(ok.statusCode).toBe(201);
    expect(ok.json().hasFeedback).toBe(true);
    expect((await api(t).send('POST', url, o.cookies.staf, body)).statusCode).toBe(409);
    const summary = await api(t).get(`/api/v1/training/sessions/${sessionId}/feedback`, o.cookies.pelatih);
    expect(summary.json()).toMatchObject({
      count: 1,
      averageSessionRating: 4,
      trainers: [{ sessionTrainerId: trainerId, name: 'Pelatih Uji', count: 1, averageRating: 5 }],
      comments: ['Materi sangat membantu'],
    });
    expect(
      (await api(t).get(`/api/v1/training/sessions/${sessionId}/feedback`, o.cookies.staf)).statusCode,
    ).toBe(403);
  });
});

describe('external training evidence', () => {
  const upload = (cookie: string, fields: Record<string, string>, file?: Buffer) => {
    const m = multipart(
      fields,
      file ? { filename: 'sertifikat.pdf', content: file, contentType: 'application/pdf' } : undefined,
    );
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/training/evidence',
      payload: m.payload,
      headers: { ...m.headers, cookie },
    });
  };
  const fields = {
    title: 'Webinar Pelayanan Publik Inklusif',
    organiser: 'Ombudsman RI',
    form: 'SEMINAR',
    startsOn: '2026-04-20',
    endsOn: '2026-04-20',
    jp: '3',
  };

  it('credits the JP when the direct superior approves the uploaded certificate', async () => {
    const res = await upload(o.cookies.staf3, fields, PDF);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'AWAITING_APPROVAL', jp: 3 });
    const id = res.json().id;
    const decide = (cookie: string, body: object) =>
      api(t).send('POST', `/api/v1/training/evidence/${id}/decision`, cookie, body);
    expect((await decide(o.cookies.lurah, { approve: true })).statusCode).toBe(403);
    expect((await decide(o.cookies.admin, { approve: true })).statusCode).toBe(403);
    expect((await api(t).get('/api/v1/training/approvals', o.cookies.kasi)).json().evidence).toHaveLength(1);
    const ok = await decide(o.cookies.kasi, { approve: true });
    expect(ok.json()).toMatchObject({ status: 'APPROVED' });
    const jp = (await api(t).get(`/api/v1/training/employees/${o.ids.staf3}/jp`, o.cookies.kasi)).json();
    expect(jp.credits).toContainEqual(expect.objectContaining({ source: 'EXTERNAL', jp: 3, evidenceId: id }));
    expect(
      (await api(t).get(`/api/v1/training/employees/${o.ids.staf3}/jp`, o.cookies.lurah)).statusCode,
    ).toBe(403);
    expect((await api(t).get(`/api/v1/training/evidence/${id}/file`, o.cookies.kasi)).statusCode).toBe(200);
    expect((await api(t).get(`/api/v1/training/evidence/${id}/file`, o.cookies.staf)).statusCode).toBe(403);
  });

  it('records a rejection with its reason and credits nothing', async () => {
    const res = await upload(o.cookies.lurah, { ...fields, title: 'Kursus Bahasa Inggris', jp: '10' }, PDF);
    const id = res.json().id;
    const noReason = await api(t).send('POST', `/api/v1/training/evidence/${id}/decision`, o.cookies.camat, {
      approve: false,
    });
    expect(noReason.statusCode).toBe(400);
    const rejected = await api(t).send('POST', `/api/v1/training/evidence/${id}/decision`, o.cookies.camat, {
      approve: false,
      reason: 'Sertifikat tidak mencantumkan jumlah jam',
    });
    expect(rejected.json()).toMatchObject({
      status: 'REJECTED',
      rejectReason: 'Sertifikat tidak mencantumkan jumlah jam',
    });
    expect((await api(t).get('/api/v1/training/me', o.cookies.lurah)).json().jp.totalJp).toBe(0);
  });

  it('refuses evidence without a certificate, with a JP that is not a multiple of 0,5, or ending in the future', async () => {
    expect((await upload(o.cookies.staf, fields)).statusCode).toBe(400);
    expect((await upload(o.cookies.staf, { ...fields, jp: '2.2' }, PDF)).statusCode).toBe(400);
    expect((await upload(o.cookies.staf, { ...fields, endsOn: '2026-06-01' }, PDF)).statusCode).toBe(400);
    expect((await upload(o.cookies.admin, fields, PDF)).statusCode).toBe(403);
  });
});

describe('capabilities', () => {
  it('gives HR the manage screen, trainers the attendance screen and employees their own training', async () => {
    const caps = async (cookie: string) =>
      (await api(t).get('/api/v1/auth/me', cookie)).json().user.capabilities;
    expect((await caps(o.cookies.admin)).screens).toEqual(
      expect.arrayContaining(['training', 'trainingManage', 'trainingAttendance']),
    );
    const trainer = await caps(o.cookies.pelatih);
    expect(trainer.screens).toEqual(
      expect.arrayContaining(['training', 'trainingMine', 'trainingAttendance']),
    );
    expect(trainer.screens).not.toContain('trainingManage');
    const staf = await caps(o.cookies.staf);
    expect(staf.screens).toEqual(expect.arrayContaining(['training', 'trainingMine', 'trainingApprovals']));
    expect(staf.screens).not.toContain('trainingAttendance');
    expect(staf.training).toEqual({ manage: false, recordAnyAttendance: false });
  });
});
