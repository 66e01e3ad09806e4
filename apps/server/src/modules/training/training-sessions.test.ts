import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

// Editing and cancelling a session (issue 11 §2), the requests the web's session form and cancel dialog send.

let t: TestApp;
let o: TrainingOffice;

beforeAll(async () => {
  // Wednesday 13 May 2026, 10:00 WIB; the sessions below start in June.
  t = await createTestApp({ now: new Date('2026-05-13T03:00:00Z') });
  o = await seedTrainingOffice(t);
  await seedTrainer(t.db, o.ids.pelatih);
});
afterAll(() => t.close());

const patch = (id: number, cookie: string, body: object) =>
  api(t).send('PATCH', `/api/v1/training/sessions/${id}`, cookie, body);

describe('PATCH /api/v1/training/sessions/:id', () => {
  it('lets HR change the times (WIB), place, online link, capacity and trainers, and nobody else', async () => {
    const programmeId = await seedProgramme(t.db, {});
    const session = await seedSession(t.db, { programmeId, startsOn: '2026-06-08', days: 1 });
    const change = {
      startsAt: '2026-06-09T09:00:00+07:00',
      endsAt: '2026-06-09T15:00:00+07:00',
      location: 'Ruang Rapat Kelurahan',
      onlineUrl: 'https://meet.example.go.id/pelatihan',
      capacity: 5,
      trainers: [
        { employeeId: o.ids.pelatih },
        { externalName: 'Dra. Sri Wahyuni', externalOrganisation: 'BPSDM Provinsi' },
      ],
    };
    expect((await patch(session.id, o.cookies.staf, change)).statusCode).toBe(403);
    expect((await patch(session.id, o.cookies.pelatih, change)).statusCode).toBe(403);
    const res = await patch(session.id, o.cookies.admin, change);
    expect(res.statusCode).toBe(200);
    const after = (await api(t).get(`/api/v1/training/sessions/${session.id}`, o.cookies.staf)).json();
    expect(after).toMatchObject({
      startsAt: '2026-06-09T02:00:00.000Z',
      endsAt: '2026-06-09T08:00:00.000Z',
      days: ['2026-06-09'],
      location: 'Ruang Rapat Kelurahan',
      onlineUrl: 'https://meet.example.go.id/pelatihan',
      capacity: 5,
    });
    expect(after.trainers.map((x: { kind: string; name: string }) => [x.kind, x.name])).toEqual(
      expect.arrayContaining([
        ['INTERNAL', 'Pelatih Uji'],
        ['EXTERNAL', 'Dra. Sri Wahyuni'],
      ]),
    );
  });

  it('returns 400 naming cancelReason when a session is cancelled without a reason', async () => {
    const programmeId = await seedProgramme(t.db, {});
    const session = await seedSession(t.db, { programmeId, startsOn: '2026-06-15', days: 1 });
    const res = await patch(session.id, o.cookies.admin, { status: 'CANCELLED', cancelReason: '  ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('cancelReason');
    const still = (await api(t).get(`/api/v1/training/sessions/${session.id}`, o.cookies.admin)).json();
    expect(still.status).toBe('OPEN');
  });

  it('shows participants a cancelled session as cancelled, with the reason, on the session and in their training', async () => {
    const programmeId = await seedProgramme(t.db, {});
    const session = await seedSession(t.db, { programmeId, startsOn: '2026-06-22', days: 1 });
    await seedEnrolment(t.db, { sessionId: session.id, employeeId: o.ids.staf });
    const res = await patch(session.id, o.cookies.admin, {
      status: 'CANCELLED',
      cancelReason: 'Aula dipakai untuk musrenbang',
    });
    expect(res.statusCode).toBe(200);
    const seen = (await api(t).get(`/api/v1/training/sessions/${session.id}`, o.cookies.staf)).json();
    expect(seen).toMatchObject({ status: 'CANCELLED', cancelReason: 'Aula dipakai untuk musrenbang' });
    const mine = (await api(t).get('/api/v1/training/me', o.cookies.staf)).json();
    const enrolment = mine.enrolments.find((e: { sessionId: number }) => e.sessionId === session.id);
    expect(enrolment.sessionStatus).toBe('CANCELLED');
  });
});
