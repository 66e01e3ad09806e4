import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { makePngWithMetadata } from '../complaints/complaints.test-builders';
import {
  seedFollowUpFinding,
  seedFollowUpOffice,
  seedFollowUpRecommendation,
  seedFollowUpTeam,
} from './oversight-followups.test-builders';

// Follow-up and verification of recommendations (issue 12 §1): owner → inspector → (Pimpinan), with history.

const NOW = new Date('2026-06-01T03:00:00Z'); // 10:00 WIB

let t: TestApp;
let office: Awaited<ReturnType<typeof seedFollowUpOffice>>;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  office = await seedFollowUpOffice(t.db, { dueDate: '2026-07-01' });
  for (const [name, who] of Object.entries({
    camat: office.camat,
    kasi: office.kasi,
    staf: office.staf,
    lurah: office.lurah,
    inspector: office.inspector,
    outsider: office.outsider,
  })) {
    cookies[name] = await t.login(who.username!);
  }
});
afterAll(() => t.close());

const followUp = (cookie: string, id: number, text: string, files?: Parameters<typeof multipart>[1]) => {
  const body = multipart({ text }, files);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/oversight/recommendations/${id}/follow-ups`,
    headers: { cookie, ...body.headers },
    payload: body.payload,
  });
};
const verify = (cookie: string, id: number, payload: object) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/oversight/recommendations/${id}/verification`,
    headers: { cookie },
    payload,
  });
const decide = (cookie: string, id: number, payload: object) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/oversight/recommendations/${id}/cannot-follow-up-decision`,
    headers: { cookie },
    payload,
  });
const panel = (cookie: string, id: number) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/oversight/recommendations/${id}/follow-up`,
    headers: { cookie },
  });

async function freshRecommendation(o: { ownerUnitId?: number; dueDate?: string } = {}) {
  return seedFollowUpRecommendation(t.db, {
    findingId: office.findingId,
    ownerEmployeeId: o.ownerUnitId ? undefined : office.staf.id,
    ownerUnitId: o.ownerUnitId,
    dueDate: o.dueDate ?? '2026-07-01',
  });
}

describe('follow-up by the owner', () => {
  it('the owner posts a follow-up with evidence files and it waits for verification', async () => {
    const id = await freshRecommendation();
    const res = await followUp(cookies.staf!, id, 'Maklumat baru sudah dipasang di ruang tunggu.', [
      { filename: 'maklumat.png', content: makePngWithMetadata(), contentType: 'image/png' },
      {
        filename: 'berita-acara.pdf',
        content: Buffer.from('%PDF-1.4\n%uji\n'),
        contentType: 'application/pdf',
      },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.status).toBe('SUBMITTED');
    expect(body.actions).toEqual([]);
    expect(body.followUps).toHaveLength(1);
    expect(body.followUps[0].files.map((f: { mime: string }) => f.mime)).toEqual([
      'image/png',
      'application/pdf',
    ]);
    // The photo was re-encoded: its metadata (a GPS position) is gone.
    const file = await t.app.inject({
      method: 'GET',
      url: `/api/v1/oversight/follow-up-files/${body.followUps[0].files[0].id}`,
      headers: { cookie: cookies.inspector! },
    });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.includes(Buffer.from('GPS'))).toBe(false);
  });

  it('only the owner may post a follow-up: the inspector gets 403, an outsider 404', async () => {
    const id = await freshRecommendation();
    expect((await followUp(cookies.inspector!, id, 'Sudah')).statusCode).toBe(403);
    expect((await followUp(cookies.outsider!, id, 'Sudah')).statusCode).toBe(404);
    expect((await followUp(cookies.camat!, id, 'Sudah')).statusCode).toBe(403);
  });

  it('a unit-owned recommendation is followed up by the head of the unit', async () => {
    const id = await freshRecommendation({ ownerUnitId: office.tree.units.kelurahan });
    expect((await followUp(cookies.staf!, id, 'Sudah')).statusCode).toBe(404);
    const res = await followUp(cookies.lurah!, id, 'Papan standar pelayanan kelurahan sudah diperbarui.');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().ownerName).toBe('Kelurahan Uji');
  });

  it('refuses a follow-up without text (400 naming the field) and evidence that is not an image or PDF', async () => {
    const id = await freshRecommendation();
    const empty = await followUp(cookies.staf!, id, '  ');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].path).toBe('text');
    const exe = await followUp(cookies.staf!, id, 'Sudah', {
      filename: 'x.exe',
      content: Buffer.from('MZ....'),
    });
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.message).toMatch(/JPEG\/PNG atau PDF/);
    expect((await panel(cookies.staf!, id)).json().status).toBe('OPEN');
  });

  it('a second follow-up waits for the verification of the first (409)', async () => {
    const id = await freshRecommendation();
    expect((await followUp(cookies.staf!, id, 'Pertama')).statusCode).toBe(201);
    expect((await followUp(cookies.staf!, id, 'Kedua')).statusCode).toBe(409);
  });
});

describe('verification by the inspector', () => {
  it('verification sesuai closes the recommendation', async () => {
    const id = await freshRecommendation();
    await followUp(cookies.staf!, id, 'Sudah dipasang.');
    const res = await verify(cookies.inspector!, id, { result: 'SESUAI' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('CLOSED');
    expect(res.json().followUps[0]).toMatchObject({ result: 'SESUAI', verifiedByName: expect.any(String) });
  });

  it('verification belum sesuai returns it to the owner with the note, and the owner follows up again', async () => {
    const id = await freshRecommendation();
    await followUp(cookies.staf!, id, 'Sudah dipasang.');
    const res = await verify(cookies.inspector!, id, {
      result: 'BELUM_SESUAI',
      note: 'Foto tidak menunjukkan ruang tunggu.',
    });
    expect(res.json().status).toBe('RETURNED');
    expect(res.json().followUps[0].reason).toBe('Foto tidak menunjukkan ruang tunggu.');
    expect((await panel(cookies.staf!, id)).json().actions).toEqual(['SUBMIT_FOLLOW_UP']);
    expect((await followUp(cookies.staf!, id, 'Foto ruang tunggu terlampir.')).json().status).toBe(
      'SUBMITTED',
    );
  });

  it('belum sesuai and tidak dapat ditindaklanjuti need a note (400 naming the field)', async () => {
    const id = await freshRecommendation();
    await followUp(cookies.staf!, id, 'Sudah.');
    for (const result of ['BELUM_SESUAI', 'TIDAK_DAPAT_DITINDAKLANJUTI']) {
      const res = await verify(cookies.inspector!, id, { result });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].path).toBe('body.note');
    }
  });

  it('only a member of the inspecting team within its period verifies', async () => {
    const id = await freshRecommendation();
    await followUp(cookies.staf!, id, 'Sudah.');
    expect((await verify(cookies.staf!, id, { result: 'SESUAI' })).statusCode).toBe(403);
    expect((await verify(cookies.camat!, id, { result: 'SESUAI' })).statusCode).toBe(403);
    expect((await verify(cookies.outsider!, id, { result: 'SESUAI' })).statusCode).toBe(404);
    // A member of a team whose period has ended no longer acts for it.
    const oldTeam = await seedFollowUpTeam(t.db, {
      memberIds: [office.outsider.id],
      periodStart: '2025-01-02',
      periodEnd: '2025-12-31',
    });
    const oldFinding = await seedFollowUpFinding(t.db, {
      teamId: oldTeam,
      inspectionId: office.inspectionId,
      unitId: office.tree.units.seksi,
    });
    const oldRec = await seedFollowUpRecommendation(t.db, {
      findingId: oldFinding,
      ownerEmployeeId: office.staf.id,
      dueDate: '2026-07-01',
    });
    await followUp(cookies.staf!, oldRec, 'Sudah.');
    expect((await verify(cookies.outsider!, oldRec, { result: 'SESUAI' })).statusCode).toBe(404);
  });

  it('nothing to verify before a follow-up (409)', async () => {
    const id = await freshRecommendation();
    expect((await verify(cookies.inspector!, id, { result: 'SESUAI' })).statusCode).toBe(409);
  });
});

describe('tidak dapat ditindaklanjuti and the Pimpinan', () => {
  async function pending() {
    const id = await freshRecommendation();
    await followUp(cookies.staf!, id, 'Anggaran papan tidak tersedia tahun ini.');
    const res = await verify(cookies.inspector!, id, {
      result: 'TIDAK_DAPAT_DITINDAKLANJUTI',
      note: 'Gedung akan dibongkar bulan depan.',
    });
    expect(res.json()).toMatchObject({
      status: 'CANNOT_FOLLOW_UP_PENDING',
      cannotFollowUpReason: 'Gedung akan dibongkar bulan depan.',
    });
    return id;
  }

  it('tidak dapat ditindaklanjuti waits for the Pimpinan, whose approval closes it as such', async () => {
    const id = await pending();
    expect((await decide(cookies.inspector!, id, { decision: 'APPROVED' })).statusCode).toBe(403);
    expect((await panel(cookies.camat!, id)).json().actions).toEqual([
      'APPROVE_CANNOT_FOLLOW_UP',
      'REFUSE_CANNOT_FOLLOW_UP',
    ]);
    const res = await decide(cookies.camat!, id, { decision: 'APPROVED' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('CANNOT_FOLLOW_UP_APPROVED');
  });

  it('the Pimpinan’s refusal sends it back to open, with a reason required', async () => {
    const id = await pending();
    expect((await decide(cookies.camat!, id, { decision: 'REJECTED' })).statusCode).toBe(400);
    const res = await decide(cookies.camat!, id, { decision: 'REJECTED', note: 'Pasang papan sementara.' });
    expect(res.json().status).toBe('OPEN');
    expect((await panel(cookies.staf!, id)).json().actions).toEqual(['SUBMIT_FOLLOW_UP']);
  });

  it('every step is on the history and in the audit log', async () => {
    const id = await pending();
    await decide(cookies.camat!, id, { decision: 'REJECTED', note: 'Pasang papan sementara.' });
    await followUp(cookies.staf!, id, 'Papan sementara terpasang.');
    await verify(cookies.inspector!, id, { result: 'SESUAI' });
    const history = (await panel(cookies.kasi!, id)).json();
    expect(history.events.map((e: { type: string }) => e.type)).toEqual([
      'FOLLOW_UP_SUBMITTED',
      'VERIFIED_TIDAK_DAPAT_DITINDAKLANJUTI',
      'CANNOT_FOLLOW_UP_REJECTED',
      'FOLLOW_UP_SUBMITTED',
      'VERIFIED_SESUAI',
    ]);
    expect(history.followUps.map((f: { result: string }) => f.result)).toEqual([
      'TIDAK_DAPAT_DITINDAKLANJUTI',
      'SESUAI',
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'oversight_recommendation')
      .where('entity_id', '=', String(id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'oversight.recommendation.submit_follow_up',
      'oversight.recommendation.verify_tidak_dapat',
      'oversight.recommendation.refuse_cannot_follow_up',
      'oversight.recommendation.submit_follow_up',
      'oversight.recommendation.verify_sesuai',
    ]);
  });
});

describe('who reads a recommendation', () => {
  it('the owner, the owner’s superior, the team and the Pimpinan read it; others get 404', async () => {
    const id = await freshRecommendation();
    for (const who of ['staf', 'kasi', 'inspector', 'camat']) {
      expect((await panel(cookies[who]!, id)).statusCode, who).toBe(200);
    }
    expect((await panel(cookies.outsider!, id)).statusCode).toBe(404);
    expect((await panel(cookies.lurah!, id)).statusCode).toBe(404);
  });
});

describe('GET /api/v1/oversight/work', () => {
  it('lists mine for the owner, to verify for the team, to decide for the Pimpinan', async () => {
    const id = await freshRecommendation();
    await followUp(cookies.staf!, id, 'Sudah.');
    const work = async (who: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/oversight/work',
          headers: { cookie: cookies[who]! },
        })
      ).json();
    const mine = await work('staf');
    expect(mine.mine.map((r: { id: number }) => r.id)).toContain(id);
    const team = await work('inspector');
    expect(team.toVerify.map((r: { id: number }) => r.id)).toContain(id);
    expect(team.mine).toEqual([]);
    const outsider = await work('outsider');
    expect(outsider).toEqual({ mine: [], toVerify: [], toDecide: [], escalated: [] });
  });

  it('lists an overdue recommendation as escalated to the owner’s superior and the Pimpinan', async () => {
    const id = await freshRecommendation({ dueDate: '2026-05-15' });
    const work = async (who: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/oversight/work',
          headers: { cookie: cookies[who]! },
        })
      ).json();
    const kasi = await work('kasi');
    expect(kasi.escalated.find((r: { id: number }) => r.id === id)).toMatchObject({
      isOverdue: true,
      daysUntilDue: -17,
    });
    expect((await work('camat')).escalated.map((r: { id: number }) => r.id)).toContain(id);
    expect((await work('lurah')).escalated.map((r: { id: number }) => r.id)).not.toContain(id);
  });
});

describe('reminder and escalation settings', () => {
  it('the Pimpinan changes them (audited); others get 403; a bad value is a 400', async () => {
    const put = (cookie: string, payload: object) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/v1/oversight/settings/follow-up',
        headers: { cookie },
        payload,
      });
    expect(
      (await put(cookies.inspector!, { reminderDaysBefore: 3, escalateAfterDaysOverdue: 0 })).statusCode,
    ).toBe(403);
    expect(
      (await put(cookies.camat!, { reminderDaysBefore: -1, escalateAfterDaysOverdue: 0 })).statusCode,
    ).toBe(400);
    const ok = await put(cookies.camat!, { reminderDaysBefore: 3, escalateAfterDaysOverdue: 2 });
    expect(ok.json()).toEqual({ reminderDaysBefore: 3, escalateAfterDaysOverdue: 2 });
    const read = await t.app.inject({
      method: 'GET',
      url: '/api/v1/oversight/settings/follow-up',
      headers: { cookie: cookies.staf! },
    });
    expect(read.json()).toEqual({ reminderDaysBefore: 3, escalateAfterDaysOverdue: 2 });
    await put(cookies.camat!, { reminderDaysBefore: 7, escalateAfterDaysOverdue: 0 });
  });

  it('a value out of range is refused naming the field, in Bahasa Indonesia, for the settings screen to show beside it', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/oversight/settings/follow-up',
      headers: { cookie: cookies.camat! },
      payload: { reminderDaysBefore: 7, escalateAfterDaysOverdue: 91 },
    });
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details as { path: string; message: string }[];
    expect(details.map((d) => d.path)).toEqual(['body.escalateAfterDaysOverdue']);
    expect(details[0]!.message).toMatch(/90/);
    expect(details[0]!.message).not.toMatch(/too big|expected/i);
  });
});
