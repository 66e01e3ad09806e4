import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, seedEmployee, seedOrgTree, seedUser } from '../../../test/builders';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { makePngWithMetadata } from '../complaints/complaints.test-builders';
import {
  seedFinding,
  seedInspection,
  seedRecommendation,
  seedTeam,
  starterVersion,
} from './oversight.test-builders';

// Internal oversight (issue 12, oversight-and-forum.md): teams by decree, plans, versioned checklists, field
// inspections sent idempotently from a phone, findings and recommendations with due dates by severity.

const NOW = new Date('2026-08-04T03:00:00Z'); // 10:00 WIB, Tuesday 4 August 2026

let t: TestApp;
let tree: Awaited<ReturnType<typeof seedOrgTree>>;
let ids: { camat: number; ins1: number; ins2: number; outsider: number; staf: number; other: number };
let c: Record<'camat' | 'admin' | 'ins1' | 'ins2' | 'outsider' | 'staf' | 'other', string>;
let teamId: number;
let version: Awaited<ReturnType<typeof starterVersion>>;

async function api(cookie: string, method: InjectOptions['method'], url: string, payload?: unknown) {
  const res = await t.app.inject({
    method,
    url: `/api/v1/oversight${url}`,
    headers: { cookie },
    ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
  });
  return { status: res.statusCode, body: res.body ? res.json() : null };
}

/** Every item of the starter checklist answered (YES for yes/no, 4 for scores, a text for text items). */
function fullAnswers() {
  return version.items.map((i) => ({
    itemId: i.id,
    ...(i.type === 'YES_NO' ? { yes: true } : {}),
    ...(i.type === 'SCORE' ? { score: 4 } : {}),
    ...(i.type === 'TEXT' ? { text: '7' } : {}),
  }));
}

async function putPhoto(
  cookie: string,
  uuid: string,
  photoUuid: string,
  itemId: number,
  content = makePngWithMetadata(),
) {
  const body = multipart({}, { filename: 'maklumat.png', content, contentType: 'image/png' });
  const res = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/oversight/inspections/by-uuid/${uuid}/photos/${photoUuid}?itemId=${itemId}`,
    headers: { cookie, ...body.headers },
    payload: body.payload,
  });
  return { status: res.statusCode, body: res.json() };
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  tree = await seedOrgTree(t.db);
  const camat = await seedEmployee(t.db, { positionId: tree.positions.camat, roles: ['PIMPINAN'] });
  const ins1 = await seedEmployee(t.db, { positionId: tree.positions.kasi, roles: ['TIM_PENGAWAS'] });
  const ins2 = await seedEmployee(t.db, { roles: ['TIM_PENGAWAS'] });
  const outsider = await seedEmployee(t.db, { roles: ['TIM_PENGAWAS'] });
  const staf = await seedEmployee(t.db, { positionId: tree.positions.stafKel, login: true });
  const other = await seedEmployee(t.db, { positionId: tree.positions.staf, login: true });
  await seedUser(t.db, { username: 'admin-ov', roles: ['ADMIN_KEPEGAWAIAN'] });
  ids = {
    camat: camat.id,
    ins1: ins1.id,
    ins2: ins2.id,
    outsider: outsider.id,
    staf: staf.id,
    other: other.id,
  };
  c = {
    camat: await t.login(camat.username!),
    admin: await t.login('admin-ov'),
    ins1: await t.login(ins1.username!),
    ins2: await t.login(ins2.username!),
    outsider: await t.login(outsider.username!),
    staf: await t.login(staf.username!),
    other: await t.login(other.username!),
  };
  teamId = await seedTeam(t.db, { members: [ins1.id, ins2.id] });
  version = await starterVersion(t.db);
});

afterAll(async () => {
  await t.close();
});

describe('teams by decree', () => {
  const body = () => ({
    name: 'Tim Pengawas Pelayanan 2026',
    decreeNumber: `800/${randomUUID().slice(0, 6)}/ST/2026`,
    decreeDate: '2026-08-01',
    mandate: 'Mengawasi pelayanan PATEN di kantor kecamatan dan kelurahan.',
    periodStart: '2026-08-01',
    periodEnd: '2026-12-31',
    members: [
      { employeeId: ids.ins1, isLeader: true },
      { employeeId: ids.outsider, isLeader: false },
    ],
  });

  it('only the Pimpinan forms a team (Admin Kepegawaian and the team role are refused)', async () => {
    expect((await api(c.admin, 'POST', '/teams', body())).status).toBe(403);
    expect((await api(c.ins1, 'POST', '/teams', body())).status).toBe(403);
    const res = await api(c.camat, 'POST', '/teams', body());
    expect(res.status).toBe(201);
    expect(
      res.body.members.map((m: { employeeId: number; isLeader: boolean }) => [m.employeeId, m.isLeader]),
    ).toEqual(
      expect.arrayContaining([
        [ids.ins1, true],
        [ids.outsider, false],
      ]),
    );
    expect(res.body.isActive).toBe(true);
  });

  it('members must hold the Tim Pengawas role (candidates are its holders)', async () => {
    const res = await api(c.camat, 'POST', '/teams', {
      ...body(),
      members: [{ employeeId: ids.staf, isLeader: true }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('members.0.employeeId');
    const candidates = await api(c.camat, 'GET', '/teams/candidates');
    const candidateIds = candidates.body.items.map((i: { employeeId: number }) => i.employeeId);
    expect(candidateIds).toEqual(expect.arrayContaining([ids.ins1, ids.ins2, ids.outsider]));
    expect(candidateIds).not.toContain(ids.staf);
  });

  it('a team has exactly one leader', async () => {
    const none = await api(c.camat, 'POST', '/teams', {
      ...body(),
      members: [{ employeeId: ids.ins1, isLeader: false }],
    });
    expect(none.status).toBe(400);
    expect(none.body.error.details[0].path).toBe('members');
  });

  it('the period ends on or after it starts', async () => {
    const res = await api(c.camat, 'POST', '/teams', { ...body(), periodEnd: '2026-07-01' });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('periodEnd');
  });
});

describe('plans', () => {
  const plan = (o: Record<string, unknown> = {}) => ({
    teamId,
    title: 'Pengawasan loket kelurahan',
    targetKind: 'EMPLOYEE',
    targetEmployeeId: ids.staf,
    plannedDate: '2026-08-12',
    checklistVersionId: version.id,
    kind: 'PLANNED',
    ...o,
  });

  it('unannounced plans are not visible to the target; planned ones are', async () => {
    const announced = await api(c.ins1, 'POST', '/plans', plan());
    expect(announced.status).toBe(201);
    expect(announced.body.targetUnitId).toBe(tree.units.kelurahan); // from the employee's position
    const sidak = await api(c.ins1, 'POST', '/plans', plan({ kind: 'UNANNOUNCED', title: 'Sidak loket' }));
    expect(sidak.status).toBe(201);

    const forTarget = await api(c.staf, 'GET', '/plans?from=2026-08-01&to=2026-08-31');
    expect(forTarget.status).toBe(200);
    const seen = forTarget.body.items.map((p: { id: number }) => p.id);
    expect(seen).toContain(announced.body.id);
    expect(seen).not.toContain(sidak.body.id);
    expect((await api(c.staf, 'GET', `/plans/${sidak.body.id}`)).status).toBe(404);

    const forTeam = await api(c.ins2, 'GET', '/plans?from=2026-08-01&to=2026-08-31');
    expect(forTeam.body.items.map((p: { id: number }) => p.id)).toEqual(
      expect.arrayContaining([announced.body.id, sidak.body.id]),
    );
    const forCamat = await api(c.camat, 'GET', '/plans?from=2026-08-01&to=2026-08-31');
    expect(forCamat.body.items.map((p: { id: number }) => p.id)).toContain(sidak.body.id);
    // An employee of another unit sees neither.
    const forOther = await api(c.other, 'GET', '/plans?from=2026-08-01&to=2026-08-31');
    expect(forOther.body.items.map((p: { id: number }) => p.id)).not.toContain(announced.body.id);
  });

  it('only active members of the team plan for it', async () => {
    expect((await api(c.outsider, 'POST', '/plans', plan())).status).toBe(403);
    expect((await api(c.staf, 'POST', '/plans', plan())).status).toBe(403);
  });

  it('the planned date lies within the team period', async () => {
    const res = await api(c.ins1, 'POST', '/plans', plan({ plannedDate: '2027-01-05' }));
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('plannedDate');
  });

  it('a service target needs a catalogue service or its name', async () => {
    const res = await api(
      c.ins1,
      'POST',
      '/plans',
      plan({ targetKind: 'SERVICE', targetUnitId: tree.units.kecamatan }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('targetServiceText');
    const ok = await api(
      c.ins1,
      'POST',
      '/plans',
      plan({
        targetKind: 'SERVICE',
        targetUnitId: tree.units.kecamatan,
        targetServiceText: 'Legalisasi surat',
      }),
    );
    expect(ok.status).toBe(201);
  });

  it('a cancelled plan keeps its reason and can no longer change', async () => {
    const created = await api(c.ins1, 'POST', '/plans', plan({ plannedDate: '2026-09-01' }));
    const cancelled = await api(c.ins1, 'PATCH', `/plans/${created.body.id}`, {
      cancelReason: 'Lurah sedang dinas luar',
    });
    expect(cancelled.body.status).toBe('CANCELLED');
    expect((await api(c.ins1, 'PATCH', `/plans/${created.body.id}`, { title: 'Lain' })).status).toBe(409);
  });
});

describe('checklist templates', () => {
  it('the starter set for kecamatan service points is reference data', async () => {
    const res = await api(c.ins1, 'GET', '/templates');
    const starter = res.body.items.find((x: { code: string }) => x.code === 'PELAYANAN-KECAMATAN');
    expect(starter.current.version).toBe(1);
    const texts = starter.current.items.map((i: { text: string }) => i.text).join(' | ');
    for (const topic of [
      'hadir',
      'SOP',
      'Maklumat pelayanan',
      'Standar pelayanan',
      'Waktu tunggu',
      'Kesopanan',
      'pungli',
    ]) {
      expect(texts).toContain(topic);
    }
    expect(starter.current.items.filter((i: { photoRequired: boolean }) => i.photoRequired)).toHaveLength(3);
    expect((await api(c.staf, 'GET', '/templates')).status).toBe(403);
  });

  it('editing a used version creates a new version and leaves the used one unchanged', async () => {
    const created = await api(c.ins1, 'POST', '/templates', {
      code: 'KEBERSIHAN',
      name: 'Kebersihan ruang layanan',
      items: [{ text: 'Ruang tunggu bersih', type: 'YES_NO' }],
    });
    expect(created.status).toBe(201);
    const v1 = created.body.current;
    // Unused: corrected in place.
    const inPlace = await api(c.ins1, 'PATCH', `/templates/${created.body.id}`, {
      items: [{ text: 'Ruang tunggu bersih dan rapi', type: 'YES_NO' }],
    });
    expect(inPlace.body.current.id).toBe(v1.id);
    expect(inPlace.body.current.items[0].text).toBe('Ruang tunggu bersih dan rapi');
    // Used by a plan: the next edit becomes version 2.
    await api(c.ins1, 'POST', '/plans', {
      teamId,
      title: 'Kebersihan',
      targetKind: 'UNIT',
      targetUnitId: tree.units.kelurahan,
      plannedDate: '2026-08-20',
      checklistVersionId: v1.id,
      kind: 'PLANNED',
    });
    const edited = await api(c.ins1, 'PATCH', `/templates/${created.body.id}`, {
      items: [
        { text: 'Ruang tunggu bersih dan rapi', type: 'YES_NO' },
        {
          text: 'Toilet pengguna layanan layak',
          type: 'SCORE',
          scoreMin: 1,
          scoreMax: 5,
          photoRequired: true,
        },
      ],
      note: 'Tambah butir toilet',
    });
    expect(edited.body.current.version).toBe(2);
    expect(edited.body.current.items).toHaveLength(2);
    const old = await api(c.ins1, 'GET', `/checklist-versions/${v1.id}`);
    expect(old.body.isUsed).toBe(true);
    expect(old.body.items.map((i: { text: string }) => i.text)).toEqual(['Ruang tunggu bersih dan rapi']);
  });

  it('a score item needs a range whose lowest value is below the highest', async () => {
    const res = await api(c.ins1, 'POST', '/templates', {
      code: 'SKOR-SALAH',
      name: 'Skor salah',
      items: [{ text: 'Nilai', type: 'SCORE', scoreMin: 5, scoreMax: 5 }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('items.0.scoreMax');
  });
});

describe('field inspection (idempotent offline submission)', () => {
  const adHoc = (o: Record<string, unknown> = {}) => ({
    teamId,
    checklistVersionId: version.id,
    targetKind: 'UNIT',
    targetUnitId: tree.units.kelurahan,
    startedAt: '2026-08-04T02:30:00Z',
    answers: [],
    ...o,
  });

  it('only members act as inspectors', async () => {
    expect((await api(c.outsider, 'PUT', `/inspections/by-uuid/${randomUUID()}`, adHoc())).status).toBe(403);
    expect((await api(c.staf, 'PUT', `/inspections/by-uuid/${randomUUID()}`, adHoc())).status).toBe(403);
    expect((await api(c.camat, 'PUT', `/inspections/by-uuid/${randomUUID()}`, adHoc())).status).toBe(403);
  });

  it('the same UUID sent again gives the same inspection, never a duplicate', async () => {
    const uuid = randomUUID();
    const first = await api(
      c.ins1,
      'PUT',
      `/inspections/by-uuid/${uuid}`,
      adHoc({ answers: fullAnswers().slice(0, 2) }),
    );
    expect(first.status).toBe(201);
    const again = await api(
      c.ins1,
      'PUT',
      `/inspections/by-uuid/${uuid}`,
      adHoc({ answers: fullAnswers().slice(0, 3) }),
    );
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.answers).toHaveLength(3);
    const rows = await t.db
      .selectFrom('oversight_inspections')
      .select('id')
      .where('client_uuid', '=', uuid)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('required-photo items are enforced at submit; a re-sent photo is stored once', async () => {
    const uuid = randomUUID();
    await api(c.ins1, 'PUT', `/inspections/by-uuid/${uuid}`, adHoc({ answers: fullAnswers() }));
    const missing = await api(
      c.ins1,
      'PUT',
      `/inspections/by-uuid/${uuid}`,
      adHoc({ answers: fullAnswers(), submit: true }),
    );
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain('wajib disertai foto');
    const photoItems = version.items.filter((i) => i.photo_required);
    for (const item of photoItems) {
      const photoUuid = randomUUID();
      const first = await putPhoto(c.ins1, uuid, photoUuid, item.id);
      expect(first.status).toBe(201);
      const resent = await putPhoto(c.ins1, uuid, photoUuid, item.id);
      expect(resent.status).toBe(200);
      expect(resent.body.id).toBe(first.body.id);
    }
    const submitted = await api(
      c.ins1,
      'PUT',
      `/inspections/by-uuid/${uuid}`,
      adHoc({ answers: fullAnswers(), submit: true }),
    );
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('SUBMITTED');
    expect(submitted.body.photos).toHaveLength(photoItems.length);
    // The phone did not hear the answer and sends the whole form again: nothing changes, nothing is duplicated.
    const resent = await api(
      c.ins1,
      'PUT',
      `/inspections/by-uuid/${uuid}`,
      adHoc({ answers: [], submit: true }),
    );
    expect(resent.status).toBe(200);
    expect(resent.body.id).toBe(submitted.body.id);
    expect(resent.body.answers).toHaveLength(version.items.length);
    expect(resent.body.submittedAt).toBe(submitted.body.submittedAt);
    // Photos after the submission are refused.
    expect((await putPhoto(c.ins1, uuid, randomUUID(), photoItems[0]!.id)).status).toBe(409);
  });

  it('photos are cleaned like complaint attachments: metadata removed, non-photos refused', async () => {
    const uuid = randomUUID();
    await api(c.ins1, 'PUT', `/inspections/by-uuid/${uuid}`, adHoc());
    const photo = await putPhoto(c.ins1, uuid, randomUUID(), version.items[2]!.id);
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/v1/oversight/inspection-photos/${photo.body.id}`,
      headers: { cookie: c.ins2 },
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.includes(Buffer.from('GPS'))).toBe(false);
    const pdf = await putPhoto(
      c.ins1,
      uuid,
      randomUUID(),
      version.items[2]!.id,
      Buffer.from('%PDF-1.4\n%%EOF'),
    );
    expect(pdf.status).toBe(415);
    // Someone outside the team cannot open it.
    const outside = await t.app.inject({
      method: 'GET',
      url: `/api/v1/oversight/inspection-photos/${photo.body.id}`,
      headers: { cookie: c.staf },
    });
    expect(outside.statusCode).toBe(404);
  });

  it('answers are checked against the item type and score range', async () => {
    const score = version.items.find((i) => i.type === 'SCORE')!;
    const res = await api(
      c.ins1,
      'PUT',
      `/inspections/by-uuid/${randomUUID()}`,
      adHoc({ answers: [{ itemId: score.id, score: 9 }] }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('answers.0.score');
  });

  it('only the inspector who started a form continues it', async () => {
    const uuid = randomUUID();
    await api(c.ins1, 'PUT', `/inspections/by-uuid/${uuid}`, adHoc());
    expect((await api(c.ins2, 'PUT', `/inspections/by-uuid/${uuid}`, adHoc())).status).toBe(403);
  });

  it('an inspection from a plan takes its checklist and target and completes the plan', async () => {
    const plan = await api(c.ins1, 'POST', '/plans', {
      teamId,
      title: 'Loket PATEN',
      targetKind: 'UNIT',
      targetUnitId: tree.units.kecamatan,
      plannedDate: '2026-08-04',
      checklistVersionId: version.id,
      kind: 'UNANNOUNCED',
    });
    const uuid = randomUUID();
    const started = await api(c.ins1, 'PUT', `/inspections/by-uuid/${uuid}`, {
      planId: plan.body.id,
      startedAt: '2026-08-04T02:45:00Z',
      answers: fullAnswers(),
    });
    expect(started.body.targetUnitId).toBe(tree.units.kecamatan);
    expect(started.body.kind).toBe('UNANNOUNCED');
    for (const item of version.items.filter((i) => i.photo_required)) {
      await putPhoto(c.ins1, uuid, randomUUID(), item.id);
    }
    await api(c.ins1, 'PUT', `/inspections/by-uuid/${uuid}`, {
      planId: plan.body.id,
      startedAt: '2026-08-04T02:45:00Z',
      answers: fullAnswers(),
      submit: true,
    });
    const after = await api(c.ins1, 'GET', `/plans/${plan.body.id}`);
    expect(after.body.status).toBe('DONE');
    expect(after.body.inspectionId).toBe(started.body.id);
  });
});

describe("a member's rights end with the team's period", () => {
  it('refuses inspections, plans and findings for a team whose period has ended', async () => {
    const pastTeam = await seedTeam(t.db, {
      members: [ids.ins2],
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
    });
    const inspection = await seedInspection(t.db, {
      teamId: pastTeam,
      inspectorEmployeeId: ids.ins2,
      unitId: tree.units.kelurahan,
      at: new Date('2026-06-10T02:00:00Z'),
    });
    const sent = await api(c.ins2, 'PUT', `/inspections/by-uuid/${randomUUID()}`, {
      teamId: pastTeam,
      checklistVersionId: version.id,
      targetKind: 'UNIT',
      targetUnitId: tree.units.kelurahan,
      startedAt: '2026-08-04T02:30:00Z',
      answers: [],
    });
    expect(sent.status).toBe(403);
    const finding = await api(c.ins2, 'POST', '/findings', {
      inspectionId: inspection.id,
      title: 'Terlambat',
      condition: 'a',
      criterion: 'b',
      cause: 'c',
      effect: 'd',
      severity: 'RINGAN',
    });
    expect(finding.status).toBe(403);
    const teams = await api(c.ins2, 'GET', '/teams');
    const past = teams.body.items.find((x: { id: number }) => x.id === pastTeam);
    expect(past.isActive).toBe(false);
    expect(past.isMine).toBe(false);
    // The member still reads the team's records.
    expect((await api(c.ins2, 'GET', `/inspections/${inspection.id}`)).status).toBe(200);
  });
});

describe('findings and recommendations', () => {
  let inspectionId: number;
  const finding = (o: Record<string, unknown> = {}) => ({
    inspectionId,
    title: 'Maklumat pelayanan tidak dipajang',
    condition: 'Maklumat pelayanan tidak terlihat di ruang tunggu kelurahan.',
    criterion: 'Maklumat pelayanan wajib dipublikasikan di tempat pelayanan.',
    cause: 'Papan maklumat rusak.',
    effect: 'Warga tidak mengetahui janji layanan.',
    severity: 'BERAT',
    recommendations: [
      { text: 'Pasang kembali maklumat pelayanan.', ownerKind: 'EMPLOYEE', ownerEmployeeId: ids.staf },
    ],
    ...o,
  });

  beforeAll(async () => {
    inspectionId = (
      await seedInspection(t.db, { teamId, inspectorEmployeeId: ids.ins1, unitId: tree.units.kelurahan })
    ).id;
  });

  it('the due date defaults by severity (berat 30, sedang 60, ringan 90 days) and follows the setting', async () => {
    const berat = await api(c.ins1, 'POST', '/findings', finding());
    expect(berat.status).toBe(201);
    expect(berat.body.recommendations[0].dueDate).toBe('2026-09-03');
    expect(berat.body.unitId).toBe(tree.units.kelurahan);
    const ringan = await api(c.ins1, 'POST', '/findings', finding({ severity: 'RINGAN' }));
    expect(ringan.body.recommendations[0].dueDate).toBe('2026-11-02');
    expect(ringan.body.defaultDueDate).toBe('2026-11-02');

    const shorter = { dueDays: { BERAT: 14, SEDANG: 60, RINGAN: 90 } };
    expect((await api(c.ins1, 'PUT', '/settings', shorter)).status).toBe(403);
    expect((await api(c.admin, 'PUT', '/settings', shorter)).status).toBe(403);
    const bad = await api(c.camat, 'PUT', '/settings', { dueDays: { BERAT: 90, SEDANG: 60, RINGAN: 30 } });
    expect(bad.status).toBe(400);
    expect((await api(c.camat, 'PUT', '/settings', shorter)).status).toBe(200);
    const after = await api(c.ins1, 'POST', '/findings', finding());
    expect(after.body.recommendations[0].dueDate).toBe('2026-08-18');
    await api(c.camat, 'PUT', '/settings', { dueDays: { BERAT: 30, SEDANG: 60, RINGAN: 90 } });
  });

  it('the due date and owner are editable while the owner still owes the follow-up', async () => {
    const created = await api(
      c.ins1,
      'POST',
      '/findings',
      finding({ severity: 'SEDANG', recommendations: [] }),
    );
    const withRec = await api(c.ins1, 'POST', `/findings/${created.body.id}/recommendations`, {
      text: 'Perbaiki papan maklumat.',
      ownerKind: 'UNIT',
      ownerUnitId: tree.units.kelurahan,
      dueDate: '2026-08-30',
    });
    expect(withRec.status).toBe(201);
    const rec = withRec.body.recommendations[0];
    expect(rec.dueDate).toBe('2026-08-30');
    expect(rec.ownerUnitName).toBe('Kelurahan Uji');
    const edited = await api(c.ins2, 'PATCH', `/recommendations/${rec.id}`, {
      dueDate: '2026-09-15',
      ownerKind: 'EMPLOYEE',
      ownerEmployeeId: ids.staf,
    });
    expect(edited.status).toBe(200);
    expect(edited.body.recommendations[0]).toMatchObject({
      dueDate: '2026-09-15',
      ownerEmployeeId: ids.staf,
      ownerUnitId: null,
    });
    expect(
      (await api(c.outsider, 'PATCH', `/recommendations/${rec.id}`, { dueDate: '2026-09-20' })).status,
    ).toBe(403);
    const closed = await seedRecommendation(t.db, {
      findingId: created.body.id,
      ownerEmployeeId: ids.staf,
      status: 'CLOSED',
    });
    expect((await api(c.ins1, 'PATCH', `/recommendations/${closed}`, { dueDate: '2026-09-20' })).status).toBe(
      409,
    );
  });

  it('a recommendation is owned by one employee or one unit', async () => {
    const res = await api(
      c.ins1,
      'POST',
      '/findings',
      finding({ recommendations: [{ text: 'x', ownerKind: 'UNIT' }] }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('recommendations.0.ownerUnitId');
  });

  it('findings come from a submitted inspection; the chosen photos become evidence', async () => {
    const draft = await seedInspection(t.db, {
      teamId,
      inspectorEmployeeId: ids.ins1,
      unitId: tree.units.kelurahan,
      status: 'DRAFT',
    });
    expect((await api(c.ins1, 'POST', '/findings', finding({ inspectionId: draft.id }))).status).toBe(400);
    const open = await seedInspection(t.db, {
      teamId,
      inspectorEmployeeId: ids.ins1,
      unitId: tree.units.kelurahan,
      status: 'DRAFT',
    });
    const photo = await putPhoto(c.ins1, open.client_uuid, randomUUID(), version.items[2]!.id);
    await t.db
      .updateTable('oversight_inspections')
      .set({ status: 'SUBMITTED', submitted_at: NOW })
      .where('id', '=', open.id)
      .execute();
    const withPhoto = await api(
      c.ins1,
      'POST',
      '/findings',
      finding({ inspectionId: open.id, photoIds: [photo.body.id] }),
    );
    expect(withPhoto.status).toBe(201);
    expect(withPhoto.body.files).toHaveLength(1);
    const other = await api(c.ins1, 'POST', '/findings', finding({ photoIds: [photo.body.id] }));
    expect(other.status).toBe(400);
    expect(other.body.error.details[0].path).toBe('photoIds');
  });

  it('an integrity finding is hidden from other employees but shown to the person concerned', async () => {
    const res = await api(
      c.ins1,
      'POST',
      '/findings',
      finding({ isIntegrity: true, concernedEmployeeId: ids.staf, recommendations: [] }),
    );
    expect(res.status).toBe(201);
    expect((await api(c.other, 'GET', `/findings/${res.body.id}`)).status).toBe(404);
    expect((await api(c.staf, 'GET', `/findings/${res.body.id}`)).status).toBe(200);
    expect((await api(c.camat, 'GET', `/findings/${res.body.id}`)).status).toBe(200);
    const list = await api(c.other, 'GET', '/findings');
    expect(list.body.items.map((f: { id: number }) => f.id)).not.toContain(res.body.id);
  });

  it('the owner of a recommendation reads its finding; others do not', async () => {
    const f = await seedFinding(t.db, { teamId, inspectionId, unitId: tree.units.kelurahan });
    await seedRecommendation(t.db, { findingId: f, ownerEmployeeId: ids.other });
    expect((await api(c.other, 'GET', `/findings/${f}`)).status).toBe(200);
    const list = await api(c.other, 'GET', '/findings');
    expect(list.body.items.map((x: { id: number }) => x.id)).toContain(f);
    const unrelated = await seedFinding(t.db, { teamId, inspectionId, unitId: tree.units.seksi });
    expect((await api(c.other, 'GET', `/findings/${unrelated}`)).status).toBe(404);
  });

  it('overdue means past the due date while the owner still owes it', async () => {
    const f = await seedFinding(t.db, { teamId, inspectionId, unitId: tree.units.kelurahan });
    await seedRecommendation(t.db, { findingId: f, ownerEmployeeId: ids.staf, dueDate: '2026-08-01' });
    await seedRecommendation(t.db, {
      findingId: f,
      ownerEmployeeId: ids.staf,
      dueDate: '2026-08-01',
      status: 'CLOSED',
    });
    const detail = await api(c.ins1, 'GET', `/findings/${f}`);
    expect(detail.body.recommendations.map((r: { isOverdue: boolean }) => r.isOverdue)).toEqual([
      true,
      false,
    ]);
  });
});

describe('reading', () => {
  it('the employee pickers and the inspection list are for the team and the Pimpinan only', async () => {
    expect((await api(c.staf, 'GET', '/people')).status).toBe(403);
    expect((await api(c.staf, 'GET', '/inspections')).status).toBe(403);
    expect((await api(c.admin, 'GET', '/inspections')).status).toBe(403);
    const people = await api(c.ins1, 'GET', '/people');
    expect(people.status).toBe(200);
    expect(people.body.items.find((p: { employeeId: number }) => p.employeeId === ids.staf)).toMatchObject({
      unitId: tree.units.kelurahan,
    });
    // A Tim Pengawas holder on no team lists nothing; the Pimpinan lists every inspection.
    expect((await api(c.outsider, 'GET', '/inspections')).body.total).toBe(0);
    expect((await api(c.camat, 'GET', '/inspections')).body.total).toBeGreaterThan(0);
  });
});

describe('capabilities', () => {
  it('the team role sees the oversight screens; an employee sees plans, findings and the follow-up of their own recommendations only', async () => {
    const me = async (cookie: string) =>
      JSON.parse((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).body)
        .user.capabilities;
    const inspector = await me(c.ins1);
    expect(inspector.screens).toEqual(
      expect.arrayContaining([
        'oversightTeams',
        'oversightPlans',
        'oversightTemplates',
        'oversightInspections',
        'oversightFindings',
      ]),
    );
    expect(inspector.oversight).toMatchObject({ inspect: true, manageTeams: false });
    const employee = await me(c.staf);
    expect(employee.screens.filter((s: string) => s.startsWith('oversight'))).toEqual([
      'oversightPlans',
      'oversightFindings',
      'oversightFollowUps',
    ]);
    expect((await me(c.camat)).oversight).toMatchObject({
      manageTeams: true,
      inspect: false,
      manageSettings: true,
    });
  });

  it('only who may change the oversight settings (the Pimpinan) gets the settings screen', async () => {
    const screens = async (cookie: string) =>
      JSON.parse((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).body)
        .user.capabilities.screens as string[];
    expect(await screens(c.camat)).toContain('oversightSettings');
    for (const cookie of [c.ins1, c.staf]) expect(await screens(cookie)).not.toContain('oversightSettings');
  });
});
