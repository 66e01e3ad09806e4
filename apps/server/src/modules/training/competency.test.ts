import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { api, competencyIdOf, seedCompetencyOffice, type CompetencyOffice } from './competency.test-builders';

// Issue 11 §1: the competency dictionary, position standards, the direct superior's assessments (Format B.1.9) and
// the gap views, with who may do what.

let t: TestApp;
let o: CompetencyOffice;
let integritas: number;
let komunikasi: number;
let perekat: number;
let arsip: number;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-08-03T03:00:00Z') });
  o = await seedCompetencyOffice(t);
  integritas = await competencyIdOf(t.db, 'INTEGRITAS');
  komunikasi = await competencyIdOf(t.db, 'KOMUNIKASI');
  perekat = await competencyIdOf(t.db, 'PEREKAT_BANGSA');
});
afterAll(() => t.close());

const assess = (cookie: string, body: Record<string, unknown>) =>
  api(t).send('POST', '/api/v1/competency-assessments', cookie, {
    score: 2,
    reason: 'Sudah menyampaikan informasi dengan jelas kepada pemohon',
    assessedOn: '2026-08-01',
    ...body,
  });

describe('competency dictionary', () => {
  it('holds the 8 managerial competencies (levels 1–5) and Perekat Bangsa (levels 1–3) with level descriptions', async () => {
    const res = await api(t).get('/api/v1/competencies', o.cookies.staf);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      code: string;
      name: string;
      kind: string;
      maxLevel: number;
      levels: unknown[];
    }[];
    const managerial = items.filter((c) => c.kind === 'MANAJERIAL');
    expect(managerial.map((c) => c.name).sort()).toEqual(
      [
        'Integritas',
        'Kerjasama',
        'Komunikasi',
        'Mengelola Perubahan',
        'Orientasi pada Hasil',
        'Pelayanan Publik',
        'Pengambilan Keputusan',
        'Pengembangan Diri dan Orang Lain',
      ].sort(),
    );
    expect(managerial.every((c) => c.maxLevel === 5 && c.levels.length === 5)).toBe(true);
    const pb = items.find((c) => c.code === 'PEREKAT_BANGSA')!;
    expect(pb).toMatchObject({ name: 'Perekat Bangsa', kind: 'SOSIAL_KULTURAL', maxLevel: 3 });
    expect(items.find((c) => c.code === 'INTEGRITAS')!.levels[0]).toEqual({
      level: 1,
      description: 'Mampu bertindak sesuai nilai, norma, etika organisasi dalam kapasitas pribadi',
    });
  });

  it('only Admin Kepegawaian adds a technical competency; a code is used once', async () => {
    const body = {
      code: 'PENGELOLAAN_ARSIP',
      name: 'Pengelolaan Arsip',
      levels: ['Menata arsip aktif', 'Menyusutkan arsip sesuai JRA', 'Membina pengelolaan arsip unit'],
    };
    expect((await api(t).send('POST', '/api/v1/competencies', o.cookies.staf, body)).statusCode).toBe(403);
    expect((await api(t).send('POST', '/api/v1/competencies', o.cookies.camat, body)).statusCode).toBe(403);
    const created = await api(t).send('POST', '/api/v1/competencies', o.cookies.admin, body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ kind: 'TEKNIS', maxLevel: 3 });
    arsip = created.json().id;
    const again = await api(t).send('POST', '/api/v1/competencies', o.cookies.admin, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details[0].path).toBe('code');
  });

  it('a managerial competency keeps the number of levels the regulation gives', async () => {
    const res = await api(t).send('PATCH', `/api/v1/competencies/${integritas}`, o.cookies.admin, {
      levels: ['Satu', 'Dua', 'Tiga'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('levels');
    const renamed = await api(t).send('PATCH', `/api/v1/competencies/${arsip}`, o.cookies.admin, {
      description: 'Kearsipan dinamis di kantor kecamatan',
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().description).toBe('Kearsipan dinamis di kantor kecamatan');
  });
});

describe('position standards', () => {
  it('Admin Kepegawaian sets the required competencies and levels of a position; the competency lists the position', async () => {
    const body = {
      items: [
        { competencyId: integritas, requiredLevel: 2 },
        { competencyId: komunikasi, requiredLevel: 3 },
        { competencyId: arsip, requiredLevel: 2 },
      ],
    };
    expect(
      (await api(t).send('PUT', `/api/v1/competency-standards/${o.positions.staf}`, o.cookies.kasi, body))
        .statusCode,
    ).toBe(403);
    const res = await api(t).send(
      'PUT',
      `/api/v1/competency-standards/${o.positions.staf}`,
      o.cookies.admin,
      body,
    );
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .items.map((i: { requiredLevel: number }) => i.requiredLevel)
        .sort(),
    ).toEqual([2, 2, 3]);
    const list = (await api(t).get('/api/v1/competencies', o.cookies.staf)).json().items as {
      id: number;
      positions: { positionId: number; requiredLevel: number }[];
    }[];
    expect(list.find((c) => c.id === arsip)!.positions).toEqual([
      expect.objectContaining({ positionId: o.positions.staf, requiredLevel: 2 }),
    ]);
    const read = await api(t).get(`/api/v1/competency-standards/${o.positions.staf}`, o.cookies.staf2);
    expect(read.json().items).toHaveLength(3);
  });

  it('refuses a required level above the competency’s highest level, and a competency named twice', async () => {
    const tooHigh = await api(t).send(
      'PUT',
      `/api/v1/competency-standards/${o.positions.fungsional}`,
      o.cookies.admin,
      {
        items: [{ competencyId: perekat, requiredLevel: 4 }],
      },
    );
    expect(tooHigh.statusCode).toBe(400);
    expect(tooHigh.json().error.details[0].path).toBe('items.0.requiredLevel');
    const twice = await api(t).send(
      'PUT',
      `/api/v1/competency-standards/${o.positions.fungsional}`,
      o.cookies.admin,
      {
        items: [
          { competencyId: integritas, requiredLevel: 1 },
          { competencyId: integritas, requiredLevel: 2 },
        ],
      },
    );
    expect(twice.statusCode).toBe(400);
  });
});

describe('assessments by the direct superior (Format B.1.9)', () => {
  it('only the direct superior assesses: not the employee, a superior further up, HR or an outsider', async () => {
    const body = { employeeId: o.ids.staf, competencyId: komunikasi };
    expect((await assess(o.cookies.staf, body)).statusCode).toBe(403);
    expect((await assess(o.cookies.camat, body)).statusCode).toBe(403);
    expect((await assess(o.cookies.admin, body)).statusCode).toBe(403);
    expect((await assess(o.cookies.lurah, body)).statusCode).toBe(403);
    const ok = await assess(o.cookies.kasi, body);
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      score: 2,
      assessedOn: '2026-08-01',
      assessedBy: { employeeId: o.ids.kasi },
    });
  });

  it('a score stays within the competency’s levels (Perekat Bangsa 1–3) and needs a reason and a past date', async () => {
    const tooHigh = await assess(o.cookies.kasi, { employeeId: o.ids.staf, competencyId: perekat, score: 4 });
    expect(tooHigh.statusCode).toBe(400);
    expect(tooHigh.json().error.details[0].path).toBe('score');
    const noReason = await assess(o.cookies.kasi, {
      employeeId: o.ids.staf,
      competencyId: integritas,
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    const future = await assess(o.cookies.kasi, {
      employeeId: o.ids.staf,
      competencyId: integritas,
      assessedOn: '2026-09-01',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details[0].path).toBe('assessedOn');
  });

  it('keeps the history and counts the latest assessment against the standard', async () => {
    await assess(o.cookies.kasi, {
      employeeId: o.ids.staf,
      competencyId: integritas,
      score: 1,
      assessedOn: '2026-07-01',
    });
    await assess(o.cookies.kasi, {
      employeeId: o.ids.staf,
      competencyId: integritas,
      score: 3,
      assessedOn: '2026-08-02',
      reason: 'Mengingatkan rekan untuk menaati SOP loket',
    });
    const profile = (await api(t).get(`/api/v1/competency-profiles/${o.ids.staf}`, o.cookies.staf)).json();
    expect(
      profile.history.filter((h: { competencyId: number }) => h.competencyId === integritas),
    ).toHaveLength(2);
    const row = (code: string) => profile.rows.find((r: { code: string }) => r.code === code);
    expect(row('INTEGRITAS')).toMatchObject({
      requiredLevel: 2,
      latest: { score: 3 },
      status: 'MEMENUHI',
      gap: 0,
    });
    expect(row('KOMUNIKASI')).toMatchObject({
      requiredLevel: 3,
      latest: { score: 2 },
      status: 'KURANG',
      gap: 1,
    });
    expect(row('PENGELOLAAN_ARSIP')).toMatchObject({
      requiredLevel: 2,
      latest: null,
      status: 'BELUM_DINILAI',
    });
    expect(profile.canAssess).toBe(false);
  });

  it('the employee sees their own; superiors and HR see it; a colleague does not', async () => {
    expect((await api(t).get(`/api/v1/competency-profiles/${o.ids.staf}`, o.cookies.staf)).statusCode).toBe(
      200,
    );
    const kasi = await api(t).get(`/api/v1/competency-profiles/${o.ids.staf}`, o.cookies.kasi);
    expect(kasi.json().canAssess).toBe(true);
    expect(
      (await api(t).get(`/api/v1/competency-profiles/${o.ids.staf}`, o.cookies.camat)).json().canAssess,
    ).toBe(false);
    expect((await api(t).get(`/api/v1/competency-profiles/${o.ids.staf}`, o.cookies.admin)).statusCode).toBe(
      200,
    );
    expect((await api(t).get(`/api/v1/competency-profiles/${o.ids.staf}`, o.cookies.staf2)).statusCode).toBe(
      403,
    );
    expect((await api(t).get(`/api/v1/competency-profiles/${o.ids.staf}`, o.cookies.lurah)).statusCode).toBe(
      403,
    );
  });
});

describe('gap view per employee, competency and unit', () => {
  it('a superior sees the team: who is below standard, per competency and per unit', async () => {
    const res = await api(t).get('/api/v1/competency-gaps?scope=team', o.cookies.kasi);
    expect(res.statusCode).toBe(200);
    const g = res.json();
    const staf = g.employees.find((e: { employeeId: number }) => e.employeeId === o.ids.staf);
    expect(staf).toMatchObject({ required: 3, below: 1, notAssessed: 1, totalGap: 1, canAssess: true });
    expect(g.employees.map((e: { employeeId: number }) => e.employeeId).sort()).toEqual(
      [o.ids.staf, o.ids.staf2].sort(),
    );
    expect(g.byCompetency.find((c: { code: string }) => c.code === 'KOMUNIKASI')).toMatchObject({
      required: 1,
      below: 1,
    });
    expect(g.byUnit).toEqual([
      expect.objectContaining({ unitId: o.tree.units.seksi, employees: 2, belowStandard: 1 }),
    ]);
  });

  it('scope all is for HR and the Pimpinan; an employee sees only their own', async () => {
    expect((await api(t).get('/api/v1/competency-gaps?scope=all', o.cookies.staf)).statusCode).toBe(403);
    expect((await api(t).get('/api/v1/competency-gaps?scope=all', o.cookies.kasi)).statusCode).toBe(403);
    const all = (await api(t).get('/api/v1/competency-gaps?scope=all', o.cookies.camat)).json();
    expect(all.employees).toHaveLength(5);
    const unit = (
      await api(t).get(`/api/v1/competency-gaps?scope=all&unitId=${o.tree.units.kelurahan}`, o.cookies.admin)
    ).json();
    expect(unit.employees.map((e: { employeeId: number }) => e.employeeId)).toEqual([o.ids.lurah]);
    const mine = (await api(t).get('/api/v1/competency-gaps?scope=mine', o.cookies.staf)).json();
    expect(mine.employees.map((e: { employeeId: number }) => e.employeeId)).toEqual([o.ids.staf]);
  });
});

describe('capabilities', () => {
  it('HR manages the dictionary; everyone opens it; gaps and needs screens for employees and overseers', async () => {
    const me = async (cookie: string) =>
      (await api(t).get('/api/v1/auth/me', cookie)).json().user.capabilities;
    const admin = await me(o.cookies.admin);
    expect(admin.competency).toEqual({ manage: true, readAll: true, manageNeedSettings: true });
    expect(admin.screens).toEqual(
      expect.arrayContaining(['competencies', 'competencyGaps', 'trainingNeeds']),
    );
    const staf = await me(o.cookies.staf);
    expect(staf.competency).toEqual({ manage: false, readAll: false, manageNeedSettings: false });
    expect(staf.screens).toEqual(expect.arrayContaining(['competencies', 'competencyGaps', 'trainingNeeds']));
  });
});
